//! The questionnaire as data: which questions exist, in which order, how each
//! is answered and what each answer contributes to the lifestyle axes.
//!
//! The words a person reads live in the locale table (`locale.rs`); this
//! module holds only structure and scoring weights, so a new question is one
//! entry here plus its text there.

use crate::scoring::Axis;

/// Where a question belongs, shown above it so the person knows the topic.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    Diet,
    Habits,
    Gut,
    Skin,
    Health,
}

/// How a question is answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Exactly one option.
    Single,
    /// Any number of options; the option at `none` ("none of these") excludes
    /// all the others.
    Multiple { none: u8 },
}

/// What one single-choice question adds to one lifestyle axis: `points[i]`
/// (0–100, higher = more gut-friendly) for option `i`, counted `weight` times
/// in the axis' weighted mean.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Contribution {
    pub axis: Axis,
    pub weight: u8,
    pub points: &'static [u8],
}

/// One question of the quiz.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Question {
    /// Stable identifier: named in docs and tests, never shown.
    pub id: &'static str,
    pub section: Section,
    pub kind: Kind,
    /// Number of options; the locale supplies exactly this many labels.
    pub options: u8,
    /// `None` for questions reported beside the chart (gut and skin signals,
    /// red flags) rather than scored on a lifestyle axis.
    pub scores: Option<Contribution>,
}

const fn single(id: &'static str, section: Section, axis: Axis, weight: u8, points: &'static [u8]) -> Question {
    Question {
        id,
        section,
        kind: Kind::Single,
        options: points.len() as u8,
        scores: Some(Contribution { axis, weight, points }),
    }
}

const fn signal(id: &'static str, section: Section, options: u8) -> Question {
    Question {
        id,
        section,
        kind: Kind::Single,
        options,
        scores: None,
    }
}

const fn several(id: &'static str, section: Section, options: u8) -> Question {
    // "None of these" is always the last option.
    Question {
        id,
        section,
        kind: Kind::Multiple { none: options - 1 },
        options,
        scores: None,
    }
}

pub const QUESTION_COUNT: usize = 25;

/// Options are listed in the order a person expects (fewest to most, least
/// to most often); their points say which end is gut-friendly.
pub const QUESTIONS: [Question; QUESTION_COUNT] = [
    single("plants_daily", Section::Diet, Axis::FibrePlants, 2, &[0, 35, 70, 100]),
    single("plant_variety", Section::Diet, Axis::FibrePlants, 1, &[0, 40, 75, 100]),
    single("grains_legumes", Section::Diet, Axis::FibrePlants, 1, &[0, 40, 75, 100]),
    single("fermented_foods", Section::Diet, Axis::Fermented, 3, &[0, 40, 75, 100]),
    single("probiotic_supplement", Section::Diet, Axis::Fermented, 1, &[0, 50, 100]),
    single(
        "processed_food",
        Section::Diet,
        Axis::ProcessedSugar,
        1,
        &[100, 70, 35, 0],
    ),
    single("added_sugar", Section::Diet, Axis::ProcessedSugar, 1, &[100, 70, 35, 0]),
    single("healthy_fats", Section::Diet, Axis::HealthyFats, 1, &[0, 40, 75, 100]),
    single(
        "colourful_foods",
        Section::Diet,
        Axis::HealthyFats,
        1,
        &[0, 40, 75, 100],
    ),
    single("water", Section::Habits, Axis::Hydration, 1, &[0, 40, 75, 100]),
    single("stress", Section::Habits, Axis::Stress, 2, &[100, 70, 35, 0]),
    single("relaxation", Section::Habits, Axis::Stress, 1, &[0, 40, 75, 100]),
    single("sleep_hours", Section::Habits, Axis::Sleep, 1, &[0, 50, 100, 60]),
    single("sleep_rested", Section::Habits, Axis::Sleep, 1, &[0, 40, 75, 100]),
    single("active_days", Section::Habits, Axis::Movement, 1, &[0, 40, 75, 100]),
    single("alcohol", Section::Habits, Axis::AlcoholSmoking, 1, &[100, 70, 30, 0]),
    single("smoking", Section::Habits, Axis::AlcoholSmoking, 1, &[100, 80, 30, 0]),
    single("antibiotics", Section::Health, Axis::Antibiotics, 1, &[0, 60, 100]),
    signal("bloating", Section::Gut, 4),
    signal("bowel_frequency", Section::Gut, 4),
    signal("stool_form", Section::Gut, 5),
    several("skin_concerns", Section::Skin, 6),
    signal("skin_impact", Section::Skin, 4),
    signal("skin_hormonal", Section::Skin, 4),
    several("warning_signs", Section::Health, 6),
];

