//! Component tests: each screen rendered on the host by Yew's server
//! renderer, checked for the markup that people and screen readers rely on.

use gut_skin_check::components::intro::{intro_screen, Intro};
use gut_skin_check::components::link_problem::link_problem;
use gut_skin_check::components::question::{Props as StepProps, QuestionStep};
use gut_skin_check::components::result::consultation::consultation;
use gut_skin_check::components::result::radar_chart::radar_chart;
use gut_skin_check::components::result::score_table::change;
use gut_skin_check::components::result::{Props as ResultProps, ResultScreen};
use gut_skin_check::components::Language;
use gut_skin_check::config::ClinicConfig;
use gut_skin_check::day::Day;
use gut_skin_check::locale::EN;
use gut_skin_check::questionnaire::sample::{calm, with};
use gut_skin_check::questionnaire::{Answer, Answers, GutWarning, Kind, StoolForm, Q, QUESTIONS, QUESTION_COUNT};
use gut_skin_check::radar;
use gut_skin_check::scoring::{score, Axis};
use gut_skin_check::share_link::{LinkError, Taken};
use yew::Callback;

mod common;
use common::{answers_with, render, render_part};

fn step(index: usize, answer: Option<Answer>, missing: bool) -> StepProps {
    StepProps {
        language: Language(&EN),
        index,
        answer,
        missing,
        on_pick: Callback::noop(),
        on_next: Callback::noop(),
        on_back: Callback::noop(),
    }
}

fn result_props(answers: Answers) -> ResultProps {
    ResultProps {
        language: Language(&EN),
        clinic: Default::default(),
        chart_first: false,
        now: Taken::new(answers, None),
        earlier: None,
        shared: false,
        share_url: None,
        on_restart: Callback::noop(),
        on_take_quiz: Callback::noop(),
        on_retake: Callback::noop(),
    }
}

fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

async fn render_intro(has_answers: bool, cleared: bool) -> String {
    let nothing = Callback::noop();
    let intro = Intro {
        has_answers,
        cleared,
        expired: false,
        on_start: &nothing,
        on_restart: &nothing,
    };
    render_part(intro_screen(&EN, intro)).await
}

#[tokio::test]
async fn intro_says_what_it_is_and_offers_to_start() {
    let html = render_intro(false, false).await;
    assert!(html.contains("<h1"));
    assert!(html.contains("about 3 minutes"));
    assert!(html.contains("never leave this device"));
    assert!(html.contains(">Start the quiz</button>"));
    assert!(!html.contains(EN.resume));

    assert!(!html.contains(EN.cleared));

    let html = render_intro(true, false).await;
    assert!(html.contains(EN.resume) && html.contains(EN.start_over));

    let html = render_intro(false, true).await;
    assert!(html.contains(EN.cleared), "clearing is confirmed");
}

#[tokio::test]
async fn the_footer_offers_to_clear_only_when_there_is_something() {
    use gut_skin_check::components::privacy_footer::privacy_footer;
    let html = render_part(privacy_footer(&EN, false, &Callback::noop())).await;
    assert!(html.contains(EN.stays_here));
    assert!(!html.contains(EN.clear_answers));
    let html = render_part(privacy_footer(&EN, true, &Callback::noop())).await;
    assert!(html.contains(&format!(">{}</button>", EN.clear_answers)));
}

#[tokio::test]
async fn single_choice_is_a_fieldset_of_labelled_radios() {
    let html = render::<QuestionStep>(step(0, Some(Answer::One(2)), false)).await;
    assert!(html.contains(&format!("Question 1 of {QUESTION_COUNT}")));
    assert!(html.contains("<fieldset"));
    assert!(html.contains(&format!(
        "<legend><h1 id=\"step-heading\" tabindex=\"-1\">{}</h1></legend>",
        EN.questions[0].prompt
    )));
    assert_eq!(count(&html, "type=\"radio\""), EN.questions[0].options.len());
    assert_eq!(count(&html, "<label class=\"option"), EN.questions[0].options.len());
    assert_eq!(count(&html, "checked"), 1, "exactly the chosen option is checked");
    assert!(html.contains(">Back</button>") && html.contains(">Next</button>"));
    assert!(!html.contains("role=\"alert\""));
}

#[tokio::test]
async fn multiple_choice_uses_checkboxes() {
    let q = Q::SkinConcerns.index();
    let html = render::<QuestionStep>(step(q, Some(Answer::Many(0b101)), false)).await;
    assert_eq!(count(&html, "type=\"checkbox\""), 6);
    assert_eq!(count(&html, "checked"), 2);
    assert!(html.contains(EN.choose_all));
}

