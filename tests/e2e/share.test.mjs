// The result travels only in the person's hands: a share link that opens the
// same result in a fresh browser, a comparison with a retake, damaged links
// answered in plain words, print on one page, and the chart as a file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { PHONE, DESKTOP, OUTPUT, servedQuiz, openQuiz } from './harness.mjs';
import { BUSY_PERSON, BETTER_PERSON, heading, takeQuiz, expectedScores, tableScores, radarValues, compareRows, signed, shareFragment } from './person.mjs';

// The quiz served from dist/ and one Chromium for the whole file.
const the = servedQuiz();

const openPage = (device, path = '', options = {}) => openQuiz(the, device, path, options);

// Filled in by the first test, used by the later ones.
let busyLink;
let busyCompact;

test('share a result on a phone and open it in a fresh browser', async () => {
  const { page, context, problems } = await openPage(PHONE, '', { permissions: ['clipboard-read', 'clipboard-write'] });
  await page.getByRole('button', { name: 'Start the quiz' }).tap();
  busyCompact = await takeQuiz(page, BUSY_PERSON, { touch: true });
  await heading(page).filter({ hasText: 'Your gut–skin lifestyle picture' }).waitFor();
  const mine = await tableScores(page);

  assert.ok(await page.getByText('This link contains your answers. Share it only with people you trust.').isVisible());
  const field = page.getByRole('textbox', { name: 'Result link' });
  assert.equal(await field.isEditable(), false, 'the link field is read-only');
  busyLink = await field.inputValue();
  assert.ok(busyLink.startsWith(`${the.server.url}#r=`), busyLink);
  const fragment = new URL(busyLink).hash;
  console.log(`share link: ${busyLink.length} characters in all, fragment ${fragment.length} characters`);
  assert.ok(fragment.length <= 60, `fragment is ${fragment.length} characters`);

  // No Web Share API in desktop Linux Chromium: the button copies instead.
  await page.getByRole('button', { name: 'Share link' }).tap();
  await page.getByRole('status').filter({ hasText: 'Link copied' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), busyLink);

  const qr = page.getByRole('img', { name: 'QR code of the result link' });
  assert.ok(await qr.isVisible());
  const qrBox = await qr.boundingBox();
  assert.ok(qrBox.width >= 150, `QR code is ${qrBox.width}px wide`);
  await qr.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${OUTPUT}share-phone.png` });
  assert.deepEqual(problems, []);
  await context.close();

  // A practitioner opens the link: another browser, nothing shared but the link.
  const other = await openPage(PHONE, new URL(busyLink).hash);
  await other.page.getByText('Shared result', { exact: true }).waitFor();
  assert.ok(await heading(other.page).filter({ hasText: 'A shared gut–skin lifestyle picture' }).isVisible());
  assert.deepEqual(await tableScores(other.page), mine, 'the same numbers as where it was taken');
  assert.deepEqual(await radarValues(other.page), mine.map(([, v]) => v));
  assert.deepEqual(await tableScores(other.page), expectedScores(busyCompact));
  assert.ok(await other.page.getByRole('button', { name: 'Take the quiz yourself' }).isVisible());
  assert.ok(await other.page.getByRole('button', { name: 'Retake and compare' }).isVisible());
  assert.equal(await other.page.getByRole('textbox', { name: 'Result link' }).count(), 0);
  await other.page.screenshot({ path: `${OUTPUT}shared-phone.png` });
  assert.deepEqual(other.problems, []);
  await other.context.close();
});

test('where the browser has a share sheet, Share hands it the link', async () => {
  assert.ok(busyCompact);
  const context = await the.browser.newContext(PHONE);
  // A phone browser's share sheet, stood in for: it records what it is given.
  await context.addInitScript((answers) => {
    sessionStorage.setItem('gut-skin-check.answers', answers);
    navigator.share = async (data) => {
      window.sharedWith = data;
    };
  }, busyCompact);
  const page = await context.newPage();
  await page.goto(`${the.server.url}#result`);
  const link = await page.getByRole('textbox', { name: 'Result link' }).inputValue();
  assert.equal(link, busyLink, 'a reload of the result offers the same link');
  await page.getByRole('button', { name: 'Share link' }).tap();
  await page.waitForFunction(() => window.sharedWith);
  const shared = await page.evaluate(() => window.sharedWith);
  assert.equal(shared.url, busyLink);
  assert.equal(shared.title, 'Gut–Skin Check');
  assert.equal(await page.getByRole('status').textContent(), '', 'the sheet itself confirms; no extra message');
  await context.close();
});

