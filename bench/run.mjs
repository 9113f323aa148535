// make bench: measures the release build against the same questionnaire built
// with SurveyJS + Chart.js (bench/peer/), by the same steps, and prints one
// table — also written to docs/performance.md with the date and the machine.
//
// Size: every first-load file raw, gzip -9 and brotli. Lighthouse 12 (mobile,
// three runs each, medians). Interaction in Playwright: tap an answer and Next
// until the next question is painted (and the work alone, without the wait for
// the display's frame), over three whole quizzes, unthrottled and at 4× CPU
// slowdown, and the last tap to the radar. Memory after a full quiz.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { serve } from '../tools/static-server.mjs';
import { launch, PHONE } from '../tests/e2e/harness.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const DIST = `${ROOT}dist/`;
const PEER = `${ROOT}target/bench/peer/`;
const MODULES = `${ROOT}bench/node_modules/`;
const RUNS = 3;
const BUDGET = { bytes: 80 * 1024, lcp: 1000, tbt: 0, cls: 0, score: 100, step: 16, stepSlow: 50, radarSlow: 50 };
// The busy person of the tests: option positions per question.
const PICKS = [[1], [1], [1], [0], [0], [2], [2], [1], [2], [1], [2], [1], [1], [1], [1], [1], [0], [1], [2], [1], [1], [0, 4], [2], [1], [5]];

function log(text) {
  process.stderr.write(`${text}\n`);
}

function preparePeer() {
  mkdirSync(PEER, { recursive: true });
  for (const file of ['index.html', 'peer.js']) copyFileSync(`${ROOT}bench/peer/${file}`, `${PEER}${file}`);
  for (const file of [
    'survey-core/survey.core.min.js',
    'survey-core/survey-core.fontless.min.css',
    'survey-js-ui/survey-js-ui.min.js',
    'chart.js/dist/chart.umd.min.js',
  ]) {
    copyFileSync(`${MODULES}${file}`, `${PEER}${file.split('/').pop()}`);
  }
  const questionnaire = execFileSync('cargo', ['run', '--quiet', '--locked', '--example', 'survey_json'], { cwd: ROOT });
  writeFileSync(`${PEER}questionnaire.js`, questionnaire);
}

