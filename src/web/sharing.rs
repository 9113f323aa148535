//! Handing the result on: the system share sheet or the clipboard, the link
//! field selected for copying by hand, printing and the chart as an SVG
//! file. None of them makes a request.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::page::element_by_id;

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
