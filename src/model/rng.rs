//! A small, seeded, deterministic random generator and fast samplers, so a URL's `seed`
//! reproduces a simulated population exactly. WebAssembly arithmetic is deterministic, so every
//! browser draws the same population bit for bit; a native build can differ in the last bit of a
//! few table entries, where the platform's `exp`/`ln` round differently.
//!
//! No dependency: xoshiro256** (Blackman & Vigna) seeded through SplitMix64, plus table-based
//! inverse-CDF samplers. Tables turn a normal or lognormal draw into one lookup and one
//! interpolation, which matters in WebAssembly where `ln`, `exp` and `cos` are software calls:
//! the population builder draws millions of variates per rebuild.

use crate::decimal::clamp;
/// xoshiro256**: 256 bits of state, period 2^256 − 1, passes BigCrush; a handful of integer
/// operations per draw, native on wasm32 (which has 64-bit integers).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rng {
    state: [u64; 4],
}

impl Rng {
    /// Expands a 64-bit seed with SplitMix64, as the xoshiro authors recommend; any seed,
    /// including 0, gives a valid non-zero state.
    pub fn seed_from(seed: u64) -> Rng {
        let mut x = seed;
        let mut next = || {
            x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = x;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            z ^ (z >> 31)
        };
        Rng {
            state: [next(), next(), next(), next()],
        }
    }

    #[inline(always)]
    pub fn next_u64(&mut self) -> u64 {
        let s = &mut self.state;
        let result = s[1].wrapping_mul(5).rotate_left(7).wrapping_mul(9);
        let t = s[1] << 17;
        s[2] ^= s[0];
        s[3] ^= s[1];
        s[1] ^= s[2];
        s[0] ^= s[3];
        s[2] ^= t;
        s[3] = s[3].rotate_left(45);
        result
    }

    /// Uniform in `[0, 1)` with 53 random bits.
    #[inline]
    pub fn next_f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    /// A standard normal variate by Box–Muller (exact but slow; for tests and small samples).
    pub fn normal(&mut self) -> f64 {
        let u1 = 1.0 - self.next_f64(); // (0, 1]: ln is finite
        let u2 = self.next_f64();
        (-2.0 * u1.ln()).sqrt() * (std::f64::consts::TAU * u2).cos()
    }
}

/// Number of intervals in a quantile table; 2^12 keeps a table at 16 KiB (L1-resident).
pub const TABLE_INTERVALS: usize = 4096;
const TABLE_SHIFT: u32 = 32 - 12;
const FRACTION_SCALE: f32 = 1.0 / (1u32 << TABLE_SHIFT) as f32;

/// A monotone table of quantiles of some distribution, sampled by linear interpolation between
/// neighbouring quantiles: one lookup per draw from 32 random bits.
#[derive(Clone, Debug)]
pub struct QuantileTable {
    /// Quantiles at `i / 4096`, `i = 0..=4096` (the end points cut as each constructor says).
    values: Box<[f32; TABLE_INTERVALS + 1]>,
}

impl QuantileTable {
    fn from_fn(quantile: impl Fn(f64) -> f64) -> QuantileTable {
        let n = TABLE_INTERVALS as f64;
        let mut values = Box::new([0.0f32; TABLE_INTERVALS + 1]);
        for (i, value) in values.iter_mut().enumerate() {
            let p = clamp(i as f64 / n, 0.25 / n, 1.0 - 0.25 / n);
            *value = quantile(p) as f32;
        }
        QuantileTable { values }
    }

    /// Quantiles of the standard normal at `i / 4096`, with the two infinite end points replaced
    /// by the quantiles at `0.25 / 4096` and `1 − 0.25 / 4096` (≈ ±3.7σ): the tails are cut there.
    /// Computed once: every crowd the cascade lab draws maps it again.
    pub fn standard_normal() -> &'static QuantileTable {
        static TABLE: std::sync::OnceLock<QuantileTable> = std::sync::OnceLock::new();
        TABLE.get_or_init(|| QuantileTable::from_fn(inverse_normal_cdf))
    }

    /// Quantiles of `W = √U · Z` with `U` uniform on [0, 1) and `Z` standard normal: the log
    /// price change of a driftless random walk with unit daily variance over a uniformly random
    /// fraction of a period (so `σ·√T·W` is the log return since a position opened uniformly
    /// at random in the last `T` days). End points cut as for the normal. Computed once.
    pub fn sqrt_uniform_normal() -> &'static QuantileTable {
        static TABLE: std::sync::OnceLock<QuantileTable> = std::sync::OnceLock::new();
        TABLE.get_or_init(|| QuantileTable::from_fn(inverse_sqrt_uniform_normal_cdf))
    }

    /// This table with `f` applied to every quantile; `f` must be non-decreasing to stay a
    /// quantile table (e.g. `|z| median * (sigma * z).exp()` for a lognormal).
    pub fn map(&self, f: impl Fn(f64) -> f64) -> QuantileTable {
        let mut values = self.values.clone();
        for value in values.iter_mut() {
            *value = f(*value as f64) as f32;
        }
        QuantileTable { values }
    }

    /// A draw, given 32 uniform random bits.
    #[inline(always)]
    pub fn sample(&self, bits: u32) -> f32 {
        // `bits >> 20` ≤ 4095, so both reads are in bounds of the 4097 entries (and the compiler
        // can see it: no bounds check, no panic path).
        let index = (bits >> TABLE_SHIFT) as usize;
        let fraction = (bits & ((1 << TABLE_SHIFT) - 1)) as f32 * FRACTION_SCALE;
        let lo = self.values[index];
        let hi = self.values[index + 1];
        lo + (hi - lo) * fraction
    }

    /// The smallest and largest values a draw can take.
    pub fn range(&self) -> (f32, f32) {
        (self.values[0], self.values[TABLE_INTERVALS])
    }
}

