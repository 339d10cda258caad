//! The crypto assets the article gives a move for on the night, and what that move tells us
//! about the price path.
//!
//! The figures themselves (BTC's −12.81 % to 63,860.8, its documented low and so on) are content
//! and live in `content::facts`; this module only knows how to turn "a reading's change, possibly
//! a bound, possibly with a quoted price and a documented low" into a dollar range a position can
//! be judged against.

use crate::decimal::clamp;
/// A coin with a USDⓈ-margined perpetual whose move on the night the article reports.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Asset {
    #[default]
    Btc,
    Eth,
    Xrp,
    Sol,
    Doge,
}

impl Asset {
    pub const ALL: [Asset; 5] = [Asset::Btc, Asset::Eth, Asset::Xrp, Asset::Sol, Asset::Doge];

    /// The ticker traders know it by.
    pub fn ticker(self) -> &'static str {
        match self {
            Asset::Btc => "BTC",
            Asset::Eth => "ETH",
            Asset::Xrp => "XRP",
            Asset::Sol => "SOL",
            Asset::Doge => "DOGE",
        }
    }
}

/// What the records say about one asset's night.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NightMove {
    /// The change in a reading during the night, as a fraction of the day's reference price
    /// (−0.1281 for −12.81 %).
    pub change: f64,
    /// The reading is given as a bound ("fell more than 22 %"): at least this deep.
    pub at_least: bool,
    /// The price in that reading, when one is quoted (bitcoin's 63,860.8 at 06:30); with it the
    /// day's reference price is known in dollars.
    pub quoted_price: Option<f64>,
    /// The night's documented low in dollars, when a dated report gives one.
    pub documented_low: Option<f64>,
}

/// The part of the night's price path we know, in dollars.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NightRange {
    /// The documented low, or the reference moved by the reading's change.
    pub low: f64,
    /// The price the night is measured from: the day's reference. No report gives a high above
    /// it, so a spike cannot be ruled out.
    pub high: f64,
    /// The low is only a reading during the fall, or a bound: the real low was at least this
    /// deep, by an amount no record gives.
    pub low_is_bound: bool,
}

impl NightMove {
    /// The change, clamped to a fall or rise that leaves a positive price.
    fn factor(&self) -> f64 {
        let change = if self.change.is_finite() {
            clamp(self.change, -0.99, 10.0)
        } else {
            0.0
        };
        1.0 + change
    }

    /// The day's reference price, `quoted / (1 + change)`, when a positive price is quoted:
    /// 63,860.8 / (1 − 0.1281) ≈ 73,243.3 for BTC.
    pub fn reference_price(&self) -> Option<f64> {
        self.quoted_price
            .filter(|price| price.is_finite() && *price > 0.0)
            .map(|price| price / self.factor())
    }

    /// The known range of the night for a position opened at `entry` (dollars). With a dollar
    /// reference the range is fixed; without one the move is applied to the entry itself, as if
    /// the position was opened when the night began, so no price is invented.
    pub fn range(&self, entry: f64) -> NightRange {
        let entry = if entry.is_finite() && entry > 0.0 {
            entry
        } else {
            1.0
        };
        let reference = self.reference_price().unwrap_or(entry);
        let moved = reference * self.factor();
        let documented = self
            .documented_low
            .filter(|low| low.is_finite() && *low > 0.0 && self.reference_price().is_some());
        let low = documented.unwrap_or(moved).min(reference);
        NightRange {
            low,
            high: reference,
            low_is_bound: documented.is_none() && moved < reference,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BTC: NightMove = NightMove {
        change: -0.1281,
        at_least: false,
        quoted_price: Some(63_860.8),
        documented_low: Some(60_033.0),
    };

    #[test]
    fn btc_reference_is_implied_by_quote_and_move_and_judged_against_the_documented_low() {
        // 63,860.8 / 0.8719 = 73,243.26…
        let reference = BTC.reference_price().unwrap();
        assert!((reference - 73_243.26).abs() < 0.01, "{reference}");
        // Whatever the entry, bitcoin's night is the same dollar range.
        for entry in [50_000.0, 73_243.26, 90_000.0] {
            let range = BTC.range(entry);
            assert_eq!(range.low, 60_033.0);
            assert!((range.high - reference).abs() < 1e-9);
            assert!(!range.low_is_bound);
        }
        // Without the documented low the 06:30 reading is only "at least this deep".
        let reading_only = NightMove {
            documented_low: None,
            ..BTC
        };
        let range = reading_only.range(73_000.0);
        assert!((range.low - 63_860.8).abs() < 1e-6 && range.low_is_bound);
    }

    #[test]
    fn a_move_without_a_price_applies_to_the_entry() {
        let xrp = NightMove {
            change: -0.22,
            at_least: true,
            quoted_price: None,
            documented_low: None,
        };
        let range = xrp.range(2.0);
        assert!((range.low - 1.56).abs() < 1e-12);
        assert_eq!(range.high, 2.0);
        assert!(range.low_is_bound);
        // An exact reading is still only a reading: the low may have been deeper.
        let eth = NightMove {
            at_least: false,
            change: -0.131,
            ..xrp
        };
        assert!(eth.range(2_000.0).low_is_bound);
    }

    #[test]
    fn hostile_inputs_stay_finite_and_positive() {
        for change in [
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            -1.0,
            -5.0,
            1e300,
        ] {
            for quoted_price in [None, Some(0.0), Some(-3.0), Some(f64::NAN), Some(1e300)] {
                for documented_low in [None, Some(-1.0), Some(f64::NAN), Some(1e300)] {
                    for entry in [0.0, -1.0, f64::NAN, 1e-6, 1e9] {
                        let night = NightMove {
                            change,
                            at_least: true,
                            quoted_price,
                            documented_low,
                        };
                        let range = night.range(entry);
                        assert!(range.low.is_finite() && range.low > 0.0, "{night:?}");
                        assert!(
                            range.high.is_finite() && range.high >= range.low,
                            "{night:?}"
                        );
                    }
                }
            }
        }
    }
}
