//! The one record every chart, data table and CSV download takes.

use yew::AttrValue;

/// One plotted figure, already formatted by the caller in the reader's language.
///
/// Charts position marks by `value` and print `display`, so the wording (units, "≥", minus
/// signs) stays with the content layer; `source` travels with the mark into its tooltip, its
/// aria-label, the data table and the CSV.
#[derive(Clone, Debug, PartialEq)]
pub struct Datum {
    /// Stable identifier (not shown), e.g. `"eth"`.
    pub key: AttrValue,
    pub label: AttrValue,
    /// Optional class the chart may head a block of rows with (e.g. "Crypto", "Stocks").
    pub group: Option<AttrValue>,
    /// The raw number; non-finite values are drawn as nothing and exported as an empty cell.
    pub value: f64,
    /// Pre-formatted value, e.g. `"−12.81%"` or `"≥ −19%"`.
    pub display: AttrValue,
    /// The true magnitude is at least `|value|` ("fell more than 19%"): the mark is drawn open-ended.
    pub lower_bound: bool,
    pub source: AttrValue,
    pub note: Option<AttrValue>,
}

impl Datum {
    pub fn new(
        key: impl Into<AttrValue>,
        label: impl Into<AttrValue>,
        value: f64,
        display: impl Into<AttrValue>,
        source: impl Into<AttrValue>,
    ) -> Self {
        Datum {
            key: key.into(),
            label: label.into(),
            group: None,
            value,
            display: display.into(),
            lower_bound: false,
            source: source.into(),
            note: None,
        }
    }

    pub fn in_group(self, group: impl Into<AttrValue>) -> Self {
        Datum {
            group: Some(group.into()),
            ..self
        }
    }

    pub fn with_note(self, note: impl Into<AttrValue>) -> Self {
        Datum {
            note: Some(note.into()),
            ..self
        }
    }

    /// Marks the value as a bound on the magnitude ("at least").
    pub fn at_least(self) -> Self {
        Datum {
            lower_bound: true,
            ..self
        }
    }

    /// What a screen reader hears on the mark: label, group, value, note and source, in the
    /// caller's own words (no language-specific glue beyond punctuation).
    pub fn aria_label(&self) -> String {
        let mut text = self.label.to_string();
        if let Some(group) = &self.group {
            text.push_str(&format!(" ({group})"));
        }
        text.push_str(&format!(": {}", self.display));
        if let Some(note) = &self.note {
            text.push_str(&format!("; {note}"));
        }
        text.push_str(&format!(". {}", self.source));
        text
    }

    /// The value if it can be drawn.
    pub fn finite_value(&self) -> Option<f64> {
        self.value.is_finite().then_some(self.value)
    }
}

/// `[min, max]` of the drawable values, widened to include zero when `with_zero` (bars grow
/// from zero); `None` when nothing is drawable and zero was not asked for.
pub fn value_extent(data: &[Datum], with_zero: bool) -> Option<[f64; 2]> {
    let seed = with_zero.then_some([0.0, 0.0]);
    data.iter()
        .filter_map(Datum::finite_value)
        .fold(seed, |extent, v| match extent {
            Some([lo, hi]) => Some([lo.min(v), hi.max(v)]),
            None => Some([v, v]),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aria_label_carries_value_note_and_source() {
        let d = Datum::new("eth", "Ether", -12.81, "−12.81%", "CoinGecko")
            .in_group("Crypto")
            .with_note("24h");
        assert_eq!(d.aria_label(), "Ether (Crypto): −12.81%; 24h. CoinGecko");
    }

    #[test]
    fn extent_skips_non_finite_values() {
        let d = |v| Datum::new("k", "l", v, "", "s");
        let data = [d(3.0), d(f64::NAN), d(-2.0), d(f64::INFINITY)];
        assert_eq!(value_extent(&data, false), Some([-2.0, 3.0]));
        assert_eq!(value_extent(&data[..1], true), Some([0.0, 3.0]));
        assert_eq!(value_extent(&[], true), Some([0.0, 0.0]));
        assert_eq!(value_extent(&[d(f64::NAN)], false), None);
    }
}
