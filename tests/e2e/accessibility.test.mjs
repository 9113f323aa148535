// Everyone can take it: axe-core finds no WCAG 2.2 A/AA violation on any
// screen, at 320 px, on a phone and on a desktop, light and dark; the whole
// quiz and sharing work with the keyboard alone; targets are large enough;
// nothing scrolls sideways at 320 px or at 200 % zoom.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { PHONE, SMALL_PHONE, DESKTOP, OUTPUT, servedQuiz } from './harness.mjs';
import { BUSY_PERSON, BETTER_PERSON, answer, heading, shareFragment, BUSY_COMPACT as BUSY } from './person.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// The quiz served from dist/ and one Chromium for the whole file.
const the = servedQuiz();

/** Runs axe on the page as it is now; fails with every violation listed. */
async function scan(page, where) {
  // Evaluated through the DevTools protocol, so the page's strict CSP stays on.
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE);
  const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), TAGS);
  const found = result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(found, [], `axe on ${where}`);
  return result.passes.length;
}

async function next(page, last) {
  await page.getByRole('button', { name: last ? 'See my result' : 'Next' }).click();
}

const SIZES = [
  ['320 px', SMALL_PHONE],
  ['phone', PHONE],
  ['desktop', DESKTOP],
];

for (const [size, device] of SIZES) {
  for (const colorScheme of ['light', 'dark']) {
    test(`axe finds nothing on any screen (${size}, ${colorScheme})`, async () => {
      const context = await the.browser.newContext({ ...device, colorScheme, permissions: ['clipboard-read', 'clipboard-write'] });
      const page = await context.newPage();
      await page.goto(the.server.url);
      await page.getByRole('button', { name: 'Start the quiz', disabled: false }).waitFor();
      let checks = await scan(page, 'the intro');
      await page.getByRole('button', { name: 'Start the quiz' }).click();
      for (let i = 0; i < BUSY_PERSON.length; i++) {
        await page.getByText(`Question ${i + 1} of 27`).waitFor();
        if (i === 0) {
          await next(page, false);
          await page.getByRole('alert').waitFor();
          await scan(page, 'a missing answer');
        }
        await scan(page, `question ${i + 1}`);
        await answer(page, BUSY_PERSON[i][1], { touch: false });
        await next(page, i + 1 === BUSY_PERSON.length);
      }
      await page.getByRole('table', { name: /Your scores/ }).waitFor();
      await scan(page, 'the result');
      await page.getByRole('button', { name: 'Share link' }).click();
      await page.getByRole('status').filter({ hasText: 'Link copied' }).waitFor();
      await scan(page, 'the result after sharing');

      await page.goto(the.server.url + shareFragment(BUSY));
      await page.reload();
      await page.getByText('Shared result', { exact: true }).waitFor();
      await scan(page, 'a shared result');
      await page.getByRole('button', { name: 'Retake and compare' }).click();
      for (let i = 0; i < BETTER_PERSON.length; i++) {
        await page.getByText(`Question ${i + 1} of 27`).waitFor();
        await answer(page, BETTER_PERSON[i][1], { touch: false });
        await next(page, i + 1 === BETTER_PERSON.length);
      }
      await heading(page).filter({ hasText: 'then and now' }).waitFor();
      await scan(page, 'the comparison');

      await page.goto(`${the.server.url}#r=AVQpmVUZ`);
      await page.reload();
      await heading(page).filter({ hasText: 'cannot be opened' }).waitFor();
      await scan(page, 'a damaged link');

      await page.getByRole('button', { name: 'Clear my answers' }).click();
      await page.getByRole('status').filter({ hasText: 'cleared' }).waitFor();
      checks += await scan(page, 'the intro after clearing');
      assert.ok(checks > 20, 'axe really ran its checks');
      await context.close();
    });
  }
}

/** Presses Tab until the focused element's accessible text matches; returns the number of presses. */
async function tabTo(page, name) {
  for (let presses = 1; presses <= 80; presses++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => {
      const el = document.activeElement;
      return (el?.labels?.[0]?.textContent ?? el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim();
    });
    if (label === name) return presses;
  }
  assert.fail(`could not reach “${name}” with Tab`);
}

const focusedId = (page) => page.evaluate(() => document.activeElement?.id);