#[tokio::test]
async fn missing_answer_is_announced_and_names_the_question() {
    let html = render::<QuestionStep>(step(3, None, true)).await;
    let message = EN.missing_answer(EN.questions[3].prompt);
    assert!(html.contains(&format!("{message}</p>")));
    assert!(html.contains("id=\"question-error\"") && html.contains("role=\"alert\""));
    assert!(html.contains("aria-describedby=\"question-hint question-error\""));
    assert_eq!(count(&html, "aria-invalid=\"true\""), EN.questions[3].options.len());
}

#[tokio::test]
async fn last_question_leads_to_the_result() {
    let html = render::<QuestionStep>(step(QUESTION_COUNT - 1, None, false)).await;
    assert!(html.contains(&format!(">{}</button>", EN.see_result)));
}

#[tokio::test]
async fn radar_draws_the_scores_with_a_name_and_description() {
    let scores = score(&answers_with(|i| i as u8 % 3));
    let html = render_part(radar_chart(&EN, &scores, None)).await;
    assert!(html.contains("role=\"img\""));
    assert!(html.contains(&format!("<title id=\"radar-title\">{}</title>", EN.chart_title)));
    assert!(html.contains("class=\"radar-shape now\""));
    assert!(html.contains(&format!("points=\"{}\"", radar::polygon(&scores))));
    for axis in Axis::ALL {
        let desc = format!("{} {}", EN.axis(axis).name, scores.of(axis));
        assert!(html.contains(&desc.replace('&', "&amp;")), "description lacks {desc}");
    }
    assert_eq!(count(&html, "<circle"), Axis::ALL.len());
    assert!(
        !html.contains("style="),
        "no inline styles: they would break a strict CSP"
    );
}

#[tokio::test]
async fn result_shows_table_advice_signals_and_disclaimer() {
    // The second option everywhere; "none of these" warning signs.
    let answers = answers_with(|i| match QUESTIONS[i].kind {
        Kind::Multiple { none } if QUESTIONS[i].id().ends_with("warning_signs") => none,
        _ => 1,
    });
    let html = render::<ResultScreen>(result_props(answers)).await;
    let scores = score(&answers);
    for axis in Axis::ALL {
        let row = format!(
            "<th scope=\"row\">{}</th><td class=\"number\">{}</td>",
            EN.axis(axis).name.replace('&', "&amp;"),
            scores.of(axis)
        );
        assert!(html.contains(&row), "table lacks {row}");
    }
    assert!(html.contains(EN.focus_title) && html.contains(EN.gut_title) && html.contains(EN.skin_title));
    assert!(html.contains(EN.disclaimer));
    assert!(html.contains(EN.consult_title));
    assert!(!html.contains(EN.red_flag_title));
}

/// Every sentence on the page that could reassure.
fn reassurances() -> [&'static str; 5] {
    [
        EN.gut_notes[3],
        EN.no_focus,
        EN.strengths_title,
        EN.axis(Axis::Plants).praise,
        EN.no_strengths,
    ]
}

#[tokio::test]
async fn a_calm_result_reassures() {
    let html = render::<ResultScreen>(result_props(calm())).await;
    for sentence in [EN.gut_notes[3], EN.no_focus, EN.strengths_title] {
        assert!(html.contains(sentence), "{sentence}");
    }
    assert!(!html.contains(EN.red_flag_title));
}

#[tokio::test]
async fn a_warning_sign_beside_a_calm_gut_puts_the_notice_first_and_reassures_nothing() {
    let html = render::<ResultScreen>(ResultProps {
        clinic: std::rc::Rc::new(ClinicConfig {
            cta_url: Some("https://clinic.example/book".into()),
            cta_host: Some("clinic.example".into()),
            ..ClinicConfig::default()
        }),
        ..result_props(with(calm(), GutWarning::BloodInStools))
    })
    .await;
    let notice = html.find(EN.red_flag_title).expect("doctor notice shown");
    let chart = html.find("role=\"img\"").unwrap();
    assert!(notice < chart, "the notice comes before the chart");
    let (tier, body) = EN.tier(gut_skin_check::advice::Urgency::Urgent);
    assert!(html.contains(tier) && html.contains(body));
    assert!(html.contains(EN.option(GutWarning::BloodInStools)));
    assert!(html.contains(EN.red_flag_scores_note));
    for sentence in reassurances() {
        assert!(!html.contains(sentence), "reassures beside a warning sign: {sentence}");
    }
    let booking = html
        .find("href=\"https://clinic.example/book\"")
        .expect("booking stays");
    assert!(notice < booking, "the booking button is never the first action");
}

