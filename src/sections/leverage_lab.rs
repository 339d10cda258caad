//! The leverage lab: where an isolated perpetual position is liquidated, and whether the night
//! of 6 February reached that price.

use crate::decimal::clamp;
use std::rc::Rc;

use yew::prelude::*;

use crate::charts::axis::scale_ticks;
use crate::charts::format::{coord, text_width, LABEL_SIZE};
use crate::charts::{use_width, Axis, AxisOrient, LinearScale, View};
use crate::content::copy_labs::{self as copy, fill};
use crate::content::documents::{self as docs, Document};
use crate::content::facts::{fact, FactId};
use crate::content::format::{
    format_fact, format_leverage, format_leverage_in, format_number, format_usd_plain, MISSING,
};
use crate::content::time::TimeZoneChoice;
use crate::content::{Lang, SectionId, Text};
use crate::context::use_prefs;
use crate::model::assets::{Asset, NightRange};
use crate::model::liquidation::{
    admission, fatal_leverage, liquidation, tiers, verdict, Admission, Bracket, Liquidation,
    Maintenance, Position, Side, Venue, Verdict, BINANCE_BTCUSDT_2021_03_18,
    BYBIT_BTCUSDT_RISK_LIMITS,
};
use crate::state::labs::{
    param, parse, LeverageAction, LeverageLabState, ASSETS, LEVERAGE_RANGE, MMR_PERCENT_RANGE,
    SIDES, VENUES,
};
use crate::widgets::markup::{markup, Markup};
use crate::widgets::{Choice, Slider};

use super::lab_kit::{
    initial_state, leverage_slider, more_settings, use_unfolded, use_url_state, write_output_card,
    LabProps,
};

