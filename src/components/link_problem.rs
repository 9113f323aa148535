use yew::prelude::*;

use super::{use_locale, HEADING_ID};
use crate::share_link::LinkError;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub error: LinkError,
    pub on_start: Callback<()>,
}

/// A result link that cannot be opened: what happened, in plain words, and
/// an offer to take the quiz. Nothing of the link's content is shown.
#[component]
pub fn LinkProblem(props: &Props) -> Html {
    let t = use_locale();
    let what = match props.error {
        LinkError::Empty => t.link_empty,
        LinkError::Truncated => t.link_truncated,
        LinkError::Altered => t.link_altered,
        LinkError::NewerVersion(_) => t.link_newer,
        LinkError::NotOurs => t.link_not_ours,
    };
    let on_start = props.on_start.reform(|_: MouseEvent| ());
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