#[tokio::test]
async fn tiers_of_urgency_come_most_urgent_first() {
    let answers = with(with(calm(), GutWarning::BowelChange), GutWarning::VomitingBlood);
    let html = render::<ResultScreen>(result_props(answers)).await;
    let now = html.find(EN.tier_titles[0]).expect("emergency tier");
    let soon = html.find(EN.tier_titles[2]).expect("GP tier");
    assert!(now < soon);
    assert!(!html.contains(EN.tier_titles[1]), "no empty tier");
}

#[tokio::test]
async fn watery_stools_bring_a_doctor_notice_without_a_ticked_box() {
    let html = render::<ResultScreen>(result_props(with(calm(), StoolForm::Watery))).await;
    assert!(html.find(EN.red_flag_title).unwrap() < html.find("role=\"img\"").unwrap());
    assert!(html.contains(EN.gut_patterns[0]));
    for sentence in reassurances() {
        assert!(!html.contains(sentence), "{sentence}");
    }
}

#[tokio::test]
async fn advice_carries_its_evidence() {
    let mut answers = calm();
    assert!(answers.choose(Q::FermentedFoods.index(), 0));
    let html = render::<ResultScreen>(result_props(answers)).await;
    let fermented = EN.axis(Axis::Fermented);
    for (step, evidence) in fermented
        .advice
        .iter()
        .zip(gut_skin_check::advice::advice_evidence(Axis::Fermented))
    {
        let shown = format!("{step} <span class=\"evidence\">{}</span>", EN.evidence(evidence));
        assert!(html.contains(&shown), "{shown}");
    }
}

#[tokio::test]
async fn a_recent_antibiotic_course_is_reported_neutrally() {
    use gut_skin_check::questionnaire::Antibiotics;
    let html = render::<ResultScreen>(result_props(with(calm(), Antibiotics::InLast3Months))).await;
    assert!(html.contains(EN.antibiotics_recent) && html.contains(EN.antibiotics_colds));
    assert!(html.contains(EN.no_focus), "a course is never a factor to work on");
    let html = render::<ResultScreen>(result_props(calm())).await;
    assert!(!html.contains(EN.antibiotics_recent));
}

#[tokio::test]
async fn an_old_link_says_which_factors_are_estimated() {
    let html = render::<ResultScreen>(ResultProps {
        now: Taken {
            from_v1: true,
            ..Taken::new(calm(), None)
        },
        shared: true,
        ..result_props(calm())
    })
    .await;
    assert!(html.contains(EN.older_title) && html.contains(EN.older_not_asked));
    for sentence in reassurances() {
        assert!(
            !html.contains(sentence),
            "an old link never asked every warning sign: {sentence}"
        );
    }
    for axis in gut_skin_check::share_link::ESTIMATED_FROM_V1 {
        assert!(html.contains(&EN.axis(axis).name.replace('&', "&amp;")), "{axis:?}");
    }
    let html = render::<ResultScreen>(result_props(calm())).await;
    assert!(!html.contains(EN.older_title));
}

#[tokio::test]
async fn intro_and_result_say_who_the_quiz_is_for() {
    assert!(render_intro(false, false).await.contains(EN.audience));
    assert!(render::<ResultScreen>(result_props(calm())).await.contains(EN.audience));
}

#[tokio::test]
async fn consultation_links_only_when_configured() {
    let html = render_part(consultation(&EN, &ClinicConfig::default(), false)).await;
    assert!(html.contains(EN.consult_title));
    assert!(!html.contains("<a "));
    let clinic = ClinicConfig {
        cta_url: Some("https://clinic.example/book".into()),
        cta_host: Some("clinic.example".into()),
        cta_label: Some("Book with Dr Lee".into()),
        ..ClinicConfig::default()
    };
    let html = render_part(consultation(&EN, &clinic, false)).await;
    assert!(html.contains("href=\"https://clinic.example/book\""));
    assert!(html.contains(">Book with Dr Lee</a>"));
    assert!(
        html.contains("Opens clinic.example in a new tab"),
        "the destination beside the button"
    );
    assert!(html.contains("target=\"_blank\"") && html.contains("rel=\"noopener noreferrer\""));
}

