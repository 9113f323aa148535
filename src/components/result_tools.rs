use yew::prelude::*;

use super::radar_chart::CHART_ID;
use super::use_locale;
use crate::browser;

/// Download the chart as an SVG file, or print the result (and so save it as
/// a PDF). Neither makes a request.
#[component]
pub fn ResultTools() -> Html {
    let t = use_locale();
    let download = Callback::from(|_: MouseEvent| {
        let _ = browser::download_svg(CHART_ID, "gut-skin-check.svg");
    });
    let print = Callback::from(|_: MouseEvent| browser::print());
    html! {
        <div class="actions result-tools">
            <button type="button" class="secondary" onclick={download}>{ t.download_chart }</button>
            <button type="button" class="secondary" onclick={print}>{ t.print }</button>
        </div>
    }
}
