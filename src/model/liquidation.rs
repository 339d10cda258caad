//! Liquidation prices of isolated-margin linear (USDⓈ-margined) perpetuals as Binance and Bybit
//! compute them, and what a night's price range did to a position.
//!
//! # The one equation
//!
//! An isolated position of `Q` coins opened at entry price `EP` with wallet balance (margin)
//! `WB` is liquidated when its margin balance falls to the maintenance margin `MM`:
//!
//! ```text
//! WB + s·Q·(LP − EP) = MM,        s = +1 long, −1 short
//! MM = N·mmr − cum                 (N: the notional the exchange values the position at)
//! ```
//!
//! `cum` (Binance's "maintenance amount", Bybit's "MM deduction") makes the tiered maintenance
//! margin continuous in notional; see [`tiers`]. Write everything per coin: `k = (WB + cum)/Q`,
//! the position's cushion per coin. The two exchanges differ only in the notional they value
//! the maintenance margin at:
//!
//! * **Binance** values it at the liquidation price, `N = Q·LP`
//!   ([FAQ "How to Calculate Liquidation Price of USDⓈ-M Futures Contracts"](https://www.binance.com/en/support/faq/b3c689c1f50a44cabb3a84e663b81d93);
//!   isolated mode sets the other contracts' TMM and UPNL to 0). Then
//!   `k + s·(LP − EP) = LP·mmr`, so `LP·(s − mmr) = s·EP − k` and, multiplying by `s`,
//!   **`LP = (EP − s·k) / (1 − s·mmr)`**. The tier is chosen by the notional at `LP`; when that
//!   lands in another tier than assumed, Binance recalculates with that tier's rate and amount.
//! * **Bybit** values it at entry, `N = Q·EP`
//!   ([help "Liquidation Price (USDT Contract)"](https://www.bybit.com/en/help-center/article/Liquidation-Price-USDT-Contract):
//!   `LP = EP − s·(IM − MM)/Q`, `IM = Q·EP/leverage`, `MM = Q·EP·mmr − deduction`). Then
//!   `k + s·(LP − EP) = EP·mmr`, so **`LP = EP·(1 + s·mmr) − s·k`**, and the tier is simply the
//!   one holding the position value at entry.
//!
//! With `WB = N_entry/leverage` and `cum = 0` both reduce to the textbook forms: Binance
//! `EP·(1 − s/L)/(1 − s·mmr)`, Bybit `EP·(1 − s/L + s·mmr)`. Fees (including the estimated fee to
//! close that Bybit adds to the maintenance margin) and funding are left out.
//!
//! Why one tier always fits (Binance): for a long, the margin balance rises with slope `Q` in
//! `LP` while the maintenance margin rises with slope `Q·mmr < Q`, and both are continuous, so
//! they cross exactly once; for a short the balance falls and the maintenance rises. The single
//! crossing lies in exactly one tier (or on a shared boundary, where neighbouring tiers agree),
//! so solving every tier's linear equation and keeping the one whose own notional falls inside
//! it is the exchange's "recalculate in the other tier" rule done without iterating.

use super::assets::NightRange;
use crate::decimal::{clamp, clamp_or};

/// The direction of a position.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Side {
    #[default]
    Long,
    Short,
}

impl Side {
    /// +1 for a long, −1 for a short: the sign of profit per unit of price rise.
    pub fn sign(self) -> f64 {
        match self {
            Side::Long => 1.0,
            Side::Short => -1.0,
        }
    }
}

/// Leverage accepted by the formulas; anything outside is clamped, non-finite becomes 1×.
const LEVERAGE_LIMITS: (f64, f64) = (1.0, 1000.0);
/// Maintenance rates accepted by the formulas; this keeps every denominator at least 0.5.
const MMR_LIMITS: (f64, f64) = (0.0, 0.5);
/// Notional values accepted (USDT or index units); keeps per-coin amounts finite.
const NOTIONAL_LIMITS: (f64, f64) = (1e-6, 1e15);

/// Where the exchange values the maintenance margin, the one difference between the formulas.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum MaintenanceBasis {
    LiquidationPrice,
    EntryPrice,
}

/// Solves the liquidation equation for one tier. `cushion` is `(WB + cum)/Q` per coin.
fn solve(basis: MaintenanceBasis, side: Side, entry: f64, cushion: f64, mmr: f64) -> f64 {
    let s = side.sign();
    match basis {
        MaintenanceBasis::LiquidationPrice => (entry - s * cushion) / (1.0 - s * mmr),
        MaintenanceBasis::EntryPrice => entry * (1.0 + s * mmr) - s * cushion,
    }
}

/// Binance USDⓈ-M isolated liquidation price for a single position with a flat maintenance
/// rate and no maintenance amount (`cum` = 0), the form the cascade simulation uses.
///
/// Derivation: liquidation fires when wallet balance + unrealised PnL = maintenance margin,
/// i.e. `WB + s·Q·(LP − EP) = Q·LP·MMR` with `WB = Q·EP/L`; solving for LP gives
/// `LP = EP·(1 − s/L) / (1 − s·MMR)`. Inputs are clamped so the result is always finite.
pub fn liquidation_price_flat(side: Side, entry: f64, leverage: f64, mmr: f64) -> f64 {
    let leverage = clamp_or(leverage, LEVERAGE_LIMITS, 1.0);
    let mmr = clamp_or(mmr, MMR_LIMITS, 0.0);
    solve(
        MaintenanceBasis::LiquidationPrice,
        side,
        entry,
        entry / leverage,
        mmr,
    )
    .max(0.0)
}

