use yew::prelude::*;

use super::use_locale;
use crate::advice::Level;
use crate::scoring::Scores;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub scores: Scores,
}

/// The radar's numbers as a table, for screen readers and for anyone who
/// prefers reading.
#[component]
pub fn ScoreTable(props: &Props) -> Html {
    let t = use_locale();
    html! {
        <table class="scores">
            <caption>{ t.table_caption }</caption>
            <thead>
                <tr>
                    <th scope="col">{ t.factor }</th>
                    <th scope="col" class="number">{ t.score }</th>
                    <th scope="col">{ t.rating }</th>
                </tr>
            </thead>
            <tbody>
                for (axis, value) in props.scores.iter() {
                    <tr>
                        <th scope="row">{ t.axis(axis).name }</th>
                        <td class="number">{ value }</td>
                        <td>{ t.level(Level::of(value)) }</td>
                    </tr>
                }
            </tbody>
        </table>
    }
}
