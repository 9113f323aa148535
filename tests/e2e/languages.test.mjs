// The quiz in English, Spanish, German, French and Arabic on a phone: chosen
// by the embed's setting, the browser's languages or the switcher; Arabic
// right to left; the same scores in every language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PHONE, OUTPUT, servedQuiz, openQuiz } from './harness.mjs';
import { expectedScores, shareFragment, BUSY_COMPACT as BUSY } from './person.mjs';

// The busy person's answers by option position, so they read the same in any language.
const PICKS = [...BUSY.matchAll(/x([0-9a-f]{2})|(\d)/g)].map(([, bits, one]) =>
  one !== undefined ? [Number(one)] : [0, 1, 2, 3, 4, 5, 6, 7].filter((o) => parseInt(bits, 16) & (1 << o)),
);

const LANGUAGES = [
  { lang: 'en', start: 'Start the quiz', next: 'Next', finish: 'See my result', progress: 'Question 1 of 27', dir: 'ltr' },
  { lang: 'es', start: 'Empezar el test', next: 'Siguiente', finish: 'Ver mi resultado', progress: 'Pregunta 1 de 27', dir: 'ltr' },
  { lang: 'de', start: 'Test starten', next: 'Weiter', finish: 'Mein Ergebnis ansehen', progress: 'Frage 1 von 27', dir: 'ltr' },
  { lang: 'fr', start: 'Commencer le questionnaire', next: 'Suivant', finish: 'Voir mon résultat', progress: 'Question 1 sur 27', dir: 'ltr' },
  { lang: 'ar', start: 'ابدأ الاختبار', next: 'التالي', finish: 'اعرض نتيجتي', progress: 'السؤال 1 من 27', dir: 'rtl' },
];

// The quiz served from dist/ and one Chromium for the whole file.
const the = servedQuiz();

const open = (path, options = {}) => openQuiz(the, PHONE, path, options);

const expected = expectedScores(BUSY).map(([, v]) => v);

for (const language of LANGUAGES) {
  test(`the whole quiz in ${language.lang}, chosen with ?lang=`, async () => {
    const { page, context, log } = await open(`?lang=${language.lang}`);
    await page.getByRole('button', { name: language.start }).tap();
    await page.getByText(language.progress).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), language.lang);
    assert.equal(await page.evaluate(() => document.documentElement.dir), language.dir);
    if (language.dir === 'rtl') {
      // Mirrored: Next stands on the left, Back on the right.
      const back = await page.locator('.step-actions button.secondary').boundingBox();
      const next = await page.getByRole('button', { name: language.next }).boundingBox();
      assert.ok(next.x + next.width <= back.x, `Next (${next.x}) is left of Back (${back.x})`);
      await page.screenshot({ path: `${OUTPUT}question-${language.lang}-phone.png` });
    }
    for (let i = 0; i < PICKS.length; i++) {
      const group = page.getByRole('group');
      for (const option of PICKS[i]) {
        await group.locator('label.option').nth(option).tap();
      }
      const last = i + 1 === PICKS.length;
      await page.getByRole('button', { name: last ? language.finish : language.next }).tap();
    }
    const table = page.getByRole('table');
    await table.waitFor();
    const scores = (await table.locator('tbody td.number').allTextContents()).map(Number);
    assert.deepEqual(scores, expected, 'the same scores in every language');
    await page.setViewportSize({ width: 390, height: 1250 });
    await page.screenshot({ path: `${OUTPUT}result-${language.lang}-phone.png` });
    assert.deepEqual(log.warnings, []);
    assert.deepEqual(log.errors, []);
    await context.close();
  });
}

test('the browser’s languages choose when nothing is configured', async () => {
  const { page, context } = await open('', { locale: 'fr-CA' });
  await page.getByRole('button', { name: 'Commencer le questionnaire' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
  await context.close();
});

test('an unknown ?lang= falls back to the browser’s choice with one warning', async () => {
  const { page, context, log } = await open('?lang=tlh', { locale: 'de-DE' });
  await page.getByRole('button', { name: 'Test starten' }).waitFor();
  assert.equal(log.warnings.length, 1);
  assert.match(log.warnings[0], /data-lang/);
  await context.close();
});

test('the switcher changes the language, which a reload keeps, and a share link stays language-neutral', async () => {
  const { page, context } = await open('', { locale: 'en-GB' });
  const switcher = page.getByRole('navigation', { name: 'Language' });
  await switcher.getByRole('button', { name: 'Español' }).tap();
  await page.getByRole('button', { name: 'Empezar el test' }).waitFor();
  assert.equal(await page.getByRole('navigation', { name: 'Idioma' }).getByRole('button', { name: 'Español' }).getAttribute('aria-pressed'), 'true');
  await page.reload();
  await page.getByRole('button', { name: 'Empezar el test' }).waitFor();
  await context.close();

  // A link made in Spanish opens in the receiver's own language.
  const fragment = shareFragment(BUSY);
  const other = await open(fragment, { locale: 'de-DE' });
  await other.page.getByText('Geteiltes Ergebnis', { exact: true }).waitFor();
  await other.context.close();
});
