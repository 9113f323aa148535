// The one cheap performance guard in make test: the gzipped size of what a
// browser loads first. Size is deterministic; timings belong to make bench.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { DIST } from './harness.mjs';

// The product's budget is 80 KB (docs/performance.md); the build is not there
// yet. This ceiling stops it from growing while it is cut down: lower it with
// every cut, never raise it without saying why in docs/performance.md.
// Raised from 160 KiB by this release, with where every kilobyte went in
// docs/performance.md: the privacy work (clinics.json read with serde,
// checks, expiry) about 21 KB, the clinic-grade health content in five
// languages about 23 KB, the hardening after an attack review about 5 KB.
// Loading languages on demand is the next cut.
const CEILING = 208 * 1024;
const BUDGET = 80 * 1024;

test('first-load transfer (html, js, wasm, css; gzip -9) stays under its ceiling', () => {
  const firstLoad = readdirSync(DIST).filter((f) => f !== 'embed.js' && /\.(html|js|wasm|css)$/.test(f));
  let total = 0;
  for (const file of firstLoad) {
    const bytes = gzipSync(readFileSync(`${DIST}${file}`), { level: 9 }).length;
    console.log(`${file}: ${bytes} bytes gzipped`);
    total += bytes;
  }
  console.log(`first load: ${total} bytes gzipped (budget ${BUDGET}, ceiling ${CEILING})`);
  assert.equal(firstLoad.length, 5, firstLoad.join(', '));
  assert.ok(total <= CEILING, `${total} bytes gzipped, over the ceiling of ${CEILING}`);
});
