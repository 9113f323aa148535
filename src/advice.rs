//! What the result says beside the chart: the strongest factors, the ones to
//! work on first, the gut and skin signals, and whether a warning sign means
//! the person should see a doctor rather than read lifestyle advice.
//!
//! This module decides *what* to say; the words come from the locale table.

use crate::questionnaire::{index_of, Answer, Answers, QUESTIONS};
use crate::scoring::{Axis, Scores, AXIS_COUNT};

/// At or above this score an axis counts as a strength; below it, as a
/// factor worth working on.
pub const STRONG: u8 = 70;
/// Below this score an axis needs attention.
pub const WEAK: u8 = 40;

/// A plain-words rating of one score, shown in the table beside the number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    Good,
    Fair,
    NeedsAttention,
}

impl Level {
    pub fn of(score: u8) -> Level {
        if score >= STRONG {
            Level::Good
        } else if score >= WEAK {
            Level::Fair
        } else {
            Level::NeedsAttention
        }
    }
}

/// A pattern in the gut answers worth a sentence of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GutNote {
    /// Bloating or discomfort several times a week or more.
    FrequentBloating,
    /// Fewer than three bowel movements a week, or hard, lumpy stools.
    SlowBowel,
    /// Loose or watery stools, or bowel movements more than three times a day.
    LooseStools,
    /// None of the above.
    Settled,
}

/// A pattern in the skin answers worth a sentence of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SkinNote {
    /// Flare-ups follow the menstrual cycle or other hormonal changes.
    HormonalPattern,
    /// The skin bothers the person quite a lot or very much.
    HighImpact,
}

/// Everything the result shows besides the scores themselves.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    /// Up to three axes at or above [`STRONG`], best first.
    pub strengths: Vec<Axis>,
    /// Up to three axes below [`STRONG`], weakest first.
    pub focus: Vec<Axis>,
    /// The warning signs ticked (options of the `warning_signs` question).
    pub warning_signs: Vec<u8>,
    pub gut: Vec<GutNote>,
    /// The skin concerns ticked (options of the `skin_concerns` question),
    /// without "none of these".
    pub skin_concerns: Vec<u8>,
    pub skin: Vec<SkinNote>,
}

impl Summary {
    pub fn has_red_flag(&self) -> bool {
        !self.warning_signs.is_empty()
    }
}

/// Options ticked on a multiple-choice question, leaving out "none of these".
fn ticked(answers: &Answers, id: &str) -> Vec<u8> {
    let question = index_of(id);
    let options = QUESTIONS[question].options;
    match answers.get(question) {
        // The last option is "none of these".
        Some(answer @ Answer::Many(_)) => (0..options - 1).filter(|&o| answer.has(o)).collect(),
        _ => Vec::new(),
    }
}

fn single(answers: &Answers, id: &str) -> Option<u8> {
    match answers.get(index_of(id)) {
        Some(Answer::One(option)) => Some(option),
        _ => None,
    }
}

/// The axes ordered by score, strongest or weakest first; equal scores keep
/// the radar's order. An insertion sort: ten items need no more, and it
/// spares every phone the standard library's general sort.
fn ranked(scores: &Scores, weakest_first: bool) -> Vec<(Axis, u8)> {
    let mut ranked: Vec<(Axis, u8)> = Vec::with_capacity(AXIS_COUNT);
    for (axis, score) in scores.iter() {
        let before = |&(_, other): &(Axis, u8)| if weakest_first { score < other } else { score > other };
        let at = ranked.iter().position(before).unwrap_or(ranked.len());
        ranked.insert(at, (axis, score));
    }
    ranked
}

