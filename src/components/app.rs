use std::mem;
use std::rc::Rc;

use yew::prelude::*;

use super::intro::{intro_screen, Intro};
use super::language_switcher::language_switcher;
use super::link_problem::link_problem;
use super::privacy_footer::privacy_footer;
use super::question::QuestionStep;
use super::result::ResultScreen;
use super::{Language, HEADING_ID};
use crate::config::ClinicConfig;
use crate::locale::Locale;
use crate::route::{share_fragment, Screen};
use crate::share_link::{ShareLink, Taken};
use crate::state::{Action, Quiz, QuizState};
use crate::theme::Theme;
use crate::web;

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
    use_effect_with(clinic.clone(), |clinic| {
        if let Some(accent) = clinic.accent {
            web::embedding::apply_theme(&Theme::from_accent(accent));
        }
    });

    let language = use_state(|| web::page::choose_language(clinic.lang.as_deref()));
    let t: &'static Locale = *language;
    use_effect_with(Language(t), |Language(t)| {
        web::page::set_page_language(t.lang, t.dir.as_str());
        crate::set_crash_language(t);
    });
    let on_choose = {
        let language = language.clone();
        Callback::from(move |locale: &'static Locale| {
            web::storage::remember_language(locale.lang);
            language.set(locale);
        })
    };

    let quiz = use_reducer(|| {
        let saved = web::storage::load_answers();
        QuizState(Rc::new(if saved.expired {
            // Whatever the restored address says, the answers are gone: the intro says so.
            Quiz {
                expired: true,
                ..Quiz::default()
            }
        } else {
            Quiz::restore(saved.answers, saved.baseline, web::history::current_screen())
        }))
    });

    // Every step gets its own history entry so the back gesture goes back a
    // question; the first render only corrects the fragment in place.
    let first_render = use_mut_ref(|| true);
    use_effect_with(quiz.screen, move |&screen| {
        let first = mem::replace(&mut *first_render.borrow_mut(), false);
        if first {
            // The quiz is on screen: the intro painted from index.html goes,
            // in the same frame, so nothing moves.
            web::page::remove_static_intro();
        }
        if let Screen::Shared(Ok(link)) = screen {
            // Kept in the tab, so that the address can drop the answers.
            web::storage::keep_shared(&link);
        }
        web::history::show_in_url(screen, !first);
        if !first {
            web::page::focus(HEADING_ID);
        }
    });

    {
        let dispatcher = quiz.dispatcher();
        use_effect_with((), move |_| {
            let on_pop = dispatcher.clone();
            let listener = web::history::on_back_or_forward(move |screen| on_pop.dispatch(Action::Show(screen)));
            let on_idle = dispatcher.clone();
            let idle = web::storage::watch_idle(move || on_idle.dispatch(Action::Expire));
            let on_return = web::storage::on_return(move || dispatcher.dispatch(Action::Expire));
            move || drop((listener, on_return, idle))
        });
    }

    use_effect_with((quiz.answers, quiz.baseline), |(answers, baseline)| {
        web::storage::save_answers(answers, baseline.as_ref())
    });

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
