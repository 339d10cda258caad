//! A liquidation cascade in a modelled population of leveraged positions.
//!
//! The population is a MODEL, not data: N isolated-margin positions with a side, leverage,
//! entry price and size drawn from distributions the reader sets, with a seeded generator so a
//! URL reproduces a run exactly. A first shock moves the price; positions whose liquidation price
//! is crossed are closed and their notional is sold (longs) or bought (shorts) into a market of
//! the reader's depth (percent move per $1 billion of forced flow), which moves the price on,
//! round after round, until no new liquidation fires or a round limit is hit.
//!
//! # Units
//! Prices are relative to the price before the shock (1.0 = that price); the content layer
//! multiplies by a reference price for display. A position's *reach* is how far the price must
//! move against it to liquidate it: `1 − liq` for a long, `liq − 1` for a short, always > 0.
//! A run's *move* is signed (−0.1281 = a 12.81 % fall).
//!
//! # Layout and cost
//! Building a population is the only pass over positions, and it stores none of them: each
//! position's reach is rounded up to a grid of 1/16384 of the price (about $4.50 at $73,000)
//! and counted, with its forced flow, into that grid cell of its side. Prefix sums over the
//! cells then answer "how many positions, and how many dollars, does a move of m liquidate" with
//! one array read. Building is one pass of a cheap generator with no per-position allocation,
//! no sort and no transcendental call; memory is a fixed ~1 MB whatever N is; and changing the
//! shock, the depth or the round limit replays the cascade in microseconds without touching the
//! population again. [`Population::positions`] replays the generator for checks that must not
//! trust the prefix sums.
//!
//! The cascade is the fixed-point iteration `m_{j+1} = s + k · L(m_j)`, with `s` the shock,
//! `k` the price impact per dollar and `L(m)` the flow liquidated by a move of `m`. `L` is
//! non-decreasing, so every round's level, the total and the final move are non-decreasing in
//! `s`, `k` and the round limit: a bigger shock or a thinner market never liquidates less.

use super::liquidation::{liquidation_price_flat, Side};
use super::rng::{QuantileTable, Rng};
use crate::decimal::{clamp, clamp_or};

/// Grid cells of reach per unit of relative price (a power of two, so scaling is exact).
pub const GRID_PER_UNIT: f64 = 16384.0;
const GRID_PER_UNIT_F32: f32 = 16384.0;
/// The deepest fall the model follows (price floor at 5 % of the start).
pub const MAX_FALL: f64 = 0.95;
/// The largest rise the model follows (+300 %).
pub const MAX_RISE: f64 = 3.0;
/// Cells per side: a long's reach is at most 1 (a price of 0); a short's is followed to
/// `MAX_RISE`; one last cell collects everything beyond, which no query reaches.
const LONG_CELLS: usize = 16384 + 2;
const SHORT_CELLS: usize = 3 * 16384 + 2;

/// Population sizes the model accepts.
pub const MIN_POSITIONS: u32 = 10_000;
pub const MAX_POSITIONS: u32 = 2_000_000;
/// The largest leverage drawn (a common exchange cap); keeps a fresh position's reach > 0.
pub const MAX_LEVERAGE: f64 = 125.0;
/// Maintenance margin rates above this would liquidate fresh 125× positions at once.
pub const MAX_MMR: f64 = 0.005;
/// Depth range (percent move per $1 billion of forced flow) for sliders and calibration.
pub const MAX_DEPTH_PCT_PER_BN: f64 = 50.0;
/// Round limits the model accepts.
pub const MAX_ROUNDS: u32 = 500;

/// What the population is drawn from. Every field is clamped by [`PopulationParams::sanitized`].
#[derive(Clone, Debug, PartialEq)]
pub struct PopulationParams {
    /// Number of positions, one per trader (10,000 to 2,000,000).
    pub count: u32,
    /// Share of positions that are long, 0 to 1.
    pub long_share: f64,
    /// Median leverage (leverage is lognormal, capped to 1×…125×).
    pub leverage_median: f64,
    /// Standard deviation of ln(leverage), 0 to 1.5.
    pub leverage_spread: f64,
    /// Positions were opened at uniformly random times over this many past days (0 to 365).
    pub age_days: f64,
    /// Daily volatility of ln(price) in the driftless random walk that places entry prices.
    pub daily_volatility: f64,
    /// Median notional at entry in US dollars (lognormal).
    pub size_median_usd: f64,
    /// Standard deviation of ln(notional).
    pub size_spread: f64,
    /// Flat maintenance margin rate used by the liquidation formula.
    pub mmr: f64,
    pub seed: u64,
}

impl Default for PopulationParams {
    fn default() -> Self {
        PopulationParams {
            count: 500_000,
            long_share: 0.6,
            leverage_median: 10.0,
            leverage_spread: 0.7,
            age_days: 30.0,
            daily_volatility: 0.03,
            size_median_usd: 2_000.0,
            size_spread: 1.2,
            mmr: 0.004,
            seed: 20_260_206,
        }
    }
}

fn finite_or(value: f64, fallback: f64) -> f64 {
    if value.is_finite() {
        value
    } else {
        fallback
    }
}

impl PopulationParams {
    /// Every field finite and in range; NaN and infinities fall back to the defaults.
    pub fn sanitized(&self) -> PopulationParams {
        let d = PopulationParams::default();
        PopulationParams {
            count: self.count.clamp(MIN_POSITIONS, MAX_POSITIONS),
            long_share: clamp_or(self.long_share, (0.0, 1.0), d.long_share),
            leverage_median: clamp_or(self.leverage_median, (1.0, MAX_LEVERAGE), d.leverage_median),
            leverage_spread: clamp_or(self.leverage_spread, (0.0, 1.5), d.leverage_spread),
            age_days: clamp_or(self.age_days, (0.0, 365.0), d.age_days),
            daily_volatility: clamp_or(self.daily_volatility, (0.0, 0.2), d.daily_volatility),
            size_median_usd: clamp_or(
                self.size_median_usd,
                (10.0, 10_000_000.0),
                d.size_median_usd,
            ),
            size_spread: clamp_or(self.size_spread, (0.0, 3.0), d.size_spread),
            mmr: clamp_or(self.mmr, (0.0, MAX_MMR), d.mmr),
            seed: self.seed,
        }
    }
}

/// One position as the cascade sees it: how far the price must move against it, and the dollars
/// its liquidation forces into the market.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Level {
    /// Relative price move that liquidates the position (> 0), before rounding to the grid.
    pub reach: f32,
    /// Quantity × liquidation price, in dollars.
    pub flow: f32,
}

/// The grid cell of a reach: `floor(reach × 16384) + 1`, the first grid line strictly above
/// it. A position is liquidated by a move `m` exactly when `cell / 16384 ≤ m`, i.e. when
/// `cell ≤ floor(m × 16384)`.
#[inline(always)]
fn cell_of(reach: f32) -> usize {
    // Exact (a power-of-two scale); `as` truncates, which is floor for a positive reach, and
    // saturates (NaN → 0).
    (reach * GRID_PER_UNIT_F32) as u32 as usize + 1
}

/// The reach a position is treated as having: the first grid line above its reach.
pub fn gridded_reach(reach: f32) -> f64 {
    cell_of(reach) as f64 / GRID_PER_UNIT
}

/// One side's positions as cumulative counts and flows over the reach grid.
#[derive(Clone, Debug)]
struct Book {
    /// Positions per cell while building; in a book made by [`Book::prefix_sums`], positions in
    /// cells ≤ index.
    counts: Vec<u32>,
    /// Flow per cell while building; in a book made by [`Book::prefix_sums`], flow of cells
    /// ≤ index.
    flows: Vec<f64>,
}

impl Book {
    fn new(cells: usize) -> Book {
        Book {
            counts: vec![0; cells],
            flows: vec![0.0; cells],
        }
    }

    #[inline(always)]
    fn add(&mut self, level: Level) {
        let last = self.counts.len().saturating_sub(1);
        let cell = cell_of(level.reach).min(last);
        if let (Some(count), Some(flow)) = (self.counts.get_mut(cell), self.flows.get_mut(cell)) {
            *count += 1;
            *flow += level.flow as f64;
        }
    }

    fn len(&self) -> usize {
        self.counts.last().copied().unwrap_or(0) as usize
    }

