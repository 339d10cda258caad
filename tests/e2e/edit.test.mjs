// The edit a graphics desk would make (issue 14), checked on the release build in both
// languages: the lead graphic is in the first screen, the story is short enough to finish, each
// lab's main result stays in sight while its main slider is in use on a phone, chart labels
// neither collide nor leave their chart, charts use their column, and every old section id
// still lands somewhere. Prints the page's height and word count for the README.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SHOTS, openPage, waitForApp, useBrowser } from './browser.mjs';
import { PAGES, settle } from './checks.mjs';

const session = useBrowser();

/** Section ids published before the edit, and the section each now lands in. */
const OLD_IDS = {
  opening: 'opening', crypto: 'crypto', liquidations: 'liquidations', leverage: 'leverage',
  confidence: 'crypto', 'wall-street': 'markets', ai: 'markets', jobs: 'markets',
  havens: 'havens', margin: 'margin', oil: 'markets', fed: 'markets', contagion: 'liquidations',
  account: 'account', cascade: 'cascade', fear: 'closing', closing: 'closing', sources: 'sources',
};

/** Each lab's main slider and the result it moves. */
const LABS = [
  { lab: 'leverage', slider: '#leverage-lev', result: '[data-testid=liq-price]' },
  { lab: 'margin', slider: '#margin-old', result: '[data-testid=margin-extra]' },
  { lab: 'account', slider: '#account-lev', result: '[data-testid=account-move]' },
  { lab: 'cascade', slider: '#cascade-shock', result: '[data-testid=cascade-move]' },
];

async function open(path, { width = 1280, height = 800 } = {}) {
  const { context, page, problems } = await openPage(session.browser, { width, height, allowedOrigins: [session.server.origin] });
  await page.goto(session.server.url + path);
  return { context, page, problems };
}

/** Brings every island within reach so it wakes and lays its charts out for their column. */
async function wakeIslands(page) {
  await waitForApp(page);
  await page.evaluate(async () => {
    for (const island of document.querySelectorAll('[data-island]')) {
      island.scrollIntoView({ block: 'center', behavior: 'instant' });
      await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
    }
  });
  await page.waitForFunction(() => [...document.querySelectorAll('[data-island]')].every((i) => i.hasAttribute('data-hydrated')));
  await settle(page);
}

/** The story's visible text: English words, or Chinese characters. */
function wordCount(text, lang) {
  return lang === 'zh' ? (text.match(/[\u3400-\u9fff]/g) ?? []).length : text.split(/\s+/).filter((w) => /\w/.test(w)).length;
}

