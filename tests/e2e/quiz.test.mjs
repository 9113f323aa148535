// The quiz taken as a person takes it: in Debian's Chromium, on a phone
// viewport, by roles and visible labels. The result's numbers are checked
// against the scoring module's own verdict for the same answers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PHONE, SMALL_PHONE, DESKTOP, OUTPUT, servedQuiz, openQuiz } from './harness.mjs';
import { readFileSync } from 'node:fs';
import { BUSY_PERSON, BUSY_COMPACT, CALM_PERSON, withAnswer, takeQuiz, heading, expectQuestion, answer, savedAnswers, expectedScores, tableScores, radarValues, focusedId, noSidewaysScroll } from './person.mjs';

// The quiz served from dist/ and one Chromium for the whole file.
const the = servedQuiz();

/** A new page on the quiz; the tests fail on any page error or console error. */
const openPage = (device) => openQuiz(the, device);

test('a person takes the whole quiz on a phone and sees the scoring module’s result', async () => {
  const { page, context, problems } = await openPage(PHONE);

  await heading(page).filter({ hasText: 'How is your lifestyle treating your gut' }).waitFor();
  assert.ok(await page.getByText('Your answers never leave this device').isVisible());
  assert.ok(await page.getByText('about 3 minutes').isVisible());
  assert.ok(await page.getByText(/^For adults \(18 and over\)/).isVisible(), 'the intro says who the quiz is for');
  await page.screenshot({ path: `${OUTPUT}intro-phone.png` });
  await page.getByRole('button', { name: 'Start the quiz' }).tap();

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

    await answer(page, labels, { touch: true });
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

  const compact = await savedAnswers(page);
  assert.equal(compact, BUSY_COMPACT, 'the answers the page stores are the compact form the other tests use');
  const expected = expectedScores(compact);
  assert.equal(expected.length, 10);
  assert.deepEqual(await tableScores(page), expected, 'table matches the scoring module');
  assert.deepEqual(await radarValues(page), expected.map(([, v]) => v), 'radar matches the scoring module');

  const chart = page.getByRole('img', { name: 'Radar chart of your lifestyle scores' });
  assert.ok(await chart.isVisible());
  assert.match(await chart.getAttribute('aria-labelledby'), /radar-desc/);

  // Work on first, strengths, signals, call to action and disclaimer.
  for (const name of ['Lifestyle factors to work on', 'Already working for you', 'Your gut signals', 'Your skin', 'Book a consultation']) {
    assert.ok(await page.getByRole('heading', { name, exact: true }).isVisible(), name);
  }
  const weakest = [...expected].sort((a, b) => a[1] - b[1])[0][0];
  assert.ok(await page.getByRole('heading', { level: 3, name: weakest, exact: true }).isVisible(), `advice for ${weakest}`);
  assert.ok(await page.getByRole('region', { name: 'Your skin' }).getByText('Acne or breakouts').isVisible());
  // A daily smoker is told about smoking; an acne course is reported, never a factor to work on.
  const focus = page.getByRole('region', { name: 'Lifestyle factors to work on' });
  assert.ok(await focus.getByRole('heading', { level: 3, name: 'Smoking', exact: true }).isVisible());
  assert.ok(await focus.getByText('Based on NHS or NICE guidance').first().isVisible(), 'advice carries its evidence');
  assert.equal(await focus.getByText(/antibiotic/i).count(), 0);
  const antibiotics = page.getByRole('region', { name: 'Antibiotics' });
  assert.ok(await antibiotics.getByText(/take them exactly as prescribed/).isVisible());
  assert.ok(await page.getByText(/not a diagnosis/).isVisible());
  assert.equal(await page.getByRole('heading', { name: 'Please see a doctor' }).count(), 0);
  await noSidewaysScroll(page, 'result');

  await page.screenshot({ path: `${OUTPUT}result-phone.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 760 });
  await page.screenshot({ path: `${OUTPUT}result-phone-top.png` });

  // Back from the result returns to the last question.
  await page.goBack();
  await expectQuestion(page, 27, BUSY_PERSON[26][0]);
  assert.deepEqual(problems, []);
  await context.close();
});

/** Every sentence of the result that could reassure. */
const REASSURANCES = [
  'Your answers describe regular, comfortable bowel habits.',
  'No lifestyle factor stands out as weak.',
  'Already working for you',
];

test('a calm gut with one warning sign: the notice sits above the chart and nothing reassures', async () => {
  const { page, context, problems } = await openPage(PHONE);
  await page.getByRole('button', { name: 'Start the quiz' }).tap();
  const bleeding = 'Blood in your stools or from your bottom, or black, sticky stools';
  await takeQuiz(page, withAnswer(CALM_PERSON, 25, [bleeding]), { touch: true });
  const notice = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Please see a doctor' }) });
  await notice.waitFor();
  assert.ok(await notice.getByRole('heading', { name: 'Get advice today' }).isVisible(), 'the same-day tier');
  assert.ok(await notice.getByRole('listitem').filter({ hasText: bleeding }).isVisible());
  const noticeBox = await notice.boundingBox();
  const chartBox = await page.getByRole('img', { name: 'Radar chart of your lifestyle scores' }).boundingBox();
  assert.ok(noticeBox.y + noticeBox.height <= chartBox.y, 'notice above the chart');
  await page.getByRole('table', { name: /Your scores/ }).waitFor();
  for (const sentence of REASSURANCES) {
    assert.equal(await page.getByText(sentence).count(), 0, `reassures beside a warning sign: ${sentence}`);
  }
  await page.screenshot({ path: `${OUTPUT}result-red-flag-phone.png` });
  assert.deepEqual(problems, []);
  await context.close();
});

test('the same calm answers without a warning sign do reassure', async () => {
  const { page, context, problems } = await openPage(DESKTOP);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await takeQuiz(page, CALM_PERSON);
  await page.getByRole('table', { name: /Your scores/ }).waitFor();
  for (const sentence of REASSURANCES) {
    assert.ok(await page.getByText(sentence).isVisible(), sentence);
  }
  assert.equal(await page.getByRole('heading', { name: 'Please see a doctor' }).count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('watery stools several times a day bring a doctor notice with no box ticked; Start again forgets everything', async () => {
  const { page, context, problems } = await openPage(DESKTOP);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  let person = withAnswer(CALM_PERSON, 18, ['More than 3 times a day']);
  person = withAnswer(person, 19, ['Watery, with no solid pieces']);
  await takeQuiz(page, person);
  const notice = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Please see a doctor' }) });
  await notice.waitFor();
  assert.ok(await notice.getByRole('heading', { name: 'Get advice today' }).isVisible());
  assert.ok(await notice.getByText('Watery stools most of the time').isVisible());
  await page.screenshot({ path: `${OUTPUT}result-watery-desktop.png` });

  await page.getByRole('button', { name: 'Start again' }).click();
  await page.getByRole('button', { name: 'Start the quiz', disabled: false }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Continue where you left off' }).count(), 0);
  assert.equal(await page.evaluate(() => sessionStorage.length), 0, 'nothing left in session storage');
  assert.equal(new URL(page.url()).hash, '');
  assert.deepEqual(problems, []);
  await context.close();
});

test('every link made by the first version still opens, marked as made with an earlier version', async () => {
  const { page, context, problems } = await openPage(PHONE);
  const fixture = readFileSync(new URL('../fixtures/share-links-v1.tsv', import.meta.url), 'utf8');
  const links = fixture.split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'));
  assert.equal(links.length, 4);
  for (const [name, link] of links) {
    await page.goto('about:blank');
    await page.goto(`${the.server.url}#r=${link}`);
    await page.getByRole('heading', { name: 'Made with an earlier version of this quiz' }).waitFor();
    assert.ok(await page.getByText('Plant foods & fibre, Drinks (fluids), Physical activity, Alcohol').isVisible(), `${name}: estimated factors named`);
    assert.equal(await page.getByRole('heading', { name: 'This result link cannot be opened' }).count(), 0, name);
    await page.getByRole('table', { name: /Your scores/ }).waitFor();
    if (name === 'worst-with-red-flags') {
      assert.ok(await page.getByRole('heading', { name: 'Please see a doctor' }).isVisible());
      await page.screenshot({ path: `${OUTPUT}result-v1-link-phone.png` });
    }
  }
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
