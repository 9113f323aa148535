//! The quiz inside a clinic's page: whether it runs in a frame, whether a
//! page of its own origin frames it (which could read the answers), and the
//! clinic's colours.

use wasm_bindgen::JsCast;

use crate::theme::Theme;

/// Whether the quiz runs inside another page's frame.
pub fn in_frame() -> bool {
    web_sys::window()
        .and_then(|w| Some(!js_sys::Object::is(&w.parent().ok()??.into(), &w.into())))
        .unwrap_or(false)
}

/// Whether a page of the quiz's own origin frames it, at any level, or
/// opened it: that page's scripts could read the answers. Reading another
/// window's address succeeds only on the same origin.
pub fn framed_by_own_origin() -> bool {
    let Some(mut current) = web_sys::window() else {
        return false;
    };
    // The browser's own list of the frames' origins cannot be overridden by
    // a page that reaches in before the quiz starts, as `parent` can.
    let own = current.location().origin().unwrap_or_default();
    // (`location.ancestorOrigins`: Chromium and Safari have it, Firefox not.)
    let location: wasm_bindgen::JsValue = current.location().into();
    if let Ok(ancestors) = js_sys::Reflect::get(&location, &"ancestorOrigins".into()) {
        if !ancestors.is_undefined() && !ancestors.is_null() {
            let count = js_sys::Reflect::get(&ancestors, &"length".into())
                .ok()
                .and_then(|n| n.as_f64())
                .unwrap_or(0.0) as u32;
            let same = |i: u32| {
                js_sys::Reflect::get_u32(&ancestors, i)
                    .ok()
                    .and_then(|o| o.as_string())
                    .is_some_and(|o| o == own)
            };
            if (0..count).any(same) {
                return true;
            }
        }
    }
    // A window opened by a page of the same origin can be read by its opener.
    if let Ok(opener) = current.opener() {
        if let Ok(opener) = opener.dyn_into::<web_sys::Window>() {
            if opener.location().href().is_ok() {
                return true;
            }
        }
    }
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

/// Paints the page in the clinic's colours through CSS custom properties on
/// the root element (set through the CSSOM, which the strict CSP allows).
pub fn apply_theme(theme: &Theme) {
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
