// Embedding, end to end in Chromium: examples/embed.html (a mock news article) served from one
// origin embeds the release build served from another, with embed.js and with a pym.js parent.
// Both servers send a strict CSP. Frames must size to their content (after a language switch
// and at 375px too), follow the host's scroll, shrug off hostile messages, restore shared state,
// load sandboxed, and never ask a third origin for anything. Prints the embed's load figures.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { serve, STRICT_CSP } from './server.mjs';
import { launch, openPage, waitForApp } from './browser.mjs';

// The release build with `test-hooks`, whose `embed_state_for_tests` export reads the frame's
// side of the protocol (the shipped build has no such export).
const DIST = process.env.E2E_HOOKS_DIST ?? 'target/e2e-hooks-dist';
const HOST_ROOT = 'target/e2e-embed-host';
const SHOTS = 'target/screenshots';
/** Where examples/embed.html expects the app; replaced by the test's app server. */
const EXAMPLE_APP = 'http://127.0.0.1:8080/';
/** A frame is "sized to its content" within this many CSS pixels. */
const TOLERANCE = 3;
const CSP_REPORT = '/csp-report';

let browser;
let app;
let host;

const appCsp = `${STRICT_CSP}; report-uri ${CSP_REPORT}`;
const hostCsp = (appOrigin) =>
  `default-src 'self'; script-src 'self' ${appOrigin}; frame-src ${appOrigin}; style-src 'self'; ` +
  `img-src 'self' data:; connect-src 'self'; base-uri 'self'; form-action 'none'; report-uri ${CSP_REPORT}`;

/** Copies examples/ into the host's root, pointing it at `appUrl`; extra pages by name. */
async function buildHostRoot(appUrl, extraPages = {}) {
  await rm(HOST_ROOT, { recursive: true, force: true });
  await mkdir(HOST_ROOT, { recursive: true });
  await cp('examples', HOST_ROOT, { recursive: true });
  const article = await readFile('examples/embed.html', 'utf8');
  assert.ok(article.includes(EXAMPLE_APP), `examples/embed.html no longer points at ${EXAMPLE_APP}`);
  await writeFile(`${HOST_ROOT}/embed.html`, article.replaceAll(EXAMPLE_APP, appUrl));
  for (const [name, html] of Object.entries(extraPages)) await writeFile(`${HOST_ROOT}/${name}`, html);
}

/** A bare host page with `body` (no inline script or style; embed.js from the app). */
function hostPage(appUrl, body) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<link rel="icon" href="data:,"><link rel="stylesheet" href="article.css"></head><body><article>${body}</article>
<script async src="${appUrl}embed.js"></script></body></html>`;
}

/** Reports CSP violations in every frame to the console, where openPage collects errors. */
async function watchCsp(page) {
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation in ${location.origin}: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
}

function cspReports(...servers) {
  return servers.flatMap((s) => s.requests.filter((r) => r.path === CSP_REPORT).map((r) => `${s.origin}${r.path}`));
}

/** The iframe inside `container` and its frame, once the app in it has mounted. */
async function embedded(page, container) {
  const iframe = await page.waitForSelector(`${container} iframe`, { state: 'attached' });
  await iframe.scrollIntoViewIfNeeded();
  const deadline = Date.now() + 30000;
  let frame = await iframe.contentFrame();
  while (!frame || !frame.url().startsWith(app.origin)) {
    if (Date.now() > deadline) throw new Error(`${container}: the frame never navigated to the app`);
    await page.waitForTimeout(50);
    frame = await iframe.contentFrame();
  }
  await waitForApp(frame);
  return { iframe, frame };
}

/**
 * Waits until the iframe is as tall as its document element and stays so. The frame is brought
 * into view first, as a reader would: Chromium pauses rendering (and so ResizeObserver) in
 * cross-origin frames that are off screen, and a frame catches up once it is visible again.
 */
async function assertSized(page, { iframe, frame }, label) {
  await iframe.scrollIntoViewIfNeeded();
  const measure = async () => ({
    outer: await iframe.evaluate((el) => el.getBoundingClientRect().height),
    inner: await frame.evaluate(() => document.documentElement.getBoundingClientRect().height),
    overflow: await frame.evaluate(() => document.documentElement.scrollHeight - window.innerHeight),
  });
  const deadline = Date.now() + 15000;
  let last;
  let matchedAt = null;
  while (Date.now() < deadline) {
    last = await measure();
    const fits = Math.abs(last.outer - last.inner) <= TOLERANCE && last.overflow <= TOLERANCE;
    if (fits && matchedAt !== null && last.outer === matchedAt) return last;
    matchedAt = fits ? last.outer : null;
    await page.waitForTimeout(150);
  }
  assert.fail(`${label}: frame is ${last.outer}px for ${last.inner}px of content (inner overflow ${last.overflow}px)`);
}

/** The host page's first screen and each frame (full-page captures leave section frames blank). */
async function shoot(page, frames, width) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SHOTS}/embed-host-${width}.png` });
  for (const [name, { iframe }] of Object.entries(frames)) {
    await iframe.screenshot({ path: `${SHOTS}/embed-frame-${name}-${width}.png` });
  }
}

