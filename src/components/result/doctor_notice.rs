use yew::prelude::*;

use crate::advice::{Summary, Urgency};
use crate::locale::Locale;

/// The prominent "please see a doctor" notice, first on the result whenever
/// a warning sign was ticked or the gut answers need a doctor: each tier of
/// urgency with what to do, most urgent first, and the signs in it.
/// On a result opened from a link (`shared`) it speaks of the link's answers,
/// not the reader's.
pub fn doctor_notice(t: &'static Locale, summary: &Summary, shared: bool) -> Html {
    html! {
        <section class="doctor-notice" role="alert" aria-labelledby="doctor-title">
            <h2 id="doctor-title">{ t.red_flag_title }</h2>
            <p>{ if shared { t.red_flag_body_shared } else { t.red_flag_body } }</p>
            for (urgency, alerts) in summary.tiers() {
                {{
                    let (title, body) = t.tier(urgency);
                    let class = match urgency {
                        Urgency::Emergency => "tier emergency",
                        Urgency::Urgent => "tier urgent",
                        Urgency::Soon => "tier soon",
                    };
                    html! {
                        <div {class}>
                            <h3>{ title }</h3>
                            <p>{ body }</p>
                            <ul>
                                for alert in alerts {
                                    <li>{ t.alert(alert) }</li>
                                }
                            </ul>
                        </div>
                    }
                }}
            }
        </section>
    }
}