function sizes(dir, files) {
  const rows = files.map((file) => {
    const bytes = readFileSync(`${dir}${file}`);
    return {
      file,
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  return { rows, total };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Lighthouse, run as a child process; awaited, so this process keeps serving the pages meanwhile. */
async function lighthouse(url) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const { stdout } = await promisify(execFile)(
      `${MODULES}.bin/lighthouse`,
      [
        url,
        '--output=json',
        '--output-path=stdout',
        '--quiet',
        '--only-categories=performance',
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run',
      ],
      { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, encoding: 'utf8', maxBuffer: 64 << 20, timeout: 180_000 },
    );
    const report = JSON.parse(stdout);
    runs.push({
      score: Math.round(report.categories.performance.score * 100),
      fcp: report.audits['first-contentful-paint'].numericValue,
      lcp: report.audits['largest-contentful-paint'].numericValue,
      tbt: report.audits['total-blocking-time'].numericValue,
      cls: report.audits['cumulative-layout-shift'].numericValue,
      tti: report.audits.interactive.numericValue,
    });
  }
  const pick = (key) => median(runs.map((r) => r[key]));
  return { score: pick('score'), fcp: pick('fcp'), lcp: pick('lcp'), tbt: pick('tbt'), cls: pick('cls'), tti: pick('tti') };
}

// How each page is driven: where the options, the Next button and the
// question's title are, and what the finished result looks like.
const DRIVERS = {
  ours: {
    start: async (page) => page.getByRole('button', { name: 'Start the quiz' }).click(),
    option: (page, k) => page.locator('fieldset label.option').nth(k),
    next: '.step-actions .primary',
    title: '.progress-text',
    result: 'svg.radar polygon.radar-shape',
  },
  peer: {
    start: async () => {},
    option: (page, k) => page.locator('.sd-question .sd-item label').nth(k),
    next: '.sd-navigation__next-btn:not([style*="none"]), .sd-navigation__complete-btn',
    title: '.sd-question__title',
    result: '#result:not([hidden]) canvas',
  },
};

/**
 * Taps Next and waits for the change to be painted. Returns milliseconds to
 * the painted frame, and the work alone: from the tap until the page has
 * rendered the change and the browser has laid it out, without the wait for
 * the display's next frame (null if the page renders later than that).
 */
function timeStep(page, driver, last) {
  return page.evaluate(
    ({ next, title, result, last }) =>
      new Promise((done) => {
        const text = () => document.querySelector(title)?.textContent;
        const before = text();
        const buttons = [...document.querySelectorAll(next)].filter((b) => b.offsetParent !== null);
        const changed = () => (last ? document.querySelector(result) : text() !== before);
        let work = null;
        const t0 = performance.now();
        buttons[buttons.length - 1].click();
        // Queued after the tap, so after any rendering the tap queued.
        queueMicrotask(() => {
          if (changed()) {
            document.documentElement.getBoundingClientRect();
            work = performance.now() - t0;
          }
        });
        // A frame's callbacks run before it is laid out and painted: the
        // first frame that finds the change paints it, and a task queued
        // then runs once that frame is done.
        const frame = () => {
          if (changed()) setTimeout(() => done({ painted: performance.now() - t0, work }), 0);
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
    { next: driver.next, title: driver.title, result: driver.result, last },
  );
}

const percentile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
};

/** One whole quiz, RUNS times: every step's times and the radar's, and memory after the first. */
async function interaction(browser, url, name, slowdown) {
  const steps = [];
  const work = [];
  const radars = [];
  let memory = null;
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext(PHONE);
    await context.addInitScript(() => {
      addEventListener('TrunkApplicationStarted', (e) => {
        window.quizMemory = e.detail.wasm.memory;
      });
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
    const driver = DRIVERS[name];
    await driver.start(page);
    for (let i = 0; i < PICKS.length; i++) {
      for (const k of PICKS[i]) await driver.option(page, k).click();
      const last = i === PICKS.length - 1;
      const step = await timeStep(page, driver, last);
      if (last) radars.push(step.painted);
      else {
        steps.push(step.painted);
        if (step.work !== null) work.push(step.work);
      }
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    if (memory === null) {
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      const wasm = await page.evaluate(() => window.quizMemory?.buffer.byteLength ?? 0);
      memory = { heap: usedSize, wasm };
    }
    await context.close();
  }
  return {
    p50: percentile(steps, 0.5),
    p95: percentile(steps, 0.95),
    // Work is measured only where the page renders within the tap's microtasks.
    workP95: work.length === steps.length ? percentile(work, 0.95) : null,
    radar: percentile(radars, 0.5),
    radars,
    ...memory,
  };
}

function optLevelSize(level) {
  // The same release build at another opt-level, in its own target folder.
  const target = `${ROOT}target/opt-${level}`;
  execFileSync('cargo', ['build', '--quiet', '--locked', '--release', '--target', 'wasm32-unknown-unknown', '--bin', 'gut-skin-check'], {
    cwd: ROOT,
    env: { ...process.env, CARGO_TARGET_DIR: target, CARGO_PROFILE_RELEASE_OPT_LEVEL: level },
  });
  const out = `${target}/bindgen`;
  execFileSync('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', out, `${target}/wasm32-unknown-unknown/release/gut-skin-check.wasm`]);
  execFileSync('wasm-opt', ['-Oz', '--all-features', `${out}/gut-skin-check_bg.wasm`, '-o', `${out}/gut-skin-check_bg.wasm`]);
  return gzipSync(readFileSync(`${out}/gut-skin-check_bg.wasm`), { level: 9 }).length;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => `${Math.round(value)} ms`;
const msOrNone = (value) => (value === null ? 'not measurable' : ms(value));
const ratio = (a, b) => (a === null || b === null ? '—' : a === 0 && b === 0 ? '—' : b === 0 ? '∞' : `${(a / b).toFixed(2)}×`);
const mark = (ok) => (ok ? 'met' : '**missed**');

log('preparing the peer…');
preparePeer();
const ourFiles = readdirSync(DIST).filter((f) => f !== 'embed.js' && /\.(html|js|wasm|css)$/.test(f)).sort();
const peerFiles = readdirSync(PEER).filter((f) => /\.(html|js|css)$/.test(f)).sort();
const ourSize = sizes(DIST, ourFiles);
const peerSize = sizes(PEER, peerFiles);

const ours = await serve(DIST);
const peer = await serve(PEER);
log('Lighthouse, 3 runs each…');
const lhOurs = await lighthouse(ours.url);
const lhPeer = await lighthouse(peer.url);
log('interaction…');
const browser = await launch();
const fast = { ours: await interaction(browser, ours.url, 'ours', 1), peer: await interaction(browser, peer.url, 'peer', 1) };
const slow = { ours: await interaction(browser, ours.url, 'ours', 4), peer: await interaction(browser, peer.url, 'peer', 4) };
await browser.close();
await ours.close();
await peer.close();
log('opt-level "s" for comparison…');
const optS = optLevelSize('s');
const optZ = ourSize.rows.find((r) => r.file.endsWith('.wasm')).gzip;

const cpu = cpus()[0]?.model ?? 'unknown CPU';
const chromium = execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).trim();
const row = (name, a, b, format) => `| ${name} | ${format(a)} | ${format(b)} | ${ratio(a, b)} |`;

const lines = [
  '# Performance',
  '',
  `Measured by \`make bench\` on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} × ${cpu}, ${kb(totalmem() / 1024)
    .replace(' KB', ' MB')} memory, ${chromium}. Served with gzip on 127.0.0.1. Ours is the release build in \`dist/\`; the peer is the same 25 questions built with SurveyJS 2.5.38 and a Chart.js 4 radar (\`bench/peer/\`), measured by the same steps.`,
  '',
  '## First load: size',
  '',
  '| file | raw | gzip -9 | brotli |',
  '|---|---:|---:|---:|',
  ...ourSize.rows.map((r) => `| ${r.file} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`),
  `| **ours, total** | **${kb(ourSize.total.raw)}** | **${kb(ourSize.total.gzip)}** | **${kb(ourSize.total.brotli)}** |`,
  ...peerSize.rows.map((r) => `| peer: ${r.file} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`),
  `| **peer, total** | **${kb(peerSize.total.raw)}** | **${kb(peerSize.total.gzip)}** | **${kb(peerSize.total.brotli)}** |`,
  '',
  `WebAssembly gzipped at opt-level "z" (shipped): ${kb(optZ)}; at opt-level "s": ${kb(optS)}. Both with LTO, one codegen unit, panic=abort and wasm-opt -Oz.`,
  '',
  '## Ours beside the peer',
  '',
  '| measure | ours | peer | ours ÷ peer |',
  '|---|---:|---:|---:|',
  row('first load, gzip', ourSize.total.gzip, peerSize.total.gzip, kb),
  row('Lighthouse performance (mobile, median of 3)', lhOurs.score, lhPeer.score, String),
  row('first contentful paint', lhOurs.fcp, lhPeer.fcp, ms),
  row('largest contentful paint', lhOurs.lcp, lhPeer.lcp, ms),
  row('total blocking time', lhOurs.tbt, lhPeer.tbt, ms),
  row('cumulative layout shift', lhOurs.cls, lhPeer.cls, (v) => v.toFixed(3)),
  row('time to interactive (Lighthouse, simulated)', lhOurs.tti, lhPeer.tti, ms),
  row('tap to next question, p50', fast.ours.p50, fast.peer.p50, ms),
  row('tap to next question, p95', fast.ours.p95, fast.peer.p95, ms),
  row('tap to next question, p50 at 4× slowdown', slow.ours.p50, slow.peer.p50, ms),
  row('tap to next question, p95 at 4× slowdown', slow.ours.p95, slow.peer.p95, ms),
  row('work per step (script, style, layout), p95', fast.ours.workP95, fast.peer.workP95, msOrNone),
  row('work per step, p95 at 4× slowdown', slow.ours.workP95, slow.peer.workP95, msOrNone),
  row(`last tap to radar painted, median of ${RUNS}`, fast.ours.radar, fast.peer.radar, ms),
  row(`last tap to radar painted, 4× slowdown, median of ${RUNS}`, slow.ours.radar, slow.peer.radar, ms),
  row('memory after a full quiz: JS heap + wasm memory', fast.ours.heap + fast.ours.wasm, fast.peer.heap, kb),
  '',
  `Our memory is ${kb(fast.ours.heap)} of JavaScript heap plus ${kb(fast.ours.wasm)} of WebAssembly memory.`,
  '',
  '## Budgets',
  '',
  '| budget | measured | |',
  '|---|---:|---|',
  `| first load ≤ 80 KB gzipped | ${kb(ourSize.total.gzip)} | ${mark(ourSize.total.gzip <= BUDGET.bytes)} |`,
  `| Lighthouse performance 100 | ${lhOurs.score} | ${mark(lhOurs.score >= BUDGET.score)} |`,
  `| largest contentful paint ≤ 1.0 s | ${ms(lhOurs.lcp)} | ${mark(lhOurs.lcp <= BUDGET.lcp)} |`,
  `| total blocking time 0 | ${ms(lhOurs.tbt)} | ${mark(lhOurs.tbt <= BUDGET.tbt)} |`,
  `| layout shift 0 | ${lhOurs.cls.toFixed(3)} | ${mark(lhOurs.cls <= BUDGET.cls)} |`,
  `| step ≤ 16 ms p95, unthrottled (tap to painted) | ${ms(fast.ours.p95)} | ${mark(fast.ours.p95 <= BUDGET.step)} |`,
  `| the same, the work alone (without the wait for the display's next frame) | ${msOrNone(fast.ours.workP95)} | ${mark(fast.ours.workP95 !== null && fast.ours.workP95 <= BUDGET.step)} |`,
  `| step ≤ 50 ms p95 at 4× | ${ms(slow.ours.p95)} | ${mark(slow.ours.p95 <= BUDGET.stepSlow)} |`,
  `| radar ≤ 50 ms after the last tap at 4× (median of ${RUNS}: ${slow.ours.radars.map(Math.round).join(', ')} ms) | ${ms(slow.ours.radar)} | ${mark(slow.ours.radar <= BUDGET.radarSlow)} |`,
];
const table = lines.join('\n');
console.log(table);
const notes = readFileSync(`${ROOT}bench/notes.md`, 'utf8');
writeFileSync(`${ROOT}docs/performance.md`, `${table}\n\n${notes}`);
log('written to docs/performance.md');
