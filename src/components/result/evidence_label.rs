use yew::prelude::*;

use crate::advice::Evidence;
use crate::locale::Locale;

/// The short label after a piece of advice saying how strong its evidence
/// is; nothing for a plain description.
pub fn evidence_label(t: &'static Locale, evidence: Option<Evidence>) -> Html {
    match evidence {
        Some(evidence) => html! { <>{ " " }<span class="evidence">{ t.evidence(evidence) }</span></> },
        None => html! {},
    }
}
