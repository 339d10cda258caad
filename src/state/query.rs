//! Parsing and writing the URL query, the explainer's public interface.
//!
//! Input is hostile by assumption (shared links, CMS embeds, fuzzers): every reader of a value
//! either returns something in range or `None`. Nothing here can panic.

use crate::decimal::clamp;
/// A parsed query string: decoded key/value pairs in order. For a repeated key the first wins,
/// so a value appended by a careless CMS cannot override the editor's own.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct QueryMap {
    pairs: Vec<(String, String)>,
}

impl QueryMap {
    /// Parses `?a=1&b=2`, `a=1&b=2` or a hash fragment's `#a=1`. Malformed escapes are kept literally.
    pub fn parse(query: &str) -> QueryMap {
        let pairs = query_parts(query)
            .map(|part| {
                let (key, value) = part.split_once('=').unwrap_or((part, ""));
                (percent_decode(key), percent_decode(value))
            })
            .collect();
        QueryMap { pairs }
    }

    pub fn get(&self, key: &str) -> Option<&str> {
        self.pairs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// A finite number clamped into `[min, max]`; NaN, infinities and non-numbers are `None`.
    pub fn number(&self, key: &str, min: f64, max: f64) -> Option<f64> {
        let value = crate::decimal::parse(self.get(key)?.trim())?;
        value.is_finite().then(|| clamp(value, min, max))
    }

    /// An integer clamped into `[min, max]`. Decimals are rounded; absurd magnitudes clamp.
    pub fn integer(&self, key: &str, min: u64, max: u64) -> Option<u64> {
        self.number(key, min as f64, max as f64)
            .map(|v| v.round() as u64)
    }

    /// `1`, `true`, `yes`, `on` or empty (any case) are true; `0`, `false`, `no`, `off` false;
    /// else `None`.
    pub fn flag(&self, key: &str) -> Option<bool> {
        let value = self.get(key)?.trim().to_ascii_lowercase();
        if TRUE_FLAGS.contains(&value.as_str()) {
            Some(true)
        } else {
            ["0", "false", "no", "off"]
                .contains(&value.as_str())
                .then_some(false)
        }
    }
}

/// The values [`QueryMap::flag`] reads as true (also written into `assets/prefs.js`).
pub const TRUE_FLAGS: [&str; 5] = ["1", "true", "yes", "on", ""];

/// Builds a query string in a stable key order, escaping values.
#[derive(Default)]
pub struct QueryWriter {
    out: String,
}

impl QueryWriter {
    pub fn push(&mut self, key: &str, value: impl std::fmt::Display) -> &mut Self {
        self.out.push(if self.out.is_empty() { '?' } else { '&' });
        self.out.push_str(&percent_encode(key));
        self.out.push('=');
        self.out.push_str(&percent_encode(&value.to_string()));
        self
    }

    /// A number with at most `decimals` places and no trailing zeros (`12.5`, not `12.500`).
    pub fn push_number(&mut self, key: &str, value: f64, decimals: usize) -> &mut Self {
        self.push(key, crate::decimal::trimmed(value, decimals))
    }

