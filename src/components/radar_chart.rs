use yew::prelude::*;

use crate::locale::Locale;
use crate::radar::{self, Lift};
use crate::scoring::{Axis, Scores};

/// The id of the chart's SVG element, which "Download chart" saves.
pub const CHART_ID: &str = "radar-chart";

/// The radar of lifestyle scores, drawn as inline SVG: rings at 25, 50, 75
/// and 100, one spoke and label per axis, the person's polygon and, in a
/// comparison, the earlier polygon dashed with square points. Colours are set
/// as presentation attributes so a downloaded copy looks the same; the page's
/// stylesheet overrides them for dark mode. `earlier` scores are drawn
/// dashed beneath the current ones.
pub fn radar_chart(t: &'static Locale, scores: &Scores, earlier: Option<&Scores>) -> Html {
    let described = |scores: &Scores| {
        let named: Vec<(&str, u8)> = scores.iter().map(|(axis, value)| (t.axis(axis).name, value)).collect();
        t.chart_description(&named)
    };
    let description = match earlier {
        None => described(scores),
        Some(earlier) => format!("{}: {} {}: {}", t.now, described(scores), t.earlier, described(earlier)),
    };
    let view_box = format!("0 0 {} {}", radar::WIDTH, radar::HEIGHT);
    let cx = radar::tenths(radar::CENTER_X);
    let cy = radar::tenths(radar::CENTER_Y);

    html! {
        <svg id={CHART_ID} class="radar" viewBox={view_box} width={radar::WIDTH.to_string()} height={radar::HEIGHT.to_string()}
            role="img" aria-labelledby="radar-title radar-desc" font-family="system-ui, sans-serif">
            <title id="radar-title">{ t.chart_title }</title>
            <desc id="radar-desc">{ description }</desc>
            <g class="radar-grid" aria-hidden="true" fill="none" stroke="#c9cfcb">
                for value in [25u8, 50, 75, 100] {
                    <polygon class="ring" points={radar::ring(value)} />
                }
                for (i, _) in Axis::ALL.iter().enumerate() {
                    {{
                        let (x, y) = radar::point(i, 100);
                        html! { <line class="spoke" x1={cx.clone()} y1={cy.clone()} x2={radar::tenths(x)} y2={radar::tenths(y)} /> }
                    }}
                }
            </g>
            if let Some(earlier) = earlier {
                <polygon class="radar-shape earlier" points={radar::polygon(earlier)}
                    fill="none" stroke="#4d5854" stroke-width="2" stroke-dasharray="6 4" />
                <g class="radar-points earlier" aria-hidden="true" fill="#4d5854">
                    for (i, (_, value)) in earlier.iter().enumerate() {
                        {{
                            let (x, y) = radar::point(i, value);
                            html! { <rect x={radar::tenths(x - 3.5)} y={radar::tenths(y - 3.5)} width="7" height="7" /> }
                        }}
                    }
                </g>
            }
            <polygon class="radar-shape now" points={radar::polygon(scores)}
                fill="#1f6f5c" fill-opacity="0.28" stroke="#1f6f5c" stroke-width="2.5" />
            <g class="radar-points now" aria-hidden="true" fill="#1f6f5c">
                for (i, (_, value)) in scores.iter().enumerate() {
                    {{
                        let (x, y) = radar::point(i, value);
                        html! { <circle cx={radar::tenths(x)} cy={radar::tenths(y)} r="3.5" /> }
                    }}
                }
            </g>
            // Left to right whatever the page's direction, so "start" and "end"
            // keep pointing away from the chart; the words themselves still
            // run in their own direction.
            <g class="radar-labels" aria-hidden="true" fill="#1d2422" font-size="12.5" font-weight="600" direction="ltr">
                for (i, axis) in Axis::ALL.iter().enumerate() {
                    { label(i, t.axis(*axis).label) }
                }
            </g>
        </svg>
    }
}

/// An axis label of one or more lines (split at `\n`), stacked away from the chart.
fn label(index: usize, text: &'static str) -> Html {
    let place = radar::label_place(index);
    let lines: Vec<&str> = text.split('\n').collect();
    // Line offsets in tenths of an em, so the lines stack upwards above the
    // chart, downwards below it and around the label's point beside it.
    let first_dy: i32 = match place.lift {
        Lift::Above => -12 * (lines.len() as i32 - 1),
        Lift::Centred => 3 - 6 * (lines.len() as i32 - 1),
        Lift::Below => 9,
    };
    let x = radar::tenths(place.x);
    html! {
        <text x={x.clone()} y={radar::tenths(place.y)} text-anchor={place.anchor.as_str()}>
            for (n, line) in lines.iter().enumerate() {
                <tspan x={x.clone()} dy={em(if n == 0 { first_dy } else { 12 })}>{ *line }</tspan>
            }
        </text>
    }
}

fn em(tenths: i32) -> String {
    radar::tenths(tenths as f32 / 10.0) + "em"
}
