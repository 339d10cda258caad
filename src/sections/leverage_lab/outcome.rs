//! What the lab computes from its state: the exchange's terms, the position it admits, where it
//! is liquidated, whether the night reached that price, and the same for the other exchange.

use crate::content::copy_labs as copy;
use crate::content::documents::{self as docs, Document};
use crate::content::Text;
use crate::decimal::clamp;
use crate::model::assets::{Asset, NightRange};
use crate::model::liquidation::{
    admission, fatal_leverage, liquidation, verdict, Admission, Bracket, Liquidation, Maintenance,
    Position, Side, Venue, Verdict, BINANCE_BTCUSDT_2021_03_18, BYBIT_BTCUSDT_RISK_LIMITS,
};
use crate::state::labs::{LeverageLabState, LEVERAGE_RANGE};

/// An exchange's tier table with where it was published.
pub(super) struct PublishedTable {
    pub(super) brackets: &'static [Bracket],
    pub(super) source: &'static Document,
}

const BINANCE_BTC: PublishedTable = PublishedTable {
    brackets: BINANCE_BTCUSDT_2021_03_18,
    source: &docs::BINANCE_TIERS,
};
const BYBIT_BTC: PublishedTable = PublishedTable {
    brackets: BYBIT_BTCUSDT_RISK_LIMITS,
    source: &docs::BYBIT_TIERS,
};

