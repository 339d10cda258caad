//! Decimal text to and from `f64` in a few hundred bytes of code.
//!
//! core's float printing (Grisu with a Dragon4 fallback) and parsing (Eisel–Lemire with a
//! 10 kB table of powers of five) are exact for every input, and together were about 6% of the
//! gzipped Wasm module. This page reads a handful of slider and URL values and prints figures
//! to a fixed number of decimals, so it does both with integer arithmetic instead:
//!
//! - [`parse`] is exact (correctly rounded) for up to 15 significant digits and exponents within
//!   ±22, which covers anything a reader types; beyond that it is within a few units in the last
//!   place, and the callers clamp the value anyway.
//! - [`fixed`] rounds half to even like `format!("{:.N}")`, and matches it digit for digit
//!   whenever `value × 10^N` is computed exactly; a value within one unit in the last place of
//!   a rounding boundary may round the other way. Beyond 10^18 only the leading 18 digits are
//!   kept.

/// `10^k` for `k = 0..=22`, every one exactly representable in an `f64`.
const POW10: [f64; 23] = {
    let mut table = [1.0; 23];
    let mut k = 1;
    while k < 23 {
        table[k] = table[k - 1] * 10.0;
        k += 1;
    }
    table
};

/// Integers below this are exact in an `f64` and fit an `i64` with room to spare.
const EXACT_INT: f64 = 9_007_199_254_740_992.0; // 2^53

/// A decimal number: optional sign, digits with at most one `.`, optional exponent (`e-3`).
/// `None` for anything else, including `inf` and `NaN` (the callers want finite numbers).
/// Huge exponents give ±infinity or zero, as `str::parse` does.
pub fn parse(text: &str) -> Option<f64> {
    let bytes = text.as_bytes();
    let (negative, rest) = match bytes.first() {
        Some(b'-') => (true, &bytes[1..]),
        Some(b'+') => (false, &bytes[1..]),
        _ => (false, bytes),
    };
    let mut mantissa: u64 = 0;
    let mut exponent: i32 = 0;
    let mut digits = 0;
    let mut seen_dot = false;
    let mut i = 0;
    while let Some(&byte) = rest.get(i) {
        match byte {
            b'0'..=b'9' => {
                digits += 1;
                if mantissa < 100_000_000_000_000_000 {
                    mantissa = mantissa * 10 + u64::from(byte - b'0');
                    exponent -= i32::from(seen_dot);
                } else {
                    // Digits past the 18th only scale the value.
                    exponent += i32::from(!seen_dot);
                }
            }
            b'.' if !seen_dot => seen_dot = true,
            b'e' | b'E' => break,
            _ => return None,
        }
        i += 1;
    }
    if digits == 0 {
        return None;
    }
    if i < rest.len() {
        exponent = exponent.saturating_add(parse_exponent(&rest[i + 1..])?);
    }
    let magnitude = scale(mantissa as f64, exponent);
    Some(if negative { -magnitude } else { magnitude })
}

/// The digits after `e`, with an optional sign; saturates far beyond any finite `f64`.
fn parse_exponent(bytes: &[u8]) -> Option<i32> {
    let (negative, digits) = match bytes.first() {
        Some(b'-') => (true, &bytes[1..]),
        Some(b'+') => (false, &bytes[1..]),
        _ => (false, bytes),
    };
    if digits.is_empty() {
        return None;
    }
    let mut value: i32 = 0;
    for &byte in digits {
        if !byte.is_ascii_digit() {
            return None;
        }
        value = (value * 10 + i32::from(byte - b'0')).min(100_000);
    }
    Some(if negative { -value } else { value })
}

