import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { serve } from '../e2e/server.mjs';
for (const dir of process.argv.slice(2)) {
const server = await serve(dir, dir.includes('gz') ? {headers: {'content-encoding': 'gzip'}} : {});
const chrome = await launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new','--no-sandbox','--disable-gpu','--disable-dev-shm-usage'] });
try {
  const r = await lighthouse(server.url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  const m = r.lhr.audits.metrics.details.items[0];
  console.log(dir, r.lhr.categories.performance.score, 'FCP', m.firstContentfulPaint, 'LCP', m.largestContentfulPaint, 'obsFCP', m.observedFirstContentfulPaint, 'obsLoad', m.observedLoad, 'TBT', m.totalBlockingTime, 'SI', m.speedIndex);
} finally { await chrome.kill(); await server.close(); }
}
