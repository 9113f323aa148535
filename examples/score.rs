//! The scoring module and the share-link writer on the command line, for the
//! end-to-end tests to compare the page with.
//!
//! `cargo run --example score -- <answers>` prints `name<TAB>score` per axis
//! in radar order; `cargo run --example score -- <answers> --link` prints the
//! share-link fragment (`#r=…`) for those answers. Answers are given in the
//! session-storage form (`Answers::to_compact`).

use gut_skin_check::locale::EN;
use gut_skin_check::questionnaire::Answers;
use gut_skin_check::route::share_fragment;
use gut_skin_check::scoring::score;
use gut_skin_check::share_link::{ShareLink, Taken};

fn main() {
    let mut args = std::env::args().skip(1);
    let text = args.next().unwrap_or_default();
    let Some(answers) = Answers::from_compact(&text) else {
        eprintln!("not an answer set for this questionnaire: {text:?}");
        std::process::exit(2);
    };
    if args.next().as_deref() == Some("--link") {
        match share_fragment(&ShareLink::single(Taken::new(answers, None))) {
            Some(fragment) => println!("{fragment}"),
            None => {
                eprintln!("a share link needs every question answered");
                std::process::exit(2);
            }
        }
        return;
    }
    for (axis, value) in score(&answers).iter() {
        println!("{}\t{}", EN.axis(axis).name, value);
    }
}
