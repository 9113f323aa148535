//! Draws the English intro as static HTML, so `index.html` can paint it
//! before the WebAssembly has arrived (`make build` puts it in the page; the
//! quiz replaces it in the same frame once it runs). The same components as
//! the live intro draw it, so the two cannot drift apart.

use gut_skin_check::components::app::page;
use gut_skin_check::components::intro::{intro_screen, Intro};
use gut_skin_check::components::privacy_footer::privacy_footer;
use gut_skin_check::locale::EN;
use yew::{Callback, Html, LocalServerRenderer};

#[yew::component]
fn StaticIntro() -> Html {
    let nothing = Callback::noop();
    let body = intro_screen(
        &EN,
        Intro {
            has_answers: false,
            cleared: false,
            expired: false,
            on_start: &nothing,
            on_restart: &nothing,
        },
    );
    let footer = privacy_footer(&EN, false, &nothing);
    page(&EN, None, Some(Callback::noop()), body, footer)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let markup = LocalServerRenderer::<StaticIntro>::new()
        .hydratable(false)
        .render()
        .await;
    print!("{markup}");
}
