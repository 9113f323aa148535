use yew::prelude::*;

use crate::locale::Locale;
use crate::radar;
use crate::scoring::{Axis, Scores};

/// The chart's colours as written into its SVG, so that a downloaded file
/// looks like the page without its stylesheet; on the page, the stylesheet's
/// custom properties (`--accent`, `--chart-grid`, …) paint over them, so a
/// clinic's colours apply. The legend uses the same values.
pub const NOW_COLOUR: &str = "#1f6f5c";
pub const EARLIER_COLOUR: &str = "#4d5854";
const GRID_COLOUR: &str = "#c9cfcb";
const LABEL_COLOUR: &str = "#1d2422";

/// The id of the chart's SVG element, which "Download chart" saves.
pub const CHART_ID: &str = "radar-chart";

/// The radar of lifestyle scores, drawn as inline SVG: rings at 25, 50, 75
/// and 100, one spoke and label per axis, the person's polygon and, in a
/// comparison, the earlier polygon dashed with square points. Colours are set
/// as presentation attributes so a downloaded copy looks the same; the page's
/// stylesheet overrides them for dark mode. `earlier` scores are drawn
/// dashed beneath the current ones.
///
/// The SVG is written as one piece of markup, which the browser builds in a
/// single step: on a slow phone that is several times quicker than creating
/// its hundred-odd elements one by one. Every word in it is escaped.
pub fn radar_chart(t: &'static Locale, scores: &Scores, earlier: Option<&Scores>) -> Html {
    Html::from_html_unchecked(AttrValue::from(radar_svg(t, scores, earlier)))
}

/// The chart's markup; see [`radar_chart`].
fn radar_svg(t: &'static Locale, scores: &Scores, earlier: Option<&Scores>) -> String {
    let described = |scores: &Scores| {
        let named: Vec<(&str, u8)> = scores.iter().map(|(axis, value)| (t.axis(axis).name, value)).collect();
        t.chart_description(&named)
    };
    let description = match earlier {
        None => described(scores),
        Some(earlier) => format!("{}: {} {}: {}", t.now, described(scores), t.earlier, described(earlier)),
    };
    let (cx, cy) = (radar::tenths(radar::CENTER_X), radar::tenths(radar::CENTER_Y));
    let mut svg = String::with_capacity(4096);
    let mut put = |parts: &[&str]| parts.iter().for_each(|part| svg.push_str(part));

    let (width, height) = (radar::WIDTH.to_string(), radar::HEIGHT.to_string());
    put(&[
        r#"<svg id=""#,
        CHART_ID,
        r#"" class="radar" viewBox="0 0 "#,
        &width,
        " ",
        &height,
    ]);
    put(&[r#"" width=""#, &width, r#"" height=""#, &height, r#"" role="img""#]);
    put(&[r#" aria-labelledby="radar-title radar-desc" font-family="system-ui, sans-serif">"#]);
    put(&[r#"<title id="radar-title">"#, &escape(t.chart_title), "</title>"]);
    put(&[r#"<desc id="radar-desc">"#, &escape(&description), "</desc>"]);

    put(&[
        r#"<g class="radar-grid" aria-hidden="true" fill="none" stroke=""#,
        GRID_COLOUR,
        r#"">"#,
    ]);
    for value in [25u8, 50, 75, 100] {
        put(&[r#"<polygon class="ring" points=""#, &radar::ring(value), r#""/>"#]);
    }
    for i in 0..Axis::ALL.len() {
        let (x, y) = radar::point(i, 100);
        put(&[r#"<line class="spoke" x1=""#, &cx, r#"" y1=""#, &cy]);
        put(&[r#"" x2=""#, &radar::tenths(x), r#"" y2=""#, &radar::tenths(y), r#""/>"#]);
    }
    put(&["</g>"]);

    if let Some(earlier) = earlier {
        put(&[
            r#"<polygon class="radar-shape earlier" points=""#,
            &radar::polygon(earlier),
        ]);
        put(&[
            r#"" fill="none" stroke=""#,
            EARLIER_COLOUR,
            r#"" stroke-width="2" stroke-dasharray="6 4"/>"#,
        ]);
        put(&[
            r#"<g class="radar-points earlier" aria-hidden="true" fill=""#,
            EARLIER_COLOUR,
            r#"">"#,
        ]);
        for (i, (_, value)) in earlier.iter().enumerate() {
            let (x, y) = radar::point(i, value);
            put(&[
                r#"<rect x=""#,
                &radar::tenths(x - 3.5),
                r#"" y=""#,
                &radar::tenths(y - 3.5),
            ]);
            put(&[r#"" width="7" height="7"/>"#]);
        }
        put(&["</g>"]);
    }

    put(&[r#"<polygon class="radar-shape now" points=""#, &radar::polygon(scores)]);
    put(&[
        r#"" fill=""#,
        NOW_COLOUR,
        r#"" fill-opacity="0.28" stroke=""#,
        NOW_COLOUR,
        r#"" stroke-width="2.5"/>"#,
    ]);
    put(&[
        r#"<g class="radar-points now" aria-hidden="true" fill=""#,
        NOW_COLOUR,
        r#"">"#,
    ]);
    for (i, (_, value)) in scores.iter().enumerate() {
        let (x, y) = radar::point(i, value);
        put(&[
            r#"<circle cx=""#,
            &radar::tenths(x),
            r#"" cy=""#,
            &radar::tenths(y),
            r#"" r="3.5"/>"#,
        ]);
    }
    put(&["</g>"]);

    // Left to right whatever the page's direction, so "start" and "end" keep
    // pointing away from the chart; the words themselves still run in their
    // own direction.
    put(&[
        r#"<g class="radar-labels" aria-hidden="true" fill=""#,
        LABEL_COLOUR,
        r#"" font-size="12.5" font-weight="600" direction="ltr">"#,
    ]);
    for (i, axis) in Axis::ALL.iter().enumerate() {
        label(&mut put, i, t.axis(*axis).label);
    }
    put(&["</g></svg>"]);
    svg
}

/// An axis label of one or more lines (split at `\n`), stacked away from the chart.
fn label(put: &mut impl FnMut(&[&str]), index: usize, text: &str) {
    let place = radar::label_place(index);
    let x = radar::tenths(place.x);
    put(&[r#"<text x=""#, &x, r#"" y=""#, &radar::tenths(place.y)]);
    put(&[r#"" text-anchor=""#, place.anchor.as_str(), r#"">"#]);
    for (dy, line) in radar::label_lines(place.lift, text) {
        let dy = radar::tenths(dy);
        put(&[
            r#"<tspan x=""#,
            &x,
            r#"" dy=""#,
            &dy,
            r#"em">"#,
            &escape(line),
            "</tspan>",
        ]);
    }
    put(&["</text>"]);
}

/// Text made safe inside markup, as element content or a quoted attribute.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}
