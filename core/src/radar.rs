//! Geometry of the radar chart: where each spoke, ring, point and label
//! goes in the SVG's own coordinates. Plain arithmetic, drawn by
//! `src/components/result/radar_chart.rs` in the app.

use crate::scoring::{Scores, AXIS_COUNT};

pub const WIDTH: i32 = 360;
pub const HEIGHT: i32 = 300;
pub const CENTER_X: f32 = 180.0;
pub const CENTER_Y: f32 = 150.0;
/// The radius of a score of 100.
pub const RADIUS: f32 = 88.0;
/// How far beyond the outer ring labels start.
const LABEL_GAP: f32 = 10.0;

/// Where a label sits and which way its text runs from there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    pub fn as_str(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LabelPlace {
    pub x: f32,
    pub y: f32,
    pub anchor: Anchor,
    pub lift: Lift,
}

/// Which way a label stacks its lines from (x, y).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lift {
    /// Above the chart: the last line sits on y.
    Above,
    /// Beside the chart: the lines are centred on y.
    Centred,
    /// Below the chart: the first line hangs from y.
    Below,
}

/// The direction of spoke `index`: clockwise from straight up.
fn direction(index: usize) -> (f32, f32) {
    let angle = -std::f32::consts::FRAC_PI_2 + std::f32::consts::TAU * index as f32 / AXIS_COUNT as f32;
    cos_sin(angle)
}

/// Cosine and sine, to within 1e-6: the angle is brought within a quarter
/// turn of a multiple of a right angle, where a short series is exact enough.
/// Small and ours, where the standard ones would bring several kilobytes of
/// general-purpose code to every phone.
fn cos_sin(angle: f32) -> (f32, f32) {
    use std::f32::consts::FRAC_PI_2;
    let quarter = (angle / FRAC_PI_2 + 0.5).floor();
    let x = angle - quarter * FRAC_PI_2;
    let x2 = x * x;
    let sin = x * (1.0 - x2 / 6.0 * (1.0 - x2 / 20.0 * (1.0 - x2 / 42.0 * (1.0 - x2 / 72.0))));
    let cos = 1.0 - x2 / 2.0 * (1.0 - x2 / 12.0 * (1.0 - x2 / 30.0 * (1.0 - x2 / 56.0)));
    match (quarter as i32).rem_euclid(4) {
        0 => (cos, sin),
        1 => (-sin, cos),
        2 => (-cos, -sin),
        _ => (sin, -cos),
    }
}

/// The point of `value` (0–100) on spoke `index`.
pub fn point(index: usize, value: u8) -> (f32, f32) {
    let (dx, dy) = direction(index);
    let r = RADIUS * f32::from(value.min(100)) / 100.0;
    (CENTER_X + dx * r, CENTER_Y + dy * r)
}

/// An SVG `points` list, coordinates to a tenth.
pub fn points_of(values: impl IntoIterator<Item = u8>) -> String {
    let mut out = String::new();
    for (i, value) in values.into_iter().enumerate() {
        let (x, y) = point(i, value);
        if i > 0 {
            out.push(' ');
        }
        push_tenths(&mut out, x);
        out.push(',');
        push_tenths(&mut out, y);
    }
    out
}

/// The person's polygon.
pub fn polygon(scores: &Scores) -> String {
    points_of(scores.iter().map(|(_, v)| v))
}

/// A ring at `value` on every spoke.
pub fn ring(value: u8) -> String {
    points_of(std::iter::repeat_n(value, AXIS_COUNT))
}

pub fn label_place(index: usize) -> LabelPlace {
    let (dx, dy) = direction(index);
    let r = RADIUS + LABEL_GAP;
    let anchor = if dx > 0.1 {
        Anchor::Start
    } else if dx < -0.1 {
        Anchor::End
    } else {
        Anchor::Middle
    };
    let lift = if dy < -0.5 {
        Lift::Above
    } else if dy > 0.5 {
        Lift::Below
    } else {
        Lift::Centred
    };
    LabelPlace {
        x: CENTER_X + dx * r,
        y: CENTER_Y + dy * r,
        anchor,
        lift,
    }
}