/// One row of an exchange's published maintenance table.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bracket {
    /// The largest notional (USDT) in this bracket; the previous bracket's cap is its floor.
    pub cap: f64,
    /// Maintenance margin rate, as a fraction (0.004 for 0.40 %).
    pub mmr: f64,
    /// The highest leverage the exchange allows for a position this size.
    pub max_leverage: f64,
}

/// Binance BTCUSDT perpetual leverage and margin brackets as announced on 18 March 2021
/// ("Updates to Leverage and Margin Tiers of Binance Futures Contracts (2021-03-18)"), the
/// most recent complete table for the contract we could source. Caps in USDT notional.
pub const BINANCE_BTCUSDT_2021_03_18: &[Bracket] = &[
    Bracket {
        cap: 50_000.0,
        mmr: 0.004,
        max_leverage: 125.0,
    },
    Bracket {
        cap: 250_000.0,
        mmr: 0.005,
        max_leverage: 100.0,
    },
    Bracket {
        cap: 1_000_000.0,
        mmr: 0.01,
        max_leverage: 50.0,
    },
    Bracket {
        cap: 10_000_000.0,
        mmr: 0.025,
        max_leverage: 20.0,
    },
    Bracket {
        cap: 20_000_000.0,
        mmr: 0.05,
        max_leverage: 10.0,
    },
    Bracket {
        cap: 50_000_000.0,
        mmr: 0.10,
        max_leverage: 5.0,
    },
    Bracket {
        cap: 100_000_000.0,
        mmr: 0.125,
        max_leverage: 4.0,
    },
    Bracket {
        cap: 200_000_000.0,
        mmr: 0.15,
        max_leverage: 3.0,
    },
    Bracket {
        cap: 300_000_000.0,
        mmr: 0.25,
        max_leverage: 2.0,
    },
    Bracket {
        cap: 500_000_000.0,
        mmr: 0.50,
        max_leverage: 1.0,
    },
];

/// Bybit BTCUSDT perpetual risk-limit tiers 1–20 from Bybit's "Margin Parameters" page
/// (bybit.com/en/announcement-info/margin-parameters). Caps are risk limits in USDT.
pub const BYBIT_BTCUSDT_RISK_LIMITS: &[Bracket] = &[
    Bracket {
        cap: 2_000_000.0,
        mmr: 0.005,
        max_leverage: 100.0,
    },
    Bracket {
        cap: 2_600_000.0,
        mmr: 0.0056,
        max_leverage: 90.0,
    },
    Bracket {
        cap: 3_200_000.0,
        mmr: 0.0063,
        max_leverage: 80.0,
    },
    Bracket {
        cap: 3_800_000.0,
        mmr: 0.0067,
        max_leverage: 75.0,
    },
    Bracket {
        cap: 4_400_000.0,
        mmr: 0.0071,
        max_leverage: 70.0,
    },
    Bracket {
        cap: 5_000_000.0,
        mmr: 0.0077,
        max_leverage: 65.0,
    },
    Bracket {
        cap: 5_600_000.0,
        mmr: 0.0091,
        max_leverage: 55.0,
    },
    Bracket {
        cap: 8_500_000.0,
        mmr: 0.01,
        max_leverage: 50.0,
    },
    Bracket {
        cap: 10_000_000.0,
        mmr: 0.013,
        max_leverage: 45.0,
    },
    Bracket {
        cap: 14_000_000.0,
        mmr: 0.015,
        max_leverage: 40.0,
    },
    Bracket {
        cap: 20_000_000.0,
        mmr: 0.016,
        max_leverage: 35.0,
    },
    Bracket {
        cap: 28_000_000.0,
        mmr: 0.02,
        max_leverage: 30.0,
    },
    Bracket {
        cap: 38_000_000.0,
        mmr: 0.025,
        max_leverage: 25.0,
    },
    Bracket {
        cap: 50_000_000.0,
        mmr: 0.029,
        max_leverage: 20.0,
    },
    Bracket {
        cap: 55_000_000.0,
        mmr: 0.03,
        max_leverage: 19.0,
    },
    Bracket {
        cap: 60_000_000.0,
        mmr: 0.035,
        max_leverage: 18.0,
    },
    Bracket {
        cap: 65_000_000.0,
        mmr: 0.036,
        max_leverage: 17.0,
    },
    Bracket {
        cap: 70_000_000.0,
        mmr: 0.038,
        max_leverage: 16.0,
    },
    Bracket {
        cap: 75_000_000.0,
        mmr: 0.04,
        max_leverage: 15.0,
    },
    Bracket {
        cap: 80_000_000.0,
        mmr: 0.045,
        max_leverage: 14.0,
    },
];

/// A bracket with its floor and maintenance amount worked out.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tier {
    /// Position in the table, from 0.
    pub index: usize,
    pub floor: f64,
    pub cap: f64,
    pub mmr: f64,
    /// The maintenance amount subtracted from `notional × mmr`.
    pub cum: f64,
    pub max_leverage: f64,
}

impl Tier {
    /// Maintenance margin of a position valued at `notional`.
    pub fn maintenance_margin(&self, notional: f64) -> f64 {
        notional * self.mmr - self.cum
    }

