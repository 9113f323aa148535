// After `trunk build`: puts the English intro, drawn at build time by the
// quiz's own components (examples/prerender.rs), into dist/index.html, so the
// first screen is painted before the WebAssembly arrives. Its buttons wait,
// disabled, until the quiz replaces the whole intro with its live one.
import { readFileSync, writeFileSync } from 'node:fs';

const [file = 'dist/index.html', introFile = 'target/static-intro.html'] = process.argv.slice(2);
let html = readFileSync(file, 'utf8');
let intro = readFileSync(introFile, 'utf8').trim();

if (!intro.startsWith('<main class="quiz">')) {
  console.error(`${introFile} does not start with the quiz's <main>`);
  process.exit(1);
}
intro = intro
  .replace('<main class="quiz">', '<main class="quiz" id="static-intro">')
  .replaceAll('<button ', '<button disabled ')
  // The live intro brings the focus target; no duplicate id meanwhile.
  .replace(' id="step-heading" tabindex="-1"', '');
if (html.includes('id="static-intro"')) {
  console.error(`${file} already has a static intro`);
  process.exit(1);
}
html = html.replace(/<body>/, `<body>\n    ${intro}`);
writeFileSync(file, html);
console.log(`static intro: ${intro.length} bytes of HTML painted before the WebAssembly starts`);
