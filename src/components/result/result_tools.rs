use yew::prelude::*;

use super::radar_chart::CHART_ID;
use crate::locale::Locale;
use crate::web;

/// Download the chart as an SVG file, or print the result (and so save it as
/// a PDF). Neither makes a request.
pub fn result_tools(t: &'static Locale) -> Html {
    let download = Callback::from(|_: MouseEvent| {
        let _ = web::sharing::download_svg(CHART_ID, "gut-skin-check.svg");
    });
    let print = Callback::from(|_: MouseEvent| web::sharing::print());
    html! {
        <div class="actions result-tools">
            <button type="button" class="secondary" onclick={download}>{ t.download_chart }</button>
            <button type="button" class="secondary" onclick={print}>{ t.print }</button>
        </div>
    }
}
