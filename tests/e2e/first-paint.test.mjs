// The first screen is painted from index.html before the WebAssembly has
// arrived, and the quiz takes over in place: nothing moves.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PHONE, DESKTOP, servedQuiz } from './harness.mjs';

// The quiz served from dist/ and one Chromium for the whole file.
const the = servedQuiz();

/** Holds the page's WebAssembly request back; the returned function lets it go. */
async function holdWasm(page) {
  let release;
  const held = new Promise((r) => (release = r));
  await page.route(/\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

for (const [name, device] of [['phone', PHONE], ['desktop', DESKTOP]]) {
  test(`the intro is on screen before the WebAssembly, and the quiz replaces it without a shift (${name})`, async () => {
    const context = await the.browser.newContext(device);
    await context.addInitScript(() => {
      window.layoutShift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.layoutShift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const page = await context.newPage();
    // Hold the WebAssembly back until the static intro has been looked at.
    const release = await holdWasm(page);
    await page.goto(the.server.url, { waitUntil: 'domcontentloaded' });
    const title = page.getByRole('heading', { level: 1, name: /How is your lifestyle treating your gut/ });
    await title.waitFor();
    assert.equal(await page.locator('#static-intro').count(), 1, 'painted from index.html');
    assert.ok(await page.getByRole('button', { name: 'Start the quiz' }).isDisabled(), 'waits for the quiz');
    const before = await title.boundingBox();
    const startBefore = await page.getByRole('button', { name: 'Start the quiz' }).boundingBox();

    release();
    await page.locator('#static-intro').waitFor({ state: 'detached' });
    const start = page.getByRole('button', { name: 'Start the quiz' });
    assert.ok(await start.isEnabled());
    assert.deepEqual(await title.boundingBox(), before, 'the heading did not move');
    assert.deepEqual(await start.boundingBox(), startBefore, 'the button did not move');
    assert.equal(await page.evaluate(() => window.layoutShift), 0, 'cumulative layout shift');
    await start.click();
    await page.getByText('Question 1 of 27').waitFor();
    await context.close();
  });
}

test('the largest paint is the intro from index.html, even when the WebAssembly is ready first', async () => {
  const context = await the.browser.newContext(PHONE);
  await context.addInitScript(() => {
    window.paints = { largest: [], first: [] };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.paints.largest.push({ at: e.startTime, element: e.element });
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.paints.first.push(e.startTime);
    }).observe({ type: 'paint', buffered: true });
  });
  const page = await context.newPage();
  await page.goto(the.server.url);
  await page.getByRole('button', { name: 'Start the quiz', disabled: false }).waitFor();
  // One more frame, so any paint by the live intro has been reported.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  const paints = await page.evaluate(() => ({
    first: window.paints.first,
    // A removed element reads as null: the static intro, since replaced.
    largest: window.paints.largest.map((e) => ({ at: e.at, fromIndexHtml: !e.element || !!e.element.closest('#static-intro') })),
  }));
  assert.equal(paints.largest.length, 1, JSON.stringify(paints));
  assert.ok(paints.largest[0].fromIndexHtml, 'the largest paint is the static intro');
  assert.equal(paints.largest[0].at, paints.first[1], 'at the first contentful paint');
  await context.close();
});

test('a deep link or another language does not flash the English intro', async () => {
  for (const [path, options] of [['#q3', {}], ['', { locale: 'de-DE' }], ['?clinic=meadow', {}]]) {
    const context = await the.browser.newContext({ ...PHONE, ...options });
    const page = await context.newPage();
    const release = await holdWasm(page);
    await page.goto(the.server.url + path, { waitUntil: 'domcontentloaded' });
    assert.equal(await page.locator('#static-intro').isVisible(), false, `${path || options.locale}: hidden`);
    release();
    await page.locator('main.quiz').first().waitFor();
    await context.close();
  }
});