    /// Prefix sums (inclusive) of per-cell totals, every sum scaled by `factor` (1 for positions
    /// that stand for themselves); rounding the scaled counts keeps them non-decreasing.
    fn prefix_sums(counts: &[u32], flows: &[f64], factor: f64) -> Book {
        // Most cells of a preview are empty: their sum, so its scaled value, is the previous one.
        let (mut count, mut scaled_count) = (0u32, 0u32);
        let (mut flow, mut scaled_flow) = (0.0f64, 0.0f64);
        Book {
            counts: counts
                .iter()
                .map(|&c| {
                    if c > 0 {
                        count += c;
                        scaled_count = if factor == 1.0 {
                            count
                        } else {
                            (f64::from(count) * factor).round() as u32
                        };
                    }
                    scaled_count
                })
                .collect(),
            flows: flows
                .iter()
                .map(|&f| {
                    if f != 0.0 {
                        flow += f;
                        scaled_flow = flow * factor;
                    }
                    scaled_flow
                })
                .collect(),
        }
    }

    /// Count and flow of positions liquidated by a move of `reach` against them. O(1), and
    /// exactly non-decreasing in `reach` (prefix sums of non-negative terms).
    fn liquidated_by(&self, reach: f64) -> (u64, f64) {
        // Also catches NaN.
        if reach.is_nan() || reach <= 0.0 || self.counts.len() < 2 {
            return (0, 0.0);
        }
        // The overflow cell (last) is never included.
        let cell = ((reach * GRID_PER_UNIT).floor() as usize).min(self.counts.len() - 2);
        (self.counts[cell] as u64, self.flows[cell])
    }
}

/// A position given explicitly, for hand-checked examples and tests.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PositionSpec {
    pub side: Side,
    /// Entry price relative to the price before the shock.
    pub entry: f64,
    pub leverage: f64,
    /// Notional at entry, in US dollars.
    pub notional_usd: f64,
}

/// The seeded draw of positions, one at a time. Building a population and checking it both
/// consume this, so they see the same positions.
struct Generator {
    rng: Rng,
    remaining: usize,
    long_below: u64,
    /// `liq / entry` quantiles: `[short, long]`, indexed by "is long" without a branch (the
    /// side is a coin flip the branch predictor cannot learn).
    factors: [QuantileTable; 2],
    size: QuantileTable,
    entry: QuantileTable,
    /// Entries drawn again because they were already past liquidation.
    redrawn: u64,
}

impl Generator {
    /// The liquidation formula ([`liquidation_price_flat`], shared with the leverage lab) is
    /// proportional to the entry price, so it is evaluated once per leverage quantile on a unit
    /// entry, giving a quantile table of `liq / entry` per side; a position's liquidation price
    /// is its entry times a draw from that table (a monotone function of a quantile is the
    /// quantile of the function). No transcendental call per position.
    fn new(p: &PopulationParams) -> Generator {
        let normal = QuantileTable::standard_normal();
        let leverage_at = |z: f64| {
            clamp(
                p.leverage_median * (p.leverage_spread * z).exp(),
                1.0,
                MAX_LEVERAGE,
            )
        };
        // ln(entry) = σ_day·√(age)·Z with age uniform on [0, T] is σ_day·√T·W, W = √U·Z.
        let spread = p.daily_volatility * p.age_days.sqrt();
        Generator {
            rng: Rng::seed_from(p.seed),
            remaining: p.count as usize,
            // A draw's high 32 bits below this are a long.
            long_below: (p.long_share * 4_294_967_296.0) as u64,
            factors: [
                normal.map(|z| liquidation_price_flat(Side::Short, 1.0, leverage_at(z), p.mmr)),
                normal.map(|z| liquidation_price_flat(Side::Long, 1.0, leverage_at(z), p.mmr)),
            ],
            size: normal.map(|z| p.size_median_usd * (p.size_spread * z).exp()),
            entry: QuantileTable::sqrt_uniform_normal().map(|w| (spread * w).exp()),
            redrawn: 0,
        }
    }

    /// The next position: 1 for a long or 0 for a short, its level, its notional at entry.
    #[inline(always)]
    fn draw(&mut self) -> (usize, Level, f32) {
        let r1 = self.rng.next_u64();
        let is_long = ((r1 >> 32) < self.long_below) as usize;
        let factor = self.factors[is_long].sample(r1 as u32);
        // reach = 1 − liq for a long, liq − 1 for a short.
        let against = if is_long == 1 { -1.0f32 } else { 1.0 };
        let r2 = self.rng.next_u64();
        let notional = self.size.sample((r2 >> 32) as u32);
        // Redraw entries already past liquidation (such positions would be gone); after 8
        // tries, a fresh position at the current price.
        let mut entry_bits = r2 as u32;
        let mut attempt = 0;
        let reach = loop {
            let entry = if attempt < 8 {
                self.entry.sample(entry_bits)
            } else {
                1.0
            };
            let reach = against * (entry * factor - 1.0);
            if reach > 0.0 || attempt >= 8 {
                break reach;
            }
            attempt += 1;
            self.redrawn += 1;
            entry_bits = self.rng.next_u64() as u32;
        };
        // Cannot happen with leverage ≤ 125 and mmr ≤ 0.5 % (a fresh reach is ≥ 0.3 %),
        // but a position at reach 0 must never enter a book.
        let reach = reach.max(f32::MIN_POSITIVE);
        // Quantity × liquidation price = notional / entry × entry × factor.
        (
            is_long,
            Level {
                reach,
                flow: notional * factor,
            },
            notional,
        )
    }
}

fn side_of(is_long: usize) -> Side {
    if is_long == 1 {
        Side::Long
    } else {
        Side::Short
    }
}

impl Iterator for Generator {
    type Item = (usize, Level, f32);

    #[inline(always)]
    fn next(&mut self) -> Option<Self::Item> {
        if self.remaining == 0 {
            return None;
        }
        self.remaining -= 1;
        Some(self.draw())
    }
}

/// A modelled population, reduced to what a cascade needs: cumulative counts and flows over
/// a grid of reach, per side.
#[derive(Clone, Debug)]
pub struct Population {
    params: PopulationParams,
    longs: Book,
    shorts: Book,
    /// Sum of notionals at entry.
    open_notional: f64,
    /// Draws whose entry was already past its liquidation price (such a position would not
    /// still be open) and were drawn again.
    redrawn: u64,
    /// Positions of a hand-made population (generated ones are replayed from the seed instead).
    explicit: Option<Vec<(Side, Level)>>,
}

/// A population drawn a slice at a time, so a large one can be built across several short tasks
/// (a phone's main thread is never held for the whole draw). Drawing in slices of any size gives
/// exactly [`Population::generate`]'s population: it is the same draw.
pub struct PopulationBuilder {
    params: PopulationParams,
    generator: Generator,
    /// Both sides in one table, shorts first, so choosing the side is arithmetic, not a branch.
    both: Book,
    open_notional: f64,
}

impl PopulationBuilder {
    pub fn new(params: &PopulationParams) -> PopulationBuilder {
        let params = params.sanitized();
        PopulationBuilder {
            generator: Generator::new(&params),
            params,
            both: Book::new(SHORT_CELLS + LONG_CELLS),
            open_notional: 0.0,
        }
    }

    /// The parameters the population is drawn with (sanitized).
    pub fn params(&self) -> &PopulationParams {
        &self.params
    }

    /// Draws up to `positions` more positions; `true` once every position is drawn.
    pub fn draw(&mut self, positions: usize) -> bool {
        let offset = [0, SHORT_CELLS];
        let last = [SHORT_CELLS - 1, LONG_CELLS - 1];
        for (is_long, level, notional) in (&mut self.generator).take(positions) {
            self.open_notional += notional as f64;
            let cell = offset[is_long] + cell_of(level.reach).min(last[is_long]);
            if let (Some(count), Some(flow)) = (
                self.both.counts.get_mut(cell),
                self.both.flows.get_mut(cell),
            ) {
                *count += 1;
                *flow += level.flow as f64;
            }
        }
        self.generator.remaining == 0
    }

    /// The population of the positions drawn so far: by the prefix property, the population of
    /// that many positions with the same parameters.
    pub fn finish(self) -> Population {
        Population::of_cells(&self, self.drawn())
    }

    /// The positions drawn so far standing for the whole crowd, while the rest is drawn: every
    /// count and flow is scaled by `count / drawn`, so a cascade replayed on the preview moves
    /// the price exactly as [`Population::run_standing_for`] does on that sample, and reads in
    /// the whole crowd's numbers (counts rounded, so the total is within a position of `count`).
    /// One pass over the cells: a preview is drawn on every step of a crowd control.
    pub fn preview(&self) -> Population {
        Population::of_cells(self, self.params.count)
    }

    fn drawn(&self) -> u32 {
        self.params.count - self.generator.remaining as u32
    }
}

