use yew::prelude::*;

use super::radar_chart::{EARLIER_COLOUR, NOW_COLOUR};
use crate::day::Day;
use crate::locale::Locale;

/// The key to a comparison chart: dashed with squares is earlier, solid with
/// circles is now — told apart by line and marker, not by colour alone —
/// each with the day it was taken when the link carries one.
pub fn chart_legend(t: &'static Locale, earlier: Option<Day>, now: Option<Day>) -> Html {
    let taken = |day: Option<Day>| match day {
        Some(day) => html! { <span class="taken">{ " · " }{ t.taken(&day.iso()) }</span> },
        None => html! {},
    };
    html! {
        <ul class="legend">
            <li>
                <svg viewBox="0 0 40 12" width="40" height="12" aria-hidden="true">
                    <line class="legend-earlier" x1="2" y1="6" x2="38" y2="6" stroke={EARLIER_COLOUR} stroke-width="2" stroke-dasharray="6 4" />
                    <rect class="legend-earlier-point" x="16.5" y="2.5" width="7" height="7" fill={EARLIER_COLOUR} />
                </svg>
                { t.legend_earlier }{ taken(earlier) }
            </li>
            <li>
                <svg viewBox="0 0 40 12" width="40" height="12" aria-hidden="true">
                    <line class="legend-now" x1="2" y1="6" x2="38" y2="6" stroke={NOW_COLOUR} stroke-width="2.5" />
                    <circle class="legend-now-point" cx="20" cy="6" r="3.5" fill={NOW_COLOUR} />
                </svg>
                { t.legend_now }{ taken(now) }
            </li>
        </ul>
    }
}
