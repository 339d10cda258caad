//! The crypto assets the article gives a move for on the night, and what that move tells us
//! about the price path.
//!
//! The figures themselves (BTC's −12.81 % to 63,860.8 and so on) are content and live in
//! `content::facts`; this module only knows how to turn "a day's change, possibly a lower
//! bound, possibly with a quoted price" into a price range a position can be judged against.

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

/// What the article says about one asset's night.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NightMove {
    /// The day's change as a fraction of the reference price (−0.1281 for −12.81 %).
    pub change: f64,
    /// The article gives the move as a bound ("fell more than 22 %"): the real fall was at
    /// least this deep, by an amount it does not say.
    pub at_least: bool,
    /// The price quoted at the end of the move, when the article gives one.
    pub quoted_price: Option<f64>,
}

/// The unit prices are expressed in for an asset.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum PriceScale {
    /// US dollars (USDT), with the day's reference price implied by the quote and the move.
    Usd { reference: f64 },
    /// No price is given, only a move: prices are an index with the reference at 100.
    Index,
}

impl PriceScale {
    /// The reference level of the index scale.
    pub const INDEX_REFERENCE: f64 = 100.0;

    pub fn reference(self) -> f64 {
        match self {
            PriceScale::Usd { reference } => reference,
            PriceScale::Index => Self::INDEX_REFERENCE,
        }
    }
}

/// The part of the night's price path we know, in the asset's [`PriceScale`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NightRange {
    /// The low: the quoted price, or the reference moved by the stated change.
    pub low: f64,
    /// The highest price we know the path touched: the reference. The article gives no
    /// intraday high, so a spike above it cannot be ruled out.
    pub high: f64,
    /// The low is an upper bound on the real low (the fall was "more than" stated).
    pub low_is_bound: bool,
}

impl NightMove {
    /// The change, clamped to a fall or rise that leaves a positive price.
    fn factor(&self) -> f64 {
        let change = if self.change.is_finite() {
            self.change.clamp(-0.99, 10.0)
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

    pub fn scale(&self) -> PriceScale {
        match self.reference_price() {
            Some(reference) => PriceScale::Usd { reference },
            None => PriceScale::Index,
        }
    }

    /// The known range of the night in this asset's scale.
    pub fn range(&self) -> NightRange {
        let reference = self.scale().reference();
        let moved = reference * self.factor();
        NightRange {
            low: moved.min(reference),
            high: moved.max(reference),
            low_is_bound: self.at_least && moved < reference,
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
    };

    #[test]
    fn btc_reference_is_implied_by_quote_and_move() {
        // 63,860.8 / 0.8719 = 73,243.26…
        let reference = BTC.reference_price().unwrap();
        assert!((reference - 73_243.26).abs() < 0.01, "{reference}");
        let range = BTC.range();
        assert!((range.low - 63_860.8).abs() < 1e-6);
        assert!((range.high - reference).abs() < 1e-9);
        assert!(!range.low_is_bound);
    }

    #[test]
    fn move_without_price_is_an_index() {
        let xrp = NightMove {
            change: -0.22,
            at_least: true,
            quoted_price: None,
        };
        assert_eq!(xrp.scale(), PriceScale::Index);
        let range = xrp.range();
        assert!((range.low - 78.0).abs() < 1e-9);
        assert_eq!(range.high, 100.0);
        assert!(range.low_is_bound);
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
                let night = NightMove {
                    change,
                    at_least: true,
                    quoted_price,
                };
                let range = night.range();
                assert!(range.low.is_finite() && range.low > 0.0, "{night:?}");
                assert!(
                    range.high.is_finite() && range.high >= range.low,
                    "{night:?}"
                );
            }
        }
    }
}
