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
    assert.deepEqual(await page.evaluate(() => Object.keys(sessionStorage).sort()), [
      'gut-skin-check.answers',
      'gut-skin-check.baseline',
      'gut-skin-check.saved-at',
      'gut-skin-check.shared',
    ]);
    // The opened link's answers are not in the address, nor in any entry of the tab's history.
    assert.doesNotMatch(page.url(), /#r=/);
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

test('saved answers expire after 30 idle minutes, on a restored tab and on a return to it', async () => {
  const { page, context, log } = await watchedPage(PHONE);
  await page.goto(the.server.url);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  for (let n = 1; n <= 2; n++) {
    await page.getByText(new RegExp(`^Question ${n} of \\d+$`)).waitFor();
    await page.locator('fieldset input').first().click();
    await page.getByRole('button', { name: 'Next' }).click();
  }
  await page.getByText(/^Question 3 of \d+$/).waitFor();
  const age = (minutes) =>
    page.evaluate((ms) => sessionStorage.setItem('gut-skin-check.saved-at', String(Date.now() - ms)), minutes * 60000);
  // 29 minutes idle: a reload (as a restored session) resumes.
  await age(29);
  await page.reload();
  await page.getByText(/^Question 3 of \d+$/).waitFor();
  // 31 minutes: the answers are gone, and the intro says why.
  await age(31);
  await page.reload();
  await page.getByRole('status').filter({ hasText: 'more than 30 minutes ago were removed' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Continue where you left off' }).count(), 0);
  assert.deepEqual(await page.evaluate(() => Object.keys(sessionStorage)), []);
  // Answering again, then coming back to the tab after 31 idle minutes.
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await page.locator('fieldset input').first().click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByText(/^Question 2 of \d+$/).waitFor();
  await age(31);
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  await page.getByRole('status').filter({ hasText: 'more than 30 minutes ago were removed' }).waitFor();
  assert.equal(await page.locator('input:checked').count(), 0);
  assert.deepEqual(await page.evaluate(() => Object.keys(sessionStorage)), []);
  assert.deepEqual(log.problems, []);
  await context.close();
});

test('a result left open on screen is forgotten after 30 minutes without use, with storage or without', async () => {
  for (const blocked of [false, true]) {
    const { page, context, log } = await watchedPage(PHONE);
    if (blocked) {
      await context.addInitScript(() => {
        const refuse = () => {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        };
        Object.defineProperty(window, 'sessionStorage', { get: refuse });
      });
    }
    // The page's clock is the test's: 30 minutes pass without waiting them.
    await page.clock.install();
    await page.goto(the.server.url);
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    await takeQuiz(page, BUSY_PERSON);
    await page.getByRole('table', { name: /Your scores/ }).waitFor();
    // 29 minutes left alone, then a tap: still there, and the idle time starts again.
    await page.clock.fastForward('29:00');
    assert.equal(await page.getByRole('table', { name: /Your scores/ }).count(), 1, `${blocked}: kept at 29 minutes`);
    await page.getByRole('heading', { level: 1 }).click();
    await page.clock.fastForward('29:00');
    assert.equal(await page.getByRole('table', { name: /Your scores/ }).count(), 1, `${blocked}: use restarts the idle time`);
    // Then 31 minutes without use: the result goes, and the intro says why.
    await page.clock.fastForward('02:30');
    await page.getByRole('status').filter({ hasText: 'were removed' }).waitFor();
    assert.equal(await page.getByRole('table').count(), 0);
    assert.equal(await page.getByRole('button', { name: 'Continue where you left off' }).count(), 0);
    if (!blocked) assert.deepEqual(await page.evaluate(() => Object.keys(sessionStorage)), []);
    assert.deepEqual(log.problems, []);
    await context.close();
  }
});

test('an opened result link leaves the address at once and stays on reload; Clear forgets it', async () => {
  const { page, context, log } = await watchedPage(PHONE);
  await page.goto(the.server.url);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await takeQuiz(page, BUSY_PERSON);
  const link = await page.getByRole('textbox', { name: 'Result link' }).inputValue();
  const fresh = await watchedPage(PHONE);
  await context.close();
  await fresh.page.goto(link);
  await fresh.page.getByText('Shared result', { exact: true }).waitFor();
  assert.equal(new URL(fresh.page.url()).hash, '#shared');
  assert.equal(await fresh.page.evaluate(() => history.length), 2, 'the link’s entry was replaced, not kept behind a new one');
  await fresh.page.reload();
  await fresh.page.getByText('Shared result', { exact: true }).waitFor();
  await fresh.page.getByRole('button', { name: 'Clear my answers' }).click();
  await fresh.page.getByRole('status').filter({ hasText: 'Your answers were cleared' }).waitFor();
  assert.equal(await fresh.page.evaluate(() => sessionStorage.length), 0);
  await fresh.page.reload();
  await fresh.page.getByRole('button', { name: 'Start the quiz', disabled: false }).waitFor();
  assert.deepEqual(log.problems, []);
  assert.deepEqual(fresh.log.problems, []);
  await fresh.context.close();
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
  // XML namespace names (SVG, MathML) are identifiers the DOM needs, never
  // fetched; the example clinic's booking page (clinics.json) is a link a
  // person may follow, under the reserved .example domain.
  const allowedHosts = new Set(['www.w3.org', 'meadow-clinic.example']);
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
