//! The quiz as one state machine: which screen is showing, the answers so
//! far, and whether the person tried to go on without answering.

use std::rc::Rc;

use crate::questionnaire::{Answers, Kind, QUESTIONS, QUESTION_COUNT};
use crate::route::Screen;
use crate::share_link::Taken;

/// Answers saved in the tab are forgotten after this many minutes without
/// use, even when the browser restores the tab (docs/privacy.md).
pub const IDLE_LIMIT_MINUTES: u32 = 30;

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Quiz {
    pub screen: Screen,
    pub answers: Answers,
    /// Next was pressed on the current question without an answer.
    pub missing: bool,
    /// The earlier answers this retake will be compared with.
    pub baseline: Option<Taken>,
    /// Everything was just cleared: the intro says so.
    pub cleared: bool,
    /// Answers saved in this tab were forgotten after too long idle: the
    /// intro says so.
    pub expired: bool,
}

pub enum Action {
    Start,
    /// Pick an option of a single-choice question, or tick/untick one of a
    /// multiple-choice question.
    Pick {
        question: usize,
        option: u8,
    },
    Next,
    Back,
    /// Show a screen asked for from outside (the browser's back and forward).
    Show(Screen),
    /// Forget every answer and return to the intro.
    Restart,
    /// From a shared result: take the quiz afresh, then compare with it.
    RetakeAndCompare,
    /// "Clear my answers": forget everything, say so on the intro.
    Clear,
    /// The saved answers were idle too long: forget everything, say so.
    Expire,
}

impl Quiz {
    /// The state after a reload: the saved answers, and the screen of the
    /// fragment as far as those answers reach.
    pub fn restore(answers: Answers, baseline: Option<Taken>, screen: Screen) -> Quiz {
        Quiz {
            screen: reachable(&answers, screen),
            answers,
            baseline,
            ..Quiz::default()
        }
    }
}

/// The screen itself if every question before it is answered; otherwise the
/// first unanswered question, so nobody lands past a gap.
fn reachable(answers: &Answers, screen: Screen) -> Screen {
    let limit = answers.first_unanswered();
    match (screen, limit) {
        (Screen::Question(i), Some(first)) if i > first => Screen::Question(first),
        (Screen::Result, Some(first)) => Screen::Question(first),
        _ => screen,
    }
}

impl Quiz {
    /// The state after this action; the same `Rc` when the action changes
    /// nothing, so that the app can skip drawing the screen again. (An `Rc`
    /// rather than a plain value: it is what Yew's reducer holds, and it
    /// keeps the page's code as small as it was before the split.)
    #[inline]
    pub fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = match action {
            Action::Start => {
                // Resuming goes to the first open question, or the result.
                let screen = self.answers.first_unanswered().map_or(Screen::Result, Screen::Question);
                Quiz {
                    screen,
                    missing: false,
                    cleared: false,
                    expired: false,
                    ..*self
                }
            }
            Action::Pick { question, option } => {
                let mut answers = self.answers;
                let changed = match QUESTIONS.get(question).map(|q| q.kind) {
                    Some(Kind::Single) => answers.choose(question, option),
                    Some(Kind::Multiple { .. }) => answers.toggle(question, option),
                    None => false,
                };
                if !changed {
                    return self;
                }
                Quiz {
                    answers,
                    missing: false,
                    ..*self
                }
            }
            Action::Next => match self.screen {
                Screen::Question(i) if !self.answers.is_answered(i) => Quiz { missing: true, ..*self },
                Screen::Question(i) if i + 1 < QUESTION_COUNT => Quiz {
                    screen: Screen::Question(i + 1),
                    missing: false,
                    ..*self
                },
                Screen::Question(_) => Quiz {
                    screen: Screen::Result,
                    missing: false,
                    ..*self
                },
                _ => return self,
            },
            Action::Back => match self.screen {
                Screen::Question(0) => Quiz {
                    screen: Screen::Intro,
                    missing: false,
                    ..*self
                },
                Screen::Question(i) => Quiz {
                    screen: Screen::Question(i - 1),
                    missing: false,
                    ..*self
                },
                Screen::Result => Quiz {
                    screen: Screen::Question(QUESTION_COUNT - 1),
                    missing: false,
                    ..*self
                },
                Screen::Intro | Screen::Shared(_) => return self,
            },
            Action::Show(screen) => {
                let screen = reachable(&self.answers, screen);
                if screen == self.screen {
                    return self;
                }
                Quiz {
                    screen,
                    missing: false,
                    ..*self
                }
            }
            Action::Restart => Quiz::default(),
            Action::Clear => Quiz {
                cleared: true,
                ..Quiz::default()
            },
            // With nothing to forget (the intro, untouched), time passing
            // changes nothing and says nothing.
            Action::Expire
                if self.answers.is_empty()
                    && self.baseline.is_none()
                    && matches!(self.screen, Screen::Intro | Screen::Question(_)) =>
            {
                return self
            }
            Action::Expire => Quiz {
                expired: true,
                ..Quiz::default()
            },
            Action::RetakeAndCompare => match self.screen {
                // The latest answers of the link are what the retake is compared with.
                Screen::Shared(Ok(link)) => Quiz {
                    screen: Screen::Question(0),
                    baseline: Some(link.now),
                    ..Quiz::default()
                },
                _ => return self,
            },
        };
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questionnaire::Q;
    use crate::share_link::{LinkError, ShareLink, Taken};

