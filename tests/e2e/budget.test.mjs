// Transfer budget: the first view of the full story (HTML, CSS, JS, Wasm and anything else the
// page asks for while the reader scrolls to the end) weighs at most 250 kB gzipped. The first
// screen alone (before the reader acts or nears a lab, so without the glue and the Wasm) weighs
// at most 45 kB.
//
// The test server does not compress, so every response body is gzipped here with node's zlib at
// level 9, as a static host would serve it, and the compressed sizes are summed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { serve } from './server.mjs';
import { launch, openPage } from './browser.mjs';
import { PAGES, settle, waitForReady } from './checks.mjs';

const DIST = process.env.E2E_DIST ?? 'target/e2e-dist';
// The gate is the target, 250 kB (1 kB = 1000 bytes): 248.2 kB (zh) and 244.0 kB (en) on
// 2026-12-01 after the edit to eleven sections (259.7 and 254.8 kB before it; 288.1 and 283.1 kB
// before the islands; see README "Measured": the module is about 200 kB of it).
const BUDGET_BYTES = 250_000;
// The first screen gates at its 45 kB target: 39.9 kB (zh) and 37.1 kB (en) after the edit
// (47.3 and 43.8 kB before it).
const FIRST_SCREEN_BUDGET = 45_000;
let browser;

before(async () => {
  browser = await launch();
});
after(async () => browser?.close());

const kb = (n) => `${(n / 1000).toFixed(1)} kB`;

for (const [lang, path] of Object.entries(PAGES)) {
  test(`first view of the full story (${lang}) stays within ${BUDGET_BYTES / 1000} kB gzipped`, async () => {
    const server = await serve(DIST);
    const { context, page, problems } = await openPage(browser, { width: 1280, allowedOrigins: [server.origin] });
    const bodies = [];
    page.on('response', (response) => {
      bodies.push(
        response.body().then(
          (body) => ({ url: response.url(), raw: body.length, gzip: gzipSync(body, { level: 9 }).length }),
          (err) => ({ url: response.url(), error: err.message }),
        ),
      );
    });
    try {
      await page.goto(server.url + path);
      // The first screen, before the reader does anything: the Wasm waits until it is wanted.
      await page.waitForLoadState('networkidle');
      const firstScreen = await Promise.all(bodies);
      const firstScreenTotal = firstScreen.reduce((sum, r) => sum + (r.gzip ?? 0), 0);
      console.log(`first screen, ${lang} page: ${kb(firstScreenTotal)} gzip in ${firstScreen.length} responses (${firstScreen.map((r) => r.url.replace(server.origin, '')).join(', ')})`);
      assert.ok(!firstScreen.some(({ url }) => url.endsWith('.wasm')), 'the first screen loads no Wasm');
      assert.ok(!firstScreen.some(({ url }) => /crash-night-[0-9a-f]+\.js$/.test(url)), 'nor the glue that loads it');
      console.log(`first screen budget ${kb(FIRST_SCREEN_BUDGET)}: ${kb(FIRST_SCREEN_BUDGET - firstScreenTotal)} to spare`);
      assert.ok(firstScreenTotal <= FIRST_SCREEN_BUDGET, `the first screen (${lang}) transfers ${kb(firstScreenTotal)} gzipped, over the ${kb(FIRST_SCREEN_BUDGET)} budget`);

      await waitForReady(page, problems);
      // The whole story, not only the first screen: scroll to the end so anything loaded lazily counts.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0; y <= height; y += 800) {
        await page.evaluate((top) => window.scrollTo(0, top), y);
        await settle(page);
      }
      await page.waitForLoadState('networkidle');
      const responses = await Promise.all(bodies);
      const unread = responses.filter((r) => r.error);
      assert.deepEqual(unread, [], 'every response body can be measured');
      const total = responses.reduce((sum, r) => sum + r.gzip, 0);
      const raw = responses.reduce((sum, r) => sum + r.raw, 0);
      const origin = server.origin;
      console.log(`transfer, ${lang} page, gzip -9 of each response (the test server does not compress):`);
      for (const r of responses.sort((a, b) => b.gzip - a.gzip)) {
        console.log(`  ${kb(r.gzip).padStart(9)} gzip  ${kb(r.raw).padStart(9)} raw  ${r.url.replace(origin, '')}`);
      }
      console.log(`  ${kb(total).padStart(9)} gzip  ${kb(raw).padStart(9)} raw  total of ${responses.length} responses (budget ${kb(BUDGET_BYTES)}, ${kb(BUDGET_BYTES - total)} to spare)`);
      assert.ok(responses.some(({ url }) => url.endsWith('.wasm')), 'the Wasm module was loaded');
      assert.ok(
        total <= BUDGET_BYTES,
        `first view (${lang}) transfers ${kb(total)} gzipped (gzip -9 of each response, measured by the test), over the budget of ${kb(BUDGET_BYTES)}`,
      );
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
      await server.close();
    }
  });
}
