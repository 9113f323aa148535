//! Every word a person reads, in one table per language. A new language is a
//! new `Locale` value: the compiler checks that no field is missing, and the
//! tests check that every question has one label per option.

use crate::advice::{Alert, Evidence, GutNote, Level, SkinNote, Urgency};
use crate::questionnaire::{Choice, Q};
use crate::questionnaire::{Section, QUESTION_COUNT};
use crate::scoring::{Axis, AXIS_COUNT};

#[cfg(not(feature = "english-only"))]
mod ar;
#[cfg(not(feature = "english-only"))]
mod de;
mod en;
#[cfg(not(feature = "english-only"))]
mod es;
#[cfg(not(feature = "english-only"))]
mod fr;

#[cfg(not(feature = "english-only"))]
pub use ar::AR;
#[cfg(not(feature = "english-only"))]
pub use de::DE;
pub use en::EN;
#[cfg(not(feature = "english-only"))]
pub use es::ES;
#[cfg(not(feature = "english-only"))]
pub use fr::FR;

/// Every language the quiz speaks, in the switcher's order.
#[cfg(not(feature = "english-only"))]
pub static LOCALES: &[&Locale] = &[&EN, &ES, &DE, &FR, &AR];

/// English alone: built only to measure what the other languages cost
/// (`make language-cost`), never shipped.
#[cfg(feature = "english-only")]
pub static LOCALES: &[&Locale] = &[&EN];

/// The language for a BCP 47 tag such as `de`, `de-AT` or `pt_BR`, if the
/// quiz has it (by its primary subtag).
pub fn by_tag(tag: &str) -> Option<&'static Locale> {
    let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
    LOCALES.iter().copied().find(|l| l.lang == primary)
}

/// The language to speak: the one the person chose in this tab, else the
/// clinic's, else the first of the browser's languages the quiz has, else
/// English. A tag the quiz does not have counts as not given.
pub fn negotiate<S: AsRef<str>>(
    chosen: Option<&str>,
    configured: Option<&str>,
    browser: impl IntoIterator<Item = S>,
) -> &'static Locale {
    chosen
        .and_then(by_tag)
        .or_else(|| configured.and_then(by_tag))
        .or_else(|| browser.into_iter().find_map(|tag| by_tag(tag.as_ref())))
        .unwrap_or(&EN)
}

/// The words of one question.
#[derive(Debug)]
pub struct QuestionText {
    pub prompt: &'static str,
    /// A line under the prompt that makes it easier to answer, or "".
    pub hint: &'static str,
    pub options: &'static [&'static str],
}

/// The words of one lifestyle axis.
#[derive(Debug)]
pub struct AxisText {
    /// The label beside the radar: one or two short words.
    pub label: &'static str,
    /// The full name in the table and the advice.
    pub name: &'static str,
    /// Said when this axis is among the strongest.
    pub praise: &'static str,
    /// Concrete first steps, said when this axis is among the weakest.
    pub advice: &'static [&'static str],
}

/// Writing direction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dir {
    Ltr,
    Rtl,
}

impl Dir {
    pub fn as_str(self) -> &'static str {
        match self {
            Dir::Ltr => "ltr",
            Dir::Rtl => "rtl",
        }
    }
}