const embedState = (frame) => frame.evaluate(() => JSON.parse(window.wasmBindings.embed_state_for_tests()));

before(async () => {
  browser = await launch();
  await mkdir(SHOTS, { recursive: true });
  app = await serve(DIST, { headers: { 'content-security-policy': appCsp } });
  await buildHostRoot(app.url, {
    'state.html': hostPage(app.url,
      // Reserved keys in data-query must not override the loader's own.
      '<div id="state" data-crash-night data-section="leverage" data-lang="en" data-loading="eager" ' +
      'data-query="lev=20&amp;section=crypto&amp;embed=0&amp;lang=zh"></div>'),
  });
  host = await serve(HOST_ROOT, { headers: { 'content-security-policy': hostCsp(app.origin) } });
});

after(async () => {
  await browser?.close();
  await app?.close();
  await host?.close();
});

const EMBEDS = {
  crypto: '[data-section=crypto]',
  leverage: '#crash-night-leverage',
  story: 'figure:last-of-type [data-crash-night]',
};

test('the article\'s embeds size to their content across origins, after a language switch and at 375px', async () => {
  const { context, page, problems } = await openPage(browser, { allowedOrigins: [host.origin, app.origin] });
  try {
    await watchCsp(page);
    // Every height a frame reports, to prove section frames never announce the whole story
    // (the prerendered page they hydrate from) on the way to their own height.
    await page.addInitScript(() => {
      if (window !== window.top) return;
      window.__reported = [];
      window.addEventListener('message', (e) => {
        if (e.data && e.data.type === 'crash-night:height') window.__reported.push({ source: e.source, height: e.data.height });
      });
    });
    await page.goto(`${host.url}embed.html`);
    const frames = {};
    for (const [name, selector] of Object.entries(EMBEDS)) {
      frames[name] = await embedded(page, selector);
      await assertSized(page, frames[name], `${name} at 1280px`);
    }

    // section= renders only that section; the full story renders them all.
    for (const name of ['crypto', 'leverage']) {
      const ids = await frames[name].frame.$$eval('main#story > section', (s) => s.map((el) => el.id));
      assert.deepEqual(ids, [name], `${name} frame renders ${ids}`);
      assert.equal(await frames[name].frame.getAttribute('html', 'lang'), 'en');
      assert.equal(await frames[name].frame.locator('.masthead').isVisible(), false, 'embed=1 hides the chrome');
    }
    assert.ok((await frames.story.frame.$$('main#story > section')).length > 1);
    const reported = await page.evaluate((selectors) => Object.fromEntries(Object.entries(selectors).map(([name, selector]) => {
      const win = document.querySelector(`${selector} iframe`).contentWindow;
      return [name, window.__reported.filter((r) => r.source === win).map((r) => r.height)];
    })), EMBEDS);
    for (const name of ['crypto', 'leverage']) {
      const final = await frames[name].iframe.evaluate((el) => el.getBoundingClientRect().height);
      assert.ok(reported[name].length >= 1, `${name} reported no height`);
      assert.ok(Math.max(...reported[name]) <= final + 200, `${name} reported ${reported[name].join(', ')} px on the way to ${final}px`);
    }

    // Who speaks which dialect: pym only where pym appended a childId (with its other params).
    const pymState = await embedState(frames.leverage.frame);
    assert.equal(pymState.framed, true);
    assert.equal(pymState.pym, true);
    assert.match(frames.leverage.frame.url(), /[?&]childId=crash-night-leverage\b.*[?&]parentUrl=/);
    assert.equal((await embedState(frames.crypto.frame)).pym, false);
    await shoot(page, frames, 1280);

    // A language switch inside a frame (its chrome is hidden, so click it as a script would).
    await frames.crypto.frame.$eval('[data-testid=lang-switch]', (button) => button.click());
    await frames.crypto.frame.waitForSelector('html[lang=zh-CN]');
    await assertSized(page, frames.crypto, 'crypto after switching to Chinese');

    await page.setViewportSize({ width: 375, height: 800 });
    for (const [name, frame] of Object.entries(frames)) {
      await assertSized(page, frame, `${name} at 375px`);
    }
    const hostOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(hostOverflow <= 0, `host page is ${hostOverflow}px wider than 375px`);
    await shoot(page, frames, 375);

    assert.deepEqual(cspReports(app, host), []);
    assert.ok(app.requests.concat(host.requests).every((r) => r.status === 200), JSON.stringify(app.requests.concat(host.requests).filter((r) => r.status !== 200)));
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('the host\'s scroll position reaches the frames (embed.js and pym trackscroll)', async () => {
  const { context, page, problems } = await openPage(browser, { allowedOrigins: [host.origin, app.origin] });
  try {
    await watchCsp(page);
    await page.goto(`${host.url}embed.html`);
    const viewportHeight = 900;
    for (const name of ['crypto', 'leverage']) {
      const target = await embedded(page, EMBEDS[name]);
      await assertSized(page, target, name);
      for (const wanted of [120, -40]) {
        // Put the frame's top `wanted` px below the top of the host's viewport.
        await target.iframe.evaluate((el, top) => window.scrollBy(0, el.getBoundingClientRect().top - top), wanted);
        const actual = await target.iframe.evaluate((el) => el.getBoundingClientRect().top);
        const deadline = Date.now() + 5000;
        let state;
        do {
          state = await embedState(target.frame);
          if (state.frameTop !== null && Math.abs(state.frameTop - actual) <= 1) break;
          await page.waitForTimeout(50);
        } while (Date.now() < deadline);
        assert.ok(Math.abs(state.frameTop - actual) <= 1, `${name}: frame thinks its top is at ${state.frameTop}, host has it at ${actual}`);
        assert.equal(state.viewportHeight, viewportHeight);
      }
    }

    assert.deepEqual(cspReports(app, host), []);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('inside a frame, a lab\'s result strip follows the host\'s viewport while its slider is in use', async () => {
  const { context, page, problems } = await openPage(browser, { width: 390, height: 844, allowedOrigins: [host.origin, app.origin] });
  try {
    await watchCsp(page);
    await page.goto(`${host.url}embed.html`);
    const target = await embedded(page, EMBEDS.leverage);
    await assertSized(page, target, 'leverage');
    await target.frame.waitForSelector('#leverage > [data-island][data-hydrated]', { state: 'attached' });
    // Put the lab's lowest slider in the middle of the host's viewport, as a thumb would: the
    // strip's own place is then above the viewport.
    const sliderTop = await target.frame.$eval('#leverage-mmr', (el) => el.getBoundingClientRect().top);
    const frameTop = await target.iframe.evaluate((el) => el.getBoundingClientRect().top);
    await page.evaluate((dy) => window.scrollBy(0, dy), frameTop + sliderTop - 422);
    const result = async () => {
      const top = await target.iframe.evaluate((el) => el.getBoundingClientRect().top);
      const box = await target.frame.$eval('[data-testid=liq-price]', (el) => el.getBoundingClientRect());
      return { top: top + box.top, bottom: top + box.bottom };
    };
    const deadline = Date.now() + 5000;
    let seen = await result();
    while ((seen.top < 0 || seen.bottom > 844) && Date.now() < deadline) {
      await page.waitForTimeout(50);
      seen = await result();
    }
    assert.ok(seen.top >= 0 && seen.bottom <= 844, `the liquidation price is at ${Math.round(seen.top)}–${Math.round(seen.bottom)}px in the host's viewport`);
    const moved = await target.frame.$eval('.lab-result', (el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).m42);
    assert.ok(moved > 0, `the strip moved ${moved}px`);
    // Back at the top, the strip returns to its place.
    await page.evaluate(() => window.scrollTo(0, 0));
    // Polled by timer: an off-screen cross-origin frame gets no animation frames.
    await target.frame.waitForFunction(() => getComputedStyle(document.querySelector('.lab-result')).transform === 'none', null, { polling: 100 });
    assert.deepEqual(cspReports(app, host), []);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('hostile or foreign messages are ignored, never a panic', async () => {
  const { context, page, problems } = await openPage(browser, { allowedOrigins: [host.origin, app.origin] });
  try {
    await watchCsp(page);
    await page.goto(`${host.url}embed.html`);
    const crypto = await embedded(page, EMBEDS.crypto);
    const leverage = await embedded(page, EMBEDS.leverage);
    await assertSized(page, crypto, 'crypto');
    const before = await embedState(crypto.frame);

    // From the parent, in every wrong shape.
    const sent = await crypto.iframe.evaluate((iframe) => {
      let deep = {};
      for (let i = 0; i < 2000; i++) deep = { type: 'crash-night:viewport', top: deep, height: deep };
      const garbage = [
        null, undefined, 0, -1, NaN, Infinity, true, '', 'x'.repeat(200000), 'crash-night:viewport',
        [], [1, 2, 3], ['crash-night:viewport', 0, 800], {}, { type: 'crash-night:viewport' },
        { type: 'crash-night:viewport', top: '0', height: '800' },
        { type: 'crash-night:viewport', top: NaN, height: 800 },
        { type: 'crash-night:viewport', top: 0, height: Infinity },
        { type: 'crash-night:viewport', top: 0, height: -800 },
        { type: 'crash-night:viewport', top: 0, height: 0.5 },
        { type: 'crash-night:viewport', top: [0], height: { value: 800 } },
        { type: 'crash-night:viewport', top: 10n, height: 800n },
        { type: ['crash-night:viewport'], top: 0, height: 800 },
        { type: 'CRASH-NIGHT:VIEWPORT', top: 0, height: 800 },
        { type: 'crash-night:viewport'.repeat(1000), top: 0, height: 800 },
        { type: 'crash-night:height', height: 1 },
        { sentinel: 'amp', type: 'embed-size', height: 1 },
        deep, new Date(), new Uint8Array(1 << 20), new Map([['type', 'crash-night:viewport']]),
        'pymxPYMxxPYMxviewport-iframe-positionxPYMx1 800 0 0 0 0',
        'pymxPYMxundefinedxPYMxnavigateToxPYMxjavascript:alert(1)',
      ];
      for (const data of garbage) iframe.contentWindow.postMessage(data, '*');
      return garbage.length;
    });
    // From a sibling frame: well formed, but not from the parent.
    await leverage.frame.evaluate(() => {
      for (let i = 0; i < window.parent.frames.length; i++) {
        if (window.parent.frames[i] !== window) {
          window.parent.frames[i].postMessage({ type: 'crash-night:viewport', top: 4242, height: 777 }, '*');
          window.parent.frames[i].postMessage('pymxPYMxcrash-night-leveragexPYMxviewport-iframe-positionxPYMx1 777 4242 0 0 0', '*');
        }
      }
    });
    // pym's format, addressed to the pym frame, but malformed or asking for navigation.
    const pymSent = await leverage.iframe.evaluate((iframe) => {
      const id = 'crash-night-leverage';
      const garbage = [
        `pymxPYMx${id}xPYMxnavigateToxPYMxjavascript:alert(1)`,
        `pymxPYMx${id}xPYMxscrollToChildPosxPYMx100000`,
        `pymxPYMx${id}xPYMxviewport-iframe-positionxPYMxNaN NaN NaN NaN NaN NaN`,
        `pymxPYMx${id}xPYMxviewport-iframe-positionxPYMx1280 0 -10`,
        `pymxPYMx${id}xPYMxviewport-iframe-positionxPYMx`,
        `pymxPYMx${id}2xPYMxviewport-iframe-positionxPYMx1280 800 4242 0 0 0`,
        `pymxPYMx${id}xPYMxviewport-iframe-positionxPYMx1280 800 4242 0 0 0`.repeat(100),
      ];
      for (const data of garbage) iframe.contentWindow.postMessage(data, '*');
      return garbage.length;
    });
    await page.waitForTimeout(500);
    const after = await embedState(crypto.frame);
    assert.ok(after.ignored - before.ignored >= sent + 2, `crypto frame ignored ${after.ignored - before.ignored} of ${sent + 2}`);
    assert.notEqual(after.frameTop, 4242, 'a sibling frame moved the story');
    const pymAfter = await embedState(leverage.frame);
    assert.notEqual(pymAfter.frameTop, 4242);
    assert.ok(pymAfter.ignored >= pymSent, `pym frame ignored ${pymAfter.ignored} of ${pymSent}`);

    // Absurd but well-formed numbers from the parent are clamped, not trusted.
    await crypto.iframe.evaluate((iframe) => iframe.contentWindow.postMessage({ type: 'crash-night:viewport', top: -1e308, height: 1e308 }, '*'));
    await crypto.frame.waitForFunction(() => JSON.parse(window.wasmBindings.embed_state_for_tests()).frameTop === -1e7);
    assert.equal((await embedState(crypto.frame)).viewportHeight, 1e5);

    assert.equal(await crypto.frame.$('html[data-panicked]'), null);
    assert.equal(await leverage.frame.$('html[data-panicked]'), null);
    assert.ok(page.url().endsWith('embed.html'), 'the host page was navigated');
    await assertSized(page, crypto, 'crypto after the barrage');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('in a frame, a link to another site opens a new tab instead of replacing the frame', async () => {
  const { context, page, problems } = await openPage(browser, { allowedOrigins: [host.origin, app.origin] });
  try {
    await page.goto(`${host.url}embed.html`);
    const { frame } = await embedded(page, EMBEDS.leverage);
    const before = frame.url();
    const source = frame.locator('a[href^="https://www.binance.com/"]').first();
    await source.scrollIntoViewIfNeeded();
    const [popup] = await Promise.all([context.waitForEvent('page'), source.click()]);
    // (The tab cannot reach binance.com from here; that it opened is the point.)
    await popup.close();
    assert.equal(frame.url(), before, 'the frame still shows the story');
    assert.equal(await source.getAttribute('rel'), 'noopener noreferrer');
    // An in-page anchor stays in the frame.
    assert.equal(await frame.evaluate(() => document.querySelector('a.skip-link')?.getAttribute('target') ?? null), null);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('a shared link restores the section, language and interactive state', async () => {
  const { context, page, problems } = await openPage(browser, { allowedOrigins: [host.origin, app.origin] });
  try {
    await watchCsp(page);
    // Top level: the link a reader copies.
    await page.goto(`${app.url}?lang=en&section=leverage&lev=20`);
    await waitForApp(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.deepEqual(await page.$$eval('main#story > section', (s) => s.map((el) => el.id)), ['leverage']);
    await checkLeverage(page, 'top-level link');

    // Embedded with data-query (whose section/lang/embed must not override the loader's).
    await page.goto(`${host.url}state.html`);
    const { frame } = await embedded(page, '#state');
    assert.equal(await frame.getAttribute('html', 'lang'), 'en');
    assert.deepEqual(await frame.$$eval('main#story > section', (s) => s.map((el) => el.id)), ['leverage']);
    assert.match(frame.url(), /[?&]embed=1\b/);
    await checkLeverage(frame, 'embedded with data-query');

    // Malformed values are ignored: the full story, in the page's language, no panic.
    await page.goto(`${app.url}en/?lang=xx&section=..%2F..%2Fetc&embed=maybe&theme=%3Cscript%3E&lev=NaN&childId=%00&initialWidth=-1e999&parentUrl=javascript:alert(1)`);
    await waitForApp(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.ok((await page.$$('main#story > section')).length > 1);
    assert.equal(await page.$('html[data-panicked]'), null);
    assert.deepEqual(cspReports(app, host), []);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

/** `lev=20` shows as 20x in the leverage lab's slider, when the lab is in the story. */
async function checkLeverage(frame, label) {
  const slider = await frame.$('#leverage-lev');
  if (!slider) {
    console.log(`# embed: ${label}: no #leverage-lev slider yet, lev=20 assertion skipped`);
    return;
  }
  assert.equal(await slider.inputValue(), '20', `${label}: slider value`);
  const shown = await frame.$eval('label[for=leverage-lev] .slider-value', (el) => el.textContent);
  assert.match(shown, /20\s*[x×倍]/, `${label}: slider shows ${shown}`);
}

test('"Embed this" gives a snippet that reproduces the current view, and copies it', async () => {
  const { context, page, problems } = await openPage(browser, { allowedOrigins: [host.origin, app.origin] });
  try {
    await watchCsp(page);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
    await page.goto(`${app.url}en/?section=leverage&lev=20&theme=dark`);
    await waitForApp(page);
    const toggle = page.locator('[data-testid=embed-this-leverage]');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    const code = page.locator('#embed-code-leverage textarea');
    const snippet = await code.inputValue();
    assert.equal(await code.evaluate((el) => el.readOnly), true);
    assert.match(snippet, new RegExp(`<script async src="${app.url}embed.js"></script>`));
    for (const part of ['data-section="leverage"', 'data-lang="en"', 'data-theme="dark"', 'data-query="lev=20"']) {
      assert.ok(snippet.includes(part), `${part} missing from ${snippet}`);
    }
    await page.locator('#embed-code-leverage button').click();
    await page.waitForFunction(() => document.querySelector('#embed-code-leverage [role=status]')?.textContent.trim());
    const status = await page.textContent('#embed-code-leverage [role=status]');
    if (/Copied/.test(status)) {
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), snippet);
    } else {
      // No clipboard here: the code is selected for copying by hand.
      assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'TEXTAREA');
    }
    await page.screenshot({ path: `${SHOTS}/embed-this-panel.png` });

    // Pasted into a host page, the snippet shows what the reader saw.
    await writeFile(`${HOST_ROOT}/pasted.html`, hostPage(app.url, '').replace(/<script async[^>]*><\/script>/, '') .replace('<article></article>', `<article>${snippet}</article>`));
    await page.goto(`${host.url}pasted.html`);
    const { frame } = await embedded(page, 'article');
    assert.equal(await frame.getAttribute('html', 'lang'), 'en');
    assert.equal(await frame.getAttribute('html', 'data-theme'), 'dark');
    assert.deepEqual(await frame.$$eval('main#story > section', (s) => s.map((el) => el.id)), ['leverage']);
    await checkLeverage(frame, 'pasted snippet');
    assert.deepEqual(cspReports(app, host), []);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('sandboxed iframes (allow-scripts, opaque origin) load with CORS from the app server', async () => {
  const corsApp = await serve(DIST, { headers: { 'content-security-policy': appCsp, 'access-control-allow-origin': '*' } });
  const page = hostPage(corsApp.url,
    `<iframe id="raw" sandbox="allow-scripts" title="Crash Night" src="${corsApp.url}en/?embed=1&amp;section=leverage&amp;lang=en"></iframe>
     <div id="loader" data-crash-night data-sandbox data-section="crypto" data-lang="en" data-loading="eager"></div>`);
  await writeFile(`${HOST_ROOT}/sandboxed.html`, page);
  const sandboxHost = await serve(HOST_ROOT, { headers: { 'content-security-policy': hostCsp(corsApp.origin) } });
  const saved = app;
  app = corsApp; // `embedded` waits for frames on the app's origin
  const { context, page: tab, problems } = await openPage(browser, { allowedOrigins: [sandboxHost.origin, corsApp.origin] });
  try {
    await watchCsp(tab);
    await tab.goto(`${sandboxHost.url}sandboxed.html`);
    const raw = await embedded(tab, 'article');
    assert.equal(await raw.frame.evaluate(() => window.origin), 'null', 'the raw frame is sandboxed');
    assert.deepEqual(await raw.frame.$$eval('main#story > section', (s) => s.map((el) => el.id)), ['leverage']);
    const loader = await embedded(tab, '#loader');
    assert.equal(await loader.iframe.getAttribute('sandbox'), 'allow-scripts allow-popups allow-popups-to-escape-sandbox');
    assert.equal(await loader.frame.evaluate(() => window.origin), 'null');
    await assertSized(tab, loader, 'sandboxed embed.js frame');
    assert.deepEqual(cspReports(corsApp, sandboxHost), []);
    assert.deepEqual(problems, []);
  } finally {
    app = saved;
    await context.close();
    await sandboxHost.close();
    await corsApp.close();
  }
});

test('page markup cannot disable the loader, and a loader that cannot tell its own URL embeds nothing', async () => {
  const corsApp = await serve(DIST, { headers: { 'content-security-policy': appCsp, 'access-control-allow-origin': '*' } });
  // An element id becomes a window property of the same name: the old string-keyed registry
  // was that element, and embedding stopped with a TypeError.
  const clobbered = hostPage(corsApp.url,
    '<a id="__crashNightEmbed" name="__crashNightEmbed"></a><form id="frames"></form>' +
    '<div id="clobber" data-crash-night data-section="leverage" data-lang="en" data-loading="eager"></div>');
  // A module load has no document.currentScript; another vendor's embed.js is on the page.
  const moduleLoad = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<link rel="icon" href="data:,"></head><body><div id="guess" data-crash-night data-section="leverage"></div>
<script src="vendor/embed.js"></script><script type="module" src="${corsApp.url}embed.js"></script></body></html>`;
  await writeFile(`${HOST_ROOT}/clobbered.html`, clobbered);
  await writeFile(`${HOST_ROOT}/module.html`, moduleLoad);
  await mkdir(`${HOST_ROOT}/vendor`, { recursive: true });
  await writeFile(`${HOST_ROOT}/vendor/embed.js`, '/* another vendor */');
  const hostServer = await serve(HOST_ROOT, { headers: { 'content-security-policy': hostCsp(corsApp.origin) } });
  const saved = app;
  app = corsApp;
  const { context, page, problems } = await openPage(browser, { allowedOrigins: [hostServer.origin, corsApp.origin] });
  const warnings = [];
  page.on('console', (msg) => msg.type() === 'warning' && warnings.push(msg.text()));
  try {
    await page.goto(`${hostServer.url}clobbered.html`);
    const frame = await embedded(page, '#clobber');
    await assertSized(page, frame, 'frame on a page with a clobbering id');
    assert.deepEqual(problems, []);

    await page.goto(`${hostServer.url}module.html`);
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => r.name.endsWith('/embed.js') && !r.name.includes('vendor')));
    await page.waitForTimeout(300);
    assert.equal(await page.locator('#guess iframe').count(), 0, 'no frame pointed at a guessed origin');
    const warned = warnings.filter((text) => text.startsWith('Crash Night embed.js: load it with a plain <script src> tag'));
    assert.equal(warned.length, 1, `one clear console warning, got:\n${warnings.join('\n')}`);
    assert.deepEqual(problems, []);
  } finally {
    app = saved;
    await context.close();
    await hostServer.close();
    await corsApp.close();
  }
});

test('embed load figures (printed): bytes for one frame, first paint in the frame', async () => {
  const figures = [];
  for (const gzip of [false, true]) {
    const measuredApp = await serve(DIST, { headers: { 'content-security-policy': appCsp }, gzip });
    await writeFile(`${HOST_ROOT}/one.html`, hostPage(measuredApp.url,
      '<div id="one" data-crash-night data-section="leverage" data-lang="en" data-loading="eager"></div>'));
    const measuredHost = await serve(HOST_ROOT);
    const saved = app;
    app = measuredApp;
    const { context, page, problems } = await openPage(browser, { allowedOrigins: [measuredHost.origin, measuredApp.origin] });
    try {
      const sizes = [];
      page.on('requestfinished', (request) => {
        if (new URL(request.url()).origin === measuredApp.origin) {
          sizes.push(request.sizes().then((s) => ({ url: request.url(), bytes: s.responseBodySize + s.responseHeadersSize })));
        }
      });
      const started = Date.now();
      await page.goto(`${measuredHost.url}one.html`);
      const { frame, iframe } = await embedded(page, '#one');
      const readyWithin = await frame.evaluate(() => Math.round(performance.now()));
      const paints = Object.fromEntries(await frame.evaluate(() =>
        performance.getEntriesByType('paint').map((entry) => [entry.name, Math.round(entry.startTime)])));
      await assertSized(page, { frame, iframe }, 'measured frame');
      const files = await Promise.all(sizes);
      const total = files.reduce((sum, file) => sum + file.bytes, 0);
      figures.push({
        transfer: gzip ? 'gzip' : 'identity',
        requests: files.length,
        kB: +(total / 1024).toFixed(1),
        wasm_kB: +(files.filter((f) => f.url.endsWith('.wasm')).reduce((s, f) => s + f.bytes, 0) / 1024).toFixed(1),
        first_paint_ms: paints['first-paint'] ?? null,
        first_contentful_paint_ms: paints['first-contentful-paint'] ?? null,
        ready_within_ms: readyWithin,
        host_wall_ms: Date.now() - started,
      });
      assert.ok(paints['first-contentful-paint'] >= 0, 'the frame painted');
      assert.deepEqual(problems, []);
    } finally {
      app = saved;
      await context.close();
      await measuredHost.close();
      await measuredApp.close();
    }
  }
  console.log('# embed load figures (one ?embed=1&section=leverage frame, localhost, no cache):');
  for (const row of figures) console.log(`#   ${JSON.stringify(row)}`);
});
