//! "Clear my answers" in the tab's history, as a state machine: the page
//! (`src/web/history.rs`) reports what happened and performs the [`Step`]
//! this returns; the decisions are here, where host tests cover them.
//!
//! Every history entry the quiz adds records how many it added before it
//! (its depth). Clearing goes back that many entries, to the quiz's first,
//! and when the browser gets there (a `popstate`) the first entry gets a
//! clean address and a new clean entry drops the later ones from the forward
//! history. A browser that does not go back in time is given up on: the
//! answers are gone anyway, and the entries show only empty questions.

/// Whether a clearing is walking back through the quiz's history entries.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Forgetting {
    #[default]
    Idle,
    /// Clear went back through the quiz's entries and waits for the browser.
    WalkingBack,
}

/// What the page reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Event {
    /// "Clear my answers", on an entry of this depth; in a frame the quiz
    /// adds no entries and walks nowhere.
    Clear { depth: u32, in_frame: bool },
    /// The browser refused to go back.
    CouldNotGoBack,
    /// The browser moved through the history (`popstate`).
    Moved,
    /// The give-up timer ran out.
    TimedOut,
}

/// What the page does next.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Nothing,
    /// Go back this many entries (and start the give-up timer).
    GoBack(u32),
    /// Give the current entry a clean address, at depth 0.
    CleanAddress,
    /// The walk ended on the first entry: clean it and push a clean entry
    /// after it, so that no later entry of the quiz stays forward.
    RewriteFirstEntry,
    /// The browser did not go back in time: say so, clean the current entry.
    GiveUp,
    /// An ordinary back or forward: show the screen the address names.
    FollowAddress,
}

impl Forgetting {
    /// The next state, and the step the page performs.
    pub fn on(self, event: Event) -> (Forgetting, Step) {
        use Forgetting::*;
        match (self, event) {
            (_, Event::Clear { depth, in_frame }) if depth == 0 || in_frame => (self, Step::CleanAddress),
            (_, Event::Clear { depth, .. }) => (WalkingBack, Step::GoBack(depth)),
            (_, Event::CouldNotGoBack) => (Idle, Step::CleanAddress),
            (WalkingBack, Event::Moved) => (Idle, Step::RewriteFirstEntry),
            (Idle, Event::Moved) => (Idle, Step::FollowAddress),
            (WalkingBack, Event::TimedOut) => (Idle, Step::GiveUp),
            (Idle, Event::TimedOut) => (Idle, Step::Nothing),
        }
    }

    /// Whether the quiz may write its screen into the address: not while a
    /// clearing walks back, or the walk would end somewhere else.
    pub fn writes_address(self) -> bool {
        self == Forgetting::Idle
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Forgetting::*;

    fn run(events: &[Event]) -> (Forgetting, Vec<Step>) {
        let mut state = Idle;
        let mut steps = Vec::new();
        for &event in events {
            let (next, step) = state.on(event);
            state = next;
            steps.push(step);
        }
        (state, steps)
    }

    const CLEAR_AT_3: Event = Event::Clear {
        depth: 3,
        in_frame: false,
    };

    #[test]
    fn clearing_walks_back_to_the_first_entry_and_rewrites_it() {
        let (state, steps) = run(&[CLEAR_AT_3, Event::Moved, Event::TimedOut]);
        assert_eq!(steps, [Step::GoBack(3), Step::RewriteFirstEntry, Step::Nothing]);
        assert_eq!(state, Idle);
    }

    #[test]
    fn the_address_stays_put_while_walking_back() {
        assert!(Idle.writes_address());
        let (state, _) = Idle.on(CLEAR_AT_3);
        assert!(!state.writes_address());
    }

    #[test]
    fn on_the_first_entry_or_in_a_frame_the_address_is_cleaned_in_place() {
        for event in [
            Event::Clear {
                depth: 0,
                in_frame: false,
            },
            Event::Clear {
                depth: 4,
                in_frame: true,
            },
        ] {
            assert_eq!(Idle.on(event), (Idle, Step::CleanAddress));
        }
    }

    #[test]
    fn a_browser_that_refuses_or_does_not_go_back_is_given_up_on() {
        assert_eq!(
            run(&[CLEAR_AT_3, Event::CouldNotGoBack]),
            (Idle, vec![Step::GoBack(3), Step::CleanAddress])
        );
        let (state, steps) = run(&[CLEAR_AT_3, Event::TimedOut, Event::Moved]);
        assert_eq!(steps, [Step::GoBack(3), Step::GiveUp, Step::FollowAddress]);
        assert_eq!(state, Idle);
    }

    #[test]
    fn ordinary_back_and_forward_follow_the_address() {
        assert_eq!(run(&[Event::Moved, Event::Moved]), (Idle, vec![Step::FollowAddress; 2]));
    }
}
