use yew::prelude::*;

use crate::locale::Locale;
use crate::share_link::ESTIMATED_FROM_V1;

/// Said on a result whose answers came from a link made with the first
/// version of the quiz: which factors are estimates and what was not asked.
pub fn older_version(t: &'static Locale) -> Html {
    let estimated: Vec<&str> = ESTIMATED_FROM_V1.iter().map(|axis| t.axis(*axis).name).collect();
    html! {
        <section class="card older" aria-labelledby="older-title">
            <h2 id="older-title">{ t.older_title }</h2>
            <p>{ t.older_body }</p>
            <p>{ t.older_estimated }{ " " }<strong>{ estimated.join(", ") }</strong></p>
            <p>{ t.older_not_asked }</p>
        </section>
    }
}
