//! A clinic's branding and call to action, and the language, for one visit.
//!
//! The page's address (which `embed.js` fills from its `data-…` attributes)
//! may only *pick*: a clinic by its id (`?clinic=meadow`) and a language.
//! What a clinic looks like — its name, colour and the button that leads to
//! its booking page — comes from `clinics.json`, a file on the quiz's own
//! origin written by whoever deploys it (docs/embedding.md). So a link made
//! by a stranger can show a configured clinic, never invent one.
//!
//! Every value is checked here, in plain Rust tested on the host; one that
//! does not pass is left out with a console message naming it. Nothing here
//! is ever inserted as HTML: the components put these values in text nodes
//! and attributes only.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::hex;

/// The query parameters the quiz reads (and the `data-` attributes of
/// `embed.js` with the same names).
pub const CLINIC: &str = "clinic";
pub const LANG: &str = "lang";
/// Parameters that once carried branding in the address. They are ignored,
/// with a warning, because anyone can write an address.
pub const IGNORED: [&str; 3] = ["accent", "cta-label", "cta-url"];

/// The configuration file, beside `index.html` on the quiz's origin.
pub const CLINICS_FILE: &str = "clinics.json";

const MAX_ID: usize = 40;
const MAX_NAME: usize = 60;
const MAX_LABEL: usize = 40;
const MAX_URL: usize = 500;
/// A file far larger than any list of clinics is a mistake, not a config.
pub const MAX_FILE: usize = 64 * 1024;

/// A colour in sRGB.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

/// The validated configuration; `None` means "use the default".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ClinicConfig {
    /// The id the address picked, kept for share links.
    pub clinic_id: Option<String>,
    pub clinic_name: Option<String>,
    pub accent: Option<Rgb>,
    pub cta_label: Option<String>,
    pub cta_url: Option<String>,
    /// The host `cta_url` leads to, shown beside the button.
    pub cta_host: Option<String>,
    pub lang: Option<String>,
}

/// What the page's address asks for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Request {
    pub clinic_id: Option<String>,
    pub lang: Option<String>,
}

/// `clinics.json`: one entry per clinic, by id.
#[derive(Deserialize, Debug, Default)]
#[serde(deny_unknown_fields)]
pub struct ClinicFile {
    pub clinics: BTreeMap<String, ClinicEntry>,
}

/// One clinic as its deployer wrote it, before any check. Read from a JSON
/// object of strings only: an array in its place, which serde would
/// otherwise read field by field in order, or an unknown key is an error.
#[derive(Deserialize, Debug, Default, Clone)]
#[serde(try_from = "BTreeMap<String, String>")]
pub struct ClinicEntry {
    pub name: Option<String>,
    pub accent: Option<String>,
    pub cta_label: Option<String>,
    pub cta_url: Option<String>,
    pub lang: Option<String>,
}

impl TryFrom<BTreeMap<String, String>> for ClinicEntry {
    type Error = String;

    fn try_from(mut fields: BTreeMap<String, String>) -> Result<ClinicEntry, String> {
        let mut take = |key: &str| fields.remove(key);
        let entry = ClinicEntry {
            name: take("name"),
            accent: take("accent"),
            cta_label: take("cta-label"),
            cta_url: take("cta-url"),
            lang: take("lang"),
        };
        match fields.keys().next() {
            Some(key) => Err(format!(
                "unknown field `{key}`, expected one of `name`, `accent`, `cta-label`, `cta-url`, `lang`"
            )),
            None => Ok(entry),
        }
    }
}

/// Whether addresses on the visitor's own machine or private network may be
/// a call to action: only in development builds.
pub const ALLOW_LOCAL: bool = cfg!(debug_assertions);

const PREFIX: &str = "Gut–Skin Check: ";

