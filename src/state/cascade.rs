//! The cascade lab's state as it lives in the URL: `n`, `shock`, `depth`, `long_share`,
//! `lev_med`, `lev_spread`, `age`, `size`, `rounds`, `seed`. Values are in the units a reader
//! sees (percent, days, dollars); every one is clamped on the way in, and only values that
//! differ from the default are written back, so an untouched lab adds nothing to a link.

use super::labs::LabState;
use super::query::{QueryMap, QueryWriter};
use crate::decimal::clamp_or;
use crate::model::cascade::{
    CascadeParams, PopulationParams, MAX_DEPTH_PCT_PER_BN, MAX_LEVERAGE, MAX_POSITIONS, MAX_ROUNDS,
    MIN_POSITIONS,
};

/// Ranges of the lab's controls, in display units. The URL is clamped to the same ranges.
pub const N_RANGE: (f64, f64) = (MIN_POSITIONS as f64, MAX_POSITIONS as f64);
/// First shock in percent: falls down to −50 %, rises up to +50 %.
pub const SHOCK_RANGE: (f64, f64) = (-50.0, 50.0);
pub const DEPTH_RANGE: (f64, f64) = (0.0, MAX_DEPTH_PCT_PER_BN);
pub const LONG_SHARE_RANGE: (f64, f64) = (0.0, 100.0);
pub const LEVERAGE_MEDIAN_RANGE: (f64, f64) = (1.0, MAX_LEVERAGE);
pub const LEVERAGE_SPREAD_RANGE: (f64, f64) = (0.0, 1.5);
pub const AGE_RANGE: (f64, f64) = (0.0, 365.0);
/// Median position notional in US dollars.
pub const SIZE_RANGE: (f64, f64) = (100.0, 100_000.0);
pub const ROUNDS_RANGE: (f64, f64) = (1.0, MAX_ROUNDS as f64);
/// Seeds are kept below 2^32 so they survive the URL's decimal numbers exactly.
pub const SEED_MAX: u64 = u32::MAX as u64;

/// Everything the reader can set in the cascade lab.
#[derive(Clone, Debug, PartialEq)]
pub struct CascadeState {
    pub n: u32,
    /// Percent, signed (−5 = a 5 % fall).
    pub shock_pct: f64,
    /// Percent price move per $1 billion of forced flow.
    pub depth: f64,
    /// Percent of positions that are long.
    pub long_share_pct: f64,
    pub leverage_median: f64,
    /// Standard deviation of ln(leverage).
    pub leverage_spread: f64,
    /// Positions opened over this many past days.
    pub age_days: f64,
    /// Median notional per position, US dollars.
    pub size_median: f64,
    pub max_rounds: u32,
    pub seed: u64,
}

impl Default for CascadeState {
    fn default() -> Self {
        let population = PopulationParams::default();
        let cascade = CascadeParams::default();
        CascadeState {
            n: population.count,
            shock_pct: cascade.shock * 100.0,
            depth: cascade.depth_pct_per_bn,
            long_share_pct: population.long_share * 100.0,
            leverage_median: population.leverage_median,
            leverage_spread: population.leverage_spread,
            age_days: population.age_days,
            size_median: population.size_median_usd,
            max_rounds: cascade.max_rounds,
            seed: population.seed,
        }
    }
}

/// One change a reader can make.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum CascadeAction {
    N(f64),
    Shock(f64),
    Depth(f64),
    LongShare(f64),
    LeverageMedian(f64),
    LeverageSpread(f64),
    Age(f64),
    Size(f64),
    Rounds(f64),
    Seed(u64),
    Reset,
}

impl CascadeState {
    /// Whether the crowd (the secondary settings: positions, sides, leverage, age, size, seed)
    /// departs from the default, so the lab shows it unfolded.
    pub fn crowd_tuned(&self) -> bool {
        let default = CascadeState::default();
        CascadeState {
            shock_pct: default.shock_pct,
            depth: default.depth,
            max_rounds: default.max_rounds,
            ..self.clone()
        } != default
    }