    /// How far `notional` lies outside this tier (0 inside). The last tier is open-ended:
    /// beyond an exchange's table its last terms are the best description we have.
    fn distance_outside(&self, notional: f64, is_last: bool) -> f64 {
        if notional < self.floor {
            self.floor - notional
        } else if notional > self.cap && !is_last {
            notional - self.cap
        } else {
            0.0
        }
    }
}

/// Works out each bracket's floor and maintenance amount.
///
/// The maintenance margin `N·mmr_n − cum_n` must not jump where tier n−1 hands over to tier n,
/// at `N = floor_n`: `floor_n·mmr_n − cum_n = floor_n·mmr_{n−1} − cum_{n−1}`, hence
/// `cum_n = cum_{n−1} + floor_n·(mmr_n − mmr_{n−1})` with `cum_0 = 0`. This is the rule both
/// exchanges publish; deriving it rather than copying their column keeps the two consistent.
pub fn tiers(brackets: &[Bracket]) -> Vec<Tier> {
    let mut out: Vec<Tier> = Vec::with_capacity(brackets.len());
    for (index, bracket) in brackets.iter().enumerate() {
        let (floor, cum) = match out.last() {
            Some(prev) => (prev.cap, prev.cum + prev.cap * (bracket.mmr - prev.mmr)),
            None => (0.0, 0.0),
        };
        out.push(Tier {
            index,
            floor,
            cap: bracket.cap,
            mmr: bracket.mmr,
            cum,
            max_leverage: bracket.max_leverage,
        });
    }
    out
}

/// How the maintenance margin is set.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Maintenance {
    /// One rate for any size, no maintenance amount (a reader-chosen rate).
    Flat(f64),
    /// An exchange's published table.
    Tiered(&'static [Bracket]),
}

impl Maintenance {
    pub fn tiers(self) -> Vec<Tier> {
        match self {
            Maintenance::Flat(mmr) => vec![Tier {
                index: 0,
                floor: 0.0,
                cap: f64::INFINITY,
                mmr: clamp_or(mmr, MMR_LIMITS, 0.0),
                cum: 0.0,
                max_leverage: f64::INFINITY,
            }],
            Maintenance::Tiered(brackets) if !brackets.is_empty() => tiers(brackets),
            Maintenance::Tiered(_) => Maintenance::Flat(0.0).tiers(),
        }
    }
}

/// The exchange whose formula is used.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Venue {
    #[default]
    Binance,
    Bybit,
}

impl Venue {
    fn basis(self) -> MaintenanceBasis {
        match self {
            Venue::Binance => MaintenanceBasis::LiquidationPrice,
            Venue::Bybit => MaintenanceBasis::EntryPrice,
        }
    }
}

/// An isolated position: its margin is `notional / leverage`, all of it at risk.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Position {
    pub side: Side,
    /// Entry price (USDT, or index points).
    pub entry: f64,
    pub leverage: f64,
    /// Position value at entry (USDT, or index units).
    pub notional: f64,
}

/// Where and in which tier a position is liquidated.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Liquidation {
    pub side: Side,
    /// The entry price the result refers to (0 for an unusable entry).
    pub entry: f64,
    /// The liquidation price; 0 when no positive price liquidates the position.
    pub price: f64,
    /// The tier whose rate and amount apply.
    pub tier: Tier,
}

impl Liquidation {
    /// The move against the position, as a fraction of entry, that reaches the liquidation
    /// price: 0.066 means a 6.6 % fall for a long or rise for a short. Zero or negative means
    /// the maintenance requirement already exceeds the margin at entry.
    pub fn adverse_move(&self) -> f64 {
        if self.entry > 0.0 {
            self.side.sign() * (self.entry - self.price) / self.entry
        } else {
            0.0
        }
    }

    /// The position's equity when liquidation fires, `margin − notional × adverse_move` (linear
    /// contracts lose `notional` × the fractional move). It equals the maintenance margin there,
    /// and never exceeds the margin put in: a trigger at or beyond entry means no room at all.
    pub fn equity_left(&self, margin: f64, notional: f64) -> f64 {
        clamp(
            margin - notional * self.adverse_move().max(0.0),
            0.0,
            margin.max(0.0),
        )
    }
}

/// The tier an exchange files a position of `notional` (at entry) under, the one whose
/// `floor < notional ≤ cap`; beyond the table, its last tier.
pub fn tier_for_notional(maintenance: Maintenance, notional: f64) -> Tier {
    let tiers = maintenance.tiers();
    let last = tiers[tiers.len() - 1];
    tiers
        .into_iter()
        .find(|tier| notional <= tier.cap)
        .unwrap_or(last)
}

/// Whether the exchange opens a position, and what it would allow instead.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Admission {
    /// The leverage asked for.
    pub asked: f64,
    /// The most the exchange gives a position of this size (infinite for a reader's flat rate).
    pub max_leverage: f64,
}

impl Admission {
    pub fn allowed(&self) -> bool {
        self.asked <= self.max_leverage
    }

    /// The leverage the exchange would actually give: the asked one, capped.
    pub fn granted(&self) -> f64 {
        self.asked.min(self.max_leverage)
    }
}

