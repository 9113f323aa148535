use yew::prelude::*;

use super::evidence_label::evidence_label;
use crate::advice::GutNote;
use crate::locale::Locale;
use crate::questionnaire::{Answer, Answers, Q};

/// What the person said about their digestion, and what it suggests; beside
/// a warning sign, the advice comes after the doctor's check.
pub fn gut_signals(t: &'static Locale, answers: &Answers, notes: &[GutNote], beside_alert: bool) -> Html {
    html! {
        <section class="card signals" aria-labelledby="gut-title">
            <h2 id="gut-title">{ t.gut_title }</h2>
            <dl class="said">
                for q in [Q::Bloating, Q::BowelFrequency, Q::StoolForm] {
                    { said(t, answers, q) }
                }
            </dl>
            if beside_alert && !notes.is_empty() {
                <p class="said-label">{ t.gut_after_alert }</p>
            }
            for note in notes {
                <p>{ t.gut_note(*note) }{ evidence_label(t, note.evidence()) }</p>
            }
        </section>
    }
}

/// One question and the chosen answer, as a term and its description.
pub fn said(t: &'static Locale, answers: &Answers, q: Q) -> Html {
    let text = t.text_of(q);
    match answers.get(q.index()) {
        Some(Answer::One(option)) => html! {
            <>
                <dt>{ text.prompt }</dt>
                <dd>{ text.options.get(usize::from(option)).copied().unwrap_or_default() }</dd>
            </>
        },
        _ => html! {},
    }
}
