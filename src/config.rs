//! A clinic's configuration, read from the page's query string (which
//! `embed.js` fills from its `data-…` attributes): clinic name, accent colour,
//! call to action, language and the parent page's origin for resize messages.
//!
//! Every value is checked; one that does not pass is dropped for the default
//! with a warning that names it. Nothing here is ever inserted as HTML: the
//! components put these values in text nodes and attributes only.

/// The query parameters the quiz understands (and the `data-` attributes of
/// `embed.js` with the same names).
pub const CLINIC: &str = "clinic";
pub const ACCENT: &str = "accent";
pub const CTA_LABEL: &str = "cta-label";
pub const CTA_URL: &str = "cta-url";
pub const LANG: &str = "lang";
pub const PARENT: &str = "parent";

const MAX_NAME: usize = 60;
const MAX_LABEL: usize = 40;
const MAX_URL: usize = 500;

/// A colour in sRGB.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

/// The validated configuration; `None` means "use the default".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ClinicConfig {
    pub clinic_name: Option<String>,
    pub accent: Option<Rgb>,
    pub cta_label: Option<String>,
    pub cta_url: Option<String>,
    pub lang: Option<String>,
    /// Where resize messages may go: the embedding page's origin.
    pub parent_origin: Option<String>,
}

/// A value that was given but could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    pub param: &'static str,
    pub reason: &'static str,
}

impl Warning {
    /// The console message: names the attribute and the query parameter.
    pub fn message(&self) -> String {
        format!(
            "Gut–Skin Check: the {} setting (data-{} on embed.js, or ?{}= on the page) {}; the default is used instead.",
            self.param, self.param, self.param, self.reason
        )
    }
}

impl ClinicConfig {
    /// Reads a query string (with or without its leading `?`).
    pub fn from_query(query: &str) -> (ClinicConfig, Vec<Warning>) {
        let mut config = ClinicConfig::default();
        let mut warnings = Vec::new();
        let query = query.strip_prefix('?').unwrap_or(query);
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let (Some(key), Some(value)) = (percent_decode(key), percent_decode(value)) else {
                continue;
            };
            let value = value.trim();
            let mut check = |param: &'static str, result: Result<String, &'static str>| match result {
                Ok(v) => Some(v),
                Err(reason) => {
                    warnings.push(Warning { param, reason });
                    None
                }
            };
            match key.as_str() {
                CLINIC => config.clinic_name = check(CLINIC, text(value, MAX_NAME)),
                CTA_LABEL => config.cta_label = check(CTA_LABEL, text(value, MAX_LABEL)),
                CTA_URL => config.cta_url = check(CTA_URL, link(value)),
                PARENT => config.parent_origin = check(PARENT, origin(value)),
                LANG => {
                    config.lang = check(LANG, language(value));
                }
                ACCENT => match parse_hex(value) {
                    Some(rgb) => config.accent = Some(rgb),
                    None => warnings.push(Warning {
                        param: ACCENT,
                        reason: "is not a hex colour such as #1f6f5c",
                    }),
                },
                // Unknown parameters belong to the host page, not to us.
                _ => {}
            }
        }
        (config, warnings)
    }

    /// The query string that carries this configuration (for share links,
    /// which keep the clinic's branding); empty for the defaults.
    pub fn to_query(&self) -> String {
        let mut out = String::new();
        let mut add = |key: &str, value: &str| {
            out.push(if out.is_empty() { '?' } else { '&' });
            out.push_str(key);
            out.push('=');
            out.push_str(&percent_encode(value));
        };
        if let Some(v) = &self.clinic_name {
            add(CLINIC, v);
        }
        if let Some(Rgb(r, g, b)) = self.accent {
            add(ACCENT, &hex(Rgb(r, g, b)));
        }
        if let Some(v) = &self.cta_label {
            add(CTA_LABEL, v);
        }
        if let Some(v) = &self.cta_url {
            add(CTA_URL, v);
        }
        if let Some(v) = &self.lang {
            add(LANG, v);
        }
        out
    }
}

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
    Ok(value.to_string())
}

/// The host part of an http(s) URL after the scheme, up to the path.
fn split_host(rest: &str) -> (&str, &str) {
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    rest.split_at(end)
}

fn valid_host(host: &str) -> bool {
    let (name, port) = match host.rsplit_once(':') {
        Some((n, p)) => (n, Some(p)),
        None => (host, None),
    };
    !name.is_empty()
        && name.len() <= 253
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.')
        && !name.starts_with(['.', '-'])
        && port.is_none_or(|p| !p.is_empty() && p.len() <= 5 && p.bytes().all(|b| b.is_ascii_digit()))
}

fn is_local(host: &str) -> bool {
    let name = host.rsplit_once(':').map_or(host, |(n, _)| n);
    name == "localhost" || name == "127.0.0.1"
}

/// https anywhere, http only on this machine.
fn scheme_rest(value: &str) -> Option<&str> {
    if let Some(rest) = value.strip_prefix("https://") {
        return Some(rest);
    }
    value
        .strip_prefix("http://")
        .filter(|rest| is_local(split_host(rest).0))
}

fn link(value: &str) -> Result<String, &'static str> {
    if value.len() > MAX_URL {
        return Err("is too long");
    }
    let rest = scheme_rest(value).ok_or("is not an https:// address")?;
    let (host, path) = split_host(rest);
    let path_ok = path
        .bytes()
        .all(|b| b.is_ascii_graphic() && !matches!(b, b'"' | b'\'' | b'<' | b'>' | b'\\' | b'`'));
    if valid_host(host) && path_ok {
        Ok(value.to_string())
    } else {
        Err("is not a valid web address")
    }
}

