// The quiz taken as a person takes it: in Debian's Chromium, on a phone
// viewport, by roles and visible labels. The result's numbers are checked
// against the scoring module's own verdict for the same answers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PHONE, SMALL_PHONE, DESKTOP, OUTPUT, servedQuiz } from './harness.mjs';
import { BUSY_PERSON, heading, expectQuestion, answer, expectedScores, tableScores, radarValues, focusedId, noSidewaysScroll } from './person.mjs';

// The quiz served from dist/ and one Chromium for the whole file.
const the = servedQuiz();

/** A new page that fails the test on any page error or console error. */
async function openPage(device) {
  const context = await the.browser.newContext(device);
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  await page.goto(the.server.url);
  return { page, context, problems };
}

test('a person takes the whole quiz on a phone and sees the scoring module’s result', async () => {
  const { page, context, problems } = await openPage(PHONE);

  await heading(page).filter({ hasText: 'How is your lifestyle treating your gut' }).waitFor();
  assert.ok(await page.getByText('Your answers never leave this device').isVisible());
  assert.ok(await page.getByText('about 3 minutes').isVisible());
  await page.screenshot({ path: `${OUTPUT}intro-phone.png` });
  await page.getByRole('button', { name: 'Start the quiz' }).tap();

  const compact = [];
  for (let i = 0; i < BUSY_PERSON.length; i++) {
    const [prompt, labels] = BUSY_PERSON[i];
    const number = i + 1;
    await expectQuestion(page, number, prompt);
    assert.equal(await focusedId(page), 'step-heading', `focus is on question ${number}'s heading`);
    assert.ok(await page.getByRole('group', { name: (await heading(page).textContent()).trim() }).isVisible());

    if (number === 1) {
      // Next without an answer: a message naming the question, and no move.
      await page.getByRole('button', { name: 'Next' }).tap();
      const alert = page.getByRole('alert');
      await alert.waitFor();
      assert.match(await alert.textContent(), /Please answer “How many portions of vegetables and fruit/);
      await expectQuestion(page, 1, prompt);
    }

    compact.push(await answer(page, labels, { touch: true }));
    if (number === 21) await page.screenshot({ path: `${OUTPUT}question-phone.png` });

    if (number === 5) {
      // The back gesture returns to the previous question, answer kept.
      await page.goBack();
      await expectQuestion(page, 4, BUSY_PERSON[3][0]);
      assert.ok(await page.getByRole('radio', { name: BUSY_PERSON[3][1][0], exact: true }).isChecked());
      await page.goForward();
      await expectQuestion(page, 5, prompt);
      assert.ok(await page.getByRole('radio', { name: labels[0], exact: true }).isChecked());
    }
    if (number === 11) {
      // A reload keeps the question and every answer so far.
      await page.reload();
      await expectQuestion(page, 11, prompt);
      assert.ok(await page.getByRole('radio', { name: labels[0], exact: true }).isChecked());
      await page.getByRole('button', { name: 'Back' }).tap();
      await expectQuestion(page, 10, BUSY_PERSON[9][0]);
      assert.ok(await page.getByRole('radio', { name: BUSY_PERSON[9][1][0], exact: true }).isChecked());
      await page.getByRole('button', { name: 'Next' }).tap();
      await expectQuestion(page, 11, prompt);
    }
    const last = number === BUSY_PERSON.length;
    await page.getByRole('button', { name: last ? 'See my result' : 'Next' }).tap();
  }

  await heading(page).filter({ hasText: 'Your gut–skin lifestyle picture' }).waitFor();
  assert.equal(await focusedId(page), 'step-heading');
  assert.match(page.url(), /#result$/);

  const expected = expectedScores(compact.join(''));
  assert.equal(expected.length, 10);
  assert.deepEqual(await tableScores(page), expected, 'table matches the scoring module');
  assert.deepEqual(await radarValues(page), expected.map(([, v]) => v), 'radar matches the scoring module');

  const chart = page.getByRole('img', { name: 'Radar chart of your lifestyle scores' });
  assert.ok(await chart.isVisible());
  assert.match(await chart.getAttribute('aria-labelledby'), /radar-desc/);

  // Work on first, strengths, signals, call to action and disclaimer.
  for (const name of ['Work on these first', 'Already working for you', 'Your gut signals', 'Your skin', 'Book a consultation']) {
    assert.ok(await page.getByRole('heading', { name, exact: true }).isVisible(), name);
  }
  const weakest = [...expected].sort((a, b) => a[1] - b[1])[0][0];
  assert.ok(await page.getByRole('heading', { level: 3, name: weakest, exact: true }).isVisible(), `advice for ${weakest}`);
  assert.ok(await page.getByRole('region', { name: 'Your skin' }).getByText('Acne or breakouts').isVisible());
  assert.ok(await page.getByText(/not a diagnosis/).isVisible());
  assert.equal(await page.getByRole('heading', { name: 'Please see a doctor' }).count(), 0);
  await noSidewaysScroll(page, 'result');

  await page.screenshot({ path: `${OUTPUT}result-phone.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 760 });
  await page.screenshot({ path: `${OUTPUT}result-phone-top.png` });

  // Back from the result returns to the last question.
  await page.goBack();
  await expectQuestion(page, 25, BUSY_PERSON[24][0]);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a warning sign puts “Please see a doctor” above the chart, and Start again forgets everything', async () => {
  const { page, context, problems } = await openPage(DESKTOP);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  for (let number = 1; number <= BUSY_PERSON.length; number++) {
    await page.getByText(`Question ${number} of`).waitFor();
    const group = page.getByRole('group');
    if (number === 25) {
      await page.getByRole('checkbox', { name: 'Blood in your stools, or black stools' }).click();
      await page.getByRole('checkbox', { name: 'Losing weight without trying' }).click();
    } else if ((await group.getByRole('checkbox').count()) > 0) {
      await page.getByRole('checkbox', { name: 'None of these' }).click();
    } else {
      await group.getByRole('radio').last().click();
    }
    // Enter in the form is the same as Next.
    await page.keyboard.press('Enter');
  }
  const notice = page.getByRole('heading', { name: 'Please see a doctor' });
  await notice.waitFor();
  const noticeBox = await notice.boundingBox();
  const chartBox = await page.getByRole('img', { name: 'Radar chart of your lifestyle scores' }).boundingBox();
  assert.ok(noticeBox.y < chartBox.y, 'notice above the chart');
  assert.ok(await page.getByRole('alert').getByRole('listitem').filter({ hasText: 'Losing weight without trying' }).isVisible());
  await page.screenshot({ path: `${OUTPUT}result-red-flag-desktop.png` });

  await page.getByRole('button', { name: 'Start again' }).click();
  await page.getByRole('button', { name: 'Start the quiz', disabled: false }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Continue where you left off' }).count(), 0);
  assert.equal(await page.evaluate(() => sessionStorage.length), 0, 'nothing left in session storage');
  assert.equal(new URL(page.url()).hash, '');
  assert.deepEqual(problems, []);
  await context.close();
});

test('at 320 px nothing scrolls sideways and answer options are finger-sized', async () => {
  const { page, context, problems } = await openPage(SMALL_PHONE);
  await noSidewaysScroll(page, 'intro');
  await page.getByRole('button', { name: 'Start the quiz' }).tap();
  for (let number = 1; number <= BUSY_PERSON.length; number++) {
    await page.getByText(`Question ${number} of`).waitFor();
    await noSidewaysScroll(page, `question ${number}`);
    for (const box of await page.locator('label.option').evaluateAll((ls) => ls.map((l) => l.getBoundingClientRect().height))) {
      assert.ok(box >= 44, `question ${number}: an option is ${box}px high`);
    }
    const [, labels] = BUSY_PERSON[number - 1];
    await answer(page, labels, { touch: true });
    await page.getByRole('button', { name: number === BUSY_PERSON.length ? 'See my result' : 'Next' }).tap();
  }
  await page.getByRole('table', { name: /Your scores/ }).waitFor();
  await noSidewaysScroll(page, 'result');
  // Every radar label lies inside the drawing, so none is cut off.
  const outside = await page.locator('svg.radar').evaluate((svg) => {
    const frame = svg.getBoundingClientRect();
    return [...svg.querySelectorAll('text')]
      .map((t) => [t.textContent, t.getBoundingClientRect()])
      .filter(([, r]) => r.left < frame.left - 0.5 || r.right > frame.right + 0.5)
      .map(([text]) => text);
  });
  assert.deepEqual(outside, []);
  await page.screenshot({ path: `${OUTPUT}result-320.png`, fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});

test('dark mode follows the system setting', async () => {
  const { page, context } = await openPage({ ...PHONE, colorScheme: 'dark' });
  const [bg, fg] = await page.evaluate(() => {
    const s = getComputedStyle(document.body);
    return [s.backgroundColor, s.color];
  });
  assert.equal(bg, 'rgb(18, 23, 21)');
  assert.equal(fg, 'rgb(233, 239, 236)');
  await page.getByRole('button', { name: 'Start the quiz' }).tap();
  await page.getByText('Question 1 of').waitFor();
  await page.screenshot({ path: `${OUTPUT}question-phone-dark.png` });
  await context.close();
});
