//! Exchange-set futures margin as a share of notional (how CME quotes its gold and silver
//! requirements): what a raise demands from a holder, and what a price move does to the margin.

use crate::decimal::clamp;
/// The precious-metal futures whose CME margin was raised.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Metal {
    Gold,
    #[default]
    Silver,
}

/// Margin rates accepted, as fractions of notional: from 0.1 % to fully paid.
const RATE_LIMITS: (f64, f64) = (0.001, 1.0);

fn rate(value: f64) -> f64 {
    if value.is_finite() {
        clamp(value, RATE_LIMITS.0, RATE_LIMITS.1)
    } else {
        RATE_LIMITS.1
    }
}

/// What a change of the margin rate means for a position of a given notional.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MarginCall {
    /// Margin posted under the old rate: `notional × old`.
    pub posted: f64,
    /// Margin required under the new rate: `notional × new`.
    pub required: f64,
    /// Cash to add to keep the whole position: `required − posted`, never negative.
    pub extra_cash: f64,
    /// With no cash added, the share of the position to sell so the posted margin covers the
    /// rest: keeping `notional' × new = notional × old` means selling `1 − old/new`.
    pub cut_share: f64,
}

/// The call that moving from `old_rate` to `new_rate` makes on `notional` (rates as fractions).
pub fn margin_call(notional: f64, old_rate: f64, new_rate: f64) -> MarginCall {
    let notional = if notional.is_finite() {
        clamp(notional, 0.0, 1e15)
    } else {
        0.0
    };
    let (old_rate, new_rate) = (rate(old_rate), rate(new_rate));
    let posted = notional * old_rate;
    let required = notional * new_rate;
    MarginCall {
        posted,
        required,
        extra_cash: (required - posted).max(0.0),
        cut_share: (1.0 - old_rate / new_rate).max(0.0),
    }
}

/// A long position's loss as a share of its posted margin after a price change (a fraction,
/// −0.19 for −19 %): a linear position loses `notional × fall`, the margin is `notional × rate`.
/// Above 1 the loss exceeds everything posted.
pub fn loss_to_margin(change: f64, margin_rate: f64) -> f64 {
    let fall = if change.is_finite() {
        clamp(-change, 0.0, 1.0)
    } else {
        0.0
    };
    fall / rate(margin_rate)
}

/// The leverage a margin rate allows: a 18 % margin carries 1/0.18 ≈ 5.6 times its value.
pub fn implied_leverage(margin_rate: f64) -> f64 {
    1.0 / rate(margin_rate)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(actual: f64, expected: f64) {
        assert!((actual - expected).abs() < 1e-9, "{actual} vs {expected}");
    }

    #[test]
    fn silver_raised_to_eighteen_percent_by_hand() {
        // 100,000 notional, 12 % → 18 %: posted 12,000, required 18,000, add 6,000 or sell 1/3.
        let call = margin_call(100_000.0, 0.12, 0.18);
        close(call.posted, 12_000.0);
        close(call.required, 18_000.0);
        close(call.extra_cash, 6_000.0);
        close(call.cut_share, 1.0 / 3.0);
        // Selling a third leaves 66,666.67 whose 18 % is the 12,000 posted.
        close(100_000.0 * (1.0 - call.cut_share) * 0.18, call.posted);
    }

    #[test]
    fn the_nights_moves_against_the_new_levels() {
        // Silver −19 % on an 18 % margin: 0.19/0.18 = 105.6 % of the margin, more than all of it.
        close(loss_to_margin(-0.19, 0.18), 0.19 / 0.18);
        assert!(loss_to_margin(-0.19, 0.18) > 1.0);
        // Gold −3 % on 9 %: a third of the margin.
        close(loss_to_margin(-0.03, 0.09), 1.0 / 3.0);
        // A rise costs a long nothing.
        close(loss_to_margin(0.05, 0.09), 0.0);
        close(implied_leverage(0.18), 1.0 / 0.18);
    }

    #[test]
    fn a_lowered_or_unchanged_rate_calls_for_nothing() {
        let call = margin_call(50_000.0, 0.2, 0.09);
        close(call.extra_cash, 0.0);
        close(call.cut_share, 0.0);
    }

    #[test]
    fn hostile_inputs() {
        for value in [0.0, -1.0, f64::NAN, f64::INFINITY, f64::NEG_INFINITY, 1e300] {
            let call = margin_call(value, value, value);
            for number in [call.posted, call.required, call.extra_cash, call.cut_share] {
                assert!(number.is_finite() && number >= 0.0, "{value} {call:?}");
            }
            assert!(loss_to_margin(value, value).is_finite());
            assert!(implied_leverage(value).is_finite());
        }
    }
}