impl Population {
    /// A population from the builder's per-cell table (shorts' cells first), the positions drawn
    /// so far standing for `count` of them (every count and flow scaled by `count / drawn`).
    fn of_cells(builder: &PopulationBuilder, count: u32) -> Population {
        let drawn = builder.drawn();
        let (factor, count) = if drawn == 0 {
            (1.0, 0)
        } else {
            (f64::from(count) / f64::from(drawn), count)
        };
        let (short_counts, long_counts) = builder.both.counts.split_at(SHORT_CELLS);
        let (short_flows, long_flows) = builder.both.flows.split_at(SHORT_CELLS);
        Population {
            params: PopulationParams {
                count,
                ..builder.params.clone()
            },
            longs: Book::prefix_sums(long_counts, long_flows, factor),
            shorts: Book::prefix_sums(short_counts, short_flows, factor),
            open_notional: builder.open_notional * factor,
            redrawn: (builder.generator.redrawn as f64 * factor).round() as u64,
            explicit: None,
        }
    }

    /// Draws a population. Deterministic: the same parameters give the same population, and the
    /// first k positions of a population of n are the population of k (same seed and shape).
    pub fn generate(params: &PopulationParams) -> Population {
        let mut builder = PopulationBuilder::new(params);
        builder.draw(usize::MAX);
        builder.finish()
    }

    /// A population of explicit positions (prices relative to the pre-shock price). Positions
    /// already past their liquidation price are left out, as they could not be open.
    pub fn from_positions(positions: &[PositionSpec], mmr: f64) -> Population {
        let mmr = clamp_or(mmr, (0.0, MAX_MMR), 0.0);
        let mut longs = Book::new(LONG_CELLS);
        let mut shorts = Book::new(SHORT_CELLS);
        let mut explicit = Vec::new();
        let mut open_notional = 0.0;
        for position in positions {
            let entry = finite_or(position.entry, 0.0);
            let notional = finite_or(position.notional_usd, 0.0).max(0.0);
            if entry <= 0.0 {
                continue;
            }
            let liq = liquidation_price_flat(position.side, entry, position.leverage, mmr);
            let reach = match position.side {
                Side::Long => 1.0 - liq,
                Side::Short => liq - 1.0,
            } as f32;
            if reach.is_nan() || reach <= 0.0 {
                continue;
            }
            open_notional += notional;
            let level = Level {
                reach,
                flow: (notional * liq / entry) as f32,
            };
            match position.side {
                Side::Long => longs.add(level),
                Side::Short => shorts.add(level),
            }
            explicit.push((position.side, level));
        }
        let longs = Book::prefix_sums(&longs.counts, &longs.flows, 1.0);
        let shorts = Book::prefix_sums(&shorts.counts, &shorts.flows, 1.0);
        let params = PopulationParams {
            count: explicit.len() as u32,
            mmr,
            ..PopulationParams::default()
        };
        Population {
            params,
            longs,
            shorts,
            open_notional,
            redrawn: 0,
            explicit: Some(explicit),
        }
    }

    /// The (sanitized) parameters this population was drawn from.
    pub fn params(&self) -> &PopulationParams {
        &self.params
    }

    pub fn len(&self) -> usize {
        self.longs.len() + self.shorts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn count(&self, side: Side) -> usize {
        self.book(side).len()
    }

    /// Sum of all positions' notional at entry, in dollars.
    pub fn open_notional(&self) -> f64 {
        self.open_notional
    }

    /// Entries redrawn because they were already past their liquidation price.
    pub fn redrawn(&self) -> u64 {
        self.redrawn
    }

    /// Every position, in draw order, with its exact (ungridded) reach: replays the generator
    /// (O(N)), for checks that must not trust the prefix sums.
    pub fn positions(&self) -> Box<dyn Iterator<Item = (Side, Level)> + '_> {
        match &self.explicit {
            Some(list) => Box::new(list.iter().copied()),
            None => Box::new(
                Generator::new(&self.params).map(|(is_long, level, _)| (side_of(is_long), level)),
            ),
        }
    }

    fn book(&self, side: Side) -> &Book {
        match side {
            Side::Long => &self.longs,
            Side::Short => &self.shorts,
        }
    }

    /// Count and flow of `side`'s positions liquidated by a move of `reach` against it.
    pub fn liquidated_by(&self, side: Side, reach: f64) -> (u64, f64) {
        self.book(side).liquidated_by(reach)
    }

    /// Replays a cascade. Cost: a few bin scans per round, independent of N's pass.
    pub fn run(&self, params: &CascadeParams) -> CascadeRun {
        self.run_standing_for(params, 1.0)
    }

    /// Replays a cascade on this population standing for one `flow_scale` times bigger (its
    /// first positions, see [`Population::generate`]): every simulated dollar of forced flow
    /// counts `flow_scale` dollars against the depth, so `params.depth_pct_per_bn` keeps its
    /// meaning for the bigger population. The depth is clamped to the slider's range *before*
    /// scaling, so any depth a reader can set is followed exactly, whatever the scale. Counts and
    /// flows in the result are the sample's; multiply them by `flow_scale`.
    pub fn run_standing_for(&self, params: &CascadeParams, flow_scale: f64) -> CascadeRun {
        let params = params.sanitized();
        let flow_scale = match finite_or(flow_scale, 1.0) {
            s if s > 0.0 => s,
            _ => 1.0,
        };
        let falling = params.shock <= 0.0;
        let (book, direction, limit) = if falling {
            (&self.longs, -1.0, MAX_FALL)
        } else {
            (&self.shorts, 1.0, MAX_RISE)
        };
        let shock = params.shock.abs().min(limit);
        let impact_per_dollar = params.depth_pct_per_bn / 100.0 / 1e9 * flow_scale;

        let mut level = shock;
        let mut checked = 0.0;
        let (mut count, mut flow) = (0u64, 0.0f64);
        let mut rounds = Vec::new();
        let stop = loop {
            if rounds.len() >= params.max_rounds as usize {
                break Stop::RoundLimit;
            }
            let (c, f) = book.liquidated_by(level);
            checked = level;
            if c == count {
                break if level >= limit {
                    Stop::PriceLimit
                } else {
                    Stop::Settled
                };
            }
            rounds.push(Round {
                move_at: direction * level,
                count: c - count,
                notional: (f - flow).max(0.0),
                cumulative_count: c,
                cumulative_notional: f,
            });
            count = c;
            flow = f;
            level = (shock + impact_per_dollar * flow).min(limit);
        };
        let pending = if stop == Stop::RoundLimit {
            book.liquidated_by(level).0 - count
        } else {
            0
        };
        let side = if falling { Side::Long } else { Side::Short };
        let final_move = if level == 0.0 { 0.0 } else { direction * level };
        CascadeRun {
            side,
            shock: direction * shock,
            rounds,
            total_count: count,
            total_notional: flow,
            final_move,
            checked_reach: checked,
            stop,
            pending_count: pending,
        }
    }

    /// Liquidation levels binned by price between `price_lo` and `price_hi` (relative to the
    /// pre-shock price), `bins` bins from low to high (clamped to 1…400): an exchange-style
    /// liquidation map. Longs count in a bin when `lo ≤ liq < hi`, shorts when `lo < liq ≤ hi`.
    pub fn liquidation_map(&self, price_lo: f64, price_hi: f64, bins: usize) -> Vec<MapBin> {
        let lo = clamp_or(price_lo, (0.0, 1.0 + MAX_RISE), 0.5);
        let hi = clamp_or(price_hi, (lo, 1.0 + MAX_RISE), 1.5);
        let bins = bins.clamp(1, 400);
        let width = (hi - lo) / bins as f64;
        (0..bins)
            .map(|i| {
                let (a, b) = (lo + width * i as f64, lo + width * (i + 1) as f64);
                let long_hi = self.longs.liquidated_by(1.0 - a);
                let long_lo = self.longs.liquidated_by(1.0 - b);
                let short_hi = self.shorts.liquidated_by(b - 1.0);
                let short_lo = self.shorts.liquidated_by(a - 1.0);
                MapBin {
                    price_lo: a,
                    price_hi: b,
                    long_count: long_hi.0 - long_lo.0,
                    long_notional: (long_hi.1 - long_lo.1).max(0.0),
                    short_count: short_hi.0 - short_lo.0,
                    short_notional: (short_hi.1 - short_lo.1).max(0.0),
                }
            })
            .collect()
    }

