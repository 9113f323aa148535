//! Turns answers into lifestyle scores: one 0–100 value per axis, higher
//! meaning more gut-friendly. Each axis is the weighted mean of the points its
//! answered questions give (see `docs/scoring.md`).

use crate::questionnaire::{Answer, Answers, QUESTIONS};

/// A lifestyle factor drawn as one spoke of the radar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Axis {
    /// Vegetables, fruit, whole grains and pulses: amount and variety.
    Plants,
    Fermented,
    ProcessedSugar,
    HealthyFats,
    /// Non-alcoholic drinks of every kind.
    Fluids,
    Stress,
    Sleep,
    /// Aerobic minutes a week and muscle-strengthening days.
    Movement,
    Alcohol,
    Smoking,
}

pub const AXIS_COUNT: usize = 10;

impl Axis {
    /// Every axis in the order the radar draws them, clockwise from the top.
    pub const ALL: [Axis; AXIS_COUNT] = [
        Axis::Plants,
        Axis::Fermented,
        Axis::ProcessedSugar,
        Axis::HealthyFats,
        Axis::Fluids,
        Axis::Stress,
        Axis::Sleep,
        Axis::Movement,
        Axis::Alcohol,
        Axis::Smoking,
    ];

    pub fn index(self) -> usize {
        self as usize
    }
}

/// A score of 0–100 on every axis.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Scores([u8; AXIS_COUNT]);

impl Scores {
    pub fn of(&self, axis: Axis) -> u8 {
        self.0[axis.index()]
    }

    /// Every axis with its score, in radar order.
    pub fn iter(&self) -> impl Iterator<Item = (Axis, u8)> + '_ {
        Axis::ALL.into_iter().map(|axis| (axis, self.of(axis)))
    }
}

/// Scores the answers given so far. An axis none of whose questions is
/// answered scores 0; a complete questionnaire answers every axis.
pub fn score(answers: &Answers) -> Scores {
    let mut sum = [0u32; AXIS_COUNT];
    let mut weights = [0u32; AXIS_COUNT];
    for (i, question) in QUESTIONS.iter().enumerate() {
        let (Some(c), Some(Answer::One(option))) = (question.scores, answers.get(i)) else {
            continue;
        };
        let Some(&points) = c.points.get(usize::from(option)) else {
            continue;
        };
        sum[c.axis.index()] += u32::from(points) * u32::from(c.weight);
        weights[c.axis.index()] += u32::from(c.weight);
    }
    let mut scores = [0u8; AXIS_COUNT];
    for (axis, out) in scores.iter_mut().enumerate() {
        // Rounded to the nearest whole point; no weight (nothing answered) is 0.
        *out = (sum[axis] + weights[axis] / 2).checked_div(weights[axis]).unwrap_or(0) as u8;
    }
    Scores(scores)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questionnaire::Kind;

    /// Answers every question with the option whose points `pick` prefers;
    /// unscored questions take their first option.
    fn answer_by(pick: fn(&[u8]) -> usize) -> Answers {
        let mut a = Answers::default();
        for (i, q) in QUESTIONS.iter().enumerate() {
            match (q.kind, q.scores) {
                (Kind::Single, Some(c)) => assert!(a.choose(i, pick(c.points) as u8)),
                (Kind::Single, None) => assert!(a.choose(i, 0)),
                (Kind::Multiple { none }, _) => assert!(a.toggle(i, none)),
            }
        }
        a
    }

    fn position_of(points: &[u8], value: u8) -> usize {
        points.iter().position(|&p| p == value).unwrap()
    }

    #[test]
    fn best_answers_score_100_on_every_axis() {
        let scores = score(&answer_by(|p| position_of(p, 100)));
        for (axis, value) in scores.iter() {
            assert_eq!(value, 100, "{axis:?}");
        }
    }

    #[test]
    fn worst_answers_score_0_on_every_axis() {
        let scores = score(&answer_by(|p| position_of(p, 0)));
        for (axis, value) in scores.iter() {
            assert_eq!(value, 0, "{axis:?}");
        }
    }

    #[test]
    fn improving_one_answer_raises_its_axis_and_no_other() {
        // From every answer of every scored question, moving to an option
        // with more points raises exactly that question's axis.
        let middle = answer_by(|p| p.len() / 2);
        for (i, q) in QUESTIONS.iter().enumerate() {
            let Some(c) = q.scores else { continue };
            for from in 0..q.options {
                for to in 0..q.options {
                    if c.points[usize::from(to)] <= c.points[usize::from(from)] {
                        continue;
                    }
                    let mut before = middle;
                    before.choose(i, from);
                    let mut after = before;
                    after.choose(i, to);
                    let (b, a) = (score(&before), score(&after));
                    for axis in Axis::ALL {
                        if axis == c.axis {
                            assert!(a.of(axis) > b.of(axis), "{}: {from}→{to} should raise {axis:?}", q.id());
                        } else {
                            assert_eq!(a.of(axis), b.of(axis), "{} moved {axis:?}", q.id());
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn weighted_mean_of_an_axis() {
        // Plant foods: daily portions count twice, variety and grains once.
        let mut a = Answers::default();
        a.choose(0, 3); // 100 × 2
        a.choose(1, 0); // 0
        a.choose(2, 1); // 40
        assert_eq!(score(&a).of(Axis::Plants), (200 + 40 + 2) / 4);
    }

    #[test]
    fn unanswered_axes_score_zero_and_signals_score_nothing() {
        assert_eq!(score(&Answers::default()), Scores::default());
        let mut a = Answers::default();
        for (i, q) in QUESTIONS.iter().enumerate() {
            if q.scores.is_none() && q.kind == Kind::Single {
                a.choose(i, 3);
            }
        }
        assert_eq!(score(&a), Scores::default());
    }
}
