//! The share link: a person's answers — one set, or two for a comparison —
//! packed into a short text carried in the URL fragment (`#r=…`), which
//! browsers never send to a server. It holds answers, not scores, so a
//! better scoring model re-scores old links. The format is described for
//! reviewers in `docs/share-links.md`.
//!
//! Layout of version 1, before base64url (no padding):
//!
//! ```text
//! [version = 1] [answer set: 8 bytes] ([answer set: 8 bytes]) [CRC-16: 2 bytes]
//! ```
//!
//! Each answer set is the 25 answers bit-packed in question order, most
//! significant bit first, zero-padded to 64 bits: a single choice as its
//! option number in as few bits as its option count needs, a multiple choice
//! as one bit per option. The checksum (CRC-16/IBM-3740, big-endian) covers
//! everything before it, so an edited or cut link is caught rather than shown.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

use crate::questionnaire::{Answer, Answers, QUESTION_COUNT};

/// The format this release writes.
pub const VERSION: u8 = 1;

/// What a link carries: the answers now and, for a comparison, the earlier ones.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ShareLink {
    pub earlier: Option<Answers>,
    pub now: Answers,
}

/// Why a link could not be opened. Each maps to a plain-words message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkError {
    /// Nothing after `#r=`.
    Empty,
    /// Shorter than any link: part of it was cut off.
    Truncated,
    /// Characters changed, added or removed: the checksum or the answers do
    /// not add up.
    Altered,
    /// Made by a later release with a format this one does not know.
    NewerVersion(u8),
    /// Not a link this quiz ever made.
    NotOurs,
}

/// One question's field in the version 1 layout.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Field {
    /// A single choice among this many options.
    One(u8),
    /// A multiple choice of this many options, the last being "none of these".
    Many(u8),
}

impl Field {
    const fn bits(self) -> u32 {
        match self {
            Field::One(options) => (options as u32).next_power_of_two().trailing_zeros(),
            Field::Many(options) => options as u32,
        }
    }
}

/// Version 1's questionnaire, frozen: a link made with it must open in every
/// later release. A change to the questions, their order or their options
/// needs a new version with its own table and a mapping to the current
/// questionnaire (a test fails until then).
const V1: [(&str, Field); QUESTION_COUNT] = [
    ("plants_daily", Field::One(4)),
    ("plant_variety", Field::One(4)),
    ("grains_legumes", Field::One(4)),
    ("fermented_foods", Field::One(4)),
    ("probiotic_supplement", Field::One(3)),
    ("processed_food", Field::One(4)),
    ("added_sugar", Field::One(4)),
    ("healthy_fats", Field::One(4)),
    ("colourful_foods", Field::One(4)),
    ("water", Field::One(4)),
    ("stress", Field::One(4)),
    ("relaxation", Field::One(4)),
    ("sleep_hours", Field::One(4)),
    ("sleep_rested", Field::One(4)),
    ("active_days", Field::One(4)),
    ("alcohol", Field::One(4)),
    ("smoking", Field::One(4)),
    ("antibiotics", Field::One(3)),
    ("bloating", Field::One(4)),
    ("bowel_frequency", Field::One(4)),
    ("stool_form", Field::One(5)),
    ("skin_concerns", Field::Many(6)),
    ("skin_impact", Field::One(4)),
    ("skin_hormonal", Field::One(4)),
    ("warning_signs", Field::Many(6)),
];

const fn v1_bits() -> u32 {
    let mut total = 0;
    let mut i = 0;
    while i < V1.len() {
        total += V1[i].1.bits();
        i += 1;
    }
    total
}

const SET_BYTES: usize = 8;
const _: () = assert!(v1_bits() <= 8 * SET_BYTES as u32, "version 1 answers fit in 64 bits");
const CHECK_BYTES: usize = 2;
const MAX_BYTES: usize = 1 + 2 * SET_BYTES + CHECK_BYTES;
/// The longest text a valid link can have; anything longer is rejected
/// before decoding, however large.
pub const MAX_TEXT: usize = (MAX_BYTES * 8).div_ceil(6);

const CHECKSUM: crc::Crc<u16> = crc::Crc::<u16>::new(&crc::CRC_16_IBM_3740);