fn origin(value: &str) -> Result<String, &'static str> {
    let rest = scheme_rest(value).ok_or("is not an https:// origin")?;
    let (host, path) = split_host(rest);
    if valid_host(host) && (path.is_empty() || path == "/") {
        Ok(value.trim_end_matches('/').to_string())
    } else {
        Err("is not an origin: a scheme and a host with no path")
    }
}

fn language(value: &str) -> Result<String, &'static str> {
    crate::locale::by_tag(value)
        .map(|l| l.lang.to_string())
        .ok_or("names a language the quiz does not have")
}

/// `#rgb`, `#rrggbb`, or the same without `#`.
pub fn parse_hex(value: &str) -> Option<Rgb> {
    let digits = value.strip_prefix('#').unwrap_or(value);
    let nibble = |i: usize| {
        digits
            .as_bytes()
            .get(i)
            .and_then(|&b| char::from(b).to_digit(16))
            .map(|v| v as u8)
    };
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
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::from("#");
    for v in [r, g, b] {
        out.push(char::from(DIGITS[usize::from(v >> 4)]));
        out.push(char::from(DIGITS[usize::from(v & 15)]));
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
                let hi = char::from(*bytes.get(i + 1)?).to_digit(16)?;
                let lo = char::from(*bytes.get(i + 2)?).to_digit(16)?;
                out.push((hi * 16 + lo) as u8);
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
    const DIGITS: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(DIGITS[usize::from(b >> 4)]));
            out.push(char::from(DIGITS[usize::from(b & 15)]));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(query: &str) -> (ClinicConfig, Vec<&'static str>) {
        let (config, warnings) = ClinicConfig::from_query(query);
        (config, warnings.iter().map(|w| w.param).collect())
    }

    #[test]
    fn a_full_valid_configuration() {
        let (c, w) = read("?clinic=Skin+%26+Gut+Clinic&accent=%23A0337E&cta-label=Book%20now&cta-url=https%3A%2F%2Fclinic.example%2Fbook%3Fref%3Dquiz&lang=en&parent=https%3A%2F%2Fclinic.example");
        assert!(w.is_empty(), "{w:?}");
        assert_eq!(c.clinic_name.as_deref(), Some("Skin & Gut Clinic"));
        assert_eq!(c.accent, Some(Rgb(0xa0, 0x33, 0x7e)));
        assert_eq!(c.cta_label.as_deref(), Some("Book now"));
        assert_eq!(c.cta_url.as_deref(), Some("https://clinic.example/book?ref=quiz"));
        assert_eq!(c.lang.as_deref(), Some("en"));
        assert_eq!(c.parent_origin.as_deref(), Some("https://clinic.example"));
    }

    #[test]
    fn nothing_given_means_every_default_and_no_warning() {
        assert_eq!(read(""), (ClinicConfig::default(), vec![]));
        assert_eq!(read("?utm_source=newsletter&x"), (ClinicConfig::default(), vec![]));
    }

    #[test]
    fn bad_values_fall_back_with_a_warning_naming_them() {
        for (query, param) in [
            ("accent=red", ACCENT),
            ("accent=%2312345", ACCENT),
            ("accent=%23ggg", ACCENT),
            ("cta-url=javascript%3Aalert(1)", CTA_URL),
            ("cta-url=http%3A%2F%2Fclinic.example", CTA_URL),
            ("cta-url=https%3A%2F%2Fclinic.example%2F%22%3E%3Cscript%3E", CTA_URL),
            ("cta-url=data%3Atext%2Fhtml%2Cx", CTA_URL),
            ("cta-url=https%3A%2F%2F", CTA_URL),
            ("clinic=", CLINIC),
            (&format!("clinic={}", "x".repeat(61)), CLINIC),
            ("clinic=a%0Ab", CLINIC),
            (&format!("cta-label={}", "y".repeat(41)), CTA_LABEL),
            ("lang=xx", LANG),
            ("parent=https%3A%2F%2Fclinic.example%2Fpage", PARENT),
            ("parent=*", PARENT),
        ] {
            let (config, warnings) = read(query);
            assert_eq!(warnings, vec![param], "{query}");
            assert_eq!(config, ClinicConfig::default(), "{query}");
        }
    }

    #[test]
    fn warnings_name_the_attribute() {
        let (_, warnings) = ClinicConfig::from_query("accent=red");
        let message = warnings[0].message();
        assert!(
            message.contains("data-accent") && message.contains("?accent="),
            "{message}"
        );
    }

    #[test]
    fn local_http_is_allowed_for_development() {
        let (c, w) = read("cta-url=http://localhost:3000/book&parent=http://127.0.0.1:8081");
        assert!(w.is_empty());
        assert_eq!(c.cta_url.as_deref(), Some("http://localhost:3000/book"));
        assert_eq!(c.parent_origin.as_deref(), Some("http://127.0.0.1:8081"));
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
    fn query_round_trip() {
        let (c, _) = read("clinic=Dr.+M%C3%BCller%27s+Praxis&accent=%23123abc&cta-label=Termin&cta-url=https%3A%2F%2Fpraxis.example%2F%3Fa%3D1%26b%3D2&lang=en");
        let (again, w) = read(&c.to_query());
        assert!(w.is_empty());
        assert_eq!(again, c);
        assert_eq!(ClinicConfig::default().to_query(), "");
    }

    #[test]
    fn percent_decoding_rejects_broken_escapes() {
        assert_eq!(percent_decode("a%2"), None);
        assert_eq!(percent_decode("%zz"), None);
        assert_eq!(percent_decode("%FF"), None, "not UTF-8");
        assert_eq!(percent_decode("a+b%20c").as_deref(), Some("a b c"));
    }
}
