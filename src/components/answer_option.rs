use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The input's group name (one per question).
    pub group: AttrValue,
    pub option: u8,
    pub label: AttrValue,
    /// A checkbox of a multiple-choice question rather than a radio.
    pub multiple: bool,
    pub checked: bool,
    pub invalid: bool,
    pub on_pick: Callback<u8>,
}

/// One answer: a real radio button or checkbox with its label, as large as
/// a finger.
#[component]
pub fn AnswerOption(props: &Props) -> Html {
    let option = props.option;
    let onchange = props.on_pick.reform(move |_: Event| option);
    html! {
        <label class={classes!("option", props.checked.then_some("chosen"))}>
            <input
                type={if props.multiple { "checkbox" } else { "radio" }}
                name={props.group.clone()}
                value={option.to_string()}
                checked={props.checked}
                aria-invalid={props.invalid.then_some("true")}
                {onchange}
            />
            <span>{ props.label.clone() }</span>
        </label>
    }
}
