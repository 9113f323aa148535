//! The edges where the quiz meets the page: the URL fragment, the tab's
//! session storage, sharing, printing and downloads. Every failure (storage
//! blocked in a third-party frame, a refused history call, no clipboard) is
//! handled here: the quiz then keeps its state in memory, or tells the person
//! what to do instead.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::config::{unreadable, ClinicConfig, ClinicFile, Request, ALLOW_LOCAL, CLINICS_FILE, MAX_FILE};
use crate::day::Day;
use crate::questionnaire::Answers;
use crate::route::{share_fragment, Screen, SHARED_PREFIX, SHARED_SCREEN};
use crate::share_link::{ShareLink, Taken};

// The same keys are read by boot.js (to know whether answers wait to be
// resumed): keep the two in step.
const ANSWERS_KEY: &str = "gut-skin-check.answers";
const BASELINE_KEY: &str = "gut-skin-check.baseline";
const LANGUAGE_KEY: &str = "gut-skin-check.lang";
/// A result link opened in this tab, kept here instead of in the address.
const SHARED_KEY: &str = "gut-skin-check.shared";
/// When the answers were last saved (milliseconds since 1970).
const SAVED_AT_KEY: &str = "gut-skin-check.saved-at";
const ALL_KEYS: [&str; 5] = [ANSWERS_KEY, BASELINE_KEY, LANGUAGE_KEY, SHARED_KEY, SAVED_AT_KEY];

/// Saved answers are forgotten after this long without use.
const IDLE_LIMIT_MS: f64 = crate::state::IDLE_LIMIT_MINUTES as f64 * 60.0 * 1000.0;

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

/// What this tab saved before a reload, unless it has been idle too long.
pub struct Saved {
    pub answers: Answers,
    pub baseline: Option<Taken>,
    /// Answers were saved, but longer ago than [`IDLE_LIMIT_MS`]: they are gone.
    pub expired: bool,
}

/// Whether the tab's saved answers have outlived [`IDLE_LIMIT_MS`]; if so
/// they are removed from storage at once.
pub fn forget_if_idle() -> bool {
    let Some(storage) = session_storage() else { return false };
    let saved = [ANSWERS_KEY, BASELINE_KEY, SHARED_KEY]
        .iter()
        .any(|key| storage.get_item(key).ok().flatten().is_some());
    if !saved {
        return false;
    }
    let saved_at = storage
        .get_item(SAVED_AT_KEY)
        .ok()
        .flatten()
        .and_then(|t| t.parse::<u64>().ok());
    // Whole milliseconds as integers: float parsing and printing would add
    // kilobytes to the page for nothing.
    let Some(saved_at) = saved_at else {
        // Saved by a version before the stamp: counted from now, once.
        stamp(&storage);
        return false;
    };
    // A stamp from the future (a changed clock) counts as old.
    let age = js_sys::Date::now() - saved_at as f64;
    if (0.0..IDLE_LIMIT_MS).contains(&age) {
        return false;
    }
    for key in [ANSWERS_KEY, BASELINE_KEY, SHARED_KEY, SAVED_AT_KEY] {
        let _ = storage.remove_item(key);
    }
    true
}

/// The answers, and the baseline of a retake, this tab saved before a reload.
pub fn load_answers() -> Saved {
    let expired = forget_if_idle();
    // The baseline is kept as a one-result share link, which holds its day
    // and whether it came from an earlier version of the quiz.
    let baseline = session_storage()
        .and_then(|s| s.get_item(BASELINE_KEY).ok().flatten())
        .and_then(|text| ShareLink::decode(&text).ok())
        .map(|link| link.now);
    Saved {
        answers: load(ANSWERS_KEY).unwrap_or_default(),
        baseline,
        expired,
    }
}

fn stamp(storage: &web_sys::Storage) {
    let _ = storage.set_item(SAVED_AT_KEY, &(js_sys::Date::now() as u64).to_string());
}

/// Keeps the answers for a reload of this tab; forgets what is empty.
pub fn save_answers(answers: &Answers, baseline: Option<&Taken>) {
    if let Some(storage) = session_storage() {
        store(&storage, ANSWERS_KEY, Some(answers));
        let _ = match baseline.and_then(|b| ShareLink::single(*b).encode()) {
            Some(text) => storage.set_item(BASELINE_KEY, &text),
            None => storage.remove_item(BASELINE_KEY),
        };
        if answers.is_empty() && baseline.is_none() && storage.get_item(SHARED_KEY).ok().flatten().is_none() {
            let _ = storage.remove_item(SAVED_AT_KEY);
        } else {
            stamp(&storage);
        }
    }
}