    fn run(state: Quiz, actions: impl IntoIterator<Item = Action>) -> Quiz {
        let mut rc = Rc::new(state);
        for action in actions {
            rc = rc.reduce(action);
        }
        (*rc).clone()
    }

    fn answer_all() -> Vec<Action> {
        let mut actions = vec![Action::Start];
        for (i, q) in QUESTIONS.iter().enumerate() {
            actions.push(Action::Pick {
                question: i,
                option: q.options - 1,
            });
            actions.push(Action::Next);
        }
        actions
    }

    #[test]
    fn start_answer_everything_and_see_the_result() {
        let end = run(Quiz::default(), answer_all());
        assert_eq!(end.screen, Screen::Result);
        assert!(end.answers.is_complete());
        assert!(!end.missing);
    }

    #[test]
    fn next_without_an_answer_flags_it_and_stays() {
        let s = run(Quiz::default(), [Action::Start, Action::Next]);
        assert_eq!(s.screen, Screen::Question(0));
        assert!(s.missing);
        let s = run(s, [Action::Pick { question: 0, option: 1 }]);
        assert!(!s.missing, "answering clears the message");
        let s = run(s, [Action::Next]);
        assert_eq!(s.screen, Screen::Question(1));
    }

    #[test]
    fn back_walks_to_the_intro_keeping_answers() {
        let s = run(
            Quiz::default(),
            [
                Action::Start,
                Action::Pick { question: 0, option: 2 },
                Action::Next,
                Action::Back,
            ],
        );
        assert_eq!(s.screen, Screen::Question(0));
        let s = run(s, [Action::Back]);
        assert_eq!(s.screen, Screen::Intro);
        assert!(s.answers.is_answered(0));
        let s = run(s, [Action::Start]);
        assert_eq!(s.screen, Screen::Question(1), "resume at the first open question");
    }

    #[test]
    fn back_from_the_result_returns_to_the_last_question() {
        let s = run(run(Quiz::default(), answer_all()), [Action::Back]);
        assert_eq!(s.screen, Screen::Question(QUESTION_COUNT - 1));
    }

    #[test]
    fn show_cannot_skip_past_an_unanswered_question() {
        let s = run(
            Quiz::default(),
            [
                Action::Start,
                Action::Pick { question: 0, option: 0 },
                Action::Show(Screen::Question(10)),
            ],
        );
        assert_eq!(s.screen, Screen::Question(1));
        let s = run(s, [Action::Show(Screen::Result)]);
        assert_eq!(s.screen, Screen::Question(1));
        let s = run(s, [Action::Show(Screen::Intro)]);
        assert_eq!(s.screen, Screen::Intro);
    }

