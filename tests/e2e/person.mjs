// What a person does on the quiz's pages, shared by the end-to-end tests:
// answering by visible labels, and reading the result back from the page.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';

// One person's answers, question by question: the start of the question as
// shown, and the label(s) they tap.
export const BUSY_PERSON = [
  ['How many portions of vegetables and fruit', ['3 or 4']],
  ['How many different plant foods', ['10 to 19']],
  ['How often do you eat whole grains', ['A few times a week']],
  ['How often do you eat fermented foods', ['Rarely or never']],
  ['How often do you eat processed or fast food', ['4 to 6 times a week']],
  ['How often do you have sugary drinks', ['About once a day']],
  ['How often do you eat foods with healthy fats', ['Once or twice a week']],
  ['How many cups or glasses of drinks', ['4 or 5']],
  ['In the last month, how often did you feel stressed', ['Often']],
  ['How often do you take time for something that calms you', ['About once a week']],
  ['How many hours do you usually sleep', ['6 hours or more, but less than 7']],
  ['How often do you wake up feeling rested', ['Sometimes']],
  ['In a usual week, for how many minutes', ['30 to 74 minutes']],
  ['On how many days a week do you do something that works your muscles', ['1 day']],
  ['How many units of alcohol', ['7 to 14 units']],
  ['Do you smoke', ['Yes, every day']],
  ['How often do you feel bloated', ['Several times a week']],
  ['How often do you usually have a bowel movement', ['3 to 6 times a week']],
  ['What are your stools like', ['Firm but lumpy, a bit of an effort']],
  ['Which skin concerns do you have', ['Acne or breakouts', 'Dryness or irritation']],
  ['How much does your skin bother you', ['Quite a lot']],
  ['Does your skin make you feel low', ['Sometimes']],
  ['Do breakouts or flare-ups come with hormonal changes', ['Sometimes']],
  ['When did you last take a course of antibiotics', ['In the last 3 months']],
  ['In the last few weeks, have you had any of these', ['None of these']],
  ['And have you had any of these', ['None of these']],
  ['Have you noticed any of these on your skin or eyes', ['None of these']],
];

// BUSY_PERSON's answers in the session-storage form (`Answers::to_compact`),
// for tests that open a result without taking the quiz; the quiz test checks
// that taking the quiz gives exactly this.
export const BUSY_COMPACT = '1110221121111123211x112110x80x80x80';

export const heading = (page) => page.getByRole('heading', { level: 1 });

export async function expectQuestion(page, number, prompt) {
  await page.getByText(`Question ${number} of ${BUSY_PERSON.length}`).waitFor();
  const text = await heading(page).textContent();
  assert.ok(text.startsWith(prompt), `question ${number}: expected “${prompt}…”, saw “${text}”`);
}

/** Taps the labels of one answer. */
export async function answer(page, labels, { touch }) {
  for (const label of labels) {
    const input = page.getByRole('radio', { name: label, exact: true }).or(page.getByRole('checkbox', { name: label, exact: true }));
    if (touch) await input.tap();
    else await input.click();
    assert.ok(await input.isChecked(), `${label} is checked`);
  }
}

/**
 * The answers as the quiz itself saved them in the tab's session storage
 * (`Answers::to_compact`), or null where the page has no storage.
 */
export async function savedAnswers(page) {
  return page.evaluate(() => {
    try {
      return sessionStorage.getItem('gut-skin-check.answers');
    } catch (blocked) {
      return null;
    }
  });
}

/** The scoring module's scores for these answers, by axis name. */
export function expectedScores(compact) {
  const out = execFileSync('cargo', ['run', '--quiet', '--example', 'score', '--', compact], { encoding: 'utf8' });
  return out.trim().split('\n').map((line) => {
    const [name, value] = line.split('\t');
    return [name, Number(value)];
  });
}

/** The share-link fragment (#r=…) the quiz writes for these answers. */
export function shareFragment(compact) {
  return execFileSync('cargo', ['run', '--quiet', '--example', 'score', '--', compact, '--link'], { encoding: 'utf8' }).trim();
}

/** The table's rows as [factor, score]. */
export async function tableScores(page) {
  const table = page.getByRole('table', { name: /Your scores/ });
  // The chart is painted first, the table a frame later.
  await table.waitFor();
  const rows = await table.getByRole('row').all();
  const out = [];
  for (const row of rows.slice(1)) {
    const factor = (await row.getByRole('rowheader').textContent()).trim();
    const score = Number((await row.getByRole('cell').first().textContent()).trim());
    out.push([factor, score]);
  }
  return out;
}

