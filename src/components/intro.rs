use yew::prelude::*;

use super::HEADING_ID;
use crate::locale::{fill, Locale};
use crate::state::IDLE_LIMIT_MINUTES;

/// What the intro offers: to start, or, with answers from earlier in this tab,
/// to resume or start over; and whether the answers were just cleared.
pub struct Intro<'a> {
    pub has_answers: bool,
    pub cleared: bool,
    /// Answers saved earlier in this tab were forgotten after too long idle.
    pub expired: bool,
    pub on_start: &'a Callback<()>,
    pub on_restart: &'a Callback<()>,
}

/// What the quiz is, how long it takes, that answers stay on the device,
/// and who it is for.
pub fn intro_screen(t: &'static Locale, intro: Intro) -> Html {
    let on_start = intro.on_start.reform(|_: MouseEvent| ());
    let on_restart = intro.on_restart.reform(|_: MouseEvent| ());
    html! {
        <section class="screen intro">
            <h1 id={HEADING_ID} tabindex="-1">{ t.intro_title }</h1>
            <p class="status" role="status">{
                if intro.cleared {
                    t.cleared.to_string()
                } else if intro.expired {
                    fill(t.answers_expired, &[("minutes", &IDLE_LIMIT_MINUTES.to_string())])
                } else {
                    String::new()
                }
            }</p>
            <p class="lead">{ t.intro_lead }</p>
            <ul class="intro-points">
                for point in t.intro_points {
                    <li>{ point }</li>
                }
            </ul>
            <p class="audience">{ t.audience }</p>
            <div class="actions">
                if intro.has_answers {
                    <button type="button" class="primary" onclick={on_start}>{ t.resume }</button>
                    <button type="button" class="secondary" onclick={on_restart}>{ t.start_over }</button>
                } else {
                    <button type="button" class="primary" onclick={on_start}>{ t.start }</button>
                }
            </div>
        </section>
    }
}
