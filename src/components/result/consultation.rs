use yew::prelude::*;

use crate::config::ClinicConfig;
use crate::locale::{fill, Locale};

/// The call to talk the result through with a professional. With a clinic's
/// booking address configured it is a button that opens in a new tab (never
/// inside an embedding frame), with the host it leads to written beside it,
/// so nobody follows a button without seeing where; without one, the advice
/// alone. Beside a warning sign it says that it does not replace the notice
/// at the top.
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
            if let (Some(url), Some(host)) = (&clinic.cta_url, &clinic.cta_host) {
                <p class="cta">
                    <a class="button primary" href={url.clone()} target="_blank" rel="noopener noreferrer"
                        aria-describedby="cta-destination">{ label }</a>
                    <span id="cta-destination" class="cta-destination">{ fill(t.cta_destination, &[("host", host)]) }</span>
                </p>
            }
        </section>
    }
}
