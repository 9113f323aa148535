//! Which screen a URL fragment stands for. Each step of the quiz has its own
//! fragment so that the browser's back gesture returns to the previous
//! question and a reload stays on the same one; a shared result carries its
//! answers in the fragment itself (`#r=…`).

use crate::questionnaire::QUESTION_COUNT;
use crate::share_link::{LinkError, ShareLink};

/// Fragments of shared results start with this, before the `#`.
pub const SHARED_PREFIX: &str = "r=";

/// The address of a result link once opened: the quiz keeps the link in the
/// tab's storage and shows this instead, so that the answers do not stay in
/// the tab's history (docs/privacy.md).
pub const SHARED_SCREEN: &str = "#shared";

/// One screen of the quiz.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Screen {
    #[default]
    Intro,
    /// The question at this index (0-based).
    Question(usize),
    /// The person's own result (a comparison when a baseline is set).
    Result,
    /// A result opened from a link, or why the link could not be opened.
    Shared(Result<ShareLink, LinkError>),
}

impl Screen {
    /// The screen a fragment (with or without its leading `#`) stands for;
    /// anything unknown is the intro.
    pub fn from_hash(hash: &str) -> Screen {
        let hash = hash.strip_prefix('#').unwrap_or(hash);
        if let Some(code) = hash.strip_prefix(SHARED_PREFIX) {
            return Screen::Shared(ShareLink::decode(code));
        }
        if hash == "result" {
            return Screen::Result;
        }
        hash.strip_prefix('q')
            .filter(|n| !n.starts_with('0') && n.len() <= 3)
            .and_then(|n| n.parse::<usize>().ok())
            .filter(|&n| (1..=QUESTION_COUNT).contains(&n))
            .map_or(Screen::Intro, |n| Screen::Question(n - 1))
    }

    /// The fragment for this screen: none for the intro, `#q1` … `#q27`,
    /// `#result`, or `#shared` for an opened result link (whose answers are
    /// never written back into the address). `None` for a link that could
    /// not be opened: its fragment stays as it came.
    pub fn to_hash(self) -> Option<String> {
        Some(match self {
            Screen::Intro => String::new(),
            Screen::Question(i) => format!("#q{}", i + 1),
            Screen::Result => "#result".into(),
            Screen::Shared(Ok(_)) => SHARED_SCREEN.into(),
            Screen::Shared(Err(_)) => return None,
        })
    }
}

/// `#r=…` for a link; `None` if its answers are incomplete.
pub fn share_fragment(link: &ShareLink) -> Option<String> {
    Some(format!("#{SHARED_PREFIX}{}", link.encode()?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questionnaire::{Answers, Kind, QUESTIONS};

    fn complete() -> Answers {
        let mut a = Answers::default();
        for (i, q) in QUESTIONS.iter().enumerate() {
            match q.kind {
                Kind::Single => a.choose(i, 1),
                Kind::Multiple { none } => a.toggle(i, none),
            };
        }
        a
    }

    #[test]
    fn round_trip() {
        let mut screens = vec![Screen::Intro, Screen::Result];
        screens.extend((0..QUESTION_COUNT).map(Screen::Question));
        for screen in screens {
            assert_eq!(Screen::from_hash(&screen.to_hash().unwrap()), screen);
        }
    }

    #[test]
    fn an_opened_link_keeps_its_answers_out_of_the_address() {
        let link = ShareLink::single(crate::share_link::Taken::new(complete(), None));
        let fragment = share_fragment(&link).unwrap();
        assert_eq!(Screen::from_hash(&fragment), Screen::Shared(Ok(link)));
        assert_eq!(Screen::Shared(Ok(link)).to_hash().as_deref(), Some(SHARED_SCREEN));
    }

    #[test]
    fn unknown_fragments_are_the_intro() {
        for hash in [
            "",
            "#",
            "#q",
            "#q0",
            "#q01",
            "#q28",
            "#q-1",
            "#qq",
            "#q99999999999999999999",
            "#results",
            "#Q3",
            "#q3 ",
            "🙂",
        ] {
            assert_eq!(Screen::from_hash(hash), Screen::Intro, "{hash:?}");
        }
        assert_eq!(Screen::from_hash("q3"), Screen::Question(2));
    }

    #[test]
    fn damaged_links_are_shared_screens_with_their_error() {
        assert_eq!(Screen::from_hash("#r="), Screen::Shared(Err(LinkError::Empty)));
        assert_eq!(Screen::from_hash("#r=AQID"), Screen::Shared(Err(LinkError::Truncated)));
        assert!(matches!(
            Screen::from_hash(&format!("#r={}", "x".repeat(1 << 20))),
            Screen::Shared(Err(_))
        ));
        assert_eq!(Screen::Shared(Err(LinkError::Altered)).to_hash(), None);
    }
}
