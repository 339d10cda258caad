//! The one place fact records become chart data. Every chart, its "show the data" table and its
//! CSV download take the `Datum` list built here, so what a reader downloads is exactly what is
//! plotted, and each mark carries the same figure, bound and source as the prose.
//!
//! Pure: no yew components, no browser calls. `tests/ssr_sections.rs` checks every list against
//! the records.

use std::rc::Rc;

use crate::charts::Datum;
use crate::content::chart_copy::{self as copy, mark_label, ChartId};
use crate::content::facts::{fact, Bound, Fact, FactId};
use crate::content::format::{format_fact, format_fact_short, MINUS};
use crate::content::sources::Source;
use crate::content::story::{facts_in, render_in};
use crate::content::time::{Moment, TimeZoneChoice};
use crate::content::{ui, Lang, Text};

use FactId as F;

/// How a chart draws its data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChartKind {
    /// Horizontal bars of signed moves, grouped.
    HBar,
    /// Vertical columns of signed flows.
    VBar,
    /// Readings on a 0–100 scale.
    Gauge,
    /// Timestamped prices on a clock of the night (the lead graphic), drawn at build time.
    Clock,
}

pub fn chart_kind(id: ChartId) -> ChartKind {
    match id {
        ChartId::Moves | ChartId::MarginHikes => ChartKind::HBar,
        ChartId::EtfFlows => ChartKind::VBar,
        ChartId::Fear => ChartKind::Gauge,
        ChartId::NightClock => ChartKind::Clock,
    }
}

/// The records a chart plots, in order, with the group heading each sits under.
pub fn chart_marks(id: ChartId) -> &'static [(FactId, Option<Text>)] {
    use copy::{
        GROUP_CRYPTO as CRYPTO, GROUP_METALS as METALS, GROUP_OIL as OIL, GROUP_US_STOCKS as STOCKS,
    };
    match id {
        // Prices with a clock time, in order, then the rolling liquidation tallies listed
        // under the clock.
        ChartId::NightClock => &[
            (F::BtcAt0602Gmt, None),
            (F::BtcAt0916Et, None),
            (F::BtcAt0630, None),
            (F::BtcLowCoinGecko, None),
            (F::BtcAt1453EtFeb6, None),
            (F::LiqTraders, None),
            (F::LiqTradersBitPinas, None),
            (F::LiqTradersCoinsprobe, None),
        ],
        ChartId::Moves => &[
            (F::BtcDay, Some(CRYPTO)),
            (F::EthDay, Some(CRYPTO)),
            (F::XrpDay, Some(CRYPTO)),
            (F::SolDay, Some(CRYPTO)),
            (F::DogeDay, Some(CRYPTO)),
            (F::UsIndexesDay, Some(STOCKS)),
            (F::NasdaqDay, Some(STOCKS)),
            (F::AmznDay, Some(STOCKS)),
            (F::MsftDay, Some(STOCKS)),
            (F::TslaDay, Some(STOCKS)),
            (F::NvdaDay, Some(STOCKS)),
            (F::FactsetIntraday, Some(STOCKS)),
            (F::TriDay, Some(STOCKS)),
            (F::SilverDay, Some(METALS)),
            (F::GoldDay, Some(METALS)),
            (F::WtiDay, Some(OIL)),
            (F::BrentDay, Some(OIL)),
        ],
        ChartId::EtfFlows => &[(F::EtfInMonday, None), (F::EtfOutTwoDays, None)],
        ChartId::MarginHikes => &[(F::CmeGoldMargin, None), (F::CmeSilverMargin, None)],
        ChartId::Fear => &[(F::FearGreed, None), (F::AaiiBears, None)],
    }
}

/// Flows the article gives as an amount "out": plotted below zero.
pub fn is_outflow(id: FactId) -> bool {
    id == F::EtfOutTwoDays
}

/// Every record a chart shows anywhere: its marks and the facts named in its labels.
pub fn chart_facts(id: ChartId) -> Vec<FactId> {
    let mut out: Vec<FactId> = Vec::new();
    let mut push = |fact: FactId| {
        if !out.contains(&fact) {
            out.push(fact);
        }
    };
    for &(fact, _) in chart_marks(id) {
        push(fact);
        if let Some(label) = mark_label(fact) {
            facts_in(&label).into_iter().for_each(&mut push);
        }
    }
    out
}