/// Declares [`Locale`] and its `texts()`: every field after the `---` is a
/// text a person reads, and the compiler lists each of them, so a new field
/// cannot escape the tests that look for empty or untranslated text.
macro_rules! locale_table {
    (
        $(#[$meta:meta])*
        pub struct Locale {
            $( $(#[$setup_meta:meta])* pub $setup:ident: $setup_ty:ty, )*
            ---
            $( $(#[$text_meta:meta])* pub $text:ident: $text_ty:ty, )*
        }
    ) => {
        $(#[$meta])*
        pub struct Locale {
            $( $(#[$setup_meta])* pub $setup: $setup_ty, )*
            $( $(#[$text_meta])* pub $text: $text_ty, )*
        }

        impl Locale {
            /// Every text of the table, in the order of its fields: for the
            /// tests that compare languages.
            pub fn texts(&self) -> Vec<&'static str> {
                let mut all = Vec::new();
                $( Texts::add_to(&self.$text, &mut all); )*
                all
            }
        }
    };
}

/// A field of the table that holds texts a person reads.
trait Texts {
    fn add_to(&self, all: &mut Vec<&'static str>);
}

impl Texts for &'static str {
    fn add_to(&self, all: &mut Vec<&'static str>) {
        all.push(self);
    }
}

impl<T: Texts, const N: usize> Texts for [T; N] {
    fn add_to(&self, all: &mut Vec<&'static str>) {
        self.iter().for_each(|text| text.add_to(all));
    }
}

impl Texts for QuestionText {
    fn add_to(&self, all: &mut Vec<&'static str>) {
        all.extend([self.prompt, self.hint]);
        all.extend(self.options);
    }
}

impl Texts for AxisText {
    fn add_to(&self, all: &mut Vec<&'static str>) {
        all.extend([self.label, self.name, self.praise]);
        all.extend(self.advice);
    }
}

locale_table! {
    #[derive(Debug)]
    pub struct Locale {
        /// BCP 47 tag, set on the page's `lang` attribute.
        pub lang: &'static str,
        pub dir: Dir,
        // Above: how the page is set up. Below: every text a person reads, each
        // listed by `texts()`.
        ---
        /// The language's name in itself, for the language switcher.
        pub name: &'static str,
        /// The accessible name of the language switcher.
        pub language_label: &'static str,
        pub app_name: &'static str,

        pub intro_title: &'static str,
        pub intro_lead: &'static str,
        pub intro_points: [&'static str; 3],
        /// Who the quiz is for and who should ask a professional instead; on the
        /// intro and the printed result.
        pub audience: &'static str,
        pub start: &'static str,
        pub resume: &'static str,
        pub start_over: &'static str,

        /// "Question {n} of {total}"
        pub progress_text: &'static str,
        pub diet: &'static str,
        pub habits: &'static str,
        pub gut: &'static str,
        pub skin: &'static str,
        pub health: &'static str,
        pub choose_all: &'static str,
        pub back: &'static str,
        pub next: &'static str,
        pub see_result: &'static str,
        /// The message when Next is pressed without an answer; `{question}` names it.
        pub missing_text: &'static str,

        pub result_title: &'static str,
        pub result_lead: &'static str,
        pub chart_title: &'static str,
        /// Starts the radar's description for screen readers: "Scores out of 100:".
        pub scores_text: &'static str,
        pub table_caption: &'static str,
        pub factor: &'static str,
        pub score: &'static str,
        pub rating: &'static str,
        pub good: &'static str,
        pub fair: &'static str,
        pub needs_attention: &'static str,
        pub strengths_title: &'static str,
        pub no_strengths: &'static str,
        pub focus_title: &'static str,
        pub no_focus: &'static str,
        pub gut_title: &'static str,
        /// By [`GutNote`].
        pub gut_notes: [&'static str; 4],
        pub skin_title: &'static str,
        pub skin_concerns_label: &'static str,
        pub skin_no_concerns: &'static str,
        /// By [`SkinNote`].
        pub skin_notes: [&'static str; 3],
        pub red_flag_title: &'static str,
        pub red_flag_body: &'static str,
        /// The same on a result opened from someone's link: about the link's answers.
        pub red_flag_body_shared: &'static str,
        /// By [`Urgency`], most urgent first: what to do, as a heading and a line.
        pub tier_titles: [&'static str; 3],
        pub tier_bodies: [&'static str; 3],
        /// By [`crate::advice::GutPattern`]: gut answers that need a doctor.
        pub gut_patterns: [&'static str; 3],
        /// Under the chart beside a warning sign: scores neither explain nor rule out.
        pub red_flag_scores_note: &'static str,
        /// Before the gut notes' advice when a warning sign is on the page.
        pub gut_after_alert: &'static str,
        /// In the call to action when a warning sign is on the page.
        pub consult_not_instead: &'static str,
        pub antibiotics_title: &'static str,
        pub antibiotics_recent: &'static str,
        pub antibiotics_colds: &'static str,
        /// By [`Evidence`]: the label beside each piece of advice.
        pub evidence: [&'static str; 3],
        /// "Taken on {date}"
        pub taken_on: &'static str,
        pub older_title: &'static str,
        pub older_body: &'static str,
        /// Starts the list of factors estimated from an earlier version's answers.
        pub older_estimated: &'static str,
        pub older_not_asked: &'static str,
        pub consult_title: &'static str,
        pub consult_body: &'static str,
        pub consult_action: &'static str,
        pub disclaimer: &'static str,

        pub shared_badge: &'static str,
        pub shared_title: &'static str,
        pub shared_lead: &'static str,
        /// On a shared result under a clinic's name: the clinic did not make or check it.
        pub shared_not_clinic: &'static str,
        pub take_quiz_yourself: &'static str,
        pub retake_compare: &'static str,
        pub compare_title: &'static str,
        pub compare_lead: &'static str,
        pub earlier: &'static str,
        pub now: &'static str,
        pub change: &'static str,
        pub legend_earlier: &'static str,
        pub legend_now: &'static str,
        pub share_title: &'static str,
        pub share_warning: &'static str,
        pub link_label: &'static str,
        pub share_button: &'static str,
        pub copied: &'static str,
        pub copy_by_hand: &'static str,
        pub download_chart: &'static str,
        pub print: &'static str,
        pub qr_label: &'static str,
        pub qr_caption: &'static str,
        pub all_answers_title: &'static str,
        pub link_problem_title: &'static str,
        pub link_empty: &'static str,
        pub link_truncated: &'static str,
        pub link_altered: &'static str,
        pub link_newer: &'static str,
        pub link_not_ours: &'static str,
        pub link_problem_offer: &'static str,
        pub stays_here: &'static str,
        pub clear_answers: &'static str,
        pub cleared: &'static str,
        pub crash_title: &'static str,
        pub crash_body: &'static str,
        pub reload: &'static str,

        pub questions: [QuestionText; QUESTION_COUNT],
        pub axes: [AxisText; AXIS_COUNT],

        // Privacy on a shared device and inside another site's page.
        /// Beside the clinic's button: where it leads; `{host}` is its host.
        pub cta_destination: &'static str,
        /// On the intro, once answers saved in this tab were forgotten for being idle.
        pub answers_expired: &'static str,
        /// Shown instead of the quiz when a page of its own website frames it.
        pub same_origin_title: &'static str,
        pub same_origin_body: &'static str,
    }
}

/// Puts values into a template's `{name}` places.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in values {
        out = out.replace(&["{", name, "}"].concat(), value);
    }
    out
}

impl Locale {
    /// "Question 5 of 25"
    pub fn progress(&self, n: usize, total: usize) -> String {
        fill(
            self.progress_text,
            &[("n", &n.to_string()), ("total", &total.to_string())],
        )
    }

    /// The message when Next is pressed without an answer to `question`.
    pub fn missing_answer(&self, question: &str) -> String {
        fill(self.missing_text, &[("question", question)])
    }

    /// The radar's description for screen readers: "Scores out of 100: Sleep 75, Movement 0."
    pub fn chart_description(&self, pairs: &[(&str, u8)]) -> String {
        let list: Vec<String> = pairs
            .iter()
            .map(|(name, value)| [*name, " ", &value.to_string()].concat())
            .collect();
        [self.scores_text, " ", &list.join(", "), "."].concat()
    }

    pub fn question(&self, index: usize) -> &QuestionText {
        &self.questions[index]
    }

    pub fn axis(&self, axis: Axis) -> &AxisText {
        &self.axes[axis.index()]
    }

    pub fn section(&self, section: Section) -> &'static str {
        match section {
            Section::Diet => self.diet,
            Section::Habits => self.habits,
            Section::Gut => self.gut,
            Section::Skin => self.skin,
            Section::Health => self.health,
        }
    }

    pub fn level(&self, level: Level) -> &'static str {
        match level {
            Level::Good => self.good,
            Level::Fair => self.fair,
            Level::NeedsAttention => self.needs_attention,
        }
    }

    pub fn gut_note(&self, note: GutNote) -> &'static str {
        self.gut_notes[note as usize]
    }

    pub fn skin_note(&self, note: SkinNote) -> &'static str {
        self.skin_notes[note as usize]
    }

    pub fn evidence(&self, evidence: Evidence) -> &'static str {
        self.evidence[evidence as usize]
    }

    /// The heading and the line of what to do, for one tier of urgency.
    pub fn tier(&self, urgency: Urgency) -> (&'static str, &'static str) {
        (self.tier_titles[urgency as usize], self.tier_bodies[urgency as usize])
    }

    /// The label of a named option, as the question shows it.
    pub fn option<C: Choice>(&self, choice: C) -> &'static str {
        self.questions[C::QUESTION.index()]
            .options
            .get(usize::from(choice.option()))
            .copied()
            .unwrap_or_default()
    }

    /// What a warning sign is called: the ticked option's label, or the
    /// pattern in the gut answers.
    pub fn alert(&self, alert: Alert) -> &'static str {
        match alert {
            Alert::Gut(sign) => self.option(sign),
            Alert::Other(sign) => self.option(sign),
            Alert::Skin(sign) => self.option(sign),
            Alert::Pattern(pattern) => self.gut_patterns[pattern as usize],
        }
    }

    /// "Taken on 2026-11-25"
    pub fn taken(&self, date: &str) -> String {
        fill(self.taken_on, &[("date", date)])
    }

    /// The words of a question by name.
    pub fn text_of(&self, q: Q) -> &QuestionText {
        &self.questions[q.index()]
    }
}

pub(crate) const fn q(prompt: &'static str, hint: &'static str, options: &'static [&'static str]) -> QuestionText {
    QuestionText { prompt, hint, options }
}

pub(crate) const fn axis(
    label: &'static str,
    name: &'static str,
    praise: &'static str,
    advice: &'static [&'static str],
) -> AxisText {
    AxisText {
        label,
        name,
        praise,
        advice,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questionnaire::{Kind, QUESTIONS};

    pub(crate) fn all() -> &'static [&'static Locale] {
        LOCALES
    }

    #[test]
    #[cfg(not(feature = "english-only"))]
    fn the_person_s_choice_beats_the_clinic_s_which_beats_the_browser_s() {
        let none: [&str; 0] = [];
        assert!(std::ptr::eq(negotiate(Some("fr"), Some("de"), ["es"]), &FR));
        assert!(std::ptr::eq(negotiate(None, Some("de"), ["es"]), &DE));
        assert!(std::ptr::eq(negotiate(None, None, ["es-MX", "de"]), &ES));
        assert!(std::ptr::eq(negotiate(None, None, none), &EN));
    }

    #[test]
    #[cfg(not(feature = "english-only"))]
    fn tags_the_quiz_does_not_have_fall_through_to_the_next_rule() {
        assert!(std::ptr::eq(negotiate(Some("pt"), Some("xx"), ["ja", "ar-EG"]), &AR));
        assert!(std::ptr::eq(negotiate(Some(""), None, ["pt_BR", "zh"]), &EN));
        assert!(std::ptr::eq(negotiate(None, None, ["DE_at"]), &DE));
    }

    #[test]
    fn every_question_has_one_label_per_option() {
        for &locale in all() {
            for (i, question) in QUESTIONS.iter().enumerate() {
                let text = locale.question(i);
                assert_eq!(
                    text.options.len(),
                    usize::from(question.options),
                    "{} {}",
                    locale.lang,
                    question.id()
                );
                assert!(!text.prompt.is_empty());
                assert!(text.options.iter().all(|o| !o.is_empty()));
            }
        }
    }

    #[test]
    fn every_axis_has_three_pieces_of_advice_one_per_evidence_label() {
        for &locale in all() {
            for axis in Axis::ALL {
                let text = locale.axis(axis);
                assert_eq!(
                    text.advice.len(),
                    crate::advice::advice_evidence(axis).len(),
                    "{} {axis:?}",
                    locale.lang
                );
                assert!(!text.label.is_empty() && !text.name.is_empty() && !text.praise.is_empty());
            }
        }
    }

    #[test]
    fn multiple_choice_ends_with_none_of_these() {
        for (i, question) in QUESTIONS.iter().enumerate() {
            if let Kind::Multiple { none } = question.kind {
                assert_eq!(EN.question(i).options[usize::from(none)], "None of these");
            }
        }
    }

    #[test]
    fn formatted_strings() {
        assert_eq!(EN.progress(5, 25), "Question 5 of 25");
        assert_eq!(
            EN.missing_answer("Do you smoke?"),
            "Please answer “Do you smoke?” to go on."
        );
        assert_eq!(
            EN.chart_description(&[("Sleep", 75), ("Movement", 0)]),
            "Scores out of 100: Sleep 75, Movement 0."
        );
    }

    #[test]
    fn every_language_fills_every_text() {
        let english = EN.texts();
        for &locale in all() {
            let texts = locale.texts();
            assert_eq!(texts.len(), english.len());
            for (text, en) in texts.iter().zip(&english) {
                // Only hints may be empty, and only where the English one is.
                assert_eq!(text.is_empty(), en.is_empty(), "{}: {en:?}", locale.lang);
            }
            assert!(locale.progress_text.contains("{n}") && locale.progress_text.contains("{total}"));
            assert!(locale.missing_text.contains("{question}"));
            assert!(locale.taken_on.contains("{date}"), "{}", locale.lang);
            assert!(
                locale.intro_lead.contains(&QUESTION_COUNT.to_string()),
                "{}",
                locale.lang
            );
            for axis in &locale.axes {
                assert!(
                    axis.label.split('\n').all(|line| line.chars().count() <= 13),
                    "{}: {}",
                    locale.lang,
                    axis.label
                );
            }
        }
    }

    #[test]
    fn languages_are_found_by_their_tags() {
        assert_eq!(by_tag("de").map(|l| l.lang), Some("de"));
        assert_eq!(by_tag("de-AT").map(|l| l.lang), Some("de"));
        assert_eq!(by_tag("FR_ca").map(|l| l.lang), Some("fr"));
        assert_eq!(by_tag("ar-EG").map(|l| l.dir), Some(Dir::Rtl));
        assert!(by_tag("pt-BR").is_none());
        assert!(by_tag("").is_none());
        let tags: Vec<&str> = LOCALES.iter().map(|l| l.lang).collect();
        assert_eq!(tags, ["en", "es", "de", "fr", "ar"]);
    }

    #[test]
    fn fill_replaces_every_place() {
        assert_eq!(fill("{a} and {b}, {a}", &[("a", "1"), ("b", "2")]), "1 and 2, 1");
        assert_eq!(fill("no places", &[("a", "1")]), "no places");
    }

    #[test]
    fn intro_count_matches_the_questionnaire() {
        assert!(EN.intro_lead.contains(&QUESTION_COUNT.to_string()));
    }
}
