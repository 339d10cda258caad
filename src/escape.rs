//! The one HTML escaper, for the static page's writer (`crate::page::markup`), the page's head
//! and the embed snippet a newsroom copies.

/// `text` escaped for HTML text or a double-quoted attribute value.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape_into(&mut out, text);
    out
}

pub fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_the_four_characters_that_matter_in_text_and_attributes() {
        assert_eq!(
            escape("Tom & \"Jerry\" <b>"),
            "Tom &amp; &quot;Jerry&quot; &lt;b&gt;"
        );
        assert_eq!(escape("涨跌 −5%"), "涨跌 −5%");
    }
}