impl Request {
    /// Reads a query string (with or without its leading `?`); returns the
    /// request and a warning for each parameter that was refused.
    pub fn from_query(query: &str) -> (Request, Vec<String>) {
        let mut request = Request::default();
        let mut warnings = Vec::new();
        let query = query.strip_prefix('?').unwrap_or(query);
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let (Some(key), Some(value)) = (percent_decode(key), percent_decode(value)) else {
                continue;
            };
            let value = value.trim();
            match key.as_str() {
                CLINIC if is_id(value) => request.clinic_id = Some(value.to_string()),
                CLINIC => warnings.push(format!(
                    "{PREFIX}the clinic setting (data-clinic on embed.js, or ?clinic= on the page) is not a clinic id \
                     from {CLINICS_FILE} (lowercase letters, digits and hyphens); the quiz is shown without a clinic's branding."
                )),
                LANG => match crate::locale::by_tag(value) {
                    Some(locale) => request.lang = Some(locale.lang.to_string()),
                    None => warnings.push(format!(
                        "{PREFIX}the lang setting (data-lang on embed.js, or ?lang= on the page) names a language the quiz \
                         does not have; the visitor's browser language is used instead."
                    )),
                },
                key if IGNORED.contains(&key) => warnings.push(format!(
                    "{PREFIX}?{key}= in the address is ignored: a clinic's name, colour and call to action come only \
                     from {CLINICS_FILE} on the quiz's own server, chosen with ?clinic=<id> (docs/embedding.md)."
                )),
                // Unknown parameters belong to the host page, not to us.
                _ => {}
            }
        }
        (request, warnings)
    }
}

/// A clinic id: what `?clinic=` may carry.
fn is_id(value: &str) -> bool {
    !value.is_empty()
        && value.len() <= MAX_ID
        && value
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Why `clinics.json` could not be used, as a console message.
pub fn unreadable(why: &str) -> String {
    format!("{PREFIX}{CLINICS_FILE} could not be read ({why}); no clinic's branding is used.")
}

impl ClinicFile {
    /// Reads the file's text (on the host; the page reads it with the
    /// browser's JSON parser and the same serde derive, `src/web/clinic.rs` in the app).
    #[cfg(test)]
    pub fn parse(text: &str) -> Result<ClinicFile, String> {
        if text.len() > MAX_FILE {
            return Err(unreadable("larger than 64 KB"));
        }
        serde_json::from_str(text).map_err(|e| unreadable(&e.to_string()))
    }

    /// The clinic with this id, checked: every value that does not pass is
    /// left out with a warning. An unknown id is an error, and nothing of
    /// any clinic is shown.
    pub fn clinic(&self, id: &str, allow_local: bool) -> Result<(ClinicConfig, Vec<String>), String> {
        let Some(entry) = self.clinics.get(id) else {
            let known: Vec<&str> = self.clinics.keys().map(String::as_str).collect();
            return Err(format!(
                "{PREFIX}there is no clinic \"{id}\" in {CLINICS_FILE} (it lists: {}); the quiz is shown without a clinic's branding.",
                if known.is_empty() { "none".to_string() } else { known.join(", ") }
            ));
        };
        let mut warnings = Vec::new();
        let mut check = |field: &str, result: Result<String, &str>| match result {
            Ok(v) => Some(v),
            Err(reason) => {
                warnings.push(format!(
                    "{PREFIX}in {CLINICS_FILE}, clinic \"{id}\": {field} {reason}; it is left out."
                ));
                None
            }
        };
        let mut config = ClinicConfig {
            clinic_id: Some(id.to_string()),
            ..ClinicConfig::default()
        };
        config.clinic_name = given(&entry.name).and_then(|v| check("name", text(v, MAX_NAME)));
        config.cta_label = given(&entry.cta_label).and_then(|v| check("cta-label", text(v, MAX_LABEL)));
        if let Some(url) = given(&entry.cta_url) {
            match cta_link(url, allow_local) {
                Ok(host) => {
                    config.cta_url = Some(url.to_string());
                    config.cta_host = Some(host);
                }
                Err(reason) => {
                    check("cta-url", Err(reason));
                }
            }
        }
        config.accent = given(&entry.accent).and_then(|v| match parse_hex(v) {
            Some(rgb) => Some(rgb),
            None => check("accent", Err("is not a hex colour such as #1f6f5c")).and(None),
        });
        config.lang = given(&entry.lang).and_then(|v| {
            check(
                "lang",
                crate::locale::by_tag(v)
                    .map(|l| l.lang.to_string())
                    .ok_or("names a language the quiz does not have"),
            )
        });
        Ok((config, warnings))
    }
}

/// A value the deployer wrote, without its surrounding spaces.
fn given(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim)
}

