//! Number-to-text for SVG attributes and default tick labels. Pure; never prints NaN or "-0".

/// Coordinates beyond this are off any chart; clamping keeps a wild datum from writing a
/// 300-digit number into the markup.
const COORD_LIMIT: f64 = 1e7;

/// An SVG coordinate or length: rounded to 0.01 viewBox units (sub-pixel at any size), `0` for
/// non-finite input so a bad datum can never put "NaN" into the markup.
pub fn coord(value: f64) -> String {
    if !value.is_finite() {
        return "0".to_owned();
    }
    crate::decimal::trimmed(crate::decimal::clamp(value, -COORD_LIMIT, COORD_LIMIT), 2)
}

/// The font size of a chart's labels (style.css, `.chart-svg .chart-label`), for placing them.
pub const LABEL_SIZE: f64 = 13.0;

/// Whether a character is drawn full-width (CJK ideographs, kana, hangul, full-width forms).
fn is_wide(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 | 0x20000..=0x3FFFD)
}

/// A generous estimate of the advance width of `text` at font `size`: 1 em for full-width
/// glyphs, 0.6 em for the rest (wider than most Latin glyphs, so boxes never come out short).
/// Labels are placed with it, so rendering needs no DOM.
pub fn text_width(text: &str, size: f64) -> f64 {
    text.chars()
        .map(|c| if is_wide(c) { 1.0 } else { 0.6 })
        .sum::<f64>()
        * size
}

/// d3's default linear tick format (`,f` at the step's precision): as many decimals as the tick
/// step needs, thousands grouped with commas and a true minus sign (U+2212), e.g. `−12.5`,
/// `1,000`. Non-finite values give an empty label.
pub fn tick_label(value: f64, step: f64) -> String {
    if !value.is_finite() {
        return String::new();
    }
    let step = step.abs();
    let decimals = if step.is_finite() && step > 0.0 {
        // The epsilon absorbs log10 results like −2.9999999999999996 for 0.001.
        crate::decimal::clamp(-(step.log10() + 1e-9).floor(), 0.0, 12.0) as usize
    } else {
        0
    };
    let text = crate::decimal::fixed(value.abs(), decimals);
    let (int, frac) = text
        .split_once('.')
        .map_or((text.as_str(), None), |(i, f)| (i, Some(f)));
    let mut out = String::with_capacity(text.len() + int.len() / 3 + 3);
    let negative = value < 0.0 && text.bytes().any(|b| (b'1'..=b'9').contains(&b));
    if negative {
        out.push('\u{2212}');
    }
    for (i, digit) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    if let Some(frac) = frac {
        out.push('.');
        out.push_str(frac);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coordinates_are_short_and_finite() {
        assert_eq!(coord(12.0), "12");
        assert_eq!(coord(0.1 + 0.2), "0.3");
        assert_eq!(coord(-0.001), "0");
        assert_eq!(coord(-7.12345), "-7.12");
        assert_eq!(coord(f64::NAN), "0");
        assert_eq!(coord(f64::NEG_INFINITY), "0");
        assert_eq!(coord(1e300), "10000000");
    }

    #[test]
    fn tick_labels_follow_the_step() {
        assert_eq!(tick_label(0.30000000000000004, 0.1), "0.3");
        assert_eq!(tick_label(-12.0, 2.0), "\u{2212}12");
        assert_eq!(tick_label(-2.5, 0.5), "\u{2212}2.5");
        assert_eq!(tick_label(1_250_000.0, 250_000.0), "1,250,000");
        assert_eq!(tick_label(0.001, 0.001), "0.001");
        assert_eq!(tick_label(-0.0, 1.0), "0");
        assert_eq!(tick_label(-0.0001, 0.1), "0.0");
        assert_eq!(tick_label(100.0, -20.0), "100");
        assert_eq!(tick_label(5.0, f64::NAN), "5");
        assert_eq!(tick_label(f64::INFINITY, 1.0), "");
        assert_eq!(tick_label(123.0, 1e-300), "123.000000000000");
    }
}
