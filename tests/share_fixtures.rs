//! Links made by earlier releases keep opening, to exactly the answers they
//! were made with: every committed fixture link is decoded and scored.

use gut_skin_check::questionnaire::Answers;
use gut_skin_check::scoring::score;
use gut_skin_check::share_link::{v1_values, ShareLink, Taken};

fn scores(answers: &Answers) -> String {
    score(answers)
        .iter()
        .map(|(_, v)| v.to_string())
        .collect::<Vec<_>>()
        .join(",")
}

/// Checks a decoded link against a fixture row's answers (compact form,
/// `-` for no earlier set) and scores (`earlier -> now` for a comparison).
fn assert_opens_to(name: &str, decoded: &ShareLink, earlier: &str, now: &str, scores_shown: &str) {
    let compact = |t: Option<&Taken>| t.map_or("-".into(), |t| t.answers.to_compact());
    assert_eq!(compact(Some(&decoded.now)), now, "{name}: answers");
    assert_eq!(compact(decoded.earlier.as_ref()), earlier, "{name}: earlier answers");
    let shown = match &decoded.earlier {
        Some(e) => format!("{} -> {}", scores(&e.answers), scores(&decoded.now.answers)),
        None => scores(&decoded.now.answers),
    };
    assert_eq!(shown, scores_shown, "{name}: scores");
}

fn rows(fixture: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    fixture
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split('\t').collect())
}

/// Version 1's compact answer form: a digit per single choice, `x` and two
/// hex digits for its two multiple choices (questions 22 and 25).
fn v1_compact(values: &[u8; 25]) -> String {
    values
        .iter()
        .enumerate()
        .map(|(i, v)| {
            if i == 21 || i == 24 {
                format!("x{v:02x}")
            } else {
                v.to_string()
            }
        })
        .collect()
}

#[test]
fn version_1_links_keep_their_exact_answers() {
    let mut checked = 0;
    for row in rows(include_str!("fixtures/share-links-v1.tsv")) {
        let [name, link, earlier, now, _v1_scores] = row[..] else {
            panic!("malformed fixture line: {row:?}");
        };
        let (then, values) = v1_values(link).unwrap_or_else(|| panic!("{name}: not a version 1 link"));
        assert_eq!(v1_compact(&values), now, "{name}: answers");
        assert_eq!(
            then.map(|v| v1_compact(&v)).unwrap_or_else(|| "-".into()),
            earlier,
            "{name}"
        );
        checked += 1;
    }
    assert_eq!(checked, 4);
}

#[test]
fn version_1_links_open_mapped_and_rescored() {
    let mut checked = 0;
    for row in rows(include_str!("fixtures/share-links-v1-rescored.tsv")) {
        let [name, earlier, now, expected] = row[..] else {
            panic!("malformed fixture line: {row:?}");
        };
        let link = rows(include_str!("fixtures/share-links-v1.tsv"))
            .find(|r| r[0] == name)
            .unwrap_or_else(|| panic!("{name} is not in share-links-v1.tsv"))[1];
        let decoded = ShareLink::decode(link).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        assert!(
            decoded.now.from_v1 && decoded.earlier.is_none_or(|e| e.from_v1),
            "{name}: marked as old"
        );
        assert_opens_to(name, &decoded, earlier, now, expected);
        // Written again, an old link keeps its mark and its answers.
        let again = ShareLink::decode(&decoded.encode().unwrap()).unwrap();
        assert_eq!(again, decoded, "{name}: re-encoded as version 2");
        checked += 1;
    }
    assert_eq!(checked, 4);
}

#[test]
fn version_2_links_open_to_their_recorded_result() {
    let mut checked = 0;
    for row in rows(include_str!("fixtures/share-links-v2.tsv")) {
        let [name, link, earlier, now, earlier_day, day, expected] = row[..] else {
            panic!("malformed fixture line: {row:?}");
        };
        let decoded = ShareLink::decode(link).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        let iso = |t: Option<&Taken>| t.and_then(|t| t.day).map_or("-".into(), |d| d.iso());
        assert_opens_to(name, &decoded, earlier, now, expected);
        assert_eq!(iso(Some(&decoded.now)), day, "{name}: day");
        assert_eq!(iso(decoded.earlier.as_ref()), earlier_day, "{name}: earlier day");
        // While version 2 is the current format, writing gives the same text.
        assert_eq!(decoded.encode().as_deref(), Some(link), "{name}: re-encoded");
        checked += 1;
    }
    assert_eq!(checked, 4);
}
