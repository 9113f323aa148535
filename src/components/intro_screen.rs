use yew::prelude::*;

use super::{use_locale, HEADING_ID};

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Answers from earlier in this tab exist, so offer to resume.
    pub has_answers: bool,
    /// The answers were just cleared: confirm it.
    #[prop_or_default]
    pub cleared: bool,
    pub on_start: Callback<()>,
    pub on_restart: Callback<()>,
}

/// What the quiz is, how long it takes and that answers stay on the device.
#[component]
pub fn IntroScreen(props: &Props) -> Html {
    let t = use_locale();
    let on_start = props.on_start.reform(|_: MouseEvent| ());
    let on_restart = props.on_restart.reform(|_: MouseEvent| ());
    html! {
        <section class="screen intro">
            <h1 id={HEADING_ID} tabindex="-1">{ t.intro_title }</h1>
            <p class="status" role="status">{ if props.cleared { t.cleared } else { "" } }</p>
            <p class="lead">{ t.intro_lead }</p>
            <ul class="intro-points">
                for point in t.intro_points {
                    <li>{ point }</li>
                }
            </ul>
            <div class="actions">
                if props.has_answers {
                    <button type="button" class="primary" onclick={on_start}>{ t.resume }</button>
                    <button type="button" class="secondary" onclick={on_restart}>{ t.start_over }</button>
                } else {
                    <button type="button" class="primary" onclick={on_start}>{ t.start }</button>
                }
            </div>
        </section>
    }
}
