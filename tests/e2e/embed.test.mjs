// The quiz on a clinic's website: the example clinic page on one origin
// (localhost), the quiz on another (127.0.0.1). The frame keeps the height
// the host page gave it whatever is answered, the clinic's colour and call
// to action come from clinics.json, an address cannot invent a clinic, and
// the quiz works in a sandboxed frame with storage blocked.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { serve, launch, launchPartitioned, quizLog, PHONE, DESKTOP, OUTPUT, DIST } from './harness.mjs';
import { BUSY_PERSON, answer, shareFragment, BUSY_COMPACT } from './person.mjs';

const CLINIC_DIR = new URL('../../examples/clinic/', import.meta.url).pathname;
const QUIZ_TITLE = 'Gut–Skin Check quiz';
const CLINIC_NAME = 'Meadow Skin & Nutrition Clinic';

let quiz;
let clinic;
let browser;

/** Serves the example clinic pages on localhost, pointed at this run's quiz; `edit` changes the page. */
function clinicServer() {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const name = url.pathname === '/' ? 'index.html' : url.pathname.slice(1);
    if (!/^[a-z-]+\.(html|css)$/.test(name)) return res.writeHead(404).end();
    let body = readFileSync(`${CLINIC_DIR}${name}`, 'utf8').replaceAll('http://127.0.0.1:8080/', quiz.url);
    for (const [from, to] of url.searchParams) body = body.replaceAll(from, to);
    res.writeHead(200, { 'content-type': name.endsWith('.css') ? 'text/css' : 'text/html; charset=utf-8' }).end(body);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ url: `http://localhost:${server.address().port}/`, close: () => server.close() })));
}

before(async () => {
  quiz = await serve();
  clinic = await clinicServer();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await quiz?.close();
  clinic?.close();
});

async function clinicPage(device, path = '', { blockStorage = false } = {}) {
  const context = await browser.newContext(device);
  await context.addInitScript((block) => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(e.violatedDirective));
    // Address changes seen by each document (the quiz's, inside its frame, too).
    window.pops = 0;
    window.addEventListener('popstate', () => (window.pops += 1));
    if (block) {
      const refuse = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
      Object.defineProperty(window, 'sessionStorage', { get: refuse });
      Object.defineProperty(window, 'localStorage', { get: refuse });
    }
    // What a session-replay script on the host page records: every height the
    // quiz's frame takes, from its style and from layout, and every message.
    if (window.top === window) {
      window.frameHeights = [];
      window.messages = 0;
      window.addEventListener('message', () => (window.messages += 1));
      const note = (frame) => {
        const entry = `${frame.style.height} ${frame.getBoundingClientRect().height}`;
        if (window.frameHeights.at(-1) !== entry) window.frameHeights.push(entry);
      };
      new MutationObserver((records) => {
        for (const record of records) {
          for (const node of record.addedNodes) {
            if (node.tagName !== 'IFRAME') continue;
            note(node);
            new ResizeObserver(() => note(node)).observe(node);
            new MutationObserver(() => note(node)).observe(node, { attributes: true });
          }
        }
      }).observe(document, { childList: true, subtree: true });
    }
  }, blockStorage);
  const page = await context.newPage();
  const log = quizLog(page);
  await page.goto(clinic.url + path);
  const frame = page.frameLocator(`iframe[title="${QUIZ_TITLE}"]`);
  return { page, context, frame, log };
}

/** Answers questions 1 and 2 with their first option; returns on question 3. */
async function answerFirstTwo(frame) {
  for (let n = 1; n <= 2; n++) {
    await frame.getByText(new RegExp(`^Question ${n} of \\d+$`)).waitFor();
    await frame.locator('fieldset input').first().click();
    await frame.getByRole('button', { name: 'Next' }).click();
  }
  await frame.getByText(/^Question 3 of \d+$/).waitFor();
}

/**
 * Answers every step by generic means, so the test outlives changes to the
 * questions: on each step the first or the last option, or (`warning`) on a
 * question with checkboxes the first box, which names a warning sign on the
 * warning-sign question. Returns when the result's table is shown.
 */