fn pack(answers: &Answers) -> Option<u64> {
    let mut word = 0u64;
    for (i, (_, field)) in V1.iter().enumerate() {
        let value = match (field, answers.get(i)?) {
            (Field::One(_), Answer::One(option)) => u64::from(option),
            (Field::Many(_), Answer::Many(bits)) => u64::from(bits),
            _ => return None,
        };
        word = word << field.bits() | value;
    }
    Some(word << (64 - v1_bits()))
}

fn unpack(word: u64) -> Option<Answers> {
    if word << v1_bits() != 0 {
        return None; // padding must be zero
    }
    let mut answers = Answers::default();
    let mut rest = word;
    for (i, (_, field)) in V1.iter().enumerate() {
        let bits = field.bits();
        let value = (rest >> (64 - bits)) as u8;
        rest <<= bits;
        let ok = match *field {
            Field::One(options) => value < options && answers.choose(i, value),
            Field::Many(options) => {
                let none = 1u8 << (options - 1);
                value != 0 && (value & none == 0 || value == none) && {
                    (0..options)
                        .filter(|o| value & (1 << o) != 0)
                        .all(|o| answers.toggle(i, o))
                }
            }
        };
        if !ok {
            return None;
        }
    }
    Some(answers)
}

impl ShareLink {
    pub fn single(now: Answers) -> ShareLink {
        ShareLink { earlier: None, now }
    }

    /// The link text; `None` unless every answer set is complete.
    pub fn encode(&self) -> Option<String> {
        let mut bytes = Vec::with_capacity(MAX_BYTES);
        bytes.push(VERSION);
        for set in self.earlier.iter().chain(std::iter::once(&self.now)) {
            bytes.extend_from_slice(&pack(set)?.to_be_bytes());
        }
        let check = CHECKSUM.checksum(&bytes);
        bytes.extend_from_slice(&check.to_be_bytes());
        Some(URL_SAFE_NO_PAD.encode(bytes))
    }

