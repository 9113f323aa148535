//! The edges where the quiz meets the page: the URL fragment, the tab's
//! session storage, sharing, printing and downloads. Every failure (storage
//! blocked in a third-party frame, a refused history call, no clipboard) is
//! handled here: the quiz then keeps its state in memory, or tells the person
//! what to do instead.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::day::Day;
use crate::questionnaire::Answers;
use crate::route::Screen;
use crate::share_link::{ShareLink, Taken};

const ANSWERS_KEY: &str = "gut-skin-check.answers";
const BASELINE_KEY: &str = "gut-skin-check.baseline";
const LANGUAGE_KEY: &str = "gut-skin-check.lang";

fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

fn load(key: &str) -> Option<Answers> {
    let text = session_storage()?.get_item(key).ok().flatten()?;
    Answers::from_compact(&text)
}

fn store(storage: &web_sys::Storage, key: &str, answers: Option<&Answers>) {
    // Errors (quota, blocked storage) leave the answers in memory only.
    let _ = match answers.filter(|a| !a.is_empty()) {
        Some(a) => storage.set_item(key, &a.to_compact()),
        None => storage.remove_item(key),
    };
}

/// The answers, and the baseline of a retake, this tab saved before a reload.
pub fn load_answers() -> (Answers, Option<Taken>) {
    // The baseline is kept as a one-result share link, which holds its day
    // and whether it came from an earlier version of the quiz.
    let baseline = session_storage()
        .and_then(|s| s.get_item(BASELINE_KEY).ok().flatten())
        .and_then(|text| ShareLink::decode(&text).ok())
        .map(|link| link.now);
    (load(ANSWERS_KEY).unwrap_or_default(), baseline)
}

/// Keeps the answers for a reload of this tab; forgets what is empty.
pub fn save_answers(answers: &Answers, baseline: Option<&Taken>) {
    if let Some(storage) = session_storage() {
        store(&storage, ANSWERS_KEY, Some(answers));
        let _ = match baseline.and_then(|b| ShareLink::single(*b).encode()) {
            Some(text) => storage.set_item(BASELINE_KEY, &text),
            None => storage.remove_item(BASELINE_KEY),
        };
    }
}

/// Today, by the device's clock, for the date a result link carries.
pub fn today() -> Option<Day> {
    Day::from_unix_millis(js_sys::Date::now())
}

/// The screen named by the page's current fragment.
pub fn current_screen() -> Screen {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    Screen::from_hash(&hash)
}

/// The page's address without query or fragment: where share links point.
pub fn page_address() -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return String::new();
    };
    let mut url = location.origin().unwrap_or_default();
    url.push_str(&location.pathname().unwrap_or_default());
    url
}

/// Puts the screen's fragment in the address bar: as a new history entry, so
/// that the back gesture returns to the previous step, or in place of the
/// current one.
pub fn show_in_url(screen: Screen, new_entry: bool) {
    let Some(hash) = screen.to_hash() else { return };
    let Some(window) = web_sys::window() else { return };
    if window.location().hash().ok().as_deref() == Some(hash.as_str()) {
        return;
    }
    let Ok(history) = window.history() else { return };
    let depth = entry_depth(&history);
    let url = path_with(&hash);
    // Each entry the quiz adds records how many it added before it, so that
    // "Clear my answers" can find its way back to the first one.
    let _ = if new_entry {
        history.push_state_with_url(&JsValue::from(depth + 1), "", Some(&url))
    } else {
        history.replace_state_with_url(&JsValue::from(depth), "", Some(&url))
    };
}

/// The page's path and query with this fragment.
fn path_with(hash: &str) -> String {
    let location = web_sys::window().map(|w| w.location());
    let mut url = location.as_ref().and_then(|l| l.pathname().ok()).unwrap_or_default();
    url.push_str(&location.as_ref().and_then(|l| l.search().ok()).unwrap_or_default());
    url.push_str(hash);
    url
}

/// How many history entries the quiz added before the current one.
fn entry_depth(history: &web_sys::History) -> u32 {
    history
        .state()
        .ok()
        .and_then(|s| s.as_f64())
        .map_or(0, |d| d.clamp(0.0, 10_000.0) as u32)
}

