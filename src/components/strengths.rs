use yew::prelude::*;

use super::use_locale;
use crate::scoring::Axis;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub axes: Vec<Axis>,
}

/// The factors already working in the person's favour.
#[component]
pub fn Strengths(props: &Props) -> Html {
    let t = use_locale();
    html! {
        <section class="card strengths" aria-labelledby="strengths-title">
            <h2 id="strengths-title">{ t.strengths_title }</h2>
            if props.axes.is_empty() {
                <p>{ t.no_strengths }</p>
            } else {
                <ul>
                    for axis in props.axes.iter() {
                        <li><strong>{ t.axis(*axis).name }</strong>{ " — " }{ t.axis(*axis).praise }</li>
                    }
                </ul>
            }
        </section>
    }
}
