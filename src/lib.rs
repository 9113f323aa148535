//! Gut–Skin Check: a quiz on the lifestyle factors of the gut–skin axis that
//! runs entirely in the browser.
//!
//! The quiz itself — questions, scoring, advice, share links, screens,
//! languages — is the `gut-skin-core` crate, re-exported here under the same
//! names; `components` draws it with Yew; `web` holds the page's edges
//! (storage, history, sharing, embedding, the clinic file, the page itself),
//! one topic per file.

pub use gut_skin_core::{
    advice, config, day, forgetting, locale, questionnaire, radar, route, scoring, share_link, theme,
};

pub mod components;
pub mod state;
pub mod web;

pub use components::app::App;

thread_local! {
    /// The language of the crash screen: the one on screen when it happened.
    static CRASH_LANGUAGE: std::cell::Cell<&'static locale::Locale> = std::cell::Cell::new(&locale::EN);
}

/// Records the language on screen, for the crash screen.
pub fn set_crash_language(locale: &'static locale::Locale) {
    CRASH_LANGUAGE.set(locale);
}

/// Starts the quiz in the page: a panic anywhere shows a "something went
/// wrong — reload" screen instead of freezing.
pub fn start() {
    yew::set_custom_panic_hook(Box::new(|info| {
        web::page::log_error(&info.to_string());
        let t = CRASH_LANGUAGE.get();
        if let Some(body) = web::page::body() {
            let _ = web::page::show_crash_screen(&body, t.crash_title, t.crash_body, t.reload);
        }
    }));
    // Framed by a page of its own origin, the quiz would share its storage
    // with that page's scripts: it stops before reading any answers.
    if web::embedding::framed_by_own_origin() {
        let t = web::page::choose_language(None);
        web::page::log_error("Gut–Skin Check: a page of the quiz's own origin frames it, so that page's scripts could read the answers; the quiz does not start. Serve the quiz from an origin of its own, such as a subdomain (docs/embedding.md).");
        web::page::remove_static_intro();
        if let Some(body) = web::page::body() {
            let _ = web::page::show_notice(&body, t.same_origin_title, t.same_origin_body);
        }
        return;
    }
    // The loader starts the WebAssembly only once the intro from index.html
    // has been painted (boot.js). Drawing the quiz is a task of its own, so
    // starting and drawing are two short tasks rather than one long one. A
    // clinic's settings, when the address names one, are read first.
    wasm_bindgen_futures::spawn_local(async {
        let clinic = web::clinic::clinic_config().await;
        web::page::in_next_task(move || {
            yew::Renderer::<App>::with_props(components::app::Props {
                clinic: std::rc::Rc::new(clinic),
            })
            .render();
        });
    });
}
