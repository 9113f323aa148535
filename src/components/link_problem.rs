use yew::prelude::*;

use super::HEADING_ID;
use crate::locale::Locale;
use crate::share_link::LinkError;

/// A result link that cannot be opened: what happened, in plain words, and
/// an offer to take the quiz. Nothing of the link's content is shown.
pub fn link_problem(t: &'static Locale, error: LinkError, on_start: &Callback<()>) -> Html {
    let what = match error {
        LinkError::Empty => t.link_empty,
        LinkError::Truncated => t.link_truncated,
        LinkError::Altered => t.link_altered,
        LinkError::NewerVersion(_) => t.link_newer,
        LinkError::NotOurs => t.link_not_ours,
    };
    let on_start = on_start.reform(|_: MouseEvent| ());
    html! {
        <section class="screen link-problem">
            <h1 id={HEADING_ID} tabindex="-1">{ t.link_problem_title }</h1>
            <p class="problem">{ what }</p>
            <p>{ t.link_problem_offer }</p>
            <div class="actions">
                <button type="button" class="primary" onclick={on_start}>{ t.take_quiz_yourself }</button>
            </div>
        </section>
    }
}
