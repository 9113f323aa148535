use yew::prelude::*;

use super::evidence_label::evidence_label;
use super::gut_signals::said;
use crate::advice::{Evidence, SkinNote};
use crate::locale::Locale;
use crate::questionnaire::{Answers, SkinConcern, Q};

/// The skin concerns the person named, how much they weigh, any hormonal
/// pattern, and where help is if the skin affects their mood.
pub fn skin_signals(t: &'static Locale, answers: &Answers, concerns: &[SkinConcern], notes: &[SkinNote]) -> Html {
    html! {
        <section class="card signals" aria-labelledby="skin-title">
            <h2 id="skin-title">{ t.skin_title }</h2>
            if concerns.is_empty() {
                <p>{ t.skin_no_concerns }</p>
            } else {
                <p class="said-label">{ t.skin_concerns_label }</p>
                <ul>
                    for concern in concerns {
                        <li>{ t.option(*concern) }</li>
                    }
                </ul>
            }
            <dl class="said">
                { said(t, answers, Q::SkinImpact) }
                { said(t, answers, Q::SkinMood) }
                { said(t, answers, Q::SkinHormonal) }
            </dl>
            for note in notes {
                <p>{ t.skin_note(*note) }{ evidence_label(t, Some(Evidence::Guidance)) }</p>
            }
        </section>
    }
}