async function answerEveryStep(frame, pick, tap) {
  const progress = frame.getByText(/^Question \d+ of \d+$/);
  for (;;) {
    await progress.waitFor();
    const [n, total] = (await progress.textContent()).match(/\d+/g).map(Number);
    const boxes = frame.locator('fieldset input[type=checkbox]');
    const options = (await boxes.count()) > 0 ? boxes : frame.locator('fieldset input[type=radio]');
    let which = pick === 'last' ? options.last() : pick === 'second' ? options.nth(1) : options.first();
    // Only "warning" ticks a warning sign: on every other pick a question with
    // checkboxes gets its last box ("None of these").
    if ((await boxes.count()) > 0 && pick !== 'warning') which = boxes.last();
    await tap(which);
    await tap(frame.getByRole('button', { name: n === total ? 'See my result' : 'Next' }));
    if (n === total) break;
    await frame.getByText(`Question ${n + 1} of ${total}`).waitFor();
  }
  await frame.getByRole('table', { name: /Your scores/ }).waitFor();
}

for (const [name, device] of [['phone', PHONE], ['desktop', DESKTOP]]) {
  test(`on a clinic's page (${name}) the frame keeps its height whatever is answered`, async () => {
    const sequences = new Map();
    const lengths = new Map();
    for (const pick of ['first', 'last', 'warning', 'second']) {
      const { page, context, frame, log } = await clinicPage(device);
      const tap = (locator) => (device === PHONE ? locator.tap() : locator.click());
      const start = frame.getByRole('button', { name: 'Start the quiz', disabled: false });
      await start.waitFor();
      if (pick === 'first') {
        assert.ok(await frame.getByText(CLINIC_NAME).isVisible(), 'clinic name from clinics.json');
        const [bg, fg] = await start.evaluate((b) => [getComputedStyle(b).backgroundColor, getComputedStyle(b).color]);
        assert.equal(bg, 'rgb(160, 51, 126)', 'accent colour from clinics.json');
        assert.equal(fg, 'rgb(255, 255, 255)', 'readable text on the accent');
        if (device === PHONE) await page.screenshot({ path: `${OUTPUT}embed-intro-phone.png`, fullPage: true });
      }
      await tap(start);
      await answerEveryStep(frame, pick, tap);
      const notice = await frame.getByRole('heading', { name: 'Please see a doctor' }).count();
      // The last option everywhere includes watery stools, which need a doctor too.
      assert.equal(notice > 0, pick === 'warning' || pick === 'last', `${pick}: the doctor notice shows only for a warning sign`);
      const inner = page.frames().find((f) => f.url().startsWith(quiz.url));
      lengths.set(pick, await inner.evaluate(() => document.documentElement.scrollHeight));

      const cta = frame.getByRole('link', { name: 'Book a consultation' });
      assert.equal(await cta.getAttribute('href'), 'https://meadow-clinic.example/book');
      assert.equal(await cta.getAttribute('target'), '_blank', 'opens outside the frame');
      assert.ok(await frame.getByText('Opens meadow-clinic.example in a new tab').isVisible(), 'the destination beside the button');
      if (device === PHONE && pick === 'warning') {
        await cta.scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${OUTPUT}embed-result-phone.png` });
      }
      // The share link points at the quiz and names the clinic by its id only.
      const link = new URL(await frame.getByRole('textbox', { name: 'Result link' }).inputValue());
      assert.equal(link.origin + '/', quiz.url);
      assert.equal(link.search, '?clinic=meadow&lang=en');
      assert.match(link.hash, /^#r=/);

      await tap(frame.getByRole('button', { name: 'Start again' }));
      await frame.getByRole('button', { name: 'Start the quiz', disabled: false }).waitFor();
      // Everything the host page saw of the frame, after the last screen settled.
      await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
      sequences.set(pick, await page.evaluate(() => window.frameHeights));
      assert.equal(await page.evaluate(() => window.messages), 0, 'the quiz sends the host page no message');
      assert.deepEqual(await inner.evaluate(() => window.cspViolations), []);
      assert.deepEqual(log.warnings, []);
      assert.deepEqual(log.errors, []);
      await context.close();
    }
    // The answers made the content longer or shorter ...
    assert.ok(new Set(lengths.values()).size > 1, `result lengths: ${JSON.stringify([...lengths])}`);
    // ... and the host page saw the very same heights each time.
    const [first, ...rest] = [...sequences.values()];
    console.log(`${name}: frame heights seen by the host page: ${JSON.stringify(first)}; result lengths inside: ${JSON.stringify([...lengths])}`);
    assert.equal(first.length, 1, `one height, never changed: ${JSON.stringify(first)}`);
    for (const seen of rest) assert.deepEqual(seen, first);
  });
}

test('data-height sets the frame; branding attributes on embed.js are ignored with a warning', async () => {
  const edit = new URLSearchParams({ 'data-lang="en"': 'data-lang="en" data-height="700" data-accent="#ff0000" data-cta-url="https://attacker.example/"' });
  const { page, context, frame, log } = await clinicPage(PHONE, `?${edit}`);
  await frame.getByRole('button', { name: 'Start the quiz', disabled: false }).waitFor();
  assert.equal(await page.locator(`iframe[title="${QUIZ_TITLE}"]`).evaluate((f) => f.getBoundingClientRect().height), 700);
  assert.equal(log.warnings.length, 2, log.warnings.join('\n'));
  assert.ok(log.warnings.some((w) => w.includes('data-accent is ignored')));
  assert.ok(log.warnings.some((w) => w.includes('data-cta-url is ignored')));
  const src = await page.locator('iframe').getAttribute('src');
  assert.doesNotMatch(src, /attacker|accent/);
  await context.close();
});

test('the shared link opens with the clinic’s branding, outside any frame', async () => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const fragment = shareFragment(BUSY_COMPACT);
  await page.goto(`${quiz.url}?clinic=meadow${fragment}`);
  await page.getByText('Shared result', { exact: true }).waitFor();
  await page.getByRole('link', { name: 'Book a consultation' }).waitFor();
  assert.ok(await page.getByText(CLINIC_NAME).isVisible());
  await context.close();
});

test('an address cannot show a clinic name or call to action that clinics.json does not hold', async () => {
  const forged = shareFragment(BUSY_COMPACT);
  const attack = new URLSearchParams({ 'cta-label': 'Book your urgent follow-up now', 'cta-url': 'https://attacker.example/', accent: '#ff0000' });
  for (const [clinicParam, errors] of [
    ['Official+NHS+skin-check+Clinic', 0],
    ['nhs-official', 1],
    ['meadow', 0],
    ['', 0],
  ]) {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    const log = quizLog(page);
    const query = clinicParam ? `?clinic=${clinicParam}&${attack}` : `?${attack}`;
    await page.goto(`${quiz.url}${query}${forged}`);
    await page.getByText('Shared result', { exact: true }).waitFor();
    await page.getByRole('table', { name: /Your scores/ }).waitFor();
    const text = await page.locator('main').textContent();
    assert.doesNotMatch(text, /urgent follow-up|attacker|Official NHS|skin-check Clinic/, clinicParam);
    assert.equal(await page.getByRole('link', { name: /urgent/ }).count(), 0);
    const links = await page.locator('a[href*="attacker"]').count();
    assert.equal(links, 0, `${clinicParam}: no link to the attacker`);
    const bg = await page.getByRole('button', { name: 'Take the quiz yourself' }).evaluate((b) => getComputedStyle(b).backgroundColor);
    if (clinicParam === 'meadow') {
      assert.equal(bg, 'rgb(160, 51, 126)', 'the configured colour, not the address’s');
      assert.equal(await page.getByRole('link', { name: 'Book a consultation' }).getAttribute('href'), 'https://meadow-clinic.example/book');
    } else {
      assert.equal(bg, 'rgb(31, 111, 92)', 'the quiz’s own colour');
      assert.equal(await page.getByRole('link').filter({ hasText: /Book/ }).count(), 0);
    }
    // Each ignored parameter is named in the console; an unknown id is an error.
    for (const key of ['cta-label', 'cta-url', 'accent']) assert.ok(log.warnings.some((w) => w.includes(`?${key}= in the address is ignored`)), key);
    assert.equal(log.errors.filter((e) => e.includes('no clinic "nhs-official"')).length, errors, log.errors.join('\n'));
    await context.close();
  }
});

test('the page around the frame cannot steer the quiz, or probe its step, by changing the frame’s address', async () => {
  const { page, context, frame, log } = await clinicPage(DESKTOP);
  await frame.getByRole('button', { name: 'Start the quiz', disabled: false }).click();
  await answerFirstTwo(frame);
  // A forged result with warning signs, then a probe for another step.
  const forged = shareFragment(BUSY_COMPACT.replace(/x80x80x80$/, 'x04x01x80'));
  const inner = page.frames().find((f) => f !== page.mainFrame());
  for (const [i, fragment] of [forged, '#q1', '#result'].entries()) {
    const before = await page.evaluate(() => window.scrollY);
    await page.evaluate((fragment) => {
      const iframe = document.querySelector('iframe');
      iframe.contentWindow.location.replace(iframe.src.split('#')[0] + fragment);
    }, fragment);
    // The quiz has seen the change, and put its own address back.
    await inner.waitForFunction((seen) => window.pops > seen && location.hash === '#q3', i);
    await frame.getByText(/^Question 3 of \d+$/).waitFor();
    assert.equal(await page.evaluate(() => window.scrollY), before, `${fragment}: the host page did not move`);
    assert.equal(await frame.getByRole('heading', { name: 'Please see a doctor' }).count(), 0, fragment);
  }
  // The person's place and answers are intact.
  await frame.getByRole('button', { name: 'Back' }).click();
  await frame.getByText(/^Question 2 of \d+$/).waitFor();
  assert.equal(await frame.locator('input:checked').count(), 1);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('Clear inside the frame, on a host page with history entries of its own, clears; Back finds nothing', async () => {
  const { page, context, frame, log } = await clinicPage(PHONE);
  await frame.getByRole('button', { name: 'Start the quiz', disabled: false }).waitFor();
  // Two in-page anchor clicks: two history entries of the host page's own.
  for (const name of ['About us', 'Contact']) {
    const at = await page.evaluate(() => history.length);
    await page.getByRole('link', { name }).dispatchEvent('click');
    await page.waitForFunction((at) => history.length === at + 1, at);
  }
  assert.equal(new URL(page.url()).hash, '#contact');
  const entries = await page.evaluate(() => history.length);

  await frame.getByRole('button', { name: 'Start the quiz' }).tap();
  for (let n = 1; n <= 3; n++) {
    await frame.getByText(new RegExp(`^Question ${n} of \\d+$`)).waitFor();
    await frame.locator('fieldset input').first().tap();
    await frame.getByRole('button', { name: 'Next' }).tap();
  }
  await frame.getByText(/^Question 4 of \d+$/).waitFor();
  assert.equal(await page.evaluate(() => history.length), entries, 'the quiz added no entry to the host tab’s history');

  await frame.getByRole('button', { name: 'Clear my answers' }).tap();
  await frame.getByRole('status').filter({ hasText: 'Your answers were cleared' }).waitFor();
  const inner = page.frames().find((f) => f.url().startsWith(quiz.url));
  // (Chromium may deny a cross-site frame its storage; the quiz then keeps answers in memory only.)
  const stored = await inner.evaluate(() => {
    try {
      return sessionStorage.length;
    } catch {
      return 0;
    }
  });
  assert.equal(stored, 0, 'storage emptied');
  assert.equal(await inner.evaluate(() => location.hash), '');

  // Back through every entry of the tab: no answer ticked, no question, no result.
  const seen = [];
  for (;;) {
    const at = page.url();
    await page.goBack({ waitUntil: 'commit' });
    // Stop at the tab's first entry, or where the tab was before the clinic's page.
    if (page.url() === at || !page.url().startsWith(clinic.url)) break;
    seen.push(new URL(page.url()).hash);
    await frame.locator('main.quiz').waitFor();
    assert.equal(await frame.locator('input:checked').count(), 0, `${page.url()}: answers ticked`);
    assert.equal(await frame.getByText(/^Question \d+ of \d+$/).count(), 0, `${page.url()}: a question`);
    assert.equal(await frame.getByRole('table', { name: /Your scores/ }).count(), 0, `${page.url()}: a result`);
  }
  assert.deepEqual(seen, ['#about', ''], 'Back walked the host page’s own entries');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('on a page of the quiz’s own origin, embed.js refuses, and the quiz will not run framed there', async () => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const log = quizLog(page);
  const hostPage = (body) => (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>Clinic</title><h1>Clinic</h1>${body}` });
  // The clinic page served from the quiz's own origin (a "folder" deploy).
  await page.route(`${quiz.url}clinic/`, hostPage(`<script src="${quiz.url}embed.js" data-clinic="meadow"></script>`));
  await page.goto(`${quiz.url}clinic/`);
  await page.waitForFunction(() => document.readyState === 'complete');
  assert.equal(await page.locator('iframe').count(), 0, 'no frame');
  assert.ok(log.errors.some((e) => e.includes('does not place the quiz on a page of its own origin')), log.errors.join('\n'));

  // A hand-written iframe on such a page: a host without frame-ancestors lets
  // it load, and the quiz itself refuses before reading any answers.
  const bare = await serve(DIST, 0, '127.0.0.1', { frameAncestors: null });
  await page.route(`${bare.url}clinic/`, hostPage(`<iframe title="quiz" src="${bare.url}?clinic=meadow"></iframe>`));
  await page.goto(`${bare.url}clinic/`);
  await page.evaluate(() => sessionStorage.setItem('gut-skin-check.answers', '1'));
  await page.reload();
  const frame = page.frameLocator('iframe');
  await frame.getByRole('alert').filter({ hasText: 'cannot run inside this page' }).waitFor();
  assert.equal(await frame.getByRole('button').count(), 0, 'no quiz, no answers');
  assert.ok(log.errors.some((e) => e.includes('own origin frames it')), log.errors.join('\n'));
  await bare.close();

  // The deployment's frame-ancestors (as make serve sends it) keeps such a frame empty.
  await page.route(`${quiz.url}clinic/`, hostPage(`<iframe title="quiz" src="${quiz.url}"></iframe>`));
  const refused = page.waitForEvent('console', (m) => m.type() === 'error' && /frame-ancestors/.test(m.text()));
  await page.goto(`${quiz.url}clinic/`);
  await refused;
  await context.close();
});

for (const [what, path] of [
  ['embed.js', ''],
  ['a plain iframe with the sandbox attribute', 'plain-iframe.html'],
]) {
  test(`inside ${what}, with storage blocked, the whole quiz works by tap`, async () => {
    const { page, context, frame, log } = await clinicPage(PHONE, path, { blockStorage: true });
    if (path) {
      assert.equal(
        await page.locator('iframe').getAttribute('sandbox'),
        'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox',
      );
    }
    await frame.getByRole('button', { name: 'Start the quiz' }).tap();
    for (let i = 0; i < BUSY_PERSON.length; i++) {
      await frame.getByText(`Question ${i + 1} of 27`).waitFor();
      await answer(frame, BUSY_PERSON[i][1], { touch: true });
      await frame.getByRole('button', { name: i + 1 === BUSY_PERSON.length ? 'See my result' : 'Next' }).tap();
    }
    await frame.getByRole('table', { name: /Your scores/ }).waitFor();
    assert.ok(await frame.getByRole('link', { name: 'Book a consultation' }).isVisible());
    assert.deepEqual(log.errors, []);
    await context.close();
  });
}

test('where the browser gives the frame storage of its own, a reload keeps the answers and Clear removes them', async () => {
  // Chromium as it ships partitions a cross-site frame's storage; the other
  // tests run with it switched off, where the frame has no storage at all.
  const partitioned = await launchPartitioned();
  const context = await partitioned.newContext(DESKTOP);
  const page = await context.newPage();
  const log = quizLog(page);
  await page.goto(clinic.url);
  const frame = page.frameLocator(`iframe[title="${QUIZ_TITLE}"]`);
  await frame.getByRole('button', { name: 'Start the quiz', disabled: false }).click();
  await answerFirstTwo(frame);
  const inner = () => page.frames().find((f) => f !== page.mainFrame());
  assert.ok((await inner().evaluate(() => sessionStorage.getItem('gut-skin-check.answers'))) !== null, 'saved in the frame');
  await page.reload();
  await frame.getByRole('button', { name: 'Continue where you left off' }).click();
  await frame.getByText(/^Question 3 of \d+$/).waitFor();
  await frame.getByRole('button', { name: 'Clear my answers' }).click();
  await frame.getByRole('button', { name: 'Start the quiz' }).waitFor();
  assert.deepEqual(await inner().evaluate(() => Object.keys(sessionStorage)), []);
  await page.reload();
  await frame.getByRole('button', { name: 'Start the quiz', disabled: false }).waitFor();
  assert.equal(await frame.getByRole('button', { name: 'Continue where you left off' }).count(), 0);
  assert.deepEqual(log.errors, []);
  await context.close();
  await partitioned.close();
});

test('embed.js stays small and names no host', () => {
  const source = readFileSync(`${DIST}embed.js`);
  const gzipped = gzipSync(source, { level: 9 }).length;
  console.log(`embed.js: ${source.length} bytes, ${gzipped} bytes gzipped`);
  assert.ok(gzipped < 2048, `${gzipped} bytes gzipped`);
  assert.doesNotMatch(source.toString(), /https?:\/\//);
});
