//! A clinic's accent colour turned into the colours the quiz paints with,
//! each checked for contrast (WCAG 2.2 AA: 4.5:1 for text) in the light and
//! the dark theme. The accent is darkened or lightened only as far as needed.

use crate::config::{hex, Rgb};

/// The page backgrounds of the two themes (as in `styles/app.css`).
pub const LIGHT_BG: Rgb = Rgb(0xf7, 0xf5, 0xf1);
pub const DARK_BG: Rgb = Rgb(0x12, 0x17, 0x15);
const WHITE: Rgb = Rgb(255, 255, 255);
const BLACK: Rgb = Rgb(0, 0, 0);
/// Text contrast for WCAG AA.
pub const TEXT_CONTRAST: f32 = 4.5;

/// The colours for one theme.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Palette {
    /// The accent as links, headings and button backgrounds; readable on the page.
    pub accent: Rgb,
    /// Text on an accent background: black or white, whichever reads better.
    pub on_accent: Rgb,
    /// A soft tint for chosen answers.
    pub soft: Rgb,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Theme {
    pub light: Palette,
    pub dark: Palette,
}

impl Theme {
    pub fn from_accent(accent: Rgb) -> Theme {
        Theme {
            light: palette(accent, LIGHT_BG, BLACK),
            dark: palette(accent, DARK_BG, WHITE),
        }
    }

    /// CSS custom properties, as (name, value) pairs, that `styles/app.css`
    /// reads in place of its own accent colours.
    pub fn custom_properties(&self) -> [(&'static str, String); 6] {
        [
            ("--brand-light", hex(self.light.accent)),
            ("--brand-light-text", hex(self.light.on_accent)),
            ("--brand-light-soft", hex(self.light.soft)),
            ("--brand-dark", hex(self.dark.accent)),
            ("--brand-dark-text", hex(self.dark.on_accent)),
            ("--brand-dark-soft", hex(self.dark.soft)),
        ]
    }
}

/// Moves `accent` towards `toward` in small steps until it reads on `bg`.
fn palette(accent: Rgb, bg: Rgb, toward: Rgb) -> Palette {
    let mut ink = accent;
    for step in 1..=20 {
        if contrast(ink, bg) >= TEXT_CONTRAST {
            break;
        }
        ink = mix(accent, toward, step as f32 / 20.0);
    }
    let on_accent = if contrast(ink, WHITE) >= contrast(ink, BLACK) {
        WHITE
    } else {
        BLACK
    };
    Palette {
        accent: ink,
        on_accent,
        soft: mix(ink, bg, 0.85),
    }
}

fn mix(a: Rgb, b: Rgb, t: f32) -> Rgb {
    let m = |x: u8, y: u8| (f32::from(x) + (f32::from(y) - f32::from(x)) * t).round() as u8;
    Rgb(m(a.0, b.0), m(a.1, b.1), m(a.2, b.2))
}

/// Relative luminance (WCAG 2).
pub fn luminance(Rgb(r, g, b): Rgb) -> f32 {
    let channel = |c: u8| {
        let c = f32::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            pow_2_4((c + 0.055) / 1.055)
        }
    };
    0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

/// `x` to the power 2.4, for `x` in 0.09..=1 (the part of the sRGB curve
/// that is not a straight line): the fifth root of `x`¹², by Newton's method
/// from `x`², which lies above it. Small and ours, where the standard `powf`
/// would bring its general-purpose code to every phone.
fn pow_2_4(x: f32) -> f32 {
    let x4 = x * x * x * x;
    let x12 = x4 * x4 * x4;
    let mut y = x * x;
    for _ in 0..8 {
        let y2 = y * y;
        y = 0.8 * y + 0.2 * x12 / (y2 * y2);
    }
    y
}

/// Contrast ratio (WCAG 2), 1 to 21.
pub fn contrast(a: Rgb, b: Rgb) -> f32 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_srgb_curve_matches_the_standard_power() {
        for c in 11..=255u8 {
            let x = (f32::from(c) / 255.0 + 0.055) / 1.055;
            let (ours, standard) = (pow_2_4(x), x.powf(2.4));
            assert!((ours - standard).abs() <= standard * 1e-5, "{c}: {ours} vs {standard}");
        }
    }

    #[test]
    fn contrast_of_known_pairs() {
        assert!((contrast(BLACK, WHITE) - 21.0).abs() < 0.01);
        assert!((contrast(WHITE, WHITE) - 1.0).abs() < 0.001);
        // #767676 on white is the classic just-passing grey.
        assert!(contrast(Rgb(0x76, 0x76, 0x76), WHITE) >= 4.5);
    }

    #[test]
    fn every_accent_gives_readable_text_in_both_themes() {
        // A coarse sweep of the whole colour cube, including the hard cases:
        // white, black, pure yellow, mid greys.
        for r in (0..=255).step_by(51) {
            for g in (0..=255).step_by(51) {
                for b in (0..=255).step_by(51) {
                    let theme = Theme::from_accent(Rgb(r, g, b));
                    for (palette, bg) in [(theme.light, LIGHT_BG), (theme.dark, DARK_BG)] {
                        assert!(contrast(palette.accent, bg) >= TEXT_CONTRAST, "{r},{g},{b} on {bg:?}");
                        assert!(
                            contrast(palette.on_accent, palette.accent) >= TEXT_CONTRAST,
                            "{r},{g},{b} button text"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn a_readable_accent_is_kept_as_it_is() {
        let navy = Rgb(0x1a, 0x3a, 0x6b);
        let theme = Theme::from_accent(navy);
        assert_eq!(theme.light.accent, navy);
        assert_eq!(theme.light.on_accent, WHITE);
        assert_ne!(theme.dark.accent, navy, "navy is too dark on the dark background");
    }

    #[test]
    fn custom_properties_are_hex_colours() {
        for (name, value) in Theme::from_accent(Rgb(0xff, 0xcc, 0x00)).custom_properties() {
            assert!(name.starts_with("--brand-"));
            assert!(value.len() == 7 && value.starts_with('#'), "{name}: {value}");
        }
    }
}
