//! One question as a step of the quiz; `question/` holds its parts.

pub mod answer_option;
pub mod progress_bar;

use yew::prelude::*;

use self::answer_option::answer_option;
use self::progress_bar::progress_bar;
use super::{Language, HEADING_ID};
use crate::questionnaire::{Answer, Kind, QUESTIONS, QUESTION_COUNT};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub language: Language,
    /// The question's position in the questionnaire (0-based).
    pub index: usize,
    pub answer: Option<Answer>,
    /// Next was pressed without an answer.
    pub missing: bool,
    pub on_pick: Callback<u8>,
    pub on_next: Callback<()>,
    pub on_back: Callback<()>,
}

/// One question of the quiz: progress, the question as a fieldset with its
/// options, and Back and Next.
#[component]
pub fn QuestionStep(props: &Props) -> Html {
    let t = props.language.0;
    let question = &QUESTIONS[props.index];
    let text = t.question(props.index);
    let multiple = matches!(question.kind, Kind::Multiple { .. });
    let hint = if multiple { t.choose_all } else { text.hint };
    let last = props.index + 1 == QUESTION_COUNT;

    let on_next = props.on_next.reform(|_: MouseEvent| ());
    // Enter on an answer moves on, as it would in a form (buttons keep their
    // own Enter); there is no <form>
    // to submit, since a sandboxed frame without allow-forms blocks that.
    let onkeydown = {
        let next = props.on_next.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" && e.target_dyn_into::<web_sys::HtmlInputElement>().is_some() {
                e.prevent_default();
                next.emit(());
            }
        })
    };
    let on_back = props.on_back.reform(|_: MouseEvent| ());
    let described_by = match (hint.is_empty(), props.missing) {
        (false, true) => Some("question-hint question-error"),
        (false, false) => Some("question-hint"),
        (true, true) => Some("question-error"),
        (true, false) => None,
    };

    html! {
        <section class="screen question">
            { progress_bar(t, props.index + 1, QUESTION_COUNT) }
            <div class="question-form" {onkeydown}>
                <p class="section-name">{ t.section(question.section) }</p>
                <fieldset aria-describedby={described_by}>
                    <legend>
                        <h1 id={HEADING_ID} tabindex="-1">{ text.prompt }</h1>
                    </legend>
                    if !hint.is_empty() {
                        <p id="question-hint" class="hint">{ hint }</p>
                    }
                    <div class="options">
                        for (option, label) in (0u8..).zip(text.options.iter()) {
                            { answer_option(
                                question.id(),
                                option,
                                label,
                                multiple,
                                props.answer.is_some_and(|a| a.has(option)),
                                props.missing,
                                &props.on_pick,
                            ) }
                        }
                    </div>
                    if props.missing {
                        <p id="question-error" class="error" role="alert">{ t.missing_answer(text.prompt) }</p>
                    }
                </fieldset>
                <div class="actions step-actions">
                    <button type="button" class="secondary" onclick={on_back}>{ t.back }</button>
                    <button type="button" class="primary" onclick={on_next}>{ if last { t.see_result } else { t.next } }</button>
                </div>
            </div>
        </section>
    }
}
