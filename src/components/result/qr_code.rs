use qrcode::{Color, QrCode as Matrix};
use yew::prelude::*;

use crate::locale::Locale;

/// Modules of white border around the code, as scanners expect.
const QUIET_ZONE: usize = 4;

/// A drawn QR code: its side in modules, border included, and the dark
/// modules as one SVG path.
#[derive(PartialEq)]
pub struct Drawn {
    size: usize,
    path: String,
}

/// Draws `text` as a QR code; `None` if it is too long for one.
pub fn draw(text: &str) -> Option<Drawn> {
    let code = Matrix::new(text.as_bytes()).ok()?;
    let width = code.width();
    let mut path = String::new();
    for (i, color) in code.to_colors().into_iter().enumerate() {
        if color == Color::Dark {
            path.push('M');
            path.push_str(&(i % width + QUIET_ZONE).to_string());
            path.push(' ');
            path.push_str(&(i / width + QUIET_ZONE).to_string());
            path.push_str("h1v1h-1z");
        }
    }
    Some(Drawn {
        size: width + 2 * QUIET_ZONE,
        path,
    })
}

/// A QR code drawn by [`draw`], as one SVG path: dark modules on white, even
/// in dark mode, so any phone camera can read it.
pub fn qr_code(t: &'static Locale, drawn: Option<&Drawn>) -> Html {
    let Some(Drawn { size, path }) = drawn else {
        return html! {};
    };
    let size = size.to_string();
    html! {
        <figure class="qr">
            <svg viewBox={format!("0 0 {size} {size}")} role="img" aria-label={t.qr_label} shape-rendering="crispEdges">
                <rect width={size.clone()} height={size} fill="#ffffff" />
                <path d={path.clone()} fill="#000000" />
            </svg>
            <figcaption>{ t.qr_caption }</figcaption>
        </figure>
    }
}
