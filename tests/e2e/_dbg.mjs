import { serve } from './server.mjs';
import { launch, openPage } from './browser.mjs';
import { horizontalOverflow, waitForReady } from './checks.mjs';
const b = await launch(); const s = await serve('target/perf-dist');
for (const p of ['', 'en/']) {
const { page, context, problems } = await openPage(b, { width: 320, allowedOrigins: [s.origin] });
await page.goto(s.url + p); await waitForReady(page, problems);
const bad = [];
for (let w = 320; w <= 1400; w += 20) { await page.setViewportSize({ width: w, height: 900 }); const x = await horizontalOverflow(page); if (x.excess > 0 || x.offenders.length) bad.push(`${w}: ${x.excess} ${x.offenders.slice(0,2).join('; ')}`); }
console.log(p || 'zh', bad.join('\n'));
await context.close(); }
await b.close(); await s.close();