thread_local! {
    /// Set while "Clear my answers" walks back to the quiz's first history entry.
    static FORGETTING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// "Clear my answers": removes the answers from session storage and starts
/// rewriting the history entries the quiz made, so none of them keeps a
/// question, a result or a shared link in its address. Returns true when
/// that is already done; otherwise the browser first goes back to the
/// quiz's first entry and [`finish_forgetting`] completes the work.
pub fn start_forgetting() -> bool {
    if let Some(storage) = session_storage() {
        let _ = storage.remove_item(ANSWERS_KEY);
        let _ = storage.remove_item(BASELINE_KEY);
        let _ = storage.remove_item(LANGUAGE_KEY);
    }
    let Some(history) = web_sys::window().and_then(|w| w.history().ok()) else {
        return true;
    };
    let depth = entry_depth(&history);
    if depth == 0 || history.go_with_delta(-(depth as i32)).is_err() {
        let _ = history.replace_state_with_url(&JsValue::from(0), "", Some(&path_with("")));
        return true;
    }
    FORGETTING.set(true);
    false
}

/// Called first on every `popstate`: true when this one ends a clearing.
/// The first entry gets a clean address, and a new clean entry after it
/// drops every later entry of the quiz from the forward history.
pub fn finish_forgetting() -> bool {
    if !FORGETTING.replace(false) {
        return false;
    }
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let clean = path_with("");
        let _ = history.replace_state_with_url(&JsValue::from(0), "", Some(&clean));
        let _ = history.push_state_with_url(&JsValue::from(1), "", Some(&clean));
    }
    true
}

/// Moves keyboard and screen-reader focus to the element with this id.
pub fn focus(id: &str) {
    if let Some(element) = element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

fn element_by_id(id: &str) -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id(id)
}

/// What became of a press on Share.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shared {
    /// The system share sheet took the link (or the person closed it).
    Sheet,
    /// The link is on the clipboard.
    Copied,
    /// Neither works here: the person copies the link from the field.
    Unavailable,
}

/// Hands the link to the system share sheet where the browser has one,
/// otherwise copies it to the clipboard.
pub async fn share(url: &str, title: &str) -> Shared {
    let Some(window) = web_sys::window() else {
        return Shared::Unavailable;
    };
    let navigator = window.navigator();
    if js_sys::Reflect::has(&navigator, &JsValue::from_str("share")).unwrap_or(false) {
        let data = web_sys::ShareData::new();
        data.set_title(title);
        data.set_url(url);
        // Closing the sheet rejects the promise; that is the person's choice, not an error.
        let _ = JsFuture::from(navigator.share_with_data(&data)).await;
        return Shared::Sheet;
    }
    if js_sys::Reflect::has(&navigator, &JsValue::from_str("clipboard")).unwrap_or(false)
        && JsFuture::from(navigator.clipboard().write_text(url)).await.is_ok()
    {
        return Shared::Copied;
    }
    Shared::Unavailable
}

/// Selects the text of an input so it can be copied by hand.
pub fn select(id: &str) {
    if let Some(input) = element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok()) {
        let _ = input.focus();
        input.select();
    }
}