    /// The state after `action`, clamped; a non-finite value leaves the field as it was.
    pub fn apply(&self, action: CascadeAction) -> CascadeState {
        let mut next = self.clone();
        match action {
            CascadeAction::N(v) => next.n = clamp_or(v.round(), N_RANGE, self.n as f64) as u32,
            CascadeAction::Shock(v) => next.shock_pct = clamp_or(v, SHOCK_RANGE, self.shock_pct),
            CascadeAction::Depth(v) => next.depth = clamp_or(v, DEPTH_RANGE, self.depth),
            CascadeAction::LongShare(v) => {
                next.long_share_pct = clamp_or(v, LONG_SHARE_RANGE, self.long_share_pct)
            }
            CascadeAction::LeverageMedian(v) => {
                next.leverage_median = clamp_or(v, LEVERAGE_MEDIAN_RANGE, self.leverage_median)
            }
            CascadeAction::LeverageSpread(v) => {
                next.leverage_spread = clamp_or(v, LEVERAGE_SPREAD_RANGE, self.leverage_spread)
            }
            CascadeAction::Age(v) => next.age_days = clamp_or(v, AGE_RANGE, self.age_days),
            CascadeAction::Size(v) => next.size_median = clamp_or(v, SIZE_RANGE, self.size_median),
            CascadeAction::Rounds(v) => {
                next.max_rounds = clamp_or(v.round(), ROUNDS_RANGE, self.max_rounds as f64) as u32
            }
            CascadeAction::Seed(seed) => next.seed = seed.min(SEED_MAX),
            CascadeAction::Reset => next = CascadeState::default(),
        }
        next
    }

    /// The model's population parameters (assumptions the reader cannot set keep their defaults).
    pub fn population(&self) -> PopulationParams {
        PopulationParams {
            count: self.n,
            long_share: self.long_share_pct / 100.0,
            leverage_median: self.leverage_median,
            leverage_spread: self.leverage_spread,
            age_days: self.age_days,
            size_median_usd: self.size_median,
            seed: self.seed,
            ..PopulationParams::default()
        }
        .sanitized()
    }

    pub fn cascade(&self) -> CascadeParams {
        CascadeParams {
            shock: self.shock_pct / 100.0,
            depth_pct_per_bn: self.depth,
            max_rounds: self.max_rounds,
        }
        .sanitized()
    }
}

