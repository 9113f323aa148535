use yew::prelude::*;

use super::evidence_label::evidence_label;
use crate::advice::advice_evidence;
use crate::locale::Locale;
use crate::scoring::Axis;

/// The factors to work on first (`axes`, weakest first), each with concrete
/// steps and the strength of the evidence behind each. With nothing to work
/// on it says so, unless `reassure` is false (a warning sign is on the page).
pub fn focus_areas(t: &'static Locale, axes: &[Axis], reassure: bool) -> Html {
    if axes.is_empty() && !reassure {
        return html! {};
    }
    html! {
        <section class="card focus" aria-labelledby="focus-title">
            <h2 id="focus-title">{ t.focus_title }</h2>
            if axes.is_empty() {
                <p>{ t.no_focus }</p>
            }
            for axis in axes {
                <h3>{ t.axis(*axis).name }</h3>
                <ul>
                    for (step, evidence) in t.axis(*axis).advice.iter().zip(advice_evidence(*axis)) {
                        <li>{ *step }{ evidence_label(t, Some(evidence)) }</li>
                    }
                </ul>
            }
        </section>
    }
}
