use yew::prelude::*;

use super::use_locale;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// 1-based number of the question showing.
    pub current: usize,
    pub total: usize,
}

/// "Question 5 of 25" and a bar, announced politely on each step.
#[component]
pub fn ProgressBar(props: &Props) -> Html {
    let t = use_locale();
    let label = t.progress(props.current, props.total);
    html! {
        <div class="progress">
            <p class="progress-text" aria-live="polite">{ label }</p>
            // The text above already says it; the bar is for the eye.
            <progress max={props.total.to_string()} value={props.current.to_string()} aria-hidden="true" />
        </div>
    }
}
