//! Which screen a URL fragment stands for. Each step of the quiz has its own
//! fragment so that the browser's back gesture returns to the previous
//! question and a reload stays on the same one.

use crate::questionnaire::QUESTION_COUNT;

/// One screen of the quiz.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Screen {
    #[default]
    Intro,
    /// The question at this index (0-based).
    Question(usize),
    Result,
}

impl Screen {
    /// The screen a fragment (with or without its leading `#`) stands for;
    /// anything unknown is the intro.
    pub fn from_hash(hash: &str) -> Screen {
        let hash = hash.strip_prefix('#').unwrap_or(hash);
        if hash == "result" {
            return Screen::Result;
        }
        hash.strip_prefix('q')
            .filter(|n| !n.starts_with('0') && n.len() <= 3)
            .and_then(|n| n.parse::<usize>().ok())
            .filter(|&n| (1..=QUESTION_COUNT).contains(&n))
            .map_or(Screen::Intro, |n| Screen::Question(n - 1))
    }

    /// The fragment for this screen, `#q1` … `#q25` or `#result`; the intro
    /// has none.
    pub fn to_hash(self) -> String {
        match self {
            Screen::Intro => String::new(),
            Screen::Question(i) => format!("#q{}", i + 1),
            Screen::Result => "#result".into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let mut screens = vec![Screen::Intro, Screen::Result];
        screens.extend((0..QUESTION_COUNT).map(Screen::Question));
        for screen in screens {
            assert_eq!(Screen::from_hash(&screen.to_hash()), screen);
        }
    }

    #[test]
    fn unknown_fragments_are_the_intro() {
        for hash in ["", "#", "#q", "#q0", "#q01", "#q26", "#q-1", "#qq", "#q99999999999999999999", "#results", "#Q3", "#q3 ", "🙂"] {
            assert_eq!(Screen::from_hash(hash), Screen::Intro, "{hash:?}");
        }
        assert_eq!(Screen::from_hash("q3"), Screen::Question(2));
    }
}
