// The Chinese page reads as a Chinese financial desk writes (issue "The Chinese edition as a
// Chinese financial desk would run it"): checked on the rendered text of the release build,
// prose, labs and chart labels together, once the app has taken over.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useBrowser, waitForApp } from './browser.mjs';
import { settle } from './checks.mjs';

const session = useBrowser();

test('the Chinese page follows the style sheet in every visible text and chart label', async () => {
  const { browser, server } = session;
  const { context, page, problems } = await openPage(browser, { width: 390, height: 844, allowedOrigins: [server.origin] });
  try {
    await page.goto(server.url);
    await waitForApp(page);
    await settle(page);
    const text = await page.evaluate(() => {
      const svgText = [...document.querySelectorAll('svg text')].map((t) => t.textContent).join('\n');
      return `${document.body.innerText}\n${svgText}`;
    });
    const around = (re) => [...text.matchAll(re)].map((m) => text.slice(Math.max(0, m.index - 20), m.index + 20));
    assert.deepEqual(around(/\d{1,2}:\d{2}\s*（(北京|美东)时间）/g), [], 'a time followed by its zone in brackets');
    assert.deepEqual(around(/[\d%万亿元]\+/g), [], 'a bound written as a trailing +');
    assert.deepEqual(around(/[跌涨][−+\-]\d/g), [], 'a signed move after 跌 or 涨');
    const labs = await page.$$eval('.lab', (els) => els.map((el) => el.innerText).join('\n'));
    assert.ok(labs.length > 500, 'the labs are on the page');
    assert.ok(!labs.replaceAll('资金费率', '').includes('费率'), '费率 used for a margin rate in a lab');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