impl ClinicConfig {
    /// The query string that carries this choice (for share links, which
    /// keep the clinic's branding): the clinic's id and the language only;
    /// empty for the defaults.
    pub fn to_query(&self) -> String {
        let mut out = String::new();
        let mut add = |key: &str, value: &str| {
            out.push(if out.is_empty() { '?' } else { '&' });
            out.push_str(key);
            out.push('=');
            out.push_str(&percent_encode(value));
        };
        if let Some(v) = &self.clinic_id {
            add(CLINIC, v);
        }
        if let Some(v) = &self.lang {
            add(LANG, v);
        }
        out
    }
}

/// A name or a label: shown as text, so it must read as what it says.
fn text(value: &str, max: usize) -> Result<String, &'static str> {
    if value.is_empty() {
        return Err("is empty");
    }
    if value.chars().count() > max {
        return Err("is too long");
    }
    if value.chars().any(char::is_control) {
        return Err("contains control characters");
    }
    if value.chars().any(|c| is_format(c) || is_invisible(c)) {
        // A right-to-left override makes a crafted string read as another
        // name; invisible characters hide what a label really says.
        return Err("contains invisible format characters (such as bidirectional controls or zero-width spaces)");
    }
    Ok(value.to_string())
}

/// Characters that show nothing, or strike through what they follow, though
/// they are not format characters: Unicode's default-ignorable code points
/// (Hangul fillers, variation selectors, Khmer inherent vowels, …), the blank
/// Braille pattern and the combining overlays.
fn is_invisible(c: char) -> bool {
    matches!(
        c as u32,
        0x034F
            | 0x0334..=0x0338
            | 0x115F..=0x1160
            | 0x17B4..=0x17B5
            | 0x180B..=0x180F
            | 0x2800
            | 0x3164
            | 0xFE00..=0xFE0F
            | 0xFFA0
            | 0xFFF0..=0xFFF8
            | 0xE0000..=0xE0FFF
    )
}

/// Unicode's format characters (general category Cf, Unicode 15.1), and the
/// line and paragraph separators: characters that are not seen but change
/// how the text around them is shown.
pub fn is_format(c: char) -> bool {
    matches!(
        c as u32,
        0x00AD
            | 0x0600..=0x0605
            | 0x061C
            | 0x06DD
            | 0x070F
            | 0x0890..=0x0891
            | 0x08E2
            | 0x180E
            | 0x200B..=0x200F
            | 0x2028..=0x202E
            | 0x2060..=0x2064
            | 0x2066..=0x206F
            | 0xFEFF
            | 0xFFF9..=0xFFFB
            | 0x110BD
            | 0x110CD
            | 0x13430..=0x1343F
            | 0x1BCA0..=0x1BCA3
            | 0x1D173..=0x1D17A
            | 0xE0001
            | 0xE0020..=0xE007F
    )
}

/// The host part of a URL after the scheme, up to the path.
fn split_host(rest: &str) -> (&str, &str) {
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    rest.split_at(end)
}

/// Checks a call to action's address; returns the host to show beside the
/// button. `https://` only (plain `http://` only for a local address in a
/// development build); a host name of letters, digits, hyphens and dots,
/// so no user name, no `\`, no `%` escapes can make it lead elsewhere than
/// it reads.
pub fn cta_link(value: &str, allow_local: bool) -> Result<String, &'static str> {
    if value.len() > MAX_URL {
        return Err("is too long");
    }
    let (secure, rest) = if let Some(rest) = value.strip_prefix("https://") {
        (true, rest)
    } else if let Some(rest) = value.strip_prefix("http://") {
        (false, rest)
    } else {
        return Err("is not an https:// address");
    };
    let (host, path) = split_host(rest);
    let path_ok = path
        .bytes()
        .all(|b| b.is_ascii_graphic() && !matches!(b, b'"' | b'\'' | b'<' | b'>' | b'\\' | b'`'));
    let (name, port) = match host.rsplit_once(':') {
        Some((n, p)) if !n.starts_with('[') || n.ends_with(']') => (n, Some(p)),
        _ => (host, None),
    };
    let port_ok = port.is_none_or(|p| {
        p.len() <= 5
            && p.bytes().all(|b| b.is_ascii_digit())
            && p.parse::<u32>().is_ok_and(|n| (1..=65_535).contains(&n))
    });
    let name = name.to_ascii_lowercase();
    // One trailing dot names the same host.
    let bare = name.strip_suffix('.').unwrap_or(&name);
    let ip = name.starts_with('[') || ends_in_number(bare) || holds_an_ipv4(bare);
    let name_ok = ip
        || (!bare.is_empty()
            && bare.len() <= 253
            && bare
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.')
            && bare
                .split('.')
                .all(|label| !label.is_empty() && !label.starts_with('-') && !label.ends_with('-')));
    if !(name_ok && port_ok && path_ok) {
        return Err("is not a valid web address");
    }
    let local = ip || is_local_name(bare);
    if local && !allow_local {
        return Err(if ip {
            "is an IP address, not a host name: it could point at the visitor's own machine or private network \
             (127.0.0.1, 0x7f.1, 10.0.0.1, [::1] …), and visitors cannot see where it leads"
        } else {
            "points at the visitor's own machine or a private network (localhost, *.local, a name without a dot …)"
        });
    }
    if !secure && !local {
        return Err("is not an https:// address");
    }
    Ok(match port {
        Some(port) => format!("{bare}:{port}"),
        None => bare.to_string(),
    })
}

