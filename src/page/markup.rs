//! HTML written as a string, the one writer of raw HTML: the static page writes its prose,
//! figures and tables with it, and [`markup`] mounts such a string as one raw block. Native only:
//! inside the Wasm module everything renders with `html!`.

use yew::{AttrValue, Html};

use crate::escape::escape_into;

/// An HTML string under construction; text and attribute values are escaped as they go in.
#[derive(Default)]
pub struct Markup(String);

impl Markup {
    /// `<tag a="v" …>`; attribute values are escaped.
    pub fn open(&mut self, tag: &str, attributes: &[(&str, &str)]) -> &mut Self {
        self.0.push('<');
        self.0.push_str(tag);
        for (name, value) in attributes {
            self.0.push(' ');
            self.0.push_str(name);
            self.0.push_str("=\"");
            escape_into(&mut self.0, value);
            self.0.push('"');
        }
        self.0.push('>');
        self
    }

    pub fn close(&mut self, tag: &str) -> &mut Self {
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
        self
    }

    /// Escaped text.
    pub fn text(&mut self, text: &str) -> &mut Self {
        escape_into(&mut self.0, text);
        self
    }

    /// `<tag …>text</tag>`.
    pub fn element(&mut self, tag: &str, attributes: &[(&str, &str)], text: &str) -> &mut Self {
        self.open(tag, attributes).text(text).close(tag)
    }

    pub fn into_string(self) -> String {
        self.0
    }

    /// The markup as a raw block.
    pub fn into_html(self) -> Html {
        Html::from_html_unchecked(AttrValue::from(self.0))
    }
}

/// A raw block of what `write` writes, placed in the static page.
pub fn markup(write: impl FnOnce(&mut Markup)) -> Html {
    let mut markup = Markup::default();
    write(&mut markup);
    markup.into_html()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_text_and_attributes() {
        let mut m = Markup::default();
        m.open("p", &[("class", "a\"b"), ("data-x", "<&>")])
            .text("Tom & \"Jerry\" <b>")
            .element("time", &[("datetime", "2026-02-06")], "6 Feb")
            .close("p");
        assert_eq!(
            m.into_string(),
            "<p class=\"a&quot;b\" data-x=\"&lt;&amp;&gt;\">Tom &amp; &quot;Jerry&quot; &lt;b&gt;\
             <time datetime=\"2026-02-06\">6 Feb</time></p>"
        );
    }
}
