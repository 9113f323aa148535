use yew::prelude::*;

use crate::locale::Locale;
use crate::scoring::Axis;

/// The factors to work on first (`axes`, weakest first), each with concrete steps.
pub fn focus_areas(t: &'static Locale, axes: &[Axis]) -> Html {
    html! {
        <section class="card focus" aria-labelledby="focus-title">
            <h2 id="focus-title">{ t.focus_title }</h2>
            if axes.is_empty() {
                <p>{ t.no_focus }</p>
            }
            for axis in axes {
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
