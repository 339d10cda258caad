//! Linear and band scales, ported from d3-array's `ticks.js` and d3-scale's `linear.js` and
//! `band.js` (ISC licence, Mike Bostock) so our axes round exactly like newsroom d3 graphics.
//!
//! The ports keep d3's arithmetic step for step: tick values are computed as integer ÷ power of
//! ten (never by repeated addition), so `ticks(0, 1, 10)` yields exactly `0.1, 0.2, …`. Where d3
//! would return an unbounded or non-finite result we return an empty or unchanged one instead;
//! nothing here panics on NaN, ±∞, zero-width or reversed input.

use crate::decimal::clamp_or;
// Thresholds between the 1-, 2-, 5- and 10-multiples of a power of ten (geometric midpoints).
const E10: f64 = 7.071_067_811_865_475_5; // √50
const E5: f64 = 3.162_277_660_168_379_5; // √10
const E2: f64 = std::f64::consts::SQRT_2;

/// More ticks than any chart can label; guards against absurd `count` arguments.
const MAX_TICKS: f64 = 10_000.0;

/// JavaScript's `Math.round`: halves round towards +∞ (Rust's `round` goes away from zero).
fn js_round(x: f64) -> f64 {
    let floor = x.floor();
    if x - floor >= 0.5 {
        floor + 1.0
    } else {
        floor
    }
}

/// d3's `tickSpec`: the integer range `[i1, i2]` and the increment `inc` such that the ticks are
/// `i × inc` (inc > 0) or `i ÷ −inc` (inc < 0, steps below one, kept exact that way).
fn tick_spec(start: f64, stop: f64, count: f64) -> (f64, f64, f64) {
    // `Math.max(0, NaN)` is NaN in JavaScript, whereas `f64::max` would drop the NaN.
    let count_or_zero = if count.is_nan() {
        f64::NAN
    } else {
        count.max(0.0)
    };
    let step = (stop - start) / count_or_zero;
    let power = step.log10().floor();
    let error = step / 10f64.powf(power);
    let factor = if error >= E10 {
        10.0
    } else if error >= E5 {
        5.0
    } else if error >= E2 {
        2.0
    } else {
        1.0
    };
    let (mut i1, mut i2, inc);
    if power < 0.0 {
        let inverse = 10f64.powf(-power) / factor;
        i1 = js_round(start * inverse);
        i2 = js_round(stop * inverse);
        if i1 / inverse < start {
            i1 += 1.0;
        }
        if i2 / inverse > stop {
            i2 -= 1.0;
        }
        inc = -inverse;
    } else {
        inc = 10f64.powf(power) * factor;
        i1 = js_round(start / inc);
        i2 = js_round(stop / inc);
        if i1 * inc < start {
            i1 += 1.0;
        }
        if i2 * inc > stop {
            i2 -= 1.0;
        }
    }
    // A count below two may find no tick at all inside the interval: retry with a finer step.
    if i2 < i1 && (0.5..2.0).contains(&count) {
        return tick_spec(start, stop, count * 2.0);
    }
    (i1, i2, inc)
}

/// d3's `ticks(start, stop, count)`: about `count + 1` round values (1, 2 or 5 × 10ⁿ apart)
/// inside `[start, stop]`, descending if `stop < start`. Empty for a non-positive or NaN count
/// and for non-finite bounds; `[start]` when `start == stop`.
pub fn ticks(start: f64, stop: f64, count: f64) -> Vec<f64> {
    if count.is_nan() || count <= 0.0 || !start.is_finite() || !stop.is_finite() {
        return Vec::new();
    }
    if start == stop {
        return vec![start];
    }
    let reverse = stop < start;
    let (i1, i2, inc) = if reverse {
        tick_spec(stop, start, count)
    } else {
        tick_spec(start, stop, count)
    };
    let n = i2 - i1 + 1.0;
    // `contains` is false for NaN, like d3's `!(i2 >= i1)`.
    if !(1.0..=MAX_TICKS).contains(&n) || !inc.is_finite() {
        return Vec::new();
    }
    (0..n as usize)
        .map(|i| {
            let k = if reverse {
                i2 - i as f64
            } else {
                i1 + i as f64
            };
            // `+ 0.0` turns a −0 (from rounding −0.4) into 0 so labels never read "−0".
            (if inc < 0.0 { k / -inc } else { k * inc }) + 0.0
        })
        .collect()
}

