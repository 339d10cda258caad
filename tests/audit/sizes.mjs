// Bundle sizes of a release build, as a markdown table for the README (`make bench`).
//
//   node tests/audit/sizes.mjs <dist>
//
// Raw bytes, gzip (level 9, what tests/e2e/budget.test.mjs budgets) and brotli (quality 11, what
// most CDNs serve) per kind of file, then what a reader of each language's page downloads by the
// end of the story: its HTML and what it references (one stylesheet, the loader, the bindings,
// and its Wasm, which loads once the reader acts or nears a lab).
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const gzipSize = (bytes) => gzipSync(bytes, { level: 9 }).length;
export const brotliSize = (bytes) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

const KINDS = { '.wasm': 'wasm', '.js': 'js', '.mjs': 'js', '.css': 'css', '.html': 'html' };

async function* walk(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}

/** Every file of `dist` with its kind and sizes. */
export async function measure(dist) {
  const files = [];
  for await (const path of walk(dist)) {
    const bytes = await readFile(path);
    files.push({
      path: relative(dist, path),
      kind: KINDS[extname(path)] ?? 'other',
      raw: bytes.length,
      gzip: gzipSize(bytes),
      brotli: brotliSize(bytes),
    });
  }
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
const sum = (files, key) => files.reduce((total, f) => total + f[key], 0);

/**
 * The files a reader of `page` (a path in `dist`) downloads by the end of the story: what the HTML
 * references (outside <noscript>), and what those scripts import or fetch by relative URL.
 */
export async function firstView(dist, page = 'index.html') {
  const seen = new Set();
  const visit = async (path) => {
    if (seen.has(path)) return;
    let text;
    try {
      text = await readFile(join(dist, path), 'utf8');
    } catch {
      return; // a directory link (hreflang alternates) or nothing there
    }
    seen.add(path);
    const base = path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '';
    const refs = path.endsWith('.html')
      ? [...text.replace(/<noscript>[\s\S]*?<\/noscript>/g, '').matchAll(/<(?:link|script)\b[^>]*?\b(?:href|src)="([^"]+)"/g)]
      : path.endsWith('.js')
        ? [...text.matchAll(/['"](\.{1,2}\/[^'"]+)['"]/g)]
        : [];
    for (const [, ref] of refs) {
      if (/^[a-z]+:|^#|^\/\//i.test(ref)) continue;
      const resolved = new URL(ref, `file:///${base}`).pathname.slice(1);
      if (!resolved.endsWith('/')) await visit(resolved);
    }
  };
  await visit(page);
  return [...seen];
}

export function table(files, firstViews) {
  const lines = ['| file | raw | gzip -9 | brotli |', '| --- | ---: | ---: | ---: |'];
  const line = (label, group) =>
    lines.push(`| ${label} | ${kb(sum(group, 'raw'))} | ${kb(sum(group, 'gzip'))} | ${kb(sum(group, 'brotli'))} |`);
  for (const kind of ['wasm', 'js', 'css', 'html']) {
    const group = files.filter((f) => f.kind === kind);
    if (group.length) line(`${kind} (${group.map((f) => f.path).join(', ')})`, group);
  }
  // What a reader of each language's page downloads (each loads only its own Wasm module).
  for (const [page, paths] of Object.entries(firstViews)) {
    const firstView = files.filter((f) => paths.includes(f.path));
    line(`**${page}, the whole story** (${firstView.map((f) => f.path).join(', ')})`, firstView);
  }
  return lines.join('\n');
}

async function main() {
  const dist = process.argv[2];
  if (!dist) {
    console.error('usage: node tests/audit/sizes.mjs <dist>');
    process.exit(2);
  }
  const files = await measure(dist);
  if (!files.some((f) => f.kind === 'wasm')) {
    console.error(`no .wasm file in ${dist}: is it a release build?`);
    process.exit(1);
  }
  console.log(`Bundle sizes of ${dist} (1 kB = 1000 bytes):\n`);
  const pages = ['index.html', 'en/index.html'];
  const views = Object.fromEntries(await Promise.all(pages.map(async (page) => [page, await firstView(dist, page)])));
  console.log(table(files, views));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
