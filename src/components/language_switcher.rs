use yew::prelude::*;

use super::use_locale;
use crate::locale::{Locale, LOCALES};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub on_choose: Callback<&'static Locale>,
}

/// The languages, each named in itself; the current one is marked pressed.
#[component]
pub fn LanguageSwitcher(props: &Props) -> Html {
    let t = use_locale();
    html! {
        <nav class="languages" aria-label={t.language_label}>
            <ul>
                for &locale in LOCALES {
                    {{
                        let onclick = props.on_choose.reform(move |_: MouseEvent| locale);
                        let current = std::ptr::eq(locale, t);
                        html! {
                            <li>
                                <button type="button" class="language" lang={locale.lang}
                                    aria-pressed={if current { "true" } else { "false" }} {onclick}>
                                    { locale.name }
                                </button>
                            </li>
                        }
                    }}
                }
            </ul>
        </nav>
    }
}