/** The values drawn by the radar polygon, read back from its geometry. */
export async function radarValues(page, which = 'now') {
  return page.locator('svg.radar').evaluate((svg, which) => {
    const spoke = svg.querySelector('line.spoke');
    const [cx, cy, ex, ey] = ['x1', 'y1', 'x2', 'y2'].map((a) => Number(spoke.getAttribute(a)));
    const radius = Math.hypot(ex - cx, ey - cy);
    return svg
      .querySelector(`polygon.radar-shape.${which}`)
      .getAttribute('points')
      .split(' ')
      .map((p) => p.split(',').map(Number))
      .map(([x, y]) => Math.round((Math.hypot(x - cx, y - cy) / radius) * 100));
  }, which);
}

export async function focusedId(page) {
  return page.evaluate(() => document.activeElement?.id);
}

export async function noSidewaysScroll(page, what) {
  const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  assert.ok(scroll <= client, `${what}: page is ${scroll}px wide in a ${client}px viewport`);
}


// A second person, or the first one two months later: healthier habits.
export const BETTER_PERSON = [
  ['3', '5 or 6'], ['3', '30 or more'], ['3', 'About once a day'], ['3', 'Once or twice a week'],
  ['3', '1 to 3 times a week'], ['3', 'A few times a week'], ['3', '3 to 6 times a week'], ['3', '6 to 8'],
  ['3', 'Now and then'], ['3', 'A few times a week'], ['3', '7 to 9 hours'], ['3', 'Most mornings'],
  ['3', '150 minutes or more'], ['3', '2 days or more'], ['3', '1 to 6 units'], ['3', 'I have never smoked'],
  ['3', 'About once a week'], ['3', '1 to 3 times a day'], ['3', 'Smooth and soft, easy to pass'],
  ['3', 'Acne or breakouts'], ['3', 'A little'], ['3', 'No'], ['3', 'Sometimes'], ['3', 'Over a year ago, or never'],
  ['3', 'None of these'], ['3', 'None of these'], ['3', 'None of these'],
].map(([, label]) => [null, [label]]);

// A calm gut and good habits: the answer closest to health guidance on every
// question, no skin concern and no warning sign.
export const CALM_PERSON = [
  '7 or more', '30 or more', 'With most meals', 'Every day', 'Rarely', 'Rarely', 'Every day', '6 to 8',
  'Hardly ever', 'Every day', '7 to 9 hours', 'Almost every morning', '150 minutes or more', '2 days or more',
  'None', 'I have never smoked', 'Rarely or never', '1 to 3 times a day', 'Smooth and soft, easy to pass',
  'None of these', 'Not at all', 'No', 'No', 'Over a year ago, or never', 'None of these', 'None of these', 'None of these',
].map((label) => [null, [label]]);

/** `person` with the answer to question `number` (1-based) replaced by `labels`. */
export function withAnswer(person, number, labels) {
  return person.map((step, i) => (i + 1 === number ? [step[0], labels] : step));
}

/** Answers every question from the intro's start; returns the answers' session-storage form. */
export async function takeQuiz(page, person, { touch = false } = {}) {
  let compact = null;
  for (let i = 0; i < person.length; i++) {
    await page.getByText(`Question ${i + 1} of ${person.length}`).waitFor();
    await answer(page, person[i][1], { touch });
    if (i + 1 === person.length) compact = await savedAnswers(page);
    const button = page.getByRole('button', { name: i + 1 === person.length ? 'See my result' : 'Next' });
    if (touch) await button.tap();
    else await button.click();
  }
  return compact;
}

/** A comparison table's rows as [factor, earlier, now, change]. */
export async function compareRows(page) {
  const table = page.getByRole('table', { name: /Your scores/ });
  await table.waitFor();
  const header = await table.getByRole('columnheader').allTextContents();
  assert.deepEqual(header.map((h) => h.trim()), ['Factor', 'Earlier', 'Now', 'Change']);
  const rows = await table.getByRole('row').all();
  const out = [];
  for (const row of rows.slice(1)) {
    const factor = (await row.getByRole('rowheader').textContent()).trim();
    const cells = (await row.getByRole('cell').allTextContents()).map((c) => c.trim());
    out.push([factor, Number(cells[0]), Number(cells[1]), cells[2]]);
  }
  return out;
}

/** "+12", "−5" or "0", as the table writes a change. */
export function signed(delta) {
  if (delta === 0) return '0';
  return delta > 0 ? `+${delta}` : `−${-delta}`;
}
