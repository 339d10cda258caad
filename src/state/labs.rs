//! The three labs' state as it lives in the URL, so a shared link or an embed reopens a lab
//! exactly as the reader left it.
//!
//! Each lab owns a few query keys (`LabState::KEYS`), reads them with [`LabState::from_query`]
//! (unknown values ignored, numbers clamped) and writes back only what differs from its
//! default, merged into the page's current query so other parameters (`lang`, `section`, the
//! other labs' keys) survive untouched.

use super::query::{merge_query, QueryMap, QueryWriter};
use crate::decimal::clamp_or;
use crate::model::assets::Asset;
use crate::model::liquidation::{Side, Venue};
use crate::model::margin::Metal;

/// URL values of the labs' choices, in the order the labs offer them.
pub const ASSETS: [(Asset, &str); 5] = [
    (Asset::Btc, "btc"),
    (Asset::Eth, "eth"),
    (Asset::Xrp, "xrp"),
    (Asset::Sol, "sol"),
    (Asset::Doge, "doge"),
];
pub const SIDES: [(Side, &str); 2] = [(Side::Long, "long"), (Side::Short, "short")];
pub const VENUES: [(Venue, &str); 2] = [(Venue::Binance, "binance"), (Venue::Bybit, "bybit")];
pub const METALS: [(Metal, &str); 2] = [(Metal::Gold, "gold"), (Metal::Silver, "silver")];