/// d3's `tickIncrement`: for `start <= stop`, the tick step if it is at least one, otherwise the
/// negative inverse of the step (−10 means 0.1), so that tick values stay exact.
pub fn tick_increment(start: f64, stop: f64, count: f64) -> f64 {
    tick_spec(start, stop, count).2
}

/// d3's `tickStep`: the difference between adjacent ticks, negative when `stop < start`.
pub fn tick_step(start: f64, stop: f64, count: f64) -> f64 {
    let reverse = stop < start;
    let inc = if reverse {
        tick_increment(stop, start, count)
    } else {
        tick_increment(start, stop, count)
    };
    let step = if inc < 0.0 { 1.0 / -inc } else { inc };
    if reverse {
        -step
    } else {
        step
    }
}

/// `t` such that `a + t·(b − a) = x`; d3's `normalize`, which maps a zero-width interval to its
/// middle (0.5) rather than dividing by zero.
fn normalize(a: f64, b: f64, x: f64) -> f64 {
    let width = b - a;
    if width.is_nan() {
        f64::NAN
    } else if width == 0.0 {
        0.5
    } else {
        (x - a) / width
    }
}

/// d3's `interpolateNumber`, written the same way so results match to the last bit.
fn interpolate(a: f64, b: f64, t: f64) -> f64 {
    a * (1.0 - t) + b * t
}

/// A continuous linear map from `domain` (data) to `range` (viewBox units), d3's `scaleLinear`
/// with two stops and no clamping. Either pair may be reversed (e.g. a y range `[bottom, top]`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LinearScale {
    pub domain: [f64; 2],
    pub range: [f64; 2],
}

impl LinearScale {
    pub const fn new(domain: [f64; 2], range: [f64; 2]) -> Self {
        LinearScale { domain, range }
    }

    /// Maps a data value to the range. A zero-width domain maps everything to the range's middle.
    pub fn apply(&self, value: f64) -> f64 {
        let [d0, d1] = self.domain;
        let [r0, r1] = self.range;
        interpolate(r0, r1, normalize(d0, d1, value))
    }

    /// Maps a range value back to the domain. A zero-width range maps to the domain's middle.
    pub fn invert(&self, position: f64) -> f64 {
        let [d0, d1] = self.domain;
        let [r0, r1] = self.range;
        interpolate(d0, d1, normalize(r0, r1, position))
    }

    /// d3's `linear.nice(count)`: widens the domain to round numbers consistent with
    /// `ticks(count)`, iterating until the step settles. Degenerate domains (zero-width, NaN,
    /// infinite) come back unchanged.
    pub fn nice(self, count: usize) -> Self {
        let count = count as f64;
        let [mut start, mut stop] = self.domain;
        let reversed = stop < start;
        if reversed {
            std::mem::swap(&mut start, &mut stop);
        }
        let mut previous_step = None;
        for _ in 0..10 {
            let step = tick_increment(start, stop, count);
            if previous_step == Some(step) {
                if !start.is_finite() || !stop.is_finite() {
                    break;
                }
                let domain = if reversed {
                    [stop, start]
                } else {
                    [start, stop]
                };
                return LinearScale { domain, ..self };
            } else if step > 0.0 {
                start = (start / step).floor() * step;
                stop = (stop / step).ceil() * step;
            } else if step < 0.0 {
                start = (start * step).ceil() / step;
                stop = (stop * step).floor() / step;
            } else {
                break;
            }
            previous_step = Some(step);
        }
        self
    }

    /// About `count + 1` round values spanning the domain, in domain order.
    pub fn ticks(&self, count: usize) -> Vec<f64> {
        ticks(self.domain[0], self.domain[1], count as f64)
    }

    /// The distance between the values `ticks(count)` returns (used to choose decimals).
    pub fn tick_step(&self, count: usize) -> f64 {
        tick_step(self.domain[0], self.domain[1], count as f64)
    }
}