/// Checks a position of `notional` at `leverage` against the tier table's maximum leverage.
pub fn admission(maintenance: Maintenance, notional: f64, leverage: f64) -> Admission {
    let leverage = clamp_or(leverage, LEVERAGE_LIMITS, 1.0);
    let notional = clamp_or(notional, NOTIONAL_LIMITS, NOTIONAL_LIMITS.0);
    Admission {
        asked: leverage,
        max_leverage: tier_for_notional(maintenance, notional).max_leverage,
    }
}

/// The highest leverage at which a whole `margin` can be put to work: in each tier, positions of
/// `margin × L` with `floor < margin × L ≤ cap` are allowed up to the tier's maximum, so the best
/// is `min(cap / margin, max_leverage)` where that still lies above the tier's floor.
pub fn max_leverage_for_margin(maintenance: Maintenance, margin: f64) -> f64 {
    let margin = clamp_or(margin, NOTIONAL_LIMITS, NOTIONAL_LIMITS.0);
    maintenance
        .tiers()
        .iter()
        .filter_map(|tier| {
            let best = (tier.cap / margin).min(tier.max_leverage);
            (best > tier.floor / margin).then_some(best)
        })
        .fold(LEVERAGE_LIMITS.0, f64::max)
        .min(LEVERAGE_LIMITS.1)
}

/// The largest position the exchange opens at `leverage`: the cap of the last tier that still
/// allows it (infinite for a flat rate, `None` when not even the first tier does).
pub fn max_notional_at(maintenance: Maintenance, leverage: f64) -> Option<f64> {
    maintenance
        .tiers()
        .iter()
        .filter(|tier| tier.max_leverage >= leverage)
        .map(|tier| tier.cap)
        .fold(None, |best: Option<f64>, cap| {
            Some(best.map_or(cap, |b| b.max(cap)))
        })
}

/// The liquidation of `position` under an exchange's formula and maintenance terms.
pub fn liquidation(venue: Venue, maintenance: Maintenance, position: Position) -> Liquidation {
    let tiers = maintenance.tiers();
    let side = position.side;
    let first_tier = tiers[0];
    if !(position.entry.is_finite() && position.entry > 0.0) {
        return Liquidation {
            side,
            entry: 0.0,
            price: 0.0,
            tier: first_tier,
        };
    }
    let entry = position.entry;
    let leverage = clamp_or(position.leverage, LEVERAGE_LIMITS, 1.0);
    let notional = clamp_or(position.notional, NOTIONAL_LIMITS, NOTIONAL_LIMITS.0);
    let quantity = notional / entry;
    let margin = notional / leverage;
    let basis = venue.basis();
    let last = tiers.len() - 1;
    // The first exact fit wins, so a result on a shared boundary takes the lower tier
    // (exchanges write brackets as `floor < N ≤ cap`); rounding at a boundary can leave no
    // exact fit, and the nearest tier is then the right one.
    let mut best = (0.0, first_tier, f64::INFINITY);
    for tier in &tiers {
        let price = solve(basis, side, entry, (margin + tier.cum) / quantity, tier.mmr);
        let valued_at = match basis {
            MaintenanceBasis::LiquidationPrice => quantity * price,
            MaintenanceBasis::EntryPrice => notional,
        };
        let outside = tier.distance_outside(valued_at, tier.index == last);
        if outside < best.2 {
            best = (price, *tier, outside);
        }
        if outside == 0.0 {
            break;
        }
    }
    let (price, tier, _) = best;
    Liquidation {
        side,
        entry,
        price: price.max(0.0),
        tier,
    }
}

/// Whether a position outlived the part of the night's path we know.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Verdict {
    /// The known path reached the liquidation price.
    Liquidated,
    /// The known path stayed clear of it.
    Survived,
    /// Clear of the stated fall, but the article says the fall was larger by an unstated amount.
    SurvivedStatedMove,
    /// The maintenance margin exceeds the margin at entry: the position cannot be held at all.
    NoRoom,
    /// A short opened below the night's starting price: whether the climb back that it would
    /// fear came before or after it was opened is not known, so no verdict.
    DependsOnEntryTime,
}

impl Verdict {
    /// Liquidated, or never viable.
    pub fn is_fatal(self) -> bool {
        matches!(self, Verdict::Liquidated | Verdict::NoRoom)
    }
}

/// Judges a liquidation price against the night's known range (same price scale).
pub fn verdict(liquidation: &Liquidation, night: &NightRange) -> Verdict {
    if liquidation.adverse_move() <= 0.0 {
        return Verdict::NoRoom;
    }
    match liquidation.side {
        Side::Long if night.low <= liquidation.price => Verdict::Liquidated,
        Side::Long if night.low_is_bound => Verdict::SurvivedStatedMove,
        Side::Long => Verdict::Survived,
        // The known prices above the entry all came before a short opened below them.
        Side::Short if liquidation.entry < night.high => Verdict::DependsOnEntryTime,
        Side::Short if night.high >= liquidation.price => Verdict::Liquidated,
        Side::Short => Verdict::Survived,
    }
}

