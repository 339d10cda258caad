// Without JavaScript (blocked, disabled, or a browser that cannot run the Wasm) the prerendered
// page still tells the story: the headline, the story's sections, and a short summary of the
// night with its key figures. Also the embed view (?embed=1&section=…), which without scripts is
// the full prerendered page. With scripts, the summary stays out of the way.
// Screenshots: target/screenshots/no-js-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { serve, STRICT_CSP } from './server.mjs';
import { launch, openPage, waitForApp } from './browser.mjs';

const DIST = process.env.E2E_DIST ?? 'target/e2e-dist';
const SHOTS = 'target/screenshots';
let browser;
let server;

/** With scripts off, Chromium refuses the loader's modulepreload and reports it as blocked. */
const unexpected = (problems) => problems.filter((p) => !/^request failed: \S+\.js csp$/.test(p));

// The key figures as each language writes them (content/facts.rs): traders liquidated, the
// money lost, bitcoin's fall on the day.
const CASES = [
  { lang: 'zh', path: '', htmlLang: 'zh-CN', title: /崩盘之夜/, figures: [/43万/, /20\.69亿美元/, /12\.81%/] },
  { lang: 'en', path: 'en/', htmlLang: 'en', title: /Crash Night/, figures: [/430,000/, /\$2\.07 billion/, /12\.81%/] },
];

before(async () => {
  browser = await launch();
  await mkdir(SHOTS, { recursive: true });
  server = await serve(DIST, { headers: { 'content-security-policy': STRICT_CSP } });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

for (const { lang, path, htmlLang, title, figures } of CASES) {
  test(`without JavaScript the ${lang} page shows the story and the night's key figures`, async () => {
    const { context, page, problems } = await openPage(browser, { javaScriptEnabled: false, allowedOrigins: [server.origin] });
    try {
      await page.goto(`${server.url}${path}`);
      assert.equal(await page.getAttribute('html', 'lang'), htmlLang);
      assert.equal(await page.$('html[data-ready]'), null, 'scripts ran');
      assert.match(await page.textContent('h1'), title);
      const sections = await page.$$('main#story > section');
      assert.ok(sections.length > 1, 'the prerendered story is on the page');
      const summary = page.locator('.nojs-summary');
      assert.ok(await summary.isVisible(), 'the static summary is shown');
      const text = await summary.textContent();
      for (const figure of figures) assert.match(text, figure);
      assert.equal(await summary.locator('a[href="#story"]').count(), 1, 'it links to the full story');
      await page.screenshot({ path: `${SHOTS}/no-js-${lang}.png`, fullPage: true });
      assert.deepEqual(unexpected(problems), []);
    } finally {
      await context.close();
    }
  });
}

test('without JavaScript an embed URL shows text, not a blank frame', async () => {
  const { context, page, problems } = await openPage(browser, { width: 375, height: 700, javaScriptEnabled: false, allowedOrigins: [server.origin] });
  try {
    await page.goto(`${server.url}en/?embed=1&section=leverage&lang=en`);
    assert.ok(await page.locator('.nojs-summary').isVisible());
    assert.match(await page.textContent('.nojs-summary'), /430,000/);
    assert.ok(await page.locator('#leverage').count(), 'the section asked for is in the page');
    const visibleText = await page.evaluate(() => document.body.innerText.trim().length);
    assert.ok(visibleText > 200, `only ${visibleText} characters of text`);
    await page.screenshot({ path: `${SHOTS}/no-js-embed-375.png` });
    assert.deepEqual(unexpected(problems), []);
  } finally {
    await context.close();
  }
});

test('with JavaScript the summary stays hidden', async () => {
  const { context, page, problems } = await openPage(browser, { allowedOrigins: [server.origin] });
  try {
    await page.goto(`${server.url}en/`);
    await waitForApp(page);
    assert.equal(await page.locator('.nojs-summary').isVisible(), false);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
