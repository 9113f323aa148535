//! Prints the lifestyle scores for an answer set, one `name<TAB>score` line
//! per axis in radar order. The end-to-end tests compare what the page draws
//! with this, the scoring module's own verdict.
//!
//! Usage: cargo run --example score -- <answers in session-storage form>

use gut_skin_check::locale::EN;
use gut_skin_check::questionnaire::Answers;
use gut_skin_check::scoring::score;

fn main() {
    let arg = std::env::args().nth(1).unwrap_or_default();
    let Some(answers) = Answers::from_compact(&arg) else {
        eprintln!("not an answer set for this questionnaire: {arg:?}");
        std::process::exit(2);
    };
    for (axis, value) in score(&answers).iter() {
        println!("{}\t{}", EN.axis(axis).name, value);
    }
}
