//! Answer sets for tests and examples, built from the tables, so that they
//! follow any change to the questions.

use super::{
    Answers, Antibiotics, Bloating, BowelFrequency, Choice, Kind, SkinHormonal, SkinImpact, SkinMood, StoolForm,
    QUESTIONS,
};

/// A calm gut, good habits and no warning sign: the best answer on every
/// scored question, and the settled answer on every other one. Complete.
pub fn calm() -> Answers {
    let mut a = Answers::default();
    for (i, q) in QUESTIONS.iter().enumerate() {
        if let Some(c) = q.scores {
            let best = c
                .points
                .iter()
                .position(|&p| p == 100)
                .expect("a scored question has a best answer");
            assert!(a.choose(i, best as u8));
        } else if let Kind::Multiple { none } = q.kind {
            assert!(a.toggle(i, none));
        }
    }
    for ok in [
        a.pick(Bloating::Rarely),
        a.pick(BowelFrequency::From1To3ADay),
        a.pick(StoolForm::SmoothSoft),
        a.pick(SkinImpact::NotAtAll),
        a.pick(SkinMood::No),
        a.pick(SkinHormonal::No),
        a.pick(Antibiotics::OverAYearOrNever),
    ] {
        assert!(ok);
    }
    assert!(a.is_complete());
    a
}

/// `answers` with one more named option picked.
pub fn with<C: Choice>(mut answers: Answers, choice: C) -> Answers {
    assert!(answers.pick(choice));
    answers
}
