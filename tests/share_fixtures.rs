//! Links made by earlier releases keep opening, to the same answers and the
//! same result: every committed fixture link is decoded and scored.

use gut_skin_check::questionnaire::Answers;
use gut_skin_check::scoring::score;
use gut_skin_check::share_link::ShareLink;

fn scores(answers: &Answers) -> String {
    score(answers)
        .iter()
        .map(|(_, v)| v.to_string())
        .collect::<Vec<_>>()
        .join(",")
}

#[test]
fn version_1_links_open_to_their_recorded_result() {
    let fixtures = include_str!("fixtures/share-links-v1.tsv");
    let mut checked = 0;
    for line in fixtures.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let [name, link, earlier, now, expected] = line.split('\t').collect::<Vec<_>>()[..] else {
            panic!("malformed fixture line: {line}");
        };
        let decoded = ShareLink::decode(link).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        assert_eq!(decoded.now.to_compact(), now, "{name}: answers");
        assert_eq!(
            decoded.earlier.map(|e| e.to_compact()).unwrap_or_else(|| "-".into()),
            earlier,
            "{name}: earlier answers"
        );
        let shown = match decoded.earlier {
            Some(e) => format!("{} -> {}", scores(&e), scores(&decoded.now)),
            None => scores(&decoded.now),
        };
        assert_eq!(shown, expected, "{name}: scores");
        // While version 1 is the current format, writing gives the same text.
        assert_eq!(decoded.encode().as_deref(), Some(link), "{name}: re-encoded");
        checked += 1;
    }
    assert_eq!(checked, 4);
}
