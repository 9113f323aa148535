//! The clinic's settings: the address picks a clinic by id, and its settings
//! come from `clinics.json` on the quiz's own origin, fetched only when an id
//! is given. The rules that check them live in the core (`config`).

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::page::{log_error, log_warning};
use crate::config::{unreadable, ClinicConfig, ClinicFile, Request, ALLOW_LOCAL, CLINICS_FILE, MAX_FILE};

/// The clinic's configuration. Every problem is one console message; the
/// quiz then runs without that clinic's branding (never a blank page).
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
