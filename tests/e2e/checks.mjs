// Shared checks for the accessibility, robustness, budget and print tests: axe, disclosures,
// settling after the URL query is applied, text that betrays a broken number, overflow.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { wake } from './browser.mjs';

const require = createRequire(import.meta.url);
export const AXE_PATH = require.resolve('axe-core/axe.min.js');

/** The page languages and where each lives in the build. */
export const PAGES = { zh: '', en: 'en/' };

/**
 * Resolves once everything queued before it has rendered: the app applies the URL query in an
 * effect after hydration, so `html[data-ready]` can appear one render before the query shows.
 * Two animation frames (plus a macrotask) after the app is ready, yew's scheduler has flushed.
 */
export async function settle(page) {
  await page.evaluate(
    () => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(ok, 0)))),
  );
}

/**
 * Wakes the app and waits until it has mounted (`html[data-ready]`), failing at once, with the console's
 * story, if it panicked on the way (`html[data-panicked]`) rather than after a long timeout.
 */
export async function waitForReady(page, problems = []) {
  await wake(page);
  await page.waitForSelector('html[data-ready], html[data-panicked]', { state: 'attached', timeout: 30000 });
  if (await page.locator('html[data-panicked]').count()) {
    throw new Error(`the app panicked while starting:\n${problems.join('\n').slice(0, 1200)}`);
  }
}

/** Waits for the app, then for the theme or language the URL asked for, then for rendering. */
export async function waitForQueryApplied(page, { theme, lang, problems } = {}) {
  await waitForReady(page, problems);
  if (theme === 'dark' || theme === 'light') await page.waitForSelector(`html[data-theme=${theme}]`);
  if (lang === 'en') await page.waitForSelector('html[lang=en]');
  if (lang === 'zh') await page.waitForSelector('html[lang=zh-CN]');
  await settle(page);
}

const COLOUR_MATH = readFileSync(new URL('./colour-math.js', import.meta.url), 'utf8');

/** Defines `globalThis.__colourMath` (tests/e2e/colour-math.js) in the page, once per document. */
export async function installColourMath(page) {
  await page.evaluate(COLOUR_MATH);
}

/**
 * Clicks every visible `[aria-expanded=false]` control (e.g. "show the data" toggles) until
 * none is left (opening one may reveal more), then opens every <details>, so axe sees every
 * panel open. Returns how many it opened; throws, naming the control, when one does not flip
 * to expanded.
 */
export async function openAllDisclosures(page, { maxClicks = 200 } = {}) {
  let opened = 0;
  while (opened < maxClicks) {
    const target = page.locator('[aria-expanded=false]:visible').first();
    if ((await target.count()) === 0) break;
    const handle = await target.elementHandle();
    const label = await handle.evaluate((el) => `${el.outerHTML.slice(0, 120)}`);
    await handle.scrollIntoViewIfNeeded();
    // A DOM click, not a mouse click: a toggle can move while the page scrolls to it (an island
    // waking above it), and a mouse click would wait for it to hold still.
    await handle.evaluate((el) => el.click());
    await page
      .waitForFunction((el) => !el.isConnected || el.getAttribute('aria-expanded') !== 'false', handle, { timeout: 5000 })
      .catch(() => {
        throw new Error(`clicking ${label} did not set aria-expanded=true`);
      });
    opened++;
  }
  // Native disclosures too: the table of contents, the tier tables.
  opened += await page.evaluate(() => {
    const closed = [...document.querySelectorAll('details:not([open])')].filter((d) => d.checkVisibility());
    closed.forEach((d) => (d.open = true));
    return closed.length;
  });
  await settle(page);
  return opened;
}

/** Injects axe-core (once per document) and runs it; `options` go to `axe.run`. */
export async function runAxe(page, options = {}) {
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) {
    await page.addScriptTag({ path: AXE_PATH });
  }
  return page.evaluate((opts) => window.axe.run(document, opts), options);
}

/** One line per violation and node: rule id, selector, message. */
export function describeViolations(violations) {
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}) at ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ') ?? v.help}`),
  );
}

/** Words that mean a number broke on its way to the screen. */
export const BROKEN_NUMBER = /\b(NaN|Infinity|undefined)\b|-Infinity|∞/;

/** The visible text around each broken number on the page, empty when there is none. */
export async function brokenNumbers(page) {
  return page.evaluate((source) => {
    const pattern = new RegExp(source, 'g');
    const text = document.body.innerText;
    return [...text.matchAll(pattern)].map((m) => text.slice(Math.max(0, m.index - 40), m.index + 40).replace(/\s+/g, ' '));
  }, BROKEN_NUMBER.source);
}

/**
 * Horizontal overflow: how far the page is wider than the viewport, and the visible elements
 * poking past the right edge that no scrolling container clips (a wide table in a scroller is
 * fine; a number spilling out of its card is not).
 */