/// A `Choice`'s options: each variant's URL value with its label in the reader's language.
fn options<T>(
    table: &[(T, &'static str)],
    label: impl Fn(&T) -> String,
) -> Rc<[(AttrValue, AttrValue)]> {
    table
        .iter()
        .map(|(item, name)| (AttrValue::from(*name), AttrValue::from(label(item))))
        .collect()
}

impl Reducible for LeverageLabState {
    type Action = LeverageAction;

    fn reduce(self: Rc<Self>, action: LeverageAction) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}

/// An exchange's tier table with where it was published.
struct PublishedTable {
    brackets: &'static [Bracket],
    source: &'static Document,
}

const BINANCE_BTC: PublishedTable = PublishedTable {
    brackets: BINANCE_BTCUSDT_2021_03_18,
    source: &docs::BINANCE_TIERS,
};
const BYBIT_BTC: PublishedTable = PublishedTable {
    brackets: BYBIT_BTCUSDT_RISK_LIMITS,
    source: &docs::BYBIT_TIERS,
};

/// Where the maintenance rate came from, for the hint under its slider.
#[derive(Clone, Copy)]
enum RateOrigin {
    Table(&'static PublishedTable),
    Assumed,
    Own,
}

fn venue_name(venue: Venue) -> Text {
    match venue {
        Venue::Binance => copy::BINANCE,
        Venue::Bybit => copy::BYBIT,
    }
}

fn other_venue(venue: Venue) -> Venue {
    match venue {
        Venue::Binance => Venue::Bybit,
        Venue::Bybit => Venue::Binance,
    }
}

/// The exchange's published terms for a small position in this coin, or our stated assumption.
fn default_maintenance(asset: Asset, venue: Venue) -> (Maintenance, RateOrigin) {
    let table = match (asset, venue) {
        (Asset::Btc, Venue::Binance) => &BINANCE_BTC,
        (Asset::Btc, Venue::Bybit) => &BYBIT_BTC,
        _ => return (Maintenance::Flat(copy::ASSUMED_MMR), RateOrigin::Assumed),
    };
    (
        Maintenance::Tiered(table.brackets),
        RateOrigin::Table(table),
    )
}

fn maintenance_for(state: &LeverageLabState, venue: Venue) -> (Maintenance, RateOrigin) {
    match state.mmr_percent {
        Some(percent) => (Maintenance::Flat(percent / 100.0), RateOrigin::Own),
        None => default_maintenance(state.asset, venue),
    }
}

/// The entry slider's range and step: a fifth to three times the starting price (wide enough
/// for a price bought at last year's peak), on a round step a thousandth of its order of
/// magnitude (10 dollars for BTC, 1 for ETH, 0.001 for XRP).
fn entry_bounds(start: f64) -> (f64, f64, f64) {
    let step = 10f64.powf(start.log10().floor() - 3.0);
    (
        (start * 0.2 / step).floor() * step,
        (start * 3.0 / step).ceil() * step,
        step,
    )
}

/// Everything the lab shows, from its state and the article's figures.
struct Outcome {
    /// The price the entry starts at, which also sets how prices are rounded.
    start: f64,
    range: NightRange,
    entry: f64,
    entry_bounds: (f64, f64, f64),
    origin: RateOrigin,
    /// Whether the exchange opens the position at the leverage asked; results use what it gives.
    admission: Admission,
    liquidation: Liquidation,
    verdict: Verdict,
    fatal: Option<f64>,
    other: Liquidation,
}

/// The position at the leverage `venue` would give it under `maintenance`.
fn admitted(maintenance: Maintenance, position: Position) -> (Admission, Position) {
    let admission = admission(maintenance, position.notional, position.leverage);
    let leverage = admission.granted();
    (
        admission,
        Position {
            leverage,
            ..position
        },
    )
}

fn outcome(state: &LeverageLabState) -> Outcome {
    let night = copy::night_move(state.asset);
    let start = copy::default_entry(state.asset);
    let bounds = entry_bounds(start);
    let entry = state
        .entry
        .map_or(start, |entry| clamp(entry, bounds.0, bounds.1));
    let range = night.range(entry);
    let asked = Position {
        side: state.side,
        entry,
        leverage: state.leverage,
        notional: copy::LAB_NOTIONAL,
    };
    let (maintenance, origin) = maintenance_for(state, state.venue);
    let (admission, position) = admitted(maintenance, asked);
    let result = liquidation(state.venue, maintenance, position);
    let other_venue = other_venue(state.venue);
    let other_maintenance = maintenance_for(state, other_venue).0;
    let highest = admission.max_leverage.min(LEVERAGE_RANGE.1);
    Outcome {
        start,
        range,
        entry,
        entry_bounds: bounds,
        origin,
        admission,
        liquidation: result,
        verdict: verdict(&result, &range),
        fatal: fatal_leverage(state.venue, maintenance, position, &range, highest),
        other: liquidation(
            other_venue,
            other_maintenance,
            // At the leverage shown, so the gap is the formulas', not the caps'.
            admitted(other_maintenance, position).1,
        ),
    }
}

/// The answer to the opening question: the fall that liquidates a 20× bitcoin long on Binance.
fn guess_answer() -> Liquidation {
    let (maintenance, _) = default_maintenance(Asset::Btc, Venue::Binance);
    let position = Position {
        side: Side::Long,
        entry: copy::default_entry(Asset::Btc),
        leverage: copy::GUESS_LEVERAGE,
        notional: copy::LAB_NOTIONAL,
    };
    liquidation(Venue::Binance, maintenance, position)
}

#[function_component(LeverageGuess)]
fn leverage_guess() -> Html {
    let lang = use_prefs().lang;
    let guess = use_state_eq(|| copy::GUESS_START);
    let revealed = use_state_eq(|| false);
    let on_input = {
        let guess = guess.clone();
        Callback::from(move |value: f64| guess.set(value))
    };
    let on_reveal = {
        let revealed = revealed.clone();
        Callback::from(move |_: MouseEvent| revealed.set(true))
    };
    let guess_text = copy::percent(*guess / 100.0, 1);
    let answer = guess_answer();
    let answer_percent = answer.adverse_move() * 100.0;
    let answer_text = copy::percent(answer.adverse_move(), 2);
    let marks: Rc<[AxisMark]> = Rc::from(vec![
        AxisMark {
            value: *guess,
            label: format!("{} {guess_text}", copy::GUESS_MARK.get(lang)).into(),
            line_class: "chart-stem",
            label_class: "chart-label",
        },
        AxisMark {
            value: answer_percent,
            label: format!("{} {answer_text}", copy::ANSWER_MARK.get(lang)).into(),
            line_class: "chart-ghost",
            label_class: "chart-change chart-down",
        },
    ]);
    let percent_ticks =
        Callback::from(|value: f64| AttrValue::from(copy::percent(value / 100.0, 0)));
    html! {
        <div class="output-card lab-guess">
            <p><strong>{ fill(copy::GUESS_QUESTION.get(lang), &[&format_leverage_in(copy::GUESS_LEVERAGE, lang)]) }</strong></p>
            <Slider
                id="leverage-guess"
                label={copy::GUESS_LABEL.get(lang)}
                value={*guess}
                min={copy::GUESS_RANGE.0}
                max={copy::GUESS_RANGE.1}
                step={0.5}
                value_text={guess_text.clone()}
                on_input={on_input}
            />
            if *revealed {
                <p data-testid="guess-answer" aria-live="polite">{
                    fill(copy::GUESS_ANSWER.get(lang), &[
                        &guess_text,
                        &answer_text,
                        &copy::price(answer.price, answer.entry, lang),
                        &format_leverage_in(copy::GUESS_LEVERAGE, lang),
                        &copy::percent(1.0 / copy::GUESS_LEVERAGE, 0),
                    ])
                }</p>
                <MarkAxis
                    marks={marks}
                    band={(0.0, answer_percent)}
                    summary={fill(copy::GUESS_SUMMARY.get(lang), &[&guess_text, &answer_text])}
                    tick_format={percent_ticks}
                />
            } else {
                <button type="button" onclick={on_reveal}>{ copy::GUESS_REVEAL.get(lang) }</button>
            }
        </div>
    }
}

/// One labelled vertical mark on the price axis.
#[derive(Clone, PartialEq)]
struct AxisMark {
    value: f64,
    label: AttrValue,
    line_class: &'static str,
    label_class: &'static str,
}

#[derive(Properties, PartialEq)]
struct MarkAxisProps {
    /// Drawn top to bottom, one label row each, so labels never collide.
    marks: Rc<[AxisMark]>,
    /// A stretch of the axis to shade (the night's known range; the fall that liquidates).
    band: (f64, f64),
    /// What the picture shows, for screen readers.
    summary: AttrValue,
    /// Tick labels; plain numbers by default.
    #[prop_or_default]
    tick_format: Option<Callback<f64, AttrValue>>,
}

/// The chart's height; its width is its column's (`use_width`).
const AXIS_HEIGHT: f64 = 148.0;
/// One label row per mark, a little taller than the 13-unit labels so none touch.
const ROW_HEIGHT: f64 = 18.0;
const PLOT_TOP: f64 = 78.0;
const PLOT_BOTTOM: f64 = 124.0;

/// Labelled vertical marks over a shaded band on a horizontal value axis, laid out for its
/// column.
#[function_component(MarkAxis)]
fn mark_axis(props: &MarkAxisProps) -> Html {
    let container = use_node_ref();
    let view = View {
        width: use_width(container.clone()),
        height: AXIS_HEIGHT,
    };
    let values = props
        .marks
        .iter()
        .map(|mark| mark.value)
        .chain([props.band.0, props.band.1]);
    let (low, high) = values.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
        (lo.min(v), hi.max(v))
    });
    let pad = ((high - low) * 0.08).max(high.abs() * 0.005).max(1e-9);
    let scale = LinearScale::new(
        [(low - pad).max(0.0), high + pad],
        [12.0, view.width - 12.0],
    )
    .nice(4);
    let ticks = scale_ticks(&scale, 4, props.tick_format.as_ref());
    let marks = props.marks.iter().enumerate().map(|(row, mark)| {
        let x = scale.apply(mark.value);
        let y = ROW_HEIGHT * (row as f64 + 1.0);
        // Anchored inward when a centred label would leave the chart.
        let half = text_width(&mark.label, LABEL_SIZE) / 2.0;
        let anchor = if x - half < 0.0 {
            "start"
        } else if x + half > view.width {
            "end"
        } else {
            "middle"
        };
        html! {
            <g>
                <line class={mark.line_class} x1={coord(x)} x2={coord(x)} y1={coord(y + 3.0)} y2={coord(PLOT_BOTTOM)} />
                <text class={mark.label_class} x={coord(x)} y={coord(y)} text-anchor={anchor}>{ mark.label.clone() }</text>
            </g>
        }
    });
    let (band_from, band_to) = (scale.apply(props.band.0), scale.apply(props.band.1));
    html! {
        <div class="chart" ref={container}>
            <svg class="chart-svg" width={coord(view.width)} viewBox={format!("0 0 {} {}", coord(view.width), coord(view.height))}
                role="img" aria-label={props.summary.clone()}>
                <Axis orient={AxisOrient::Bottom} scale={scale} ticks={ticks} span={[PLOT_TOP, PLOT_BOTTOM]} {view} />
                <rect class="chart-track" x={coord(band_from.min(band_to))} y={coord(PLOT_TOP)}
                    width={coord((band_to - band_from).abs())} height={coord(PLOT_BOTTOM - PLOT_TOP)} />
                { for marks }
            </svg>
        </div>
    }
}

/// The tier table in use, with the row that applies marked.
fn tier_table(table: &PublishedTable, in_use: usize, lang: Lang) -> Html {
    let source = table.source;
    html! {
        <details class="lab-tiers">
            <summary>{ format!("{}{}{}", copy::TIERS_LABEL.get(lang), copy::COLON.get(lang), source.title.get(lang)) }</summary>
            { markup(|m| {
                m.open("table", &[("class", "chart-table")]).open("thead", &[]).open("tr", &[]);
                for head in [copy::TIER_HEAD_NOTIONAL, copy::TIER_HEAD_MAX, copy::TIER_HEAD_MMR, copy::TIER_HEAD_CUM] {
                    m.element("th", &[("scope", "col")], head.get(lang));
                }
                m.close("tr").close("thead").open("tbody", &[]);
                for tier in tiers(table.brackets) {
                    let in_use = tier.index == in_use;
                    m.open("tr", if in_use { &[("aria-current", "true")] } else { &[] })
                        .open("td", &[])
                        .text(&format!("{} – {}", format_number(tier.floor, 0), format_number(tier.cap, 0)));
                    if in_use {
                        m.element("strong", &[], copy::TIER_IN_USE.get(lang));
                    }
                    m.close("td")
                        .element("td", &[], &format_leverage(tier.max_leverage))
                        .element("td", &[], &copy::percent(tier.mmr, 2))
                        .element("td", &[], &format_number(tier.cum, 0))
                        .close("tr");
                }
                m.close("tbody").close("table");
            }) }
        </details>
    }
}

fn write_source_link(m: &mut Markup, source: &Document, lang: Lang) {
    m.element("a", &[("href", source.url)], source.title.get(lang));
}

/// Where the tier table (when one is in use) and the two formulas come from.
fn write_source_note(m: &mut Markup, origin: RateOrigin, lang: Lang) {
    m.open("p", &[("class", "source-note")]);
    if let RateOrigin::Table(table) = origin {
        m.text(copy::TIERS_LABEL.get(lang))
            .text(copy::COLON.get(lang));
        write_source_link(m, table.source, lang);
        m.text(copy::COMMA.get(lang))
            .text(&table.source.date_text(lang));
        if let Some(note) = table.source.note {
            m.text(copy::COMMA.get(lang)).text(note.get(lang));
        }
        m.text(copy::FULL_STOP.get(lang));
    }
    m.text(copy::FORMULAS_LABEL.get(lang))
        .text(copy::COLON.get(lang));
    write_source_link(m, &docs::BINANCE_FORMULA, lang);
    m.text(copy::LIST_SEPARATOR.get(lang));
    write_source_link(m, &docs::BYBIT_FORMULA, lang);
    m.text(copy::LIST_SEPARATOR.get(lang));
    write_source_link(m, &docs::BINANCE_LIQUIDATION_PROTOCOL, lang);
    m.text(copy::FULL_STOP.get(lang).trim_end()).close("p");
}

/// What the lab says about an outcome, in the reader's language: the hints under the sliders,
/// the outputs, the comparison of the two exchanges' formulas and the price chart's marks.
struct Words {
    entry_hint: String,
    rate_hint: String,
    price_text: String,
    verdict_text: Text,
    verdict_class: Option<&'static str>,
    fatal_value: String,
    fatal_sentence: String,
    compare: String,
    compare_why: Text,
    marks: Rc<[AxisMark]>,
    summary: String,
    limit_note: Option<String>,
}

fn words(out: &Outcome, state: &LeverageLabState, lang: Lang, tz: TimeZoneChoice) -> Words {
    let start = out.start;
    let fmt_price = |value: f64| copy::price(value, start, lang);
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
            &[&copy::percent(copy::ASSUMED_MMR, 2)],
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
            &copy::signed_price(gap, start, lang),
            &copy::percent(gap.abs() / out.entry, 2),
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

#[function_component(LeverageLab)]
pub fn leverage_lab(props: &LabProps) -> Html {
    let prefs = use_prefs();
    let lang = prefs.lang;
    let state = use_reducer_eq(|| initial_state::<LeverageLabState>(props));
    use_url_state(&*state);
    let unfolded = use_unfolded(state.secondary_tuned());
    let out = outcome(&state);
    let slug = SectionId::LeverageLab.slug();
    let title_id = format!("{slug}-title");
    let dispatch = |make: fn(f64) -> LeverageAction| {
        let state = state.clone();
        Callback::from(move |value: f64| state.dispatch(make(value)))
    };
    let choose = |table_action: fn(&str) -> Option<LeverageAction>| {
        let state = state.clone();
        Callback::from(move |value: AttrValue| {
            if let Some(action) = table_action(&value) {
                state.dispatch(action);
            }
        })
    };
    let on_default_rate = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(LeverageAction::TableMmr))
    };

    let start = out.start;
    let fmt_price = |value: f64| copy::price(value, start, lang);
    let liq = out.liquidation;
    let (entry_min, entry_max, entry_step) = out.entry_bounds;
    let said = words(&out, &state, lang, prefs.tz);

    html! {
        <>
            { markup(|m| {
                m.element("h2", &[("id", &title_id)], copy::LEV_TITLE.get(lang))
                    .open("div", &[("class", "prose")])
                    .element("p", &[], copy::LEV_INTRO.get(lang))
                    .close("div");
            }) }
            <LeverageGuess />
            <div class="lab-panel">
                // The main result, first: on a phone it sticks under the masthead while the
                // controls below it are in use (style.css, `.lab-result`).
                <div class="lab-result">
                    { markup(|m| {
                        write_output_card(m, copy::OUT_LIQ_PRICE.get(lang), "liq-price", &said.price_text);
                        let distance = copy::change((liq.price - out.entry) / out.entry);
                        write_output_card(m, copy::OUT_DISTANCE.get(lang), "liq-distance", &distance);
                    }) }
                </div>
                <div class="lab-controls">
                    <Choice
                        name="leverage-asset"
                        legend={copy::ASSET_LEGEND.get(lang)}
                        options={options(&ASSETS, |asset| asset.ticker().to_owned())}
                        selected={param(&ASSETS, &state.asset)}
                        on_select={choose(|v| parse(&ASSETS, v).map(LeverageAction::Asset))}
                    />
                    <Choice
                        name="leverage-side"
                        legend={copy::SIDE_LEGEND.get(lang)}
                        options={options(&SIDES, |side| match side {
                            Side::Long => copy::LONG.get(lang).to_owned(),
                            Side::Short => copy::SHORT.get(lang).to_owned(),
                        })}
                        selected={param(&SIDES, &state.side)}
                        on_select={choose(|v| parse(&SIDES, v).map(LeverageAction::Side))}
                    />
                    { leverage_slider(
                        "leverage-lev",
                        lang,
                        state.leverage,
                        &[1.0, 2.0, 3.0, 5.0, 10.0, 20.0, 25.0, 50.0, 75.0, 100.0, 125.0],
                        dispatch(LeverageAction::Leverage),
                    ) }
                    { more_settings(lang, unfolded, html! {
                        <>
                        <Choice
                            name="leverage-venue"
                            legend={copy::VENUE_LEGEND.get(lang)}
                            options={options(&VENUES, |venue| venue_name(*venue).get(lang).to_owned())}
                            selected={param(&VENUES, &state.venue)}
                            on_select={choose(|v| parse(&VENUES, v).map(LeverageAction::Venue))}
                        />
                        <Slider
                            id="leverage-entry"
                            label={copy::ENTRY_USD.get(lang)}
                            value={out.entry}
                            min={entry_min}
                            max={entry_max}
                            step={entry_step}
                            value_text={fmt_price(out.entry)}
                            on_input={dispatch(LeverageAction::Entry)}
                            number_input={true}
                            hint={said.entry_hint}
                        />
                        <Slider
                            id="leverage-mmr"
                            label={copy::MMR_LABEL.get(lang)}
                            value={liq.tier.mmr * 100.0}
                            min={MMR_PERCENT_RANGE.0}
                            max={MMR_PERCENT_RANGE.1}
                            step={0.05}
                            value_text={copy::percent(liq.tier.mmr, 2)}
                            on_input={dispatch(LeverageAction::MmrPercent)}
                            number_input={true}
                            hint={said.rate_hint}
                        />
                        if state.mmr_percent.is_some() {
                            <button type="button" onclick={on_default_rate}>{ copy::MMR_RESET.get(lang) }</button>
                        }
                        </>
                    }) }
                    <p class="assumptions">{ fill(copy::POSITION_NOTE.get(lang), &[&format_usd_plain(copy::LAB_NOTIONAL, lang)]) }</p>
                </div>
                <div class="lab-outputs">
                    { markup(|m| {
                        if let Some(note) = &said.limit_note {
                            m.element("p", &[("class", "lab-warning"), ("role", "status"), ("data-testid", "exchange-limit")], note);
                        }
                        let verdict_class = said.verdict_class.map_or("value".to_owned(), |c| format!("value {c}"));
                        m.open("div", &[("class", "output-card"), ("aria-live", "polite")])
                            .element("span", &[("class", "label")], copy::OUT_VERDICT.get(lang))
                            .element("span", &[("class", &verdict_class), ("data-testid", "verdict")], said.verdict_text.get(lang));
                        if out.verdict == Verdict::DependsOnEntryTime {
                            m.element("p", &[("class", "assumptions")], copy::DEPENDS_NOTE.get(lang));
                        } else if state.side == Side::Short {
                            m.element("p", &[("class", "assumptions")], copy::SHORT_NOTE.get(lang));
                        }
                        m.close("div")
                            .open("div", &[("class", "output-card")])
                            .element("span", &[("class", "label")], copy::OUT_FATAL.get(lang))
                            .element("span", &[("class", "value"), ("data-testid", "fatal-leverage")], &said.fatal_value)
                            .element("p", &[], &said.fatal_sentence)
                            .close("div");
                    }) }
                    <MarkAxis marks={said.marks} band={(out.range.low, out.range.high)} summary={said.summary} />
                    { markup(|m| {
                        m.element("p", &[("data-testid", "venue-compare")], &said.compare)
                            .element("p", &[("class", "assumptions")], said.compare_why.get(lang))
                            .element("p", &[("class", "assumptions")], copy::TRIGGER_NOTE.get(lang));
                    }) }
                </div>
            </div>
            { markup(|m| { m.element("p", &[("class", "assumptions")], copy::LEFT_OUT.get(lang)); }) }
            if let RateOrigin::Table(table) = out.origin { { tier_table(table, liq.tier.index, lang) } }
            { markup(|m| write_source_note(m, out.origin, lang)) }
        </>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_guess_is_answered_from_the_default_terms() {
        // 20× long from 73,243.26 at 0.40 %: LP = EP × 0.95/0.996, a fall of 1 − 0.953815 = 4.618 %.
        let answer = guess_answer();
        assert!((answer.adverse_move() - (1.0 - 0.95 / 0.996)).abs() < 1e-12);
        assert!((answer.price - 69_860.5).abs() < 0.1, "{}", answer.price);
    }

    /// The guarantee, over a grid: no output shows more money left than was put in, a
    /// trigger on the wrong side of entry, or a number that is not finite.
    #[test]
    fn no_output_is_one_the_market_could_not_produce() {
        for asset in Asset::ALL {
            let start = copy::default_entry(asset);
            for side in [Side::Long, Side::Short] {
                for venue in [Venue::Binance, Venue::Bybit] {
                    for mmr_percent in [None, Some(0.1), Some(5.0)] {
                        for leverage in (1..=125).map(f64::from) {
                            for entry in [start * 0.2, start * 0.7, start, start * 1.4, start * 3.0]
                            {
                                let state = LeverageLabState {
                                    asset,
                                    side,
                                    venue,
                                    leverage,
                                    entry: Some(entry),
                                    mmr_percent,
                                };
                                let out = outcome(&state);
                                let liq = out.liquidation;
                                let what = format!("{state:?} → {liq:?}");
                                assert!(liq.price.is_finite() && liq.price >= 0.0, "{what}");
                                assert!(out.other.price.is_finite(), "{what}");
                                assert!(out.range.low.is_finite() && out.range.high.is_finite());
                                // The exchange never gives more than its tier allows.
                                assert!(out.admission.granted() <= liq.tier.max_leverage, "{what}");
                                // The trigger lies against the position, or there was no room.
                                let against = match side {
                                    Side::Long => liq.price < liq.entry,
                                    Side::Short => liq.price > liq.entry,
                                };
                                assert!(against || out.verdict == Verdict::NoRoom, "{what}");
                                let margin = copy::LAB_NOTIONAL / out.admission.granted();
                                let left = liq.equity_left(margin, copy::LAB_NOTIONAL);
                                assert!(
                                    left.is_finite() && (0.0..=margin).contains(&left),
                                    "{what}"
                                );
                                if let Some(fatal) = out.fatal {
                                    assert!(
                                        fatal.is_finite() && (1.0..=125.0).contains(&fatal),
                                        "{what}"
                                    );
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn entry_slider_bounds_are_round() {
        let (min, max, step) = entry_bounds(73_243.26);
        assert_eq!((min, max, step), (14_640.0, 219_730.0, 10.0));
        let (min, max, step) = entry_bounds(2_104.0);
        assert_eq!((min, max, step), (420.0, 6_312.0, 1.0));
        // A reader's own price fits: ETH at $2,000, XRP at $2.
        assert!((min..=max).contains(&2_000.0));
        let (min, max, _) = entry_bounds(1.4404);
        assert!(min < 2.0 && max > 2.0);
    }

    #[test]
    fn a_reader_rate_applies_to_both_exchanges_and_the_tables_only_to_bitcoin() {
        let own = LeverageLabState {
            mmr_percent: Some(1.0),
            ..Default::default()
        };
        for venue in [Venue::Binance, Venue::Bybit] {
            assert_eq!(maintenance_for(&own, venue).0, Maintenance::Flat(0.01));
        }
        let eth = LeverageLabState {
            asset: Asset::Eth,
            ..Default::default()
        };
        assert_eq!(
            maintenance_for(&eth, Venue::Bybit).0,
            Maintenance::Flat(copy::ASSUMED_MMR)
        );
        let btc = LeverageLabState::default();
        assert_eq!(
            maintenance_for(&btc, Venue::Bybit).0,
            Maintenance::Tiered(BYBIT_BTCUSDT_RISK_LIMITS)
        );
    }
}
