//! The CSV file of a chart's data, written beside the page at build time (`crate::page`).

use yew::AttrValue;

use super::datum::Datum;

/// Column headers in the reader's language, supplied by the caller.
#[derive(Clone, Debug, PartialEq)]
pub struct Columns {
    pub label: AttrValue,
    pub group: AttrValue,
    pub value: AttrValue,
    pub display: AttrValue,
    pub source: AttrValue,
    pub note: AttrValue,
}

use crate::csv::{push_row, BOM};

/// RFC 4180 CSV with a BOM and CRLF line ends: one header row, then one row per datum with the
/// raw number (to nine decimals, empty if not finite) beside the formatted display text and the
/// source.
pub fn to_csv(columns: &Columns, data: &[Datum]) -> String {
    let mut out = String::from(BOM);
    let header = [
        &columns.label,
        &columns.group,
        &columns.value,
        &columns.display,
        &columns.source,
        &columns.note,
    ];
    push_row(&mut out, header.iter().map(|h| h.as_str()));
    for d in data {
        let value = d
            .finite_value()
            .map(|v| crate::decimal::trimmed(v, 9))
            .unwrap_or_default();
        let row = [
            d.label.as_str(),
            d.group.as_deref().unwrap_or_default(),
            &value,
            &d.display,
            &d.source,
            d.note.as_deref().unwrap_or_default(),
        ];
        push_row(&mut out, row);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn columns() -> Columns {
        Columns {
            label: "资产".into(),
            group: "类别".into(),
            value: "数值".into(),
            display: "显示".into(),
            source: "来源".into(),
            note: "注".into(),
        }
    }

    #[test]
    fn writes_bom_header_and_raw_numbers() {
        let data = [
            Datum::new("btc", "比特币", -12.81, "−12.81%", "CoinGecko").in_group("加密"),
            Datum::new("sol", "Solana", -19.0, "≥ −19%", "Binance").at_least(),
        ];
        let csv = to_csv(&columns(), &data);
        assert!(csv.starts_with('\u{feff}'));
        let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
        assert_eq!(lines[0], "资产,类别,数值,显示,来源,注");
        assert_eq!(lines[1], "比特币,加密,-12.81,−12.81%,CoinGecko,");
        assert_eq!(lines[2], "Solana,,-19,≥ −19%,Binance,");
        assert_eq!(lines[3], "");
        assert_eq!(lines.len(), 4);
    }

    #[test]
    fn escapes_quotes_commas_and_newlines() {
        let data = [
            Datum::new("k", "He said \"sell\", then", 0.1 + 0.2, "0.3", "a\nb").with_note("x\r\ny"),
        ];
        let csv = to_csv(&columns(), &data);
        let row = csv.split_once("\r\n").unwrap().1;
        assert_eq!(
            row,
            // The raw value to nine decimals: 0.1 + 0.2 reads 0.3, not 0.30000000000000004.
            "\"He said \"\"sell\"\", then\",,0.3,0.3,\"a\nb\",\"x\r\ny\"\r\n"
        );
    }

    #[test]
    fn non_finite_and_huge_values() {
        let data = [
            Datum::new("a", "a", f64::NAN, "n/a", "s"),
            Datum::new("b", "b", f64::NEG_INFINITY, "", "s"),
            Datum::new("c", "c", 2.48e12, "2.48tn", "s"),
            Datum::new("d", "d", -0.0, "0", "s"),
        ];
        let csv = to_csv(&columns(), &data);
        assert!(csv.contains("\r\na,,,n/a,s,\r\n"));
        assert!(csv.contains("\r\nb,,,,s,\r\n"));
        assert!(csv.contains("\r\nc,,2480000000000,2.48tn,s,\r\n"));
        assert!(csv.contains("\r\nd,,0,0,s,\r\n"));
        assert!(!csv.contains("NaN") && !csv.contains("inf"));
    }
}
