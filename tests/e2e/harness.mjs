// Shared pieces of the end-to-end tests: a static server for dist/ on a free
// loopback port, and Debian's Chromium started the way this machine allows.
import { before, after } from 'node:test';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serve as serveDir } from '../../tools/static-server.mjs';

export const DIST = new URL('../../dist/', import.meta.url).pathname;
export const OUTPUT = new URL('./output/', import.meta.url).pathname;

/** Serves dist/ on a free loopback port, as `make serve` does; resolves to { url, close }. */
export function serve(root = DIST, port = 0, host = '127.0.0.1', options = {}) {
  return serveDir(root, port, host, options);
}

const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: LAUNCH_ARGS });
}

export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
export const SMALL_PHONE = { viewport: { width: 320, height: 640 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
export const DESKTOP = { viewport: { width: 1280, height: 900 } };

/**
 * For a test file: serves dist/ and starts one Chromium before its tests,
 * closes both after them. Read `.server` and `.browser` inside the tests.
 */
export function servedQuiz() {
  const the = {};
  before(async () => {
    mkdirSync(OUTPUT, { recursive: true });
    the.server = await serve();
    the.browser = await launch();
  });
  after(async () => {
    await the.browser?.close();
    await the.server?.close();
  });
  return the;
}

/**
 * A new context and page on the served quiz (`the` from `servedQuiz`), at
 * `path`, with the quiz's log collected; `problems` lists every console and
 * page error, for tests that require none.
 */
export async function openQuiz(the, device, path = '', options = {}) {
  const context = await the.browser.newContext({ ...device, ...options });
  const page = await context.newPage();
  const log = quizLog(page);
  await page.goto(the.server.url + path);
  return { page, context, log, problems: log.errors };
}

/**
 * Collects the quiz's own console warnings (the browser adds some of its own,
 * about iframe features or preload hints, that say nothing about the quiz)
 * and every console error and page error.
 */
export function quizLog(page) {
  const log = { warnings: [], errors: [] };
  page.on('console', (m) => {
    if (m.type() === 'warning' && m.text().startsWith('Gut–Skin Check')) log.warnings.push(m.text());
    if (m.type() === 'error') log.errors.push(m.text());
  });
  page.on('pageerror', (e) => log.errors.push(e.message));
  return log;
}

/**
 * Chromium with storage partitioning as it ships: Playwright turns the
 * feature off by default, and a cross-site frame then gets no storage at
 * all. Playwright's own switch is read from a first launch, then given
 * back without that one feature.
 */
export async function launchPartitioned() {
  const probe = await chromium.launchServer({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: LAUNCH_ARGS });
  const disabled = probe.process().spawnargs.find((a) => a.startsWith('--disable-features='));
  await probe.close();
  if (!disabled || !disabled.includes('ThirdPartyStoragePartitioning')) throw new Error(`unexpected launch switches: ${disabled}`);
  const kept = disabled.replace(/(=|,)ThirdPartyStoragePartitioning(?=,|$)/, '$1').replace('=,', '=').replace(/,$/, '');
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    ignoreDefaultArgs: [disabled],
    args: [...LAUNCH_ARGS, kept],
  });
}