/// `label` ("Source:", "来源：") followed by `text`, spaced as each language writes it.
pub fn labelled(label: Text, text: &str, lang: Lang) -> String {
    match lang.rendered() {
        Lang::Zh => format!("{}{text}", label.get(lang)),
        Lang::En => format!("{} {text}", label.get(lang).trim_end()),
    }
}

/// "As of" for figures that depend on when they were read (CoinGlass's rolling 24-hour totals).
pub fn as_of_note(fact: &Fact, lang: Lang, tz: TimeZoneChoice) -> Option<String> {
    matches!(fact.as_of, Moment::Trailing { .. })
        .then(|| labelled(ui::AS_OF, &fact.as_of.format(lang, tz), lang))
}

/// A fact's caveats for a table's note column: its own note and its "as of".
fn fact_note(fact: &Fact, lang: Lang, tz: TimeZoneChoice) -> Option<String> {
    let parts: Vec<String> = [
        fact.note.map(|n| n.get(lang).to_string()),
        as_of_note(fact, lang, tz),
    ]
    .into_iter()
    .flatten()
    .collect();
    (!parts.is_empty()).then(|| parts.join(copy::CLAUSE_SEPARATOR.get(lang)))
}

/// One record as a mark: the record's value (negated for an outflow), its short label, the
/// chart-label form of the figure (cards use the full form), its source, bound and caveats.
pub fn fact_datum(
    id: FactId,
    group: Option<Text>,
    lang: Lang,
    tz: TimeZoneChoice,
    full: bool,
) -> Datum {
    let record = fact(id);
    let label = match mark_label(id) {
        Some(label) => render_in(&label, lang, tz),
        None => record.label.get(lang).to_string(),
    };
    let mut display = if full {
        format_fact(record, lang)
    } else {
        format_fact_short(record, lang)
    };
    let mut value = record.value;
    if is_outflow(id) {
        value = -value;
        display = format!("{MINUS}{display}");
    }
    let mut datum = Datum::new(id.key(), label, value, display, record.source.name(lang));
    if let Some(group) = group {
        datum = datum.in_group(group.get(lang));
    }
    if record.bound == Bound::MoreThan {
        datum = datum.at_least();
    }
    if let Some(note) = fact_note(record, lang, tz) {
        datum = datum.with_note(note);
    }
    datum
}

/// The data of chart `id` in `lang`, clock times in `tz`.
pub fn chart_data(id: ChartId, lang: Lang, tz: TimeZoneChoice) -> Rc<[Datum]> {
    let clock = chart_kind(id) == ChartKind::Clock;
    chart_marks(id)
        .iter()
        .map(|&(id, group)| {
            let datum = fact_datum(id, group, lang, tz, clock);
            // The clock's table says when each reading was taken (a rolling total already
            // carries its "as of").
            let timed = clock && !matches!(fact(id).as_of, Moment::Trailing { .. });
            match timed.then(|| fact(id).as_of.format(lang, tz)) {
                Some(when) => {
                    let note = match &datum.note {
                        Some(note) => format!("{when}{}{note}", copy::CLAUSE_SEPARATOR.get(lang)),
                        None => when,
                    };
                    datum.with_note(note)
                }
                None => datum,
            }
        })
        .collect()
}

pub fn moves_data(lang: Lang) -> Rc<[Datum]> {
    chart_data(ChartId::Moves, lang, TimeZoneChoice::Beijing)
}

pub fn etf_flows_data(lang: Lang) -> Rc<[Datum]> {
    chart_data(ChartId::EtfFlows, lang, TimeZoneChoice::Beijing)
}

pub fn margin_hikes_data(lang: Lang) -> Rc<[Datum]> {
    chart_data(ChartId::MarginHikes, lang, TimeZoneChoice::Beijing)
}

pub fn fear_data(lang: Lang) -> Rc<[Datum]> {
    chart_data(ChartId::Fear, lang, TimeZoneChoice::Beijing)
}

