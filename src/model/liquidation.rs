//! Liquidation prices of isolated-margin linear perpetuals.

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

/// Binance USDⓈ-M isolated liquidation price for a single position with a flat maintenance
/// rate and no maintenance amount (`cum` = 0), the form the cascade simulation uses.
///
/// Derivation: liquidation fires when wallet balance + unrealised PnL = maintenance margin,
/// i.e. `WB + s·Q·(LP − EP) = Q·LP·MMR` with `WB = Q·EP/L`; solving for LP gives
/// `LP = EP·(1 − s/L) / (1 − s·MMR)`. Inputs are clamped so the result is always finite.
pub fn liquidation_price_flat(side: Side, entry: f64, leverage: f64, mmr: f64) -> f64 {
    let leverage = if leverage.is_finite() { leverage.clamp(1.0, 1000.0) } else { 1.0 };
    let mmr = if mmr.is_finite() { mmr.clamp(0.0, 0.5) } else { 0.0 };
    let s = side.sign();
    (entry * (1.0 - s / leverage) / (1.0 - s * mmr)).max(0.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issue_reference_example() {
        // 73,243 × (1 − 1/10) / (1 − 0.004) = 65,918.7 / 0.996 = 66,183.4
        let lp = liquidation_price_flat(Side::Long, 73_243.0, 10.0, 0.004);
        assert!((lp - 66_183.4).abs() < 0.1, "{lp}");
    }
}
