// The narrative sections in the release build: every section renders in both languages, deep
// links land on their section, the contents follow the reader, the time-zone switch rewrites the
// clock and the prose, a chart's data table equals its CSV.
// Writes an element screenshot of every section at 375 px and 1280 px in both languages to
// target/screenshots/section-<slug>-<lang>-<width>.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { text } from 'node:stream/consumers';
import { SHOTS, openPage, waitForApp, useBrowser } from './browser.mjs';
import { PAGES, settle } from './checks.mjs';

const SLUGS = [
  'opening', 'crypto', 'liquidations', 'leverage', 'markets', 'havens', 'margin', 'account', 'cascade',
  'closing', 'sources',
];
const session = useBrowser();

/** Opens `path` (relative to the site root) at `width`, waits for the app; returns the page. */
async function open(path, { width = 1280, height = 900 } = {}) {
  const { context, page, problems } = await openPage(session.browser, { width, height, allowedOrigins: [session.server.origin] });
  await page.goto(session.server.url + path);
  await waitForApp(page);
  await settle(page);
  return { context, page, problems };
}

/** Scrolls `selector` to the middle of the viewport and lets observers and yew catch up. */
async function centre(page, selector) {
  await page.evaluate((s) => document.querySelector(s).scrollIntoView({ block: 'center', behavior: 'instant' }), selector);
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  await settle(page);
}

