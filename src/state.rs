//! The quiz's state machine (`gut_skin_core::state`) as Yew's reducer. The
//! transitions themselves are pure and tested in the core; this wrapper only
//! keeps Yew from drawing again when an action changes nothing.

use std::ops::Deref;
use std::rc::Rc;

use yew::Reducible;

pub use gut_skin_core::state::{Action, Quiz, IDLE_LIMIT_MINUTES};

/// The quiz as `use_reducer` holds it.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct QuizState(pub Rc<Quiz>);

impl Deref for QuizState {
    type Target = Quiz;

    fn deref(&self) -> &Quiz {
        &self.0
    }
}

impl Reducible for QuizState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        // The same `Rc` back tells Yew that nothing changed.
        let next = self.0.clone().reduce(action);
        if Rc::ptr_eq(&next, &self.0) {
            self
        } else {
            Rc::new(QuizState(next))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_action_that_changes_nothing_keeps_the_same_state() {
        let before = Rc::new(QuizState::default());
        // Yew compares the handles: the same one means "nothing to draw".
        let after = before.clone().reduce(Action::RetakeAndCompare);
        assert!(Rc::ptr_eq(&before, &after));
        let after = before.clone().reduce(Action::Start);
        assert!(!Rc::ptr_eq(&before, &after));
    }
}
