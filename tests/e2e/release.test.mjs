// What ships in the release build's modules: no test-only exports, no path of the machine that
// built it (panic locations name source files; the build remaps them to `crates/…`), and none of
// the story's prose (it is static HTML written at build time; only the islands are in the Wasm).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { DIST, HOOKS_DIST } from './browser.mjs';

const filesEnding = async (dir, ending) =>
  (await readdir(dir)).filter((name) => name.endsWith(ending)).map((name) => `${dir}/${name}`);

test('the shipped modules export no test hooks; the hooks build does', async () => {
  for (const [dir, expected] of [[DIST, false], [HOOKS_DIST, true]]) {
    const glue = (await filesEnding(dir, '.js')).filter((file) => /crash-night-[0-9a-f]+\.js$/.test(file));
    assert.equal(glue.length, 2, `${dir}: one module per language`);
    for (const file of glue) {
      const text = await readFile(file, 'utf8');
      for (const hook of ['force_panic_for_tests', 'embed_state_for_tests']) {
        assert.equal(text.includes(hook), expected, `${file}: ${hook} ${expected ? 'missing' : 'shipped'}`);
      }
    }
  }
});

test('no machine path is in the shipped Wasm', async () => {
  const forbidden = [homedir(), process.cwd(), '.cargo/registry', '/home/', '/root/'];
  for (const file of await filesEnding(DIST, '.wasm')) {
    const text = (await readFile(file)).toString('latin1');
    for (const path of forbidden) assert.ok(!text.includes(path), `${file} contains ${path}`);
    assert.ok(text.includes('crates/yew-0.23.0/'), `${file}: dependency paths are remapped, not dropped`);
  }
});

// core's float printing (about 15 kB) came in only through `f64::clamp`'s panic message, which
// prints its bounds; the code clamps with crate::decimal::clamp (clippy.toml forbids the other).
test('the shipped Wasm carries no float-printing panic message', async () => {
  for (const file of await filesEnding(DIST, '.wasm')) {
    const text = (await readFile(file)).toString('latin1');
    assert.ok(!text.includes('min > max, or either was NaN'), `${file}: f64::clamp is back`);
  }
});

/** The longest run of plain text in each paragraph of each section's prose, the labs' included. */
function proseRuns(html) {
  const runs = [];
  for (const [, id, prose] of html.matchAll(/<section id="([a-z-]+)"[^>]*class="section (?:story-section|lab)"[^>]*>[\s\S]*?<div class="prose">([\s\S]*?)<\/div>/g)) {
    for (const [, paragraph] of prose.matchAll(/<p>([\s\S]*?)<\/p>/g)) {
      // Text between figures and times, which the copy holds as placeholders.
      const longest = paragraph
        .split(/<[^>]+>[^<]*<\/[^>]+>|<[^>]+>/)
        .map((run) => run.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#39;', "'").trim())
        .sort((a, b) => b.length - a.length)[0];
      if (longest && longest.length >= 12) runs.push({ id, text: longest });
    }
  }
  return runs;
}

test('the shipped Wasm carries none of the story\'s prose', async () => {
  const pages = { zh: `${DIST}/index.html`, en: `${DIST}/en/index.html` };
  const modules = await filesEnding(DIST, '.wasm');
  const bytes = await Promise.all(modules.map((file) => readFile(file)));
  for (const [lang, page] of Object.entries(pages)) {
    const html = await readFile(page, 'utf8');
    // The search works: a lab's button (an island's copy) is found in one module.
    const button = html.match(/class="cascade-calibrate"[^>]*>([^<]+)</)[1].trim();
    assert.ok(bytes.some((module) => module.indexOf(Buffer.from(button, 'utf8')) >= 0), `${lang}: "${button}" not found in any module`);
    const runs = proseRuns(html);
    const sections = new Set(runs.map((run) => run.id));
    const withProse = html.match(/class="section (?:story-section|lab)"/g).length;
    assert.equal(sections.size, withProse, `${lang}: prose of ${sections.size} of ${withProse} sections found in the page`);
    for (const { id, text } of runs) {
      for (const [i, module] of bytes.entries()) {
        assert.equal(module.indexOf(Buffer.from(text, 'utf8')), -1, `${modules[i]} carries ${lang} prose of #${id}: "${text}"`);
      }
    }
  }
});
