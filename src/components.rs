//! The screens and parts of the quiz a person sees, one component per file.

pub mod all_answers;
pub mod answer_option;
pub mod antibiotics_note;
pub mod app;
pub mod chart_legend;
pub mod consultation;
pub mod doctor_notice;
pub mod evidence_label;
pub mod focus_areas;
pub mod gut_signals;
pub mod intro_screen;
pub mod language_switcher;
pub mod link_problem;
pub mod older_version;
pub mod privacy_footer;
pub mod progress_bar;
pub mod qr_code;
pub mod question_step;
pub mod radar_chart;
pub mod result_screen;
pub mod result_tools;
pub mod score_table;
pub mod share_panel;
pub mod skin_signals;
pub mod strengths;

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
