//! The one CSV writer: RFC 4180 rows with CRLF line ends, and a guard so no spreadsheet ever
//! evaluates a cell. Used by the charts' downloads, the figures table's download and the
//! release's `data/facts.csv`.

/// The UTF-8 byte-order mark: without it Excel opens UTF-8 CSV as a legacy code page and
/// garbles Chinese text and "−"/"≥".
pub const BOM: char = '\u{feff}';

/// Appends one row. A cell is quoted when it holds a comma, quote or line break; a cell that a
/// spreadsheet would read as a formula (leading `=`, `+`, `-`, `@`, tab or carriage return) gets
/// a leading apostrophe, except a plain number such as `-12.81`.
pub fn push_row<'a>(out: &mut String, fields: impl IntoIterator<Item = &'a str>) {
    for (i, field) in fields.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let formula = field.starts_with(['=', '+', '-', '@', '\t', '\r'])
            && crate::decimal::parse(field).is_none();
        let guarded = if formula {
            format!("'{field}")
        } else {
            field.to_string()
        };
        if guarded.contains([',', '"', '\r', '\n']) {
            out.push('"');
            out.push_str(&guarded.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(&guarded);
        }
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(fields: &[&str]) -> String {
        let mut out = String::new();
        push_row(&mut out, fields.iter().copied());
        out
    }

    #[test]
    fn quotes_what_needs_quoting() {
        assert_eq!(row(&["a,\"b\"", "c"]), "\"a,\"\"b\"\"\",c\r\n");
        assert_eq!(row(&["x\r\ny"]), "\"x\r\ny\"\r\n");
        assert_eq!(row(&[]), "\r\n");
    }

    #[test]
    fn formulas_are_defused_and_plain_numbers_kept() {
        assert_eq!(
            row(&["=1+1", "+SUM(A1)", "@x", "-A1", "\tcmd"]),
            "'=1+1,'+SUM(A1),'@x,'-A1,'\tcmd\r\n"
        );
        assert_eq!(
            row(&["-12.81", "+5", "2.48e12", "−12.81%"]),
            "-12.81,+5,2.48e12,−12.81%\r\n"
        );
    }
}
