//! Draws the English intro as static HTML, so `index.html` can paint it
//! before the WebAssembly has arrived (`make build` puts it in the page; the
//! quiz replaces it in the same frame once it runs). The same components as
//! the live intro draw it, so the two cannot drift apart.

use gut_skin_check::components::app::page;
use gut_skin_check::components::intro_screen::IntroScreen;
use gut_skin_check::components::privacy_footer::PrivacyFooter;
use gut_skin_check::components::Language;
use gut_skin_check::locale::EN;
use yew::{html, Callback, ContextProvider, Html, LocalServerRenderer};

#[yew::component]
fn StaticIntro() -> Html {
    let body = html! { <IntroScreen has_answers=false cleared=false on_start={Callback::noop()} on_restart={Callback::noop()} /> };
    let footer = html! { <PrivacyFooter can_clear=false on_clear={Callback::noop()} /> };
    html! {
        <ContextProvider<Language> context={Language(&EN)}>
            { page(&EN, None, Some(Callback::noop()), body, footer) }
        </ContextProvider<Language>>
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let markup = LocalServerRenderer::<StaticIntro>::new()
        .hydratable(false)
        .render()
        .await;
    print!("{markup}");
}