/// d3's `scaleBand` over `count` categories (indices `0..count`): equal bands with inner padding
/// between them and outer padding at both ends, as fractions of the step.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BandScale {
    pub count: usize,
    pub range: [f64; 2],
    padding_inner: f64,
    padding_outer: f64,
    align: f64,
}

impl BandScale {
    /// Bands filling `range` with no padding, centred (`align` 0.5).
    pub const fn new(count: usize, range: [f64; 2]) -> Self {
        BandScale {
            count,
            range,
            padding_inner: 0.0,
            padding_outer: 0.0,
            align: 0.5,
        }
    }

    /// Sets inner and outer padding alike (d3's `band.padding`).
    pub fn padding(self, padding: f64) -> Self {
        self.padding_inner(padding).padding_outer(padding)
    }

    /// The gap between bands as a fraction of the step, clamped to `[0, 1]`; 1 makes a point scale.
    pub fn padding_inner(self, padding: f64) -> Self {
        BandScale {
            padding_inner: clamp_or(padding, (0.0, 1.0), 0.0),
            ..self
        }
    }

    /// The space before the first and after the last band as a fraction of the step (≥ 0).
    pub fn padding_outer(self, padding: f64) -> Self {
        BandScale {
            padding_outer: finite_or_zero(padding).max(0.0),
            ..self
        }
    }

    /// Distance between the starts of adjacent bands.
    pub fn step(&self) -> f64 {
        self.layout().1
    }

    /// Width of each band.
    pub fn bandwidth(&self) -> f64 {
        self.layout().2
    }

    /// Start of band `index` (in range order, so reversed ranges list bands backwards), or `None`
    /// outside `0..count`.
    pub fn position(&self, index: usize) -> Option<f64> {
        if index >= self.count {
            return None;
        }
        let (start, step, _) = self.layout();
        let slot = if self.range[1] < self.range[0] {
            self.count - 1 - index
        } else {
            index
        };
        Some(start + step * slot as f64)
    }

    /// Middle of band `index` (the point of a point scale), or `None` outside `0..count`.
    pub fn center(&self, index: usize) -> Option<f64> {
        Some(self.position(index)? + self.bandwidth() / 2.0)
    }

    /// d3's `rescale` without rounding: (first band start, step, bandwidth).
    fn layout(&self) -> (f64, f64, f64) {
        let n = self.count as f64;
        let [r0, r1] = self.range;
        let (start, stop) = if r1 < r0 { (r1, r0) } else { (r0, r1) };
        let step = (stop - start) / (n - self.padding_inner + self.padding_outer * 2.0).max(1.0);
        let start = start + (stop - start - step * (n - self.padding_inner)) * self.align;
        (start, step, step * (1.0 - self.padding_inner))
    }
}

