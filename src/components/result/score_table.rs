use yew::prelude::*;

use crate::advice::Level;
use crate::locale::Locale;
use crate::scoring::Scores;

/// The radar's numbers as a table, for screen readers and for anyone who
/// prefers reading. In a comparison, with the `earlier` scores, the table
/// shows both and the change.
pub fn score_table(t: &'static Locale, scores: &Scores, earlier: Option<&Scores>) -> Html {
    html! {
        <table class="scores">
            <caption>{ t.table_caption }</caption>
            <thead>
                <tr>
                    <th scope="col">{ t.factor }</th>
                    if earlier.is_some() {
                        <th scope="col" class="number">{ t.earlier }</th>
                        <th scope="col" class="number">{ t.now }</th>
                        <th scope="col" class="number">{ t.change }</th>
                    } else {
                        <th scope="col" class="number">{ t.score }</th>
                        <th scope="col">{ t.rating }</th>
                    }
                </tr>
            </thead>
            <tbody>
                for (axis, value) in scores.iter() {
                    <tr>
                        <th scope="row">{ t.axis(axis).name }</th>
                        if let Some(earlier) = earlier {
                            <td class="number">{ earlier.of(axis) }</td>
                            <td class="number">{ value }</td>
                            <td class="number">{ change(earlier.of(axis), value) }</td>
                        } else {
                            <td class="number">{ value }</td>
                            <td>{ t.level(Level::of(value)) }</td>
                        }
                    </tr>
                }
            </tbody>
        </table>
    }
}

/// "+12", "−5" (a true minus sign) or "0".
pub fn change(before: u8, after: u8) -> String {
    let delta = i16::from(after) - i16::from(before);
    match delta {
        0 => "0".into(),
        d if d > 0 => format!("+{d}"),
        d => format!("−{}", -d),
    }
}
