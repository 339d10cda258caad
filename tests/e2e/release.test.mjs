// What ships in the release build's modules: no test-only exports, no path of the machine that
// built it (panic locations name source files; the build remaps them to `crates/…`).
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
