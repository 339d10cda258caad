// A static file server for the release build, the way a news site's CDN would serve it.
// Options: a sub-path prefix, extra headers (the strict CSP, CORS for sandboxed embeds), and
// `gzip` (off by default) to compress responses the way a CDN does, for the Lighthouse benchmark.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
  "connect-src 'self'; frame-ancestors *; base-uri 'self'; form-action 'none'";

/**
 * Serves `root` under `prefix` (e.g. '/graphics/crash-night/') on 127.0.0.1 and a free port.
 * Resolves to { url, origin, close, requests } where requests lists every path asked for.
 */
export async function serve(root, { prefix = '/', headers = {}, port = 0, gzip = false } = {}) {
  const base = resolve(root);
  const requests = [];
  const server = createServer(async (req, res) => {
    let path;
    try {
      // Prefixed, not resolved against a base: `//x` is a path here, not another host.
      path = decodeURIComponent(new URL(`http://x${req.url}`).pathname);
    } catch {
      path = null; // a malformed escape such as %E0%A4%A: a bad request, not a crash
    }
    requests.push({ path: path ?? req.url, status: 0 });
    const entry = requests[requests.length - 1];
    const send = (status, body, type) => {
      entry.status = status;
      const compress = gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      const encoding = compress ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {};
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...encoding, ...headers });
      res.end(compress ? gzipSync(body, { level: 9 }) : body);
    };
    if (path === null) return send(400, 'bad request', 'text/plain');
    if (!path.startsWith(prefix)) return send(404, 'not found', 'text/plain');
    let file = normalize(join(base, path.slice(prefix.length)));
    if (!file.startsWith(base)) return send(403, 'forbidden', 'text/plain');
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      send(200, await readFile(file), TYPES[extname(file)] ?? 'application/octet-stream');
    } catch {
      send(404, 'not found', 'text/plain');
    }
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    url: origin + prefix,
    requests,
    close: () => new Promise((ok) => server.close(ok)),
  };
}
