// The privacy promise, proven in Chromium: after the page's own files have
// loaded, no flow makes a request; the strict CSP is never violated; the
// quiz works offline; nothing is stored but the tab's session storage, and
// "Clear my answers" removes even that, with the history entries. Bad input
// gets a message a person can act on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { PHONE, DESKTOP, DIST, servedQuiz } from './harness.mjs';
import { BUSY_PERSON, BETTER_PERSON, heading, takeQuiz } from './person.mjs';

// The quiz served from dist/ and one Chromium for the whole file.
const the = servedQuiz();

/** A page that records every request, CSP violation, console error and page error. */
async function watchedPage(device, options = {}) {
  const context = await the.browser.newContext({ ...device, ...options });
  await context.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const page = await context.newPage();
  const log = { requests: [], problems: [] };
  page.on('request', (r) => log.requests.push(r.url()));
  page.on('pageerror', (e) => log.problems.push(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && log.problems.push(`console: ${m.text()}`));
  return { page, context, log };
}

async function violations(page) {
  return page.evaluate(() => window.cspViolations);
}

/** The whole flow: quiz, back, share, open the link, compare, print, download. */
async function everyFlow(page, { offline = false } = {}) {
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await takeQuiz(page, BUSY_PERSON);
  await page.getByRole('table', { name: /Your scores/ }).waitFor();
  await page.goBack();
  await page.getByText('Question 27 of 27').waitFor();
  await page.goForward();
  const link = await page.getByRole('textbox', { name: 'Result link' }).inputValue();
  await page.getByRole('button', { name: 'Share link' }).click();
  await page.getByRole('status').filter({ hasText: /Link copied|Copying is not available/ }).waitFor();
  // Open the shared link in the same page: a fragment change, no load.
  await page.evaluate((hash) => {
    location.hash = hash;
  }, new URL(link).hash);
  await page.getByText('Shared result', { exact: true }).waitFor();
  await page.getByRole('button', { name: 'Retake and compare' }).click();
  await takeQuiz(page, BETTER_PERSON);
  await heading(page).filter({ hasText: 'then and now' }).waitFor();
  await page.emulateMedia({ media: 'print' });
  if (!offline) await page.pdf({ format: 'A4' });
  await page.emulateMedia({ media: 'screen' });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download chart' }).click();
  await download;
}

test('after load, every flow makes no request and breaks no CSP rule', async () => {
  for (const device of [PHONE, DESKTOP]) {
    const { page, context, log } = await watchedPage(device, { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(the.server.url);
    await page.getByRole('button', { name: 'Start the quiz', disabled: false }).waitFor();
    await page.waitForLoadState('networkidle');
    const own = new Set(readdirSync(DIST).map((f) => new URL(f, the.server.url).href).concat(the.server.url));
    for (const url of log.requests) assert.ok(own.has(url) || url.startsWith('data:'), `load requested ${url}`);
    const atLoad = log.requests.length;
    assert.ok(atLoad >= 4 && atLoad <= 6, `${atLoad} requests at load: ${log.requests.join(', ')}`);

    await everyFlow(page);
    const later = log.requests.slice(atLoad).filter((u) => !u.startsWith('blob:'));
    assert.deepEqual(later, [], 'no request after load');
    assert.deepEqual(await violations(page), []);
    assert.deepEqual(log.problems, []);
    // The watch is live: an inline style, which the policy forbids, is reported.
    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<p style="color: red">x</p>'));
    await page.waitForFunction(() => window.cspViolations.length > 0);
    assert.match((await violations(page))[0], /^style-src/);

    // Nothing stored but this tab's session storage.
    assert.deepEqual(await context.cookies(), []);
    assert.equal(await page.evaluate(() => localStorage.length), 0);
    assert.deepEqual(await page.evaluate(async () => (await indexedDB.databases()).length), 0);
    assert.deepEqual(await page.evaluate(() => Object.keys(sessionStorage).sort()), ['gut-skin-check.answers', 'gut-skin-check.baseline']);
    await context.close();
  }
});

test('offline after load, every flow still works', async () => {
  const { page, context, log } = await watchedPage(PHONE);
  await page.goto(the.server.url);
  await page.getByRole('button', { name: 'Start the quiz', disabled: false }).waitFor();
  await context.setOffline(true);
  await everyFlow(page, { offline: true });
  assert.deepEqual(await violations(page), []);
  assert.deepEqual(log.problems, []);
  await context.close();
});

test('“Clear my answers” leaves nothing: storage, fragment and history entries', async () => {
  const { page, context, log } = await watchedPage(PHONE);
  await page.goto(the.server.url);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await takeQuiz(page, BUSY_PERSON);
  await page.getByRole('table', { name: /Your scores/ }).waitFor();
  const steps = await page.evaluate(() => history.length);
  assert.ok(steps > 25, `${steps} history entries`);

  await page.getByRole('button', { name: 'Clear my answers' }).click();
  await page.getByRole('status').filter({ hasText: 'Your answers were cleared' }).waitFor();
  assert.ok(await page.getByRole('button', { name: 'Start the quiz' }).isVisible());
  assert.equal(new URL(page.url()).hash, '');
  assert.equal(await page.evaluate(() => sessionStorage.length), 0);
  assert.equal(await page.getByRole('button', { name: 'Clear my answers' }).count(), 0);
  // Walk the whole history: no entry keeps a question, a result or a link.
  const seen = [];
  for (;;) {
    const moved = await page.goBack();
    if (!moved) break;
    seen.push(page.url());
  }
  for (const url of seen) assert.ok(!url.includes('#'), `history still holds ${url}`);
  for (;;) {
    const moved = await page.goForward();
    if (!moved) break;
    assert.ok(!page.url().includes('#'), `forward history still holds ${page.url()}`);
  }
  await page.getByRole('button', { name: 'Start the quiz', disabled: false }).waitFor();
  assert.deepEqual(log.problems, []);
  await context.close();
});

test('storage that throws: the quiz still works, in memory', async () => {
  const { page, context, log } = await watchedPage(PHONE);
  await context.addInitScript(() => {
    const blocked = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    Object.defineProperty(window, 'sessionStorage', { get: blocked });
    Object.defineProperty(window, 'localStorage', { get: blocked });
  });
  await page.goto(the.server.url);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await takeQuiz(page, BUSY_PERSON);
  await page.getByRole('table', { name: /Your scores/ }).waitFor();
  assert.deepEqual(log.problems, []);
  await context.close();
});

test('a browser without WebAssembly is told what to do, in its language', async () => {
  const { page, context } = await watchedPage(PHONE);
  await context.addInitScript(() => {
    delete window.WebAssembly;
  });
  await page.goto(the.server.url);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /needs a browser that can run WebAssembly/);
  await context.close();

  const german = await watchedPage({ ...PHONE, locale: 'de-DE' });
  await german.context.addInitScript(() => {
    delete window.WebAssembly;
  });
  await german.page.goto(the.server.url);
  await german.page.getByRole('alert').waitFor();
  assert.match(await german.page.getByRole('alert').textContent(), /braucht einen Browser, der WebAssembly/);
  await german.context.close();
});

test('with JavaScript off, the page says what to do', async () => {
  const { page, context } = await watchedPage(PHONE, { javaScriptEnabled: false });
  await page.goto(the.server.url);
  // Playwright's text search skips <noscript>, so find the paragraph by its class.
  const message = page.locator('.noscript p').first();
  assert.ok(await message.isVisible());
  assert.match(await message.textContent(), /needs JavaScript/);
  await context.close();
});

test('a wasm file that does not arrive: a message, not a blank page', async () => {
  const { page, context } = await watchedPage(PHONE);
  await page.route(/\.wasm$/, (route) => route.abort());
  await page.goto(the.server.url);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /could not load/);
  await context.close();
});

test('dist/ names no other host and runs no inline script the CSP does not hash', () => {
  // XML namespace names (SVG, MathML) are identifiers the DOM needs, never fetched.
  const allowedHosts = new Set(['www.w3.org']);
  for (const file of readdirSync(DIST)) {
    let text = readFileSync(`${DIST}${file}`).toString('latin1');
    // A whole-line comment in generated JS is never fetched; strings and code are scanned.
    if (file.endsWith('.js')) text = text.replace(/^\s*\/\/.*$/gm, '');
    for (const [, host] of text.matchAll(/(?:https?:)?\/\/([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi)) {
      assert.ok(allowedHosts.has(host.toLowerCase()), `${file} names the host ${host}`);
    }
  }
  const html = readFileSync(`${DIST}index.html`, 'utf8');
  const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];
  assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'|report-uri|report-to/);
  assert.match(csp, /default-src 'none'/);
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  assert.ok(inline.length >= 1);
  for (const code of inline) {
    const hash = `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
    assert.ok(csp.includes(hash), `inline script not hashed: ${code.slice(0, 60)}…`);
  }
  assert.doesNotMatch(html, /\sstyle=/, 'no inline style attribute');
  assert.doesNotMatch(html, /<style/, 'no inline style element');
});