    /// Reads a link text. Any input gives either exactly the answers that were
    /// encoded or an error; never a partial result.
    pub fn decode(text: &str) -> Result<ShareLink, LinkError> {
        if text.is_empty() {
            return Err(LinkError::Empty);
        }
        if text.len() > MAX_TEXT + 8 {
            return Err(LinkError::Altered);
        }
        if !text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        {
            return Err(LinkError::Altered);
        }
        if text.len() % 4 == 1 {
            // No byte count gives this length: characters were lost.
            return Err(LinkError::Truncated);
        }
        let bytes = URL_SAFE_NO_PAD.decode(text).map_err(|_| LinkError::Altered)?;
        match bytes[0] {
            0 => return Err(LinkError::NotOurs),
            VERSION => {}
            newer if newer > VERSION => return Err(LinkError::NewerVersion(newer)),
            _ => return Err(LinkError::NotOurs),
        }
        let sets = match bytes.len() {
            n if n < 1 + SET_BYTES + CHECK_BYTES => return Err(LinkError::Truncated),
            n if n == 1 + SET_BYTES + CHECK_BYTES => 1,
            n if n < MAX_BYTES => return Err(LinkError::Truncated),
            MAX_BYTES => 2,
            _ => return Err(LinkError::Altered),
        };
        let (body, check) = bytes.split_at(bytes.len() - CHECK_BYTES);
        if CHECKSUM.checksum(body).to_be_bytes() != check {
            return Err(LinkError::Altered);
        }
        let mut decoded = body[1..].chunks_exact(SET_BYTES).map(|chunk| {
            let word = u64::from_be_bytes(chunk.try_into().map_err(|_| LinkError::Altered)?);
            unpack(word).ok_or(LinkError::Altered)
        });
        let first = decoded.next().ok_or(LinkError::Truncated)??;
        Ok(if sets == 2 {
            let second = decoded.next().ok_or(LinkError::Truncated)??;
            ShareLink {
                earlier: Some(first),
                now: second,
            }
        } else {
            ShareLink::single(first)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questionnaire::{Kind, QUESTIONS};
    use proptest::prelude::*;

    /// Whether the current questionnaire is still version 1's; links of older
    /// versions would otherwise need mapping before they can be scored.
    fn questionnaire_is_v1() -> bool {
        QUESTIONS.iter().zip(V1.iter()).all(|(q, (id, field))| {
            q.id == *id
                && match (*field, q.kind) {
                    (Field::One(n), Kind::Single) => q.options == n,
                    (Field::Many(n), Kind::Multiple { none }) => q.options == n && none == n - 1,
                    _ => false,
                }
        })
    }

    /// Any complete answer set, every option of every question reachable.
    pub(crate) fn any_answers() -> impl Strategy<Value = Answers> {
        proptest::collection::vec(any::<u8>(), QUESTION_COUNT).prop_map(|seeds| {
            let mut a = Answers::default();
            for (i, (q, seed)) in QUESTIONS.iter().zip(seeds).enumerate() {
                match q.kind {
                    Kind::Single => assert!(a.choose(i, seed % q.options)),
                    Kind::Multiple { none } => {
                        // Either "none of these" alone, or a non-empty set of the others.
                        let others = seed & ((1 << none) - 1);
                        if others == 0 {
                            a.toggle(i, none);
                        } else {
                            (0..none).filter(|o| others & (1 << o) != 0).for_each(|o| {
                                a.toggle(i, o);
                            });
                        }
                    }
                }
            }
            a
        })
    }

    pub(crate) fn any_link() -> impl Strategy<Value = ShareLink> {
        (proptest::option::of(any_answers()), any_answers()).prop_map(|(earlier, now)| ShareLink { earlier, now })
    }

    fn sample() -> ShareLink {
        let mut a = Answers::default();
        for (i, q) in QUESTIONS.iter().enumerate() {
            match q.kind {
                Kind::Single => assert!(a.choose(i, (i as u8 * 3) % q.options)),
                Kind::Multiple { .. } => assert!(a.toggle(i, 1) && a.toggle(i, 3)),
            }
        }
        ShareLink::single(a)
    }

    #[test]
    fn the_current_questionnaire_is_version_1() {
        assert!(
            questionnaire_is_v1(),
            "the questionnaire changed: add a link format version (docs/share-links.md)"
        );
        assert_eq!(v1_bits(), 59);
    }

    #[test]
    fn links_are_short() {
        let single = sample().encode().unwrap();
        let compare = ShareLink {
            earlier: Some(sample().now),
            ..sample()
        }
        .encode()
        .unwrap();
        // Lengths are fixed by the format, whatever the answers.
        assert_eq!(single.len(), 15);
        assert_eq!(compare.len(), 26);
        assert!(compare.len() <= MAX_TEXT);
        assert!(format!("#r={compare}").len() <= 60);
        println!(
            "share link fragment: {} characters for one result, {} for a comparison",
            3 + single.len(),
            3 + compare.len()
        );
    }

    #[test]
    fn incomplete_answers_make_no_link() {
        let mut link = sample();
        link.now = Answers::default();
        assert_eq!(link.encode(), None);
    }

    #[test]
    fn every_single_character_edit_is_caught() {
        const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=.+/ ";
        let link = sample();
        for text in [
            link.encode().unwrap(),
            ShareLink {
                earlier: Some(sample().now),
                ..link
            }
            .encode()
            .unwrap(),
        ] {
            for i in 0..text.len() {
                for &c in ALPHABET {
                    let mut edited = text.clone().into_bytes();
                    if edited[i] == c {
                        continue;
                    }
                    edited[i] = c;
                    let edited = String::from_utf8(edited).unwrap();
                    assert!(ShareLink::decode(&edited).is_err(), "{edited} was accepted");
                }
            }
        }
    }

    #[test]
    fn cuts_are_reported_as_truncated_or_altered() {
        let text = sample().encode().unwrap();
        for end in 1..text.len() {
            let error = ShareLink::decode(&text[..end]).unwrap_err();
            assert!(
                matches!(error, LinkError::Truncated | LinkError::Altered),
                "{end}: {error:?}"
            );
        }
        assert_eq!(ShareLink::decode(""), Err(LinkError::Empty));
    }

    #[test]
    fn versions() {
        let mut bytes = URL_SAFE_NO_PAD.decode(sample().encode().unwrap()).unwrap();
        bytes[0] = 2;
        let text = URL_SAFE_NO_PAD.encode(&bytes);
        assert_eq!(ShareLink::decode(&text), Err(LinkError::NewerVersion(2)));
        bytes[0] = 0;
        assert_eq!(
            ShareLink::decode(&URL_SAFE_NO_PAD.encode(&bytes)),
            Err(LinkError::NotOurs)
        );
    }

    #[test]
    fn huge_and_strange_input_is_rejected_quickly() {
        assert_eq!(ShareLink::decode(&"A".repeat(1 << 20)), Err(LinkError::Altered));
        assert_eq!(ShareLink::decode("héllo"), Err(LinkError::Altered));
        assert_eq!(ShareLink::decode("%20%20"), Err(LinkError::Altered));
    }

    #[test]
    fn a_valid_checksum_over_impossible_answers_is_still_rejected() {
        // "None of these" together with another option, with a correct checksum.
        let word = pack(&sample().now).unwrap();
        let skin_shift = 64 - V1.iter().take(22).map(|(_, f)| f.bits()).sum::<u32>();
        let bad = word | (1u64 << (skin_shift + 5)); // ticks "none of these", option 5
        let mut bytes = vec![VERSION];
        bytes.extend_from_slice(&bad.to_be_bytes());
        bytes.extend_from_slice(&CHECKSUM.checksum(&bytes).to_be_bytes());
        assert_eq!(
            ShareLink::decode(&URL_SAFE_NO_PAD.encode(&bytes)),
            Err(LinkError::Altered)
        );
    }

    /// `make fuzz`: at least 100,000 generated inputs (`FUZZ_CASES` to
    /// change), each a real link mangled by a random cut, insertion, deletion
    /// or replacement, or random text. None may panic; each must decode to
    /// exactly what re-encodes to it, or be rejected.
    #[test]
    #[ignore = "long: run by make fuzz"]
    fn fuzz_decoder() {
        use proptest::test_runner::{Config, TestRunner};
        let cases: u32 = std::env::var("FUZZ_CASES")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(100_000);
        let mangled = (
            any_link(),
            proptest::collection::vec((0u8..4, any::<usize>(), "[A-Za-z0-9_=+/ -]"), 1..4),
        )
            .prop_map(|(link, edits)| {
                let mut text = link.encode().unwrap();
                for (op, at, with) in edits {
                    let i = at % (text.len() + 1);
                    match op {
                        0 => text.truncate(i),
                        1 => text.insert_str(i, &with),
                        2 if i < text.len() => {
                            text.remove(i);
                        }
                        _ if i < text.len() => text.replace_range(i..=i, &with),
                        _ => text.push_str(&with),
                    }
                }
                text
            });
        let strategy = prop_oneof![mangled, "[A-Za-z0-9_-]{0,40}", "\\PC{0,80}"];
        let mut runner = TestRunner::new(Config {
            cases,
            failure_persistence: None,
            ..Config::default()
        });
        let accepted = std::cell::Cell::new(0u32);
        runner
            .run(&strategy, |text| {
                if let Ok(link) = ShareLink::decode(&text) {
                    prop_assert_eq!(link.encode().unwrap(), text);
                    accepted.set(accepted.get() + 1);
                }
                Ok(())
            })
            .unwrap();
        println!(
            "fuzzed the share-link decoder with {cases} inputs: no panic, {} decoded exactly, the rest rejected",
            accepted.get()
        );
    }

    proptest! {
        #[test]
        fn round_trip(link in any_link()) {
            let text = link.encode().unwrap();
            prop_assert_eq!(ShareLink::decode(&text), Ok(link));
        }

        #[test]
        fn any_text_decodes_exactly_or_not_at_all(text in "[A-Za-z0-9_-]{0,30}|\\PC{0,40}") {
            if let Ok(link) = ShareLink::decode(&text) {
                prop_assert_eq!(link.encode().unwrap(), text);
            }
        }

        #[test]
        fn edits_and_cuts_of_real_links_never_slip_through(link in any_link(), at in any::<usize>(), with in "[A-Za-z0-9_-]", cut in any::<usize>()) {
            let text = link.encode().unwrap();
            let i = at % text.len();
            let mut edited = text.clone();
            edited.replace_range(i..=i, &with);
            let decoded = ShareLink::decode(&edited);
            prop_assert!(decoded.is_err() || edited == text, "{} accepted", edited);
            let cut = &text[..cut % text.len()];
            prop_assert!(ShareLink::decode(cut).is_err());
        }
    }
}
