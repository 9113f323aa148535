use yew::prelude::*;

use super::use_locale;
use crate::questionnaire::index_of;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Options of the warning-signs question that were ticked; never empty.
    pub signs: Vec<u8>,
}

/// The prominent "please see a doctor" notice shown when a warning sign was
/// ticked, ahead of everything else on the result.
#[component]
pub fn DoctorNotice(props: &Props) -> Html {
    let t = use_locale();
    let labels = t.question(index_of("warning_signs")).options;
    html! {
        <section class="doctor-notice" role="alert" aria-labelledby="doctor-title">
            <h2 id="doctor-title">{ t.red_flag_title }</h2>
            <p>{ t.red_flag_body }</p>
            <p class="said-label">{ t.red_flag_you_said }</p>
            <ul>
                for option in props.signs.iter() {
                    <li>{ labels.get(usize::from(*option)).copied().unwrap_or_default() }</li>
                }
            </ul>
        </section>
    }
}