impl LabState for CascadeState {
    const KEYS: &'static [&'static str] = &[
        "n",
        "shock",
        "depth",
        "long_share",
        "lev_med",
        "lev_spread",
        "age",
        "size",
        "rounds",
        "seed",
    ];

    fn from_query(query: &QueryMap) -> Self {
        let d = CascadeState::default();
        // A number in `range` (display units), or the default when absent or unreadable.
        let number =
            |key, (min, max): (f64, f64), default| query.number(key, min, max).unwrap_or(default);
        let count = |key, (min, max): (f64, f64), default| {
            query
                .integer(key, min as u64, max as u64)
                .map_or(default, |v| v as u32)
        };
        CascadeState {
            n: count("n", N_RANGE, d.n),
            shock_pct: number("shock", SHOCK_RANGE, d.shock_pct),
            depth: number("depth", DEPTH_RANGE, d.depth),
            long_share_pct: number("long_share", LONG_SHARE_RANGE, d.long_share_pct),
            leverage_median: number("lev_med", LEVERAGE_MEDIAN_RANGE, d.leverage_median),
            leverage_spread: number("lev_spread", LEVERAGE_SPREAD_RANGE, d.leverage_spread),
            age_days: number("age", AGE_RANGE, d.age_days),
            size_median: number("size", SIZE_RANGE, d.size_median),
            max_rounds: count("rounds", ROUNDS_RANGE, d.max_rounds),
            seed: query.integer("seed", 0, SEED_MAX).unwrap_or(d.seed),
        }
    }

    fn write(&self, writer: &mut QueryWriter) {
        let d = CascadeState::default();
        if self.n != d.n {
            writer.push("n", self.n);
        }
        // Four decimals: a calibrated depth (on a 0.0001 grid) survives the round trip exactly.
        let numbers = [
            ("shock", self.shock_pct, d.shock_pct, 2),
            ("depth", self.depth, d.depth, 4),
            ("long_share", self.long_share_pct, d.long_share_pct, 1),
            ("lev_med", self.leverage_median, d.leverage_median, 1),
            ("lev_spread", self.leverage_spread, d.leverage_spread, 2),
            ("age", self.age_days, d.age_days, 1),
            ("size", self.size_median, d.size_median, 0),
        ];
        for (key, value, default, decimals) in numbers {
            if value != default {
                writer.push_number(key, value, decimals);
            }
        }
        if self.max_rounds != d.max_rounds {
            writer.push("rounds", self.max_rounds);
        }
        if self.seed != d.seed {
            writer.push("seed", self.seed);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_crowd_unfolds_the_more_settings() {
        let state = CascadeState::default();
        assert!(!state.crowd_tuned());
        assert!(!state.apply(CascadeAction::Shock(-9.0)).crowd_tuned());
        assert!(!state.apply(CascadeAction::Depth(9.0)).crowd_tuned());
        assert!(state.apply(CascadeAction::N(100_000.0)).crowd_tuned());
    }

    #[test]
    fn defaults_write_nothing_and_read_back() {
        let state = CascadeState::default();
        let mut writer = QueryWriter::default();
        state.write(&mut writer);
        assert_eq!(writer.finish(), "");
        assert_eq!(CascadeState::from_query(&QueryMap::parse("")), state);
        assert_eq!(state.population(), PopulationParams::default().sanitized());
        assert_eq!(state.cascade(), CascadeParams::default());
    }

    #[test]
    fn round_trips_through_the_url() {
        let state = CascadeState {
            n: 1_234_567,
            shock_pct: -7.25,
            depth: 13.9802,
            long_share_pct: 72.5,
            leverage_median: 17.5,
            leverage_spread: 0.95,
            age_days: 90.0,
            size_median: 4_800.0,
            max_rounds: 42,
            seed: 4_000_000_000,
        };
        let query = state.merged_into("?lang=en&lev=20&shock=1");
        assert!(query.starts_with("?lang=en&lev=20&"), "{query}");
        assert_eq!(CascadeState::from_query(&QueryMap::parse(&query)), state);
        assert_eq!(state.cascade().depth_pct_per_bn, 13.9802);
    }

    #[test]
    fn hostile_values_are_clamped_or_ignored() {
        let q = QueryMap::parse(
            "n=1e99&shock=-900&depth=NaN&long_share=150&lev_med=0&lev_spread=-1&age=inf&size=1e-9&rounds=0&seed=-5",
        );
        let s = CascadeState::from_query(&q);
        let d = CascadeState::default();
        assert_eq!(s.n, MAX_POSITIONS);
        assert_eq!(s.shock_pct, -50.0);
        assert_eq!(s.depth, d.depth);
        assert_eq!(s.long_share_pct, 100.0);
        assert_eq!(s.leverage_median, 1.0);
        assert_eq!(s.leverage_spread, 0.0);
        assert_eq!(s.age_days, d.age_days);
        assert_eq!(s.size_median, SIZE_RANGE.0);
        assert_eq!(s.max_rounds, 1);
        assert_eq!(s.seed, 0);
        let q = QueryMap::parse("n=abc&seed=99999999999999&rounds=1e9&shock=%3Cscript%3E");
        let s = CascadeState::from_query(&q);
        assert_eq!(
            (s.n, s.seed, s.max_rounds, s.shock_pct),
            (d.n, SEED_MAX, MAX_ROUNDS, d.shock_pct)
        );
    }

    #[test]
    fn actions_clamp_and_ignore_non_finite() {
        let s = CascadeState::default();
        assert_eq!(s.apply(CascadeAction::N(5.0)).n, MIN_POSITIONS);
        assert_eq!(s.apply(CascadeAction::Depth(f64::NAN)).depth, s.depth);
        assert_eq!(s.apply(CascadeAction::Shock(-99.0)).shock_pct, -50.0);
        assert_eq!(s.apply(CascadeAction::Seed(u64::MAX)).seed, SEED_MAX);
        assert_eq!(
            s.apply(CascadeAction::Depth(3.0))
                .apply(CascadeAction::Reset),
            s
        );
    }
}