test('retake and compare: both shapes on one radar, the change per axis, and a link of its own', async () => {
  assert.ok(busyLink, 'needs the link from the share test');
  const { page, context, problems } = await openPage(PHONE, new URL(busyLink).hash);
  await page.getByRole('button', { name: 'Retake and compare' }).tap();
  const betterCompact = await takeQuiz(page, BETTER_PERSON, { touch: true });
  await heading(page).filter({ hasText: 'then and now' }).waitFor();

  const before = expectedScores(busyCompact);
  const now = expectedScores(betterCompact);
  const expected = before.map(([name, b], i) => [name, b, now[i][1], signed(now[i][1] - b)]);
  assert.deepEqual(await compareRows(page), expected);
  assert.deepEqual(await radarValues(page, 'earlier'), before.map(([, v]) => v));
  assert.deepEqual(await radarValues(page, 'now'), now.map(([, v]) => v));
  // Told apart by line style and marker, not only colour.
  assert.equal(await page.locator('polygon.radar-shape.earlier').getAttribute('stroke-dasharray'), '6 4');
  assert.equal(await page.locator('polygon.radar-shape.now').getAttribute('stroke-dasharray'), null);
  assert.equal(await page.locator('.radar-points.earlier rect').count(), 10);
  assert.equal(await page.locator('.radar-points.now circle').count(), 10);
  assert.ok(await page.getByText('Earlier (dashed, square points)').isVisible());
  // Each result with the day it was taken.
  assert.equal(await page.locator('.legend .taken').filter({ hasText: /Taken on \d{4}-\d{2}-\d{2}/ }).count(), 2);
  await page.setViewportSize({ width: 390, height: 1100 });
  await page.screenshot({ path: `${OUTPUT}compare-phone.png` });

  const compareLink = await page.getByRole('textbox', { name: 'Result link' }).inputValue();
  assert.ok(new URL(compareLink).hash.length <= 60);
  assert.deepEqual(problems, []);
  await context.close();

  const other = await openPage(DESKTOP, new URL(compareLink).hash);
  await heading(other.page).filter({ hasText: 'then and now' }).waitFor();
  assert.ok(await other.page.getByText('Shared result', { exact: true }).isVisible());
  assert.deepEqual(await compareRows(other.page), expected);
  assert.deepEqual(other.problems, []);
  await other.context.close();
});

