//! What the quiz keeps in the tab's session storage, and nothing else: the
//! answers, the baseline of a retake, a result link opened here, the language
//! picked and when they were last saved. Saved answers are forgotten after
//! [`IDLE_LIMIT_MINUTES`] without use (docs/privacy.md).

use std::cell::Cell;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::questionnaire::Answers;
use crate::route::share_fragment;
use crate::share_link::{ShareLink, Taken};
use crate::state::IDLE_LIMIT_MINUTES;

// boot.js reads the answers and language keys too (to know whether answers
// wait to be resumed): tools/write-boot.mjs copies these two into it at build
// time, and stops the build if it cannot find them.
const ANSWERS_KEY: &str = "gut-skin-check.answers";
const BASELINE_KEY: &str = "gut-skin-check.baseline";
const LANGUAGE_KEY: &str = "gut-skin-check.lang";
/// A result link opened in this tab, kept here instead of in the address.
const SHARED_KEY: &str = "gut-skin-check.shared";
/// When the answers were last saved (milliseconds since 1970).
const SAVED_AT_KEY: &str = "gut-skin-check.saved-at";
const ALL_KEYS: [&str; 5] = [ANSWERS_KEY, BASELINE_KEY, LANGUAGE_KEY, SHARED_KEY, SAVED_AT_KEY];

/// Saved answers are forgotten after this long without use.
const IDLE_LIMIT_MS: f64 = IDLE_LIMIT_MINUTES as f64 * 60.0 * 1000.0;
/// How often a page left open checks whether it has been idle too long.
const IDLE_CHECK_MS: i32 = 30_000;
/// Storage's "last used" stamp follows use at most this often.
const RESTAMP_MS: f64 = 60_000.0;

thread_local! {
    /// The last touch, key, wheel or scroll on the page, in memory: the idle
    /// limit holds even when storage is blocked (a frame without storage).
    static LAST_USED: Cell<f64> = Cell::new(js_sys::Date::now());
}

fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// The value kept under `key`, if storage is open to the quiz and has one.
fn read(key: &str) -> Option<String> {
    session_storage()?.get_item(key).ok().flatten()
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

/// Watches a page left open: after [`IDLE_LIMIT_MS`] without a touch, key,
/// wheel or scroll, everything saved goes and `expired` is called (the
/// state machine then forgets the answers in memory and says so). Use keeps
/// storage's stamp current, so a reload after use does not expire. Dropping
/// the watcher stops it.
pub fn watch_idle(expired: impl Fn() + 'static) -> IdleWatch {
    let window = gloo::utils::window();
    let target: &web_sys::EventTarget = window.as_ref();
    let used = ["pointerdown", "keydown", "wheel", "touchstart", "scroll"].map(|event| {
        let options = gloo::events::EventListenerOptions::run_in_capture_phase();
        gloo::events::EventListener::new_with_options(target, event, options, |_| used_now())
    });
    let check = Closure::<dyn Fn()>::new(move || {
        if js_sys::Date::now() - LAST_USED.get() >= IDLE_LIMIT_MS {
            for key in [ANSWERS_KEY, BASELINE_KEY, SHARED_KEY, SAVED_AT_KEY] {
                if let Some(storage) = session_storage() {
                    let _ = storage.remove_item(key);
                }
            }
            LAST_USED.set(js_sys::Date::now());
            expired();
        }
    });
    let interval = window
        .set_interval_with_callback_and_timeout_and_arguments_0(check.as_ref().unchecked_ref(), IDLE_CHECK_MS)
        .unwrap_or(0);
    IdleWatch {
        _used: used,
        _check: check,
        interval,
    }
}

/// The listeners and the timer of [`watch_idle`].
pub struct IdleWatch {
    _used: [gloo::events::EventListener; 5],
    _check: Closure<dyn Fn()>,
    interval: i32,
}

impl Drop for IdleWatch {
    fn drop(&mut self) {
        gloo::utils::window().clear_interval_with_handle(self.interval);
    }
}

/// Records use of the page; keeps storage's stamp current, at most once a
/// minute and only while something is saved.
fn used_now() {
    let now = js_sys::Date::now();
    let before = LAST_USED.replace(now);
    if now - before < RESTAMP_MS {
        return;
    }
    if let Some(storage) = session_storage() {
        if storage.get_item(SAVED_AT_KEY).ok().flatten().is_some() {
            stamp(&storage);
        }
    }
}

/// The answers, and the baseline of a retake, this tab saved before a reload.
pub fn load_answers() -> Saved {
    let expired = forget_if_idle();
    // The baseline is kept as a one-result share link, which holds its day
    // and whether it came from an earlier version of the quiz.
    let baseline = read(BASELINE_KEY)
        .and_then(|text| ShareLink::decode(&text).ok())
        .map(|link| link.now);
    Saved {
        answers: read(ANSWERS_KEY)
            .and_then(|text| Answers::from_compact(&text))
            .unwrap_or_default(),
        baseline,
        expired,
    }
}

fn stamp(storage: &web_sys::Storage) {
    let _ = storage.set_item(SAVED_AT_KEY, &(js_sys::Date::now() as u64).to_string());
}

/// Keeps the answers for a reload of this tab; forgets what is empty. The
/// "last used" stamp moves only when something changed, so loading the page
/// again does not renew answers that have been left alone.
pub fn save_answers(answers: &Answers, baseline: Option<&Taken>) {
    if let Some(storage) = session_storage() {
        let answers_before = storage.get_item(ANSWERS_KEY).ok().flatten();
        let baseline_before = storage.get_item(BASELINE_KEY).ok().flatten();
        store(&storage, ANSWERS_KEY, Some(answers));
        let _ = match baseline.and_then(|b| ShareLink::single(*b).encode()) {
            Some(text) => storage.set_item(BASELINE_KEY, &text),
            None => storage.remove_item(BASELINE_KEY),
        };
        let changed = storage.get_item(ANSWERS_KEY).ok().flatten() != answers_before
            || storage.get_item(BASELINE_KEY).ok().flatten() != baseline_before;
        if answers.is_empty() && baseline.is_none() && storage.get_item(SHARED_KEY).ok().flatten().is_none() {
            let _ = storage.remove_item(SAVED_AT_KEY);
        } else if changed || storage.get_item(SAVED_AT_KEY).ok().flatten().is_none() {
            stamp(&storage);
        }
    }
}

/// Keeps a result link opened in this tab, so that the address can drop it
/// (see [`super::history::show_in_url`]) and a reload still shows it.
pub fn keep_shared(link: &ShareLink) {
    if let (Some(storage), Some(fragment)) = (session_storage(), share_fragment(link)) {
        let _ = storage.set_item(SHARED_KEY, fragment.trim_start_matches('#'));
        stamp(&storage);
    }
}

/// The result link kept by [`keep_shared`], as its fragment without `#`.
pub fn kept_shared() -> Option<String> {
    read(SHARED_KEY)
}

/// The language picked with the switcher in this tab, if any.
pub fn remembered_language() -> Option<String> {
    read(LANGUAGE_KEY)
}

/// Remembers a language picked with the switcher, for reloads of this tab.
pub fn remember_language(lang: &str) {
    if let Some(storage) = session_storage() {
        let _ = storage.set_item(LANGUAGE_KEY, lang);
    }
}

/// Removes everything the quiz saved in this tab.
pub fn forget_all() {
    if let Some(storage) = session_storage() {
        for key in ALL_KEYS {
            let _ = storage.remove_item(key);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// boot.js gets its keys at build time (tools/write-boot.mjs), never
    /// a copy of its own that could drift from these.
    #[test]
    fn boot_js_names_no_key_of_its_own() {
        let boot = include_str!("../../boot.js");
        assert!(!boot.contains("gut-skin-check."), "boot.js spells out a storage key");
        for placeholder in ["STORAGE_KEY_ANSWERS", "STORAGE_KEY_LANGUAGE"] {
            assert!(
                boot.contains(&format!("sessionStorage.getItem({placeholder})")),
                "{placeholder}"
            );
        }
        // The writer reads these two lines of this file, in exactly this form.
        let writer = include_str!("../../tools/write-boot.mjs");
        let source = include_str!("storage.rs");
        for (name, key) in [("ANSWERS_KEY", ANSWERS_KEY), ("LANGUAGE_KEY", LANGUAGE_KEY)] {
            assert!(
                writer.contains(&format!("'{name}'")),
                "tools/write-boot.mjs does not write {name}"
            );
            assert!(
                source.contains(&format!("\nconst {name}: &str = \"{key}\";\n")),
                "{name} changed form"
            );
        }
    }
}