    /// Searches the market depth at which this population's cascade reproduces `target_move`
    /// (signed, e.g. −0.1281), by bisection on a grid of 0.0001 %/bn so the answer survives a
    /// round trip through the URL. The final move is non-decreasing in depth, so bisection is
    /// sound; it may jump past the target (a tipping point), in which case the nearer side wins.
    pub fn calibrate_depth(&self, shock: f64, max_rounds: u32, target_move: f64) -> Calibration {
        self.calibrate_with_scale(shock, max_rounds, target_move, 1.0)
    }

    /// `flow_scale`: dollars each simulated dollar stands for (a subsample of a bigger population).
    /// The search covers every depth a reader can set, 0 to [`MAX_DEPTH_PCT_PER_BN`], in the
    /// bigger population's terms, whatever the scale.
    fn calibrate_with_scale(
        &self,
        shock: f64,
        max_rounds: u32,
        target: f64,
        flow_scale: f64,
    ) -> Calibration {
        const GRID: f64 = 1e4; // steps per 1 %/bn
        let run_at = |step: u64| {
            self.run_standing_for(
                &CascadeParams {
                    shock,
                    depth_pct_per_bn: step as f64 / GRID,
                    max_rounds,
                },
                flow_scale,
            )
            .final_move
        };
        let target = finite_or(target, 0.0);
        let shock = finite_or(shock, 0.0);
        let at_zero = run_at(0);
        let calibration = |step: u64, outcome, below: f64, above: f64| Calibration {
            depth_pct_per_bn: step as f64 / GRID,
            achieved_move: run_at(step),
            outcome,
            below_move: below,
            above_move: above,
        };
        if target == 0.0 || shock == 0.0 || target.signum() != shock.signum() {
            return calibration(0, CalibrationOutcome::WrongDirection, at_zero, at_zero);
        }
        let goal = target.abs();
        const TOLERANCE: f64 = 5e-4; // 0.05 percentage points
        if at_zero.abs() >= goal - TOLERANCE {
            let outcome = if at_zero.abs() <= goal + TOLERANCE {
                CalibrationOutcome::Matched
            } else {
                CalibrationOutcome::ShockAlreadyBeyond
            };
            return calibration(0, outcome, at_zero, at_zero);
        }
        let max_step = (MAX_DEPTH_PCT_PER_BN * GRID) as u64;
        let at_max = run_at(max_step);
        if at_max.abs() < goal {
            // The move is non-decreasing in depth, so the thinnest market is the closest.
            let outcome = if at_max.abs() >= goal - TOLERANCE {
                CalibrationOutcome::Matched
            } else {
                CalibrationOutcome::Unreachable
            };
            return calibration(max_step, outcome, at_max, at_max);
        }
        // Invariant: |move(lo)| < goal ≤ |move(hi)|.
        let (mut lo, mut hi) = (0u64, max_step);
        let (mut lo_move, mut hi_move) = (at_zero, at_max);
        while hi - lo > 1 {
            let mid = lo + (hi - lo) / 2;
            let m = run_at(mid);
            if m.abs() < goal {
                lo = mid;
                lo_move = m;
            } else {
                hi = mid;
                hi_move = m;
            }
        }
        let (step, best) = if goal - lo_move.abs() < hi_move.abs() - goal {
            (lo, lo_move)
        } else {
            (hi, hi_move)
        };
        let outcome = if (best.abs() - goal).abs() <= TOLERANCE {
            CalibrationOutcome::Matched
        } else {
            CalibrationOutcome::Jump
        };
        calibration(step, outcome, lo_move, hi_move)
    }
}

/// What the reader sets for a run. Clamped by [`CascadeParams::sanitized`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CascadeParams {
    /// The first move, signed, as a fraction (−0.05 = a 5 % fall). Falls liquidate longs, rises shorts.
    pub shock: f64,
    /// Percent the price moves per $1 billion of forced flow (0 to 50).
    pub depth_pct_per_bn: f64,
    /// At most this many rounds of liquidation (1 to 500).
    pub max_rounds: u32,
}

impl Default for CascadeParams {
    fn default() -> Self {
        CascadeParams {
            shock: -0.05,
            depth_pct_per_bn: 5.0,
            max_rounds: 100,
        }
    }
}

impl CascadeParams {
    pub fn sanitized(&self) -> CascadeParams {
        CascadeParams {
            shock: clamp_or(self.shock, (-MAX_FALL, MAX_RISE), 0.0),
            depth_pct_per_bn: clamp_or(self.depth_pct_per_bn, (0.0, MAX_DEPTH_PCT_PER_BN), 0.0),
            max_rounds: self.max_rounds.clamp(1, MAX_ROUNDS),
        }
    }
}

/// One round: the liquidations that fire when the price reaches `move_at`.
///
/// Rounds are counted one way everywhere (labels, tables, the round limit): a round is one
/// batch of liquidations. Round 1 is the positions the shock itself carries past their
/// liquidation prices (the shock is not a round of its own); round k + 1 is those that the forced
/// orders of rounds 1 to k carry past theirs. A run has `rounds.len()` rounds, at most
/// `max_rounds`, and none when the shock crosses no liquidation price.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Round {
    /// Signed move from the pre-shock price at which this round fires.
    pub move_at: f64,
    pub count: u64,
    /// Forced flow of this round, in dollars.
    pub notional: f64,
    pub cumulative_count: u64,
    pub cumulative_notional: f64,
}

/// Why a run stopped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stop {
    /// The last round's flow moved the price past no new liquidation level.
    Settled,
    /// The round limit was hit; more liquidations may be pending.
    RoundLimit,
    /// The price reached the model's floor (or ceiling) and stopped there.
    PriceLimit,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CascadeRun {
    /// The side being liquidated: longs in a fall, shorts in a rise.
    pub side: Side,
    /// The (clamped) signed shock.
    pub shock: f64,
    pub rounds: Vec<Round>,
    pub total_count: u64,
    /// Total forced flow in dollars: the sum over every closed position's flow.
    pub total_notional: f64,
    /// Signed final move: the shock plus the impact of all forced flow.
    pub final_move: f64,
    /// The deepest move at which liquidations were checked; exactly the positions with reach ≤
    /// this were closed (the final move when settled; the last round's when round-limited).
    pub checked_reach: f64,
    pub stop: Stop,
    /// When round-limited: positions the final price has crossed that never got their round.
    pub pending_count: u64,
}

/// What one point of [`CascadeRun::path`] is, so every label names it the same way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PathPoint {
    /// Step 0: the price before the shock.
    Start,
    /// The price at which round `k` fires (1-based, `1 ≤ k ≤ rounds.len()`).
    Round(usize),
    /// The last step: where the price ends, after the last round's forced orders (after the
    /// shock alone when no round fired).
    End,
}

impl CascadeRun {
    /// Signed moves: before the shock (0), at each round, and final. Point k (1 ≤ k ≤ rounds)
    /// is where round k fires; see [`CascadeRun::point`].
    pub fn path(&self) -> Vec<f64> {
        let mut path = Vec::with_capacity(self.rounds.len() + 2);
        path.push(0.0);
        path.extend(self.rounds.iter().map(|r| r.move_at));
        path.push(self.final_move);
        path
    }

    /// Number of rounds of liquidation (see [`Round`] for how they are counted).
    pub fn round_count(&self) -> usize {
        self.rounds.len()
    }

    /// What step `step` of [`CascadeRun::path`] shows; steps past the end are the end.
    pub fn point(&self, step: usize) -> PathPoint {
        match step {
            0 => PathPoint::Start,
            k if k <= self.rounds.len() => PathPoint::Round(k),
            _ => PathPoint::End,
        }
    }
}

/// One price bin of the liquidation map (prices relative to the pre-shock price).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MapBin {
    pub price_lo: f64,
    pub price_hi: f64,
    pub long_count: u64,
    pub long_notional: f64,
    pub short_count: u64,
    pub short_notional: f64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CalibrationOutcome {
    /// A depth reproduces the target within 0.05 percentage points.
    Matched,
    /// The cascade jumps past the target between two neighbouring depths; the nearer was chosen.
    Jump,
    /// The shock alone already moves the price further than the target.
    ShockAlreadyBeyond,
    /// Even the thinnest market on the scale ([`MAX_DEPTH_PCT_PER_BN`]) stops more than 0.05
    /// percentage points short of the target, so no depth a reader can set reproduces it.
    Unreachable,
    /// Shock and target point in different directions (or one is zero).
    WrongDirection,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Calibration {
    pub depth_pct_per_bn: f64,
    pub achieved_move: f64,
    pub outcome: CalibrationOutcome,
    /// Final moves at the neighbouring depths the search ended between.
    pub below_move: f64,
    pub above_move: f64,
}

/// An assumption varied in the sensitivity table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variation {
    AsSet,
    LeverageLower,
    LeverageHigher,
    FewerLongs,
    MoreLongs,
    NewerPositions,
    OlderPositions,
    OtherSeed,
}

