// The "print / no-motion" reading: the story prints legibly, charts included, in either theme.
// Under print media the page chrome and the controls go, the text is dark on white at a readable
// size (axe colour-contrast passes even when the screen theme was dark), every chart that shows
// on screen shows on paper and fits the page width, and page.pdf() produces pages. The first
// A4 page and the whole print layout are saved as PNGs in target/screenshots/ to look at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { SHOTS, openPage, useBrowser } from './browser.mjs';
import { PAGES, describeViolations, runAxe, waitForQueryApplied } from './checks.mjs';

// A4 at 96 px per inch, less 12 mm margins each side: the width the story is set in on paper.
const A4 = { width: 794, height: 1123 };
const PRINT_WIDTH = Math.round(A4.width - (2 * 12 * 96) / 25.4);
const session = useBrowser();

/** Runs in the page: the charts (SVGs) that are visible and their boxes. */
function visibleCharts() {
  return [...document.querySelectorAll('main#story svg')]
    .filter((svg) => !svg.parentElement.closest('svg'))
    .map((svg, index) => {
      svg.dataset.printIndex = String(index);
      const rect = svg.getBoundingClientRect();
      const style = getComputedStyle(svg);
      return {
        index,
        label: svg.getAttribute('aria-label') ?? svg.closest('figure')?.querySelector('figcaption')?.textContent?.trim().slice(0, 60) ?? `svg ${index}`,
        visible: rect.width > 0 && rect.height > 0 && style.visibility !== 'hidden' && style.display !== 'none',
        right: rect.right,
        width: rect.width,
      };
    });
}

/** Runs in the page: what the printed story looks like. */
function printedPage() {
  const shown = (selector) => [...document.querySelectorAll(selector)].some((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden');
  const px = (el) => parseFloat(getComputedStyle(el).fontSize);
  const paragraphs = [...document.querySelectorAll('main#story p')].filter((p) => p.getClientRects().length && p.innerText.trim());
  return {
    masthead: shown('.masthead'),
    controls: shown('.lab-controls'),
    story: shown('main#story'),
    sections: document.querySelectorAll('main#story section.section').length,
    smallestText: Math.min(...paragraphs.map(px), Infinity),
    paragraphs: paragraphs.length,
    background: getComputedStyle(document.body).backgroundColor,
    color: getComputedStyle(document.body).color,
    widest: document.documentElement.scrollWidth,
  };
}

for (const [lang, path] of Object.entries(PAGES)) {
  for (const theme of ['light', 'dark']) {
    test(`prints legibly with charts (${lang}, screen theme ${theme})`, async () => {
      const { context, page, problems } = await openPage(session.browser, { width: PRINT_WIDTH, height: A4.height, allowedOrigins: [session.server.origin] });
      try {
        await page.emulateMedia({ colorScheme: theme });
        await page.goto(`${session.server.url}${path}?theme=${theme}`);
        await waitForQueryApplied(page, { theme, problems });
        // A reader prints from the top, without scrolling: charts must not wait for a scroll.
        const onScreen = await page.evaluate(visibleCharts);
        await page.emulateMedia({ media: 'print', colorScheme: theme });
        const onPaper = await page.evaluate(visibleCharts);
        const printed = await page.evaluate(printedPage);

        assert.equal(printed.story, true, 'the story prints');
        assert.ok(printed.sections > 0, 'its sections print');
        assert.equal(printed.masthead, false, 'the masthead does not print');
        assert.equal(printed.controls, false, 'slider controls do not print');
        assert.ok(printed.smallestText >= 12, `body text prints at ${printed.smallestText}px, below 12px (9pt)`);
        assert.match(printed.background, /rgba?\(255, 255, 255|rgba\(0, 0, 0, 0\)/, `paper stays white (body background ${printed.background})`);
        assert.ok(printed.widest <= PRINT_WIDTH, `the print layout is ${printed.widest}px wide, wider than the ${PRINT_WIDTH}px page`);
        const lost = onScreen.filter((c) => c.visible && !onPaper.find((p) => p.index === c.index)?.visible);
        assert.deepEqual(lost.map((c) => c.label), [], 'every chart on screen is on paper');
        const tooWide = onPaper.filter((c) => c.visible && c.right > PRINT_WIDTH + 1);
        assert.deepEqual(tooWide.map((c) => `${c.label}: right edge at ${Math.round(c.right)}px`), [], 'charts fit the page width');

        // Dark on white, whatever the screen theme: colour contrast under print media.
        const axe = await runAxe(page, { runOnly: { type: 'rule', values: ['color-contrast'] } });
        const contrast = describeViolations(axe.violations);
        assert.deepEqual(contrast, [], `print contrast (${lang}, screen theme ${theme}):\n${contrast.join('\n')}`);

        if (theme === 'light') {
          await page.screenshot({ path: `${SHOTS}/print-${lang}-page1.png`, clip: { x: 0, y: 0, width: PRINT_WIDTH, height: A4.height } });
          await page.screenshot({ path: `${SHOTS}/print-${lang}-all.png`, fullPage: true });
        }
        const pdf = await page.pdf({ format: 'A4', margin: { top: '12mm', bottom: '12mm', left: '12mm', right: '12mm' } });
        const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
        if (theme === 'light') await writeFile(`${SHOTS}/print-${lang}.pdf`, pdf);
        console.log(`print ${lang}/${theme}: ${pages} A4 page(s), ${(pdf.length / 1000).toFixed(0)} kB PDF, ${onPaper.filter((c) => c.visible).length} chart(s), ${printed.paragraphs} paragraphs, smallest text ${printed.smallestText}px`);
        assert.ok(pages >= 1, 'page.pdf() produces pages');
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
  }
}