/// Standard normal density.
fn normal_pdf(x: f64) -> f64 {
    (-0.5 * x * x).exp() / (2.0 * std::f64::consts::PI).sqrt()
}

/// Standard normal upper tail `1 − Φ(x)`, relative error below 1.2e-7.
fn normal_upper_tail(x: f64) -> f64 {
    0.5 * erfc(x / std::f64::consts::SQRT_2)
}

/// CDF of `W = √U·Z` for `w ≥ 0`: `Φ(w) − w²(1 − Φ(w)) + w·φ(w)`, from integrating the density
/// `2φ(w) − 2|w|(1 − Φ(|w|))` (itself `∫₀¹ φ(w/√u)/√u du` by parts).
fn sqrt_uniform_normal_cdf_upper(w: f64) -> f64 {
    let tail = normal_upper_tail(w);
    1.0 - tail - w * w * tail + w * normal_pdf(w)
}

/// Quantile of `W = √U·Z` by safeguarded Newton iteration on the closed-form CDF.
fn inverse_sqrt_uniform_normal_cdf(p: f64) -> f64 {
    let p = if p.is_finite() {
        clamp(p, 1e-12, 1.0 - 1e-12)
    } else {
        0.5
    };
    if p < 0.5 {
        return -inverse_sqrt_uniform_normal_cdf(1.0 - p);
    }
    let (mut lo, mut hi) = (0.0f64, 8.0f64);
    let mut w = inverse_normal_cdf(p) * 0.6;
    for _ in 0..100 {
        let error = sqrt_uniform_normal_cdf_upper(w) - p;
        if error.abs() < 1e-13 {
            break;
        }
        if error > 0.0 {
            hi = w;
        } else {
            lo = w;
        }
        let density = 2.0 * normal_pdf(w) - 2.0 * w * normal_upper_tail(w);
        let newton = w - error / density;
        w = if density > 0.0 && newton > lo && newton < hi {
            newton
        } else {
            0.5 * (lo + hi)
        };
        if hi - lo < 1e-12 {
            break;
        }
    }
    w
}

/// Complementary error function (Numerical Recipes' Chebyshev fit, relative error < 1.2e-7).
fn erfc(x: f64) -> f64 {
    let z = x.abs();
    let t = 1.0 / (1.0 + 0.5 * z);
    let r = t
        * (-z * z - 1.265_512_23
            + t * (1.000_023_68
                + t * (0.374_091_96
                    + t * (0.096_784_18
                        + t * (-0.186_288_06
                            + t * (0.278_868_07
                                + t * (-1.135_203_98
                                    + t * (1.488_515_87
                                        + t * (-0.822_152_23 + t * 0.170_872_77)))))))))
            .exp();
    if x >= 0.0 {
        r
    } else {
        2.0 - r
    }
}