/// Where the maintenance rate came from, for the hint under its slider.
#[derive(Clone, Copy)]
pub(super) enum RateOrigin {
    Table(&'static PublishedTable),
    Assumed,
    Own,
}

pub(super) fn venue_name(venue: Venue) -> Text {
    match venue {
        Venue::Binance => copy::BINANCE,
        Venue::Bybit => copy::BYBIT,
    }
}

pub(super) fn other_venue(venue: Venue) -> Venue {
    match venue {
        Venue::Binance => Venue::Bybit,
        Venue::Bybit => Venue::Binance,
    }
}

/// The exchange's published terms for a small position in this coin, or our stated assumption.
fn default_maintenance(asset: Asset, venue: Venue) -> (Maintenance, RateOrigin) {
    let table = match (asset, venue) {
        (Asset::Btc, Venue::Binance) => &BINANCE_BTC,
        (Asset::Btc, Venue::Bybit) => &BYBIT_BTC,
        _ => return (Maintenance::Flat(copy::ASSUMED_MMR), RateOrigin::Assumed),
    };
    (
        Maintenance::Tiered(table.brackets),
        RateOrigin::Table(table),
    )
}

fn maintenance_for(state: &LeverageLabState, venue: Venue) -> (Maintenance, RateOrigin) {
    match state.mmr_percent {
        Some(percent) => (Maintenance::Flat(percent / 100.0), RateOrigin::Own),
        None => default_maintenance(state.asset, venue),
    }
}

/// The entry slider's range and step: a fifth to three times the starting price (wide enough
/// for a price bought at last year's peak), on a round step a thousandth of its order of
/// magnitude (10 dollars for BTC, 1 for ETH, 0.001 for XRP).
fn entry_bounds(start: f64) -> (f64, f64, f64) {
    let step = 10f64.powf(start.log10().floor() - 3.0);
    (
        (start * 0.2 / step).floor() * step,
        (start * 3.0 / step).ceil() * step,
        step,
    )
}

/// Everything the lab shows, from its state and the article's figures.
pub(super) struct Outcome {
    /// The price the entry starts at, which also sets how prices are rounded.
    pub(super) start: f64,
    pub(super) range: NightRange,
    pub(super) entry: f64,
    pub(super) entry_bounds: (f64, f64, f64),
    pub(super) origin: RateOrigin,
    /// Whether the exchange opens the position at the leverage asked; results use what it gives.
    pub(super) admission: Admission,
    pub(super) liquidation: Liquidation,
    pub(super) verdict: Verdict,
    pub(super) fatal: Option<f64>,
    pub(super) other: Liquidation,
}

/// The position at the leverage `venue` would give it under `maintenance`.
fn admitted(maintenance: Maintenance, position: Position) -> (Admission, Position) {
    let admission = admission(maintenance, position.notional, position.leverage);
    let leverage = admission.granted();
    (
        admission,
        Position {
            leverage,
            ..position
        },
    )
}

pub(super) fn outcome(state: &LeverageLabState) -> Outcome {
    let night = copy::night_move(state.asset);
    let start = copy::default_entry(state.asset);
    let bounds = entry_bounds(start);
    let entry = state
        .entry
        .map_or(start, |entry| clamp(entry, bounds.0, bounds.1));
    let range = night.range(entry);
    let asked = Position {
        side: state.side,
        entry,
        leverage: state.leverage,
        notional: copy::LAB_NOTIONAL,
    };
    let (maintenance, origin) = maintenance_for(state, state.venue);
    let (admission, position) = admitted(maintenance, asked);
    let result = liquidation(state.venue, maintenance, position);
    let other_venue = other_venue(state.venue);
    let other_maintenance = maintenance_for(state, other_venue).0;
    let highest = admission.max_leverage.min(LEVERAGE_RANGE.1);
    Outcome {
        start,
        range,
        entry,
        entry_bounds: bounds,
        origin,
        admission,
        liquidation: result,
        verdict: verdict(&result, &range),
        fatal: fatal_leverage(state.venue, maintenance, position, &range, highest),
        other: liquidation(
            other_venue,
            other_maintenance,
            // At the leverage shown, so the gap is the formulas', not the caps'.
            admitted(other_maintenance, position).1,
        ),
    }
}

/// The answer to the opening question: the fall that liquidates a 20× bitcoin long on Binance.
pub(super) fn guess_answer() -> Liquidation {
    let (maintenance, _) = default_maintenance(Asset::Btc, Venue::Binance);
    let position = Position {
        side: Side::Long,
        entry: copy::default_entry(Asset::Btc),
        leverage: copy::GUESS_LEVERAGE,
        notional: copy::LAB_NOTIONAL,
    };
    liquidation(Venue::Binance, maintenance, position)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_guess_is_answered_from_the_default_terms() {
        // 20× long from 73,243.26 at 0.40 %: LP = EP × 0.95/0.996, a fall of 1 − 0.953815 = 4.618 %.
        let answer = guess_answer();
        assert!((answer.adverse_move() - (1.0 - 0.95 / 0.996)).abs() < 1e-12);
        assert!((answer.price - 69_860.5).abs() < 0.1, "{}", answer.price);
    }

    /// The guarantee, over a grid: no output shows more money left than was put in, a
    /// trigger on the wrong side of entry, or a number that is not finite.
    #[test]
    fn no_output_is_one_the_market_could_not_produce() {
        for asset in Asset::ALL {
            let start = copy::default_entry(asset);
            for side in [Side::Long, Side::Short] {
                for venue in [Venue::Binance, Venue::Bybit] {
                    for mmr_percent in [None, Some(0.1), Some(5.0)] {
                        for leverage in (1..=125).map(f64::from) {
                            for entry in [start * 0.2, start * 0.7, start, start * 1.4, start * 3.0]
                            {
                                let state = LeverageLabState {
                                    asset,
                                    side,
                                    venue,
                                    leverage,
                                    entry: Some(entry),
                                    mmr_percent,
                                };
                                let out = outcome(&state);
                                let liq = out.liquidation;
                                let what = format!("{state:?} → {liq:?}");
                                assert!(liq.price.is_finite() && liq.price >= 0.0, "{what}");
                                assert!(out.other.price.is_finite(), "{what}");
                                assert!(out.range.low.is_finite() && out.range.high.is_finite());
                                // The exchange never gives more than its tier allows.
                                assert!(out.admission.granted() <= liq.tier.max_leverage, "{what}");
                                // The trigger lies against the position, or there was no room.
                                let against = match side {
                                    Side::Long => liq.price < liq.entry,
                                    Side::Short => liq.price > liq.entry,
                                };
                                assert!(against || out.verdict == Verdict::NoRoom, "{what}");
                                let margin = copy::LAB_NOTIONAL / out.admission.granted();
                                let left = liq.equity_left(margin, copy::LAB_NOTIONAL);
                                assert!(
                                    left.is_finite() && (0.0..=margin).contains(&left),
                                    "{what}"
                                );
                                if let Some(fatal) = out.fatal {
                                    assert!(
                                        fatal.is_finite() && (1.0..=125.0).contains(&fatal),
                                        "{what}"
                                    );
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn entry_slider_bounds_are_round() {
        let (min, max, step) = entry_bounds(73_243.26);
        assert_eq!((min, max, step), (14_640.0, 219_730.0, 10.0));
        let (min, max, step) = entry_bounds(2_104.0);
        assert_eq!((min, max, step), (420.0, 6_312.0, 1.0));
        // A reader's own price fits: ETH at $2,000, XRP at $2.
        assert!((min..=max).contains(&2_000.0));
        let (min, max, _) = entry_bounds(1.4404);
        assert!(min < 2.0 && max > 2.0);
    }

    #[test]
    fn a_reader_rate_applies_to_both_exchanges_and_the_tables_only_to_bitcoin() {
        let own = LeverageLabState {
            mmr_percent: Some(1.0),
            ..Default::default()
        };
        for venue in [Venue::Binance, Venue::Bybit] {
            assert_eq!(maintenance_for(&own, venue).0, Maintenance::Flat(0.01));
        }
        let eth = LeverageLabState {
            asset: Asset::Eth,
            ..Default::default()
        };
        assert_eq!(
            maintenance_for(&eth, Venue::Bybit).0,
            Maintenance::Flat(copy::ASSUMED_MMR)
        );
        let btc = LeverageLabState::default();
        assert_eq!(
            maintenance_for(&btc, Venue::Bybit).0,
            Maintenance::Tiered(BYBIT_BTCUSDT_RISK_LIMITS)
        );
    }
}