#[tokio::test]
async fn own_result_offers_a_share_link_with_a_qr_code_and_a_warning() {
    let answers = answers_with(|_| 2);
    let url = "http://127.0.0.1:8080/#r=AVQpmVUZKMwAVs8";
    let html = render::<ResultScreen>(ResultProps {
        share_url: Some(url.into()),
        ..result_props(answers)
    })
    .await;
    assert!(html.contains(EN.share_warning));
    assert!(html.contains(&format!("value=\"{url}\"")));
    assert!(html.contains("readonly"));
    assert!(html.contains(&format!("aria-label=\"{}\"", EN.qr_label)));
    assert!(html.contains("h1v1h-1z"), "QR modules drawn");
    assert!(html.contains(EN.all_answers_title));
    assert!(!html.contains(EN.shared_badge));
}

#[tokio::test]
async fn a_shared_result_is_marked_and_offers_quiz_and_compare() {
    let answers = answers_with(|_| 0);
    let html = render::<ResultScreen>(ResultProps {
        shared: true,
        ..result_props(answers)
    })
    .await;
    assert!(html.contains(EN.shared_badge) && html.contains(EN.shared_title));
    assert!(html.contains(&format!(">{}</button>", EN.take_quiz_yourself)));
    assert!(html.contains(&format!(">{}</button>", EN.retake_compare)));
    assert!(!html.contains(EN.share_warning), "a shared view does not re-share");
}

#[tokio::test]
async fn a_comparison_draws_both_and_tabulates_the_change() {
    let earlier = answers_with(|_| 0);
    let now = answers_with(|_| 2);
    let html = render::<ResultScreen>(ResultProps {
        earlier: Some(Taken::new(earlier, Day::from_number(600))),
        now: Taken::new(now, Day::from_number(694)),
        ..result_props(now)
    })
    .await;
    assert!(html.contains("class=\"radar-shape earlier\"") && html.contains("stroke-dasharray"));
    assert!(html.contains(EN.legend_earlier) && html.contains(EN.legend_now));
    assert!(html.contains(&EN.taken("2026-08-23")) && html.contains(&EN.taken("2026-11-25")));
    let (before, after) = (score(&earlier), score(&now));
    for axis in Axis::ALL {
        let row = format!(
            "<th scope=\"row\">{}</th><td class=\"number\">{}</td><td class=\"number\">{}</td><td class=\"number\">{}</td>",
            EN.axis(axis).name.replace('&', "&amp;"),
            before.of(axis),
            after.of(axis),
            change(before.of(axis), after.of(axis))
        );
        assert!(html.contains(&row), "table lacks {row}");
    }
}

#[test]
fn change_is_signed() {
    assert_eq!(change(40, 52), "+12");
    assert_eq!(change(52, 40), "−12");
    assert_eq!(change(7, 7), "0");
}

#[tokio::test]
async fn a_damaged_link_says_what_happened_and_shows_nothing_else() {
    for (error, message) in [
        (LinkError::Truncated, EN.link_truncated),
        (LinkError::Altered, EN.link_altered),
        (LinkError::NewerVersion(9), EN.link_newer),
        (LinkError::NotOurs, EN.link_not_ours),
        (LinkError::Empty, EN.link_empty),
    ] {
        let html = render_part(link_problem(&EN, error, &Callback::noop())).await;
        assert!(html.contains(EN.link_problem_title));
        assert!(html.contains(message), "{error:?}");
        assert!(html.contains(&format!(">{}</button>", EN.take_quiz_yourself)));
        assert!(!html.contains("<svg") && !html.contains("<table"));
    }
}

#[tokio::test]
async fn a_shared_result_speaks_of_the_link_and_not_for_the_clinic() {
    let html = render::<ResultScreen>(ResultProps {
        shared: true,
        clinic: std::rc::Rc::new(ClinicConfig {
            clinic_name: Some("Meadow Clinic".into()),
            ..ClinicConfig::default()
        }),
        ..result_props(with(calm(), GutWarning::BloodInStools))
    })
    .await;
    assert!(html.contains(EN.red_flag_body_shared) && !html.contains(EN.red_flag_body));
    assert!(html.contains(EN.shared_not_clinic));
    let html = render::<ResultScreen>(result_props(with(calm(), GutWarning::BloodInStools))).await;
    assert!(html.contains(EN.red_flag_body) && !html.contains(EN.shared_not_clinic));
}