/// The standard normal quantile function, by Acklam's rational approximation (relative error
/// below 1.2e-9 on (0, 1)). `p` outside (0, 1) is clamped.
pub fn inverse_normal_cdf(p: f64) -> f64 {
    const A: [f64; 6] = [
        -3.969_683_028_665_376e1,
        2.209_460_984_245_205e2,
        -2.759_285_104_469_687e2,
        1.383_577_518_672_69e2,
        -3.066_479_806_614_716e1,
        2.506_628_277_459_239,
    ];
    const B: [f64; 5] = [
        -5.447_609_879_822_406e1,
        1.615_858_368_580_409e2,
        -1.556_989_798_598_866e2,
        6.680_131_188_771_972e1,
        -1.328_068_155_288_572e1,
    ];
    const C: [f64; 6] = [
        -7.784_894_002_430_293e-3,
        -3.223_964_580_411_365e-1,
        -2.400_758_277_161_838,
        -2.549_732_539_343_734,
        4.374_664_141_464_968,
        2.938_163_982_698_783,
    ];
    const D: [f64; 4] = [
        7.784_695_709_041_462e-3,
        3.224_671_290_700_398e-1,
        2.445_134_137_142_996,
        3.754_408_661_907_416,
    ];
    let p = if p.is_finite() {
        clamp(p, 1e-300, 1.0 - 1e-16)
    } else {
        0.5
    };
    let low = 0.024_25;
    if p < low {
        let q = (-2.0 * p.ln()).sqrt();
        (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
            / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1.0)
    } else if p <= 1.0 - low {
        let q = p - 0.5;
        let r = q * q;
        (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
            / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1.0)
    } else {
        let q = (-2.0 * (1.0 - p).ln()).sqrt();
        -(((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
            / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_sequence_is_stable() {
        // Pinned output: a change here silently changes every shared link's population.
        let mut rng = Rng::seed_from(42);
        let first: Vec<u64> = (0..3).map(|_| rng.next_u64()).collect();
        let mut again = Rng::seed_from(42);
        assert_eq!(first, (0..3).map(|_| again.next_u64()).collect::<Vec<_>>());
        assert_ne!(Rng::seed_from(0).next_u64(), Rng::seed_from(1).next_u64());
        assert_ne!(Rng::seed_from(0).state, [0; 4]);
    }

    #[test]
    fn uniforms_are_in_range_and_centred() {
        let mut rng = Rng::seed_from(7);
        let n = 100_000;
        let mut sum = 0.0;
        for _ in 0..n {
            let u = rng.next_f64();
            assert!((0.0..1.0).contains(&u));
            sum += u;
        }
        assert!((sum / n as f64 - 0.5).abs() < 0.01);
    }

    #[test]
    fn inverse_normal_matches_known_quantiles() {
        assert!(inverse_normal_cdf(0.5).abs() < 1e-9);
        assert!((inverse_normal_cdf(0.975) - 1.959_963_984_540_054).abs() < 1e-8);
        assert!((inverse_normal_cdf(0.001) + 3.090_232_306_167_813_5).abs() < 1e-8);
        assert!(inverse_normal_cdf(f64::NAN).is_finite());
        assert!(inverse_normal_cdf(0.0).is_finite() && inverse_normal_cdf(1.0).is_finite());
    }

    #[test]
    fn table_normal_has_unit_moments() {
        let table = QuantileTable::standard_normal();
        let mut rng = Rng::seed_from(3);
        let n = 400_000;
        let (mut s1, mut s2) = (0.0, 0.0);
        for _ in 0..n {
            let z = table.sample(rng.next_u64() as u32) as f64;
            s1 += z;
            s2 += z * z;
        }
        let mean = s1 / n as f64;
        let var = s2 / n as f64 - mean * mean;
        assert!(mean.abs() < 0.01, "{mean}");
        assert!((var - 1.0).abs() < 0.02, "{var}");
        assert!(table.sample(0) < -3.5 && table.sample(u32::MAX) > 3.5);
        let mut box_muller = Rng::seed_from(5);
        assert!((0..1000).map(|_| box_muller.normal()).all(f64::is_finite));
    }

    #[test]
    fn sqrt_uniform_normal_table_matches_simulation() {
        // Var(√U·Z) = E[U] = 1/2; compare table draws with direct simulation.
        let table = QuantileTable::sqrt_uniform_normal();
        let mut rng = Rng::seed_from(9);
        let n = 400_000;
        let (mut s2, mut direct2, mut above, mut direct_above) = (0.0, 0.0, 0, 0);
        for _ in 0..n {
            let w = table.sample(rng.next_u64() as u32) as f64;
            let direct = rng.next_f64().sqrt() * rng.normal();
            s2 += w * w;
            direct2 += direct * direct;
            above += (w > 1.0) as u32;
            direct_above += (direct > 1.0) as u32;
        }
        assert!((s2 / n as f64 - 0.5).abs() < 0.01, "{}", s2 / n as f64);
        assert!((direct2 / n as f64 - 0.5).abs() < 0.01);
        let (p, q) = (above as f64 / n as f64, direct_above as f64 / n as f64);
        assert!((p - q).abs() < 0.003, "{p} {q}");
        // Exact tail: P(W > 1) = 1 − F(1).
        assert!((p - (1.0 - sqrt_uniform_normal_cdf_upper(1.0))).abs() < 0.002);
        assert!(table.sample(u32::MAX / 2).abs() < 1e-3);
        assert_eq!(
            inverse_sqrt_uniform_normal_cdf(0.3),
            -inverse_sqrt_uniform_normal_cdf(0.7)
        );
    }
}
