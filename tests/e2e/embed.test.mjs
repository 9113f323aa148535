// The quiz on a clinic's website: the example clinic page on one origin
// (localhost), the quiz on another (127.0.0.1). The frame follows the quiz's
// height, the clinic's colour and call to action show, strangers' messages
// are ignored, bad settings fall back with a warning, and the quiz works in
// a sandboxed frame with storage blocked.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { serve, launch, quizLog, PHONE, DESKTOP, OUTPUT, DIST } from './harness.mjs';
import { BUSY_PERSON, answer, shareFragment, BUSY_COMPACT } from './person.mjs';

const CLINIC_DIR = new URL('../../examples/clinic/', import.meta.url).pathname;
const QUIZ_TITLE = 'Gut–Skin Check quiz';

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
    if (block) {
      const refuse = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
      Object.defineProperty(window, 'sessionStorage', { get: refuse });
      Object.defineProperty(window, 'localStorage', { get: refuse });
    }
  }, blockStorage);
  const page = await context.newPage();
  const log = quizLog(page);
  await page.goto(clinic.url + path);
  const frame = page.frameLocator(`iframe[title="${QUIZ_TITLE}"]`);
  return { page, context, frame, log };
}

/** Waits until the iframe is exactly as tall as the quiz inside it; returns that height. */
async function fitted(page) {
  const inner = page.frames().find((f) => f.url().startsWith(quiz.url));
  // The frame follows the content a message later, and the result paints its
  // lower part a frame after the chart: measure until the two agree.
  const deadline = Date.now() + 5000;
  for (;;) {
    const content = await inner.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
    await page.waitForFunction(
      ([title, height]) => Math.abs(document.querySelector(`iframe[title="${title}"]`).getBoundingClientRect().height - height) <= 1,
      [QUIZ_TITLE, content],
      { timeout: 5000 },
    );
    const [scroll, client] = await inner.evaluate(() => [document.documentElement.scrollHeight, document.documentElement.clientHeight]);
    if (scroll <= client + 1) return content;
    assert.ok(Date.now() < deadline, `inner scroll bar: ${scroll} > ${client}`);
  }
}

for (const [name, device] of [['phone', PHONE], ['desktop', DESKTOP]]) {
  test(`on a clinic's page (${name}) the frame grows and shrinks with the quiz, in the clinic's colours`, async () => {
    const { page, context, frame, log } = await clinicPage(device);
    await frame.getByRole('heading', { name: /How is your lifestyle treating your gut/ }).waitFor();
    assert.ok(await frame.getByText('Meadow Skin & Nutrition Clinic').isVisible(), 'clinic name inside the quiz');
    const start = frame.getByRole('button', { name: 'Start the quiz' });
    const [bg, fg] = await start.evaluate((b) => [getComputedStyle(b).backgroundColor, getComputedStyle(b).color]);
    assert.equal(bg, 'rgb(160, 51, 126)', 'accent colour from data-accent');
    assert.equal(fg, 'rgb(255, 255, 255)', 'readable text on the accent');
    const introHeight = await fitted(page);
    if (device === PHONE) await page.screenshot({ path: `${OUTPUT}embed-intro-phone.png`, fullPage: true });

    const tap = (locator) => (device === PHONE ? locator.tap() : locator.click());
    await tap(start);
    const heights = [];
    for (let i = 0; i < BUSY_PERSON.length; i++) {
      await frame.getByText(`Question ${i + 1} of 27`).waitFor();
      heights.push(await fitted(page));
      await answer(frame, BUSY_PERSON[i][1], { touch: device === PHONE });
      await tap(frame.getByRole('button', { name: i + 1 === BUSY_PERSON.length ? 'See my result' : 'Next' }));
    }
    await frame.getByRole('table', { name: /Your scores/ }).waitFor();
    const resultHeight = await fitted(page);
    assert.ok(resultHeight > Math.max(...heights) + 500, `the frame grew for the result: ${resultHeight}px`);
    assert.ok(new Set(heights).size > 1, 'question heights differ and the frame followed them');

    const cta = frame.getByRole('link', { name: 'Book a consultation' });
    assert.equal(await cta.getAttribute('href'), 'https://meadow-clinic.example/book');
    assert.equal(await cta.getAttribute('target'), '_blank', 'opens outside the frame');

    // The share link points at the quiz, keeps the branding, not the frame's parent.
    const link = new URL(await frame.getByRole('textbox', { name: 'Result link' }).inputValue());
    assert.equal(link.origin + '/', quiz.url);
    assert.equal(link.searchParams.get('clinic'), 'Meadow Skin & Nutrition Clinic');
    assert.equal(link.searchParams.get('accent'), '#a0337e');
    assert.equal(link.searchParams.get('cta-url'), 'https://meadow-clinic.example/book');
    assert.equal(link.searchParams.get('parent'), null);
    assert.match(link.hash, /^#r=/);
    if (device === PHONE) await page.screenshot({ path: `${OUTPUT}embed-result-phone.png` });

    await tap(frame.getByRole('button', { name: 'Start again' }));
    await frame.getByRole('button', { name: 'Start the quiz', disabled: false }).waitFor();
    const after = await fitted(page);
    assert.ok(after < resultHeight - 500, `the frame shrank back: ${after}px`);
    assert.ok(Math.abs(after - introHeight) < 80, `back to about the intro's height (${introHeight}px → ${after}px)`);

    const inner = page.frames().find((f) => f.url().startsWith(quiz.url));
    assert.deepEqual(await inner.evaluate(() => window.cspViolations), []);
    assert.deepEqual(log.warnings, []);
    assert.deepEqual(log.errors, []);
    await context.close();
  });
}

test('the shared link opens with the clinic’s branding, outside any frame', async () => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const fragment = shareFragment(BUSY_COMPACT);
  await page.goto(`${quiz.url}?clinic=Meadow+Skin+%26+Nutrition+Clinic&accent=%23a0337e&cta-label=Book+a+consultation&cta-url=https%3A%2F%2Fmeadow-clinic.example%2Fbook${fragment}`);
  await page.getByText('Shared result', { exact: true }).waitFor();
  await page.getByRole('link', { name: 'Book a consultation' }).waitFor();
  assert.ok(await page.getByText('Meadow Skin & Nutrition Clinic').isVisible());
  assert.ok(await page.getByRole('link', { name: 'Book a consultation' }).isVisible());
  await context.close();
});