/// Whether the browser would read this host as an IPv4 address in one of its
/// many spellings (`127.1`, `0x7f.1`, `0177.0.0.1`, `2130706433`): by the
/// URL standard, when its last label is a number, decimal or `0x` hex.
fn ends_in_number(host: &str) -> bool {
    let last = host.rsplit('.').next().unwrap_or(host);
    if !last.is_empty() && last.bytes().all(|b| b.is_ascii_digit()) {
        return true;
    }
    last.strip_prefix("0x")
        .is_some_and(|hex| hex.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// Whether four labels in a row are numbers: a name such as
/// `127.0.0.1.nip.io` that public DNS services answer with the address it
/// spells.
fn holds_an_ipv4(host: &str) -> bool {
    let numeric: Vec<bool> = host
        .split('.')
        .map(|label| !label.is_empty() && label.bytes().all(|b| b.is_ascii_digit()))
        .collect();
    numeric.windows(4).any(|four| four.iter().all(|&n| n))
}

/// Names that never leave the visitor's machine or network: reserved and
/// customary private suffixes, home routers, and public names known to point
/// at the visitor's own machine.
fn is_local_name(host: &str) -> bool {
    const SUFFIXES: [&str; 10] = [
        ".localhost",
        ".local",
        ".localdomain",
        ".internal",
        ".intranet",
        ".home.arpa",
        ".home",
        ".lan",
        ".corp",
        ".private",
    ];
    const NAMES: [&str; 4] = ["fritz.box", "localtest.me", "lvh.me", "vcap.me"];
    let within = |name: &str| host == name || host.ends_with(&[".", name].concat());
    host == "localhost"
        || !host.contains('.')
        || SUFFIXES.iter().any(|s| host.ends_with(s))
        || NAMES.iter().any(|n| within(n))
}

/// `#rgb`, `#rrggbb`, or the same without `#`.
pub fn parse_hex(value: &str) -> Option<Rgb> {
    let digits = value.strip_prefix('#').unwrap_or(value);
    let nibble = |i: usize| digits.as_bytes().get(i).and_then(|&b| hex::digit(b));
    match digits.len() {
        3 => Some(Rgb(nibble(0)? * 17, nibble(1)? * 17, nibble(2)? * 17)),
        6 => Some(Rgb(
            nibble(0)? << 4 | nibble(1)?,
            nibble(2)? << 4 | nibble(3)?,
            nibble(4)? << 4 | nibble(5)?,
        )),
        _ => None,
    }
}

/// `#rrggbb`.
pub fn hex(Rgb(r, g, b): Rgb) -> String {
    let mut out = String::from("#");
    for v in [r, g, b] {
        hex::push_byte(&mut out, v, hex::LOWER);
    }
    out
}

/// Decodes `%XX` escapes and `+` (a space in query strings). `None` for a
/// broken escape or bytes that are not UTF-8.
pub fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                out.push(hex::byte(*bytes.get(i + 1)?, *bytes.get(i + 2)?)?);
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).ok()
}

