// Market colours follow the reader's convention (style.css, keyed on <html lang>): the Chinese
// page draws falls green and rises red (红涨绿跌), the English page falls red and rises green,
// in both themes and at AA contrast. And the risk notice (src/content/notice.rs) is on both
// pages, before the labs and in the footer, before and after the app takes over.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useBrowser, waitForApp, SHOTS } from './browser.mjs';
import { PAGES, installColourMath } from './checks.mjs';

const session = useBrowser();

/** What each page's convention draws a fall and a rise in. */
const CONVENTION = { zh: { fall: 'green', rise: 'red' }, en: { fall: 'red', rise: 'green' } };
const NOTICE = { zh: /不构成任何投资建议.*全部本金/, en: /not investment advice.*all the money you put in/ };

/** Runs in the page: the colours of a fall and a rise, and the contrast of the fall's text. */
function sample() {
  const { rgba, ratio } = globalThis.__colourMath;
  const rgb = (css) => rgba(css).slice(0, 3);
  const background = (el) => {
    for (let a = el; a; a = a.parentElement) {
      const bg = getComputedStyle(a).backgroundColor;
      if (bg && !/rgba\(.*,\s*0\)$/.test(bg) && bg !== 'transparent') return rgb(bg);
    }
    return [255, 255, 255];
  };
  // Present by default: the leverage lab's verdict at 10x ("Liquidated"), the opening chart's
  // bars (every market fell) and the margin-hike bars (a rise in the margin asked for).
  const verdict = document.querySelector('.verdict-liquidated');
  const fallBar = document.querySelector('#chart-moves .chart-bar.chart-down');
  const riseBar = document.querySelector('.chart-bar.chart-up');
  const root = getComputedStyle(document.documentElement);
  const verdictColour = rgb(getComputedStyle(verdict).color);
  return {
    verdict: verdictColour,
    verdictText: verdict.textContent.trim(),
    verdictContrast: ratio(verdictColour, background(verdict)),
    fallBar: rgb(getComputedStyle(fallBar).fill),
    riseBar: rgb(getComputedStyle(riseBar).fill),
    // Both text colours against both page backgrounds.
    worstContrast: Math.min(
      ...['--c-down', '--c-up'].flatMap((fg) => ['--c-bg', '--c-surface'].map((bg) => {
        const probe = document.createElement('span');
        probe.style.color = `var(${fg})`;
        probe.style.backgroundColor = `var(${bg})`;
        document.body.append(probe);
        const { color, backgroundColor } = getComputedStyle(probe);
        probe.remove();
        return ratio(rgb(color), rgb(backgroundColor));
      })),
    ),
    scheme: root.colorScheme,
  };
}

const hue = ([r, g]) => (g > r ? 'green' : r > g ? 'red' : 'grey');

async function checkColours(page, lang, theme) {
  await installColourMath(page);
  const seen = await page.evaluate(sample);
  const want = CONVENTION[lang];
  const where = `${lang}, ${theme} theme`;
  assert.equal(hue(seen.verdict), want.fall, `${where}: .verdict-liquidated "${seen.verdictText}" is ${want.fall} (rgb ${seen.verdict})`);
  assert.equal(hue(seen.fallBar), want.fall, `${where}: a fall in the opening chart is ${want.fall} (rgb ${seen.fallBar})`);
  assert.equal(hue(seen.riseBar), want.rise, `${where}: a rise is ${want.rise} (rgb ${seen.riseBar})`);
  assert.ok(seen.verdictContrast >= 4.5, `${where}: the verdict is ${seen.verdictContrast.toFixed(2)}:1 on its card, below 4.5:1`);
  assert.ok(seen.worstContrast >= 4.5, `${where}: a market colour is ${seen.worstContrast.toFixed(2)}:1 on a page background, below 4.5:1`);
}

async function checkNotice(page, lang, where) {
  const near = page.locator('main#story .risk-notice');
  assert.equal(await near.count(), 1, `${where}: one notice near the labs`);
  assert.match(await near.innerText(), NOTICE[lang], `${where}: its words`);
  assert.ok(
    await near.evaluate((p) => p.nextElementSibling?.matches('section') && p.nextElementSibling.querySelector('.lab-panel') !== null),
    `${where}: it stands just before the first lab`,
  );
  const footer = page.locator('footer.site-footer .site-footer-notice');
  assert.match(await footer.innerText(), NOTICE[lang], `${where}: in the footer`);
  for (const notice of [near, footer]) {
    await notice.scrollIntoViewIfNeeded();
    assert.ok(await notice.isVisible(), `${where}: the notice is visible`);
    const box = await notice.boundingBox();
    assert.ok(box && box.height >= 16 && box.width >= 200, `${where}: the notice has room (${JSON.stringify(box)})`);
  }
}

for (const [lang, path] of Object.entries(PAGES)) {
  test(`market colours follow the ${lang} convention in both themes; the risk notice shows (${lang})`, async () => {
    const { browser, server } = session;
    const { context, page, problems } = await openPage(browser, { width: 1280, allowedOrigins: [server.origin] });
    try {
      for (const theme of ['light', 'dark']) {
        await page.emulateMedia({ colorScheme: theme });
        await page.goto(`${server.url}${path}`);
        await page.waitForLoadState('networkidle');
        // The prerendered page, before any script: colours are the stylesheet's alone.
        assert.equal(await page.$('html[data-ready]'), null, 'still the prerendered page');
        await checkColours(page, lang, theme);
        await checkNotice(page, lang, `${lang} prerendered`);
        if (theme === 'light') {
          await page.evaluate(() => window.scrollTo(0, 0));
          await page.locator('#chart-moves').screenshot({ path: `${SHOTS}/colours-${lang}-1280.png` });
        }
      }
      // After hydration: the same colours, the notice still once (not doubled or dropped).
      const layout = () => page.evaluate(() => {
        const notice = document.querySelector('main#story .risk-notice').getBoundingClientRect();
        return { top: Math.round(notice.top + scrollY), height: Math.round(notice.height) };
      });
      const before = await layout();
      await waitForApp(page);
      await checkColours(page, lang, 'dark');
      await checkNotice(page, lang, `${lang} hydrated`);
      assert.deepEqual(await layout(), before, 'hydration does not move or resize the notice');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
}