/** CRC-16/IBM-3740 (poly 0x1021, init 0xFFFF), as every link version ends with. */
function crc16(bytes) {
  let crc = 0xffff;
  for (const byte of bytes) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

/** A link whose version byte is `version`, with its checksum made good again. */
function resealed(bytes, version) {
  const body = Buffer.from(bytes.subarray(0, bytes.length - 2));
  body[0] = version;
  const check = crc16(body);
  return Buffer.concat([body, Buffer.from([check >> 8, check & 0xff])]).toString('base64url');
}

test('damaged links say what happened, offer the quiz, and show nothing half-done', async () => {
  assert.ok(busyLink);
  const code = new URL(busyLink).hash.slice('#r='.length);
  const bytes = Buffer.from(code, 'base64url');
  const edited = code.slice(0, 6) + (code[6] === 'A' ? 'B' : 'A') + code.slice(7);
  const cases = [
    ['truncated', `#r=${code.slice(0, 9)}`, 'The link is incomplete'],
    ['one character changed', `#r=${edited}`, 'The link has been changed or damaged'],
    ['a newer release', `#r=${resealed(bytes, 3)}`, 'newer version of this quiz'],
    ['a damaged first character', `#r=${(code[0] === 'A' ? 'B' : 'A') + code.slice(1)}`, 'The link has been changed or damaged'],
    ['not one of ours', `#r=${resealed(bytes, 0)}`, 'This is not a Gut–Skin Check result link'],
    ['empty', '#r=', 'the part after “#r=” is missing'],
    ['1 MB of garbage', `#r=${'x'.repeat(1 << 20)}`, 'The link has been changed or damaged'],
    ['not base64', '#r=%E2%9C%93%20hello', 'The link has been changed or damaged'],
  ];
  const { page, context, problems } = await openPage(PHONE);
  for (const [what, fragment, message] of cases) {
    await page.goto(the.server.url + fragment);
    await page.reload();
    await heading(page).filter({ hasText: 'This result link cannot be opened' }).waitFor();
    assert.ok(await page.getByText(message).isVisible(), `${what}: “${message}”`);
    assert.equal(await page.getByRole('table').count(), 0, `${what}: no table`);
    assert.equal(await page.getByRole('img').count(), 0, `${what}: no chart`);
  }
  await page.screenshot({ path: `${OUTPUT}damaged-link-phone.png` });
  await page.getByRole('button', { name: 'Take the quiz yourself' }).tap();
  await page.getByText('Question 1 of 27').waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

async function pdfPages(page, format) {
  const pdf = await page.pdf({ format, printBackground: true });
  writeFileSync(`${OUTPUT}result-${format}.pdf`, pdf);
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

test('printing a result gives at most two pages: chart, table, advice and every answer', async () => {
  assert.ok(busyLink);
  // Blood in stools (gut sign 2) and weight loss (other sign 0).
  const redFlag = busyCompact.replace(/x80x80x80$/, 'x04x01x80');
  assert.notEqual(redFlag, busyCompact);
  const { page, context, problems } = await openPage(DESKTOP, new URL(busyLink).hash);
  // The chart is painted first and the rest a frame later.
  await page.getByRole('table', { name: /Your scores/ }).waitFor();
  await page.emulateMedia({ media: 'print' });
  for (const name of ['Radar chart of your lifestyle scores']) assert.ok(await page.getByRole('img', { name }).isVisible());
  assert.ok(await page.getByRole('table', { name: /Your scores/ }).isVisible());
  for (const name of ['Lifestyle factors to work on', 'Your gut signals', 'Your skin', 'All answers', 'Book a consultation']) {
    assert.ok(await page.getByRole('heading', { name, exact: true }).isVisible(), name);
  }
  assert.equal(await page.getByRole('button', { name: 'Retake and compare' }).isVisible(), false, 'buttons are not printed');
  // The notice, the chart and the table lead the first page; with every
  // answer, the evidence beside each piece of advice and who the quiz is
  // for, a full result runs onto a second page, never a third.
  assert.ok((await pdfPages(page, 'A4')) <= 2, 'A4');
  assert.ok((await pdfPages(page, 'Letter')) <= 2, 'Letter');
  await page.screenshot({ path: `${OUTPUT}print-preview.png`, fullPage: true });

  // With warning signs the notice is printed too, still on one page.
  await page.goto(the.server.url + shareFragment(redFlag));
  await page.reload();
  await page.getByRole('heading', { name: 'Please see a doctor' }).waitFor();
  await page.getByRole('table', { name: /Your scores/ }).waitFor();
  assert.ok(await page.getByRole('heading', { name: 'Please see a doctor' }).isVisible());
  assert.ok((await pdfPages(page, 'A4')) <= 2, 'A4 with the doctor notice');
  assert.deepEqual(problems, []);
  await context.close();
});

test('download the chart as an SVG file, made in the page', async () => {
  assert.ok(busyLink);
  const { page, context, problems } = await openPage(PHONE, new URL(busyLink).hash);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download chart' }).tap()]);
  assert.equal(download.suggestedFilename(), 'gut-skin-check.svg');
  assert.match(download.url(), /^blob:/);
  const svg = readFileSync(await download.path(), 'utf8');
  assert.match(svg, /^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  const [shape] = svg.match(/<polygon [^>]*radar-shape now[^>]*>/);
  assert.match(shape, /fill="#1f6f5c"/, 'colours travel with the file');
  assert.match(svg, /Plant foods &amp; fibre/);
  assert.deepEqual(problems, []);
  await context.close();
});
