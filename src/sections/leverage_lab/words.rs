//! What the lab says about an outcome, in the reader's language.

use std::rc::Rc;

use yew::prelude::*;

use crate::content::copy_labs::{self as copy, fill};
use crate::content::facts::{fact, FactId};
use crate::content::format::{
    format_fact, format_leverage, format_leverage_in, format_price, format_share,
    format_signed_price, MISSING,
};
use crate::content::time::TimeZoneChoice;
use crate::content::{Lang, Text};
use crate::model::liquidation::{Liquidation, Side, Verdict};
use crate::state::labs::{LeverageLabState, LEVERAGE_RANGE};

use super::mark_axis::AxisMark;
use super::outcome::{other_venue, venue_name, Outcome, RateOrigin};

/// What the lab says about an outcome, in the reader's language: the hints under the sliders,
/// the outputs, the comparison of the two exchanges' formulas and the price chart's marks.
pub(super) struct Words {
    pub(super) entry_hint: String,
    pub(super) rate_hint: String,
    pub(super) price_text: String,
    pub(super) verdict_text: Text,
    pub(super) verdict_class: Option<&'static str>,
    pub(super) fatal_value: String,
    pub(super) fatal_sentence: String,
    pub(super) compare: String,
    pub(super) compare_why: Text,
    pub(super) marks: Rc<[AxisMark]>,
    pub(super) summary: String,
    pub(super) limit_note: Option<String>,
}

pub(super) fn words(
    out: &Outcome,
    state: &LeverageLabState,
    lang: Lang,
    tz: TimeZoneChoice,
) -> Words {
    let start = out.start;
    let fmt_price = |value: f64| format_price(value, start, lang);
    // A long whose liquidation price would be at or below zero is never liquidated.
    let liquidation_text = |result: &Liquidation| {
        if result.price > 0.0 {
            fmt_price(result.price)
        } else {
            copy::NO_LIQUIDATION.get(lang).to_owned()
        }
    };
    let liq = out.liquidation;
    let venue = venue_name(state.venue).get(lang);
    let ticker = state.asset.ticker();
    let move_text = format_fact(copy::move_fact(state.asset), lang);
    let entry_hint = match copy::entry_price_fact(state.asset) {
        None => {
            let low = fact(FactId::BtcIntradayLow);
            fill(
                copy::ENTRY_HINT_USD.get(lang),
                &[
                    &fmt_price(start),
                    &format_fact(fact(FactId::BtcAt0630), lang),
                    &move_text,
                    &format_fact(low, lang),
                ],
            )
        }
        Some(price) => fill(
            copy::ENTRY_HINT_PRICED.get(lang),
            &[
                &format_fact(price, lang),
                &price.as_of.format(lang, tz),
                ticker,
                &move_text,
            ],
        ),
    };
    let rate_hint = match out.origin {
        RateOrigin::Table(_) => fill(
            copy::MMR_HINT_TABLE.get(lang),
            &[
                &format!("{venue} {ticker}USDT"),
                &(liq.tier.index + 1).to_string(),
            ],
        ),
        RateOrigin::Assumed => fill(
            copy::MMR_HINT_ASSUMED.get(lang),
            &[&format_share(copy::ASSUMED_MMR, 2)],
        ),
        RateOrigin::Own => copy::MMR_HINT_OWN.get(lang).to_owned(),
    };
    let price_text = liquidation_text(&liq);
    let (verdict_text, verdict_class) = match out.verdict {
        Verdict::Liquidated => (copy::VERDICT_LIQUIDATED, Some("verdict-liquidated")),
        Verdict::NoRoom => (copy::VERDICT_NO_ROOM, Some("verdict-liquidated")),
        Verdict::Survived => (copy::VERDICT_SURVIVED, Some("verdict-survived")),
        Verdict::SurvivedStatedMove => (copy::VERDICT_SURVIVED_STATED, None),
        Verdict::DependsOnEntryTime => (copy::VERDICT_DEPENDS, None),
    };
    let max_leverage = format_leverage_in(out.admission.max_leverage.min(LEVERAGE_RANGE.1), lang);
    let (fatal_value, fatal_sentence) = match out.fatal {
        Some(leverage) if leverage <= LEVERAGE_RANGE.0 => (
            format_leverage(leverage),
            fill(
                copy::FATAL_ALWAYS.get(lang),
                &[&format_leverage_in(leverage, lang)],
            ),
        ),
        Some(leverage) => {
            let template = if out.range.low_is_bound && state.side == Side::Long {
                copy::FATAL_ABOVE_BOUND
            } else {
                copy::FATAL_ABOVE
            };
            (
                format_leverage(leverage),
                fill(template.get(lang), &[&format_leverage_in(leverage, lang)]),
            )
        }
        None => (
            MISSING.to_owned(),
            fill(copy::FATAL_NONE.get(lang), &[&max_leverage]),
        ),
    };
    let other_name = venue_name(other_venue(state.venue)).get(lang);
    let gap = out.other.price - liq.price;
    let compare = fill(
        copy::COMPARE.get(lang),
        &[
            other_name,
            &liquidation_text(&out.other),
            &format_signed_price(gap, start, lang),
            &format_share(gap.abs() / out.entry, 2),
        ],
    );
    let compare_why = if liq.tier.mmr == out.other.tier.mmr {
        copy::COMPARE_WHY_SAME_RATE
    } else {
        copy::COMPARE_WHY
    };
    let low_label = if out.range.low_is_bound {
        copy::CHART_LOW_BOUND
    } else {
        copy::CHART_LOW
    };
    let with_unit =
        |text: Text, value: String| AttrValue::from(format!("{} {}", text.get(lang), value));
    let marks: Rc<[AxisMark]> = Rc::from(vec![
        AxisMark {
            value: out.entry,
            label: with_unit(copy::CHART_ENTRY, fmt_price(out.entry)),
            line_class: "chart-stem",
            label_class: "chart-label",
        },
        AxisMark {
            value: liq.price,
            label: with_unit(
                copy::CHART_LIQ,
                if liq.price > 0.0 {
                    price_text.clone()
                } else {
                    copy::NO_LIQUIDATION_SHORT.get(lang).to_owned()
                },
            ),
            line_class: "chart-ghost",
            label_class: "chart-change chart-down",
        },
        AxisMark {
            value: out.range.low,
            label: with_unit(low_label, fmt_price(out.range.low)),
            line_class: "chart-grid chart-grid--zero",
            label_class: "chart-label",
        },
        AxisMark {
            value: out.range.high,
            label: with_unit(copy::CHART_REFERENCE, fmt_price(out.range.high)),
            line_class: "chart-grid",
            label_class: "chart-tick-label",
        },
    ]);
    let summary = fill(
        copy::CHART_SUMMARY.get(lang),
        &[
            &fmt_price(out.entry),
            &price_text,
            &fmt_price(out.range.low),
            &fmt_price(out.range.high),
        ],
    );
    let limit_note = (!out.admission.allowed()).then(|| {
        fill(
            copy::LIMIT_NOTE.get(lang),
            &[
                venue,
                &format_leverage_in(out.admission.asked, lang),
                &format_leverage_in(out.admission.granted(), lang),
            ],
        )
    });
    Words {
        entry_hint,
        rate_hint,
        price_text,
        verdict_text,
        verdict_class,
        fatal_value,
        fatal_sentence,
        compare,
        compare_why,
        marks,
        summary,
        limit_note,
    }
}
