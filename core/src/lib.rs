//! The quiz without a page: the questionnaire and its named options, scoring
//! by axis, advice and red flags, the share-link codec, the screens and the
//! state machine that moves between them, the clinic settings and their
//! colours, and the languages with the rule that picks one.
//!
//! Nothing here can touch the browser: the crate depends on no Yew, web-sys
//! or wasm-bindgen, so its purity is checked by the compiler and every test
//! runs with a plain `cargo test`. The app crate draws it and keeps the
//! page's edges (`src/web/`).

pub mod advice;
pub mod config;
pub mod day;
pub mod forgetting;
pub mod hex;
pub mod locale;
pub mod questionnaire;
pub mod radar;
pub mod route;
pub mod scoring;
pub mod share_link;
pub mod state;
pub mod theme;
