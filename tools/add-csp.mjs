// After `trunk build`: writes the Content Security Policy into dist/index.html
// as a <meta http-equiv>, with a sha256 hash for every inline script Trunk
// generated, and prints the same policy as an HTTP header for hosts that
// prefer one. Run by `make build`; see docs/privacy.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';

const file = process.argv[2] ?? 'dist/index.html';
let html = readFileSync(file, 'utf8');

if (html.includes('http-equiv="Content-Security-Policy"')) {
  console.error(`${file} already has a Content-Security-Policy`);
  process.exit(1);
}

const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
const hashes = inline.map((code) => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`);

export const policy = [
  "default-src 'none'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
  "style-src 'self'",
  // The empty favicon is a data: URL; nothing else is an image from outside the page.
  'img-src data:',
  // The .wasm file is fetched.
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
// First in <head> after the charset, so it governs every element after it.
// (Minified, the attribute loses its quotes.)
html = html.replace(/(<meta charset="?utf-8"?>)/i, `$1\n    ${meta}`);
if (!html.includes(meta)) {
  console.error(`${file}: no <meta charset="utf-8"> to put the policy after`);
  process.exit(1);
}
writeFileSync(file, html);
console.log(`Content-Security-Policy: ${policy}`);
