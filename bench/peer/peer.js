// The benchmark's peer: the same questionnaire as a SurveyJS survey, and on
// completion the same scores drawn as a Chart.js radar. Built the way a
// typical survey product would be, to measure against.
/* global Survey, Chart, QUIZ */
const survey = new Survey.Model(QUIZ.survey);

function scores(data) {
  const sum = QUIZ.axes.map(() => 0);
  const weight = QUIZ.axes.map(() => 0);
  for (const rule of QUIZ.scoring) {
    const option = data[rule.question];
    if (typeof option !== 'number') continue;
    sum[rule.axis] += rule.points[option] * rule.weight;
    weight[rule.axis] += rule.weight;
  }
  return sum.map((s, i) => (weight[i] ? Math.floor((s + weight[i] / 2) / weight[i]) : 0));
}

survey.onComplete.add((sender) => {
  document.getElementById('result').hidden = false;
  new Chart(document.getElementById('radar'), {
    type: 'radar',
    data: { labels: QUIZ.axes, datasets: [{ label: 'You', data: scores(sender.data) }] },
    options: { animation: false, scales: { r: { min: 0, max: 100 } } },
  });
});

survey.render(document.getElementById('survey'));
