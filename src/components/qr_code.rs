use qrcode::{Color, QrCode as Matrix};
use yew::prelude::*;

use super::use_locale;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub text: AttrValue,
}

/// Modules of white border around the code, as scanners expect.
const QUIET_ZONE: usize = 4;

/// A QR code of `text`, drawn as one SVG path: dark modules on white, even
/// in dark mode, so any phone camera can read it.
#[component]
pub fn QrCode(props: &Props) -> Html {
    let t = use_locale();
    let drawn = use_memo(props.text.clone(), |text| {
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
        Some((width + 2 * QUIET_ZONE, path))
    });
    let Some((size, path)) = drawn.as_ref() else {
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