/// Opens the browser's print dialog (where "Save as PDF" lives).
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Saves the SVG element with this id as a file, without any request.
pub fn download_svg(id: &str, file_name: &str) -> Option<()> {
    let svg = element_by_id(id)?;
    let text = web_sys::XmlSerializer::new().ok()?.serialize_to_string(&svg).ok()?;
    let parts = js_sys::Array::of1(&JsValue::from_str(&text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("image/svg+xml");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let document = web_sys::window()?.document()?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Some(())
}

/// After a panic: replaces the page (the element given: the body) with a plain "something went wrong"
/// screen and a Reload button, so nobody is left with a frozen quiz. Built
/// with DOM calls alone, as the app itself can no longer run.
pub fn show_crash_screen(page: &web_sys::Element, title: &str, body: &str, reload: &str) -> Option<()> {
    let document = web_sys::window()?.document()?;
    page.set_text_content(None);
    let main = document.create_element("main").ok()?;
    main.set_class_name("quiz crash");
    main.set_attribute("role", "alert").ok()?;
    for (tag, text, class) in [("h1", title, ""), ("p", body, ""), ("button", reload, "primary")] {
        let element = document.create_element(tag).ok()?;
        element.set_text_content(Some(text));
        if !class.is_empty() {
            element.set_class_name(class);
        }
        if tag == "button" {
            element.set_attribute("type", "button").ok()?;
            let on_click = Closure::<dyn Fn()>::new(|| {
                if let Some(w) = web_sys::window() {
                    let _ = w.location().reload();
                }
            });
            element
                .add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref())
                .ok()?;
            // The page is stopping: the listener lives as long as it does.
            on_click.forget();
        }
        main.append_child(&element).ok()?;
    }
    page.append_child(&main).ok()?;
    Some(())
}

/// Writes a message to the browser's console, where a developer looks.
pub fn log_error(message: &str) {
    web_sys::console::error_1(&JsValue::from_str(message));
}

/// The clinic's configuration from the page's query string. Values that do
/// not pass are dropped, each with one console warning naming it.
pub fn clinic_config() -> crate::config::ClinicConfig {
    let query = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let (config, warnings) = crate::config::ClinicConfig::from_query(&query);
    for warning in warnings {
        web_sys::console::warn_1(&JsValue::from_str(&warning.message()));
    }
    config
}

/// Paints the page in the clinic's colours through CSS custom properties on
/// the root element (set through the CSSOM, which the strict CSP allows).
pub fn apply_theme(theme: &crate::theme::Theme) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let style = root.style();
    for (name, value) in theme.custom_properties() {
        let _ = style.set_property(name, &value);
    }
}

/// Inside an embedding page's iframe: tells the parent page the quiz's
/// height whenever it changes, so the frame fits without an inner scroll bar.
/// Only the height is sent, and only to the configured parent origin.
pub fn send_height_to(parent_origin: &str) -> Option<()> {
    let window = web_sys::window()?;
    let parent = window.parent().ok()??;
    if js_sys::Object::is(&parent, &window) {
        return None; // not in a frame
    }
    let body = window.document()?.body()?;
    let watched: web_sys::Element = body.clone().into();
    let origin = parent_origin.to_string();
    let send = move || {
        let height = body.get_bounding_client_rect().height().ceil();
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &"gut-skin-check:height".into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
        let _ = parent.post_message(&message, &origin);
    };
    send();
    let on_resize = Closure::<dyn Fn()>::new(send);
    let observer = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok()?;
    observer.observe(&watched);
    // Both live as long as the page.
    on_resize.forget();
    std::mem::forget(observer);
    Some(())
}

/// The language to speak: one the person chose in this tab, else the
/// clinic's, else the first of the browser's languages the quiz has, else
/// English.
pub fn choose_language(configured: Option<&str>) -> &'static crate::locale::Locale {
    use crate::locale::{by_tag, EN};
    let chosen = session_storage().and_then(|s| s.get_item(LANGUAGE_KEY).ok().flatten());
    if let Some(locale) = chosen.as_deref().and_then(by_tag) {
        return locale;
    }
    if let Some(locale) = configured.and_then(by_tag) {
        return locale;
    }
    let browser = web_sys::window()
        .map(|w| w.navigator().languages())
        .map(|list| list.to_vec())
        .unwrap_or_default();
    browser
        .iter()
        .filter_map(|tag| tag.as_string())
        .find_map(|tag| by_tag(&tag))
        .unwrap_or(&EN)
}

/// Remembers a language picked with the switcher, for reloads of this tab.
pub fn remember_language(lang: &str) {
    if let Some(storage) = session_storage() {
        let _ = storage.set_item(LANGUAGE_KEY, lang);
    }
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

/// Removes the intro that `index.html` paints before the WebAssembly starts.
pub fn remove_static_intro() {
    if let Some(intro) = element_by_id("static-intro") {
        intro.remove();
    }
}