/// The sources of a list of references, in order of first mention, named in `lang`.
fn source_names(sources: impl IntoIterator<Item = Source>, lang: Lang) -> String {
    let mut seen: Vec<Source> = Vec::new();
    for source in sources {
        if !seen.contains(&source) {
            seen.push(source);
        }
    }
    seen.iter()
        .map(|s| s.name(lang))
        .collect::<Vec<_>>()
        .join(copy::LIST_SEPARATOR.get(lang))
}

/// "Source: CoinGlass. As of: …" for a chart, naming each source once.
pub fn source_line(id: ChartId, lang: Lang, tz: TimeZoneChoice) -> String {
    let names = source_names(chart_facts(id).into_iter().map(|f| fact(f).source), lang);
    let mut line = labelled(ui::SOURCE, &names, lang);
    let mut as_of: Vec<String> = Vec::new();
    for f in chart_facts(id) {
        if let Some(note) = as_of_note(fact(f), lang, tz) {
            if !as_of.contains(&note) {
                as_of.push(note);
            }
        }
    }
    for note in as_of {
        line.push_str(copy::CLAUSE_SEPARATOR.get(lang));
        line.push_str(&note);
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cross_asset_chart_has_every_move_of_the_article() {
        let data = moves_data(Lang::En);
        let keys: Vec<&str> = data.iter().map(|d| d.key.as_str()).collect();
        for id in [
            F::BtcDay,
            F::EthDay,
            F::XrpDay,
            F::SolDay,
            F::DogeDay,
            F::NasdaqDay,
            F::UsIndexesDay,
            F::AmznDay,
            F::MsftDay,
            F::TslaDay,
            F::NvdaDay,
            F::FactsetIntraday,
            F::TriDay,
            F::SilverDay,
            F::GoldDay,
            F::WtiDay,
            F::BrentDay,
        ] {
            assert!(keys.contains(&id.key()), "{id:?}");
        }
        let xrp = data.iter().find(|d| d.key == "xrp_day").unwrap();
        assert!(xrp.lower_bound && xrp.display.ends_with('+'), "{xrp:?}");
        let btc = data.iter().find(|d| d.key == "btc_day").unwrap();
        assert!(!btc.lower_bound && btc.value == -12.81);
        assert_eq!(
            data.iter().filter(|d| d.group.is_some()).count(),
            data.len()
        );
    }

    #[test]
    fn outflows_are_plotted_below_zero_and_say_so() {
        let data = etf_flows_data(Lang::En);
        assert_eq!(data[0].value, 562e6);
        assert_eq!(data[1].value, -800e6);
        assert_eq!(data[1].display.as_str(), format!("{MINUS}$800m+"));
        assert!(data[1].lower_bound);
    }

    #[test]
    fn rolling_totals_carry_their_as_of_time() {
        let data = chart_data(ChartId::NightClock, Lang::Zh, TimeZoneChoice::Beijing);
        let liq = data.iter().find(|d| d.key == "liq_traders").unwrap();
        assert!(
            liq.note.as_deref().is_some_and(|n| n.contains("24小时")),
            "{liq:?}"
        );
        assert!(
            source_line(ChartId::NightClock, Lang::En, TimeZoneChoice::Beijing).contains("As of:")
        );
        assert!(!source_line(ChartId::Moves, Lang::En, TimeZoneChoice::Beijing).contains("As of:"));
    }

    #[test]
    fn the_clock_says_when_each_price_was_read_in_the_readers_clock() {
        let at = |tz| {
            chart_data(ChartId::NightClock, Lang::En, tz)
                .iter()
                .find(|d| d.key == "btc_0630")
                .and_then(|d| d.note.clone())
                .unwrap()
        };
        assert!(at(TimeZoneChoice::Beijing).contains("06:30 Beijing"));
        assert!(at(TimeZoneChoice::UsEastern).contains("17:30 ET"));
    }

    #[test]
    fn every_chart_has_data_and_a_source() {
        for id in ChartId::ALL {
            for lang in Lang::ALL {
                assert!(
                    !chart_data(id, lang, TimeZoneChoice::Beijing).is_empty(),
                    "{id:?}"
                );
                assert!(
                    source_line(id, lang, TimeZoneChoice::Beijing).len()
                        > ui::SOURCE.get(lang).len()
                );
            }
        }
    }
}