/// The URL value of `value` in `table` (every variant is listed, so never empty in practice).
pub fn param<T: PartialEq>(table: &[(T, &'static str)], value: &T) -> &'static str {
    table
        .iter()
        .find(|(item, _)| item == value)
        .map_or("", |(_, name)| name)
}

/// The variant named `text` (trimmed, any case), or `None`.
pub fn parse<T: Copy>(table: &[(T, &'static str)], text: &str) -> Option<T> {
    let text = text.trim();
    table
        .iter()
        .find(|(_, name)| name.eq_ignore_ascii_case(text))
        .map(|(item, _)| *item)
}

/// Leverage the leverage and account labs offer: up to Binance's BTCUSDT maximum.
pub const LEVERAGE_RANGE: (f64, f64) = (1.0, 125.0);
/// Maintenance margin rates a reader may set, in percent.
pub const MMR_PERCENT_RANGE: (f64, f64) = (0.1, 5.0);
/// Old CME margin levels a reader may assume, in percent of notional.
pub const MARGIN_OLD_PERCENT_RANGE: (f64, f64) = (1.0, 25.0);
/// Futures position sizes for the margin lab, in US dollars of notional.
pub const NOTIONAL_RANGE: (f64, f64) = (1_000.0, 100_000_000.0);
/// Any positive entry price is kept; the lab narrows it to the asset's price scale.
const ENTRY_RANGE: (f64, f64) = (1e-6, 1e9);

/// A lab whose state round-trips through the query string.
pub trait LabState: Default + PartialEq {
    /// The query keys this lab owns; everything else in the URL belongs to someone else.
    const KEYS: &'static [&'static str];

    fn from_query(query: &QueryMap) -> Self;

    /// Writes the values that differ from the default, so an untouched lab adds nothing.
    fn write(&self, writer: &mut QueryWriter);

    /// The query string `current` with this lab's keys replaced by its state.
    fn merged_into(&self, current: &str) -> String {
        let mut fresh = QueryWriter::default();
        self.write(&mut fresh);
        merge_query(current, Self::KEYS, &fresh.finish())
    }
}

/// The leverage lab: `asset`, `side`, `exchange`, `lev`, `entry`, `mmr` (percent).
#[derive(Clone, Debug, PartialEq)]
pub struct LeverageLabState {
    pub asset: Asset,
    pub side: Side,
    pub venue: Venue,
    pub leverage: f64,
    /// `None`: the day's reference price (100 on the index scale).
    pub entry: Option<f64>,
    /// A maintenance rate in percent, replacing the tier table; `None`: the table.
    pub mmr_percent: Option<f64>,
}

impl Default for LeverageLabState {
    fn default() -> Self {
        LeverageLabState {
            asset: Asset::Btc,
            side: Side::Long,
            venue: Venue::Binance,
            leverage: 10.0,
            entry: None,
            mmr_percent: None,
        }
    }
}

/// What a reader can do in the leverage lab.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum LeverageAction {
    /// Also returns the entry to the new asset's reference: prices differ between assets.
    Asset(Asset),
    Side(Side),
    Venue(Venue),
    Leverage(f64),
    Entry(f64),
    /// A rate in percent.
    MmrPercent(f64),
    /// Back to the exchange's table.
    TableMmr,
}

impl LeverageLabState {
    /// Whether a secondary setting (the venue's formula, the entry, the rate) departs from the
    /// default, so the lab shows them unfolded.
    pub fn secondary_tuned(&self) -> bool {
        self.venue != LeverageLabState::default().venue
            || self.entry.is_some()
            || self.mmr_percent.is_some()
    }

    pub fn apply(&self, action: LeverageAction) -> Self {
        let mut next = self.clone();
        match action {
            LeverageAction::Asset(asset) if asset != self.asset => {
                next.asset = asset;
                next.entry = None;
            }
            LeverageAction::Asset(_) => {}
            LeverageAction::Side(side) => next.side = side,
            LeverageAction::Venue(venue) => next.venue = venue,
            LeverageAction::Leverage(leverage) => {
                next.leverage = clamp_or(leverage, LEVERAGE_RANGE, LEVERAGE_RANGE.0)
            }
            LeverageAction::Entry(entry) => {
                next.entry = Some(clamp_or(entry, ENTRY_RANGE, ENTRY_RANGE.0))
            }
            LeverageAction::MmrPercent(percent) => {
                next.mmr_percent = Some(clamp_or(percent, MMR_PERCENT_RANGE, MMR_PERCENT_RANGE.0))
            }
            LeverageAction::TableMmr => next.mmr_percent = None,
        }
        next
    }
}

impl LabState for LeverageLabState {
    const KEYS: &'static [&'static str] = &["asset", "side", "exchange", "lev", "entry", "mmr"];

    fn from_query(query: &QueryMap) -> Self {
        let default = Self::default();
        LeverageLabState {
            asset: query
                .get("asset")
                .and_then(|v| parse(&ASSETS, v))
                .unwrap_or(default.asset),
            side: query
                .get("side")
                .and_then(|v| parse(&SIDES, v))
                .unwrap_or(default.side),
            venue: query
                .get("exchange")
                .and_then(|v| parse(&VENUES, v))
                .unwrap_or(default.venue),
            leverage: query
                .number("lev", LEVERAGE_RANGE.0, LEVERAGE_RANGE.1)
                .unwrap_or(default.leverage),
            entry: query.number("entry", ENTRY_RANGE.0, ENTRY_RANGE.1),
            mmr_percent: query.number("mmr", MMR_PERCENT_RANGE.0, MMR_PERCENT_RANGE.1),
        }
    }

    fn write(&self, writer: &mut QueryWriter) {
        let default = Self::default();
        if self.asset != default.asset {
            writer.push("asset", param(&ASSETS, &self.asset));
        }
        if self.side != default.side {
            writer.push("side", param(&SIDES, &self.side));
        }
        if self.venue != default.venue {
            writer.push("exchange", param(&VENUES, &self.venue));
        }
        if self.leverage != default.leverage {
            writer.push_number("lev", self.leverage, 2);
        }
        if let Some(entry) = self.entry {
            writer.push_number("entry", entry, 4);
        }
        if let Some(percent) = self.mmr_percent {
            writer.push_number("mmr", percent, 3);
        }
    }
}

/// The account lab: `acct_lev` (its own key, so it never fights the leverage lab's `lev`).
#[derive(Clone, Debug, PartialEq)]
pub struct AccountLabState {
    pub leverage: f64,
}

impl Default for AccountLabState {
    fn default() -> Self {
        AccountLabState { leverage: 10.0 }
    }
}

impl AccountLabState {
    pub fn with_leverage(&self, leverage: f64) -> Self {
        AccountLabState {
            leverage: clamp_or(leverage, LEVERAGE_RANGE, LEVERAGE_RANGE.0),
        }
    }
}

impl LabState for AccountLabState {
    const KEYS: &'static [&'static str] = &["acct_lev"];

    fn from_query(query: &QueryMap) -> Self {
        let leverage = query.number("acct_lev", LEVERAGE_RANGE.0, LEVERAGE_RANGE.1);
        leverage.map_or_else(Self::default, |leverage| AccountLabState { leverage })
    }

    fn write(&self, writer: &mut QueryWriter) {
        if *self != Self::default() {
            writer.push_number("acct_lev", self.leverage, 2);
        }
    }
}

/// The margin lab: `metal`, `margin_old` (percent), `notional` (USD).
#[derive(Clone, Debug, PartialEq)]
pub struct MarginLabState {
    pub metal: Metal,
    /// The assumed old margin in percent of notional; `None`: the lab's illustrative default.
    pub old_percent: Option<f64>,
    pub notional: f64,
}

impl Default for MarginLabState {
    fn default() -> Self {
        MarginLabState {
            metal: Metal::Silver,
            old_percent: None,
            notional: 100_000.0,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum MarginAction {
    /// Also drops the assumed old level: it belongs to the other metal.
    Metal(Metal),
    OldPercent(f64),
    Notional(f64),
}

impl MarginLabState {
    /// Whether the secondary setting (the position's size) departs from the default.
    pub fn secondary_tuned(&self) -> bool {
        self.notional != MarginLabState::default().notional
    }

    pub fn apply(&self, action: MarginAction) -> Self {
        let mut next = self.clone();
        match action {
            MarginAction::Metal(metal) if metal != self.metal => {
                next.metal = metal;
                next.old_percent = None;
            }
            MarginAction::Metal(_) => {}
            MarginAction::OldPercent(percent) => {
                next.old_percent = Some(clamp_or(
                    percent,
                    MARGIN_OLD_PERCENT_RANGE,
                    MARGIN_OLD_PERCENT_RANGE.0,
                ))
            }
            MarginAction::Notional(notional) => {
                next.notional = clamp_or(notional, NOTIONAL_RANGE, NOTIONAL_RANGE.0)
            }
        }
        next
    }
}

impl LabState for MarginLabState {
    const KEYS: &'static [&'static str] = &["metal", "margin_old", "notional"];

    fn from_query(query: &QueryMap) -> Self {
        let default = Self::default();
        let (old_min, old_max) = MARGIN_OLD_PERCENT_RANGE;
        MarginLabState {
            metal: query
                .get("metal")
                .and_then(|v| parse(&METALS, v))
                .unwrap_or(default.metal),
            old_percent: query.number("margin_old", old_min, old_max),
            notional: query
                .number("notional", NOTIONAL_RANGE.0, NOTIONAL_RANGE.1)
                .unwrap_or(default.notional),
        }
    }

    fn write(&self, writer: &mut QueryWriter) {
        let default = Self::default();
        if self.metal != default.metal {
            writer.push("metal", param(&METALS, &self.metal));
        }
        if let Some(percent) = self.old_percent {
            writer.push_number("margin_old", percent, 3);
        }
        if self.notional != default.notional {
            writer.push_number("notional", self.notional, 2);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip<S: LabState + std::fmt::Debug>(state: &S) -> S {
        let mut writer = QueryWriter::default();
        state.write(&mut writer);
        S::from_query(&QueryMap::parse(&writer.finish()))
    }

    #[test]
    fn only_secondary_settings_unfold_the_more_settings() {
        let lev = LeverageLabState::default();
        assert!(!lev.secondary_tuned());
        assert!(!lev.apply(LeverageAction::Leverage(50.0)).secondary_tuned());
        assert!(lev.apply(LeverageAction::MmrPercent(1.0)).secondary_tuned());
        let margin = MarginLabState::default();
        assert!(!margin.secondary_tuned());
        assert!(MarginLabState {
            notional: 1e6,
            ..margin
        }
        .secondary_tuned());
    }

    #[test]
    fn defaults_write_nothing() {
        assert_eq!(LeverageLabState::default().merged_into(""), "");
        assert_eq!(
            AccountLabState::default().merged_into("?lang=en"),
            "?lang=en"
        );
        assert_eq!(MarginLabState::default().merged_into(""), "");
    }

    #[test]
    fn leverage_lab_round_trips() {
        let state = LeverageLabState {
            asset: Asset::Xrp,
            side: Side::Short,
            venue: Venue::Bybit,
            leverage: 37.5,
            entry: Some(97.25),
            mmr_percent: Some(0.65),
        };
        assert_eq!(round_trip(&state), state);
        let from_issue = LeverageLabState::from_query(&QueryMap::parse("?lev=20&asset=eth"));
        assert_eq!(
            from_issue,
            LeverageLabState {
                asset: Asset::Eth,
                leverage: 20.0,
                ..Default::default()
            }
        );
        let btc = LeverageLabState {
            entry: Some(73_243.26),
            ..Default::default()
        };
        assert_eq!(round_trip(&btc), btc);
    }

    #[test]
    fn account_and_margin_labs_round_trip() {
        let account = AccountLabState { leverage: 3.25 };
        assert_eq!(round_trip(&account), account);
        let margin = MarginLabState {
            metal: Metal::Gold,
            old_percent: Some(6.5),
            notional: 250_000.0,
        };
        assert_eq!(round_trip(&margin), margin);
    }

    #[test]
    fn hostile_values_are_clamped_or_ignored() {
        let q = QueryMap::parse("?asset=<svg>&side=sideways&exchange=ftx&lev=1e9&entry=-5&mmr=NaN&acct_lev=0&metal=GOLD&margin_old=99&notional=abc");
        let lab = LeverageLabState::from_query(&q);
        assert_eq!(
            lab,
            LeverageLabState {
                leverage: 125.0,
                entry: Some(ENTRY_RANGE.0),
                ..Default::default()
            }
        );
        assert_eq!(AccountLabState::from_query(&q).leverage, 1.0);
        let margin = MarginLabState::from_query(&q);
        assert_eq!(
            margin,
            MarginLabState {
                metal: Metal::Gold,
                old_percent: Some(25.0),
                notional: 100_000.0
            }
        );
        // The same via actions, including non-finite slider input.
        let state = LeverageLabState::default()
            .apply(LeverageAction::Leverage(f64::NAN))
            .apply(LeverageAction::MmrPercent(f64::INFINITY))
            .apply(LeverageAction::Entry(f64::NEG_INFINITY));
        assert_eq!(state.leverage, 1.0);
        assert_eq!(state.mmr_percent, Some(0.1));
        assert!(state.entry.unwrap() > 0.0);
    }

    #[test]
    fn switching_asset_or_metal_resets_what_belonged_to_the_old_one() {
        let btc = LeverageLabState::default()
            .apply(LeverageAction::Entry(80_000.0))
            .apply(LeverageAction::MmrPercent(1.0));
        let eth = btc.apply(LeverageAction::Asset(Asset::Eth));
        assert_eq!(eth.entry, None);
        assert_eq!(eth.mmr_percent, Some(1.0));
        assert_eq!(btc.apply(LeverageAction::Asset(Asset::Btc)), btc);
        assert_eq!(eth.apply(LeverageAction::TableMmr).mmr_percent, None);
        let silver = MarginLabState::default().apply(MarginAction::OldPercent(12.0));
        assert_eq!(silver.old_percent, Some(12.0));
        assert_eq!(
            silver.apply(MarginAction::Metal(Metal::Gold)).old_percent,
            None
        );
    }

    #[test]
    fn merging_keeps_other_parameters_verbatim_and_in_order() {
        let state = LeverageLabState {
            leverage: 20.0,
            asset: Asset::Sol,
            ..Default::default()
        };
        let merged =
            state.merged_into("?lang=en&lev=5&section=leverage&note=a%26b&lev=7&acct_lev=3");
        assert_eq!(
            merged,
            "?lang=en&section=leverage&note=a%26b&acct_lev=3&asset=sol&lev=20"
        );
        // Owned keys are recognised however they are escaped; empty parts vanish.
        assert_eq!(
            AccountLabState::default().merged_into("?&acct%5Flev=9&&lang=zh"),
            "?lang=zh"
        );
        // Every lab leaves the others' keys alone.
        let everything = MarginLabState {
            notional: 5_000.0,
            ..Default::default()
        }
        .merged_into(&merged);
        assert_eq!(
            LeverageLabState::from_query(&QueryMap::parse(&everything)),
            state
        );
        assert_eq!(QueryMap::parse(&everything).get("notional"), Some("5000"));
    }
}