/// The position of a question in [`QUESTIONS`], found by its id.
///
/// Panics on an unknown id: ids are compile-time constants of this module,
/// so a wrong one is a programming error caught by the first test that runs it.
pub fn index_of(id: &str) -> usize {
    QUESTIONS
        .iter()
        .position(|q| q.id == id)
        .unwrap_or_else(|| panic!("no question with id {id}"))
}

/// A person's answer to one question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    /// The chosen option of a single-choice question.
    One(u8),
    /// The chosen options of a multiple-choice question, one bit each;
    /// never empty.
    Many(u8),
}

impl Answer {
    /// Whether option `option` is chosen.
    pub fn has(self, option: u8) -> bool {
        match self {
            Answer::One(o) => o == option,
            Answer::Many(bits) => option < 8 && bits & (1 << option) != 0,
        }
    }
}

/// All answers so far, one slot per question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Answers([Option<Answer>; QUESTION_COUNT]);

impl Answers {
    pub fn get(&self, question: usize) -> Option<Answer> {
        self.0.get(question).copied().flatten()
    }

    pub fn is_answered(&self, question: usize) -> bool {
        self.get(question).is_some()
    }

    /// The first question without an answer, or `None` when all are answered.
    pub fn first_unanswered(&self) -> Option<usize> {
        self.0.iter().position(Option::is_none)
    }

    pub fn is_complete(&self) -> bool {
        self.first_unanswered().is_none()
    }

    pub fn is_empty(&self) -> bool {
        self.0.iter().all(Option::is_none)
    }

    /// Picks `option` of a single-choice question. Returns false, changing
    /// nothing, when the question or option does not exist or is not single choice.
    pub fn choose(&mut self, question: usize, option: u8) -> bool {
        match QUESTIONS.get(question) {
            Some(q) if q.kind == Kind::Single && option < q.options => {
                self.0[question] = Some(Answer::One(option));
                true
            }
            _ => false,
        }
    }

    /// Ticks or unticks `option` of a multiple-choice question. Ticking
    /// "none of these" clears the others and ticking any other clears "none".
    /// Returns false, changing nothing, for a question or option that does not fit.
    pub fn toggle(&mut self, question: usize, option: u8) -> bool {
        let Some(q) = QUESTIONS.get(question) else { return false };
        let Kind::Multiple { none } = q.kind else { return false };
        if option >= q.options {
            return false;
        }
        let before = match self.0[question] {
            Some(Answer::Many(bits)) => bits,
            _ => 0,
        };
        let bit = 1u8 << option;
        let after = if before & bit != 0 {
            before & !bit
        } else if option == none {
            bit
        } else {
            (before | bit) & !(1 << none)
        };
        self.0[question] = (after != 0).then_some(Answer::Many(after));
        true
    }

    /// A short text form kept in the tab's session storage so that a reload
    /// keeps the answers: per question `-` when unanswered, a digit for a
    /// single choice, or `x` and two hex digits for the options of a multiple
    /// choice.
    pub fn to_compact(&self) -> String {
        let mut out = String::with_capacity(QUESTION_COUNT + 8);
        for slot in &self.0 {
            match slot {
                None => out.push('-'),
                Some(Answer::One(o)) => out.push(char::from(b'0' + o)),
                Some(Answer::Many(bits)) => {
                    out.push('x');
                    out.push(hex_digit(bits >> 4));
                    out.push(hex_digit(bits & 0xf));
                }
            }
        }
        out
    }

    /// Reads what [`Self::to_compact`] wrote. Anything that does not fit the
    /// current questionnaire exactly (an older quiz, an edited value) gives
    /// `None`, so a reload never shows answers to the wrong questions.
    pub fn from_compact(text: &str) -> Option<Answers> {
        let mut answers = Answers::default();
        let mut bytes = text.bytes();
        for (i, q) in QUESTIONS.iter().enumerate() {
            match (bytes.next()?, q.kind) {
                (b'-', _) => {}
                (d @ b'0'..=b'9', Kind::Single) => {
                    if !answers.choose(i, d - b'0') {
                        return None;
                    }
                }
                (b'x', Kind::Multiple { none }) => {
                    let bits = hex_value(bytes.next()?)? << 4 | hex_value(bytes.next()?)?;
                    let valid = bits != 0
                        && u16::from(bits) < 1u16 << q.options
                        && (bits & (1 << none) == 0 || bits == 1 << none);
                    if !valid {
                        return None;
                    }
                    answers.0[i] = Some(Answer::Many(bits));
                }
                _ => return None,
            }
        }
        bytes.next().is_none().then_some(answers)
    }
}

