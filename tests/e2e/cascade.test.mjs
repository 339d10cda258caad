// The cascade lab waits for its controls to rest before it draws the rest of a changed crowd
// and catches its tables up (src/sections/cascade/engine.rs, `after_rest`): a slider held down
// mid-drag has not rested, however still it is. Checked on the release build with a real
// pointer, since only a real press sets `:active`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, waitForApp, useBrowser } from './browser.mjs';

const session = useBrowser();

const busy = (page, selector) => page.$eval(selector, (el) => el.getAttribute('aria-busy'));

test('a crowd slider held mid-drag keeps its preview until it is let go, then shows the full crowd', async () => {
  const { context, page, problems } = await openPage(session.browser, { width: 390, height: 844, allowedOrigins: [session.server.origin] });
  try {
    await page.goto(`${session.server.url}#cascade`);
    await waitForApp(page);
    await page.waitForSelector('#cascade > [data-island][data-hydrated]', { state: 'attached' });
    await page.evaluate(() => document.querySelectorAll('#cascade details.lab-more').forEach((d) => { d.open = true; }));
    const slider = '#cascade-lev-med';
    await page.evaluate((s) => document.querySelector(s).scrollIntoView({ block: 'center', behavior: 'instant' }), slider);
    const box = await page.locator(slider).boundingBox();
    const y = box.y + box.height / 2;
    const thumb = await page.$eval(slider, (el) => (Number(el.value) - Number(el.min)) / (Number(el.max) - Number(el.min)));
    const x = box.x + 8 + (box.width - 16) * thumb;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + box.width / 8, y, { steps: 4 });
    const held = await page.inputValue(slider);
    // Far longer than the rest (50 ms) plus a whole crowd's draw on this machine.
    await page.waitForTimeout(1500);
    assert.equal(await busy(page, '#cascade .lab-panel'), 'true', 'the full crowd was drawn while the slider was held');
    assert.notEqual(await page.textContent('[data-testid=cascade-preview]'), '', 'no preview note while held');
    assert.equal(await busy(page, '#cascade .cascade-supporting'), 'true', 'the tables caught up while the slider was held');
    await page.mouse.up();
    await page.waitForSelector('#cascade [aria-busy="true"]', { state: 'detached', timeout: 10000 });
    assert.equal(await page.textContent('[data-testid=cascade-preview]'), '');
    const shown = await page.textContent('#cascade .lab-outputs');

    // The same figures as a lab that starts with that crowd.
    const direct = await context.newPage();
    await direct.goto(`${session.server.url}?lev_med=${held}#cascade`);
    await waitForApp(direct);
    await direct.waitForSelector('#cascade > [data-island][data-hydrated]', { state: 'attached' });
    assert.equal(await direct.textContent('#cascade .lab-outputs'), shown);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
