use yew::prelude::*;

use super::use_locale;
use crate::scoring::Axis;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Weakest first.
    pub axes: Vec<Axis>,
}

/// The factors to work on first, each with concrete steps.
#[component]
pub fn FocusAreas(props: &Props) -> Html {
    let t = use_locale();
    html! {
        <section class="card focus" aria-labelledby="focus-title">
            <h2 id="focus-title">{ t.focus_title }</h2>
            if props.axes.is_empty() {
                <p>{ t.no_focus }</p>
            }
            for axis in props.axes.iter() {
                <h3>{ t.axis(*axis).name }</h3>
                <ul>
                    for step in t.axis(*axis).advice {
                        <li>{ *step }</li>
                    }
                </ul>
            }
        </section>
    }
}