/// `mantissa × 10^exponent`: one exact multiplication or division when the power is within
/// the table (Clinger's fast path: a single rounding, so the result is correctly rounded).
fn scale(mantissa: f64, exponent: i32) -> f64 {
    if mantissa == 0.0 {
        return 0.0;
    }
    let mut value = mantissa;
    let mut remaining = exponent.clamp(-400, 400);
    while remaining > 22 {
        value *= POW10[22];
        remaining -= 22;
    }
    while remaining < -22 {
        value /= POW10[22];
        remaining += 22;
    }
    if remaining >= 0 {
        value * POW10[remaining as usize]
    } else {
        value / POW10[(-remaining) as usize]
    }
}

/// `value` kept within `min..=max`, and NaN stays NaN, as `f64::clamp` does. Unlike it, this
/// never panics when data make the bounds cross or NaN (the result is then one of them). That
/// panic's message prints the bounds, which alone linked core's float printing (15 kB) into the
/// Wasm module.
pub fn clamp(value: f64, min: f64, max: f64) -> f64 {
    if value < min {
        min
    } else if value > max {
        max
    } else {
        value
    }
}

/// [`clamp`] for untrusted input: a non-finite `value` gives `fallback` instead.
pub fn clamp_or(value: f64, (min, max): (f64, f64), fallback: f64) -> f64 {
    if value.is_finite() {
        clamp(value, min, max)
    } else {
        fallback
    }
}

/// `value` with exactly `decimals` digits after the point (at most 15), like
/// `format!("{value:.decimals$}")`: a leading `-` for negatives that do not round to zero,
/// and no grouping. Non-finite values give an empty string.
pub fn fixed(value: f64, decimals: usize) -> String {
    if !value.is_finite() {
        return String::new();
    }
    let requested = decimals.min(15);
    let magnitude = value.abs();
    // Past 2^53 an f64 has no fractional digits left to show: compute fewer, pad with zeros.
    let mut decimals = requested;
    while decimals > 0 && magnitude * POW10[decimals] >= EXACT_INT {
        decimals -= 1;
    }
    let mut digits = integer_digits((magnitude * POW10[decimals]).round_ties_even());
    digits.push_str(&"0".repeat(requested - decimals));
    let decimals = requested;
    if digits.len() <= decimals {
        digits.insert_str(0, &"0".repeat(decimals + 1 - digits.len()));
    }
    let mut out = String::with_capacity(digits.len() + 2);
    if value < 0.0 && digits.bytes().any(|b| b != b'0') {
        out.push('-');
    }
    let point = digits.len() - decimals;
    out.push_str(&digits[..point]);
    if decimals > 0 {
        out.push('.');
        out.push_str(&digits[point..]);
    }
    out
}

/// [`fixed`] without trailing zeros after the point (`12.5`, not `12.500`; `3`, not `3.0`).
pub fn trimmed(value: f64, max_decimals: usize) -> String {
    let text = fixed(value, max_decimals);
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        text
    }
}

