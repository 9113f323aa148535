use yew::prelude::*;

use super::qr_code::{draw, qr_code};
use crate::components::Language;
use crate::web;
use crate::web::sharing::Shared;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub language: Language,
    /// The whole share link, answers in its fragment.
    pub url: AttrValue,
}

const LINK_FIELD: &str = "share-link";

/// The result link: a Share button (the system sheet, or the clipboard), the
/// link in a read-only field, a QR code, and a warning that the link holds
/// the answers.
#[component]
pub fn SharePanel(props: &Props) -> Html {
    let t = props.language.0;
    let qr = use_memo(props.url.clone(), |url| draw(url));
    let outcome = use_state(|| None::<Shared>);
    let on_share = {
        let outcome = outcome.clone();
        let url = props.url.clone();
        Callback::from(move |_: MouseEvent| {
            let outcome = outcome.clone();
            let url = url.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let result = web::sharing::share(&url, t.app_name).await;
                if result == Shared::Unavailable {
                    web::sharing::select(LINK_FIELD);
                }
                outcome.set(Some(result));
            });
        })
    };
    let status = match *outcome {
        Some(Shared::Copied) => t.copied,
        Some(Shared::Unavailable) => t.copy_by_hand,
        Some(Shared::Sheet) | None => "",
    };
    let onfocus = Callback::from(|_: FocusEvent| web::sharing::select(LINK_FIELD));

    html! {
        <section class="card share" aria-labelledby="share-title">
            <h2 id="share-title">{ t.share_title }</h2>
            <p class="share-warning">{ t.share_warning }</p>
            <label class="field-label" for={LINK_FIELD}>{ t.link_label }</label>
            <input id={LINK_FIELD} class="link-field" type="text" readonly=true value={props.url.clone()} {onfocus} />
            <div class="actions">
                <button type="button" class="primary" onclick={on_share}>{ t.share_button }</button>
            </div>
            <p class="status" role="status">{ status }</p>
            { qr_code(t, qr.as_ref().as_ref()) }
        </section>
    }
}
