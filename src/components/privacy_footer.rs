use yew::prelude::*;

use super::use_locale;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// There are answers, a baseline or a shared result to clear.
    pub can_clear: bool,
    pub on_clear: Callback<()>,
}

/// A reminder that answers stay on the device, and the control that wipes
/// every trace of them.
#[component]
pub fn PrivacyFooter(props: &Props) -> Html {
    let t = use_locale();
    let onclick = props.on_clear.reform(|_: MouseEvent| ());
    html! {
        <footer class="privacy-footer">
            <p>{ t.stays_here }</p>
            if props.can_clear {
                <button type="button" class="link-button" {onclick}>{ t.clear_answers }</button>
            }
        </footer>
    }
}