    #[test]
    fn restore_clamps_like_show() {
        let mut answers = Answers::default();
        answers.choose(0, 1);
        assert_eq!(Quiz::restore(answers, None, Screen::Result).screen, Screen::Question(1));
        assert_eq!(
            Quiz::restore(answers, None, Screen::Question(0)).screen,
            Screen::Question(0)
        );
        assert_eq!(
            Quiz::restore(Answers::default(), None, Screen::Intro).screen,
            Screen::Intro
        );
    }

    #[test]
    fn picks_that_do_not_fit_change_nothing() {
        let before = Rc::new(Quiz::default());
        let after = before.clone().reduce(Action::Pick { question: 0, option: 9 });
        assert!(Rc::ptr_eq(&before, &after));
        let after = before.clone().reduce(Action::Pick {
            question: 99,
            option: 0,
        });
        assert!(Rc::ptr_eq(&before, &after));
    }

    #[test]
    fn multiple_choice_ticks_and_unticks() {
        let q = Q::SkinConcerns.index();
        let s = run(
            Quiz::default(),
            [
                Action::Pick { question: q, option: 0 },
                Action::Pick { question: q, option: 4 },
            ],
        );
        let answer = s.answers.get(q).unwrap();
        assert!(answer.has(0) && answer.has(4));
        let s = run(
            s,
            [
                Action::Pick { question: q, option: 0 },
                Action::Pick { question: q, option: 4 },
            ],
        );
        assert!(!s.answers.is_answered(q));
    }

    #[test]
    fn retake_and_compare_from_a_shared_result() {
        let own = run(Quiz::default(), answer_all());
        let link = ShareLink {
            earlier: None,
            now: Taken::new(own.answers, crate::day::Day::from_number(700)),
        };
        let shared = run(Quiz::default(), [Action::Show(Screen::Shared(Ok(link)))]);
        assert_eq!(
            shared.screen,
            Screen::Shared(Ok(link)),
            "a shared result opens whatever was answered here"
        );
        let retake = run(shared, [Action::RetakeAndCompare]);
        assert_eq!(retake.screen, Screen::Question(0));
        assert!(retake.answers.is_empty());
        assert_eq!(retake.baseline, Some(link.now));
        let mut actions = answer_all();
        actions.remove(0);
        let done = run(retake, actions);
        assert_eq!(done.screen, Screen::Result);
        assert_eq!(
            done.baseline,
            Some(link.now),
            "the result compares with the link, and keeps its date"
        );
        assert_eq!(run(done, [Action::Restart]).baseline, None);
    }

    #[test]
    fn retake_needs_an_opened_link() {
        let before = Rc::new(Quiz::default());
        assert!(Rc::ptr_eq(&before, &before.clone().reduce(Action::RetakeAndCompare)));
        let damaged = Rc::new(Quiz {
            screen: Screen::Shared(Err(LinkError::Altered)),
            ..Quiz::default()
        });
        assert!(Rc::ptr_eq(&damaged, &damaged.clone().reduce(Action::RetakeAndCompare)));
    }

    #[test]
    fn clear_forgets_everything_and_says_so_until_the_next_start() {
        let s = run(run(Quiz::default(), answer_all()), [Action::Clear]);
        assert_eq!(
            s,
            Quiz {
                cleared: true,
                ..Quiz::default()
            }
        );
        assert!(!run(s, [Action::Start]).cleared);
    }

    #[test]
    fn expiry_with_nothing_to_forget_changes_nothing() {
        let before = Rc::new(Quiz::default());
        assert!(Rc::ptr_eq(&before, &before.clone().reduce(Action::Expire)));
        let started = Rc::new(run(Quiz::default(), [Action::Start]));
        assert!(Rc::ptr_eq(&started, &started.clone().reduce(Action::Expire)));
    }

    #[test]
    fn expiry_forgets_everything_and_says_so_until_the_next_start() {
        let s = run(run(Quiz::default(), answer_all()), [Action::Expire]);
        assert_eq!(
            s,
            Quiz {
                expired: true,
                ..Quiz::default()
            }
        );
        assert!(!run(s, [Action::Start]).expired);
    }

    #[test]
    fn restart_forgets_everything() {
        let s = run(run(Quiz::default(), answer_all()), [Action::Restart]);
        assert_eq!(s, Quiz::default());
    }
}