/// The lines of an axis label (split at `\n`), each with its offset in ems
/// from the line before (from the label's point for the first), so that the
/// lines stack upwards above the chart, downwards below it and around the
/// label's point beside it.
pub fn label_lines(lift: Lift, text: &str) -> Vec<(f32, &str)> {
    let lines: Vec<&str> = text.split('\n').collect();
    let count = lines.len() as i32;
    // In tenths of an em, then ems.
    let first_dy = match lift {
        Lift::Above => -12 * (count - 1),
        Lift::Centred => 3 - 6 * (count - 1),
        Lift::Below => 9,
    };
    lines
        .into_iter()
        .enumerate()
        .map(|(n, line)| (if n == 0 { first_dy } else { 12 } as f32 / 10.0, line))
        .collect()
}

/// A number with one decimal, written without the float formatting machinery.
pub fn tenths(v: f32) -> String {
    let mut s = String::new();
    push_tenths(&mut s, v);
    s
}

fn push_tenths(out: &mut String, v: f32) {
    let t = (v * 10.0).round() as i32;
    if t < 0 {
        out.push('-');
    }
    let t = t.unsigned_abs();
    out.push_str(&(t / 10).to_string());
    if !t.is_multiple_of(10) {
        out.push('.');
        out.push(char::from(b'0' + (t % 10) as u8));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn label_lines_stack_away_from_the_chart() {
        assert_eq!(label_lines(Lift::Below, "Sleep"), [(0.9, "Sleep")]);
        assert_eq!(
            label_lines(Lift::Below, "Plant\nvariety"),
            [(0.9, "Plant"), (1.2, "variety")]
        );
        assert_eq!(
            label_lines(Lift::Above, "Plant\nvariety"),
            [(-1.2, "Plant"), (1.2, "variety")]
        );
        assert_eq!(label_lines(Lift::Centred, "Sleep"), [(0.3, "Sleep")]);
        assert_eq!(
            label_lines(Lift::Centred, "Plant\nvariety"),
            [(-0.3, "Plant"), (1.2, "variety")]
        );
    }

    fn parse(points: &str) -> Vec<(f32, f32)> {
        points
            .split(' ')
            .map(|p| {
                let (x, y) = p.split_once(',').unwrap();
                (x.parse().unwrap(), y.parse().unwrap())
            })
            .collect()
    }

    #[test]
    fn cosine_and_sine_match_the_standard_ones() {
        for step in -2000..=2000 {
            let angle = step as f32 / 250.0;
            let (cos, sin) = cos_sin(angle);
            assert!(
                (cos - angle.cos()).abs() < 1e-6,
                "cos {angle}: {cos} vs {}",
                angle.cos()
            );
            assert!(
                (sin - angle.sin()).abs() < 1e-6,
                "sin {angle}: {sin} vs {}",
                angle.sin()
            );
        }
    }

    #[test]
    fn tenths_are_written_plainly() {
        assert_eq!(tenths(170.0), "170");
        assert_eq!(tenths(12.345), "12.3");
        assert_eq!(tenths(-0.06), "-0.1");
        assert_eq!(tenths(0.04), "0");
        assert_eq!(tenths(99.96), "100");
    }

    #[test]
    fn first_spoke_points_up_and_values_scale_with_the_radius() {
        assert_eq!(point(0, 100), (CENTER_X, CENTER_Y - RADIUS));
        assert_eq!(point(3, 0), (CENTER_X, CENTER_Y));
        let (x, y) = point(5, 50);
        assert!((x - CENTER_X).abs() < 0.01 && (y - (CENTER_Y + RADIUS / 2.0)).abs() < 0.01);
    }

    #[test]
    fn polygon_values_can_be_read_back_from_the_drawing() {
        let values = [0u8, 7, 25, 33, 50, 64, 75, 88, 99, 100];
        for (i, (x, y)) in parse(&points_of(values)).into_iter().enumerate() {
            let read = ((x - CENTER_X).hypot(y - CENTER_Y) / RADIUS * 100.0).round() as u8;
            assert_eq!(read, values[i]);
        }
    }

    #[test]
    fn labels_sit_outside_the_chart_and_inside_the_picture() {
        for i in 0..AXIS_COUNT {
            let p = label_place(i);
            assert!((p.x - CENTER_X).hypot(p.y - CENTER_Y) > RADIUS);
            assert!(p.x > 0.0 && p.x < WIDTH as f32 && p.y > 0.0 && p.y < HEIGHT as f32);
        }
        assert_eq!(label_place(0).anchor, Anchor::Middle);
        assert_eq!(label_place(0).lift, Lift::Above);
        assert_eq!(label_place(2).anchor, Anchor::Start);
        assert_eq!(label_place(7).anchor, Anchor::End);
        assert_eq!(label_place(5).lift, Lift::Below);
    }
}