test('height messages from another origin or another frame are ignored', async () => {
  const { page, context, frame } = await clinicPage(PHONE);
  await frame.getByRole('button', { name: 'Start the quiz', disabled: false }).waitFor();
  const fittedHeight = await fitted(page);
  const frameHeight = () => page.locator(`iframe[title="${QUIZ_TITLE}"]`).evaluate((f) => f.getBoundingClientRect().height);

  // Count what arrives, so the check below runs after each message was handled
  // (embed.js's listener was added first, so it has run by then).
  await page.evaluate(() => {
    window.seen = { self: 0, stranger: 0 };
    window.addEventListener('message', (e) => {
      if (e.source === window) window.seen.self += 1;
      const other = document.getElementById('stranger');
      if (other && e.source === other.contentWindow) window.seen.stranger += 1;
    });
  });
  // The host page itself (wrong origin) claims a height.
  await page.evaluate(() => window.postMessage({ type: 'gut-skin-check:height', height: 7 }, '*'));
  await page.waitForFunction(() => window.seen.self > 0);
  assert.equal(Math.round(await frameHeight()), fittedHeight);
  // Another frame from the quiz's own origin (right origin, wrong source) reports its height.
  await page.evaluate((src) => {
    const other = document.createElement('iframe');
    other.id = 'stranger';
    other.style.width = '160px';
    other.src = src;
    document.body.append(other);
  }, `${quiz.url}?parent=${encodeURIComponent(new URL(clinic.url).origin)}`);
  await page.waitForFunction(() => window.seen.stranger > 0);
  assert.equal(Math.round(await frameHeight()), fittedHeight);
  await context.close();
});

test('a bad colour and a javascript: address fall back to the defaults, each with a warning', async () => {
  const path = `?${new URLSearchParams({ '#a0337e': 'red', 'https://meadow-clinic.example/book': 'javascript:alert(1)' })}`;
  const { page, context, frame, log } = await clinicPage(PHONE, path);
  await frame.getByRole('button', { name: 'Start the quiz', disabled: false }).waitFor();
  const bg = await frame.getByRole('button', { name: 'Start the quiz' }).evaluate((b) => getComputedStyle(b).backgroundColor);
  assert.equal(bg, 'rgb(31, 111, 92)', 'the default accent');
  assert.equal(log.warnings.length, 2, log.warnings.join('\n'));
  assert.ok(log.warnings.some((w) => w.includes('data-accent')));
  assert.ok(log.warnings.some((w) => w.includes('data-cta-url')));
  // Take the quiz quickly to the result: the call to action has no link.
  await frame.getByRole('button', { name: 'Start the quiz' }).tap();
  for (let i = 0; i < BUSY_PERSON.length; i++) {
    await frame.getByText(`Question ${i + 1} of 27`).waitFor();
    await answer(frame, BUSY_PERSON[i][1], { touch: true });
    await frame.getByRole('button', { name: i + 1 === BUSY_PERSON.length ? 'See my result' : 'Next' }).tap();
  }
  await frame.getByRole('heading', { name: 'Book a consultation' }).waitFor();
  assert.equal(await frame.getByRole('link', { name: /Book/ }).count(), 0, 'no javascript: link');
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

test('embed.js stays small and names no host', () => {
  const source = readFileSync(`${DIST}embed.js`);
  const gzipped = gzipSync(source, { level: 9 }).length;
  console.log(`embed.js: ${source.length} bytes, ${gzipped} bytes gzipped`);
  assert.ok(gzipped < 2048, `${gzipped} bytes gzipped`);
  assert.doesNotMatch(source.toString(), /https?:\/\//);
});
