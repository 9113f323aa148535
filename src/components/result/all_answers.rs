use yew::prelude::*;

use crate::locale::Locale;
use crate::questionnaire::{Answers, QUESTIONS};

/// Every question with the answer given, compactly: for the practitioner,
/// on screen and on the printed page.
pub fn all_answers(t: &'static Locale, answers: &Answers) -> Html {
    html! {
        <section class="card all-answers" aria-labelledby="all-answers-title">
            <h2 id="all-answers-title">{ t.all_answers_title }</h2>
            <ol>
                for (i, question) in QUESTIONS.iter().enumerate() {
                    {{
                        let text = t.question(i);
                        let chosen: Vec<&str> = match answers.get(i) {
                            Some(answer) => (0..question.options)
                                .filter(|&o| answer.has(o))
                                .filter_map(|o| text.options.get(usize::from(o)).copied())
                                .collect(),
                            None => Vec::new(),
                        };
                        html! {
                            <li>
                                <span class="q">{ text.prompt }</span>
                                { " " }
                                <strong class="a">{ chosen.join("; ") }</strong>
                            </li>
                        }
                    }}
                }
            </ol>
        </section>
    }
}
