mod hooks;

use std::rc::Rc;

use yew::prelude::*;

use super::intro::{intro_screen, Intro};
use super::language_switcher::language_switcher;
use super::link_problem::link_problem;
use super::privacy_footer::privacy_footer;
use super::question::QuestionStep;
use super::result::ResultScreen;
use super::Language;
use crate::config::ClinicConfig;
use crate::locale::Locale;
use crate::route::{share_fragment, Screen};
use crate::share_link::{ShareLink, Taken};
use crate::state::Action;
use crate::web;
use hooks::{use_address_bar, use_clinic_theme, use_page_events, use_page_language, use_quiz, use_saved_answers};

#[derive(Properties, PartialEq, Default)]
pub struct Props {
    /// The clinic's checked settings (`web::clinic::clinic_config`), read before
    /// the quiz is drawn so that no screen shows without its branding.
    #[prop_or_default]
    pub clinic: Rc<ClinicConfig>,
}

/// The whole quiz: holds the state machine and keeps the address bar,
/// session storage and focus in step with it.
#[component]
pub fn App(props: &Props) -> Html {
    let clinic = props.clinic.clone();
    use_clinic_theme(clinic.clone());
    let (t, on_choose) = use_page_language(clinic.lang.as_deref());
    let quiz = use_quiz();
    use_address_bar(quiz.screen);
    use_page_events(quiz.dispatcher());
    use_saved_answers(&quiz);

    let send = |action: fn() -> Action| {
        let quiz = quiz.clone();
        Callback::from(move |_| quiz.dispatch(action()))
    };
    let language = Language(t);
    let body = match quiz.screen {
        Screen::Intro => intro_screen(
            t,
            Intro {
                has_answers: !quiz.answers.is_empty(),
                cleared: quiz.cleared,
                expired: quiz.expired,
                on_start: &send(|| Action::Start),
                on_restart: &send(|| Action::Restart),
            },
        ),
        Screen::Question(index) => {
            let on_pick = {
                let quiz = quiz.clone();
                Callback::from(move |option| {
                    quiz.dispatch(Action::Pick {
                        question: index,
                        option,
                    })
                })
            };
            html! {
                // A fresh form per question, so no input keeps the browser's
                // checked state from the previous question.
                <QuestionStep
                    key={index}
                    {language}
                    {index}
                    answer={quiz.answers.get(index)}
                    missing={quiz.missing}
                    {on_pick}
                    on_next={send(|| Action::Next)}
                    on_back={send(|| Action::Back)}
                />
            }
        }
        Screen::Result => {
            let now = Taken::new(quiz.answers, web::page::today());
            let link = ShareLink {
                earlier: quiz.baseline,
                now,
            };
            // The link keeps the clinic's branding (not the frame's parent origin).
            let share_url = share_fragment(&link)
                .map(|fragment| AttrValue::from(web::history::page_address() + &clinic.to_query() + &fragment));
            html! {
                <ResultScreen
                    chart_first=true
                    {language}
                    clinic={clinic.clone()}
                    {now}
                    earlier={quiz.baseline}
                    {share_url}
                    on_restart={send(|| Action::Restart)}
                />
            }
        }
        Screen::Shared(Ok(link)) => html! {
            <ResultScreen
                chart_first=true
                {language}
                clinic={clinic.clone()}
                now={link.now}
                earlier={link.earlier}
                shared=true
                on_take_quiz={send(|| Action::Start)}
                on_retake={send(|| Action::RetakeAndCompare)}
            />
        },
        Screen::Shared(Err(error)) => link_problem(t, error, &send(|| Action::Start)),
    };

    // Clearing is a side effect on the page itself (storage, history), done
    // here at the edge; the state machine forgets at once, without waiting
    // for the browser's history.
    let on_clear = {
        let quiz = quiz.clone();
        Callback::from(move |_| {
            web::history::forget_everything();
            quiz.dispatch(Action::Clear);
        })
    };
    let can_clear = !quiz.answers.is_empty() || quiz.baseline.is_some() || matches!(quiz.screen, Screen::Shared(_));
    // Switching language mid-question would only distract; it is offered
    // before and after the questions.
    let switcher = !matches!(quiz.screen, Screen::Question(_));

    page(
        t,
        clinic.clinic_name.as_deref(),
        switcher.then_some(on_choose),
        body,
        privacy_footer(t, can_clear, &on_clear),
    )
}

/// The frame of every screen: the brand line, the language switcher where
/// it is offered, the screen itself and the footer. Also drawn at build time
/// for the static intro in `index.html` (examples/prerender.rs).
pub fn page(
    t: &'static Locale,
    clinic_name: Option<&str>,
    on_choose: Option<Callback<&'static Locale>>,
    body: Html,
    footer: Html,
) -> Html {
    html! {
        <main class="quiz">
            <p class="brand">
                if let Some(name) = clinic_name {
                    <span class="clinic-name">{ name.to_string() }</span>
                }
                <span class="product">{ t.app_name }</span>
            </p>
            if let Some(on_choose) = on_choose {
                { language_switcher(t, &on_choose) }
            }
            { body }
            { footer }
        </main>
    }
}