impl Variation {
    pub const ALL: [Variation; 8] = [
        Variation::AsSet,
        Variation::LeverageLower,
        Variation::LeverageHigher,
        Variation::FewerLongs,
        Variation::MoreLongs,
        Variation::NewerPositions,
        Variation::OlderPositions,
        Variation::OtherSeed,
    ];

    /// The population parameters with this assumption changed.
    pub fn apply(self, base: &PopulationParams) -> PopulationParams {
        let mut p = base.clone();
        match self {
            Variation::AsSet => {}
            Variation::LeverageLower => p.leverage_median /= 1.5,
            Variation::LeverageHigher => p.leverage_median *= 1.5,
            Variation::FewerLongs => p.long_share -= 0.15,
            Variation::MoreLongs => p.long_share += 0.15,
            Variation::NewerPositions => p.age_days /= 3.0,
            Variation::OlderPositions => p.age_days *= 3.0,
            Variation::OtherSeed => p.seed = p.seed.wrapping_add(1),
        }
        p.sanitized()
    }
}

/// One row of the sensitivity table: what calibration needs, and gives, under one variation.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SensitivityRow {
    pub variation: Variation,
    pub calibration: Calibration,
    /// Liquidated count and notional at the calibrated depth, scaled to the full population.
    pub count: f64,
    pub notional: f64,
    /// Positions of the full population per position simulated (1 when not sampled): the row
    /// replays as `Population::run_standing_for(.., flow_scale)` on the sample.
    pub flow_scale: f64,
}

/// Recalibrates the depth under each [`Variation`] of the population assumptions. Populations
/// above `sample_cap` positions are represented by their first `sample_cap` positions (the
/// generator makes that a true prefix), each simulated dollar standing for `count / sample`
/// dollars; counts and flows are scaled back up, and depths are the full population's, searched
/// over the whole slider range (0 to [`MAX_DEPTH_PCT_PER_BN`]) whatever the scale.
pub fn sensitivity(
    base: &PopulationParams,
    shock: f64,
    max_rounds: u32,
    target_move: f64,
    sample_cap: u32,
) -> Vec<SensitivityRow> {
    Variation::ALL
        .iter()
        .map(|&variation| {
            sensitivity_row(base, variation, shock, max_rounds, target_move, sample_cap)
        })
        .collect()
}

