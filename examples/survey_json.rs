//! The same questionnaire, in English, as a SurveyJS survey plus the scoring
//! table, for the benchmark's peer page (bench/peer/): the peer asks exactly
//! our questions and scores exactly our way. Written as a script that sets
//! `window.QUIZ`.

use gut_skin_check::locale::EN;
use gut_skin_check::questionnaire::{Kind, QUESTIONS};
use gut_skin_check::scoring::Axis;

fn string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '<' => out.push_str("\\u003c"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn main() {
    let mut pages = Vec::new();
    let mut scoring = Vec::new();
    for (i, question) in QUESTIONS.iter().enumerate() {
        let text = EN.question(i);
        let choices: Vec<String> = text
            .options
            .iter()
            .enumerate()
            .map(|(value, label)| format!("{{\"value\":{value},\"text\":{}}}", string(label)))
            .collect();
        let kind = match question.kind {
            Kind::Single => "radiogroup",
            Kind::Multiple { .. } => "checkbox",
        };
        pages.push(format!(
            "{{\"elements\":[{{\"type\":\"{kind}\",\"name\":{},\"title\":{},\"description\":{},\"isRequired\":true,\"choices\":[{}]}}]}}",
            string(question.id()),
            string(text.prompt),
            string(text.hint),
            choices.join(",")
        ));
        if let Some(c) = question.scores {
            let points: Vec<String> = c.points.iter().map(u8::to_string).collect();
            scoring.push(format!(
                "{{\"question\":{},\"axis\":{},\"weight\":{},\"points\":[{}]}}",
                string(question.id()),
                c.axis.index(),
                c.weight,
                points.join(",")
            ));
        }
    }
    let axes: Vec<String> = Axis::ALL.iter().map(|&a| string(EN.axis(a).name)).collect();
    println!(
        "window.QUIZ = {{\"survey\":{{\"title\":{},\"showProgressBar\":\"top\",\"showQuestionNumbers\":\"off\",\"completeText\":{},\"pages\":[{}]}},\"axes\":[{}],\"scoring\":[{}]}};",
        string(EN.app_name),
        string(EN.see_result),
        pages.join(","),
        axes.join(","),
        scoring.join(",")
    );
}
