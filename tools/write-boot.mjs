// Before `trunk build` (a Trunk hook): writes target/boot.js, the start-up
// script index.html loads, from boot.js with the session-storage keys it
// reads put in from their one definition, the constants in
// src/web/storage.rs. Fails, and so stops the build, if a constant or a
// placeholder is missing.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const [source = 'boot.js', rust = 'src/web/storage.rs', out = 'target/boot.js'] = process.argv.slice(2);
const rustText = readFileSync(rust, 'utf8');
let boot = readFileSync(source, 'utf8');

function fail(message) {
  console.error(`write-boot: ${message}`);
  process.exit(1);
}

for (const [placeholder, constant] of [
  ['STORAGE_KEY_ANSWERS', 'ANSWERS_KEY'],
  ['STORAGE_KEY_LANGUAGE', 'LANGUAGE_KEY'],
]) {
  const found = rustText.match(new RegExp(`^const ${constant}: &str = ("[^"\\\\]+");$`, 'm'));
  if (!found) fail(`no \`const ${constant}: &str = "…";\` in ${rust}`);
  const count = boot.split(placeholder).length - 1;
  if (count !== 1) fail(`expected ${placeholder} once in ${source}, found it ${count} times`);
  boot = boot.replace(placeholder, () => found[1]);
}
if (boot.includes('STORAGE_KEY_')) fail(`${source} has a placeholder this script does not know`);

mkdirSync(out.replace(/\/[^/]*$/, ''), { recursive: true });
writeFileSync(out, boot);
