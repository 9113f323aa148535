//! The questionnaire as data: which questions exist, in which order, how each
//! is answered and what each answer contributes to the lifestyle axes.
//!
//! Every question has a name ([`Q`]) and every option a rule reads has a
//! name too (the option enums below, such as [`StoolForm`]), so advice and
//! warning-sign rules say which answer they mean: reordering or removing an
//! option breaks the build or a test, never silently the advice.
//!
//! The words a person reads live in the locale table (`locale.rs`); this
//! module holds only structure and scoring weights, so a new question is one
//! entry here plus its text there.

pub mod sample;

use crate::hex;
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
    pub q: Q,
    pub section: Section,
    pub kind: Kind,
    /// Number of options; the locale supplies exactly this many labels.
    pub options: u8,
    /// `None` for questions reported beside the chart (gut and skin signals,
    /// antibiotics, warning signs) rather than scored on a lifestyle axis.
    pub scores: Option<Contribution>,
}

impl Question {
    /// Stable identifier: named in docs and exports, never shown.
    pub fn id(&self) -> &'static str {
        self.q.id()
    }
}

macro_rules! questions {
    ($($name:ident = $id:literal),+ $(,)?) => {
        /// Every question by name, in the quiz's order: `Q::Bloating.index()`
        /// is its position in [`QUESTIONS`] (a test holds the two in step).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Q { $($name),+ }

        impl Q {
            pub const ALL: &'static [Q] = &[$(Q::$name),+];

            pub const fn index(self) -> usize {
                self as usize
            }

            pub const fn id(self) -> &'static str {
                match self { $(Q::$name => $id),+ }
            }
        }
    };
}

questions! {
    PlantsDaily = "plants_daily",
    PlantVariety = "plant_variety",
    GrainsPulses = "grains_legumes",
    FermentedFoods = "fermented_foods",
    ProcessedFood = "processed_food",
    AddedSugar = "added_sugar",
    HealthyFats = "healthy_fats",
    Fluids = "fluids",
    Stress = "stress",
    Relaxation = "relaxation",
    SleepHours = "sleep_hours",
    SleepRested = "sleep_rested",
    ActiveMinutes = "active_minutes",
    StrengthDays = "strength_days",
    Alcohol = "alcohol_units",
    Smoking = "smoking",
    Bloating = "bloating",
    BowelFrequency = "bowel_frequency",
    StoolForm = "stool_form",
    SkinConcerns = "skin_concerns",
    SkinImpact = "skin_impact",
    SkinMood = "skin_mood",
    SkinHormonal = "skin_hormonal",
    Antibiotics = "antibiotics",
    GutWarnings = "gut_warning_signs",
    OtherWarnings = "other_warning_signs",
    SkinWarnings = "skin_warning_signs",
}

/// The named options of one question, in the order the person sees them.
pub trait Choice: Copy + Eq + 'static {
    const QUESTION: Q;
    const ALL: &'static [Self];
    fn option(self) -> u8;
}

