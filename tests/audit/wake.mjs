// Islands waking on a phone's CPU (`make audit`): Chromium with a 4x CPU slowdown at 390x844,
// each page served gzip-compressed. The reader scrolls from the top to the end of the story;
// the Wasm module loads near the first lab and each island hydrates on its own.
//
//   node tests/audit/wake.mjs <dist> [--runs N]
//
// Prints, per page and run: the bytes transferred (what the network carried, compressed), the
// longest task and every task over 50 ms (PerformanceObserver `longtask`) from the module's
// start to the end of the story, and each island's hydration (User Timing `island:<name>`).
// Exits 1 when a median misses the budget: no long task over 100 ms while islands wake.
// Timings depend on the machine, which is why this is a benchmark and not a test.
import { launch } from '../e2e/browser.mjs';
import { serve } from '../e2e/server.mjs';
import { median } from './lighthouse.mjs';

const BUDGET_MS = 100;
const PAGES = { zh: '', en: 'en/' };

async function measure(browser, url) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const client = await context.newCDPSession(page);
  await client.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url, { waitUntil: 'load' });
  const loaded = await page.evaluate(() => performance.now());
  // Scroll down the story a screen at a time, as a reader would.
  await page.evaluate(async () => {
    const pause = () => new Promise((ok) => setTimeout(ok, 120));
    while (window.scrollY + innerHeight < document.documentElement.scrollHeight - 2) {
      window.scrollBy(0, innerHeight * 0.8);
      await pause();
    }
  });
  await page.waitForSelector('html[data-ready]', { state: 'attached', timeout: 60000 });
  await page.waitForTimeout(500);
  const result = await page.evaluate((since) => ({
    // Bytes on the wire (compressed), page and every resource: all same-origin.
    transferred: [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
      .reduce((sum, entry) => sum + entry.transferSize, 0),
    longTasks: window.__longTasks.filter((t) => t.start >= since),
    islands: performance.getEntriesByType('measure')
      .filter((m) => m.name.startsWith('island:'))
      .map((m) => ({ name: m.name.slice('island:'.length), ms: m.duration })),
  }), loaded);
  await context.close();
  return result;
}

async function main(argv) {
  const runsAt = argv.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(argv[runsAt + 1]) : 3;
  const dist = argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--runs') ?? 'target/audit-dist';
  const server = await serve(dist, { gzip: true });
  const browser = await launch();
  const failures = [];
  console.log(`islands waking: ${dist}, 390x844, 4x CPU slowdown, gzip, ${runs} run(s) per page\n`);
  console.log('| page | run | transferred | longest task | tasks > 50 ms | slowest island | islands |');
  console.log('| --- | ---: | ---: | ---: | ---: | --- | ---: |');
  try {
    for (const [lang, path] of Object.entries(PAGES)) {
      const longest = [];
      for (let run = 1; run <= runs; run++) {
        const r = await measure(browser, server.url + path);
        const max = Math.max(0, ...r.longTasks.map((t) => t.duration));
        const slowest = r.islands.reduce((a, b) => (b.ms > a.ms ? b : a), { name: '-', ms: 0 });
        longest.push(max);
        console.log(`| ${lang} | ${run} | ${(r.transferred / 1000).toFixed(1)} kB | ${Math.round(max)} ms | ${r.longTasks.length} | ` +
          `${slowest.name} ${Math.round(slowest.ms)} ms | ${r.islands.length} |`);
      }
      const med = median(longest);
      if (med > BUDGET_MS) failures.push(`${lang}: the median longest task is ${Math.round(med)} ms (budget ${BUDGET_MS} ms)`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  if (failures.length) {
    console.error(`\nwake budget missed:\n  - ${failures.join('\n  - ')}`);
    process.exitCode = 1;
  } else {
    console.log(`\nno median long task over ${BUDGET_MS} ms while the islands wake`);
  }
}

main(process.argv.slice(2)).catch((err) => {
  console.error(err?.stack ?? err);
  process.exit(2);
});