for (const [lang, path] of Object.entries(PAGES)) {
  for (const [width, height] of [[390, 844], [1280, 800]]) {
    test(`the first screen shows the lead graphic (${lang}, ${width} px)`, async () => {
      const { context, page, problems } = await open(path, { width, height });
      try {
        // The clock is drawn for three widths; the one that fits the column shows.
        const lead = await page.$$eval('[data-testid=night-clock] svg', (svgs) => {
          const shown = svgs.map((svg) => svg.getBoundingClientRect()).filter((r) => r.height > 0);
          return shown.length === 1 ? { bottom: shown[0].bottom, height: shown[0].height } : { bottom: Infinity, height: 0, shown: shown.length };
        });
        assert.ok(lead.height >= 200, `the lead graphic is ${Math.round(lead.height)} px tall`);
        assert.ok(lead.bottom <= height, `the lead graphic ends at ${Math.round(lead.bottom)} px, below the first screen`);
        await page.screenshot({ path: `${SHOTS}/lead-${lang}-${width}.png` });
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
  }

  test(`the story is short enough to finish (${lang})`, async () => {
    const { context, page, problems } = await open(path, { width: 1280, height: 800 });
    try {
      await waitForApp(page);
      await settle(page);
      const { height, text } = await page.evaluate(() => ({
        height: document.documentElement.scrollHeight,
        text: document.querySelector('main').innerText,
      }));
      console.log(`${lang}: page ${height} px tall at 1280 px, ${wordCount(text, lang)} ${lang === 'zh' ? 'characters' : 'words'}`);
      assert.ok(height <= 18000, `the page is ${height} px tall at 1280 px`);
      if (lang === 'en') {
        const body = await page.evaluate(() => document.body.innerText);
        const repeats = body.split('12.81%').length - 1;
        assert.ok(repeats <= 6, `"12.81%" appears ${repeats} times`);
      }
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test(`each lab's main result stays in sight while its slider is used on a phone (${lang})`, async () => {
    const { context, page, problems } = await open(path, { width: 390, height: 844 });
    try {
      await waitForApp(page);
      for (const { lab, slider, result } of LABS) {
        const selector = `#${lab} ${slider}`;
        await page.evaluate((s) => document.querySelector(s).scrollIntoView({ block: 'center', behavior: 'instant' }), selector);
        await page.waitForSelector(`#${lab} > [data-island][data-hydrated]`, { state: 'attached' });
        await page.focus(selector);
        await page.evaluate((s) => document.querySelector(s).scrollIntoView({ block: 'center', behavior: 'instant' }), selector);
        await page.keyboard.press('ArrowRight');
        await settle(page);
        const box = await page.$eval(`#${lab} ${result}`, (el) => {
          const r = el.getBoundingClientRect();
          return { top: r.top, bottom: r.bottom };
        });
        assert.ok(box.top >= 0 && box.bottom <= 844, `${lab}: ${result} is at ${Math.round(box.top)}–${Math.round(box.bottom)} px`);
        await page.screenshot({ path: `${SHOTS}/lab-in-use-${lab}-${lang}-390.png` });
      }
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test(`chart labels neither collide nor leave their chart (${lang})`, async () => {
    const failures = [];
    for (const width of [320, 390, 768, 1280, 1440]) {
      const { context, page, problems } = await open(path, { width, height: 900 });
      try {
        await wakeIslands(page);
        const found = await page.evaluate(() => {
          const out = [];
          const visible = (r) => r.width > 0 && r.height > 0;
          for (const svg of document.querySelectorAll('main svg')) {
            const frame = svg.getBoundingClientRect();
            if (!visible(frame)) continue;
            const name = svg.closest('[id]')?.id ?? '?';
            const labels = [...svg.querySelectorAll('text')]
              .map((t) => ({ text: t.textContent.trim(), r: t.getBoundingClientRect() }))
              .filter((l) => l.text && visible(l.r));
            for (const { text, r } of labels) {
              if (r.left < frame.left - 1 || r.right > frame.right + 1 || r.top < frame.top - 1 || r.bottom > frame.bottom + 1) {
                out.push(`${name}: "${text}" leaves its chart`);
              }
            }
            for (let i = 0; i < labels.length; i++) {
              for (let j = i + 1; j < labels.length; j++) {
                const [a, b] = [labels[i].r, labels[j].r];
                const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
                if (overlap) out.push(`${name}: "${labels[i].text}" overlaps "${labels[j].text}"`);
              }
            }
          }
          return out;
        });
        failures.push(...found.map((f) => `${width} px: ${f}`));
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    }
    assert.deepEqual(failures, []);
  });

  test(`charts outside the labs use their column at 1280 px (${lang})`, async () => {
    const { context, page, problems } = await open(path, { width: 1280, height: 800 });
    try {
      await wakeIslands(page);
      const narrow = await page.evaluate(() =>
        [...document.querySelectorAll('main section:not(.lab) figure.chart-frame svg.chart-svg')]
          .map((svg) => ({ svg, frame: svg.closest('figure') }))
          .filter(({ svg }) => svg.getBoundingClientRect().width > 0)
          .map(({ svg, frame }) => ({ id: frame.id, ratio: svg.getBoundingClientRect().width / frame.getBoundingClientRect().width }))
          .filter(({ ratio }) => ratio < 0.9)
          .map(({ id, ratio }) => `${id}: ${Math.round(ratio * 100)}%`),
      );
      assert.deepEqual(narrow, []);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test(`every section id published before the edit still lands (${lang})`, async () => {
    for (const [old, now] of Object.entries(OLD_IDS)) {
      const { context, page, problems } = await open(`${path}#${old}`, { width: 1280, height: 800 });
      try {
        await settle(page);
        const landed = await page.evaluate((id) => {
          const target = document.getElementById(id);
          const r = target?.getBoundingClientRect();
          return { section: target?.closest('main > section')?.id ?? null, top: r?.top ?? null };
        }, old);
        assert.equal(landed.section, now, `#${old}`);
        assert.ok(landed.top !== null && landed.top >= -2 && landed.top < 200, `#${old} scrolled to ${landed.top}`);
        const embedded = await context.newPage();
        await embedded.goto(`${session.server.url}${path}?section=${old}&embed=1`);
        await settle(embedded);
        const shown = await embedded.$$eval('main > section', (nodes) => nodes.filter((n) => n.getBoundingClientRect().height > 0).map((n) => n.id));
        assert.deepEqual(shown, [now], `?section=${old}`);
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    }
  });
}
