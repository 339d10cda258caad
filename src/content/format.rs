//! Numbers as a Chinese or an English reader expects them: 43万 / 430,000, 20.69亿美元 /
//! $2.07 billion, a true minus sign (U+2212), and bounds that never read as exact values.
//! Every function is total: NaN and ±inf give "—", nothing panics.

use super::facts::{Bound, Fact, Unit};
use super::Lang;

/// What a number that cannot be shown reads as.
pub const MISSING: &str = "—";
/// The minus sign used everywhere (not the hyphen).
pub const MINUS: char = '\u{2212}';

/// `abs` rounded to at most `max_decimals` decimals, thousands grouped with commas, trailing
/// zeros trimmed. `None` when not finite.
fn grouped_magnitude(abs: f64, max_decimals: u8) -> Option<String> {
    if !abs.is_finite() {
        return None;
    }
    let abs = abs.abs();
    let mut decimals = i32::from(max_decimals.min(9));
    let mut scaled = (abs * 10f64.powi(decimals)).round();
    // Huge values: give up decimals rather than overflow to infinity.
    while !scaled.is_finite() && decimals > 0 {
        decimals -= 1;
        scaled = (abs * 10f64.powi(decimals)).round();
    }
    if !scaled.is_finite() {
        return None;
    }
    let digits = crate::decimal::fixed(scaled, 0);
    let d = decimals as usize;
    let padded = if digits.len() <= d {
        format!("{}{digits}", "0".repeat(d + 1 - digits.len()))
    } else {
        digits
    };
    let (int_part, frac_part) = padded.split_at(padded.len() - d);
    let frac_part = frac_part.trim_end_matches('0');
    let mut out = String::with_capacity(int_part.len() + int_part.len() / 3 + frac_part.len() + 1);
    for (i, digit) in int_part.chars().enumerate() {
        if i > 0 && (int_part.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    if !frac_part.is_empty() {
        out.push('.');
        out.push_str(frac_part);
    }
    Some(out)
}

fn is_zero_text(text: &str) -> bool {
    !text.bytes().any(|b| (b'1'..=b'9').contains(&b))
}

/// Prefixes the minus sign when `value` is negative and the shown magnitude is not zero.
fn with_sign(value: f64, body: String, shown: &str, plus: bool) -> String {
    if is_zero_text(shown) {
        body
    } else if value < 0.0 {
        format!("{MINUS}{body}")
    } else if plus {
        format!("+{body}")
    } else {
        body
    }
}

/// `value` rounded to at most `max_decimals`, grouped, followed by `unit`, with its sign (and
/// `+` for a positive one when `plus`).
fn number_with(value: f64, max_decimals: u8, unit: &str, plus: bool) -> String {
    match grouped_magnitude(value, max_decimals) {
        Some(body) => with_sign(value, format!("{body}{unit}"), &body, plus),
        None => MISSING.to_string(),
    }
}

/// A plain number: `1,234.5`, `−0.25`, `0`. For slider readouts and table cells.
pub fn format_number(value: f64, max_decimals: u8) -> String {
    number_with(value, max_decimals, "", false)
}

/// A level in percent: `9%`, `68%`, `0.5%`.
pub fn format_percent(value: f64, max_decimals: u8) -> String {
    number_with(value, max_decimals, "%", false)
}

/// A move in percent, always signed: `−12.81%`, `+0.5%`, `0%`.
pub fn format_percent_change(value: f64) -> String {
    number_with(value, 2, "%", true)
}

/// A leverage multiple for sliders: `1x`, `2.5x`, `125x`.
pub fn format_leverage(multiple: f64) -> String {
    number_with(multiple, 1, "x", false)
}

/// A leverage multiple inside a sentence: `20倍` in Chinese prose, `20x` in English.
pub fn format_leverage_in(multiple: f64, lang: Lang) -> String {
    let text = format_leverage(multiple);
    match lang.rendered() {
        Lang::Zh if text.ends_with('x') => format!("{}倍", text.trim_end_matches('x')),
        _ => text,
    }
}

/// Whole dollars for sliders and model readouts, never scaled: `$73,243` / `73,243美元`.
pub fn format_usd_plain(value: f64, lang: Lang) -> String {
    let Some(body) = grouped_magnitude(value, 0) else {
        return MISSING.to_string();
    };
    with_sign(value, dollars(&body, lang), &body, false)
}

/// `$body` / `body美元`.
fn dollars(body: &str, lang: Lang) -> String {
    match lang.rendered() {
        Lang::Zh => format!("{body}美元"),
        Lang::En => format!("${body}"),
    }
}

/// A fraction as a level in percent: `format_share(0.0964, 2)` is `9.64%`.
pub fn format_share(fraction: f64, max_decimals: u8) -> String {
    format_percent(fraction * 100.0, max_decimals)
}

/// A fraction as a signed move: `−9.64%`, `+9.56%`.
pub fn format_change(fraction: f64) -> String {
    format_percent_change(fraction * 100.0)
}

/// Decimals for prices near `reference`: bitcoin to 0.1 (BTCUSDT's tick, `$66,183.4`), coins
/// worth dollars to cents (`$2,089.55`, `$1.34`), coins worth cents to four places (`$0.0985`).
fn price_decimals(reference: f64) -> u8 {
    match reference.abs() {
        r if r >= 10_000.0 => 1,
        r if r >= 1.0 => 2,
        _ => 4,
    }
}

/// A dollar price shown to the decimals that suit prices near `reference`.
pub fn format_price(value: f64, reference: f64, lang: Lang) -> String {
    let body = format_number(value.abs(), price_decimals(reference));
    with_sign(value, dollars(&body, lang), &body, false)
}

/// A price difference with its sign: `+$101.5`, `−$0.45`.
pub fn format_signed_price(value: f64, reference: f64, lang: Lang) -> String {
    let body = format_number(value.abs(), price_decimals(reference));
    with_sign(value, dollars(&body, lang), &body, true)
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// English amount: grouped below a million, then `1.2 million`, `2.07 billion`, `1.27 trillion`
/// (two decimals at most, carrying into the next word: 999,999,999 is `1 billion`).
/// `compact` gives `1.2m`, `2.07bn`, `1.27tn` for chart labels.
fn en_amount(abs: f64, compact: bool) -> Option<String> {
    if !abs.is_finite() {
        return None;
    }
    const SCALES: [(f64, &str, &str); 3] = [
        (1e6, "million", "m"),
        (1e9, "billion", "bn"),
        (1e12, "trillion", "tn"),
    ];
    if round2(abs) < 1e6 {
        return grouped_magnitude(abs, 2);
    }
    let mut index = SCALES
        .iter()
        .rposition(|&(s, _, _)| round2(abs) >= s)
        .unwrap_or(0);
    let mut n = round2(abs / SCALES[index].0);
    if n >= 1000.0 && index + 1 < SCALES.len() {
        index += 1;
        n = round2(abs / SCALES[index].0);
    }
    let (_, word, short) = SCALES[index];
    let number = grouped_magnitude(n, 2)?;
    Some(if compact {
        format!("{number}{short}")
    } else {
        format!("{number} {word}")
    })
}

/// Chinese amount: 万 and 亿 as a reader writes them. From 1亿 up the value is scaled (two
/// decimals, carrying 亿 into 万亿); from 100万 up it is written in 万 (4,445.83万); between 1万
/// and 100万 in 万 only when that is exact to two decimals (43万), else in full (108,435;
/// 63,860.8), so prices keep their digits.
fn zh_amount(abs: f64) -> Option<String> {
    if !abs.is_finite() {
        return None;
    }
    let rounded = round2(abs);
    if rounded >= 1e8 {
        let (mut scale, mut suffix) = if rounded >= 1e12 {
            (1e12, "万亿")
        } else {
            (1e8, "亿")
        };
        let mut n = round2(abs / scale);
        if n >= 10_000.0 && scale < 1e12 {
            scale = 1e12;
            suffix = "万亿";
            n = round2(abs / scale);
        }
        return Some(format!("{}{suffix}", grouped_magnitude(n, 2)?));
    }
    // From a million up a desk writes 万 to two decimals (4,445.83万), never eight digits.
    if rounded >= 1e6 {
        return Some(format!("{}万", grouped_magnitude(abs / 1e4, 2)?));
    }
    if rounded >= 1e4 {
        let n = abs / 1e4;
        if (n - round2(n)).abs() <= 1e-9 * n.max(1.0) && round2(n) < 10_000.0 {
            return Some(format!("{}万", grouped_magnitude(n, 2)?));
        }
    }
    grouped_magnitude(abs, 2)
}

/// Whether a value is written for a paragraph or squeezed into a chart label.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Style {
    Normal,
    Short,
}

/// The magnitude of `value` in `unit`, without sign or bound words.
fn magnitude(abs: f64, unit: Unit, lang: Lang, style: Style) -> Option<String> {
    let compact = style == Style::Short;
    Some(match (unit, lang.rendered()) {
        (Unit::Usd, Lang::Zh) => format!("{}美元", zh_amount(abs)?),
        (Unit::Usd, Lang::En) => format!("${}", en_amount(abs, compact)?),
        (Unit::Cny, Lang::Zh) => format!("{}元人民币", zh_amount(abs)?),
        (Unit::Cny, Lang::En) => format!("¥{}", en_amount(abs, compact)?),
        (Unit::UsdPerBarrel, Lang::Zh) if compact => format!("{}美元", zh_amount(abs)?),
        (Unit::UsdPerBarrel, Lang::Zh) => format!("每桶{}美元", zh_amount(abs)?),
        (Unit::UsdPerBarrel, Lang::En) if compact => format!("${}", en_amount(abs, true)?),
        (Unit::UsdPerBarrel, Lang::En) => format!("${} a barrel", en_amount(abs, false)?),
        (Unit::Btc, Lang::Zh) if compact => format!("{}枚", zh_amount(abs)?),
        (Unit::Btc, Lang::Zh) => format!("{}枚比特币", zh_amount(abs)?),
        (Unit::Btc, Lang::En) => format!("{} BTC", en_amount(abs, compact)?),
        (Unit::Count, Lang::Zh) => zh_amount(abs)?,
        (Unit::Count, Lang::En) => en_amount(abs, compact)?,
        (Unit::PercentChange | Unit::Percent | Unit::Probability, _) => {
            format!("{}%", grouped_magnitude(abs, 2)?)
        }
        (Unit::IndexScore, _) => grouped_magnitude(abs, 1)?,
        (Unit::Days, Lang::Zh) => format!("{}天", grouped_magnitude(abs, 1)?),
        (Unit::Days, Lang::En) => {
            let n = grouped_magnitude(abs, 1)?;
            if n == "1" {
                "1 day".to_string()
            } else {
                format!("{n} days")
            }
        }
    })
}

/// A value in a unit, signed, no bound words: `−12.81%`, `63,860.8美元`, `$1.27 trillion`.
pub fn format_value(value: f64, unit: Unit, lang: Lang) -> String {
    value_text(value, unit, lang, Style::Normal)
}

fn value_text(value: f64, unit: Unit, lang: Lang, style: Style) -> String {
    let Some(body) = magnitude(value.abs(), unit, lang, style) else {
        return MISSING.to_string();
    };
    let shown = body.clone();
    with_sign(value, body, &shown, unit == Unit::PercentChange)
}

/// The words a bound takes before a figure. Chinese market writing uses the short forms: 逾 for
/// head counts (逾43万人), 超 for amounts and moves (超8亿美元, 跌超22%), 约, 不足.
fn bound_words(bound: Bound, unit: Unit, lang: Lang) -> &'static str {
    match (bound, lang.rendered()) {
        (Bound::Exact, _) => "",
        (Bound::MoreThan, Lang::Zh) if unit == Unit::Count => "逾",
        (Bound::MoreThan, Lang::Zh) => "超",
        (Bound::MoreThan, Lang::En) => "more than ",
        (Bound::About, Lang::Zh) => "约",
        (Bound::About, Lang::En) => "about ",
        (Bound::LessThan, Lang::Zh) => "不足",
        (Bound::LessThan, Lang::En) => "under ",
    }
}

/// A Chinese move in words, never with a sign: 跌12.81%, 涨0.4%, 跌超22%. Chinese readers see
/// "+" as a rise and "−" inside a sentence reads as a double negative after 跌.
fn zh_move(fact: &Fact, style: Style) -> String {
    let verb = if fact.value < 0.0 {
        "跌"
    } else if fact.value > 0.0 {
        "涨"
    } else {
        ""
    };
    let body = magnitude(fact.value.abs(), fact.unit, Lang::Zh, style)
        .unwrap_or_else(|| MISSING.to_string());
    format!(
        "{verb}{}{body}",
        bound_words(fact.bound, fact.unit, Lang::Zh)
    )
}

/// The figure on its own, as in a data table: `−12.81%`, `超过43万`, `more than $800 million`.
/// A bounded move carries its direction in words (`down more than 22%`, `下跌超过22%`) because
/// "more than −22%" would be ambiguous.
pub fn format_fact(fact: &Fact, lang: Lang) -> String {
    if !fact.value.is_finite() {
        return MISSING.to_string();
    }
    if fact.unit == Unit::PercentChange && lang.rendered() == Lang::Zh {
        return zh_move(fact, Style::Normal);
    }
    if fact.unit == Unit::PercentChange && fact.bound != Bound::Exact {
        let direction = match (fact.value < 0.0, fact.value > 0.0) {
            (true, _) => "down ",
            (_, true) => "up ",
            _ => "",
        };
        let body = value_text(fact.value.abs(), fact.unit, lang, Style::Normal);
        let body = body.trim_start_matches('+');
        return format!(
            "{direction}{}{body}",
            bound_words(fact.bound, fact.unit, lang)
        );
    }
    format!(
        "{}{}",
        bound_words(fact.bound, fact.unit, lang),
        value_text(fact.value, fact.unit, lang, Style::Normal)
    )
}

/// The figure inside a sentence that supplies its own verb ("fell …", "下跌…"): moves lose
/// their sign, bounds keep their words. `12.81%`, `more than 22%`, `超过43万`, `约60%`.
pub fn format_fact_prose(fact: &Fact, lang: Lang) -> String {
    if !fact.value.is_finite() {
        return MISSING.to_string();
    }
    let value = if fact.unit == Unit::PercentChange {
        fact.value.abs()
    } else {
        fact.value
    };
    let body = value_text(value, fact.unit, lang, Style::Normal);
    format!(
        "{}{}",
        bound_words(fact.bound, fact.unit, lang),
        body.trim_start_matches('+')
    )
}

/// A chart label: compact, with the bound as a symbol in English (`−19%+`, `$800m+`, `≈$562m`,
/// `<$40,000`) and in words in Chinese, where a trailing "+" would read as a rise (`跌超19%`,
/// `逾43万`, `超8亿美元`, `约5.62亿美元`, `不足4万美元`). Moves are signed in English and
/// worded in Chinese (`跌12.81%`).
pub fn format_fact_short(fact: &Fact, lang: Lang) -> String {
    let body = value_text(fact.value, fact.unit, lang, Style::Short);
    if body == MISSING || !fact.value.is_finite() {
        return MISSING.to_string();
    }
    match (fact.bound, lang.rendered()) {
        // A Chinese chart of moves reads 跌12.81% beside 跌超22%, as a desk labels it.
        (_, Lang::Zh) if fact.unit == Unit::PercentChange => zh_move(fact, Style::Short),
        (Bound::Exact, _) => body,
        (_, Lang::Zh) => format!("{}{body}", bound_words(fact.bound, fact.unit, lang)),
        (Bound::MoreThan, Lang::En) => format!("{body}+"),
        (Bound::About, Lang::En) => format!("≈{body}"),
        (Bound::LessThan, Lang::En) => format!("<{body}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prices_shares_and_changes() {
        assert_eq!(format_price(66_183.43, 73_000.0, Lang::En), "$66,183.4");
        assert_eq!(format_price(66_183.43, 73_000.0, Lang::Zh), "66,183.4美元");
        assert_eq!(format_price(2_089.552, 2_000.0, Lang::En), "$2,089.55");
        assert_eq!(format_price(1.340_03, 2.0, Lang::En), "$1.34");
        assert_eq!(format_price(0.098_51, 0.0985, Lang::En), "$0.0985");
        assert_eq!(format_price(f64::NAN, 1.0, Lang::En), "$—");
        assert_eq!(format_signed_price(101.49, 73_000.0, Lang::En), "+$101.5");
        assert_eq!(format_signed_price(-0.001, 2.0, Lang::En), "$0");
        assert_eq!(
            format_signed_price(-366.2, 73_000.0, Lang::Zh),
            "\u{2212}366.2美元"
        );
        assert_eq!(format_share(0.096_385, 2), "9.64%");
        assert_eq!(format_share(0.004, 2), "0.4%");
        assert_eq!(format_change(-0.096_385), "\u{2212}9.64%");
        assert_eq!(format_change(0.0956), "+9.56%");
    }

    use crate::content::facts::{fact, FactId};

    const M: char = MINUS;

    #[test]
    fn leverage_in_a_sentence_is_bei_in_chinese() {
        assert_eq!(format_leverage_in(20.0, Lang::Zh), "20倍");
        assert_eq!(format_leverage_in(5.56, Lang::Zh), "5.6倍");
        assert_eq!(format_leverage_in(20.0, Lang::En), "20x");
        assert_eq!(format_leverage_in(f64::NAN, Lang::Zh), MISSING);
    }

    #[test]
    fn plain_numbers_group_round_and_sign() {
        assert_eq!(format_number(0.0, 2), "0");
        assert_eq!(format_number(-0.0, 2), "0");
        assert_eq!(format_number(-0.001, 2), "0");
        assert_eq!(format_number(1234.5, 2), "1,234.5");
        assert_eq!(format_number(-1234.5, 0), format!("{M}1,235"));
        assert_eq!(format_number(999_999.9, 0), "1,000,000");
        assert_eq!(format_number(999_999.9, 1), "999,999.9");
        assert_eq!(format_number(0.05, 1), "0.1");
        assert_eq!(format_number(100.0, 2), "100");
        assert_eq!(format_number(f64::NAN, 2), MISSING);
        assert_eq!(format_number(f64::INFINITY, 2), MISSING);
        assert_eq!(format_number(f64::NEG_INFINITY, 0), MISSING);
        assert!(format_number(f64::MAX, 9).starts_with("179,769"));
        assert_eq!(format_number(1e-300, 2), "0");
    }

    #[test]
    fn slider_readouts() {
        assert_eq!(format_leverage(1.0), "1x");
        assert_eq!(format_leverage(2.5), "2.5x");
        assert_eq!(format_leverage(125.0), "125x");
        assert_eq!(format_leverage(f64::NAN), MISSING);
        assert_eq!(format_usd_plain(73_243.4, Lang::En), "$73,243");
        assert_eq!(format_usd_plain(73_243.4, Lang::Zh), "73,243美元");
        assert_eq!(format_usd_plain(-500.0, Lang::En), format!("{M}$500"));
        assert_eq!(format_usd_plain(0.0, Lang::En), "$0");
        assert_eq!(format_usd_plain(f64::INFINITY, Lang::Zh), MISSING);
        assert_eq!(format_percent(9.0, 1), "9%");
        assert_eq!(format_percent_change(-12.81), format!("{M}12.81%"));
        assert_eq!(format_percent_change(0.5), "+0.5%");
        assert_eq!(format_percent_change(0.0), "0%");
        assert_eq!(format_percent_change(-0.0001), "0%");
        assert_eq!(format_percent_change(f64::NAN), MISSING);
    }

    /// Checks `format_value` in `lang` against a table of value, unit and expected text.
    fn assert_values(lang: Lang, cases: &[(f64, Unit, &str)]) {
        for &(value, unit, expected) in cases {
            assert_eq!(
                format_value(value, unit, lang),
                expected,
                "{value} {unit:?} in {lang:?}"
            );
        }
    }

    #[test]
    fn chinese_amounts_use_wan_and_yi() {
        assert_values(
            Lang::Zh,
            &[
                (430_000.0, Unit::Count, "43万"),
                (2.069e9, Unit::Usd, "20.69亿美元"),
                (1.27e12, Unit::Usd, "1.27万亿美元"),
                (63_860.8, Unit::Usd, "63,860.8美元"),
                (108_435.0, Unit::Count, "108,435"),
                (46_000.0, Unit::Btc, "4.6万枚比特币"),
                (1.2e6, Unit::Usd, "120万美元"),
                (44_458_312.72, Unit::Usd, "4,445.83万美元"),
                (562e6, Unit::Usd, "5.62亿美元"),
                (14.4e9, Unit::Cny, "144亿元人民币"),
                (63.29, Unit::UsdPerBarrel, "每桶63.29美元"),
                (999_999.9, Unit::Count, "999,999.9"),
                (999_999_999_999.9, Unit::Usd, "1万亿美元"),
                (99_999_999.999, Unit::Count, "1亿"),
                (0.0, Unit::Usd, "0美元"),
                (-800e6, Unit::Usd, "\u{2212}8亿美元"),
                (f64::NAN, Unit::Usd, MISSING),
                (3.0, Unit::Days, "3天"),
            ],
        );
    }

    #[test]
    fn english_amounts_use_words_for_millions_and_up() {
        assert_values(
            Lang::En,
            &[
                (430_000.0, Unit::Count, "430,000"),
                (2.069e9, Unit::Usd, "$2.07 billion"),
                (1.27e12, Unit::Usd, "$1.27 trillion"),
                (63_860.8, Unit::Usd, "$63,860.8"),
                (1.2e6, Unit::Usd, "$1.2 million"),
                (12e9, Unit::Usd, "$12 billion"),
                (14.4e9, Unit::Cny, "¥14.4 billion"),
                (46_000.0, Unit::Btc, "46,000 BTC"),
                (67.55, Unit::UsdPerBarrel, "$67.55 a barrel"),
                (999_999.999, Unit::Usd, "$1 million"),
                (999_999_999.0, Unit::Usd, "$1 billion"),
                (1.0, Unit::Days, "1 day"),
                (3.0, Unit::Days, "3 days"),
                (-2.84, Unit::PercentChange, "\u{2212}2.84%"),
                (f64::NEG_INFINITY, Unit::Count, MISSING),
            ],
        );
        assert!(format_value(1e300, Unit::Usd, Lang::En).ends_with("trillion"));
    }

    #[test]
    fn facts_render_with_their_bounds() {
        type Format = fn(&Fact, Lang) -> String;
        let (full, prose, short): (Format, Format, Format) =
            (format_fact, format_fact_prose, format_fact_short);
        let cases = [
            (full, FactId::BtcAt0630, Lang::Zh, "63,860.8美元"),
            (full, FactId::BtcAt0630, Lang::En, "$63,860.8"),
            (full, FactId::BtcDay, Lang::En, "\u{2212}12.81%"),
            (prose, FactId::BtcDay, Lang::En, "12.81%"),
            (full, FactId::XrpDay, Lang::En, "down more than 22%"),
            (full, FactId::XrpDay, Lang::Zh, "跌超22%"),
            (prose, FactId::XrpDay, Lang::En, "more than 22%"),
            (prose, FactId::XrpDay, Lang::Zh, "超22%"),
            (short, FactId::SilverDay, Lang::Zh, "跌超19%"),
            (full, FactId::BtcDay, Lang::Zh, "跌12.81%"),
            (short, FactId::EtfOutTwoDays, Lang::Zh, "超8亿美元"),
            (short, FactId::SilverDay, Lang::En, "\u{2212}19%+"),
            (full, FactId::LiqTraders, Lang::Zh, "逾43万"),
            (full, FactId::LiqTraders, Lang::En, "more than 430,000"),
            (short, FactId::LiqTraders, Lang::En, "430,000+"),
            (short, FactId::LiqTraders, Lang::Zh, "逾43万"),
            (full, FactId::LiqUsd, Lang::En, "$2.07 billion"),
            (short, FactId::LiqUsd, Lang::En, "$2.07bn"),
            (full, FactId::LiqCny, Lang::Zh, "约144亿元人民币"),
            (
                full,
                FactId::EtfOutTwoDays,
                Lang::En,
                "more than $800 million",
            ),
            (short, FactId::EtfInMonday, Lang::En, "≈$562m"),
            (full, FactId::AccountAfter, Lang::Zh, "不足4万美元"),
            (full, FactId::AccountAfter, Lang::En, "under $40,000"),
            (short, FactId::AccountAfter, Lang::En, "<$40,000"),
            (full, FactId::Poly55kProb, Lang::En, "about 60%"),
            (full, FactId::WtiPrice, Lang::Zh, "每桶63.29美元"),
            (full, FactId::FearGreed, Lang::En, "10"),
        ];
        for (format, id, lang, expected) in cases {
            assert_eq!(format(fact(id), lang), expected, "{id:?} in {lang:?}");
        }
    }

    #[test]
    fn no_bounded_fact_ever_reads_as_exact() {
        for &id in FactId::ALL {
            let f = fact(id);
            for lang in Lang::ALL {
                let full = format_fact(f, lang);
                let prose = format_fact_prose(f, lang);
                let short = format_fact_short(f, lang);
                // Chinese carries the bound in words everywhere, charts included.
                let (words, mark) = match (f.bound, lang) {
                    (Bound::Exact, _) => continue,
                    (Bound::MoreThan, Lang::Zh) if f.unit == Unit::Count => ("逾", "逾"),
                    (Bound::MoreThan, Lang::Zh) => ("超", "超"),
                    (Bound::MoreThan, Lang::En) => ("more than", "+"),
                    (Bound::About, Lang::Zh) => ("约", "约"),
                    (Bound::About, Lang::En) => ("about", "≈"),
                    (Bound::LessThan, Lang::Zh) => ("不足", "不足"),
                    (Bound::LessThan, Lang::En) => ("under", "<"),
                };
                if lang == Lang::Zh {
                    // No sign inside Chinese words, and no "+" that reads as a rise.
                    for text in [&full, &prose, &short] {
                        assert!(
                            !text.contains('+') && !text.contains(MINUS),
                            "{id:?} {text}"
                        );
                    }
                }
                assert!(
                    full.contains(words) && prose.contains(words),
                    "{id:?} {full} / {prose}"
                );
                assert!(short.contains(mark), "{id:?} {short}");
            }
        }
    }

    #[test]
    fn non_finite_facts_show_a_dash() {
        let mut broken = *fact(FactId::BtcAt0630);
        for value in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            broken.value = value;
            broken.bound = Bound::MoreThan;
            for lang in Lang::ALL {
                assert_eq!(format_fact(&broken, lang), MISSING);
                assert_eq!(format_fact_prose(&broken, lang), MISSING);
                assert_eq!(format_fact_short(&broken, lang), MISSING);
            }
        }
    }
}