pub fn summarize(answers: &Answers, scores: &Scores) -> Summary {
    let strengths = ranked(scores, false)
        .iter()
        .filter(|(_, s)| *s >= STRONG)
        .take(3)
        .map(|(a, _)| *a)
        .collect();
    let focus = ranked(scores, true)
        .iter()
        .filter(|(_, s)| *s < STRONG)
        .take(3)
        .map(|(a, _)| *a)
        .collect();

    let bloating = single(answers, "bloating");
    let frequency = single(answers, "bowel_frequency");
    let form = single(answers, "stool_form");
    let mut gut = Vec::new();
    // bloating: rarely / weekly / several times a week / most days
    if bloating.is_some_and(|b| b >= 2) {
        gut.push(GutNote::FrequentBloating);
    }
    // frequency: <3 a week / 3–6 a week / 1–3 a day / >3 a day
    // form: hard lumps / firm but lumpy / smooth and soft / mushy / watery
    if frequency == Some(0) || form.is_some_and(|f| f <= 1) {
        gut.push(GutNote::SlowBowel);
    }
    if frequency == Some(3) || form.is_some_and(|f| f >= 3) {
        gut.push(GutNote::LooseStools);
    }
    if gut.is_empty() && bloating.is_some() && frequency.is_some() && form.is_some() {
        gut.push(GutNote::Settled);
    }

    let mut skin = Vec::new();
    // hormonal: yes clearly / sometimes / no / not sure or not applicable
    if single(answers, "skin_hormonal").is_some_and(|h| h <= 1) {
        skin.push(SkinNote::HormonalPattern);
    }
    // impact: not at all / a little / quite a lot / very much
    if single(answers, "skin_impact").is_some_and(|i| i >= 2) {
        skin.push(SkinNote::HighImpact);
    }

    Summary {
        strengths,
        focus,
        warning_signs: ticked(answers, "warning_signs"),
        gut,
        skin_concerns: ticked(answers, "skin_concerns"),
        skin,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scoring::score;

    #[test]
    fn ranking_is_the_standard_stable_sort() {
        let mut seed = 7u32;
        for _ in 0..3000 {
            let mut answers = Answers::default();
            for (q, question) in QUESTIONS.iter().enumerate() {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                let option = (seed >> 16) as u8 % question.options;
                if !answers.choose(q, option) {
                    answers.toggle(q, option);
                }
            }
            let scores = score(&answers);
            let mut strongest: Vec<(Axis, u8)> = scores.iter().collect();
            strongest.sort_by_key(|&(_, s)| std::cmp::Reverse(s));
            let mut weakest: Vec<(Axis, u8)> = scores.iter().collect();
            weakest.sort_by_key(|&(_, s)| s);
            assert_eq!(ranked(&scores, false), strongest);
            assert_eq!(ranked(&scores, true), weakest);
        }
    }

    fn with(pairs: &[(&str, u8)]) -> Answers {
        let mut a = Answers::default();
        for &(id, option) in pairs {
            let q = index_of(id);
            if !a.choose(q, option) {
                assert!(a.toggle(q, option), "{id} {option}");
            }
        }
        a
    }

    #[test]
    fn levels() {
        assert_eq!(Level::of(100), Level::Good);
        assert_eq!(Level::of(70), Level::Good);
        assert_eq!(Level::of(69), Level::Fair);
        assert_eq!(Level::of(40), Level::Fair);
        assert_eq!(Level::of(39), Level::NeedsAttention);
        assert_eq!(Level::of(0), Level::NeedsAttention);
    }

    #[test]
    fn strengths_best_first_and_focus_weakest_first() {
        let a = with(&[
            ("water", 3),       // hydration 100
            ("active_days", 2), // movement 75
            ("antibiotics", 2), // antibiotics 100
            ("fermented_foods", 0),
            ("probiotic_supplement", 0), // fermented 0
            ("alcohol", 1),              // 70
            ("smoking", 2),              // 30: alcohol & smoking (70 + 30) / 2 = 50
        ]);
        let scores = score(&a);
        let s = summarize(&a, &scores);
        assert_eq!(s.strengths, vec![Axis::Hydration, Axis::Antibiotics, Axis::Movement]);
        // Unanswered axes score 0; ties keep the radar's order.
        assert_eq!(s.focus, vec![Axis::FibrePlants, Axis::Fermented, Axis::ProcessedSugar]);
        assert_eq!(scores.of(Axis::AlcoholSmoking), 50);
    }

    #[test]
    fn all_strong_means_nothing_to_focus_on() {
        let mut a = Answers::default();
        for (i, q) in QUESTIONS.iter().enumerate() {
            if let Some(c) = q.scores {
                let best = c.points.iter().position(|&p| p == 100).unwrap();
                a.choose(i, best as u8);
            }
        }
        let s = summarize(&a, &score(&a));
        assert!(s.focus.is_empty());
        assert_eq!(s.strengths.len(), 3);
    }

    #[test]
    fn warning_signs_are_red_flags_but_none_of_these_is_not() {
        let s = summarize(&with(&[("warning_signs", 0), ("warning_signs", 2)]), &Scores::default());
        assert_eq!(s.warning_signs, vec![0, 2]);
        assert!(s.has_red_flag());
        let none = QUESTIONS[index_of("warning_signs")].options - 1;
        let s = summarize(&with(&[("warning_signs", none)]), &Scores::default());
        assert!(!s.has_red_flag());
    }

    #[test]
    fn gut_notes() {
        let s = |pairs: &[(&str, u8)]| summarize(&with(pairs), &Scores::default()).gut;
        assert_eq!(
            s(&[("bloating", 0), ("bowel_frequency", 2), ("stool_form", 2)]),
            vec![GutNote::Settled]
        );
        assert_eq!(
            s(&[("bloating", 3), ("bowel_frequency", 0), ("stool_form", 0)]),
            vec![GutNote::FrequentBloating, GutNote::SlowBowel]
        );
        assert_eq!(
            s(&[("bloating", 1), ("bowel_frequency", 3), ("stool_form", 4)]),
            vec![GutNote::LooseStools]
        );
        assert_eq!(
            s(&[("bloating", 0)]),
            Vec::<GutNote>::new(),
            "no verdict on half the answers"
        );
    }

    #[test]
    fn skin_concerns_and_notes() {
        let s = summarize(
            &with(&[
                ("skin_concerns", 0),
                ("skin_concerns", 2),
                ("skin_impact", 3),
                ("skin_hormonal", 0),
            ]),
            &Scores::default(),
        );
        assert_eq!(s.skin_concerns, vec![0, 2]);
        assert_eq!(s.skin, vec![SkinNote::HormonalPattern, SkinNote::HighImpact]);
        let s = summarize(
            &with(&[("skin_concerns", 5), ("skin_impact", 0), ("skin_hormonal", 2)]),
            &Scores::default(),
        );
        assert!(s.skin_concerns.is_empty());
        assert!(s.skin.is_empty());
    }
}
