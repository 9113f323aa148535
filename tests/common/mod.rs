//! Helpers shared by the host render tests (as Yew keeps its own in
//! `packages/yew/tests/common/mod.rs`). Each test file uses some of them.
#![allow(dead_code)]

use gut_skin_check::questionnaire::{Answers, Kind, QUESTIONS};
use yew::{BaseComponent, Html, LocalServerRenderer, Properties};

/// Every question answered with option `pick(question)`, or its last option
/// where it has fewer; multiple-choice questions tick that one option.
pub fn answers_with(pick: impl Fn(usize) -> u8) -> Answers {
    let mut a = Answers::default();
    for (i, q) in QUESTIONS.iter().enumerate() {
        let option = pick(i).min(q.options - 1);
        match q.kind {
            Kind::Single => assert!(a.choose(i, option)),
            Kind::Multiple { .. } => assert!(a.toggle(i, option)),
        }
    }
    a
}

/// A component's markup, as Yew's server renderer writes it.
pub async fn render<C: BaseComponent>(props: C::Properties) -> String {
    LocalServerRenderer::<C>::with_props(props)
        .hydratable(false)
        .render()
        .await
}

#[derive(Properties, PartialEq)]
pub struct PartProps {
    pub part: Html,
}

/// Shows one screen, or one part of it, drawn by a plain function.
#[yew::component]
pub fn Part(props: &PartProps) -> Html {
    props.part.clone()
}

/// The markup of a screen or part drawn by a plain function.
pub async fn render_part(part: Html) -> String {
    render::<Part>(PartProps { part }).await
}
