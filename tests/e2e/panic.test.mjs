// The panic fallback on the release build: a Wasm panic (forced through the test-only export
// `force_panic_for_tests` of the `test-hooks` build) is reported on the console, marks `html[data-panicked]`, and every
// interactive panel (`.lab-panel`) gives way to a `p.panic-fallback[role=alert]` note in the
// page's language, in the same place, while the story itself stays readable.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';
import { HOOKS_DIST, SHOTS, openPage, useBrowser } from './browser.mjs';
import { PAGES, settle, waitForReady } from './checks.mjs';

const session = useBrowser({ serveBuild: false });

for (const [lang, path] of Object.entries(PAGES)) {
  test(`a forced panic swaps every lab panel for the fallback note and keeps the story (${lang})`, async () => {
    const server = await serve(HOOKS_DIST);
    const { context, page, problems } = await openPage(session.browser, { allowedOrigins: [server.origin] });
    try {
      await page.goto(server.url + path);
      await waitForReady(page, problems);
      await settle(page);
      // Remember where each panel sits: its parent and its place among the parent's children.
      const panels = await page.evaluate(() => {
        const found = [...document.querySelectorAll('.lab-panel')];
        if (found.length === 0) {
          // No lab is on the page yet: plant one in the last section so the swap is still exercised.
          const planted = document.createElement('div');
          planted.className = 'lab-panel';
          planted.dataset.planted = '';
          document.querySelector('main#story section.section:last-of-type').append(planted);
          found.push(planted);
        }
        return found.map((panel, i) => {
          panel.parentElement.dataset.panelParent = (panel.parentElement.dataset.panelParent ?? '') + ` ${i}`;
          return { index: [...panel.parentElement.children].indexOf(panel), planted: 'planted' in panel.dataset };
        });
      });
      const storyBefore = await page.locator('main#story').innerText();

      const thrown = await page.evaluate(() => {
        try {
          window.wasmBindings.force_panic_for_tests();
          return null;
        } catch (err) {
          return String(err);
        }
      });
      assert.ok(thrown, 'the forced panic stops the Wasm call');
      // The hook runs synchronously inside the panicking call, so the mark is there already.
      const marked = await page.locator('html[data-panicked]').count();
      assert.equal(marked, 1, `html[data-panicked] is set by the app's panic hook; the console showed instead:\n${problems.join('\n').slice(0, 600)}`);

      const panicLogs = problems.filter((p) => /^console error: crash-night panicked: .*forced by the end-to-end test/s.test(p));
      assert.equal(panicLogs.length, 1, `one "crash-night panicked" console error, got:\n${problems.join('\n')}`);
      const others = problems.filter((p) => !panicLogs.includes(p));
      assert.deepEqual(others, [], 'nothing else went wrong');

      const after = await page.evaluate((count) => {
        const notes = [...document.querySelectorAll('p.panic-fallback[role=alert]')];
        const placed = [];
        for (let i = 0; i < count; i++) {
          const parent = [...document.querySelectorAll('[data-panel-parent]')].find((p) => p.dataset.panelParent.split(' ').includes(String(i)));
          placed.push(parent ? [...parent.children].filter((c) => c.matches('p.panic-fallback')).map((c) => [...parent.children].indexOf(c)) : null);
        }
        return { panels: document.querySelectorAll('.lab-panel').length, notes: notes.map((n) => n.innerText.trim()), placed };
      }, panels.length);
      assert.equal(after.panels, 0, 'no lab panel is left');
      assert.equal(await page.locator('.lab-guess').filter({ visible: true }).count(), 0, 'the guess outside the panel is hidden too');
      assert.equal(after.notes.length, panels.length, `one fallback note per lab panel (${panels.length})`);
      panels.forEach((panel, i) => {
        assert.ok(after.placed[i]?.includes(panel.index), `the note for panel ${i} sits where the panel was`);
      });
      for (const note of after.notes) {
        assert.ok(note.length > 10, 'the fallback note says something');
        if (lang === 'zh') assert.match(note, /[\u4e00-\u9fff]/, 'the note is in Chinese on the Chinese page');
        else assert.doesNotMatch(note, /[\u4e00-\u9fff]/, 'the note is in English on the English page');
      }

      // The story is still there and visible.
      assert.ok(await page.locator('main#story').isVisible(), 'main#story is visible');
      const headings = page.locator('main#story section.section h2');
      assert.ok((await headings.count()) > 0, 'section headings remain');
      assert.ok(await headings.first().isVisible(), 'the first section heading is visible');
      if (await page.locator('.hero h1').count()) assert.ok(await page.locator('.hero h1').isVisible(), 'the title is visible');
      const storyAfter = await page.locator('main#story').innerText();
      const surviving = storyBefore.split('\n').filter((line) => line.trim() && storyAfter.includes(line.trim()));
      assert.ok(surviving.length > 0, 'the story text survives');
      await page.locator('p.panic-fallback').first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/panic-${lang}.png` });
      console.log(`panic (${lang}): ${panels.length} panel(s) replaced${panels.some((p) => p.planted) ? ' (a planted one: no lab on the page yet)' : ''}; thrown: ${thrown}`);
    } finally {
      await context.close();
      await server.close();
    }
  });
}