/// The leverage from which the night was fatal to `position` (its side, entry and size; its own
/// leverage is what is varied), searched in `[1, max_leverage]`. `None` if even `max_leverage`
/// survived.
///
/// Higher leverage means less margin per coin, which moves the liquidation price towards entry
/// under both formulas, so fatality is monotone in leverage and a bisection finds the threshold
/// to within 1e-9 of a unit of leverage.
pub fn fatal_leverage(
    venue: Venue,
    maintenance: Maintenance,
    position: Position,
    night: &NightRange,
    max_leverage: f64,
) -> Option<f64> {
    let max_leverage = clamp_or(max_leverage, LEVERAGE_LIMITS, 1.0);
    let fatal = |leverage: f64| {
        verdict(
            &liquidation(
                venue,
                maintenance,
                Position {
                    leverage,
                    ..position
                },
            ),
            night,
        )
        .is_fatal()
    };
    if fatal(1.0) {
        return Some(1.0);
    }
    if !fatal(max_leverage) {
        return None;
    }
    let (mut safe, mut deadly) = (1.0, max_leverage);
    while deadly - safe > 1e-9 {
        let mid = 0.5 * (safe + deadly);
        if fatal(mid) {
            deadly = mid;
        } else {
            safe = mid;
        }
    }
    Some(deadly)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn position(side: Side, entry: f64, leverage: f64, notional: f64) -> Position {
        Position {
            side,
            entry,
            leverage,
            notional,
        }
    }
    use crate::model::rng::Rng;

    const REFERENCE: f64 = 73_243.0;
    const BTC_LOW: f64 = 63_860.8;
    const BTC_NIGHT: NightRange = NightRange {
        low: BTC_LOW,
        high: REFERENCE,
        low_is_bound: false,
    };
    const BINANCE_BTC: Maintenance = Maintenance::Tiered(BINANCE_BTCUSDT_2021_03_18);

    fn long(leverage: f64, notional: f64) -> Position {
        Position {
            side: Side::Long,
            entry: REFERENCE,
            leverage,
            notional,
        }
    }

    fn close(actual: f64, expected: f64, tolerance: f64) {
        assert!(
            (actual - expected).abs() <= tolerance,
            "{actual} vs {expected}"
        );
    }

    /// A uniform draw in `[min, max)` for the property tests.
    fn between(rng: &mut Rng, min: f64, max: f64) -> f64 {
        min + (max - min) * rng.next_f64()
    }

    #[test]
    fn issue_reference_example() {
        // 73,243 × (1 − 1/10) / (1 − 0.004) = 65,918.7 / 0.996 = 66,183.4
        let lp = liquidation_price_flat(Side::Long, 73_243.0, 10.0, 0.004);
        assert!((lp - 66_183.4).abs() < 0.1, "{lp}");
    }

    #[test]
    fn done_when_ten_times_long_is_liquidated_and_seven_times_survives() {
        // 10×: margin per coin 7,324.3; LP = (73,243 − 7,324.3)/0.996 = 66,183.43 > 63,860.8.
        let ten = liquidation(Venue::Binance, BINANCE_BTC, long(10.0, 10_000.0));
        close(ten.price, 66_183.43, 0.01);
        assert_eq!(ten.tier.index, 0);
        close(ten.adverse_move(), 0.096_39, 0.000_01); // 1 − 0.9/0.996
        assert_eq!(verdict(&ten, &BTC_NIGHT), Verdict::Liquidated);
        // 7×: margin per coin 10,463.29; LP = 62,779.71/0.996 = 63,031.84 < 63,860.8.
        let seven = liquidation(Venue::Binance, BINANCE_BTC, long(7.0, 10_000.0));
        close(seven.price, 63_031.84, 0.01);
        assert_eq!(verdict(&seven, &BTC_NIGHT), Verdict::Survived);
    }

    #[test]
    fn fatal_leverage_matches_the_closed_form() {
        // Long, flat rate: LP ≥ low ⇔ 1 − 1/L ≥ low·(1 − mmr)/EP ⇔ L ≥ 1/(1 − low·0.996/EP).
        // 63,860.8 × 0.996 / 73,243 = 0.868415…, so L* = 1/0.131585… = 7.5997…
        let fatal = fatal_leverage(
            Venue::Binance,
            BINANCE_BTC,
            long(1.0, 10_000.0),
            &BTC_NIGHT,
            125.0,
        )
        .unwrap();
        close(fatal, 1.0 / (1.0 - BTC_LOW * 0.996 / REFERENCE), 1e-6);
        close(fatal, 7.5997, 0.0001);
        // A short entered at the reference is never liquidated by a path that only fell.
        let short = Position {
            side: Side::Short,
            ..long(1.0, 10_000.0)
        };
        assert_eq!(
            fatal_leverage(Venue::Binance, BINANCE_BTC, short, &BTC_NIGHT, 125.0),
            None
        );
    }

    #[test]
    fn derived_maintenance_amounts_match_the_published_ones() {
        // Binance published the cumulative amounts 0, 50, 1,300, 16,300, 266,300, 1,266,300,
        // 2,516,300, 5,016,300, 25,016,300, 100,016,300 for this table.
        let cum: Vec<f64> = tiers(BINANCE_BTCUSDT_2021_03_18)
            .iter()
            .map(|t| t.cum)
            .collect();
        let published = [
            0.0,
            50.0,
            1_300.0,
            16_300.0,
            266_300.0,
            1_266_300.0,
            2_516_300.0,
            5_016_300.0,
            25_016_300.0,
            100_016_300.0,
        ];
        for (derived, published) in cum.iter().zip(published) {
            close(*derived, published, 1e-6);
        }
        // Bybit publishes deductions 0, 1,200, 3,020 … 20,500 (tier 8) … 1,482,000 (tier 20).
        let bybit = tiers(BYBIT_BTCUSDT_RISK_LIMITS);
        close(bybit[1].cum, 1_200.0, 1e-6);
        close(bybit[2].cum, 3_020.0, 1e-6);
        close(bybit[7].cum, 20_500.0, 1e-6);
        close(bybit[19].cum, 1_482_000.0, 1e-6);
        // Continuity at every boundary.
        for pair in bybit.windows(2) {
            close(
                pair[0].maintenance_margin(pair[0].cap),
                pair[1].maintenance_margin(pair[1].floor),
                1e-6,
            );
        }
    }

    #[test]
    fn recalculates_downward_when_the_liquidation_notional_leaves_the_entry_tier() {
        // Long 52,000 USDT at 10×: at entry it sits in tier 2 (0.50 %, cum 50).
        // Tier 2: cushion = 7,324.3 + 50 × 73,243/52,000 = 7,394.726; LP = 65,848.274/0.995
        //   = 66,179.17, notional there 52,000 × 66,179.17/73,243 = 46,984.7: that is tier 1.
        // Tier 1: LP = 65,918.7/0.996 = 66,183.43, notional 46,987.7: consistent.
        let result = liquidation(Venue::Binance, BINANCE_BTC, long(10.0, 52_000.0));
        assert_eq!(result.tier.index, 0);
        close(result.price, 66_183.43, 0.01);
    }

    #[test]
    fn recalculates_upward_for_a_short() {
        // Short 45,000 USDT at 2×: tier 1 at entry. Margin per coin 36,621.5.
        // Tier 1: LP = (73,243 + 36,621.5)/1.004 = 109,426.79, notional 67,231.6: tier 2.
        // Tier 2: cushion 36,621.5 + 50 × 73,243/45,000 = 36,702.88;
        //   LP = 109,945.88/1.005 = 109,398.89, notional 67,214.5: consistent.
        let short = Position {
            side: Side::Short,
            entry: REFERENCE,
            leverage: 2.0,
            notional: 45_000.0,
        };
        let result = liquidation(Venue::Binance, BINANCE_BTC, short);
        assert_eq!(result.tier.index, 1);
        close(result.price, 109_398.89, 0.01);
        close(result.tier.cum, 50.0, 1e-9);
    }

    #[test]
    fn large_account_lands_in_a_high_tier() {
        // 1.2 M margin at 10× = 12 M notional. Tier 5 (5 %, cum 266,300):
        // LP/EP = (1 − 0.1 − 266,300/12,000,000)/0.95 = 0.877808/0.95 = 0.924009,
        // notional there 11.088 M, inside 10–20 M. Margin left = maintenance
        // = 11,088,105.26 × 0.05 − 266,300 = 288,105.26.
        let position = Position {
            side: Side::Long,
            entry: 100.0,
            leverage: 10.0,
            notional: 12_000_000.0,
        };
        let result = liquidation(Venue::Binance, BINANCE_BTC, position);
        assert_eq!(result.tier.index, 4);
        close(result.price, 92.4009, 0.0001);
        let left = result.equity_left(1_200_000.0, 12_000_000.0);
        let maintenance = result
            .tier
            .maintenance_margin(12_000_000.0 * result.price / 100.0);
        close(left, maintenance, 1e-6);
        close(left, 288_105.26, 0.01);
    }

    #[test]
    fn the_exchange_refuses_leverage_above_the_tier_maximum() {
        // A $1.2 M balance at 20× is a $24 M position: Binance's 20–50 M tier allows 5×.
        let refused = admission(BINANCE_BTC, 24_000_000.0, 20.0);
        assert!(!refused.allowed());
        assert_eq!((refused.max_leverage, refused.granted()), (5.0, 5.0));
        // 10× is $12 M, inside the 10–20 M tier, which allows exactly 10×.
        assert!(admission(BINANCE_BTC, 12_000_000.0, 10.0).allowed());
        // The most the whole balance can carry is 10×; at 50×, positions up to $1 M.
        close(
            max_leverage_for_margin(BINANCE_BTC, 1_200_000.0),
            10.0,
            1e-12,
        );
        close(max_leverage_for_margin(BINANCE_BTC, 10_000.0), 50.0, 1e-12);
        close(max_leverage_for_margin(BINANCE_BTC, 100.0), 125.0, 1e-12);
        assert_eq!(max_notional_at(BINANCE_BTC, 50.0), Some(1_000_000.0));
        assert_eq!(max_notional_at(BINANCE_BTC, 126.0), None);
        // Bybit gives a small BTCUSDT position 100× at most; a reader's flat rate has no cap.
        let bybit = Maintenance::Tiered(BYBIT_BTCUSDT_RISK_LIMITS);
        assert!(!admission(bybit, 10_000.0, 125.0).allowed());
        assert!(admission(Maintenance::Flat(0.005), 1e12, 1000.0).allowed());
        // Every whole-balance leverage up to the maximum is admitted, and one step above is not.
        for margin in [100.0, 5_000.0, 1_200_000.0, 30_000_000.0] {
            let max = max_leverage_for_margin(BINANCE_BTC, margin);
            assert!(
                admission(BINANCE_BTC, margin * max, max).allowed(),
                "{margin}"
            );
            assert!(
                !admission(BINANCE_BTC, margin * (max + 0.5), max + 0.5).allowed(),
                "{margin}"
            );
        }
    }

    #[test]
    fn a_short_opened_below_the_starting_price_gets_no_verdict() {
        let night = NightRange {
            low: 60_000.0,
            high: 73_000.0,
            low_is_bound: false,
        };
        let short = |entry: f64| {
            let position = Position {
                side: Side::Short,
                entry,
                leverage: 20.0,
                notional: 10_000.0,
            };
            verdict(&liquidation(Venue::Binance, BINANCE_BTC, position), &night)
        };
        // At 65,000 with 20× the trigger (about 68,000) lies below the 73,000 the night began
        // at, but that price came before such a short could have been opened.
        assert_eq!(short(65_000.0), Verdict::DependsOnEntryTime);
        assert_eq!(short(74_000.0), Verdict::Survived);
    }

    #[test]
    fn equity_left_never_exceeds_the_margin_put_in() {
        // An impossible position (5 % maintenance on a 50× margin of 2 %): the trigger sits on the
        // profitable side of entry, and the equity left is the margin, not more.
        let position = Position {
            side: Side::Long,
            entry: 100.0,
            leverage: 50.0,
            notional: 60_000_000.0,
        };
        let result = liquidation(Venue::Binance, BINANCE_BTC, position);
        assert!(result.adverse_move() < 0.0);
        close(
            result.equity_left(1_200_000.0, 60_000_000.0),
            1_200_000.0,
            1e-9,
        );
    }

    #[test]
    fn bybit_help_centre_examples() {
        // "Trader A placed a long entry of 1 BTC at 20,000 USDT with 50x leverage", MMR 0.5 %:
        // IM 400, MM 100, LP = 20,000 − 300 = 19,700.
        let long = Position {
            side: Side::Long,
            entry: 20_000.0,
            leverage: 50.0,
            notional: 20_000.0,
        };
        let result = liquidation(
            Venue::Bybit,
            Maintenance::Tiered(BYBIT_BTCUSDT_RISK_LIMITS),
            long,
        );
        close(result.price, 19_700.0, 1e-6);
        // The same short: LP = 20,000 + 300 = 20,300.
        let short = Position {
            side: Side::Short,
            ..long
        };
        close(
            liquidation(Venue::Bybit, Maintenance::Flat(0.005), short).price,
            20_300.0,
            1e-6,
        );
    }

    #[test]
    fn bybit_and_binance_differ_only_in_where_maintenance_is_valued() {
        // Same flat 0.4 %: Binance 65,918.7/0.996 = 66,183.43; Bybit 73,243 × (0.9 + 0.004) = 66,211.67.
        let binance = liquidation(
            Venue::Binance,
            Maintenance::Flat(0.004),
            long(10.0, 10_000.0),
        );
        let bybit = liquidation(Venue::Bybit, Maintenance::Flat(0.004), long(10.0, 10_000.0));
        close(binance.price, 66_183.43, 0.01);
        close(bybit.price, 66_211.67, 0.01);
        // With their own small-position tiers (0.40 % vs 0.50 %): Bybit 73,243 × 0.905 = 66,284.92.
        let bybit_own = liquidation(
            Venue::Bybit,
            Maintenance::Tiered(BYBIT_BTCUSDT_RISK_LIMITS),
            long(10.0, 10_000.0),
        );
        close(bybit_own.price, 66_284.92, 0.01);
    }

    #[test]
    fn flat_version_agrees_with_the_general_solver() {
        let mut rng = Rng::seed_from(1);
        for _ in 0..2_000 {
            let side = if rng.next_f64() < 0.5 {
                Side::Long
            } else {
                Side::Short
            };
            let entry = between(&mut rng, 0.01, 200_000.0);
            let leverage = between(&mut rng, 1.0, 125.0);
            let mmr = between(&mut rng, 0.0, 0.05);
            let flat = liquidation_price_flat(side, entry, leverage, mmr);
            let general = liquidation(
                Venue::Binance,
                Maintenance::Flat(mmr),
                Position {
                    side,
                    entry,
                    leverage,
                    notional: 1.0,
                },
            );
            close(general.price, flat, entry * 1e-12);
        }
    }

    #[test]
    fn properties_hold_across_random_positions() {
        let mut rng = Rng::seed_from(42);
        let tables = [
            Maintenance::Tiered(BINANCE_BTCUSDT_2021_03_18),
            Maintenance::Tiered(BYBIT_BTCUSDT_RISK_LIMITS),
            Maintenance::Flat(0.005),
        ];
        for _ in 0..1_500 {
            let venue = if rng.next_f64() < 0.5 {
                Venue::Binance
            } else {
                Venue::Bybit
            };
            let maintenance = tables[(rng.next_f64() * 3.0) as usize % 3];
            let side = if rng.next_f64() < 0.5 {
                Side::Long
            } else {
                Side::Short
            };
            let entry = between(&mut rng, 1.0, 150_000.0);
            let notional = 10f64.powf(between(&mut rng, 2.0, 8.5));
            let low = entry * between(&mut rng, 0.3, 1.0);
            let night = NightRange {
                low,
                high: entry,
                low_is_bound: false,
            };
            let mut previous: Option<Liquidation> = None;
            for step in 0..60 {
                let leverage = 1.0 + step as f64 * (124.0 / 59.0);
                let result = liquidation(
                    venue,
                    maintenance,
                    position(side, entry, leverage, notional),
                );
                assert!(result.price.is_finite() && result.price >= 0.0);
                // Long below entry and short above, whenever the position can be held at all.
                let verdict = verdict(&result, &night);
                if result.tier.mmr < 1.0 / leverage {
                    assert_ne!(verdict, Verdict::NoRoom, "{result:?}");
                }
                if verdict != Verdict::NoRoom {
                    match side {
                        Side::Long => assert!(result.price < entry),
                        Side::Short => assert!(result.price > entry),
                    }
                }
                // The verdict agrees with the prices it was drawn from.
                let touched = match side {
                    Side::Long => night.low <= result.price,
                    Side::Short => night.high >= result.price,
                };
                assert_eq!(
                    verdict.is_fatal(),
                    touched || verdict == Verdict::NoRoom,
                    "{result:?}"
                );
                // More leverage never moves the liquidation price away from entry.
                if let Some(previous) = previous {
                    let tolerance = entry * 1e-9;
                    match side {
                        Side::Long => assert!(
                            result.price + tolerance >= previous.price,
                            "{previous:?} → {result:?}"
                        ),
                        Side::Short => assert!(
                            result.price <= previous.price + tolerance,
                            "{previous:?} → {result:?}"
                        ),
                    }
                }
                previous = Some(result);
            }
        }
    }

    #[test]
    fn chosen_tier_contains_the_notional_it_was_chosen_by() {
        let mut rng = Rng::seed_from(7);
        for _ in 0..3_000 {
            let side = if rng.next_f64() < 0.5 {
                Side::Long
            } else {
                Side::Short
            };
            let position = Position {
                side,
                entry: 100.0,
                leverage: between(&mut rng, 1.0, 125.0),
                notional: 10f64.powf(between(&mut rng, 3.0, 8.6)),
            };
            let result = liquidation(Venue::Binance, BINANCE_BTC, position);
            if result.price > 0.0 {
                let at_liquidation = position.notional * result.price / 100.0;
                let tier = result.tier;
                let is_last = tier.index + 1 == BINANCE_BTCUSDT_2021_03_18.len();
                assert!(
                    at_liquidation >= tier.floor * (1.0 - 1e-9),
                    "{position:?} {result:?}"
                );
                assert!(
                    is_last || at_liquidation <= tier.cap * (1.0 + 1e-9),
                    "{position:?} {result:?}"
                );
            }
        }
    }

    #[test]
    fn extreme_inputs_never_produce_nan() {
        let values = [
            0.0,
            -1.0,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            1e-300,
            1e300,
            1.0,
            125.0,
        ];
        for venue in [Venue::Binance, Venue::Bybit] {
            for maintenance in [
                BINANCE_BTC,
                Maintenance::Flat(f64::NAN),
                Maintenance::Flat(9.0),
                Maintenance::Tiered(&[]),
            ] {
                for side in [Side::Long, Side::Short] {
                    for entry in values {
                        for leverage in values {
                            for notional in values {
                                let result = liquidation(
                                    venue,
                                    maintenance,
                                    position(side, entry, leverage, notional),
                                );
                                assert!(
                                    result.price.is_finite() && result.price >= 0.0,
                                    "{entry} {leverage} {notional}"
                                );
                                assert!(result.adverse_move().is_finite());
                                let _ = verdict(&result, &BTC_NIGHT);
                            }
                        }
                        assert!(liquidation_price_flat(side, 100.0, entry, entry).is_finite());
                    }
                }
            }
        }
        assert_eq!(
            fatal_leverage(
                Venue::Binance,
                BINANCE_BTC,
                long(f64::NAN, f64::NAN),
                &BTC_NIGHT,
                f64::NAN
            ),
            None
        );
    }

    #[test]
    fn one_times_long_cannot_be_liquidated_and_a_tiny_margin_has_no_room() {
        let one = liquidation(Venue::Binance, BINANCE_BTC, long(1.0, 10_000.0));
        assert_eq!(one.price, 0.0);
        close(one.adverse_move(), 1.0, 1e-12);
        // Bybit at 125× with a 1 % rate: LP = EP·(1 + 0.01 − 0.008) > EP.
        let tight = liquidation(Venue::Bybit, Maintenance::Flat(0.01), long(125.0, 10_000.0));
        assert_eq!(verdict(&tight, &BTC_NIGHT), Verdict::NoRoom);
    }

    #[test]
    fn a_lower_bound_fall_only_proves_liquidation() {
        let night = NightRange {
            low: 78.0,
            high: 100.0,
            low_is_bound: true,
        };
        let position = Position {
            side: Side::Long,
            entry: 100.0,
            leverage: 5.0,
            notional: 1.0,
        };
        let five = liquidation(Venue::Binance, Maintenance::Flat(0.005), position);
        // 100 × 0.8/0.995 = 80.40 ≥ 78: liquidated whatever the real low was.
        assert_eq!(verdict(&five, &night), Verdict::Liquidated);
        let three = liquidation(
            Venue::Binance,
            Maintenance::Flat(0.005),
            Position {
                leverage: 3.0,
                ..position
            },
        );
        // 100 × (2/3)/0.995 = 67.00 < 78: clear of the stated fall only.
        assert_eq!(verdict(&three, &night), Verdict::SurvivedStatedMove);
    }
}
