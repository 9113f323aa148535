//! Gut–Skin Check: a quiz on the lifestyle factors of the gut–skin axis that
//! runs entirely in the browser.
//!
//! The domain — questions, scoring, advice, routes — is plain Rust tested on
//! the host; `components` draws it with Yew; `browser` holds the few places
//! that touch the page's URL and session storage.

pub mod advice;
pub mod browser;
pub mod components;
pub mod locale;
pub mod questionnaire;
pub mod radar;
pub mod route;
pub mod scoring;
pub mod share_link;
pub mod state;

pub use components::app::App;