/// Today, by the device's clock, for the date a result link carries.
pub fn today() -> Option<Day> {
    Day::from_unix_millis(js_sys::Date::now())
}

/// Keeps a result link opened in this tab, so that the address can drop it
/// (see [`show_in_url`]) and a reload still shows it.
pub fn keep_shared(link: &ShareLink) {
    if let (Some(storage), Some(fragment)) = (session_storage(), share_fragment(link)) {
        let _ = storage.set_item(SHARED_KEY, fragment.trim_start_matches('#'));
        stamp(&storage);
    }
}

/// The screen named by the page's current fragment. `#shared` stands for
/// the result link this tab opened and kept in its storage.
pub fn current_screen() -> Screen {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    if hash == SHARED_SCREEN {
        let kept = session_storage().and_then(|s| s.get_item(SHARED_KEY).ok().flatten());
        return kept.map_or(Screen::Intro, |code| Screen::from_hash(&code));
    }
    Screen::from_hash(&hash)
}

/// Whether the quiz runs inside another page's frame.
pub fn in_frame() -> bool {
    web_sys::window()
        .and_then(|w| Some(!js_sys::Object::is(&w.parent().ok()??.into(), &w.into())))
        .unwrap_or(false)
}

/// Whether a page of the quiz's own origin frames it, at any level: that
/// page's scripts could read the answers. Reading another window's address
/// succeeds only on the same origin.
pub fn framed_by_own_origin() -> bool {
    let Some(mut current) = web_sys::window() else {
        return false;
    };
    while let Some(parent) = current.parent().ok().flatten() {
        if js_sys::Object::is(&parent, &current) {
            return false;
        }
        if parent.location().href().is_ok() {
            return true;
        }
        current = parent;
    }
    false
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
/// current one. Inside a frame, always in place: the frame shares the
/// host tab's history, and entries there would let the host page count the
/// quiz's steps and leave them behind after "Clear my answers". A result
/// link's `#r=…` is replaced too, so that the answers do not stay in the
/// tab's history.
pub fn show_in_url(screen: Screen, new_entry: bool) {
    let Some(hash) = screen.to_hash() else { return };
    let Some(window) = web_sys::window() else { return };
    let current = window.location().hash().unwrap_or_default();
    if current == hash || FORGETTING.get() {
        return;
    }
    let Ok(history) = window.history() else { return };
    let depth = entry_depth(&history);
    let url = path_with(&hash);
    let new_entry = new_entry && !in_frame() && !current.starts_with(&format!("#{SHARED_PREFIX}"));
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

/// How long "Clear my answers" waits for the browser to walk back through
/// the quiz's history entries before it gives up on rewriting them.
const HISTORY_WAIT_MS: i32 = 1000;

/// "Clear my answers", at the page's edge: removes everything the quiz
/// saved in this tab at once, then, as far as the browser lets it, rewrites
/// the history entries the quiz made, so none of them keeps a question, a
/// result or a link in its address. The answers in memory go at once too
/// (the caller's state); rewriting history is best effort: a browser that
/// does not go back within [`HISTORY_WAIT_MS`] leaves the entries as they
/// are, and as no answers remain anywhere, they show only empty questions.
pub fn forget_everything() {
    if let Some(storage) = session_storage() {
        for key in ALL_KEYS {
            let _ = storage.remove_item(key);
        }
    }
    let Some(history) = web_sys::window().and_then(|w| w.history().ok()) else {
        return;
    };
    let depth = entry_depth(&history);
    if depth == 0 || in_frame() || history.go_with_delta(-(depth as i32)).is_err() {
        let _ = history.replace_state_with_url(&JsValue::from(0), "", Some(&path_with("")));
        return;
    }
    FORGETTING.set(true);
    let give_up = Closure::once_into_js(|| {
        if FORGETTING.replace(false) {
            log_warning("Gut–Skin Check: the browser did not go back through the quiz's history entries; their addresses were left as they are (the answers themselves are gone).");
            if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
                let _ = history.replace_state_with_url(&JsValue::from(0), "", Some(&path_with("")));
            }
        }
    });
    let _ = gloo::utils::window()
        .set_timeout_with_callback_and_timeout_and_arguments_0(give_up.unchecked_ref(), HISTORY_WAIT_MS);
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

/// Replaces the page (the element given: the body) with a plain message:
/// a heading and a paragraph, built with DOM calls alone.
pub fn show_notice(page: &web_sys::Element, title: &str, body: &str) -> Option<()> {
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
    page.append_child(&main).ok()?;
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

/// A warning in the browser's console.
pub fn log_warning(message: &str) {
    web_sys::console::warn_1(&JsValue::from_str(message));
}

/// The clinic's configuration: the address picks a clinic by id, and its
/// settings come from `clinics.json` on the quiz's own origin, fetched only
/// when an id is given. Every problem is one console message; the quiz then
/// runs without that clinic's branding (never a blank page).
pub async fn clinic_config() -> ClinicConfig {
    let query = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let (request, warnings) = Request::from_query(&query);
    for warning in &warnings {
        log_warning(warning);
    }
    let mut config = match &request.clinic_id {
        Some(id) => match fetch_clinics().await.and_then(|text| read_clinics(&text)) {
            Ok(file) => match file.clinic(id, ALLOW_LOCAL) {
                Ok((config, warnings)) => {
                    for warning in &warnings {
                        log_warning(warning);
                    }
                    config
                }
                Err(error) => {
                    log_error(&error);
                    ClinicConfig::default()
                }
            },
            Err(error) => {
                log_error(&error);
                ClinicConfig::default()
            }
        },
        None => ClinicConfig::default(),
    };
    if request.lang.is_some() {
        config.lang = request.lang;
    }
    config
}

/// The text of `clinics.json`, from this origin only, without cookies, and
/// never from a cache that could hold an older version.
async fn fetch_clinics() -> Result<String, String> {
    let init = web_sys::RequestInit::new();
    init.set_credentials(web_sys::RequestCredentials::Omit);
    init.set_mode(web_sys::RequestMode::SameOrigin);
    init.set_redirect(web_sys::RequestRedirect::Error);
    init.set_cache(web_sys::RequestCache::NoCache);
    let window = web_sys::window().ok_or_else(|| unreadable("no window"))?;
    let response = JsFuture::from(window.fetch_with_str_and_init(CLINICS_FILE, &init))
        .await
        .map_err(|_| unreadable("network error"))?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| unreadable("no response"))?;
    if !response.ok() {
        return Err(unreadable(&format!("HTTP {}", response.status())));
    }
    let text = response.text().map_err(|_| unreadable("no text"))?;
    JsFuture::from(text)
        .await
        .ok()
        .and_then(|t| t.as_string())
        .ok_or_else(|| unreadable("no text"))
}

/// The file's text read by the browser's own JSON parser, then into the
/// serde types of `config.rs`: the same checks as `serde_json` on the host,
/// for a fraction of its size in the page.
fn read_clinics(text: &str) -> Result<ClinicFile, String> {
    if text.len() > MAX_FILE {
        return Err(unreadable("larger than 64 KB"));
    }
    let value = js_sys::JSON::parse(text).map_err(|e| {
        let why = e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message()));
        unreadable(&why.unwrap_or_else(|| "not JSON".into()))
    })?;
    serde_wasm_bindgen::from_value(value).map_err(|e| unreadable(&e.to_string()))
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

/// The language to speak (the rule is `locale::negotiate`): the one chosen
/// in this tab, the clinic's, or one of the browser's.
pub fn choose_language(configured: Option<&str>) -> &'static crate::locale::Locale {
    let chosen = session_storage().and_then(|s| s.get_item(LANGUAGE_KEY).ok().flatten());
    let browser = web_sys::window()
        .map(|w| w.navigator().languages().to_vec())
        .unwrap_or_default();
    crate::locale::negotiate(
        chosen.as_deref(),
        configured,
        browser.iter().filter_map(|tag| tag.as_string()),
    )
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

/// When the tab comes back into view (or back from the browser's page
/// cache) after the saved answers have been idle too long, calls `expired`.
pub fn on_return(expired: impl Fn() + 'static) -> gloo::events::EventListener {
    let document: web_sys::EventTarget = gloo::utils::document().into();
    gloo::events::EventListener::new(&document, "visibilitychange", move |_| {
        if gloo::utils::document().visibility_state() == web_sys::VisibilityState::Visible && forget_if_idle() {
            expired();
        }
    })
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
