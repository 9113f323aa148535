//! The page itself: its language attributes, focus, the notices drawn with
//! DOM calls alone (the crash screen, the same-origin frame), the console,
//! the device's clock and scheduling work after the next frame or task.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use super::storage;
use crate::day::Day;
use crate::locale::{negotiate, Locale};

/// The language to speak (the rule is [`negotiate`]): the one picked in this
/// tab, else the clinic's, else one of the browser's.
pub fn choose_language(configured: Option<&str>) -> &'static Locale {
    let browser = web_sys::window()
        .map(|w| w.navigator().languages().to_vec())
        .unwrap_or_default();
    negotiate(
        storage::remembered_language().as_deref(),
        configured,
        browser.iter().filter_map(|tag| tag.as_string()),
    )
}

/// Sets the page's `lang` and `dir`, so screen readers pronounce it right and
/// right-to-left languages mirror the layout.
pub fn set_page_language(lang: &str, dir: &str) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", lang);
        let _ = root.set_attribute("dir", dir);
    }
}

/// Moves keyboard and screen-reader focus to the element with this id.
pub fn focus(id: &str) {
    if let Some(element) = element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

pub(super) fn element_by_id(id: &str) -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id(id)
}

/// Removes the intro that `index.html` paints before the WebAssembly starts.
pub fn remove_static_intro() {
    if let Some(intro) = element_by_id("static-intro") {
        intro.remove();
    }
}

/// Empties the page (the element given: the body) and builds in its place a
/// `<main role="alert">` with a heading and a paragraph, returned so that a
/// caller can add to it before putting it on the page.
fn plain_message(page: &web_sys::Element, title: &str, body: &str) -> Option<(web_sys::Document, web_sys::Element)> {
    let document = web_sys::window()?.document()?;
    page.set_text_content(None);
    let main = document.create_element("main").ok()?;
    main.set_class_name("quiz crash");
    main.set_attribute("role", "alert").ok()?;
    for (tag, text) in [("h1", title), ("p", body)] {
        let element = document.create_element(tag).ok()?;
        element.set_text_content(Some(text));
        main.append_child(&element).ok()?;
    }
    Some((document, main))
}

/// The page's body, which the notices below replace.
pub fn body() -> Option<web_sys::HtmlElement> {
    web_sys::window()?.document()?.body()
}

/// Replaces the page (the element given: the body) with a plain message:
/// a heading and a paragraph, built with DOM calls alone.
pub fn show_notice(page: &web_sys::Element, title: &str, body: &str) -> Option<()> {
    let (_, main) = plain_message(page, title, body)?;
    page.append_child(&main).ok()?;
    Some(())
}

/// After a panic: replaces the page (the element given: the body) with a plain "something went wrong"
/// screen and a Reload button, so nobody is left with a frozen quiz. Built
/// with DOM calls alone, as the app itself can no longer run.
pub fn show_crash_screen(page: &web_sys::Element, title: &str, body: &str, reload: &str) -> Option<()> {
    let (document, main) = plain_message(page, title, body)?;
    let button = document.create_element("button").ok()?;
    button.set_text_content(Some(reload));
    button.set_class_name("primary");
    button.set_attribute("type", "button").ok()?;
    let on_click = Closure::<dyn Fn()>::new(|| {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    });
    button
        .add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref())
        .ok()?;
    // The page is stopping: the listener lives as long as it does.
    on_click.forget();
    main.append_child(&button).ok()?;
    page.append_child(&main).ok()?;
    Some(())
}

/// Writes a message to the browser's console, where a developer looks.
pub fn log_error(message: &str) {
    web_sys::console::error_1(&JsValue::from_str(message));
}

/// A warning in the browser's console.
pub fn log_warning(message: &str) {
    web_sys::console::warn_1(&JsValue::from_str(message));
}

/// Today, by the device's clock, for the date a result link carries.
pub fn today() -> Option<Day> {
    Day::from_unix_millis(js_sys::Date::now())
}

/// Runs `then` after the browser has drawn its next frame.
pub fn after_next_frame(then: impl FnOnce() + 'static) {
    let after_frame = Closure::once_into_js(move || in_next_task(then));
    let _ = gloo::utils::window().request_animation_frame(&after_frame.into());
}

/// Runs `then` in a task of its own, once the current one has finished.
pub fn in_next_task(then: impl FnOnce() + 'static) {
    let _ = gloo::utils::window()
        .set_timeout_with_callback_and_timeout_and_arguments_0(&Closure::once_into_js(then).into(), 0);
}
