//! App's effects, one named hook each: what the page does beside drawing
//! the quiz (its colours, its language, the address bar, the tab's storage,
//! the browser's back button and the idle limit).

use std::mem;
use std::rc::Rc;

use yew::prelude::*;

use super::super::{Language, HEADING_ID};
use crate::config::ClinicConfig;
use crate::locale::Locale;
use crate::route::Screen;
use crate::state::{Action, Quiz, QuizState};
use crate::theme::Theme;
use crate::web;

/// The clinic's accent colour on the page, when it has one.
#[hook]
pub fn use_clinic_theme(clinic: Rc<ClinicConfig>) {
    use_effect_with(clinic, |clinic| {
        if let Some(accent) = clinic.accent {
            web::embedding::apply_theme(&Theme::from_accent(accent));
        }
    });
}

/// The language shown, kept on the page's `lang`/`dir` and the crash screen,
/// and the callback that switches it (and remembers the choice in the tab).
#[hook]
pub fn use_page_language(clinic_lang: Option<&str>) -> (&'static Locale, Callback<&'static Locale>) {
    let language = use_state(|| web::page::choose_language(clinic_lang));
    let t: &'static Locale = *language;
    use_effect_with(Language(t), |Language(t)| {
        web::page::set_page_language(t.lang, t.dir.as_str());
        crate::set_crash_language(t);
    });
    let on_choose = Callback::from(move |locale: &'static Locale| {
        web::storage::remember_language(locale.lang);
        language.set(locale);
    });
    (t, on_choose)
}

/// The quiz's state machine, started from what this tab saved before a
/// reload and the screen its address names.
#[hook]
pub fn use_quiz() -> UseReducerHandle<QuizState> {
    use_reducer(|| {
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
    })
}

/// The screen in the address bar. Every step gets its own history entry so
/// the back gesture goes back a question; the first render only corrects the
/// fragment in place. After the first render, focus moves to the heading.
#[hook]
pub fn use_address_bar(screen: Screen) {
    let first_render = use_mut_ref(|| true);
    use_effect_with(screen, move |&screen| {
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
}

/// What happens to the quiz from outside: back and forward in the browser,
/// and the idle limit (while the page is open, and when it is opened again).
#[hook]
pub fn use_page_events(dispatcher: UseReducerDispatcher<QuizState>) {
    use_effect_with((), move |_| {
        let on_pop = dispatcher.clone();
        let listener = web::history::on_back_or_forward(move |screen| on_pop.dispatch(Action::Show(screen)));
        let on_idle = dispatcher.clone();
        let idle = web::storage::watch_idle(move || on_idle.dispatch(Action::Expire));
        let on_return = web::storage::on_return(move || dispatcher.dispatch(Action::Expire));
        move || drop((listener, on_return, idle))
    });
}

/// The answers and the retake's baseline, saved in the tab as they change.
#[hook]
pub fn use_saved_answers(quiz: &Quiz) {
    use_effect_with((quiz.answers, quiz.baseline), |(answers, baseline)| {
        web::storage::save_answers(answers, baseline.as_ref())
    });
}
