// A static file server for dist/, on the loopback interface only: what
// `make serve` runs and what the end-to-end tests load the quiz from. It sends
// exactly the built files, gzip-compressed when the browser accepts it, like
// any static host or CDN would.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, extname, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

// Which pages may frame the quiz (docs/deploy.md). Under `make serve` and in
// the tests, pages on http://localhost (any port) — such as examples/clinic/
// — while the quiz itself is on 127.0.0.1: two origins, as in a real
// deployment. The quiz's own origin is left out, so a page beside it cannot
// frame it. A deployment lists its clinics' sites instead.
export const FRAME_ANCESTORS = 'http://localhost:*';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

/**
 * Serves `root` on 127.0.0.1:`port` (0 = any free port); resolves to { url, close }.
 * `frameAncestors` is the Content-Security-Policy header's frame-ancestors
 * value, or null for none (only tests that play a misconfigured host).
 */
export async function serve(root, port = 0, host = '127.0.0.1', { frameAncestors = FRAME_ANCESTORS } = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    let path;
    try {
      path = normalize(decodeURIComponent(new URL(req.url, 'http://host').pathname));
    } catch {
      res.writeHead(400).end();
      return;
    }
    const file = join(base, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    try {
      let body = await readFile(file);
      const headers = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        // Files are what their type says, never sniffed into something else.
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
      };
      if (frameAncestors) headers['content-security-policy'] = `frame-ancestors ${frameAncestors}`;
      if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        body = gzipSync(body, { level: 9 });
        headers['content-encoding'] = 'gzip';
      }
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain', 'x-content-type-options': 'nosniff' }).end('not found');
    }
  });
  await new Promise((ok) => server.listen(port, host, ok));
  const address = server.address();
  return { url: `http://${host}:${address.port}/`, close: () => new Promise((ok) => server.close(ok)) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [root = 'dist', port = '8080'] = process.argv.slice(2);
  const { url } = await serve(root, Number(port));
  console.log(`Gut–Skin Check is served at ${url} (Ctrl-C to stop)`);
}
