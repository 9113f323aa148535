use yew::prelude::*;

use crate::locale::Locale;
use crate::scoring::Axis;

/// The factors already working in the person's favour.
pub fn strengths(t: &'static Locale, axes: &[Axis]) -> Html {
    html! {
        <section class="card strengths" aria-labelledby="strengths-title">
            <h2 id="strengths-title">{ t.strengths_title }</h2>
            if axes.is_empty() {
                <p>{ t.no_strengths }</p>
            } else {
                <ul>
                    for axis in axes {
                        <li><strong>{ t.axis(*axis).name }</strong>{ " — " }{ t.axis(*axis).praise }</li>
                    }
                </ul>
            }
        </section>
    }
}
