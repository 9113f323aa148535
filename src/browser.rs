//! The edges where the quiz meets the page: the URL fragment and the tab's
//! session storage. Every failure (storage blocked in a third-party frame,
//! a history call refused) is swallowed: the quiz then simply keeps its
//! state in memory.

use wasm_bindgen::JsValue;

use crate::questionnaire::Answers;
use crate::route::Screen;

const ANSWERS_KEY: &str = "gut-skin-check.answers";

fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// The answers this tab saved before a reload, or none.
pub fn load_answers() -> Answers {
    session_storage()
        .and_then(|s| s.get_item(ANSWERS_KEY).ok().flatten())
        .and_then(|text| Answers::from_compact(&text))
        .unwrap_or_default()
}

/// Keeps the answers for a reload of this tab; forgets them when empty.
pub fn save_answers(answers: &Answers) {
    let Some(storage) = session_storage() else { return };
    // Errors (quota, blocked storage) leave the answers in memory only.
    let _ = if answers.is_empty() {
        storage.remove_item(ANSWERS_KEY)
    } else {
        storage.set_item(ANSWERS_KEY, &answers.to_compact())
    };
}

/// The screen named by the page's current fragment.
pub fn current_screen() -> Screen {
    let hash = web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default();
    Screen::from_hash(&hash)
}

/// Puts the screen's fragment in the address bar: as a new history entry, so
/// that the back gesture returns to the previous step, or in place of the
/// current one.
pub fn show_in_url(screen: Screen, new_entry: bool) {
    let Some(window) = web_sys::window() else { return };
    let location = window.location();
    let hash = screen.to_hash();
    if location.hash().ok().as_deref() == Some(hash.as_str()) {
        return;
    }
    let mut url = location.pathname().unwrap_or_default();
    url.push_str(&location.search().unwrap_or_default());
    url.push_str(&hash);
    let Ok(history) = window.history() else { return };
    let _ = if new_entry {
        history.push_state_with_url(&JsValue::NULL, "", Some(&url))
    } else {
        history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
    };
}

/// Moves keyboard and screen-reader focus to the element with this id.
pub fn focus(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(element) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}
