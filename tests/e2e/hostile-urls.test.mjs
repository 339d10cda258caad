// Hostile links: the page is opened with hundreds of random and malicious query strings and hash
// fragments (huge numbers, NaN, negatives, unicode, repeated keys, broken percent-escapes, script
// fragments) and must still render the story, log no error, and show no broken number.
// One page is reused and navigated, alternating between the two language pages so every visit is
// a fresh document load (a change of hash alone would not reload).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';
import { launch, openPage, wake } from './browser.mjs';
import { PAGES, brokenNumbers, settle } from './checks.mjs';

const DIST = process.env.E2E_DIST ?? 'target/e2e-dist';
const RANDOM_URLS = Number(process.env.HOSTILE_URLS ?? 170);
const SEED = Number(process.env.HOSTILE_SEED ?? 20260206);
let browser;

before(async () => {
  browser = await launch();
});
after(async () => browser?.close());

/** mulberry32: a small seeded generator, so a failure can be replayed with HOSTILE_SEED. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Keys the shell and the labs read (and a few they might), then values meant to hurt.
const KEYS = [
  'lang', 'theme', 'embed', 'section', 'lev', 'asset', 'side', 'exchange', 'entry', 'mmr', 'acct_lev',
  'metal', 'margin_old', 'notional', 'n', 'seed', 'shock', 'step', 'tz', 'view', 'speed', 'depth',
];
const VALUES = [
  '', '0', '-0', '1', '-1', '125', '126', '2000000', '10000', '1e308', '-1e308', '1e309', '1e-400', '9'.repeat(400),
  'NaN', 'nan', 'Infinity', '-Infinity', 'inf', '0x7f', '1_000', '１２５', '٣', '.5', '5.', '+5', ' 5 ', '5e', '--5',
  '%', '%%', '%2', '%zz', '%E4%B8', '%C0%AF', '%00', '%0A%0D', '%25', '%2B', '+', '%26', '%3D', '%23',
  '<script>alert(1)</script>', '%3Cscript%3Ealert(1)%3C/script%3E', '"><img src=x onerror=alert(1)>',
  "'-alert(1)-'", 'javascript:alert(1)', '{{7*7}}', '${7*7}', '../../../etc/passwd', '__proto__', 'constructor',
  'zh', 'en', 'ZH', 'en-US', 'fr', 'dark', 'light', 'auto', 'DARK', 'true', 'false', 'yes', 'off', 'maybe',
  'leverage', 'cascade', 'margin', 'account', 'opening', 'sources', 'LEVERAGE', 'btc', 'ETH', 'doge', 'long',
  'short', 'binance', 'bybit', 'ftx', 'gold', 'silver', '😀'.repeat(20), '\u202eevil', '\u0000', 'ﷺ', '崩盘',
  'a'.repeat(2000),
];

function randomQuery(next) {
  const pick = (list) => list[Math.floor(next() * list.length)];
  const shape = next();
  if (shape < 0.08) {
    // Raw noise: printable ASCII and some unicode, no structure at all.
    const alphabet = '?&=%#+;,/:@!$\'()*[]<>"`{}|\\^~ abcXYZ0129.-_中😀\u00e9';
    // Always behind a '?': anything else would change the path, a different (missing) file.
    return '?' + Array.from({ length: 1 + Math.floor(next() * 300) }, () => pick([...alphabet])).join('');
  }
  const pairs = [];
  const count = Math.floor(next() * 12);
  for (let i = 0; i < count; i++) {
    const key = next() < 0.8 ? pick(KEYS) : pick(VALUES).slice(0, 20);
    const value = next() < 0.3 ? String((next() - 0.5) * 10 ** Math.floor(next() * 40)) : pick(VALUES);
    const form = next();
    if (form < 0.08) pairs.push(key); // a key with no '='
    else if (form < 0.12) pairs.push(`${key}==${value}`);
    else pairs.push(`${key}=${value}`);
    if (next() < 0.1) pairs.push(`${key}=${pick(VALUES)}`); // repeated key
  }
  const separator = next() < 0.1 ? '&&' : next() < 0.05 ? ';' : '&';
  const prefix = next() < 0.1 ? '??' : '?';
  return prefix + pairs.join(separator);
}

function randomHash(next) {
  const pick = (list) => list[Math.floor(next() * list.length)];
  const r = next();
  if (r < 0.5) return '';
  if (r < 0.7) return `#${pick(KEYS)}=${pick(VALUES)}`;
  if (r < 0.8) return `#${pick(['opening', 'leverage', 'cascade', 'sources', 'story', 'nope', ''])}`;
  return `#${pick(VALUES)}`;
}

/** The fixed list every run tries, then seeded random ones. */
export function hostileUrls(count, seed) {
  const fixed = [
    '?lev=1', '?lev=125', '?lev=0', '?lev=-5', '?lev=1e308', '?lev=NaN', '?lev=Infinity', '?lev=',
    '?n=10000', '?n=2000000', '?n=-1', '?n=1e300', '?acct_lev=125', '?notional=1e99&margin_old=99',
    '?entry=-1&mmr=NaN', '?lang=en&lang=zh', '?theme=dark&theme=light', '?embed=1', '?embed=1&section=leverage',
    '?section=cascade&n=2000000', '?section=%3Cscript%3E', '?section=../../etc', '?%', '?%%%', '?=&=&=',
    '?&&&&', '?lang=%E4%B8%AD', '?lev=%31%32%35', '#%', '#<script>alert(1)</script>', '?x=<svg/onload=alert(1)>',
    `?lev=${'9'.repeat(1000)}`, `?${'a=1&'.repeat(500)}`, '?lang=en#lev=125', '?theme=%00', '?__proto__[lev]=5',
  ];
  const next = rng(seed);
  const random = Array.from({ length: count }, () => randomQuery(next) + randomHash(next));
  return [...fixed, ...random];
}

