use yew::prelude::*;

use super::use_locale;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Where "Book a consultation" leads; without one the call to action is
    /// the text alone.
    #[prop_or_default]
    pub url: Option<AttrValue>,
}

/// The call to talk the result through with a professional.
#[component]
pub fn Consultation(props: &Props) -> Html {
    let t = use_locale();
    html! {
        <section class="card consult" aria-labelledby="consult-title">
            <h2 id="consult-title">{ t.consult_title }</h2>
            <p>{ t.consult_body }</p>
            if let Some(url) = &props.url {
                <a class="button primary" href={url.clone()} target="_blank" rel="noopener noreferrer">{ t.consult_action }</a>
            }
        </section>
    }
}
