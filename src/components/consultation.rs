use yew::prelude::*;

use crate::config::ClinicConfig;
use crate::locale::Locale;

/// The call to talk the result through with a professional. With a clinic's
/// booking address configured it is a button that opens in a new tab (never
/// inside an embedding frame); without one, the advice alone. Beside a
/// warning sign it says that it does not replace the notice at the top.
pub fn consultation(t: &'static Locale, clinic: &ClinicConfig, beside_alert: bool) -> Html {
    let label = clinic
        .cta_label
        .clone()
        .map_or(AttrValue::Static(t.consult_action), AttrValue::from);
    html! {
        <section class="card consult" aria-labelledby="consult-title">
            <h2 id="consult-title">{ t.consult_title }</h2>
            <p>{ t.consult_body }</p>
            if beside_alert {
                <p><strong>{ t.consult_not_instead }</strong></p>
            }
            if let Some(url) = &clinic.cta_url {
                <a class="button primary" href={url.clone()} target="_blank" rel="noopener noreferrer">{ label }</a>
            }
        </section>
    }
}
