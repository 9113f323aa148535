use yew::prelude::*;

use super::gut_signals::said;
use super::use_locale;
use crate::advice::SkinNote;
use crate::questionnaire::{index_of, Answers};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub answers: Answers,
    /// Options of the skin-concerns question that were ticked.
    pub concerns: Vec<u8>,
    pub notes: Vec<SkinNote>,
}

/// The skin concerns the person named, how much they weigh, and any
/// hormonal pattern.
#[component]
pub fn SkinSignals(props: &Props) -> Html {
    let t = use_locale();
    let labels = t.question(index_of("skin_concerns")).options;
    html! {
        <section class="card signals" aria-labelledby="skin-title">
            <h2 id="skin-title">{ t.skin_title }</h2>
            if props.concerns.is_empty() {
                <p>{ t.skin_no_concerns }</p>
            } else {
                <p class="said-label">{ t.skin_concerns_label }</p>
                <ul>
                    for option in props.concerns.iter() {
                        <li>{ labels.get(usize::from(*option)).copied().unwrap_or_default() }</li>
                    }
                </ul>
            }
            <dl class="said">
                { said(t, &props.answers, "skin_impact") }
                { said(t, &props.answers, "skin_hormonal") }
            </dl>
            for note in props.notes.iter() {
                <p>{ t.skin_note(*note) }</p>
            }
        </section>
    }
}