test('the whole quiz and sharing with the keyboard alone: Tab, arrows, Space, Enter', async () => {
  const context = await the.browser.newContext({ ...DESKTOP, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(the.server.url);
  await page.getByRole('button', { name: 'Start the quiz', disabled: false }).waitFor();
  await tabTo(page, 'Start the quiz');
  await page.keyboard.press('Enter');

  for (let i = 0; i < BUSY_PERSON.length; i++) {
    await page.getByText(`Question ${i + 1} of 27`).waitFor();
    assert.equal(await focusedId(page), 'step-heading', `focus on question ${i + 1}'s heading`);
    const labels = BUSY_PERSON[i][1];
    const options = await page.locator('fieldset label.option').allTextContents();
    const multiple = (await page.locator('fieldset input[type=checkbox]').count()) > 0;
    if (multiple) {
      // Checkboxes: Tab to each one wanted and tick it with Space.
      for (const label of labels) {
        await tabTo(page, label);
        await page.keyboard.press('Space');
      }
    } else {
      // A radio group: Tab in, Space picks the first, arrows move the choice.
      await tabTo(page, options[0].trim());
      await page.keyboard.press('Space');
      const target = options.findIndex((o) => o.trim() === labels[0]);
      for (let k = 0; k < target; k++) await page.keyboard.press('ArrowDown');
    }
    for (const label of labels) {
      const input = page.getByRole(multiple ? 'checkbox' : 'radio', { name: label, exact: true });
      assert.ok(await input.isChecked(), `question ${i + 1}: ${label} chosen by keyboard`);
    }
    // Enter on the chosen answer goes on, like Next.
    await page.keyboard.press('Enter');
  }
  await page.getByRole('table', { name: /Your scores/ }).waitFor();
  assert.equal(await focusedId(page), 'step-heading', 'focus on the result heading');
  await tabTo(page, 'Share link');
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: 'Link copied' }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /#r=/);
  // Print is a button too.
  await tabTo(page, 'Print or save as PDF');
  await context.close();
});

test('focus is always visible: a strong outline on every control', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const context = await the.browser.newContext({ ...PHONE, colorScheme });
    const page = await context.newPage();
    await page.goto(the.server.url);
    await page.getByRole('button', { name: 'Start the quiz', disabled: false }).waitFor();
    await page.keyboard.press('Tab');
    const [style, width] = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement);
      return [s.outlineStyle, parseFloat(s.outlineWidth)];
    });
    assert.equal(style, 'solid');
    assert.ok(width >= 3, `outline ${width}px`);
    await page.screenshot({ path: `${OUTPUT}focus-${colorScheme}.png` });
    await context.close();
  }
});

/** Every control's target box: inputs count with their label, as a tap on the label picks them. */
async function targetBoxes(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])')]
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => {
        const target = el.closest('label') ?? el;
        const r = target.getBoundingClientRect();
        return { what: (target.textContent || el.outerHTML).trim().slice(0, 40), width: r.width, height: r.height, option: target.matches('label.option') };
      }),
  );
}

test('at 320 px every target is at least 24×24, answers and buttons at least 44 high', async () => {
  const context = await the.browser.newContext({ ...SMALL_PHONE, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(the.server.url);
  await page.getByRole('button', { name: 'Start the quiz', disabled: false }).waitFor();
  const check = async (where) => {
    const boxes = await targetBoxes(page);
    assert.ok(boxes.length > 0);
    for (const b of boxes) {
      assert.ok(b.width >= 24 && b.height >= 24, `${where}: “${b.what}” is ${b.width}×${b.height}`);
      if (b.option) assert.ok(b.height >= 44, `${where}: answer “${b.what}” is ${b.height} high`);
    }
    const buttons = await page.locator('button').evaluateAll((bs) => bs.map((b) => [b.textContent, b.getBoundingClientRect().height]));
    for (const [text, h] of buttons) assert.ok(h >= 44, `${where}: button “${text}” is ${h} high`);
  };
  await check('the intro');
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  for (let i = 0; i < BUSY_PERSON.length; i++) {
    await page.getByText(`Question ${i + 1} of 27`).waitFor();
    await check(`question ${i + 1}`);
    await answer(page, BUSY_PERSON[i][1], { touch: false });
    await next(page, i + 1 === BUSY_PERSON.length);
  }
  await page.getByRole('table', { name: /Your scores/ }).waitFor();
  await check('the result');
  await context.close();
});

test('at 200 % zoom nothing scrolls sideways', async () => {
  // A 1280 px wide window zoomed to 200 % lays out like 640 CSS px at twice the pixels.
  const context = await the.browser.newContext({ viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await page.goto(the.server.url);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  for (let i = 0; i < BUSY_PERSON.length; i++) {
    await page.getByText(`Question ${i + 1} of 27`).waitFor();
    assert.ok((await sideways()) <= 0, `question ${i + 1}`);
    await answer(page, BUSY_PERSON[i][1], { touch: false });
    await next(page, i + 1 === BUSY_PERSON.length);
  }
  await page.getByRole('table', { name: /Your scores/ }).waitFor();
  assert.ok((await sideways()) <= 0, 'the result');
  await context.close();
});

test('in forced colours (Windows high contrast) the chart and the chosen answer stay visible', async () => {
  const context = await the.browser.newContext({ ...PHONE, forcedColors: 'active' });
  const page = await context.newPage();
  await page.goto(the.server.url + shareFragment(BUSY));
  await page.reload();
  await page.getByText('Shared result', { exact: true }).waitFor();
  const [fill, stroke] = await page.locator('polygon.radar-shape.now').evaluate((p) => [getComputedStyle(p).fill, getComputedStyle(p).stroke]);
  assert.equal(fill, 'none');
  assert.notEqual(stroke, 'none');
  await page.screenshot({ path: `${OUTPUT}forced-colors-result.png` });
  await page.goto(the.server.url);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await page.getByRole('radio', { name: '3 or 4' }).click();
  const outline = await page.locator('label.option.chosen').evaluate((l) => getComputedStyle(l).outlineStyle);
  assert.equal(outline, 'solid', 'the chosen answer is outlined, not only tinted');
  await context.close();
});