    pub fn finish(self) -> String {
        self.out
    }
}

/// Rewrites a query string (`?a=1&b=2`, or empty) so that the `owned` keys hold exactly what
/// `fresh` (a query string) says: every other parameter is kept verbatim and in order, every
/// occurrence of an owned key is dropped, and `fresh` follows at the end. Returns `""` or `"?…"`.
/// This is how each interactive writes its own keys into the shared URL without clobbering the
/// others', and how it removes a key that is back at its default.
pub fn merge_query(current: &str, owned: &[&str], fresh: &str) -> String {
    let is_owned = |part: &str| {
        let key = part.split_once('=').map_or(part, |(key, _)| key);
        owned.contains(&percent_decode(key).as_str())
    };
    let kept = query_parts(current).filter(|part| !is_owned(part));
    let added = query_parts(fresh);
    let parts: Vec<&str> = kept.chain(added).collect();
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}

/// The non-empty `key=value` parts of a query or fragment. Stray `?`/`#` before a part
/// (`?&?lev=1`, pasted twice by a CMS) are dropped, so parsing and merging agree on keys.
fn query_parts(query: &str) -> impl Iterator<Item = &str> {
    query
        .split('&')
        .map(|part| part.trim_start_matches(['?', '#']))
        .filter(|part| !part.is_empty())
}

fn percent_decode(input: &str) -> String {
    let bytes = input.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(hi), Some(lo)) => {
                    out.push(hi << 4 | lo);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            byte => out.push(byte),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(byte: u8) -> Option<u8> {
    (byte as char).to_digit(16).map(|d| d as u8)
}

fn percent_encode(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    for byte in input.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_of_repeated_keys_wins() {
        let q = QueryMap::parse("?lev=10&lev=125");
        assert_eq!(q.number("lev", 1.0, 125.0), Some(10.0));
    }

    #[test]
    fn numbers_are_clamped_and_garbage_ignored() {
        let q = QueryMap::parse("a=1e308&b=NaN&c=-5&d=abc&e=inf&f=%31%32");
        assert_eq!(q.number("a", 1.0, 125.0), Some(125.0));
        assert_eq!(q.number("b", 1.0, 125.0), None);
        assert_eq!(q.number("c", 1.0, 125.0), Some(1.0));
        assert_eq!(q.number("d", 1.0, 125.0), None);
        assert_eq!(q.number("e", 1.0, 125.0), None);
        assert_eq!(q.number("f", 1.0, 125.0), Some(12.0));
        assert_eq!(q.integer("a", 10, 20), Some(20));
    }

    #[test]
    fn malformed_escapes_survive() {
        for raw in [
            "%",
            "%%",
            "%e4%b8",
            "a=%",
            "a=%zz",
            "=%",
            "&&&",
            "a==b",
            "%E4%B8%AD=%E6%96%87",
        ] {
            let q = QueryMap::parse(raw);
            let _ = q.get("a");
        }
        assert_eq!(QueryMap::parse("k=%E4%B8%AD").get("k"), Some("中"));
        assert_eq!(QueryMap::parse("k=100%").get("k"), Some("100%"));
    }

    #[test]
    fn writer_round_trips_through_parser() {
        let mut w = QueryWriter::default();
        w.push("lang", "en")
            .push_number("lev", 12.50, 2)
            .push("note", "a&b=c 中");
        let text = w.finish();
        assert_eq!(&text[..19], "?lang=en&lev=12.5&n");
        let q = QueryMap::parse(&text);
        assert_eq!(q.get("lang"), Some("en"));
        assert_eq!(q.get("lev"), Some("12.5"));
        assert_eq!(q.get("note"), Some("a&b=c 中"));
    }

    #[test]
    fn merge_keeps_other_keys_and_replaces_own() {
        let merged = merge_query(
            "?lang=en&lev=10&lev=20&section=leverage&x=%",
            &["lev"],
            "?lev=25",
        );
        assert_eq!(merged, "?lang=en&section=leverage&x=%&lev=25");
        assert_eq!(merge_query("", &["lang"], "?lang=zh"), "?lang=zh");
        assert_eq!(merge_query("?mmr=1", &["mmr"], ""), "");
        assert_eq!(merge_query("?%6Cev=3&a", &["lev"], ""), "?a");
        assert_eq!(merge_query("?&?lev=125", &["lev"], "?lev=5"), "?lev=5");
    }

    #[test]
    fn flags() {
        let q = QueryMap::parse("embed=1&x=no&y=maybe&z");
        assert_eq!(q.flag("embed"), Some(true));
        assert_eq!(q.flag("x"), Some(false));
        assert_eq!(q.flag("y"), None);
        assert_eq!(q.flag("z"), Some(true));
        assert_eq!(q.flag("missing"), None);
    }
}
