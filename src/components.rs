//! The screens and parts of the quiz a person sees, one component per file:
//! the page's frame (`app`, the language switcher, the footer) here, and each
//! screen with its parts (`intro`, `question/`, `result/`, `link_problem`).

pub mod app;
pub mod language_switcher;
pub mod privacy_footer;

// The screens, each a file or a file with a folder of its parts.
pub mod intro;
pub mod link_problem;
pub mod question;
pub mod result;

use crate::locale::Locale;

/// The language in use, as a component's prop. Compared by address: there is
/// one table per language.
#[derive(Clone, Copy, Debug)]
pub struct Language(pub &'static Locale);

impl PartialEq for Language {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

/// The id of each screen's main heading, which receives focus on every step.
pub const HEADING_ID: &str = "step-heading";
