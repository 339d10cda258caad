// Extreme inputs render cleanly on a 375px phone: the ends of every slider (1x and 125x leverage,
// 10 000 and 2 000 000 simulated traders in the cascade, the margin lab's limits) show no NaN,
// Infinity or undefined, and nothing spills past the right edge of the screen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SHOTS, openPage, useBrowser } from './browser.mjs';
import { PAGES, brokenNumbers, horizontalOverflow, openAllDisclosures, settle, waitForReady } from './checks.mjs';

const WIDTH = 375;
const session = useBrowser();

const EXTREMES = [
  ['lev-1', '?lev=1&acct_lev=1'],
  ['lev-125', '?lev=125&acct_lev=125'],
  ['lev-125-short', '?lev=125&side=short&asset=doge&exchange=bybit&mmr=5'],
  ['cascade-10000', '?n=10000'],
  ['cascade-2000000', '?n=2000000'],
  ['cascade-2000000-extreme', '?n=2000000&shock=-50&depth=50&lev_med=125&lev_spread=1.5&rounds=500'],
  ['margin-limits', '?notional=100000000&margin_old=1&metal=gold'],
  ['margin-low', '?notional=1000&margin_old=25'],
];

/** Everything that must hold on screen; returns failure messages. */
async function screenProblems(page) {
  const failures = [];
  const broken = await brokenNumbers(page);
  if (broken.length) failures.push(`broken numbers on screen: ${broken.slice(0, 5).join(' | ')}`);
  const overflow = await horizontalOverflow(page);
  if (overflow.excess > 0) failures.push(`page is ${overflow.excess}px wider than the ${WIDTH}px screen`);
  if (overflow.offenders.length) failures.push(`past the right edge: ${overflow.offenders.join(', ')}`);
  if (await page.locator('html[data-panicked]').count()) failures.push('the app panicked');
  return failures;
}

for (const [lang, path] of Object.entries(PAGES)) {
  test(`extreme URL values render without overflow or NaN at ${WIDTH}px (${lang})`, async () => {
    const { context, page, problems } = await openPage(session.browser, { width: WIDTH, height: 800, allowedOrigins: [session.server.origin] });
    const failures = [];
    try {
      for (const [name, query] of EXTREMES) {
        await page.goto(session.server.url + path + query);
        await waitForReady(page, problems);
        await settle(page);
        for (const why of await screenProblems(page)) failures.push(`${query}: ${why}`);
        if (lang === 'zh' && (name === 'lev-125' || name === 'cascade-2000000')) {
          await page.screenshot({ path: `${SHOTS}/extreme-${name}-${WIDTH}.png`, fullPage: true });
        }
      }
      assert.deepEqual(failures, [], failures.join('\n'));
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
}

test(`every slider at both ends renders without overflow or NaN at ${WIDTH}px`, async () => {
  const { context, page, problems } = await openPage(session.browser, { width: WIDTH, height: 800, allowedOrigins: [session.server.origin] });
  const failures = [];
  try {
    await page.goto(session.server.url);
    await waitForReady(page, problems);
    await settle(page);
    // The labs fold their secondary controls under "More settings": every slider counts.
    await openAllDisclosures(page);
    const sliders = page.locator('input[type=range]');
    const count = await sliders.count();
    for (let i = 0; i < count; i++) {
      const slider = sliders.nth(i);
      if (!(await slider.isVisible())) continue;
      const name = await slider.evaluate((el) => el.id || el.getAttribute('aria-label') || el.name || `slider ${el.outerHTML.slice(0, 60)}`);
      for (const key of ['End', 'Home']) {
        await slider.focus();
        await page.keyboard.press(key);
        await settle(page);
        for (const why of await screenProblems(page)) failures.push(`${name} at ${key === 'End' ? 'maximum' : 'minimum'}: ${why}`);
      }
      // Leave it at its maximum: the next slider is checked against the others' extremes too.
      await slider.focus();
      await page.keyboard.press('End');
      await settle(page);
    }
    for (const why of await screenProblems(page)) failures.push(`every slider at its maximum: ${why}`);
    console.log(`extremes: ${count} slider(s) driven to both ends at ${WIDTH}px`);
    assert.deepEqual(failures, [], failures.join('\n'));
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
