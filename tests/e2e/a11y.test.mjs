// Accessibility of the release build:
// - axe-core finds no violation in either language, in the light and the dark theme (so colour
//   contrast is checked in both), with every disclosure (`[aria-expanded=false]`) opened first;
//   chart text, which axe cannot judge inside an <svg>, is measured against what lies beneath it;
// - Lighthouse's accessibility category scores 100 in either language (one run: deterministic);
// - the keyboard alone reaches every control, each focused element shows a visible focus
//   indicator and is scrolled into view, not hidden under the sticky masthead; sliders, switches,
//   radios and buttons work from the keyboard;
// - under prefers-reduced-motion nothing moves: no running animation after scrolling the whole
//   story and moving every slider, and no element with a non-zero transition or animation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SHOTS, openPage, useBrowser } from './browser.mjs';
import {
  PAGES, describeViolations, openAllDisclosures, runAxe, settle, svgTextContrast, waitForQueryApplied, waitForReady,
} from './checks.mjs';
import { runLighthouse } from '../audit/lighthouse.mjs';

const session = useBrowser();

// ---------------------------------------------------------------------------------------------
// axe-core, both languages, both themes

for (const [lang, path] of Object.entries(PAGES)) {
  for (const theme of ['light', 'dark']) {
    test(`axe: no violations, ${lang}, ${theme} theme, every disclosure open; chart text contrast AA`, async () => {
      const { context, page, problems } = await openPage(session.browser, { allowedOrigins: [session.server.origin] });
      try {
        await page.emulateMedia({ colorScheme: theme });
        await page.goto(`${session.server.url}${path}?theme=${theme}`);
        await waitForQueryApplied(page, { theme, problems });
        const opened = await openAllDisclosures(page);
        const result = await runAxe(page);
        console.log(
          `axe ${result.testEngine.version}, ${lang}/${theme}: ${opened} disclosure(s) opened, ` +
            `${result.passes.length} rules passed, ${result.violations.length} violated, ${result.incomplete.length} need review` +
            (result.incomplete.length ? ` (${result.incomplete.map((r) => `${r.id} ×${r.nodes.length}`).join(', ')})` : ''),
        );
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path: `${SHOTS}/a11y-${lang}-${theme}.png` });
        // axe leaves SVG text (charts) unjudged: measure it here, in the same theme.
        const chartText = await svgTextContrast(page);
        const lines = [...describeViolations(result.violations), ...chartText];
        assert.deepEqual(lines, [], `axe violations and chart text contrast (${lang}, ${theme}):\n${lines.join('\n')}`);
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Lighthouse accessibility category

for (const [lang, path] of Object.entries(PAGES)) {
  test(`Lighthouse accessibility score is 100 (${lang})`, async () => {
    const { lhr } = await runLighthouse(session.server.url + path, { onlyCategories: ['accessibility'] });
    const category = lhr.categories.accessibility;
    const failing = category.auditRefs
      .map((ref) => lhr.audits[ref.id])
      .filter((audit) => audit.score !== null && audit.score < 1)
      .map((audit) => {
        const where = (audit.details?.items ?? []).map((item) => item.node?.selector).filter(Boolean);
        return `${audit.id}: ${audit.title}${where.length ? ` at ${where.join(', ')}` : ''}`;
      });
    const score = Math.round(category.score * 100);
    console.log(`Lighthouse ${lhr.lighthouseVersion} accessibility (${lang}): ${score}`);
    assert.equal(score, 100, `Lighthouse accessibility is ${score}, not 100 (${lang}):\n${failing.join('\n')}`);
  });
}

// ---------------------------------------------------------------------------------------------
// Keyboard: reach, see and operate everything

/** Runs in the page: describes the focused element and whether its focus can be seen. */
function inspectFocus() {
  // How the element and its parts look: compared focused and blurred, a difference is a visible
  // focus state whatever draws it (a class set on focus, a stroke on an SVG mark...).
  // The parts: the element, its descendants, and the label next to a hidden native control (a
  // next sibling that is itself focusable would change look when focus moves on to it).
  const parts = (e) => {
    const next = e.nextElementSibling;
    const focusable = 'a[href], button, input, select, textarea, summary, [tabindex]';
    return [e, ...e.querySelectorAll('*'), next && !next.matches(focusable) ? next : null].filter(Boolean).slice(0, 300);
  };
  const look = (nodes) =>
    nodes.map((n) => {
      const s = getComputedStyle(n);
      return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.stroke, s.strokeWidth, s.fill, s.opacity,
        s.backgroundColor, s.borderColor, s.color, s.textDecorationLine].join('|');
    }).join(';');
  window.__kbChanged ??= {};
  if (window.__kbPrev?.isConnected) {
    const id = window.__kbPrev.dataset.kbSeen;
    window.__kbChanged[id] = look(window.__kbPrevParts) !== window.__kbPrevLook;
  }
  const el = document.activeElement;
  window.__kbPrev = null;
  if (!el || el === document.body || el === document.documentElement) return null;
  const describe = (e) =>
    e.tagName.toLowerCase() + (e.id ? `#${e.id}` : '') + [...e.classList].map((c) => `.${c}`).join('') +
    (e.getAttribute('type') ? `[type=${e.getAttribute('type')}]` : '') +
    (e.getAttribute('name') ? `[name=${e.getAttribute('name')}]` : '');
  const seen = (e) => {
    const rect = e.getBoundingClientRect();
    if (rect.width < 1 || rect.height < 1) return false;
    for (let a = e; a; a = a.parentElement) {
      const s = getComputedStyle(a);
      if (s.visibility === 'hidden' || s.display === 'none' || Number(s.opacity) === 0) return false;
    }
    return true;
  };
  const transparent = (color) => color === 'transparent' || /rgba\(.*,\s*0\)$/.test(color);
  const ring = (e) => {
    const s = getComputedStyle(e);
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 && !transparent(s.outlineColor);
    const shadow = s.boxShadow && s.boxShadow !== 'none';
    return outline || shadow;
  };
  // A visually hidden native control (a styled radio) shows its focus on the label next to it.
  const candidates = [el, el.nextElementSibling, el.closest('label'), el.parentElement].filter(Boolean);
  let indicator = candidates.find((c) => ring(c) && seen(c));
  if (!indicator) {
    // Otherwise a :focus / :focus-visible rule may draw the indicator some other way, e.g. a
    // stroke on an SVG mark's hit area (`.chart-mark:focus-visible .chart-hit`): accept a rule
    // that matches the element, a descendant or the label next to it and sets a visible
    // outline, shadow, stroke, border or background there.
    const rules = [];
    const collect = (list) => {
      for (const rule of list) {
        if (rule.media && !matchMedia(rule.media.mediaText).matches) continue;
        if (rule.selectorText && /:focus/.test(rule.selectorText)) rules.push(rule);
        else if (rule.cssRules) collect(rule.cssRules);
      }
    };
    for (const sheet of document.styleSheets) {
      try { collect(sheet.cssRules); } catch { /* a foreign sheet: none here */ }
    }
    const visual = (rule, node) => {
      const decl = rule.style;
      const s = getComputedStyle(node);
      if (decl.outlineStyle || decl.outline) return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
      if (decl.boxShadow) return s.boxShadow !== 'none';
      if (decl.stroke || decl.strokeWidth) return s.stroke !== 'none' && parseFloat(s.strokeWidth) > 0;
      return Boolean(decl.borderColor || decl.borderStyle || decl.border || decl.backgroundColor || decl.background || decl.textDecoration || decl.textDecorationLine);
    };
    const nodes = [el, ...el.querySelectorAll('*'), el.nextElementSibling, el.closest('label')].filter(Boolean);
    indicator = nodes.find((node) => seen(node) && rules.some((rule) => {
      try { return node.matches(rule.selectorText) && visual(rule, node); } catch { return false; }
    }));
  }
  const box = (indicator ?? el).getBoundingClientRect();
  const inViewport = box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
  // Not entirely hidden by something else, e.g. the sticky masthead (WCAG 2.2, 2.4.11).
  const mine = (hit) => hit && (el.contains(hit) || hit.contains(el) || indicator?.contains(hit));
  const points = [
    [box.left + box.width / 2, box.top + box.height / 2],
    [box.left + 2, box.top + 2], [box.right - 2, box.top + 2],
    [box.left + 2, box.bottom - 2], [box.right - 2, box.bottom - 2],
  ].filter(([x, y]) => x >= 0 && y >= 0 && x < innerWidth && y < innerHeight);
  const unobscured = points.some(([x, y]) => mine(document.elementFromPoint(x, y)));
  if (!el.dataset.kbSeen) el.dataset.kbSeen = String(document.querySelectorAll('[data-kb-seen]').length + 1);
  window.__kbPrev = el;
  window.__kbPrevParts = parts(el);
  window.__kbPrevLook = look(window.__kbPrevParts);
  const owner = el.parentElement?.closest('[id]');
  const name = describe(el) + (owner ? ` in #${owner.id}` : '');
  return { id: el.dataset.kbSeen, name, visibleFocus: Boolean(indicator), inViewport, unobscured };
}

/** Runs in the page: every control a reader could use, and whether Tab reached it. */
function keyboardTargets() {
  const selector =
    'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex="-1"]), [role=button], [role=switch], [role=slider], [role=checkbox], [role=tab]';
  // checkVisibility() also sees through a closed <details> (content-visibility: hidden).
  const visible = (e) => {
    const rect = e.getBoundingClientRect();
    return rect.width > 0 && rect.height > 0 && e.checkVisibility({ visibilityProperty: true }) && !e.closest('[inert], [hidden]');
  };
  const groups = new Map();
  const missed = [];
  for (const el of document.querySelectorAll(selector)) {
    if (el.disabled || el.classList.contains('skip-link') || !visible(el)) continue;
    const name = el.tagName.toLowerCase() + (el.id ? `#${el.id}` : '') + [...el.classList].map((c) => `.${c}`).join('');
    if (el.type === 'radio' && el.name) {
      // One stop per radio group: the group is reached when any of its radios was.
      const group = groups.get(el.name) ?? { reached: false, name: `radio group "${el.name}"` };
      group.reached ||= Boolean(el.dataset.kbSeen);
      groups.set(el.name, group);
    } else if (!el.dataset.kbSeen) {
      missed.push(`${name}: ${el.outerHTML.slice(0, 100)}`);
    }
  }
  for (const group of groups.values()) if (!group.reached) missed.push(group.name);
  return missed;
}

/** Collapses runs of equal lines: `a → a → a` becomes `a ×3`. */
function countRepeats(lines) {
  const out = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    if (last && last.line === line) last.count++;
    else out.push({ line, count: 1 });
  }
  return out.map(({ line, count }) => (count > 1 ? `${line} ×${count}` : line));
}

for (const width of [1280, 375]) {
  test(`keyboard: Tab reaches every control, each with a visible focus, in view (${width}px)`, async () => {
    const { context, page, problems } = await openPage(session.browser, { width, height: 800, allowedOrigins: [session.server.origin] });
    try {
      await page.goto(session.server.url);
      await waitForReady(page, problems);
      await settle(page);
      const order = [];
      const failures = [];
      for (let step = 0; step < 2000; step++) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(inspectFocus);
        if (!focus || order.some((f) => f.id === focus.id)) break; // left the page or came round again
        order.push(focus);
      }
      // Judged after the walk: whether an element looked different focused than blurred is
      // known once focus has moved on.
      const changed = await page.evaluate(() => window.__kbChanged ?? {});
      for (const focus of order) {
        if (!focus.visibleFocus && !changed[focus.id]) failures.push(`${focus.name}: no visible focus indicator (outline, box-shadow or any change of look)`);
        if (!focus.inViewport) failures.push(`${focus.name}: outside the viewport after focus`);
        else if (!focus.unobscured) failures.push(`${focus.name}: hidden under another element after focus`);
      }
      console.log(`Tab order at ${width}px (${order.length} stops): ${countRepeats(order.map((f) => f.name)).join(' → ')}`);
      assert.ok(order.length >= 2, 'Tab reaches at least the skip link and the language switch');
      const missed = await page.evaluate(keyboardTargets);
      const all = [...countRepeats(failures), ...missed.map((m) => `never reached by Tab: ${m}`)];
      assert.deepEqual(all, [], `keyboard focus at ${width}px:\n${all.join('\n')}`);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
}

/** Marks matching visible controls (only them) with `data-kb-op` ids; returns how many. */
async function markControls(page, selector) {
  return page.evaluate((sel) => {
    for (const el of document.querySelectorAll('[data-kb-op]')) delete el.dataset.kbOp;
    let n = 0;
    for (const el of document.querySelectorAll(sel)) {
      const rect = el.getBoundingClientRect();
      if (el.disabled || rect.width === 0 || rect.height === 0 || !el.checkVisibility({ visibilityProperty: true })) continue;
      el.dataset.kbOp = String(n++);
    }
    return n;
  }, selector);
}

/**
 * A control's value and range, and the markup of the lab panel (or section) around it: what a
 * reader sees change.
 */
const controlState = (locator) =>
  locator.evaluate((el) => {
    const native = el instanceof HTMLInputElement;
    return {
      value: native ? el.value : el.getAttribute('aria-valuenow'),
      // A range input without min/max runs from 0 to 100.
      min: native ? el.min || '0' : el.getAttribute('aria-valuemin'),
      max: native ? el.max || '100' : el.getAttribute('aria-valuemax'),
      html: (el.closest('.lab-panel') ?? el.closest('section') ?? document.body).outerHTML,
      // What the reader sees: a switch may only change which prewritten text the stylesheet shows.
      text: (el.closest('.lab-panel') ?? el.closest('section') ?? document.body).innerText,
    };
  });

test('keyboard: every slider, switch, radio group and button operates without a mouse', async () => {
  const { context, page, problems } = await openPage(session.browser, { allowedOrigins: [session.server.origin] });
  try {
    await page.goto(session.server.url);
    await waitForReady(page, problems);
    await settle(page);
    await openAllDisclosures(page);
    const failures = [];

    // Sliders: Home and End reach the ends of the range, and the page shows the change.
    const sliders = await markControls(page, 'input[type=range], [role=slider]');
    for (let i = 0; i < sliders; i++) {
      const slider = page.locator(`[data-kb-op="${i}"]`);
      if ((await slider.count()) === 0) continue;
      await slider.focus();
      await page.keyboard.press('End');
      await settle(page);
      const high = await controlState(slider);
      await page.keyboard.press('Home');
      await settle(page);
      const low = await controlState(slider);
      const name = await slider.evaluate((el) => el.id || el.getAttribute('aria-label') || el.outerHTML.slice(0, 80));
      if (Number(high.value) !== Number(high.max)) failures.push(`slider ${name}: End gave ${high.value}, not the maximum ${high.max}`);
      if (Number(low.value) !== Number(low.min)) failures.push(`slider ${name}: Home gave ${low.value}, not the minimum ${low.min}`);
      if (high.html === low.html) failures.push(`slider ${name}: moving it by keyboard changed nothing on the page`);
    }

    // Switches and checkboxes: Space toggles them.
    const switches = await markControls(page, '[role=switch], input[type=checkbox]');
    for (let i = 0; i < switches; i++) {
      const control = page.locator(`[data-kb-op="${i}"]`);
      const state = () => control.evaluate((el) => (el.type === 'checkbox' ? String(el.checked) : el.getAttribute('aria-checked')));
      const before = await state();
      await control.focus();
      await page.keyboard.press('Space');
      await settle(page);
      if ((await state()) === before) {
        failures.push(`switch ${await control.evaluate((el) => el.outerHTML.slice(0, 80))}: Space did not toggle it`);
      }
    }

    // Radio groups: an arrow key moves the choice, and the page shows it.
    const radios = await page.evaluate(() => {
      const names = new Set();
      for (const r of document.querySelectorAll('input[type=radio][name]')) if (r.getClientRects().length) names.add(r.name);
      return [...names];
    });
    for (const name of radios) {
      const group = page.locator(`input[type=radio][name="${name}"]`);
      const checked = page.locator(`input[type=radio][name="${name}"]:checked`);
      const start = (await checked.count()) ? checked.first() : group.first();
      await start.focus();
      const before = await controlState(start);
      await page.keyboard.press('ArrowRight');
      await settle(page);
      const now = page.locator(`input[type=radio][name="${name}"]:checked`);
      const after = (await now.count()) ? await controlState(now.first()) : { value: undefined, html: before.html, text: before.text };
      if (after.value === before.value) failures.push(`radio group ${name}: ArrowRight did not change the choice`);
      else if (after.html === before.html && after.text === before.text) failures.push(`radio group ${name}: changing the choice by keyboard changed nothing on the page`);
    }

    // Disclosures: Enter and Space toggle aria-expanded.
    const toggles = await markControls(page, 'button[aria-expanded], [role=button][aria-expanded]');
    for (let i = 0; i < toggles; i++) {
      const toggle = page.locator(`[data-kb-op="${i}"]`);
      const expanded = () => toggle.getAttribute('aria-expanded');
      const before = await expanded();
      await toggle.focus();
      await page.keyboard.press('Enter');
      await settle(page);
      const afterEnter = await expanded();
      await page.keyboard.press('Space');
      await settle(page);
      const afterSpace = await expanded();
      const name = await toggle.evaluate((el) => el.textContent.trim().slice(0, 40));
      if (afterEnter === before) failures.push(`disclosure "${name}": Enter did not toggle aria-expanded`);
      if (afterSpace !== before) failures.push(`disclosure "${name}": Space did not toggle aria-expanded back`);
    }

    // Every other button: Enter activates it (a click the page receives), the language switch last.
    const buttons = await markControls(page, 'button:not([aria-expanded]):not([data-testid=lang-switch]), [role=button]:not([aria-expanded])');
    await page.evaluate(() => {
      window.__kbClicks = [];
      document.addEventListener('click', (e) => window.__kbClicks.push(e.target.closest('[data-kb-op]')?.dataset.kbOp), true);
    });
    for (let i = 0; i < buttons; i++) {
      const button = page.locator(`[data-kb-op="${i}"]`);
      if ((await button.count()) === 0 || !(await button.isVisible())) continue;
      await button.focus();
      await page.keyboard.press('Enter');
      await settle(page);
      const clicked = await page.evaluate((id) => window.__kbClicks.includes(id), String(i));
      if (!clicked) failures.push(`button ${await button.evaluate((el) => el.outerHTML.slice(0, 80))}: Enter did not activate it`);
    }
    await page.focus('[data-testid=lang-switch]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('html[lang=en]');

    console.log(`operated by keyboard: ${sliders} slider(s), ${switches} switch(es), ${radios.length} radio group(s), ${toggles} disclosure(s), ${buttons} other button(s) and the language switch`);
    assert.deepEqual(failures, [], failures.join('\n'));
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

// ---------------------------------------------------------------------------------------------
// Reduced motion

/** Runs in the page: anything that could still move. */
function motionReport() {
  const moving = [];
  for (const el of [document.documentElement, ...document.querySelectorAll('body, body *')]) {
    const s = getComputedStyle(el);
    const seconds = (list) => list.split(',').map((t) => parseFloat(t) * (t.trim().endsWith('ms') ? 0.001 : 1));
    const name = el.tagName.toLowerCase() + (el.id ? `#${el.id}` : '') + [...el.classList].map((c) => `.${c}`).join('');
    if (seconds(s.transitionDuration).some((d) => d > 0)) moving.push(`${name}: transition ${s.transitionProperty} ${s.transitionDuration}`);
    if (s.animationName !== 'none' && seconds(s.animationDuration).some((d) => d > 0)) moving.push(`${name}: animation ${s.animationName}`);
  }
  const running = document.getAnimations().map((a) => `${a.constructor.name} on ${a.effect?.target?.tagName ?? '?'}: ${a.animationName ?? a.transitionProperty ?? a.id}`);
  return { running, moving: moving.slice(0, 20), scrollBehavior: getComputedStyle(document.documentElement).scrollBehavior };
}

for (const [lang, path] of Object.entries(PAGES)) {
  test(`prefers-reduced-motion: nothing animates or transitions (${lang})`, async () => {
    const { context, page, problems } = await openPage(session.browser, { reducedMotion: 'reduce', allowedOrigins: [session.server.origin] });
    try {
      await page.goto(session.server.url + path);
      await waitForReady(page, problems);
      assert.equal(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches), true);
      // Scroll the whole story in screen-sized steps (islands wake on the way).
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0; y <= height; y += 600) {
        await page.evaluate((top) => window.scrollTo(0, top), y);
        await settle(page);
      }
      const afterScroll = await page.evaluate(motionReport);
      // Interaction must not animate either: move every slider to its ends.
      const sliders = page.locator('input[type=range]');
      for (let i = 0; i < (await sliders.count()); i++) {
        if (!(await sliders.nth(i).isVisible())) continue;
        await sliders.nth(i).focus();
        await page.keyboard.press('End');
        await page.keyboard.press('Home');
      }
      await settle(page);
      const afterInput = await page.evaluate(motionReport);
      assert.deepEqual(afterScroll.running, [], `animations running after scrolling: ${afterScroll.running.join('; ')}`);
      assert.deepEqual(afterInput.running, [], `animations running after moving sliders: ${afterInput.running.join('; ')}`);
      assert.deepEqual(afterInput.moving, [], `elements with a transition or animation:\n${afterInput.moving.join('\n')}`);
      assert.equal(afterInput.scrollBehavior, 'auto', 'no smooth scrolling under reduced motion');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
}
