use yew::prelude::*;

use super::use_locale;
use crate::radar::{self, Lift};
use crate::scoring::{Axis, Scores};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub scores: Scores,
}

/// The radar of lifestyle scores, drawn as inline SVG: rings at 25, 50, 75
/// and 100, one spoke and label per axis, and the person's polygon.
#[component]
pub fn RadarChart(props: &Props) -> Html {
    let t = use_locale();
    let named: Vec<(&str, u8)> = props.scores.iter().map(|(axis, value)| (t.axis(axis).name, value)).collect();
    let description = (t.chart_description)(&named);
    let view_box = format!("0 0 {} {}", radar::WIDTH, radar::HEIGHT);
    let cx = radar::tenths(radar::CENTER_X);
    let cy = radar::tenths(radar::CENTER_Y);

    html! {
        <svg class="radar" viewBox={view_box} role="img" aria-labelledby="radar-title radar-desc">
            <title id="radar-title">{ t.chart_title }</title>
            <desc id="radar-desc">{ description }</desc>
            <g class="radar-grid" aria-hidden="true">
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
            <polygon class="radar-shape" points={radar::polygon(&props.scores)} />
            <g class="radar-points" aria-hidden="true">
                for (i, (_, value)) in props.scores.iter().enumerate() {
                    {{
                        let (x, y) = radar::point(i, value);
                        html! { <circle cx={radar::tenths(x)} cy={radar::tenths(y)} r="3.5" /> }
                    }}
                }
            </g>
            <g class="radar-labels" aria-hidden="true">
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
