// The prerendered story needs no script; the Wasm app loads when the reader wants it
// (assets/wake.js), and nothing the reader did before it took over is lost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useBrowser } from './browser.mjs';
import { settle } from './checks.mjs';

const session = useBrowser();

test('a plain visit shows the story at once and loads the Wasm only near an interactive', async () => {
  const { browser, server } = session;
  const { context, page, problems } = await openPage(browser, { width: 375, allowedOrigins: [server.origin] });
  const wasm = [];
  page.on('request', (request) => request.url().endsWith('.wasm') && wasm.push(request.url()));
  try {
    await page.goto(`${server.url}en/`);
    await page.waitForLoadState('networkidle');
    assert.match(await page.textContent('h1'), /Crash Night/);
    assert.deepEqual(wasm, [], 'the first screen needs no Wasm');
    assert.equal(await page.$('html[data-ready]'), null);

    // Scrolling (no key, pointer or touch) to a screen and a half above the first lab: the
    // module loads while the lab is still out of sight.
    await page.evaluate(() => {
      const lab = document.querySelector('.lab-panel');
      window.scrollTo(0, lab.getBoundingClientRect().top + window.scrollY - 1.5 * window.innerHeight);
    });
    await page.waitForSelector('html[data-ready]', { state: 'attached', timeout: 30000 });
    assert.equal(wasm.length, 1);
    assert.ok(await page.$eval('.lab-panel', (lab) => lab.getBoundingClientRect().top > window.innerHeight), 'the lab is still below the screen');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('a button pressed and a slider moved before the app took over are replayed into it', async () => {
  const { browser, server } = session;
  const { context, page, problems } = await openPage(browser, { allowedOrigins: [server.origin] });
  // Hold the Wasm file until the reader has acted, so the actions surely come before hydration.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/*.wasm', async (route) => {
    await held;
    await route.continue();
  });
  try {
    await page.goto(`${server.url}en/`);
    const before = await page.textContent('[data-testid=liq-price]');
    await page.click('[data-testid=embed-this-story]');
    await page.focus('#leverage-lev');
    await page.keyboard.press('End');
    assert.equal(await page.inputValue('#leverage-lev'), '125');
    assert.equal(await page.$('html[data-ready]'), null, 'the app has not taken over yet');

    release();
    await page.waitForSelector('html[data-ready]', { state: 'attached', timeout: 30000 });
    await settle(page);
    assert.equal(await page.getAttribute('[data-testid=embed-this-story]', 'aria-expanded'), 'true');
    assert.equal(await page.inputValue('#leverage-lev'), '125');
    assert.match(await page.textContent('label[for=leverage-lev] .slider-value'), /125/);
    assert.notEqual(await page.textContent('[data-testid=liq-price]'), before, 'the lab computed for 125x');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
