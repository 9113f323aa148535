use yew::prelude::*;

use crate::locale::Locale;

/// A reminder that answers stay on the device, and the control that wipes
/// every trace of them, offered when there are answers, a baseline or a
/// shared result to clear.
pub fn privacy_footer(t: &'static Locale, can_clear: bool, on_clear: &Callback<()>) -> Html {
    let onclick = on_clear.reform(|_: MouseEvent| ());
    html! {
        <footer class="privacy-footer">
            <p>{ t.stays_here }</p>
            if can_clear {
                <button type="button" class="link-button" {onclick}>{ t.clear_answers }</button>
            }
        </footer>
    }
}
