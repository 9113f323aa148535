use yew::prelude::*;

/// One answer: a real radio button or checkbox with its label, as large as
/// a finger. `group` is the inputs' name, one per question; `multiple` makes
/// it a checkbox of a multiple-choice question.
pub fn answer_option(
    group: &'static str,
    option: u8,
    label: &'static str,
    multiple: bool,
    checked: bool,
    invalid: bool,
    on_pick: &Callback<u8>,
) -> Html {
    let onchange = on_pick.reform(move |_: Event| option);
    let input = html! {
            <input
                type={if multiple { "checkbox" } else { "radio" }}
                name={group}
                value={option.to_string()}
                {checked}
                aria-invalid={invalid.then_some("true")}
                {onchange}
            />
    };
    // Literal class names: Yew then writes them as they are, without a class set.
    if checked {
        html! { <label class="option chosen">{ input }<span>{ label }</span></label> }
    } else {
        html! { <label class="option">{ input }<span>{ label }</span></label> }
    }
}
