use yew::prelude::*;

use super::use_locale;
use crate::advice::GutNote;
use crate::questionnaire::{index_of, Answer, Answers};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub answers: Answers,
    pub notes: Vec<GutNote>,
}

/// What the person said about their digestion, and what it suggests.
#[component]
pub fn GutSignals(props: &Props) -> Html {
    let t = use_locale();
    html! {
        <section class="card signals" aria-labelledby="gut-title">
            <h2 id="gut-title">{ t.gut_title }</h2>
            <dl class="said">
                for id in ["bloating", "bowel_frequency", "stool_form"] {
                    { said(t, &props.answers, id) }
                }
            </dl>
            for note in props.notes.iter() {
                <p>{ t.gut_note(*note) }</p>
            }
        </section>
    }
}

/// One question and the chosen answer, as a term and its description.
pub fn said(t: &'static crate::locale::Locale, answers: &Answers, id: &str) -> Html {
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