macro_rules! options {
    ($(#[$meta:meta])* $name:ident for $q:ident { $($option:ident),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $($option),+ }

        impl Choice for $name {
            const QUESTION: Q = Q::$q;
            const ALL: &'static [$name] = &[$($name::$option),+];
            fn option(self) -> u8 {
                self as u8
            }
        }

        impl $name {
            /// How many options the question has.
            pub const COUNT: u8 = [$($name::$option),+].len() as u8;
        }
    };
}

options!(
    /// Portions of vegetables and fruit a day.
    PlantsDaily for PlantsDaily { UpToTwo, ThreeOrFour, FiveOrSix, SevenOrMore }
);
options!(
    /// Units of alcohol in a usual week (UK units: 10 ml of pure alcohol).
    AlcoholUnits for Alcohol { None, OneToSix, SevenToFourteen, FifteenToThirtyFive, MoreThanThirtyFive }
);
options!(
    /// Cups or glasses of non-alcoholic drinks a day.
    Fluids for Fluids { FewerThanFour, FourOrFive, SixToEight, MoreThanEight }
);
options!(
    /// Minutes of moderate activity a week (vigorous minutes count double).
    ActiveMinutes for ActiveMinutes { LessThan30, From30To74, From75To149, AtLeast150 }
);
options!(
    /// Days a week with muscle-strengthening activity.
    StrengthDays for StrengthDays { None, OneDay, TwoOrMore }
);
options!(
    /// Hours of sleep a night; the bands do not overlap.
    SleepHours for SleepHours { LessThan6, From6ToUnder7, From7To9, MoreThan9 }
);
options!(
    /// Bloating or tummy discomfort.
    Bloating for Bloating { Rarely, Weekly, SeveralTimesAWeek, MostDays }
);
options!(
    /// How often the bowels open.
    BowelFrequency for BowelFrequency { FewerThan3AWeek, From3To6AWeek, From1To3ADay, MoreThan3ADay }
);
options!(
    /// What stools are like most of the time, from hardest to most liquid.
    StoolForm for StoolForm { HardLumps, LumpyFirm, SmoothSoft, Mushy, Watery }
);
options!(
    /// Skin concerns at the moment; "none of these" last.
    SkinConcern for SkinConcerns { Acne, Eczema, Rosacea, Psoriasis, Dryness, None }
);
options!(
    /// How much the skin bothers the person in daily life.
    SkinImpact for SkinImpact { NotAtAll, ALittle, QuiteALot, VeryMuch }
);
options!(
    /// Whether the skin makes the person feel low, anxious or self-conscious.
    SkinMood for SkinMood { No, Sometimes, Often }
);
options!(
    /// Whether flare-ups follow hormonal changes.
    SkinHormonal for SkinHormonal { Clearly, Sometimes, No, NotSure }
);
options!(
    /// The last course of antibiotics.
    Antibiotics for Antibiotics { InLast3Months, From3To12Months, OverAYearOrNever }
);
options!(
    /// Warning signs of the gut; "none of these" last.
    GutWarning for GutWarnings {
        VomitingBlood,
        HeavyBleeding,
        BloodInStools,
        BowelChange,
        TummyLump,
        PersistentBloating,
        Swallowing,
        None,
    }
);
options!(
    /// Other warning signs; "none of these" last.
    OtherWarning for OtherWarnings {
        WeightLoss,
        Tiredness,
        Jaundice,
        SeverePain,
        RecurringPain,
        Blocked,
        Vomiting,
        None,
    }
);
options!(
    /// Warning signs of the skin and eyes; "none of these" last.
    SkinWarning for SkinWarnings {
        ChangingMole,
        SoreNotHealing,
        RashNotFading,
        RashWithFever,
        InfectedEczema,
        PsoriasisJoints,
        RosaceaEyes,
        None,
    }
);

const fn single(q: Q, section: Section, axis: Axis, weight: u8, points: &'static [u8]) -> Question {
    Question {
        q,
        section,
        kind: Kind::Single,
        options: points.len() as u8,
        scores: Some(Contribution { axis, weight, points }),
    }
}

const fn signal(q: Q, section: Section, options: u8) -> Question {
    Question {
        q,
        section,
        kind: Kind::Single,
        options,
        scores: None,
    }
}

const fn several(q: Q, section: Section, options: u8) -> Question {
    // "None of these" is always the last option.
    Question {
        q,
        section,
        kind: Kind::Multiple { none: options - 1 },
        options,
        scores: None,
    }
}

pub const QUESTION_COUNT: usize = Q::ALL.len();

/// Options are listed in the order a person expects (fewest to most, least
/// to most often); their points say which end is gut-friendly. Why each
/// question counts as it does: `docs/scoring.md`.
pub const QUESTIONS: [Question; QUESTION_COUNT] = [
    single(Q::PlantsDaily, Section::Diet, Axis::Plants, 2, &[0, 45, 100, 100]),
    single(Q::PlantVariety, Section::Diet, Axis::Plants, 1, &[0, 40, 75, 100]),
    single(Q::GrainsPulses, Section::Diet, Axis::Plants, 1, &[0, 40, 75, 100]),
    single(Q::FermentedFoods, Section::Diet, Axis::Fermented, 1, &[0, 50, 85, 100]),
    single(
        Q::ProcessedFood,
        Section::Diet,
        Axis::ProcessedSugar,
        1,
        &[100, 70, 35, 0],
    ),
    single(Q::AddedSugar, Section::Diet, Axis::ProcessedSugar, 1, &[100, 70, 35, 0]),
    single(Q::HealthyFats, Section::Diet, Axis::HealthyFats, 1, &[0, 40, 75, 100]),
    single(Q::Fluids, Section::Habits, Axis::Fluids, 1, &[0, 50, 100, 100]),
    single(Q::Stress, Section::Habits, Axis::Stress, 2, &[100, 70, 35, 0]),
    single(Q::Relaxation, Section::Habits, Axis::Stress, 1, &[0, 40, 75, 100]),
    single(Q::SleepHours, Section::Habits, Axis::Sleep, 1, &[0, 85, 100, 60]),
    single(Q::SleepRested, Section::Habits, Axis::Sleep, 1, &[0, 40, 75, 100]),
    single(Q::ActiveMinutes, Section::Habits, Axis::Movement, 2, &[0, 35, 70, 100]),
    single(Q::StrengthDays, Section::Habits, Axis::Movement, 1, &[0, 50, 100]),
    single(Q::Alcohol, Section::Habits, Axis::Alcohol, 1, &[100, 90, 70, 25, 0]),
    single(Q::Smoking, Section::Habits, Axis::Smoking, 1, &[100, 90, 25, 0]),
    signal(Q::Bloating, Section::Gut, Bloating::COUNT),
    signal(Q::BowelFrequency, Section::Gut, BowelFrequency::COUNT),
    signal(Q::StoolForm, Section::Gut, StoolForm::COUNT),
    several(Q::SkinConcerns, Section::Skin, SkinConcern::COUNT),
    signal(Q::SkinImpact, Section::Skin, SkinImpact::COUNT),
    signal(Q::SkinMood, Section::Skin, SkinMood::COUNT),
    signal(Q::SkinHormonal, Section::Skin, SkinHormonal::COUNT),
    signal(Q::Antibiotics, Section::Health, Antibiotics::COUNT),
    several(Q::GutWarnings, Section::Health, GutWarning::COUNT),
    several(Q::OtherWarnings, Section::Health, OtherWarning::COUNT),
    several(Q::SkinWarnings, Section::Health, SkinWarning::COUNT),
];

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

    /// The named option chosen for a single-choice question.
    pub fn one<C: Choice>(&self) -> Option<C> {
        match self.get(C::QUESTION.index()) {
            Some(Answer::One(option)) => C::ALL.get(usize::from(option)).copied(),
            _ => None,
        }
    }

    /// The named options ticked on a multiple-choice question, leaving out
    /// "none of these" (its last option).
    pub fn ticked<C: Choice>(&self) -> Vec<C> {
        let Some(Answer::Many(bits)) = self.get(C::QUESTION.index()) else {
            return Vec::new();
        };
        let signs = C::ALL.split_last().map_or(&[][..], |(_, signs)| signs);
        signs
            .iter()
            .copied()
            .filter(|c| bits & (1 << c.option()) != 0)
            .collect()
    }

    /// Picks (single choice) or ticks (multiple choice) a named option.
    pub fn pick<C: Choice>(&mut self, choice: C) -> bool {
        let question = C::QUESTION.index();
        self.choose(question, choice.option()) || self.toggle(question, choice.option())
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
                    hex::push_byte(&mut out, *bits, hex::LOWER);
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
                    let bits = hex::byte(bytes.next()?, bytes.next()?)?;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_follows_the_question_names() {
        assert!((15..=30).contains(&QUESTIONS.len()));
        for (i, q) in QUESTIONS.iter().enumerate() {
            assert_eq!(q.q.index(), i, "{:?} is out of place", q.q);
            assert!(q.options >= 2 && q.options <= 8, "{} has {} options", q.id(), q.options);
        }
        let mut ids: Vec<&str> = Q::ALL.iter().map(|q| q.id()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), QUESTION_COUNT, "ids are unique");
    }

    fn named<C: Choice>() -> (Q, usize) {
        (C::QUESTION, C::ALL.len())
    }

    #[test]
    fn named_options_match_their_question() {
        for (q, count) in [
            named::<PlantsDaily>(),
            named::<AlcoholUnits>(),
            named::<Fluids>(),
            named::<ActiveMinutes>(),
            named::<StrengthDays>(),
            named::<SleepHours>(),
            named::<Bloating>(),
            named::<BowelFrequency>(),
            named::<StoolForm>(),
            named::<SkinConcern>(),
            named::<SkinImpact>(),
            named::<SkinMood>(),
            named::<SkinHormonal>(),
            named::<Antibiotics>(),
            named::<GutWarning>(),
            named::<OtherWarning>(),
            named::<SkinWarning>(),
        ] {
            assert_eq!(usize::from(QUESTIONS[q.index()].options), count, "{q:?}");
        }
        for none in [
            QUESTIONS[Q::SkinConcerns.index()].kind,
            QUESTIONS[Q::GutWarnings.index()].kind,
            QUESTIONS[Q::OtherWarnings.index()].kind,
            QUESTIONS[Q::SkinWarnings.index()].kind,
        ] {
            assert!(matches!(none, Kind::Multiple { .. }));
        }
        assert_eq!(SkinConcern::None.option(), SkinConcern::COUNT - 1);
        assert_eq!(GutWarning::None.option(), GutWarning::COUNT - 1);
        assert_eq!(OtherWarning::None.option(), OtherWarning::COUNT - 1);
        assert_eq!(SkinWarning::None.option(), SkinWarning::COUNT - 1);
    }

    #[test]
    fn every_scored_question_spans_zero_to_hundred() {
        for q in QUESTIONS.iter() {
            if let Some(c) = q.scores {
                assert_eq!(c.points.len(), q.options as usize, "{}", q.id());
                assert_eq!(c.points.iter().min(), Some(&0), "{} has no worst answer", q.id());
                assert_eq!(c.points.iter().max(), Some(&100), "{} has no best answer", q.id());
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
    fn typed_answers() {
        let mut a = Answers::default();
        assert_eq!(a.one::<StoolForm>(), None);
        assert!(a.pick(StoolForm::Watery));
        assert_eq!(a.one::<StoolForm>(), Some(StoolForm::Watery));
        assert!(a.pick(GutWarning::BloodInStools) && a.pick(GutWarning::TummyLump));
        assert_eq!(
            a.ticked::<GutWarning>(),
            vec![GutWarning::BloodInStools, GutWarning::TummyLump]
        );
        assert!(a.pick(GutWarning::None));
        assert!(a.ticked::<GutWarning>().is_empty(), "none of these is not a sign");
        assert!(a.ticked::<SkinWarning>().is_empty());
    }

    #[test]
    fn choose_rejects_out_of_range_and_wrong_kind() {
        let mut a = Answers::default();
        assert!(!a.choose(0, 4));
        assert!(!a.choose(QUESTION_COUNT, 0));
        assert!(!a.choose(Q::SkinConcerns.index(), 0));
        assert!(a.is_empty());
        assert!(a.choose(0, 3));
        assert_eq!(a.get(0), Some(Answer::One(3)));
    }

    #[test]
    fn none_of_these_excludes_the_other_options() {
        let q = Q::SkinConcerns.index();
        let none = SkinConcern::None.option();
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
        let q = Q::SkinConcerns.index();
        let mut text: Vec<String> = vec!["-".into(); QUESTION_COUNT];
        text[q] = "x21".into();
        assert_eq!(Answers::from_compact(&text.concat()), None);
        text[q] = "x20".into();
        assert!(Answers::from_compact(&text.concat()).is_some());
    }
}
