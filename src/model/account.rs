//! The wiped-out account: which move of the underlying takes an account from one balance to
//! another at a given leverage, and whether an exchange's liquidation would have come first.
//!
//! Pure arithmetic on one long position that uses the whole balance as isolated margin; it
//! says nothing about what any real trader held.

use super::liquidation::{liquidation, Liquidation, Maintenance, Position, Side, Venue};
use crate::decimal::clamp;

/// A fall in account balance, in dollars.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Drawdown {
    pub start: f64,
    pub end: f64,
}

impl Drawdown {
    /// The share of the starting balance lost, in `[0, 1]`; 0 for unusable inputs.
    pub fn loss_fraction(&self) -> f64 {
        if !(self.start.is_finite() && self.start > 0.0) {
            return 0.0;
        }
        let end = if self.end.is_finite() {
            clamp(self.end, 0.0, self.start)
        } else {
            self.start
        };
        1.0 - end / self.start
    }

    /// The leverage at which a move of `adverse_move` (a fraction) alone costs this loss.
    /// A linear position loses `leverage × move` of its margin, so it is `loss / move`.
    pub fn leverage_for_move(&self, adverse_move: f64) -> Option<f64> {
        let adverse_move = adverse_move.abs();
        (adverse_move.is_finite() && adverse_move > 0.0)
            .then(|| self.loss_fraction() / adverse_move)
    }
}

/// What it takes to lose the drawdown at one leverage.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Wipeout {
    pub leverage: f64,
    /// The fall of the underlying, as a fraction, that produces the loss: `loss / leverage`.
    pub required_move: f64,
    /// Where the exchange would have liquidated the position.
    pub liquidation: Liquidation,
    /// The account's equity at that point (it equals the maintenance margin there).
    pub equity_at_liquidation: f64,
}

impl Wipeout {
    /// Liquidation is reached before the underlying has fallen far enough for the full loss.
    pub fn liquidated_first(&self) -> bool {
        self.liquidation.adverse_move() < self.required_move
    }

    /// What the trader gets back once liquidated: nothing. The exchange closes an isolated
    /// position (at the bankruptcy price if the book cannot do better) and what is left of its
    /// margin normally goes to the insurance fund (Binance, "Liquidation Protocols").
    pub fn returned_after_liquidation(&self) -> f64 {
        0.0
    }
}

/// Index level the position is priced at; only ratios matter, tiers read the USDT notional.
const ENTRY_INDEX: f64 = 100.0;

/// The drawdown taken by one long of `drawdown.start × leverage` notional on `venue`.
pub fn wipeout(
    drawdown: Drawdown,
    leverage: f64,
    venue: Venue,
    maintenance: Maintenance,
) -> Wipeout {
    let leverage = if leverage.is_finite() {
        clamp(leverage, 1.0, 1000.0)
    } else {
        1.0
    };
    let margin = if drawdown.start.is_finite() {
        drawdown.start.max(0.0)
    } else {
        0.0
    };
    let notional = margin * leverage;
    let position = Position {
        side: Side::Long,
        entry: ENTRY_INDEX,
        leverage,
        notional,
    };
    let liquidation = liquidation(venue, maintenance, position);
    Wipeout {
        leverage,
        required_move: drawdown.loss_fraction() / leverage,
        liquidation,
        equity_at_liquidation: liquidation.equity_left(margin, notional).max(0.0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::liquidation::BINANCE_BTCUSDT_2021_03_18;

    const ARTICLE: Drawdown = Drawdown {
        start: 1_200_000.0,
        end: 40_000.0,
    };
    const BINANCE_BTC: Maintenance = Maintenance::Tiered(BINANCE_BTCUSDT_2021_03_18);

    #[test]
    fn the_articles_account_by_hand() {
        // 1 − 40,000/1,200,000 = 0.96667
        assert!((ARTICLE.loss_fraction() - 0.966_667).abs() < 1e-6);
        // At 10× the underlying must fall 9.667 %; the 12 M notional is liquidated in the
        // 10–20 M tier (5 %, cum 266,300): LP/EP = (0.9 − 0.0221917)/0.95 = 0.9240088, a
        // 7.59912 % fall, leaving 1,200,000 − 12,000,000 × 0.0759912 = 288,105.26.
        let ten = wipeout(ARTICLE, 10.0, Venue::Binance, BINANCE_BTC);
        assert!((ten.required_move - 0.096_667).abs() < 1e-6);
        assert!((ten.liquidation.adverse_move() - 0.075_991).abs() < 1e-6);
        assert!(
            (ten.equity_at_liquidation - 288_105.26).abs() < 0.01,
            "{}",
            ten.equity_at_liquidation
        );
        assert!(ten.liquidated_first());
        // At 1× a long cannot be liquidated; the fall needed is 96.7 %.
        let one = wipeout(ARTICLE, 1.0, Venue::Binance, BINANCE_BTC);
        assert!(!one.liquidated_first());
        // BTC's 12.81 % fall alone costs this much at 0.96667/0.1281 = 7.546×.
        assert!((ARTICLE.leverage_for_move(-0.1281).unwrap() - 7.546).abs() < 0.001);
    }

    #[test]
    fn liquidation_comes_first_from_three_times_up() {
        // 2×: 2.4 M notional, tier 4 (2.5 %, cum 16,300): LP/EP = (0.5 − 0.006792)/0.975
        // = 0.50585, a 49.4 % fall, beyond the 48.3 % that already costs the drawdown.
        assert!(!wipeout(ARTICLE, 2.0, Venue::Binance, BINANCE_BTC).liquidated_first());
        // 3×: (1 − 1/3 − 16,300/3.6 M)/0.975 = 0.679117, a 32.088 % fall, short of 32.222 %.
        let three = wipeout(ARTICLE, 3.0, Venue::Binance, BINANCE_BTC);
        assert!((three.liquidation.adverse_move() - 0.320_88).abs() < 1e-5);
        let mut previous_move = f64::INFINITY;
        for leverage in [3.0, 5.0, 10.0, 20.0, 50.0, 125.0] {
            let w = wipeout(ARTICLE, leverage, Venue::Binance, BINANCE_BTC);
            assert!(w.liquidated_first(), "{leverage}");
            assert!(w.required_move < previous_move);
            previous_move = w.required_move;
        }
    }

    #[test]
    fn hostile_inputs() {
        for start in [0.0, -1.0, f64::NAN, f64::INFINITY] {
            let d = Drawdown {
                start,
                end: 40_000.0,
            };
            assert_eq!(d.loss_fraction(), 0.0);
            let w = wipeout(d, f64::NAN, Venue::Bybit, BINANCE_BTC);
            assert!(w.required_move.is_finite() && w.equity_at_liquidation.is_finite());
        }
        assert_eq!(
            Drawdown {
                start: 10.0,
                end: 20.0
            }
            .loss_fraction(),
            0.0
        );
        assert_eq!(
            Drawdown {
                start: 10.0,
                end: -5.0
            }
            .loss_fraction(),
            1.0
        );
        assert_eq!(ARTICLE.leverage_for_move(0.0), None);
        assert_eq!(ARTICLE.leverage_for_move(f64::NAN), None);
    }
}