test(`the story renders, error-free, for ${RANDOM_URLS} random and ${hostileUrls(0, 0).length} fixed hostile URLs`, async () => {
  const server = await serve(DIST);
  const { context, page, problems } = await openPage(browser, { width: 375, allowedOrigins: [server.origin] });
  const urls = hostileUrls(RANDOM_URLS, SEED);
  const failures = [];
  let visited = 0;
  try {
    for (const [i, suffix] of urls.entries()) {
      // Alternate the page so consecutive visits are always full loads.
      const base = server.url + Object.values(PAGES)[i % 2];
      const url = base + suffix;
      problems.length = 0;
      const fail = (why) => failures.push(`#${i} ${url.replace(server.origin, '').slice(0, 160)}: ${why}`);
      try {
        await page.goto(url);
        await wake(page);
        await page.waitForSelector('html[data-ready], html[data-panicked]', { state: 'attached', timeout: 15000 });
        await settle(page);
      } catch (err) {
        fail(`did not load: ${err.message.split('\n')[0]}`);
        if (failures.length >= 10) break;
        continue;
      }
      visited++;
      const state = await page.evaluate(() => ({
        panicked: document.documentElement.hasAttribute('data-panicked'),
        headings: [...document.querySelectorAll('main#story section.section h2')].map((h) => h.innerText.trim()).filter(Boolean),
      }));
      if (state.panicked) fail('the app panicked');
      if (state.headings.length === 0) fail('no section heading in main#story');
      const broken = await brokenNumbers(page);
      if (broken.length) fail(`broken numbers on screen: ${broken.slice(0, 3).join(' | ')}`);
      if (problems.length) fail(problems.slice(0, 3).join(' | '));
      if (failures.length >= 25) break;
    }
  } finally {
    await context.close();
    await server.close();
  }
  console.log(`hostile URLs: ${visited} of ${urls.length} loaded and checked (seed ${SEED}), ${failures.length} failed`);
  assert.deepEqual(failures, [], `hostile URLs that broke the page:\n${failures.join('\n')}`);
  assert.ok(visited >= 200, `only ${visited} hostile URLs were checked`);
});
