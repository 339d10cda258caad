// The cascade lab waits for its controls to rest before it draws the rest of a changed crowd
// and catches its tables up (src/sections/cascade/engine.rs, `after_rest`): a slider held down
// mid-drag has not rested, however still it is. Checked on the release build with a real
// pointer (the page follows pointer events, `browser::follow_the_reader`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, thumbOf, waitForApp, useBrowser } from './browser.mjs';

const session = useBrowser();

const busy = (page, selector) => page.$eval(selector, (el) => el.getAttribute('aria-busy'));

/** Opens the lab at 390 px, awake, with its crowd's sliders unfolded; `touch`: a phone's screen. */
async function openLab(path = '', { touch = false } = {}) {
  const { context, page, problems } = await openPage(session.browser, { width: 390, height: 844, touch, allowedOrigins: [session.server.origin] });
  await page.goto(`${session.server.url}${path}#cascade`);
  await waitForApp(page);
  await page.waitForSelector('#cascade > [data-island][data-hydrated]', { state: 'attached' });
  await page.evaluate(() => document.querySelectorAll('#cascade details.lab-more').forEach((d) => { d.open = true; }));
  return { context, page, problems };
}

/** A mouse, and a finger through the DevTools protocol (Playwright's touchscreen only taps). */
const mouse = (page) => ({
  down: async (x, y) => { await page.mouse.move(x, y); await page.mouse.down(); },
  move: (x, y) => page.mouse.move(x, y, { steps: 4 }),
  up: () => page.mouse.up(),
});
const finger = async (page) => {
  const cdp = await page.context().newCDPSession(page);
  const touch = (type, points) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points });
  let at = null;
  return {
    down: (x, y) => { at = { x, y }; return touch('touchStart', [at]); },
    move: async (x, y) => {
      for (let i = 1; i <= 4; i++) await touch('touchMove', [{ x: at.x + ((x - at.x) * i) / 4, y }]);
    },
    up: () => touch('touchEnd', []),
  };
};

/** Presses `slider`'s thumb and drags it an eighth of its track; returns the value it holds. */
async function pressAndDrag(page, slider, pointer) {
  await page.evaluate((s) => document.querySelector(s).scrollIntoView({ block: 'center', behavior: 'instant' }), slider);
  await page.waitForTimeout(300);
  const before = await page.inputValue(slider);
  const { x, y, width, fraction } = await thumbOf(page, slider);
  await pointer.down(x, y);
  await pointer.move(x + (fraction < 0.5 ? 1 : -1) * (width / 8), y);
  const held = await page.inputValue(slider);
  assert.notEqual(held, before, `the drag did not move ${slider}`);
  return held;
}

// Far longer than the rest (50 ms) plus a whole crowd's draw or the tables' catch-up.
const HOLD_MS = 1500;

for (const [name, touch] of [['mouse', false], ['finger', true]]) {
  test(`a crowd slider held mid-drag (${name}) keeps its preview until it is let go, then shows the full crowd`, async () => {
    const { context, page, problems } = await openLab('', { touch });
    try {
      const pointer = touch ? await finger(page) : mouse(page);
      const held = await pressAndDrag(page, '#cascade-lev-med', pointer);
      await page.waitForTimeout(HOLD_MS);
      assert.equal(await busy(page, '#cascade .lab-panel'), 'true', 'the full crowd was drawn while the slider was held');
      assert.notEqual(await page.textContent('[data-testid=cascade-preview]'), '', 'no preview note while held');
      assert.equal(await busy(page, '#cascade .cascade-supporting'), 'true', 'the tables caught up while the slider was held');
      await pointer.up();
      await page.waitForSelector('#cascade [aria-busy="true"]', { state: 'detached', timeout: 10000 });
      assert.equal(await page.textContent('[data-testid=cascade-preview]'), '');
      const shown = await page.textContent('#cascade .lab-outputs');

      // The same figures as a lab that starts with that crowd.
      const direct = await openLab(`?lev_med=${held}`);
      try {
        assert.equal(await direct.page.textContent('#cascade .lab-outputs'), shown);
        assert.deepEqual(direct.problems, []);
      } finally {
        await direct.context.close();
      }
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
}

test('a market slider held mid-drag keeps the tables waiting until it is let go', async () => {
  const { context, page, problems } = await openLab();
  try {
    await pressAndDrag(page, '#cascade-shock', mouse(page));
    await page.waitForTimeout(HOLD_MS);
    assert.equal(await busy(page, '#cascade .lab-panel'), 'false', 'a new shock replays the same crowd: no preview');
    assert.equal(await busy(page, '#cascade .cascade-supporting'), 'true', 'the tables caught up while the slider was held');
    await page.mouse.up();
    await page.waitForSelector('#cascade [aria-busy="true"]', { state: 'detached', timeout: 10000 });
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
