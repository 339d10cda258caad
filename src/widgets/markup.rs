//! HTML written as a string, the one escaping writer: the static page (`crate::page`) writes
//! its prose, figures and tables with it, and [`markup`] mounts such a string as one raw block.

use yew::{AttrValue, Html};

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

    /// A table: a header row of column headings, then one row per entry, each led by its row
    /// heading (the entry's first cell).
    pub fn table<R: AsRef<str>>(
        &mut self,
        attributes: &[(&str, &str)],
        columns: &[&str],
        rows: impl IntoIterator<Item = Vec<R>>,
    ) -> &mut Self {
        self.open("table", attributes)
            .open("thead", &[])
            .open("tr", &[]);
        for column in columns {
            self.element("th", &[("scope", "col")], column);
        }
        self.close("tr").close("thead").open("tbody", &[]);
        for row in rows {
            self.open("tr", &[]);
            for (i, cell) in row.iter().enumerate() {
                match i {
                    0 => self.element("th", &[("scope", "row")], cell.as_ref()),
                    _ => self.element("td", &[], cell.as_ref()),
                };
            }
            self.close("tr");
        }
        self.close("tbody").close("table")
    }

    pub fn into_string(self) -> String {
        self.0
    }

    /// The markup as a raw block.
    pub fn into_html(self) -> Html {
        Html::from_html_unchecked(AttrValue::from(self.0))
    }
}

/// `text` escaped for HTML text or a double-quoted attribute value.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape_into(&mut out, text);
    out
}

fn escape_into(out: &mut String, text: &str) {
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

/// A raw block of what `write` writes. It is rewritten whole when anything in it changes, so it
/// suits output text and tables, never anything that takes input or keeps state (a `<details>`
/// inside would close on every change).
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

    #[test]
    fn tables_lead_each_row_with_its_heading() {
        let mut m = Markup::default();
        m.table(
            &[("class", "t")],
            &["Case", "Count"],
            [vec!["A", "1"], vec!["B", "2"]],
        );
        assert_eq!(
            m.into_string(),
            "<table class=\"t\"><thead><tr><th scope=\"col\">Case</th><th scope=\"col\">Count</th></tr></thead>\
             <tbody><tr><th scope=\"row\">A</th><td>1</td></tr><tr><th scope=\"row\">B</th><td>2</td></tr></tbody></table>"
        );
    }
}
