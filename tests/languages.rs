//! Every screen rendered in every language on the host: nothing missing, and
//! no English left in a translation (brand names aside).

use gut_skin_check::components::intro::{intro_screen, Intro};
use gut_skin_check::components::link_problem::link_problem;
use gut_skin_check::components::privacy_footer::privacy_footer;
use gut_skin_check::components::question::{Props as StepProps, QuestionStep};
use gut_skin_check::components::result::{Props as ResultProps, ResultScreen};
use gut_skin_check::components::Language;
use gut_skin_check::day::Day;
use gut_skin_check::locale::{Locale, EN, LOCALES};
use gut_skin_check::questionnaire::{Kind, QUESTIONS, QUESTION_COUNT};
use gut_skin_check::share_link::{LinkError, Taken};
use yew::{html, Callback, Html};

mod common;
use common::{answers_with, render_part};

/// Every screen and state, as one piece of markup.
fn every_screen(t: &'static Locale) -> Vec<Html> {
    let nothing = Callback::noop();
    let intro = |has_answers, cleared| Intro {
        has_answers,
        cleared,
        expired: false,
        on_start: &nothing,
        on_restart: &nothing,
    };
    let mut screens = vec![
        intro_screen(t, intro(true, true)),
        intro_screen(t, intro(false, false)),
        privacy_footer(t, true, &nothing),
    ];
    for index in 0..QUESTION_COUNT {
        let props = StepProps {
            language: Language(t),
            index,
            answer: None,
            missing: true,
            on_pick: Callback::noop(),
            on_next: Callback::noop(),
            on_back: Callback::noop(),
        };
        screens.push(html! { <QuestionStep ..props /> });
    }
    // Poor habits with every gut and skin note and warning signs; then good
    // habits; each as own, shared and compared result.
    // Every warning sign, every note; then good habits; an old link's answers.
    let poor = answers_with(|i| match QUESTIONS[i].id() {
        "bloating" | "skin_impact" => 3,
        "skin_mood" => 2,
        "bowel_frequency" | "skin_hormonal" | "antibiotics" => 0,
        "stool_form" => 4,
        _ => (i % 2) as u8,
    });
    let mut poor = poor;
    for q in QUESTIONS.iter().filter(|q| q.id().ends_with("warning_signs")) {
        for option in 1..q.options - 1 {
            assert!(poor.toggle(q.q.index(), option));
        }
    }
    let good = answers_with(|i| match QUESTIONS[i].kind {
        Kind::Multiple { none } => none,
        Kind::Single => 2,
    });
    let day = Day::from_number(700);
    let poor = Taken::new(poor, day);
    let good = Taken::new(good, day);
    let old = Taken { from_v1: true, ..good };
    for (now, earlier, shared) in [
        (poor, None, false),
        (good, Some(poor), false),
        (good, None, true),
        (poor, Some(old), true),
    ] {
        let props = ResultProps {
            language: Language(t),
            clinic: Default::default(),
            chart_first: false,
            now,
            earlier,
            shared,
            share_url: (!shared).then(|| "https://quiz.example/#r=AVQpmVUZKMwAVs8".into()),
            on_restart: Callback::noop(),
            on_take_quiz: Callback::noop(),
            on_retake: Callback::noop(),
        };
        screens.push(html! { <ResultScreen ..props /> });
    }
    for error in [
        LinkError::Empty,
        LinkError::Truncated,
        LinkError::Altered,
        LinkError::NewerVersion(2),
        LinkError::NotOurs,
    ] {
        screens.push(link_problem(t, error, &nothing));
    }
    screens
}

/// The visible text of some markup: tags dropped, entities decoded.
fn text_of(markup: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in markup.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                text.push(' ');
            }
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
}

async fn render_all(locale: &'static Locale) -> String {
    let mut all = String::new();
    for screen in every_screen(locale) {
        all.push_str(&render_part(screen).await);
    }
    all
}

#[tokio::test]
async fn every_screen_in_every_language_is_complete_and_in_that_language() {
    let english: Vec<&str> = EN
        .texts()
        .into_iter()
        // Strings that are the same in every language: names and numbers.
        .filter(|s| s.split_whitespace().count() >= 2 && *s != EN.app_name && !s.contains("QR"))
        .collect();
    let english_words = [
        " the ", " your ", " you ", " and ", " with ", " of ", " is ", " are ", " what ", " how ",
    ];
    for locale in LOCALES {
        let markup = render_all(locale).await;
        let text = text_of(&markup).replace(EN.app_name, "");
        // Everything the language has for these screens appears.
        for needed in [
            locale.intro_title,
            locale.red_flag_title,
            locale.compare_title,
            locale.shared_badge,
            locale.link_newer,
            locale.audience,
            locale.older_title,
            locale.antibiotics_recent,
            locale.red_flag_scores_note,
        ] {
            assert!(text.contains(needed), "{}: {needed} not shown", locale.lang);
        }
        for question in &locale.questions {
            assert!(text.contains(question.prompt), "{}: {}", locale.lang, question.prompt);
        }
        if locale.lang == "en" {
            continue;
        }
        for s in &english {
            assert!(!text.contains(s), "{}: English left: {s:?}", locale.lang);
        }
        let padded = format!(
            " {} ",
            text.to_lowercase()
                .replace(['.', ',', ':', ';', '(', ')', '!', '?'], " ")
        );
        // Single English words, as whole words; a few are the same word in another language.
        let same_in_translation = ["stress", "score", "factor", "rosacea", "food", "alcohol"];
        for word in EN
            .texts()
            .into_iter()
            .filter(|s| !s.contains(' ') && s.chars().count() >= 4)
        {
            let word = word.to_lowercase();
            if !same_in_translation.contains(&word.as_str()) {
                assert!(
                    !padded.contains(&format!(" {word} ")),
                    "{}: the English word {word:?} appears",
                    locale.lang
                );
            }
        }
        for word in english_words {
            assert!(
                !padded.contains(word),
                "{}: the English word {word:?} appears",
                locale.lang
            );
        }
        println!(
            "{}: {} characters of text on {} screens",
            locale.lang,
            text.len(),
            every_screen(locale).len()
        );
    }
}
