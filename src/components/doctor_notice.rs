use yew::prelude::*;

use crate::locale::Locale;
use crate::questionnaire::index_of;

/// The prominent "please see a doctor" notice shown when a warning sign was
/// ticked, ahead of everything else on the result. `signs` are the ticked
/// options of the warning-signs question; never empty.
pub fn doctor_notice(t: &'static Locale, signs: &[u8]) -> Html {
    let labels = t.question(index_of("warning_signs")).options;
    html! {
        <section class="doctor-notice" role="alert" aria-labelledby="doctor-title">
            <h2 id="doctor-title">{ t.red_flag_title }</h2>
            <p>{ t.red_flag_body }</p>
            <p class="said-label">{ t.red_flag_you_said }</p>
            <ul>
                for option in signs {
                    <li>{ labels.get(usize::from(*option)).copied().unwrap_or_default() }</li>
                }
            </ul>
        </section>
    }
}