export async function horizontalOverflow(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const clipped = (node) => {
      for (let a = node.parentElement; a && a !== document.body; a = a.parentElement) {
        if (getComputedStyle(a).overflowX !== 'visible') return true;
      }
      return false;
    };
    const describe = (el) =>
      el.tagName.toLowerCase() + (el.id ? `#${el.id}` : '') + [...el.classList].map((c) => `.${c}`).join('');
    const offenders = [];
    for (const el of document.body.querySelectorAll('*')) {
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0 || rect.right <= width + 1) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.position === 'fixed') continue;
      if (clipped(el)) continue;
      offenders.push(`${describe(el)} reaches ${Math.round(rect.right)}px`);
    }
    // Text that does not wrap can spill out of a box that itself fits (white-space: nowrap).
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent.trim()) continue;
      range.selectNodeContents(node);
      const rect = range.getBoundingClientRect();
      if (rect.width === 0 || rect.right <= width + 1 || clipped(node)) continue;
      if (getComputedStyle(parent).visibility === 'hidden') continue;
      offenders.push(`text "${node.textContent.trim().slice(0, 40)}" in ${describe(parent)} reaches ${Math.round(rect.right)}px`);
    }
    return { excess: document.documentElement.scrollWidth - width, offenders: offenders.slice(0, 10) };
  });
}

/**
 * Colour contrast of SVG chart text, which axe cannot judge (it treats an <svg> as an image):
 * WCAG 2.2 AA, 4.5:1, or 3:1 for large text (24px, or 18.66px bold, as rendered). The text's
 * fill is composed over what lies beneath it at its centre: the filled shapes under it (bars,
 * zones, with their opacity) over the first opaque page background, unless a halo (a stroke
 * painted first in a solid colour) sits between. Scrolls each chart into view to hit-test it.
 * Returns one line per failing text.
 */
export async function svgTextContrast(page) {
  await installColourMath(page);
  const count = await page.evaluate(() => {
    const charts = [...document.querySelectorAll('main svg')].filter((svg) => !svg.parentElement.closest('svg'));
    charts.forEach((svg, i) => (svg.dataset.contrastIndex = String(i)));
    return charts.length;
  });
  const failures = [];
  for (let i = 0; i < count; i++) {
    const found = await page.evaluate((index) => {
      const svg = document.querySelector(`svg[data-contrast-index="${index}"]`);
      if (!svg || !svg.checkVisibility()) return [];
      svg.scrollIntoView({ block: 'center' });
      const { rgba, over, ratio } = globalThis.__colourMath;
      const pageBackground = (el) => {
        const layers = [];
        for (let a = el; a; a = a.parentElement) {
          const bg = rgba(getComputedStyle(a).backgroundColor);
          if (bg[3] > 0) layers.push(bg);
          if (bg[3] >= 1) break;
        }
        return layers.reverse().reduce((below, layer) => over(layer, below), [255, 255, 255, 1]);
      };
      const paintAlpha = (el, prop) => {
        let alpha = parseFloat(getComputedStyle(el)[prop === 'fill' ? 'fillOpacity' : 'strokeOpacity']) || 0;
        for (let a = el; a && a !== svg.parentElement; a = a.parentElement) alpha *= parseFloat(getComputedStyle(a).opacity);
        return alpha;
      };
      const out = [];
      for (const text of svg.querySelectorAll('text')) {
        const content = text.textContent.trim();
        const box = text.getBoundingClientRect();
        if (!content || box.width === 0 || !text.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
        const style = getComputedStyle(text);
        const fg = rgba(style.fill);
        fg[3] *= paintAlpha(text, 'fill');
        if (fg[3] === 0) continue;
        const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
        if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
        let background = pageBackground(svg);
        const halo = style.stroke !== 'none' && parseFloat(style.strokeWidth) >= 2 && style.paintOrder.startsWith('stroke') ? rgba(style.stroke) : null;
        if (halo && halo[3] * paintAlpha(text, 'stroke') >= 1) {
          background = halo;
        } else {
          const beneath = document.elementsFromPoint(x, y).filter((el) => el !== text && !text.contains(el) && svg.contains(el) && el !== svg && el.tagName !== 'g' && el.tagName !== 'text');
          for (const shape of beneath.reverse()) {
            const fill = rgba(getComputedStyle(shape).fill);
            fill[3] *= paintAlpha(shape, 'fill');
            if (fill[3] > 0) background = over(fill, background);
          }
        }
        const color = over(fg, background);
        const size = parseFloat(style.fontSize) * (text.getScreenCTM()?.a ?? 1);
        const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
        const needed = large ? 3 : 4.5;
        const measured = ratio(color, background);
        if (measured < needed) {
          const hex = (c) => '#' + c.slice(0, 3).map((v) => Math.round(v).toString(16).padStart(2, '0')).join('');
          const owner = svg.closest('[id]')?.id;
          out.push(`svg-text-contrast at #${owner} text.${[...text.classList].join('.')} "${content.slice(0, 30)}": ${measured.toFixed(2)}:1 (${hex(color)} on ${hex(background)}, ${size.toFixed(1)}px), needs ${needed}:1`);
        }
      }
      return out;
    }, i);
    failures.push(...found);
  }
  return failures;
}