for (const [lang, path] of Object.entries(PAGES)) {
  test(`every section renders with its heading, prose and sources (${lang})`, async () => {
    const { context, page, problems } = await open(path);
    try {
      const sections = await page.$$eval('main > section', (nodes) =>
        nodes.map((s) => ({
          id: s.id,
          h2: s.querySelectorAll('h2').length,
          heading: s.querySelector('h2')?.textContent.trim() ?? '',
          text: s.textContent.length,
        })),
      );
      assert.deepEqual(sections.map((s) => s.id), SLUGS);
      for (const s of sections) {
        assert.equal(s.h2, 1, `${s.id}: one h2`);
        assert.ok(s.heading.length > 1, `${s.id}: heading text`);
        assert.ok(s.text > 80, `${s.id}: has content`);
      }
      // Figures in prose are styled, charts have text alternatives and sources.
      assert.ok((await page.locator('.prose .figure-number').count()) > 30);
      const frames = await page.$$eval('figure.chart-frame', (nodes) =>
        nodes.map((f) => ({
          id: f.id,
          desc: f.querySelector('.chart-frame-desc')?.textContent.trim().length ?? 0,
          source: f.querySelector('.chart-frame-source')?.textContent.trim().length ?? 0,
        })),
      );
      assert.ok(frames.length >= 5, `${frames.length} chart frames`);
      for (const f of frames) {
        assert.ok(f.desc > 10 && f.source > 3, `${f.id}: description and source line`);
      }
      const body = await page.textContent('main');
      for (const broken of ['NaN', 'undefined', 'Infinity', '{']) {
        assert.ok(!body.includes(broken), `"${broken}" in the story`);
      }
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test(`a deep link lands on its section (${lang})`, async () => {
    for (const slug of ['havens', 'closing', 'sources']) {
      const { context, page, problems } = await open(`${path}#${slug}`);
      try {
        const top = await page.$eval(`#${slug}`, (el) => el.getBoundingClientRect().top);
        assert.ok(top >= -2 && top < 120, `#${slug} is at ${top}px from the top`);
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    }
  });
}

test('a deep link survives the query being applied after hydration (?lang=en#closing)', async () => {
  const { context, page, problems } = await open('?lang=en#closing');
  try {
    await page.waitForSelector('html[lang=en]');
    await settle(page);
    assert.match(await page.textContent('#closing h2'), /[A-Za-z]/);
    const top = await page.$eval('#closing', (el) => el.getBoundingClientRect().top);
    assert.ok(top >= -2 && top < 120, `#closing is at ${top}px from the top`);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('on a phone nothing is wider than the screen', async () => {
  const { context, page, problems } = await open('en/', { width: 375, height: 740 });
  try {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the phone`);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('the contents mark the section being read and the progress bar follows', async () => {
  const { context, page, problems } = await open('');
  try {
    await centre(page, '#markets h2');
    await page.waitForSelector('.toc a[href="#markets"][aria-current=location]', { state: 'attached' });
    assert.equal(await page.locator('.toc a[aria-current]').count(), 1);
    const scale = await page.$eval('.progress', (el) => new DOMMatrix(getComputedStyle(el).transform).a);
    assert.ok(scale > 0.05 && scale < 0.95, `progress ${scale}`);
    // The contents open, and a link jumps to its section and closes them.
    await page.click('.toc-summary');
    await page.click('.toc a[href="#havens"]');
    await page.waitForFunction(() => Math.abs(document.querySelector('#havens').getBoundingClientRect().top) < 120);
    assert.equal(await page.$eval('.toc', (el) => el.open), false);
    assert.match(page.url(), /#havens$/);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('the time-zone switch changes the clock and the prose, and the URL', async () => {
  const { context, page, problems } = await open('en/');
  try {
    // What the reader sees: both clocks are in the page, the stylesheet shows the chosen one.
    const ticks = () => page.$$eval('[data-testid=night-clock] .chart-tick-label', (nodes) => nodes.filter((n) => n.getBoundingClientRect().width > 0).map((n) => n.textContent));
    const before = await ticks();
    assert.ok(before.includes('6 Feb') && before.includes('12:00'), before.join(' | '));
    const proseBefore = await page.innerText('#crypto .prose');
    assert.match(proseBefore, /6 Feb, 06:30 Beijing/);
    assert.doesNotMatch(proseBefore, /17:30 ET/);
    await centre(page, '[data-testid=tz-switch]');
    await page.click('label[for="clock-tz-et"]');
    await page.waitForFunction(() => document.documentElement.dataset.tz === 'et');
    // The clock's hours move with it (the prices stay).
    const after = await ticks();
    assert.notDeepEqual(after, before);
    assert.ok(after.includes('5 Feb'), after.join(' | '));
    assert.match(page.url(), /[?&]tz=et\b/);
    // The prose carries both clocks; the one chosen is the one shown.
    const prose = await page.innerText('#crypto .prose');
    assert.match(prose, /5 Feb, 17:30 ET/);
    assert.doesNotMatch(prose, /06:30 Beijing/);
    // Dates keep their own zone.
    assert.match(prose, /Mon 2 Feb/);
    // A link with the choice opens with it.
    const again = await open('en/?tz=et');
    try {
      await again.page.waitForFunction(() => document.documentElement.dataset.tz === 'et');
      assert.ok(await again.page.isChecked('#clock-tz-et'));
      assert.match(await again.page.innerText('#crypto .prose'), /5 Feb, 17:30 ET/);
      assert.deepEqual(again.problems, []);
    } finally {
      await again.context.close();
    }
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

/** A CSV (RFC 4180, BOM, CRLF) as rows of cells. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\r' && src[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else cell += c;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

for (const [lang, path] of Object.entries(PAGES)) {
  test(`a chart's "show the data" table matches its CSV (${lang})`, async () => {
    const { context, page, problems } = await open(path);
    try {
      for (const id of ['chart-night-clock', 'chart-moves', 'chart-etf-flows', 'chart-fear']) {
        const frame = page.locator(`#${id}`);
        await frame.scrollIntoViewIfNeeded();
        const toggle = frame.locator('.chart-frame-toggle');
        await toggle.click();
        await page.waitForSelector(`#${id}-data:not([hidden])`);
        const table = await page.$$eval(`#${id}-data tbody tr`, (rows) =>
          rows.map((r) => [...r.children].map((c) => c.textContent.trim())),
        );
        const headers = await page.$$eval(`#${id}-data thead th`, (cells) => cells.map((c) => c.textContent.trim()));
        // The file is built on click: take it from the browser's download.
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          frame.locator('.chart-frame-download').click(),
        ]);
        assert.equal(download.suggestedFilename(), `${id}.csv`);
        const csv = parseCsv(await text(await download.createReadStream()));
        const [header, ...records] = csv;
        assert.equal(records.length, table.length, `${id}: one CSV row per table row`);
        // CSV columns: label, group, value, display, source, note; the table shows label,
        // [group], display, source, [note].
        const hasGroup = headers.includes(header[1]);
        const hasNote = headers.includes(header[5]);
        records.forEach((r, i) => {
          const expected = [r[0], ...(hasGroup ? [r[1]] : []), r[3], r[4], ...(hasNote ? [r[5]] : [])];
          assert.deepEqual(table[i], expected, `${id} row ${i}`);
        });
      }
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
}

for (const [lang, path] of Object.entries(PAGES)) {
  for (const width of [375, 1280]) {
    test(`screenshots of every section, ${lang}, ${width}px`, async () => {
      const { context, page, problems } = await open(path, { width, height: width < 500 ? 740 : 900 });
      try {
        // The sticky masthead would be photographed wherever the capture scrolled to.
        await page.addStyleTag({ content: '.masthead { visibility: hidden !important; }' });
        for (const slug of SLUGS) {
          const section = page.locator(`#${slug}`);
          await section.scrollIntoViewIfNeeded();
          await settle(page);
          const box = await section.boundingBox();
          assert.ok(box && box.height > 100, `${slug} has a height`);
          const wide = await page.$eval(`#${slug}`, (el) =>
            [...el.querySelectorAll('*')]
              .filter((n) => n.offsetParent !== null && !n.closest('.table-scroll, .chart-frame-data, .lab-tiers'))
              .map((n) => n.getBoundingClientRect())
              .some((r) => r.right > window.innerWidth + 1 || r.left < -1),
          );
          assert.ok(!wide, `${slug} (${lang}, ${width}px): something sticks out of the viewport`);
          await section.screenshot({ path: `${SHOTS}/section-${slug}-${lang}-${width}.png` });
        }
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
  }
}
