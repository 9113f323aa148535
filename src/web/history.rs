//! The address bar and the tab's history: the screen named by the fragment,
//! one history entry per step, and "Clear my answers", which walks back
//! through the entries the quiz made so that none keeps a question, a result
//! or a link in its address.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use super::embedding::in_frame;
use super::page::log_warning;
use super::storage;
use crate::forgetting::{Event, Forgetting, Step};
use crate::route::{Screen, SHARED_PREFIX, SHARED_SCREEN};

/// The screen named by the page's current fragment. `#shared` stands for
/// the result link this tab opened and kept in its storage.
pub fn current_screen() -> Screen {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    if hash == SHARED_SCREEN {
        return storage::kept_shared().map_or(Screen::Intro, |code| Screen::from_hash(&code));
    }
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
/// current one. Inside a frame, always in place: the frame shares the
/// host tab's history, and entries there would let the host page count the
/// quiz's steps and leave them behind after "Clear my answers". A result
/// link's `#r=…` is replaced too, so that the answers do not stay in the
/// tab's history.
pub fn show_in_url(screen: Screen, new_entry: bool) {
    let Some(hash) = screen.to_hash() else { return };
    let Some(window) = web_sys::window() else { return };
    let current = window.location().hash().unwrap_or_default();
    OWN_HASH.set(hash.clone());
    if current == hash || !FORGETTING.get().writes_address() {
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
    /// Where "Clear my answers" is in its walk back to the quiz's first history entry.
    static FORGETTING: std::cell::Cell<Forgetting> = const { std::cell::Cell::new(Forgetting::Idle) };
    /// The fragment the quiz last wrote: in a frame, the only one it accepts.
    static OWN_HASH: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
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
    storage::forget_all();
    let Some(history) = web_sys::window().and_then(|w| w.history().ok()) else {
        return;
    };
    advance(
        &history,
        Event::Clear {
            depth: entry_depth(&history),
            in_frame: in_frame(),
        },
    );
}

/// Feeds one event to the clearing's state machine and performs its step;
/// true when the step was to follow the address (an ordinary back or forward).
fn advance(history: &web_sys::History, event: Event) -> bool {
    let (next, step) = FORGETTING.get().on(event);
    FORGETTING.set(next);
    let clean = || path_with("");
    match step {
        Step::Nothing => {}
        Step::FollowAddress => return true,
        Step::GoBack(depth) => {
            if history.go_with_delta(-(depth as i32)).is_err() {
                return advance(history, Event::CouldNotGoBack);
            }
            let give_up = Closure::once_into_js(|| {
                if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
                    advance(&history, Event::TimedOut);
                }
            });
            let _ = gloo::utils::window()
                .set_timeout_with_callback_and_timeout_and_arguments_0(give_up.unchecked_ref(), HISTORY_WAIT_MS);
        }
        Step::CleanAddress => {
            let _ = history.replace_state_with_url(&JsValue::from(0), "", Some(&clean()));
        }
        Step::GiveUp => {
            log_warning("Gut–Skin Check: the browser did not go back through the quiz's history entries; their addresses were left as they are (the answers themselves are gone).");
            let _ = history.replace_state_with_url(&JsValue::from(0), "", Some(&clean()));
        }
        Step::RewriteFirstEntry => {
            // A new clean entry after the first drops every later entry of
            // the quiz from the forward history.
            let _ = history.replace_state_with_url(&JsValue::from(0), "", Some(&clean()));
            let _ = history.push_state_with_url(&JsValue::from(1), "", Some(&clean()));
        }
    }
    false
}

/// Calls `moved` with the screen the address names whenever the person goes
/// back or forward through the quiz's entries. The `popstate` that ends a
/// clearing is not such a step: it shows the cleared intro, and the answers
/// themselves went when Clear was pressed.
///
/// Inside a frame the quiz adds no history entries, so any change of its
/// address comes from the page around it (a script can set a frame's
/// location): it is put back and changes nothing, so the host page can
/// neither steer the quiz to a forged result nor probe which step it is on.
pub fn on_back_or_forward(moved: impl Fn(Screen) + 'static) -> gloo::events::EventListener {
    gloo::events::EventListener::new(&gloo::utils::window(), "popstate", move |_| {
        if in_frame() {
            if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
                let own = OWN_HASH.with_borrow(|hash| path_with(hash));
                let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&own));
            }
            return;
        }
        if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
            if advance(&history, Event::Moved) {
                moved(current_screen());
            }
        }
    })
}
