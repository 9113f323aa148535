use yew::prelude::*;

use crate::locale::{Locale, LOCALES};

/// The languages, each named in itself; the current one, `t`, is marked pressed.
pub fn language_switcher(t: &'static Locale, on_choose: &Callback<&'static Locale>) -> Html {
    html! {
        <nav class="languages" aria-label={t.language_label}>
            <ul>
                for &locale in LOCALES {
                    {{
                        let onclick = on_choose.reform(move |_: MouseEvent| locale);
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
