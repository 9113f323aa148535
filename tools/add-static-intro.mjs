// After `trunk build`: puts the English intro, drawn at build time by the
// quiz's own components (examples/prerender.rs), into dist/index.html, so the
// first screen is painted before the WebAssembly arrives. Its buttons wait,
// disabled, until the quiz replaces the whole intro with its live one.
// Every edit checks that it happened: if the markup changes shape, the build
// stops here instead of shipping a page without its intro.
import { readFileSync, writeFileSync } from 'node:fs';

const [file = 'dist/index.html', introFile = 'target/static-intro.html'] = process.argv.slice(2);
let html = readFileSync(file, 'utf8');
let intro = readFileSync(introFile, 'utf8').trim();

function fail(message) {
  console.error(`add-static-intro: ${message}`);
  process.exit(1);
}

/** `text` with the one occurrence of `from` replaced; fails unless there is exactly one. */
function replaceOnce(text, from, to, where) {
  const count = text.split(from).length - 1;
  if (count !== 1) fail(`expected ${JSON.stringify(from)} once in ${where}, found it ${count} times`);
  return text.replace(from, () => to);
}

if (!intro.startsWith('<main class="quiz">')) fail(`${introFile} does not start with the quiz's <main>`);
if (html.includes('id="static-intro"')) fail(`${file} already has a static intro`);

intro = replaceOnce(intro, '<main class="quiz">', '<main class="quiz" id="static-intro">', introFile);
const buttons = intro.split('<button ').length - 1;
if (buttons === 0) fail(`${introFile} has no buttons to hold back until the quiz starts`);
intro = intro.replaceAll('<button ', '<button disabled ');
// The live intro brings the focus target; no duplicate id meanwhile.
intro = replaceOnce(intro, ' id="step-heading" tabindex="-1"', '', introFile);
html = replaceOnce(html, '<body>', `<body>\n    ${intro}`, file);

writeFileSync(file, html);
console.log(`static intro: ${intro.length} bytes of HTML painted before the WebAssembly starts (${buttons} buttons held back)`);