/// One row of [`sensitivity`]: one population build, so a caller can spread the table over
/// several tasks and keep every frame short.
pub fn sensitivity_row(
    base: &PopulationParams,
    variation: Variation,
    shock: f64,
    max_rounds: u32,
    target_move: f64,
    sample_cap: u32,
) -> SensitivityRow {
    let base = base.sanitized();
    let sample = base.count.min(sample_cap.max(MIN_POSITIONS));
    let scale = base.count as f64 / sample as f64;
    let params = PopulationParams {
        count: sample,
        ..variation.apply(&base)
    };
    let population = Population::generate(&params);
    let c = population.calibrate_with_scale(shock, max_rounds, target_move, scale);
    let run = population.run_standing_for(
        &CascadeParams {
            shock,
            depth_pct_per_bn: c.depth_pct_per_bn,
            max_rounds,
        },
        scale,
    );
    SensitivityRow {
        variation,
        calibration: c,
        count: run.total_count as f64 * scale,
        notional: run.total_notional * scale,
        flow_scale: scale,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_preview_reads_as_its_sample_standing_for_the_whole_crowd() {
        for count in [500_000, 123_457] {
            let params = PopulationParams {
                count,
                ..PopulationParams::default()
            };
            let mut builder = PopulationBuilder::new(&params);
            assert!(!builder.draw(50_000));
            let preview = builder.preview();
            let sample = Population::generate(&PopulationParams {
                count: 50_000,
                ..params.clone()
            });
            let scale = f64::from(count) / 50_000.0;
            assert_eq!(preview.params().count, count);
            // Cell by cell, the sample's prefix sums scaled up (counts rounded).
            for (seen, drawn) in [
                (&preview.longs, &sample.longs),
                (&preview.shorts, &sample.shorts),
            ] {
                assert_eq!(seen.counts.len(), drawn.counts.len());
                assert!(seen
                    .counts
                    .iter()
                    .zip(&drawn.counts)
                    .all(|(s, d)| *s == (f64::from(*d) * scale).round() as u32));
                assert!(seen
                    .flows
                    .iter()
                    .zip(&drawn.flows)
                    .all(|(s, d)| *s == d * scale));
            }
            assert!(
                preview.len().abs_diff(count as usize) <= 1,
                "{}",
                preview.len()
            );
            for (shock, depth) in [(-0.05, 5.0), (-0.02, 20.0), (-0.2, 1.0), (0.04, 8.0)] {
                let cascade = CascadeParams {
                    shock,
                    depth_pct_per_bn: depth,
                    max_rounds: 100,
                };
                let (seen, expected) = (
                    preview.run(&cascade),
                    sample.run_standing_for(&cascade, scale),
                );
                assert!(
                    (seen.final_move - expected.final_move).abs() < 1e-12,
                    "{seen:?} {expected:?}"
                );
                assert_eq!(
                    (seen.stop, seen.rounds.len()),
                    (expected.stop, expected.rounds.len())
                );
                let count_gap =
                    (seen.total_count as f64 - expected.total_count as f64 * scale).abs();
                assert!(count_gap <= 1.0, "{count_gap}");
                let flow_gap = seen.total_notional - expected.total_notional * scale;
                assert!(
                    flow_gap.abs() <= 1e-9 * seen.total_notional.max(1.0),
                    "{flow_gap}"
                );
            }
            // Drawing on after the preview gives the whole crowd, exactly.
            while !builder.draw(50_000) {}
            assert_eq!(
                format!("{:?}", builder.finish()),
                format!("{:?}", Population::generate(&params))
            );
        }
    }

    #[test]
    fn a_population_drawn_in_slices_is_the_population_drawn_at_once() {
        let params = PopulationParams {
            count: 200_003,
            ..PopulationParams::default()
        };
        let whole = format!("{:?}", Population::generate(&params));
        for slice in [1, 7, 4_096, 65_536, 200_003, usize::MAX] {
            let mut builder = PopulationBuilder::new(&params);
            let mut rounds = 0;
            while !builder.draw(slice) {
                rounds += 1;
                assert!(rounds <= 200_003, "never finishes");
            }
            assert_eq!(
                format!("{:?}", builder.finish()),
                whole,
                "slices of {slice}"
            );
        }
        // Stopped early, it is the population of the positions drawn so far.
        let mut builder = PopulationBuilder::new(&params);
        assert!(!builder.draw(50_000));
        let preview = PopulationParams {
            count: 50_000,
            ..params.clone()
        };
        assert_eq!(
            format!("{:?}", builder.finish()),
            format!("{:?}", Population::generate(&preview))
        );
    }

    fn small(seed: u64) -> Population {
        Population::generate(&PopulationParams {
            count: 50_000,
            seed,
            ..PopulationParams::default()
        })
    }

    /// Four longs opened at the pre-shock price, $1 bn each, no maintenance margin: reach = 1/L.
    fn hand_population() -> Population {
        let long = |leverage| PositionSpec {
            side: Side::Long,
            entry: 1.0,
            leverage,
            notional_usd: 1e9,
        };
        Population::from_positions(&[long(50.0), long(20.0), long(10.0), long(5.0)], 0.0)
    }

    #[test]
    fn hand_checkable_cascade() {
        // Reaches 2 %, 5 %, 10 %, 20 %; flows = $1 bn × liq/entry = 0.98, 0.95, 0.90, 0.80 bn.
        // Shock −3 % fires the 50× (0.98 bn). Depth 2.5 %/bn: level 3 % + 2.5 × 0.98 % = 5.45 %
        // fires the 20× (0.95 bn): level 3 % + 2.5 × 1.93 % = 7.825 %, short of 10 %: settled.
        let pop = hand_population();
        let run = pop.run(&CascadeParams {
            shock: -0.03,
            depth_pct_per_bn: 2.5,
            max_rounds: 100,
        });
        assert_eq!(run.stop, Stop::Settled);
        assert_eq!(run.rounds.len(), 2);
        assert_eq!(run.total_count, 2);
        assert!(
            (run.total_notional - 1.93e9).abs() < 1e3,
            "{}",
            run.total_notional
        );
        assert!(
            (run.final_move + 0.07825).abs() < 1e-9,
            "{}",
            run.final_move
        );
        assert!((run.rounds[1].move_at + 0.0545).abs() < 1e-9);
        assert_eq!(run.path().len(), 4);
        // One notch thinner (3.5 %/bn): 3 % + 3.5 × 1.93 % = 9.755 %: still settled at two.
        let run = pop.run(&CascadeParams {
            shock: -0.03,
            depth_pct_per_bn: 3.5,
            max_rounds: 100,
        });
        assert_eq!(run.total_count, 2);
        // 4 %/bn: 3 % + 4 × 1.93 % = 10.72 % fires the 10×; then 3 % + 4 × 2.83 % = 14.32 %: stop.
        let run = pop.run(&CascadeParams {
            shock: -0.03,
            depth_pct_per_bn: 4.0,
            max_rounds: 100,
        });
        assert_eq!(run.total_count, 3);
        assert!((run.final_move + 0.1432).abs() < 1e-9);
        // Round limit 1: only the shock's round fires; the 20× is pending at the final price.
        let run = pop.run(&CascadeParams {
            shock: -0.03,
            depth_pct_per_bn: 2.5,
            max_rounds: 1,
        });
        assert_eq!(
            (run.total_count, run.stop, run.pending_count),
            (1, Stop::RoundLimit, 1)
        );
        // A rise liquidates no long.
        let run = pop.run(&CascadeParams {
            shock: 0.3,
            depth_pct_per_bn: 2.5,
            max_rounds: 100,
        });
        assert_eq!(run.total_count, 0);
    }

    #[test]
    fn liquidation_levels_use_the_shared_formula() {
        let spec = PositionSpec {
            side: Side::Short,
            entry: 1.02,
            leverage: 20.0,
            notional_usd: 1000.0,
        };
        let pop = Population::from_positions(&[spec], 0.004);
        let positions: Vec<_> = pop.positions().collect();
        let liq = liquidation_price_flat(Side::Short, 1.02, 20.0, 0.004);
        assert_eq!(positions.len(), 1);
        let (side, level) = positions[0];
        assert_eq!(side, Side::Short);
        assert!((level.reach as f64 - (liq - 1.0)).abs() < 1e-6);
        assert!((level.flow as f64 - 1000.0 * liq / 1.02).abs() < 1e-3);
        // Gridded up: liquidated by a move of its reach rounded up to 1/16384, not before.
        let gridded = gridded_reach(level.reach);
        assert!(gridded > level.reach as f64 && gridded - (level.reach as f64) <= 1.0 / 16384.0);
        assert_eq!(pop.liquidated_by(Side::Short, gridded).0, 1);
        assert_eq!(pop.liquidated_by(Side::Short, gridded - 1e-9).0, 0);
        // Already past liquidation at the pre-shock price: could not be open, left out.
        let gone = PositionSpec {
            side: Side::Long,
            entry: 1.5,
            leverage: 10.0,
            notional_usd: 1.0,
        };
        assert!(Population::from_positions(&[gone], 0.004).is_empty());
    }

    #[test]
    fn the_shared_formula_is_proportional_to_entry() {
        // `generate` relies on this to evaluate the formula once per leverage quantile.
        for side in [Side::Long, Side::Short] {
            for leverage in [1.0, 3.0, 10.0, 57.5, 125.0] {
                for entry in [0.3, 0.97, 1.0, 1.8] {
                    let unit = liquidation_price_flat(side, 1.0, leverage, 0.004);
                    let direct = liquidation_price_flat(side, entry, leverage, 0.004);
                    assert!(
                        (direct - entry * unit).abs() <= 1e-12 * direct.max(1.0),
                        "{side:?} {leverage} {entry}"
                    );
                }
            }
        }
    }

    #[test]
    fn conservation_total_equals_sum_over_closed_positions() {
        let pop = small(11);
        for (shock, depth) in [
            (-0.03, 0.0),
            (-0.05, 1.0),
            (-0.08, 3.0),
            (0.06, 2.0),
            (-0.2, 20.0),
        ] {
            let run = pop.run(&CascadeParams {
                shock,
                depth_pct_per_bn: depth,
                max_rounds: 100,
            });
            let (mut count, mut flow) = (0u64, 0.0f64);
            for (side, level) in pop.positions() {
                if side == run.side && gridded_reach(level.reach) <= run.checked_reach {
                    count += 1;
                    flow += level.flow as f64;
                }
            }
            assert_eq!(run.total_count, count, "shock {shock}");
            assert!(
                (run.total_notional - flow).abs() <= 1e-9 * flow.max(1.0),
                "shock {shock}"
            );
            let by_round: f64 = run.rounds.iter().map(|r| r.notional).sum();
            assert!((by_round - flow).abs() <= 1e-9 * flow.max(1.0));
            assert_eq!(run.rounds.iter().map(|r| r.count).sum::<u64>(), count);
            // The final move is the shock plus the impact of every liquidated dollar.
            let expected = shock.abs() + depth / 100.0 * flow / 1e9;
            assert!((run.final_move.abs() - expected.min(MAX_FALL)).abs() < 1e-9);
        }
    }

    #[test]
    fn monotone_in_shock_depth_and_rounds() {
        let pop = small(5);
        let mut previous = (0u64, 0.0f64, 0.0f64);
        for step in 0..=60 {
            let shock = -(step as f64) * 0.0025;
            let run = pop.run(&CascadeParams {
                shock,
                depth_pct_per_bn: 1.5,
                max_rounds: 100,
            });
            let now = (run.total_count, run.total_notional, run.final_move.abs());
            assert!(
                now.0 >= previous.0 && now.1 >= previous.1 && now.2 >= previous.2,
                "shock {shock}"
            );
            previous = now;
        }
        let mut previous = (0u64, 0.0f64, 0.0f64);
        for step in 0..=80 {
            let depth = step as f64 * 0.1;
            let run = pop.run(&CascadeParams {
                shock: -0.04,
                depth_pct_per_bn: depth,
                max_rounds: 100,
            });
            let now = (run.total_count, run.total_notional, run.final_move.abs());
            assert!(
                now.0 >= previous.0 && now.1 >= previous.1 && now.2 >= previous.2,
                "depth {depth}"
            );
            previous = now;
        }
        let mut previous = 0;
        for rounds in 1..=30 {
            let run = pop.run(&CascadeParams {
                shock: -0.04,
                depth_pct_per_bn: 4.0,
                max_rounds: rounds,
            });
            assert!(run.total_count >= previous);
            previous = run.total_count;
        }
        // Rises liquidate shorts, just as monotonically.
        let mut previous = 0;
        for step in 1..=40 {
            let run = pop.run(&CascadeParams {
                shock: step as f64 * 0.005,
                depth_pct_per_bn: 2.0,
                max_rounds: 100,
            });
            assert_eq!(run.side, Side::Short);
            assert!(run.total_count >= previous && run.final_move >= 0.0);
            previous = run.total_count;
        }
    }

    #[test]
    fn deterministic_for_a_seed_and_different_across_seeds() {
        let a = small(99);
        let b = small(99);
        assert!(a.positions().eq(b.positions()));
        let params = CascadeParams {
            shock: -0.06,
            depth_pct_per_bn: 2.0,
            max_rounds: 100,
        };
        assert_eq!(a.run(&params), b.run(&params));
        assert_eq!(a.open_notional(), b.open_notional());
        let c = small(100);
        assert!(!a.positions().eq(c.positions()));
        assert_ne!(a.run(&params), c.run(&params));
    }

    #[test]
    fn a_smaller_population_is_a_prefix_of_a_bigger_one() {
        let params = PopulationParams {
            count: 20_000,
            ..PopulationParams::default()
        };
        let big = Population::generate(&params);
        let little = Population::generate(&PopulationParams {
            count: 10_000,
            ..params
        });
        let (a, _) = big.liquidated_by(Side::Long, 0.1);
        let (b, _) = little.liquidated_by(Side::Long, 0.1);
        assert!(a > b && b > 0);
        assert!(little.positions().eq(big.positions().take(10_000)));
    }

    #[test]
    fn population_follows_its_parameters() {
        let pop = Population::generate(&PopulationParams {
            count: 100_000,
            long_share: 0.7,
            ..PopulationParams::default()
        });
        assert_eq!(pop.len(), 100_000);
        let share = pop.count(Side::Long) as f64 / pop.len() as f64;
        assert!((share - 0.7).abs() < 0.01, "{share}");
        let all_long = Population::generate(&PopulationParams {
            long_share: 1.0,
            ..pop.params().clone()
        });
        assert_eq!(all_long.count(Side::Short), 0);
        // Every open position has a positive reach.
        assert!(pop
            .positions()
            .all(|(_, l)| l.reach > 0.0 && l.flow.is_finite() && l.flow >= 0.0));
        assert_eq!(pop.positions().count(), 100_000);
        // Higher leverage puts liquidation levels closer.
        let tight = Population::generate(&PopulationParams {
            leverage_median: 40.0,
            ..pop.params().clone()
        });
        assert!(tight.liquidated_by(Side::Long, 0.05).0 > pop.liquidated_by(Side::Long, 0.05).0);
    }

    #[test]
    fn hostile_parameters_never_panic() {
        let wild = PopulationParams {
            count: 0,
            long_share: f64::NAN,
            leverage_median: f64::INFINITY,
            leverage_spread: -3.0,
            age_days: 1e300,
            daily_volatility: f64::NAN,
            size_median_usd: -5.0,
            size_spread: f64::NEG_INFINITY,
            mmr: 7.0,
            seed: u64::MAX,
        };
        let pop = Population::generate(&wild);
        assert_eq!(pop.len(), MIN_POSITIONS as usize);
        for params in [
            CascadeParams {
                shock: f64::NAN,
                depth_pct_per_bn: f64::NAN,
                max_rounds: 0,
            },
            CascadeParams {
                shock: -1e9,
                depth_pct_per_bn: 1e9,
                max_rounds: u32::MAX,
            },
            CascadeParams {
                shock: f64::INFINITY,
                depth_pct_per_bn: -1.0,
                max_rounds: 3,
            },
            CascadeParams {
                shock: 0.0,
                depth_pct_per_bn: 5.0,
                max_rounds: 10,
            },
        ] {
            let run = pop.run(&params);
            assert!(run.final_move.is_finite() && run.total_notional.is_finite());
            assert!(run.final_move >= -MAX_FALL && run.final_move <= MAX_RISE);
        }
        let crash = pop.run(&CascadeParams {
            shock: -0.95,
            depth_pct_per_bn: 20.0,
            max_rounds: 500,
        });
        assert_eq!(crash.stop, Stop::PriceLimit);
        assert!(
            pop.liquidation_map(f64::NAN, f64::INFINITY, usize::MAX)
                .len()
                == 400
        );
        let empty = Population::from_positions(&[], f64::NAN);
        assert_eq!(empty.run(&CascadeParams::default()).total_count, 0);
        let c = empty.calibrate_depth(-0.05, 10, -0.1281);
        assert_eq!(c.outcome, CalibrationOutcome::Unreachable);
    }

    #[test]
    fn map_bins_partition_the_levels() {
        let pop = small(3);
        let map = pop.liquidation_map(0.0, 4.0, 400);
        let longs: u64 = map.iter().map(|b| b.long_count).sum();
        let shorts: u64 = map.iter().map(|b| b.short_count).sum();
        // Every long the grid can liquidate (1× longs sit at a price of 0, beyond any move).
        let reachable = pop
            .positions()
            .filter(|(side, l)| *side == Side::Long && gridded_reach(l.reach) <= 1.0);
        assert_eq!(longs as usize, reachable.count());
        assert!(longs as usize <= pop.count(Side::Long));
        let short_reachable = pop
            .positions()
            .filter(|(side, l)| *side == Side::Short && gridded_reach(l.reach) <= 3.0);
        assert_eq!(shorts as usize, short_reachable.count());
        // Longs' levels lie below the pre-shock price, shorts' above.
        for bin in &map {
            if bin.price_lo >= 1.0 {
                assert_eq!(bin.long_count, 0);
            }
            if bin.price_hi <= 1.0 {
                assert_eq!(bin.short_count, 0);
            }
        }
    }

    #[test]
    fn calibration_hits_the_target_or_says_why() {
        // Big enough positions that the forced flow can move the price 12.81 %.
        let pop = Population::generate(&PopulationParams {
            count: 50_000,
            size_median_usd: 20_000.0,
            ..PopulationParams::default()
        });
        let c = pop.calibrate_depth(-0.04, 100, -0.1281);
        assert!(
            matches!(
                c.outcome,
                CalibrationOutcome::Matched | CalibrationOutcome::Jump
            ),
            "{c:?}"
        );
        let run = pop.run(&CascadeParams {
            shock: -0.04,
            depth_pct_per_bn: c.depth_pct_per_bn,
            max_rounds: 100,
        });
        assert_eq!(run.final_move, c.achieved_move);
        if c.outcome == CalibrationOutcome::Matched {
            assert!((run.final_move + 0.1281).abs() <= 5e-4);
        }
        assert!(c.below_move.abs() <= 0.1281 && c.above_move.abs() >= 0.1281 - 5e-4);
        let beyond = pop.calibrate_depth(-0.2, 100, -0.1281);
        assert_eq!(beyond.outcome, CalibrationOutcome::ShockAlreadyBeyond);
        let wrong = pop.calibrate_depth(0.05, 100, -0.1281);
        assert_eq!(wrong.outcome, CalibrationOutcome::WrongDirection);
    }

    /// Sensitivity rows say "cannot reach" only when no depth on the slider reproduces the
    /// target, and a depth they give reproduces it. The first crowd is ten times its sample, so
    /// a search that clamped the sample's scaled depth at 50 %/bn stopped at 5 %/bn and called
    /// every row unreachable (each needs 14 to 25 %/bn).
    #[test]
    fn sensitivity_says_cannot_reach_only_when_no_depth_on_the_slider_does() {
        const TARGET: f64 = -0.1281;
        const TOLERANCE: f64 = 5e-4;
        // 0 to 50 %/bn in steps of 0.25, the slider's whole range.
        let grid: Vec<f64> = (0..=200).map(|i| i as f64 * 0.25).collect();
        let d = PopulationParams::default();
        let crowds = [
            (
                PopulationParams {
                    count: 400_000,
                    ..d.clone()
                },
                40_000,
            ),
            (
                PopulationParams {
                    count: 200_000,
                    leverage_median: 6.0,
                    ..d.clone()
                },
                20_000,
            ),
            (
                PopulationParams {
                    count: 200_000,
                    size_median_usd: 100.0,
                    ..d.clone()
                },
                20_000,
            ),
        ];
        let (mut reached, mut unreachable) = (0, 0);
        for (base, cap) in crowds {
            let rows = sensitivity(&base, -0.05, 100, TARGET, cap);
            for row in rows {
                let c = row.calibration;
                let label = format!("{:?} of {base:?}", row.variation);
                // The row's own model: its sample standing for the full crowd.
                let sample = Population::generate(&PopulationParams {
                    count: cap,
                    ..row.variation.apply(&base)
                });
                // The full crowd, every position simulated.
                let full = Population::generate(&row.variation.apply(&base));
                assert_eq!(row.flow_scale, base.count as f64 / cap as f64);
                let at = |population: &Population, scale: f64, depth: f64| {
                    population
                        .run_standing_for(
                            &CascadeParams {
                                shock: -0.05,
                                depth_pct_per_bn: depth,
                                max_rounds: 100,
                            },
                            scale,
                        )
                        .final_move
                };
                assert!(
                    (0.0..=MAX_DEPTH_PCT_PER_BN).contains(&c.depth_pct_per_bn),
                    "{label}"
                );
                match c.outcome {
                    CalibrationOutcome::Unreachable => {
                        unreachable += 1;
                        for &depth in &grid {
                            let m = at(&sample, row.flow_scale, depth);
                            assert!(m.abs() < TARGET.abs() - TOLERANCE, "{label} {depth}: {m}");
                            let m = at(&full, 1.0, depth);
                            assert!(m.abs() < TARGET.abs() - TOLERANCE, "{label} {depth}: {m}");
                        }
                    }
                    CalibrationOutcome::Matched => {
                        reached += 1;
                        let m = at(&sample, row.flow_scale, c.depth_pct_per_bn);
                        assert_eq!(m, c.achieved_move, "{label}");
                        assert!((m - TARGET).abs() <= TOLERANCE, "{label}: {m}");
                        // The full crowd at the sample's depth: off by sampling error only.
                        let m = at(&full, 1.0, c.depth_pct_per_bn);
                        assert!((m - TARGET).abs() <= 0.005, "{label}: full crowd {m}");
                        // Counts are the sample's, scaled: never more than the crowd holds.
                        assert!(row.count <= base.count as f64 && row.notional.is_finite());
                    }
                    CalibrationOutcome::Jump => {
                        reached += 1;
                        assert_eq!(
                            at(&sample, row.flow_scale, c.depth_pct_per_bn),
                            c.achieved_move
                        );
                        assert!(
                            c.below_move.abs() < TARGET.abs() && c.above_move.abs() >= TARGET.abs()
                        );
                    }
                    other => panic!("{label}: {other:?}"),
                }
            }
        }
        assert!(reached >= 8 && unreachable >= 8, "{reached} {unreachable}");
    }

    /// One definition of a round for every label: round 1 fires at the shock; the path is the
    /// start, one point per round, and the end.
    #[test]
    fn every_path_point_is_named_by_one_round_count() {
        let hand = hand_population();
        let crowd = small(8);
        let cases = [
            (&hand, -0.03, 2.5, 100, Some(2)),
            (&hand, -0.03, 2.5, 1, Some(1)),
            (&hand, -0.03, 4.0, 100, Some(3)),
            // Crosses no liquidation price: no round, the path is the start and the end.
            (&hand, -0.01, 2.5, 100, Some(0)),
            (&crowd, -0.05, 5.0, 100, None),
            (&crowd, -0.05, 5.0, 3, None),
            (&crowd, 0.08, 10.0, 100, None),
            (&crowd, -0.5, 50.0, 500, None),
            (&crowd, 0.0, 50.0, 500, Some(0)),
        ];
        for (population, shock, depth, max_rounds, expected) in cases {
            let run = population.run(&CascadeParams {
                shock,
                depth_pct_per_bn: depth,
                max_rounds,
            });
            let rounds = run.round_count();
            let label = format!("{shock} {depth} {max_rounds}");
            if let Some(expected) = expected {
                assert_eq!(rounds, expected, "{label}");
            }
            assert!(rounds <= max_rounds as usize, "{label}");
            let path = run.path();
            assert_eq!(path.len(), rounds + 2, "{label}");
            assert_eq!(run.point(0), PathPoint::Start);
            for (k, round) in run.rounds.iter().enumerate().map(|(i, r)| (i + 1, r)) {
                assert_eq!(run.point(k), PathPoint::Round(k), "{label}");
                assert_eq!(path[k], round.move_at, "{label}");
                assert!(round.count > 0, "{label}");
            }
            assert_eq!(run.point(rounds + 1), PathPoint::End, "{label}");
            assert_eq!(run.point(rounds + 7), PathPoint::End, "{label}");
            assert_eq!(path[rounds + 1], run.final_move, "{label}");
            if rounds > 0 {
                // Round 1 is what the shock itself liquidates.
                assert_eq!(run.rounds[0].move_at, run.shock, "{label}");
            }
        }
    }

    /// Every corner of the model's parameter ranges gives figures a market could produce: a
    /// positive price, no more liquidated than open, a move made of the shock and the impact
    /// of the liquidated dollars, and nothing undefined.
    #[test]
    fn parameter_extremes_give_results_a_market_could_produce() {
        let mut crowds = Vec::new();
        for corner in 0u32..64 {
            let pick = |bit: u32, lo: f64, hi: f64| if corner & (1 << bit) == 0 { lo } else { hi };
            crowds.push(PopulationParams {
                count: MIN_POSITIONS,
                long_share: pick(0, 0.0, 1.0),
                leverage_median: pick(1, 1.0, MAX_LEVERAGE),
                leverage_spread: pick(2, 0.0, 1.5),
                age_days: pick(3, 0.0, 365.0),
                daily_volatility: pick(4, 0.0, 0.2),
                size_median_usd: pick(5, 10.0, 10_000_000.0),
                size_spread: 3.0,
                mmr: if corner % 3 == 0 { 0.0 } else { MAX_MMR },
                seed: corner as u64,
            });
        }
        crowds.push(PopulationParams {
            long_share: 0.5,
            ..PopulationParams::default()
        });
        for params in &crowds {
            let population = Population::generate(params);
            assert_eq!(population.len(), params.count as usize);
            assert!(population.open_notional().is_finite() && population.open_notional() > 0.0);
            for shock in [-MAX_FALL, -0.5, -0.05, 0.0, 0.05, 0.5, MAX_RISE] {
                for depth in [0.0, 0.05, MAX_DEPTH_PCT_PER_BN] {
                    for max_rounds in [1, MAX_ROUNDS] {
                        let p = CascadeParams {
                            shock,
                            depth_pct_per_bn: depth,
                            max_rounds,
                        };
                        let run = population.run(&p);
                        let label = format!("{params:?} {p:?}");
                        let open = population.count(run.side) as u64;
                        assert!(run.final_move.is_finite(), "{label}");
                        assert!(1.0 + run.final_move >= 1.0 - MAX_FALL, "{label}");
                        assert!(run.final_move <= MAX_RISE, "{label}");
                        // The price never turns back against the shock.
                        assert!(run.final_move * run.shock >= 0.0, "{label}");
                        assert!(run.final_move.abs() >= run.shock.abs(), "{label}");
                        assert!(run.total_count <= open, "{label}");
                        assert!(run.pending_count <= open - run.total_count, "{label}");
                        assert!(
                            run.total_notional.is_finite() && run.total_notional >= 0.0,
                            "{label}"
                        );
                        assert!(run.rounds.len() <= max_rounds as usize, "{label}");
                        let mut previous = (0u64, 0.0f64, 0.0f64);
                        for round in &run.rounds {
                            assert!(round.count > 0 && round.notional >= 0.0, "{label}");
                            assert!(round.notional.is_finite(), "{label}");
                            assert!(round.cumulative_count >= previous.0, "{label}");
                            assert!(round.cumulative_notional >= previous.1, "{label}");
                            assert!(round.move_at.abs() >= previous.2, "{label}");
                            assert!(1.0 + round.move_at > 0.0, "{label}");
                            previous = (
                                round.cumulative_count,
                                round.cumulative_notional,
                                round.move_at.abs(),
                            );
                        }
                        // The move is the shock plus the impact of every liquidated dollar.
                        let limit = if run.shock > 0.0 { MAX_RISE } else { MAX_FALL };
                        let expected =
                            (run.shock.abs() + depth / 100.0 * run.total_notional / 1e9).min(limit);
                        assert!(
                            (run.final_move.abs() - expected).abs() <= 1e-9 * expected.max(1.0),
                            "{label}"
                        );
                    }
                }
            }
            for shock in [-MAX_FALL, -0.05, 0.05] {
                let c = population.calibrate_depth(shock, MAX_ROUNDS, -0.1281);
                assert!(
                    (0.0..=MAX_DEPTH_PCT_PER_BN).contains(&c.depth_pct_per_bn),
                    "{c:?}"
                );
                assert!(c.achieved_move.is_finite() && 1.0 + c.achieved_move > 0.0);
                if c.outcome == CalibrationOutcome::Matched {
                    assert!((c.achieved_move + 0.1281).abs() <= 5e-4, "{c:?}");
                }
            }
            for bin in population.liquidation_map(0.0, 1.0 + MAX_RISE, 400) {
                assert!(bin.price_lo >= 0.0 && bin.price_hi >= bin.price_lo);
                assert!(bin.long_notional >= 0.0 && bin.short_notional >= 0.0);
                assert!(bin.long_notional.is_finite() && bin.short_notional.is_finite());
            }
        }
        // The sensitivity table at the corners, its sample standing for a crowd 20 times bigger.
        for params in crowds.iter().step_by(9) {
            let base = PopulationParams {
                count: 200_000,
                ..params.clone()
            };
            for row in sensitivity(&base, -0.05, MAX_ROUNDS, -0.1281, 10_000) {
                let c = row.calibration;
                assert!((0.0..=MAX_DEPTH_PCT_PER_BN).contains(&c.depth_pct_per_bn));
                assert!(
                    row.count >= 0.0 && row.count <= base.count as f64,
                    "{row:?}"
                );
                assert!(row.notional.is_finite() && row.notional >= 0.0, "{row:?}");
                assert!(c.achieved_move.is_finite() && 1.0 + c.achieved_move > 0.0);
            }
        }
    }

    #[test]
    fn sensitivity_covers_every_variation() {
        let base = PopulationParams {
            count: 40_000,
            ..PopulationParams::default()
        };
        let rows = sensitivity(&base, -0.04, 100, -0.1281, 20_000);
        assert_eq!(rows.len(), Variation::ALL.len());
        assert!(rows
            .iter()
            .all(|r| r.count.is_finite() && r.notional.is_finite()));
        // Higher leverage means a given move needs less help from thin markets.
        let depth = |v| {
            rows.iter()
                .find(|r| r.variation == v)
                .map(|r| r.calibration.depth_pct_per_bn)
        };
        assert!(depth(Variation::LeverageHigher) <= depth(Variation::LeverageLower));
    }
}