fn finite_or_zero(x: f64) -> f64 {
    if x.is_finite() {
        x
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NAN: f64 = f64::NAN;
    const INF: f64 = f64::INFINITY;

    fn rev(mut v: Vec<f64>) -> Vec<f64> {
        v.reverse();
        v
    }

    // Expected values below are d3-array's and d3-scale's own test suites.

    #[test]
    fn ticks_are_empty_for_nan_or_non_positive_count() {
        for (a, b, c) in [
            (NAN, 1.0, 1.0),
            (0.0, NAN, 1.0),
            (0.0, 1.0, NAN),
            (NAN, NAN, NAN),
        ] {
            assert!(ticks(a, b, c).is_empty(), "{a} {b} {c}");
        }
        assert!(ticks(1.0, 1.0, -1.0).is_empty());
        assert!(ticks(1.0, 1.0, 0.0).is_empty());
        assert!(ticks(0.0, 1.0, 0.0).is_empty());
        assert!(ticks(0.0, 1.0, -1.0).is_empty());
        assert!(ticks(0.0, 1.0, INF).is_empty());
        assert_eq!(ticks(1.0, 1.0, 1.0), [1.0]);
        assert_eq!(ticks(1.0, 1.0, 10.0), [1.0]);
    }

    #[test]
    fn ticks_match_d3_for_ascending_intervals() {
        let tenths = vec![0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0];
        let fifths = vec![0.0, 0.2, 0.4, 0.6, 0.8, 1.0];
        let cases: Vec<(f64, f64, f64, Vec<f64>)> = vec![
            (0.0, 1.0, 10.0, tenths.clone()),
            (0.0, 1.0, 9.0, tenths.clone()),
            (0.0, 1.0, 8.0, tenths),
            (0.0, 1.0, 7.0, fifths.clone()),
            (0.0, 1.0, 4.0, fifths),
            (0.0, 1.0, 3.0, vec![0.0, 0.5, 1.0]),
            (0.0, 1.0, 2.0, vec![0.0, 0.5, 1.0]),
            (0.0, 1.0, 1.0, vec![0.0, 1.0]),
            (0.0, 10.0, 8.0, (0..=10).map(f64::from).collect()),
            (0.0, 10.0, 5.0, vec![0.0, 2.0, 4.0, 6.0, 8.0, 10.0]),
            (0.0, 10.0, 3.0, vec![0.0, 5.0, 10.0]),
            (0.0, 10.0, 1.0, vec![0.0, 10.0]),
            (
                -10.0,
                10.0,
                7.0,
                (-5..=5).map(|i| f64::from(i * 2)).collect(),
            ),
            (-10.0, 10.0, 3.0, vec![-10.0, -5.0, 0.0, 5.0, 10.0]),
            (-10.0, 10.0, 2.0, vec![-10.0, 0.0, 10.0]),
            (-10.0, 10.0, 1.0, vec![0.0]),
            (1.0, 9.0, 5.0, vec![2.0, 4.0, 6.0, 8.0]),
            (
                1.0,
                9.0,
                20.0,
                (2..=18).map(|i| f64::from(i) / 2.0).collect(),
            ),
        ];
        for (start, stop, count, expected) in cases {
            assert_eq!(
                ticks(start, stop, count),
                expected,
                "ticks({start}, {stop}, {count})"
            );
            assert_eq!(
                ticks(stop, start, count),
                rev(expected),
                "ticks({stop}, {start}, {count})"
            );
        }
    }

    #[test]
    fn tick_increment_and_step_match_d3() {
        let cases = [
            (0.0, 1.0, 10.0, -10.0, 0.1),
            (0.0, 1.0, 7.0, -5.0, 0.2),
            (0.0, 1.0, 3.0, -2.0, 0.5),
            (0.0, 1.0, 1.0, 1.0, 1.0),
            (0.0, 10.0, 8.0, 1.0, 1.0),
            (0.0, 10.0, 4.0, 2.0, 2.0),
            (0.0, 10.0, 2.0, 5.0, 5.0),
            (0.0, 10.0, 1.0, 10.0, 10.0),
            (-10.0, 10.0, 7.0, 2.0, 2.0),
            (-10.0, 10.0, 6.0, 5.0, 5.0),
            (-10.0, 10.0, 2.0, 10.0, 10.0),
            (-10.0, 10.0, 1.0, 20.0, 20.0),
            (1.0, 9.0, 20.0, -2.0, 0.5),
        ];
        for (start, stop, count, increment, step) in cases {
            assert_eq!(
                tick_increment(start, stop, count),
                increment,
                "{start} {stop} {count}"
            );
            assert_eq!(
                tick_step(start, stop, count),
                step,
                "{start} {stop} {count}"
            );
            assert_eq!(
                tick_step(stop, start, count),
                -step,
                "{stop} {start} {count}"
            );
        }
        assert!(tick_increment(NAN, 1.0, 1.0).is_nan());
        assert!(tick_increment(0.0, 1.0, NAN).is_nan());
        assert_eq!(tick_increment(1.0, 1.0, 1.0), -INF);
        assert_eq!(tick_increment(0.0, 1.0, 0.0), INF);
        assert_eq!(tick_increment(0.0, 1.0, -1.0), INF);
        assert_eq!(tick_increment(0.0, 1.0, INF), -INF);
        assert_eq!(tick_step(1.0, 1.0, 1.0), 0.0);
        assert_eq!(tick_step(0.0, 1.0, INF), 0.0);
        assert!(tick_step(1.0, 1.0, 0.0).is_nan());
    }

    #[test]
    fn linear_maps_and_inverts_like_d3() {
        let s = LinearScale::new([1.0, 2.0], [0.0, 1.0]);
        for (x, y) in [(0.5, -0.5), (1.0, 0.0), (1.5, 0.5), (2.0, 1.0), (2.5, 1.5)] {
            assert_eq!(s.apply(x), y);
            assert_eq!(s.invert(y), x);
        }
        assert_eq!(LinearScale::new([0.0, 1.0], [1.0, 2.0]).apply(0.5), 1.5);
        assert_eq!(LinearScale::new([0.0, 1.0], [10.0, 20.0]).invert(30.0), 2.0);
        // Reversed range, as for a y axis.
        assert_eq!(
            LinearScale::new([0.0, 100.0], [200.0, 0.0]).apply(25.0),
            150.0
        );
        // Zero-width domain or range maps to the middle, not NaN.
        assert_eq!(LinearScale::new([0.0, 0.0], [1.0, 2.0]).apply(0.0), 1.5);
        assert_eq!(LinearScale::new([1.0, 2.0], [0.0, 0.0]).invert(0.0), 1.5);
        assert!(LinearScale::new([0.0, 1.0], [0.0, 1.0]).apply(NAN).is_nan());
    }

    #[test]
    fn linear_nice_matches_d3() {
        let nice = |d: [f64; 2], count| LinearScale::new(d, [0.0, 1.0]).nice(count).domain;
        let cases = [
            ([0.0, 0.96], 10, [0.0, 1.0]),
            ([0.0, 96.0], 10, [0.0, 100.0]),
            ([0.96, 0.0], 10, [1.0, 0.0]),
            ([96.0, 0.0], 10, [100.0, 0.0]),
            ([0.0, -0.96], 10, [0.0, -1.0]),
            ([-0.96, 0.0], 10, [-1.0, 0.0]),
            ([-96.0, 0.0], 10, [-100.0, 0.0]),
            ([-0.1, 51.1], 8, [-10.0, 60.0]),
            ([1.1, 10.9], 10, [1.0, 11.0]),
            ([10.9, 1.1], 10, [11.0, 1.0]),
            ([0.7, 11.001], 10, [0.0, 12.0]),
            ([123.1, 6.7], 10, [130.0, 0.0]),
            ([0.0, 0.49], 10, [0.0, 0.5]),
            ([0.0, 14.1], 5, [0.0, 20.0]),
            ([0.0, 15.0], 5, [0.0, 20.0]),
            ([12.0, 87.0], 5, [0.0, 100.0]),
            ([12.0, 87.0], 10, [10.0, 90.0]),
            ([12.0, 87.0], 100, [12.0, 87.0]),
            // The night's deepest move: −12.81% nices to −13 (10 ticks) or −14 (5 ticks).
            ([-12.81, 0.0], 10, [-13.0, 0.0]),
            ([-12.81, 0.0], 5, [-14.0, 0.0]),
            ([0.0, 0.0], 10, [0.0, 0.0]),
            ([0.5, 0.5], 10, [0.5, 0.5]),
        ];
        for (domain, count, expected) in cases {
            assert_eq!(nice(domain, count), expected, "{domain:?}.nice({count})");
        }
    }

    #[test]
    fn linear_nice_and_ticks_survive_degenerate_domains() {
        for domain in [
            [NAN, 1.0],
            [0.0, INF],
            [-INF, INF],
            [-f64::MAX, f64::MAX],
            [NAN, NAN],
        ] {
            let s = LinearScale::new(domain, [0.0, 100.0]);
            assert_eq!(s.nice(5).domain.map(f64::to_bits), domain.map(f64::to_bits));
            assert!(s.ticks(5).iter().all(|t| t.is_finite()), "{domain:?}");
        }
        let huge = LinearScale::new([0.0, 3e300], [0.0, 1.0]).nice(5);
        assert!(huge.domain.iter().all(|d| d.is_finite()));
        assert!(!huge.ticks(5).is_empty());
        assert!(LinearScale::new([0.0, 1.0], [0.0, 1.0])
            .ticks(usize::MAX)
            .is_empty());
        assert!(ticks(-0.4, 0.4, 1.0)
            .iter()
            .all(|t| !t.is_sign_negative() || *t < 0.0));
    }

    #[test]
    fn linear_ticks_follow_domain_order() {
        let down = LinearScale::new([100.0, -100.0], [0.0, 1.0]);
        assert_eq!(down.ticks(5), [100.0, 50.0, 0.0, -50.0, -100.0]);
        assert_eq!(down.tick_step(5), -50.0);
        let tenths = LinearScale::new([0.0, 1.0], [0.0, 1.0]);
        assert_eq!(tenths.ticks(10)[3], 0.3);
        assert_eq!(tenths.tick_step(10), 0.1);
    }

    #[test]
    fn band_matches_d3() {
        let s = BandScale::new(3, [0.0, 120.0]);
        assert_eq!(
            (0..3).map(|i| s.position(i).unwrap()).collect::<Vec<_>>(),
            [0.0, 40.0, 80.0]
        );
        assert_eq!(s.bandwidth(), 40.0);
        let padded = s.padding(0.2);
        assert_eq!(
            (0..3)
                .map(|i| padded.position(i).unwrap())
                .collect::<Vec<_>>(),
            [7.5, 45.0, 82.5]
        );
        assert_eq!(padded.bandwidth(), 30.0);
        assert_eq!(s.position(3), None);

        let reversed = BandScale::new(3, [120.0, 0.0]).padding(0.2);
        let positions: Vec<_> = (0..3).map(|i| reversed.position(i).unwrap()).collect();
        assert_eq!(positions, [82.5, 45.0, 7.5]);

        let outer = BandScale::new(3, [120.0, 0.0])
            .padding_inner(0.2)
            .padding_outer(0.1);
        assert_eq!(
            (0..3)
                .map(|i| outer.position(i).unwrap())
                .collect::<Vec<_>>(),
            [84.0, 44.0, 4.0]
        );
        assert_eq!(outer.bandwidth(), 32.0);
        let outer = outer.padding_outer(1.0);
        assert_eq!(
            (0..3)
                .map(|i| outer.position(i).unwrap())
                .collect::<Vec<_>>(),
            [75.0, 50.0, 25.0]
        );
        assert_eq!(outer.bandwidth(), 20.0);
    }

    #[test]
    fn band_step_and_bandwidth_for_small_domains() {
        let s = |n| BandScale::new(n, [0.0, 960.0]);
        assert_eq!((s(0).step(), s(0).bandwidth()), (960.0, 960.0));
        assert_eq!((s(1).step(), s(1).bandwidth()), (960.0, 960.0));
        assert_eq!(s(2).step(), 480.0);
        assert_eq!(s(3).step(), 320.0);
        assert_eq!(
            (s(0).padding(0.5).step(), s(0).padding(0.5).bandwidth()),
            (960.0, 480.0)
        );
        assert_eq!(s(1).padding(0.5).position(0), Some(320.0));
        assert_eq!(
            (s(1).padding(0.5).step(), s(1).padding(0.5).bandwidth()),
            (640.0, 320.0)
        );
        assert_eq!(s(1).padding(1.0).position(0), Some(480.0));
        assert_eq!(s(1).padding(1.0).bandwidth(), 0.0);
        assert_eq!(s(2).padding(0.5).step(), 384.0);
        // A point scale (inner padding 1) puts points at band centres with zero width.
        let points = BandScale::new(3, [0.0, 100.0]).padding_inner(1.0);
        assert_eq!(
            (0..3)
                .map(|i| points.center(i).unwrap())
                .collect::<Vec<_>>(),
            [0.0, 50.0, 100.0]
        );
    }

    #[test]
    fn band_sanitises_padding() {
        let s = BandScale::new(2, [0.0, 100.0]);
        assert_eq!(s.padding_inner(2.0), s.padding_inner(1.0));
        assert_eq!(s.padding_inner(-1.0), s);
        assert_eq!(s.padding(NAN), s);
        assert_eq!(s.padding_outer(-3.0), s);
        assert!(BandScale::new(2, [0.0, NAN]).position(1).is_some());
    }
}
