use yew::prelude::*;

use super::evidence_label::evidence_label;
use super::gut_signals::said;
use crate::advice::Evidence;
use crate::locale::Locale;
use crate::questionnaire::{Answers, Q};

/// Antibiotics, reported beside the chart rather than scored: a recent
/// course (an acne treatment, say) is never a habit to work on.
pub fn antibiotics_note(t: &'static Locale, answers: &Answers, recent: bool) -> Html {
    html! {
        <section class="card signals" aria-labelledby="antibiotics-title">
            <h2 id="antibiotics-title">{ t.antibiotics_title }</h2>
            <dl class="said">{ said(t, answers, Q::Antibiotics) }</dl>
            if recent {
                <p>{ t.antibiotics_recent }{ evidence_label(t, Some(Evidence::Guidance)) }</p>
            }
            <p>{ t.antibiotics_colds }{ evidence_label(t, Some(Evidence::Guidance)) }</p>
        </section>
    }
}
