use yew::prelude::*;

use super::gut_signals::said;
use crate::advice::SkinNote;
use crate::locale::Locale;
use crate::questionnaire::{index_of, Answers};

/// The skin concerns the person named (the ticked options of the
/// skin-concerns question), how much they weigh, and any hormonal pattern.
pub fn skin_signals(t: &'static Locale, answers: &Answers, concerns: &[u8], notes: &[SkinNote]) -> Html {
    let labels = t.question(index_of("skin_concerns")).options;
    html! {
        <section class="card signals" aria-labelledby="skin-title">
            <h2 id="skin-title">{ t.skin_title }</h2>
            if concerns.is_empty() {
                <p>{ t.skin_no_concerns }</p>
            } else {
                <p class="said-label">{ t.skin_concerns_label }</p>
                <ul>
                    for option in concerns {
                        <li>{ labels.get(usize::from(*option)).copied().unwrap_or_default() }</li>
                    }
                </ul>
            }
            <dl class="said">
                { said(t, answers, "skin_impact") }
                { said(t, answers, "skin_hormonal") }
            </dl>
            for note in notes {
                <p>{ t.skin_note(*note) }</p>
            }
        </section>
    }
}