/// The decimal digits of a non-negative whole number. Below 2^53 they are exact; above, the
/// leading 18 digits are kept and the rest written as zeros.
fn integer_digits(whole: f64) -> String {
    let mut value = whole;
    let mut zeros = 0;
    while value >= 1e18 {
        value /= 10.0;
        zeros += 1;
    }
    let mut digits = (value.round() as u64).to_string();
    digits.push_str(&"0".repeat(zeros));
    digits
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clamp_never_panics_and_keeps_within_bounds() {
        assert_eq!(clamp(5.0, 0.0, 1.0), 1.0);
        assert_eq!(clamp(-5.0, 0.0, 1.0), 0.0);
        assert_eq!(clamp(0.25, 0.0, 1.0), 0.25);
        assert!(clamp(f64::NAN, 0.0, 1.0).is_nan());
        // Crossed or NaN bounds (say an account that started below zero): a bound, no panic.
        assert_eq!(clamp(0.5, 1.0, -1.0), 1.0);
        assert_eq!(clamp(2.0, 1.0, -1.0), -1.0);
        assert_eq!(clamp(0.5, f64::NAN, 1.0), 0.5);
        assert_eq!(clamp_or(f64::INFINITY, (0.0, 1.0), 0.5), 0.5);
        assert_eq!(clamp_or(f64::NAN, (0.0, 1.0), 0.5), 0.5);
        assert_eq!(clamp_or(2.0, (0.0, 1.0), 0.5), 1.0);
    }

    #[test]
    fn parses_what_readers_type_exactly() {
        for text in [
            "0",
            "12",
            "-3.5",
            "+7",
            "12.81",
            "0.1",
            ".5",
            "5.",
            "73243.26184195436",
            "1e3",
            "2.5E-3",
            "-0",
            "125",
            "0.000001",
            "999999999999999",
            "1e22",
            "1e-22",
            "00012.50",
        ] {
            assert_eq!(parse(text), text.parse::<f64>().ok(), "{text}");
        }
    }

    #[test]
    fn long_and_huge_inputs_stay_close_or_saturate() {
        let long = "3.14159265358979323846264338327950288";
        assert!((parse(long).unwrap() - std::f64::consts::PI).abs() < 1e-15);
        assert_eq!(parse("1e400"), Some(f64::INFINITY));
        assert_eq!(parse("-1e400"), Some(f64::NEG_INFINITY));
        assert_eq!(parse("1e-400"), Some(0.0));
        assert_eq!(parse("1e99999999999"), Some(f64::INFINITY));
        let digits = "9".repeat(400);
        assert_eq!(parse(&digits), Some(f64::INFINITY));
        assert!(
            (parse("123456789012345678901234").unwrap() / 1.2345678901234568e23 - 1.0).abs()
                < 1e-15
        );
    }

    #[test]
    fn rejects_what_is_not_a_decimal() {
        for text in [
            "", "-", "+", ".", "e5", "1e", "1e+", "1.2.3", "--1", "+-1", "1 ", " 1", "0x10", "inf",
            "NaN", "infinity", "1,000", "١٢", "1e5.5",
        ] {
            assert_eq!(parse(text), None, "{text:?}");
        }
    }

    #[test]
    fn fixed_matches_core_formatting() {
        let values = [
            0.0,
            -0.0,
            1.0,
            -1.0,
            0.5,
            1.5,
            2.5,
            -2.5,
            0.125,
            0.375,
            12.81,
            -12.81,
            0.1 + 0.2,
            1.005,
            73243.26184195436,
            63860.8,
            2.07e9,
            -0.0001,
            999.995,
            1e14 + 0.5,
            0.049999,
        ];
        for value in values {
            for decimals in 0..=6 {
                let core = format!("{value:.decimals$}");
                // The one intended difference: no "-0", "-0.00".
                let expected = match core.strip_prefix('-') {
                    Some(zero) if zero.bytes().all(|b| b == b'0' || b == b'.') => zero.to_owned(),
                    _ => core,
                };
                assert_eq!(fixed(value, decimals), expected, "{value} .{decimals}");
            }
        }
        assert_eq!(fixed(123.0, 12), "123.000000000000");
        assert_eq!(fixed(f64::NAN, 2), "");
        assert_eq!(fixed(f64::INFINITY, 0), "");
    }

    #[test]
    fn huge_values_keep_their_magnitude() {
        assert_eq!(fixed(2.4e12, 9), "2400000000000.000000000");
        assert_eq!(fixed(1e20, 2), "100000000000000000000.00");
        assert_eq!(fixed(-1e300, 0).len(), 302);
    }

    #[test]
    fn trimmed_drops_trailing_zeros() {
        assert_eq!(trimmed(12.5, 3), "12.5");
        assert_eq!(trimmed(3.0, 2), "3");
        assert_eq!(trimmed(-0.004, 2), "0");
        assert_eq!(trimmed(0.1 + 0.2, 9), "0.3");
        assert_eq!(trimmed(1e7, 2), "10000000");
    }
}
