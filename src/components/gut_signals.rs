use yew::prelude::*;

use crate::advice::GutNote;
use crate::locale::Locale;
use crate::questionnaire::{index_of, Answer, Answers};

/// What the person said about their digestion, and what it suggests.
pub fn gut_signals(t: &'static Locale, answers: &Answers, notes: &[GutNote]) -> Html {
    html! {
        <section class="card signals" aria-labelledby="gut-title">
            <h2 id="gut-title">{ t.gut_title }</h2>
            <dl class="said">
                for id in ["bloating", "bowel_frequency", "stool_form"] {
                    { said(t, answers, id) }
                }
            </dl>
            for note in notes {
                <p>{ t.gut_note(*note) }</p>
            }
        </section>
    }
}

/// One question and the chosen answer, as a term and its description.
pub fn said(t: &'static Locale, answers: &Answers, id: &str) -> Html {
    let index = index_of(id);
    let text = t.question(index);
    match answers.get(index) {
        Some(Answer::One(option)) => html! {
            <>
                <dt>{ text.prompt }</dt>
                <dd>{ text.options.get(usize::from(option)).copied().unwrap_or_default() }</dd>
            </>
        },
        _ => html! {},
    }
}