/// Escapes everything but unreserved characters.
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push('%');
            hex::push_byte(&mut out, b, hex::UPPER);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The example file shipped beside index.html: the tests read the real one.
    const SHIPPED: &str = include_str!("../../clinics.json");

    fn file(entry: &str) -> ClinicFile {
        ClinicFile::parse(&format!(r#"{{ "clinics": {{ "c": {entry} }} }}"#)).unwrap()
    }

    fn field_warning(entry: &str) -> (ClinicConfig, Vec<String>) {
        file(entry).clinic("c", false).unwrap()
    }

    #[test]
    fn the_shipped_example_is_a_full_valid_clinic() {
        let (c, w) = ClinicFile::parse(SHIPPED).unwrap().clinic("meadow", false).unwrap();
        assert!(w.is_empty(), "{w:?}");
        assert_eq!(c.clinic_id.as_deref(), Some("meadow"));
        assert_eq!(c.clinic_name.as_deref(), Some("Meadow Skin & Nutrition Clinic"));
        assert_eq!(c.accent, Some(Rgb(0xa0, 0x33, 0x7e)));
        assert_eq!(c.cta_label.as_deref(), Some("Book a consultation"));
        assert_eq!(c.cta_url.as_deref(), Some("https://meadow-clinic.example/book"));
        assert_eq!(c.cta_host.as_deref(), Some("meadow-clinic.example"));
        assert_eq!(c.lang.as_deref(), Some("en"));
        assert_eq!(c.to_query(), "?clinic=meadow&lang=en");
    }

    #[test]
    fn an_entry_must_be_an_object_of_strings() {
        for entry in [
            "[]",
            r##"["Meadow", "#a0337e"]"##,
            r#""Meadow""#,
            r#"{"name": 7}"#,
            r#"{"nmae": "Meadow"}"#,
        ] {
            let text = format!(r#"{{"clinics":{{"c":{entry}}}}}"#);
            assert!(ClinicFile::parse(&text).is_err(), "{entry} was read");
        }
    }

    #[test]
    fn an_entry_may_leave_anything_out() {
        let (c, w) = field_warning("{}");
        assert!(w.is_empty());
        assert_eq!(
            c,
            ClinicConfig {
                clinic_id: Some("c".into()),
                ..ClinicConfig::default()
            }
        );
    }

    #[test]
    fn an_unknown_id_is_an_error_that_lists_the_known_ones() {
        let clinics = ClinicFile::parse(SHIPPED).unwrap();
        let error = clinics.clinic("nhs-official", false).unwrap_err();
        assert!(
            error.contains("\"nhs-official\"") && error.contains("meadow"),
            "{error}"
        );
        let error = ClinicFile::parse(r#"{"clinics":{}}"#)
            .unwrap()
            .clinic("x", false)
            .unwrap_err();
        assert!(error.contains("lists: none"), "{error}");
    }

    #[test]
    fn a_broken_file_is_an_error_that_says_where() {
        for (text, says) in [
            ("", "EOF"),
            ("{", "EOF"),
            ("[]", "expected struct ClinicFile"),
            ("\"x\"", "invalid type"),
            (r#"{"clinics":{"c":{"name":"x",}}}"#, "line 1"),
            (r#"{"clinics":{"c":{"nmae":"x"}}}"#, "unknown field `nmae`"),
            (r#"{"clinics":{"c":{"name":7}}}"#, "invalid type"),
            (r#"{"clinic":{}}"#, "unknown field `clinic`"),
        ] {
            let error = ClinicFile::parse(text).unwrap_err();
            assert!(error.contains(says) && error.contains(CLINICS_FILE), "{text}: {error}");
        }
        assert!(ClinicFile::parse(&" ".repeat(MAX_FILE + 1))
            .unwrap_err()
            .contains("larger"));
        assert!(unreadable("HTTP 404").contains("clinics.json could not be read (HTTP 404)"));
    }

    #[test]
    fn bad_values_are_left_out_with_a_warning_naming_them() {
        for (entry, field) in [
            (r#"{"accent":"red"}"#, "accent"),
            (r##"{"accent":"#12345"}"##, "accent"),
            (r#"{"cta-url":"javascript:alert(1)"}"#, "cta-url"),
            (r#"{"cta-url":"http://clinic.example"}"#, "cta-url"),
            (r#"{"cta-url":"https://clinic.example/\"><script>"}"#, "cta-url"),
            (r#"{"cta-url":"data:text/html,x"}"#, "cta-url"),
            (r#"{"cta-url":"https://"}"#, "cta-url"),
            (r#"{"cta-url":"https://clinic.example@evil.example/"}"#, "cta-url"),
            (r#"{"cta-url":"https://clinic.example\\@evil.example/"}"#, "cta-url"),
            (r#"{"cta-url":"https://%6cocalhost/"}"#, "cta-url"),
            (r#"{"cta-url":"https://xn--clnic-.example/"}"#, "cta-url"),
            (r#"{"name":""}"#, "name"),
            (&format!(r#"{{"name":"{}"}}"#, "x".repeat(61)), "name"),
            (r#"{"name":"a\nb"}"#, "name"),
            (&format!(r#"{{"cta-label":"{}"}}"#, "y".repeat(41)), "cta-label"),
            (r#"{"lang":"xx"}"#, "lang"),
        ] {
            let (config, warnings) = field_warning(entry);
            assert_eq!(warnings.len(), 1, "{entry}: {warnings:?}");
            assert!(
                warnings[0].contains(&format!("clinic \"c\": {field} ")),
                "{entry}: {}",
                warnings[0]
            );
            assert_eq!(
                config,
                ClinicConfig {
                    clinic_id: Some("c".into()),
                    ..ClinicConfig::default()
                },
                "{entry}"
            );
        }
    }

    #[test]
    fn format_characters_in_names_and_labels_are_refused() {
        for c in [
            '\u{202E}',
            '\u{202A}',
            '\u{202B}',
            '\u{202C}',
            '\u{202D}',
            '\u{2066}',
            '\u{2067}',
            '\u{2068}',
            '\u{2069}',
            '\u{200B}',
            '\u{200C}',
            '\u{200D}',
            '\u{200E}',
            '\u{200F}',
            '\u{061C}',
            '\u{FEFF}',
            '\u{00AD}',
            '\u{2060}',
            '\u{2028}',
            '\u{E0041}',
            '\u{3164}',
            '\u{115F}',
            '\u{FFA0}',
            '\u{2800}',
            '\u{034F}',
            '\u{FE0F}',
            '\u{E0100}',
            '\u{17B4}',
            '\u{0336}',
        ] {
            for field in ["name", "cta-label"] {
                let entry = format!(r#"{{"{field}":"Official{c} Clinic"}}"#);
                let (config, warnings) = field_warning(&entry);
                assert!(
                    warnings.len() == 1 && warnings[0].contains("format characters"),
                    "U+{:04X} in {field}: {warnings:?}",
                    c as u32
                );
                assert_eq!(config.clinic_name, None);
                assert_eq!(config.cta_label, None);
            }
        }
        // Letters of every script stay welcome.
        let (c, w) = field_warning(r#"{"name":"عيادة الجلد — Dr. Müller's Praxis 皮膚科"}"#);
        assert!(w.is_empty(), "{w:?}");
        assert!(c.clinic_name.is_some());
    }

    #[test]
    fn local_and_private_addresses_are_refused_in_release_builds() {
        for url in [
            "http://localhost:631/",
            "https://localhost/",
            "https://LOCALHOST./book",
            "https://printer.localhost/",
            "https://nas.local/",
            "https://router.home.arpa/",
            "https://intranet/",
            "https://127.0.0.1/",
            "https://127.1/",
            "https://0x7f.1/",
            "https://0x7F000001/",
            "https://0177.0.0.1/",
            "https://2130706433/",
            "https://0.0.0.0/",
            "https://0/",
            "https://10.0.0.1/",
            "https://172.16.0.1/",
            "https://172.31.255.255/",
            "https://192.168.1.1/",
            "https://169.254.169.254/",
            "https://100.64.0.1/",
            "https://[::1]/",
            "https://[::]/",
            "https://[fc00::1]/",
            "https://[fd12:3456::1]/",
            "https://[fe80::1]/",
            "https://[::ffff:127.0.0.1]/",
            "https://[::ffff:7f00:1]:8443/",
            "https://clinic.example.0x7f/",
            "https://8.8.8.8/",
            "https://localhost.localdomain/",
            "https://fritz.box/",
            "https://router.home/",
            "https://intranet.corp/",
            "https://127.0.0.1.nip.io/",
            "https://10.0.0.1.sslip.io/book",
            "https://localtest.me/",
            "https://app.lvh.me/",
            "https://clinic.example:0/",
            "https://clinic.example:99999/",
        ] {
            let result = cta_link(url, false);
            assert!(result.is_err(), "{url} was accepted as {result:?}");
            let (config, warnings) = field_warning(&format!(r#"{{"cta-url":"{url}"}}"#));
            assert_eq!(config.cta_url, None, "{url}");
            assert!(
                warnings[0].contains("own machine") || warnings[0].contains("not a valid"),
                "{url}: {}",
                warnings[0]
            );
        }
    }

    #[test]
    fn local_addresses_are_allowed_while_developing() {
        assert_eq!(
            cta_link("http://localhost:3000/book", true).as_deref(),
            Ok("localhost:3000")
        );
        assert_eq!(
            cta_link("http://127.0.0.1:8081/", true).as_deref(),
            Ok("127.0.0.1:8081")
        );
        assert!(
            cta_link("http://clinic.example/", true).is_err(),
            "plain http only on this machine"
        );
        const { assert!(!ALLOW_LOCAL || cfg!(debug_assertions)) };
    }

    #[test]
    fn public_names_are_accepted_and_shown_as_the_browser_reads_them() {
        for (url, host) in [
            ("https://clinic.example/book?ref=quiz#top", "clinic.example"),
            ("https://Book.Clinic.Example./", "book.clinic.example"),
            ("https://clinic.example:8443", "clinic.example:8443"),
            ("https://xn--mller-kva.example/", "xn--mller-kva.example"),
            ("https://127-0-0-1.clinic.example/", "127-0-0-1.clinic.example"),
        ] {
            assert_eq!(cta_link(url, false).as_deref(), Ok(host), "{url}");
        }
    }

    #[test]
    fn the_address_picks_a_clinic_and_a_language_only() {
        let (r, w) = Request::from_query("?clinic=meadow&lang=de-AT&utm_source=x");
        assert!(w.is_empty(), "{w:?}");
        assert_eq!(r.clinic_id.as_deref(), Some("meadow"));
        assert_eq!(r.lang.as_deref(), Some("de"));
        assert_eq!(Request::from_query(""), (Request::default(), vec![]));
    }

    #[test]
    fn branding_in_the_address_is_ignored_with_a_warning() {
        let (r, w) = Request::from_query(
            "clinic=meadow&cta-label=Book+your+urgent+follow-up&cta-url=https%3A%2F%2Fattacker.example%2F&accent=%23ff0000",
        );
        assert_eq!(r.clinic_id.as_deref(), Some("meadow"));
        assert_eq!(w.len(), 3, "{w:?}");
        for (warning, key) in w.iter().zip(["cta-label", "cta-url", "accent"]) {
            assert!(
                warning.contains(&format!("?{key}=")) && warning.contains("ignored"),
                "{warning}"
            );
        }
    }

    #[test]
    fn an_address_cannot_name_a_clinic_in_words() {
        for query in [
            "clinic=Official+NHS+Clinic",
            "clinic=Meadow",
            "clinic=a%E2%80%AEb",
            "clinic=",
        ] {
            let (r, w) = Request::from_query(query);
            assert_eq!(r.clinic_id, None, "{query}");
            assert!(w.len() == 1 && w[0].contains("data-clinic"), "{query}: {w:?}");
        }
        let (r, w) = Request::from_query("lang=xx");
        assert_eq!(r.lang, None);
        assert!(w[0].contains("data-lang"));
    }

    #[test]
    fn colours() {
        assert_eq!(parse_hex("#fff"), Some(Rgb(255, 255, 255)));
        assert_eq!(parse_hex("1f6f5c"), Some(Rgb(0x1f, 0x6f, 0x5c)));
        assert_eq!(parse_hex("#1f6f5c0"), None);
        assert_eq!(parse_hex("#é12"), None);
        assert_eq!(hex(Rgb(0x1f, 0x6f, 0x5c)), "#1f6f5c");
    }

    #[test]
    fn percent_decoding_rejects_broken_escapes() {
        assert_eq!(percent_decode("a%2"), None);
        assert_eq!(percent_decode("%zz"), None);
        assert_eq!(percent_decode("%FF"), None, "not UTF-8");
        assert_eq!(percent_decode("a+b%20c").as_deref(), Some("a b c"));
    }
}
