//! Browser tests: components mounted into a real DOM in headless Chromium
//! (`make test` runs them with wasm-bindgen-test), and the crash screen that
//! a panic leaves behind.
#![cfg(target_arch = "wasm32")]

use gut_skin_check::components::question::{Props, QuestionStep};
use gut_skin_check::components::Language;
use gut_skin_check::locale::EN;
use gut_skin_check::questionnaire::Answer;
use gut_skin_check::web::page::show_crash_screen;
use gut_skin_check::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use yew::Callback;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn fresh_root() -> web_sys::Element {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    root
}

#[wasm_bindgen_test]
async fn the_quiz_starts_on_the_intro_and_moves_to_question_one() {
    let root = fresh_root();
    let app = yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    assert!(root
        .text_content()
        .unwrap()
        .contains("How is your lifestyle treating your gut"));
    let start: web_sys::HtmlElement = root
        .query_selector("button.primary")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    start.click();
    yew::scheduler::flush().await;
    assert!(root.text_content().unwrap().contains("Question 1 of 27"));
    assert_eq!(web_sys::window().unwrap().location().hash().unwrap(), "#q1");
    let focused = document().active_element().unwrap();
    assert_eq!(focused.id(), "step-heading", "focus moves to the question");
    app.destroy();
    let _ = web_sys::window().unwrap().history().unwrap().replace_state_with_url(
        &wasm_bindgen::JsValue::NULL,
        "",
        Some("#"),
    );
}

#[wasm_bindgen_test]
async fn choosing_an_option_calls_back_with_its_number() {
    let root = fresh_root();
    let picked = std::rc::Rc::new(std::cell::Cell::new(None));
    let on_pick = {
        let picked = picked.clone();
        Callback::from(move |option| picked.set(Some(option)))
    };
    let props = Props {
        language: Language(&EN),
        index: 0,
        answer: Some(Answer::One(0)),
        missing: false,
        on_pick,
        on_next: Callback::noop(),
        on_back: Callback::noop(),
    };
    let step = yew::Renderer::<QuestionStep>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    let radios = root.query_selector_all("input[type=radio]").unwrap();
    assert_eq!(radios.length(), 4);
    let third: web_sys::HtmlInputElement = radios.item(2).unwrap().dyn_into().unwrap();
    third.click();
    assert_eq!(picked.get(), Some(2));
    step.destroy();
}

#[wasm_bindgen_test]
fn the_crash_screen_replaces_the_page_with_a_message_and_reload() {
    // A stand-in for the page's body, which also holds the test runner's output.
    let body = fresh_root();
    body.set_inner_html("<main class=\"quiz\"><p>half-drawn quiz</p></main>");
    show_crash_screen(&body, "Something went wrong", "Reload the page.", "Reload").unwrap();
    let screen = body.query_selector("main[role=alert]").unwrap().expect("crash screen");
    assert_eq!(
        screen.query_selector("h1").unwrap().unwrap().text_content().unwrap(),
        "Something went wrong"
    );
    assert_eq!(
        screen
            .query_selector("button")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap(),
        "Reload"
    );
    assert!(!body.text_content().unwrap().contains("half-drawn"));
}
