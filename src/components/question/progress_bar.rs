use yew::prelude::*;

use crate::locale::Locale;

/// "Question 5 of 25" and a bar, announced politely on each step; `current`
/// counts from 1.
pub fn progress_bar(t: &'static Locale, current: usize, total: usize) -> Html {
    let label = t.progress(current, total);
    html! {
        <div class="progress">
            <p class="progress-text" aria-live="polite">{ label }</p>
            // The text above already says it; the bar is for the eye.
            <progress max={total.to_string()} value={current.to_string()} aria-hidden="true" />
        </div>
    }
}