fn hex_digit(v: u8) -> char {
    char::from_digit(u32::from(v), 16).unwrap_or('0')
}

fn hex_value(b: u8) -> Option<u8> {
    char::from(b).to_digit(16).map(|v| v as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn between_15_and_25_questions_with_unique_ids() {
        assert!((15..=25).contains(&QUESTIONS.len()));
        for (i, q) in QUESTIONS.iter().enumerate() {
            assert_eq!(index_of(q.id), i, "duplicate id {}", q.id);
            assert!(q.options >= 2 && q.options <= 8, "{} has {} options", q.id, q.options);
        }
    }

    #[test]
    fn every_scored_question_spans_zero_to_hundred() {
        for q in QUESTIONS.iter() {
            if let Some(c) = q.scores {
                assert_eq!(c.points.len(), q.options as usize, "{}", q.id);
                assert_eq!(c.points.iter().min(), Some(&0), "{} has no worst answer", q.id);
                assert_eq!(c.points.iter().max(), Some(&100), "{} has no best answer", q.id);
                assert!(c.weight > 0);
            }
        }
    }

    #[test]
    fn every_axis_has_a_question() {
        for axis in Axis::ALL {
            assert!(
                QUESTIONS.iter().any(|q| q.scores.is_some_and(|c| c.axis == axis)),
                "{axis:?} has no question"
            );
        }
    }

    #[test]
    fn choose_rejects_out_of_range_and_wrong_kind() {
        let mut a = Answers::default();
        assert!(!a.choose(0, 4));
        assert!(!a.choose(QUESTION_COUNT, 0));
        assert!(!a.choose(index_of("skin_concerns"), 0));
        assert!(a.is_empty());
        assert!(a.choose(0, 3));
        assert_eq!(a.get(0), Some(Answer::One(3)));
    }

    #[test]
    fn none_of_these_excludes_the_other_options() {
        let q = index_of("skin_concerns");
        let none = 5;
        let mut a = Answers::default();
        a.toggle(q, 0);
        a.toggle(q, 2);
        assert_eq!(a.get(q), Some(Answer::Many(0b101)));
        a.toggle(q, none);
        assert_eq!(a.get(q), Some(Answer::Many(1 << none)));
        a.toggle(q, 1);
        assert_eq!(a.get(q), Some(Answer::Many(0b10)));
        a.toggle(q, 1);
        assert_eq!(a.get(q), None, "unticking the last option leaves no answer");
    }

    #[test]
    fn progress_helpers() {
        let mut a = Answers::default();
        assert_eq!(a.first_unanswered(), Some(0));
        a.choose(0, 1);
        assert_eq!(a.first_unanswered(), Some(1));
        assert!(!a.is_complete());
    }

    fn full_sample() -> Answers {
        let mut a = Answers::default();
        for (i, q) in QUESTIONS.iter().enumerate() {
            match q.kind {
                Kind::Single => assert!(a.choose(i, (i as u8) % q.options)),
                Kind::Multiple { .. } => {
                    a.toggle(i, 0);
                    a.toggle(i, 2);
                }
            }
        }
        a
    }

    #[test]
    fn compact_form_round_trips() {
        let full = full_sample();
        assert!(full.is_complete());
        assert_eq!(Answers::from_compact(&full.to_compact()), Some(full));
        let mut partial = Answers::default();
        partial.choose(3, 2);
        assert_eq!(Answers::from_compact(&partial.to_compact()), Some(partial));
    }

    #[test]
    fn compact_form_rejects_anything_that_does_not_fit() {
        let good = full_sample().to_compact();
        for bad in [
            String::new(),
            good[..good.len() - 1].to_string(),
            format!("{good}0"),
            good.replacen('3', "9", 1),
            "é".repeat(40),
        ] {
            assert_eq!(Answers::from_compact(&bad), None, "{bad:?}");
        }
        // "None of these" together with another option cannot be stored.
        let q = index_of("skin_concerns");
        let mut text: Vec<String> = vec!["-".into(); QUESTION_COUNT];
        text[q] = "x21".into();
        assert_eq!(Answers::from_compact(&text.concat()), None);
        text[q] = "x20".into();
        assert!(Answers::from_compact(&text.concat()).is_some());
    }
}
