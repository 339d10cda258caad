//! The cascade lab: a modelled crowd of leveraged positions, a first shock, and the rounds of
//! forced selling that follow, drawn as a liquidation map with the price walking through it.
//!
//! Cost model: the population (the only O(N) work) is built once per change of a crowd
//! assumption; a change of shock, depth or round limit replays the cascade on the population's
//! prefix sums in microseconds. Rendering draws a fixed number of SVG elements (price bins, not
//! positions). The first render builds the population in pure Rust, so server rendering and
//! hydration show the same default state; every later rebuild and replay happens in callbacks
//! and is timed with the User Timing API (`cascade:population`, `cascade:run`).

use std::rc::Rc;

use gloo::timers::callback::{Interval, Timeout};
use yew::prelude::*;

use crate::charts::format::coord;
use crate::charts::scale::ticks;
use crate::content::copy_cascade as copy;
use crate::content::copy_labs::fill;
use crate::content::facts::{fact, FactId, Unit};
use crate::content::format::{
    format_fact, format_leverage, format_number, format_percent, format_percent_change,
    format_usd_plain, format_value,
};
use crate::content::{Lang, SectionId, Text};
use crate::context::use_prefs;
use crate::model::cascade::{
    sensitivity_row, Calibration, CalibrationOutcome, CascadeParams, CascadeRun, PathPoint,
    Population, SensitivityRow, Stop, Variation,
};
use crate::sections::leverage_lab::LabProps;
use crate::state::cascade::{
    CascadeAction, CascadeState, AGE_RANGE, DEPTH_RANGE, LEVERAGE_MEDIAN_RANGE,
    LEVERAGE_SPREAD_RANGE, LONG_SHARE_RANGE, N_RANGE, ROUNDS_RANGE, SEED_MAX, SHOCK_RANGE,
    SIZE_RANGE,
};
use crate::state::labs::LabState;
use crate::state::query::QueryMap;
use crate::widgets::markup::{markup, Markup};
use crate::widgets::Slider;

/// Populations up to this size are rebuilt on every slider step (≈20 ms in WebAssembly at
/// 500,000); bigger ones wait until the slider rests, so a drag never blocks a frame for long.
const SYNC_REBUILD_LIMIT: u32 = 600_000;
/// How long a slider must rest before a big population is rebuilt.
const REBUILD_DEBOUNCE_MS: u32 = 150;
/// The sensitivity table recalibrates on at most this many positions, scaled up.
const SENSITIVITY_SAMPLE: u32 = 200_000;
/// Price bins in the liquidation map, whatever N is.
const MAP_BINS: usize = 60;
/// Rows of the round-by-round table shown before "N more rounds follow".
const TABLE_ROWS: usize = 12;
/// Milliseconds per round when playing the rounds.
const PLAY_STEP_MS: u32 = 450;

/// The price before the shock, worked back from the reported price and fall on the day
/// (63,860.8 / (1 − 12.81 %) ≈ 73,243). The model is relative; this only labels prices.
fn reference_price() -> f64 {
    fact(FactId::BtcAt0630).value / (1.0 + fact(FactId::BtcDay).value / 100.0)
}

/// The reported fall as a signed fraction (−0.1281), the calibration target.
fn target_move() -> f64 {
    fact(FactId::BtcDay).value / 100.0
}

/// What the lab holds between renders. Kept in a `RefCell` (not in yew state) because a
/// population can be tens of thousands of cells and must be swapped in place by callbacks.
struct Engine {
    state: CascadeState,
    population: Rc<Population>,
    run: Rc<CascadeRun>,
    /// Bumped on every new run, so the round animation restarts.
    run_version: u32,
    calibration: Option<Calibration>,
    sensitivity: Option<Rc<[SensitivityRow]>>,
    /// A rebuild is pending (big population, slider still moving): results show the last crowd.
    stale: bool,
}

impl Engine {
    /// Pure: used in the first render, natively and in the browser alike.
    fn new(state: CascadeState) -> Engine {
        let population = Rc::new(Population::generate(&state.population()));
        let run = Rc::new(population.run(&state.cascade()));
        Engine {
            state,
            population,
            run,
            run_version: 0,
            calibration: None,
            sensitivity: None,
            stale: false,
        }
    }

    fn rebuild(&mut self) {
        let params = self.state.population();
        self.population = Rc::new(measured("cascade:population", || {
            Population::generate(&params)
        }));
        self.stale = false;
    }

    fn rerun(&mut self) {
        let params = self.state.cascade();
        let population = self.population.clone();
        self.run = Rc::new(measured("cascade:run", || population.run(&params)));
        self.run_version = self.run_version.wrapping_add(1);
    }
}

/// Runs `work` between two `performance.mark`s and records a `performance.measure` named
/// `name`. Callbacks and effects only; does nothing (but the work) where there is no
/// `performance` object.
fn measured<T>(name: &str, work: impl FnOnce() -> T) -> T {
    let performance = web_sys::window().and_then(|window| window.performance());
    let Some(performance) = performance else {
        return work();
    };
    let start = format!("{name}:start");
    let end = format!("{name}:end");
    let _ = performance.mark(&start);
    let out = work();
    let _ = performance.mark(&end);
    let _ = performance.measure_with_start_mark_and_end_mark(name, &start, &end);
    performance.clear_marks_with_mark_name(&start);
    performance.clear_marks_with_mark_name(&end);
    out
}

fn prefers_reduced_motion() -> bool {
    web_sys::window()
        .and_then(|window| {
            window
                .match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|query| query.matches())
}

fn write_url(state: &CascadeState) {
    let state = state.clone();
    crate::browser::replace_query(move |current| {
        if CascadeState::from_query(&QueryMap::parse(current)) == state {
            current.to_string()
        } else {
            state.merged_into(current)
        }
    });
}

fn variation_label(variation: Variation) -> Text {
    match variation {
        Variation::AsSet => copy::VARIATION_AS_SET,
        Variation::LeverageLower => copy::VARIATION_LEV_LOWER,
        Variation::LeverageHigher => copy::VARIATION_LEV_HIGHER,
        Variation::FewerLongs => copy::VARIATION_FEWER_LONGS,
        Variation::MoreLongs => copy::VARIATION_MORE_LONGS,
        Variation::NewerPositions => copy::VARIATION_NEWER,
        Variation::OlderPositions => copy::VARIATION_OLDER,
        Variation::OtherSeed => copy::VARIATION_SEED,
    }
}

fn count_text(count: f64, lang: Lang) -> String {
    format_value(count.round(), Unit::Count, lang)
}

fn usd_text(amount: f64, lang: Lang) -> String {
    format_value(amount, Unit::Usd, lang)
}

fn move_text(fraction: f64) -> String {
    format_percent_change(fraction * 100.0)
}

fn price_text(relative: f64, lang: Lang) -> String {
    format_usd_plain(relative * reference_price(), lang)
}

fn depth_text(depth: f64, lang: Lang) -> String {
    fill(copy::DEPTH_UNIT.get(lang), &[&format_percent(depth, 2)])
}

/// "1 round", "6 rounds": rounds counted as the model counts them (see `model::cascade::Round`).
fn rounds_text(rounds: usize, lang: Lang) -> String {
    if rounds == 1 {
        copy::ROUNDS_ONE.get(lang).to_owned()
    } else {
        fill(copy::ROUNDS_MANY.get(lang), &[&rounds.to_string()])
    }
}

/// The name of step `step` of the price path, for the scrubber and the map alike: before the
/// shock, round k of the run's rounds, or the end after the last round.
fn point_label(run: &CascadeRun, step: usize, lang: Lang) -> String {
    let rounds = run.round_count();
    match run.point(step) {
        PathPoint::Start => copy::ROUND_START.get(lang).to_owned(),
        PathPoint::Round(k) => fill(
            copy::ROUND_VALUE.get(lang),
            &[&k.to_string(), &rounds.to_string()],
        ),
        PathPoint::End if rounds == 0 => copy::ROUND_END_NONE.get(lang).to_owned(),
        PathPoint::End => fill(copy::ROUND_END.get(lang), &[&rounds.to_string()]),
    }
}

/// The map's one-line summary: where the price starts, how many rounds, where it ends.
fn map_summary(run: &CascadeRun, lang: Lang) -> String {
    let (start, end) = (
        price_text(1.0, lang),
        price_text(1.0 + run.final_move, lang),
    );
    match run.round_count() {
        0 => fill(copy::MAP_SUMMARY_NONE.get(lang), &[&start, &end]),
        rounds => fill(
            copy::MAP_SUMMARY.get(lang),
            &[&start, &rounds_text(rounds, lang), &end],
        ),
    }
}

/// One slider of the lab's controls, as data: the view draws each the same way.
struct Control {
    id: &'static str,
    label: Text,
    range: (f64, f64),
    step: f64,
    /// The state's current value and how it reads.
    reading: fn(&CascadeState, Lang) -> (f64, String),
    action: fn(f64) -> CascadeAction,
    /// A number field beside the slider, for values worth typing.
    number_input: bool,
    hint: Option<Text>,
}

impl Control {
    fn slider(
        &self,
        state: &CascadeState,
        lang: Lang,
        on_action: &Callback<CascadeAction>,
    ) -> Html {
        let (value, value_text) = (self.reading)(state, lang);
        let (action, on_action) = (self.action, on_action.clone());
        html! {
            <Slider id={self.id} label={self.label.get(lang)} {value}
                min={self.range.0} max={self.range.1} step={self.step} {value_text}
                on_input={Callback::from(move |value: f64| on_action.emit(action(value)))}
                number_input={self.number_input} hint={self.hint.map(|h| AttrValue::from(h.get(lang)))} />
        }
    }
}

/// The market: the first shock, the order book's depth, and how many rounds to follow.
const MARKET_CONTROLS: [Control; 3] = [
    Control {
        id: "cascade-shock",
        label: copy::SHOCK_LABEL,
        range: SHOCK_RANGE,
        step: 0.1,
        reading: |s, _| (s.shock_pct, format_percent_change(s.shock_pct)),
        action: CascadeAction::Shock,
        number_input: true,
        hint: Some(copy::SHOCK_HINT),
    },
    Control {
        id: "cascade-depth",
        label: copy::DEPTH_LABEL,
        range: DEPTH_RANGE,
        step: 0.05,
        reading: |s, lang| (s.depth, depth_text(s.depth, lang)),
        action: CascadeAction::Depth,
        number_input: true,
        hint: Some(copy::DEPTH_HINT),
    },
    Control {
        id: "cascade-rounds",
        label: copy::ROUNDS_LABEL,
        range: ROUNDS_RANGE,
        step: 1.0,
        reading: |s, _| (s.max_rounds as f64, format_number(s.max_rounds as f64, 0)),
        action: CascadeAction::Rounds,
        number_input: false,
        hint: None,
    },
];

/// The crowd: how many positions, which way, how levered, how old and how big.
const CROWD_CONTROLS: [Control; 6] = [
    Control {
        id: "cascade-n",
        label: copy::N_LABEL,
        range: N_RANGE,
        step: 10_000.0,
        reading: |s, lang| (s.n as f64, count_text(s.n as f64, lang)),
        action: CascadeAction::N,
        number_input: true,
        hint: Some(copy::N_HINT),
    },
    Control {
        id: "cascade-long-share",
        label: copy::LONG_SHARE_LABEL,
        range: LONG_SHARE_RANGE,
        step: 1.0,
        reading: |s, _| (s.long_share_pct, format_percent(s.long_share_pct, 1)),
        action: CascadeAction::LongShare,
        number_input: false,
        hint: None,
    },
    Control {
        id: "cascade-lev-med",
        label: copy::LEV_MED_LABEL,
        range: LEVERAGE_MEDIAN_RANGE,
        step: 0.5,
        reading: |s, _| (s.leverage_median, format_leverage(s.leverage_median)),
        action: CascadeAction::LeverageMedian,
        number_input: false,
        hint: None,
    },
    Control {
        id: "cascade-lev-spread",
        label: copy::LEV_SPREAD_LABEL,
        range: LEVERAGE_SPREAD_RANGE,
        step: 0.05,
        reading: |s, _| (s.leverage_spread, format_number(s.leverage_spread, 2)),
        action: CascadeAction::LeverageSpread,
        number_input: false,
        hint: Some(copy::LEV_SPREAD_HINT),
    },
    Control {
        id: "cascade-age",
        label: copy::AGE_LABEL,
        range: AGE_RANGE,
        step: 1.0,
        reading: |s, lang| {
            let days = format_number(s.age_days, 1);
            (s.age_days, fill(copy::AGE_UNIT.get(lang), &[&days]))
        },
        action: CascadeAction::Age,
        number_input: false,
        hint: Some(copy::AGE_HINT),
    },
    Control {
        id: "cascade-size",
        label: copy::SIZE_LABEL,
        range: SIZE_RANGE,
        step: 100.0,
        reading: |s, lang| (s.size_median, format_usd_plain(s.size_median, lang)),
        action: CascadeAction::Size,
        number_input: true,
        hint: None,
    },
];

/// The price window of the map (relative prices): fixed while the run stays inside it, so
/// dragging a slider does not make the axis jump; widened in steps when the price leaves it.
fn map_window(run: &CascadeRun) -> (f64, f64) {
    let end = 1.0 + run.final_move;
    if run.shock > 0.0 {
        let hi = if end <= 1.4 {
            1.45
        } else {
            ((end + 0.05) * 10.0).ceil() / 10.0
        };
        (0.85, hi)
    } else {
        let lo = if end >= 0.6 {
            0.55
        } else {
            (((end - 0.05) * 10.0).floor() / 10.0).max(0.0)
        };
        (lo, 1.15)
    }
}

/// The liquidation map with the price path: a bounded number of SVG elements.
fn write_liquidation_map(
    m: &mut Markup,
    population: &Population,
    run: &CascadeRun,
    step: usize,
    lang: Lang,
) {
    const WIDTH: f64 = 360.0;
    const HEIGHT: f64 = 280.0;
    const LEFT: f64 = 58.0;
    const RIGHT: f64 = 8.0;
    const TOP: f64 = 10.0;
    const BOTTOM: f64 = 26.0;
    let (lo, hi) = map_window(run);
    let plot_w = WIDTH - LEFT - RIGHT;
    let plot_h = HEIGHT - TOP - BOTTOM;
    let y = |price: f64| TOP + (hi - price.clamp(lo, hi)) / (hi - lo) * plot_h;
    let path = run.path();
    let last = path.len().saturating_sub(1).max(1);
    let x = |k: usize| LEFT + plot_w * k as f64 / last as f64;
    let step = step.min(path.len().saturating_sub(1));
    let current = 1.0 + path.get(step).copied().unwrap_or(0.0);

    let bins = population.liquidation_map(lo, hi, MAP_BINS);
    let max = bins
        .iter()
        .map(|b| b.long_notional + b.short_notional)
        .fold(0.0, f64::max);
    let p0 = reference_price();
    let tick_values = ticks(p0 * lo, p0 * hi, 5.0);
    // Step line: flat along a round, then the jump its forced orders cause.
    let mut d = String::new();
    for (k, &price_move) in path.iter().enumerate().take(step + 1) {
        let py = y(1.0 + price_move);
        if k == 0 {
            d.push_str(&format!("M{},{}", coord(x(0)), coord(py)));
        } else {
            d.push_str(&format!("H{}V{}", coord(x(k)), coord(py)));
        }
    }
    let target = 1.0 + target_move();
    let start_y = y(1.0);
    let target_y = y(target);
    let marker_y = y(current);
    let round_label = point_label(run, step, lang);
    let right = coord(WIDTH - RIGHT);
    let label = |m: &mut Markup, class: &str, x: &str, y: f64, anchor: &str, text: &str| {
        let y = coord(y);
        m.element(
            "text",
            &[
                ("class", class),
                ("x", x),
                ("y", &y),
                ("text-anchor", anchor),
                ("font-size", "11"),
            ],
            text,
        );
    };
    let rule = |m: &mut Markup, class: &str, y: f64| {
        let y = coord(y);
        m.open(
            "line",
            &[
                ("class", class),
                ("x1", &coord(LEFT)),
                ("x2", &right),
                ("y1", &y),
                ("y2", &y),
            ],
        )
        .close("line");
    };
    m.open(
        "svg",
        &[
            ("class", "cascade-map"),
            (
                "viewBox",
                &format!("0 0 {} {}", coord(WIDTH), coord(HEIGHT)),
            ),
            ("role", "img"),
            ("aria-labelledby", "cascade-map-title cascade-map-desc"),
            ("preserveAspectRatio", "xMidYMid meet"),
        ],
    )
    .element(
        "title",
        &[("id", "cascade-map-title")],
        copy::MAP_TITLE.get(lang),
    )
    .element(
        "desc",
        &[("id", "cascade-map-desc")],
        copy::MAP_DESC.get(lang),
    )
    .open("g", &[("class", "cascade-bands")]);
    for bin in &bins {
        let total = bin.long_notional + bin.short_notional;
        let strength = if max > 0.0 { (total / max).sqrt() } else { 0.0 };
        let long_side = bin.long_notional >= bin.short_notional;
        // A bin is done once the price has passed it: from above for longs, below for shorts.
        let done = if long_side {
            bin.price_lo >= current && current < 1.0
        } else {
            bin.price_hi <= current && current > 1.0
        };
        // Colours live in style.css: the strict CSP forbids style attributes.
        let class = match (done, long_side) {
            (true, _) => "cascade-band is-done",
            (false, true) => "cascade-band is-long",
            (false, false) => "cascade-band is-short",
        };
        let opacity = if total > 0.0 {
            0.06 + 0.8 * strength
        } else {
            0.0
        };
        let top = y(bin.price_hi);
        m.open(
            "rect",
            &[
                ("class", class),
                ("x", &coord(LEFT)),
                ("y", &coord(top)),
                ("width", &coord(plot_w)),
                ("height", &coord((y(bin.price_lo) - top).max(0.0))),
                ("fill-opacity", &crate::decimal::fixed(opacity, 3)),
            ],
        )
        .close("rect");
    }
    m.close("g").open("g", &[("class", "cascade-axis")]);
    for &dollars in &tick_values {
        let ty = y(dollars / p0);
        m.open("g", &[("class", "cascade-tick")])
            .open(
                "line",
                &[
                    ("x1", &coord(LEFT - 4.0)),
                    ("x2", &coord(LEFT)),
                    ("y1", &coord(ty)),
                    ("y2", &coord(ty)),
                ],
            )
            .close("line");
        label(
            m,
            "cascade-tick-label",
            &coord(LEFT - 6.0),
            ty + 4.0,
            "end",
            &format_number(dollars, 0),
        );
        m.close("g");
    }
    m.close("g");
    rule(m, "cascade-start", start_y);
    let start_text = format!(
        "{} {}",
        copy::START_LABEL.get(lang),
        format_usd_plain(p0, lang)
    );
    label(
        m,
        "cascade-label",
        &right,
        start_y - 3.0,
        "end",
        &start_text,
    );
    if target > lo && target < hi {
        rule(m, "cascade-target", target_y);
        let target_text = format!(
            "{} {}",
            copy::LEGEND_TARGET.get(lang),
            format_fact(fact(FactId::BtcDay), lang)
        );
        label(
            m,
            "cascade-label",
            &right,
            target_y - 3.0,
            "end",
            &target_text,
        );
    }
    m.open("path", &[("class", "cascade-path"), ("d", &d)])
        .close("path")
        .open(
            "circle",
            &[
                ("class", "cascade-marker"),
                ("cx", &coord(x(step))),
                ("cy", &coord(marker_y)),
                ("r", "4"),
            ],
        )
        .close("circle");
    let left = coord(LEFT);
    label(
        m,
        "cascade-axis-label",
        &left,
        HEIGHT - 8.0,
        "start",
        copy::AXIS_ROUND.get(lang),
    );
    let position = format!("{round_label} · {}", price_text(current, lang));
    label(m, "cascade-label", &right, HEIGHT - 8.0, "end", &position);
    m.close("svg");
}

/// The model's totals beside the reported ones.
fn write_comparison(m: &mut Markup, run: &CascadeRun, total: f64, target_text: &str, lang: Lang) {
    m.open("table", &[("class", "cascade-compare")])
        .open("thead", &[])
        .open("tr", &[])
        .open("th", &[("scope", "col")])
        .element(
            "span",
            &[("class", "visually-hidden")],
            crate::content::ui::FIGURE.get(lang),
        )
        .close("th")
        .open("th", &[("scope", "col")])
        .element(
            "span",
            &[("class", "model-badge")],
            copy::MODEL_COLUMN.get(lang),
        )
        .close("th")
        .element("th", &[("scope", "col")], copy::REPORTED_COLUMN.get(lang))
        .close("tr")
        .close("thead")
        .open("tbody", &[]);
    let share = fill(
        copy::OUT_SHARE.get(lang),
        &[&format_percent(run.total_count as f64 / total * 100.0, 1)],
    );
    let rounds = fill(
        copy::OUT_ROUNDS.get(lang),
        &[&rounds_text(run.round_count(), lang)],
    );
    let rows = [
        (
            copy::OUT_COUNT,
            "cascade-count",
            count_text(run.total_count as f64, lang),
            Some((share, "cascade-share")),
            format_fact(fact(FactId::LiqTraders), lang),
        ),
        (
            copy::OUT_NOTIONAL,
            "cascade-notional",
            usd_text(run.total_notional, lang),
            None,
            format_fact(fact(FactId::LiqUsd), lang),
        ),
        (
            copy::OUT_MOVE,
            "cascade-move",
            move_text(run.final_move),
            Some((rounds, "cascade-round-count")),
            target_text.to_owned(),
        ),
    ];
    for (name, testid, model, detail, reported) in rows {
        m.open("tr", &[])
            .element("th", &[("scope", "row")], name.get(lang))
            .open("td", &[("class", "output-card")])
            .element(
                "span",
                &[("class", "value"), ("data-testid", testid)],
                &model,
            );
        if let Some((detail, detail_testid)) = detail {
            m.open("br", &[])
                .element("small", &[("data-testid", detail_testid)], &detail);
        }
        m.close("td").element("td", &[], &reported).close("tr");
    }
    m.close("tbody").close("table");
}

/// The map's summary and its colour key.
fn write_map_caption(m: &mut Markup, run: &CascadeRun, lang: Lang) {
    m.open("figcaption", &[("class", "source-note")]).element(
        "span",
        &[("data-testid", "cascade-map-summary")],
        &map_summary(run, lang),
    );
    for (class, name) in [
        ("cascade-key is-long", copy::LEGEND_LONGS),
        ("cascade-key is-short", copy::LEGEND_SHORTS),
        ("cascade-key is-done", copy::LEGEND_DONE),
    ] {
        m.text(" ").element(
            "span",
            &[("class", class)],
            &format!("■ {}", name.get(lang)),
        );
    }
    m.close("figcaption");
}

/// Kicker, headline, what the lab does and that it is a model.
fn write_intro(m: &mut Markup, title_id: &str, lang: Lang) {
    m.open("div", &[("class", "section-head")])
        .element("p", &[("class", "kicker")], copy::KICKER.get(lang))
        .element("h2", &[("id", title_id)], copy::TITLE.get(lang))
        .close("div")
        .open("div", &[("class", "prose")]);
    for paragraph in copy::INTRO {
        m.element("p", &[], paragraph.get(lang));
    }
    m.open("p", &[])
        .element(
            "span",
            &[("class", "model-badge")],
            copy::MODEL_BADGE.get(lang),
        )
        .text(copy::MODEL_NOTE.get(lang))
        .close("p")
        .close("div");
}

/// The name the shell's section view uses.
pub type Cascade = CascadeLab;

#[function_component(CascadeLab)]
pub fn cascade_lab(props: &LabProps) -> Html {
    let lang = use_prefs().lang;
    let engine = {
        let query = props.query.clone();
        use_mut_ref(move || Engine::new(CascadeState::from_query(&QueryMap::parse(&query))))
    };
    let force_update = use_force_update();
    // `None`: the final state; `Some(k)`: the price after step k of the path.
    let view_step = use_state_eq(|| None::<usize>);
    let playing = use_state_eq(|| false);
    let pending_rebuild = use_mut_ref(|| None::<Timeout>);
    let pending_sensitivity = use_mut_ref(|| None::<Timeout>);

    // Once mounted, time a build and a run of the initial state, so the page's User Timing
    // entries exist from the start (the first render built them without a clock). Deferred so
    // the first paint is not held up; the result is identical (same seed).
    {
        let engine = engine.clone();
        use_effect_with((), move |_| {
            let timeout = Timeout::new(0, move || {
                let mut engine = engine.borrow_mut();
                engine.rebuild();
                engine.rerun();
            });
            move || drop(timeout)
        });
    }

    let on_action = {
        let engine = engine.clone();
        let force_update = force_update.clone();
        let view_step = view_step.clone();
        let playing = playing.clone();
        let pending_rebuild = pending_rebuild.clone();
        let pending_sensitivity = pending_sensitivity.clone();
        Callback::from(move |action: CascadeAction| {
            let state = {
                let mut e = engine.borrow_mut();
                let next = e.state.apply(action);
                if next == e.state {
                    return;
                }
                let crowd_changed = next.population() != e.state.population();
                let run_changed = crowd_changed || next.cascade() != e.state.cascade();
                // The sensitivity table recalibrates the depth, so only a new depth keeps it.
                let table_changed = crowd_changed
                    || next.shock_pct != e.state.shock_pct
                    || next.max_rounds != e.state.max_rounds;
                e.state = next;
                if run_changed {
                    e.calibration = None;
                }
                if table_changed {
                    e.sensitivity = None;
                    pending_sensitivity.borrow_mut().take();
                }
                if crowd_changed {
                    if e.state.n <= SYNC_REBUILD_LIMIT {
                        pending_rebuild.borrow_mut().take();
                        e.rebuild();
                    } else {
                        e.stale = true;
                        let engine = engine.clone();
                        let force_update = force_update.clone();
                        *pending_rebuild.borrow_mut() =
                            Some(Timeout::new(REBUILD_DEBOUNCE_MS, move || {
                                {
                                    let mut e = engine.borrow_mut();
                                    e.rebuild();
                                    e.rerun();
                                }
                                force_update.force_update();
                            }));
                    }
                }
                e.rerun();
                e.state.clone()
            };
            playing.set(false);
            view_step.set(None);
            write_url(&state);
            force_update.force_update();
        })
    };

    let on_calibrate = {
        let engine = engine.clone();
        let force_update = force_update.clone();
        let view_step = view_step.clone();
        let pending_sensitivity = pending_sensitivity.clone();
        Callback::from(move |_: MouseEvent| {
            let state = {
                let mut e = engine.borrow_mut();
                let params = e.state.cascade();
                let calibration =
                    e.population
                        .calibrate_depth(params.shock, params.max_rounds, target_move());
                if matches!(
                    calibration.outcome,
                    CalibrationOutcome::Matched | CalibrationOutcome::Jump
                ) {
                    e.state = e
                        .state
                        .apply(CascadeAction::Depth(calibration.depth_pct_per_bn));
                    e.rerun();
                }
                e.calibration = Some(calibration);
                e.sensitivity = None;
                e.state.clone()
            };
            // The table recalibrates eight crowds, one per task after this click has painted,
            // so no single task holds the page for long.
            schedule_sensitivity(
                engine.clone(),
                force_update.clone(),
                pending_sensitivity.clone(),
                Vec::new(),
            );
            view_step.set(None);
            write_url(&state);
            force_update.force_update();
        })
    };

    let on_step = {
        let view_step = view_step.clone();
        let playing = playing.clone();
        Callback::from(move |value: f64| {
            playing.set(false);
            view_step.set(Some(value.max(0.0) as usize));
        })
    };

    let e = engine.borrow();
    let run = e.run.clone();
    let path_len = run.path().len();
    let last_step = path_len.saturating_sub(1);

    let on_play = {
        let playing = playing.clone();
        let view_step = view_step.clone();
        Callback::from(move |_: MouseEvent| {
            if *playing {
                playing.set(false);
            } else if prefers_reduced_motion() {
                // No animation: straight to the final state (the scrubber still steps through).
                view_step.set(None);
            } else {
                playing.set(true);
            }
        })
    };
    {
        let view_step = view_step.clone();
        let playing_handle = playing.clone();
        use_effect_with((*playing, e.run_version), move |(is_playing, _)| {
            let interval = is_playing.then(|| {
                let mut k = 0usize;
                view_step.set(Some(0));
                Interval::new(PLAY_STEP_MS, move || {
                    k += 1;
                    if k >= last_step {
                        view_step.set(None);
                        playing_handle.set(false);
                    } else {
                        view_step.set(Some(k));
                    }
                })
            });
            move || drop(interval)
        });
    }

    let state = &e.state;
    let population = &e.population;
    let step = view_step.unwrap_or(last_step).min(last_step);
    let slug = SectionId::Cascade.slug();
    let title_id = format!("{slug}-title");
    let on_new_seed = {
        let on_action = on_action.clone();
        let seed = state.seed;
        Callback::from(move |_: MouseEvent| {
            on_action.emit(CascadeAction::Seed((seed + 1) & SEED_MAX))
        })
    };
    let on_reset = {
        let on_action = on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(CascadeAction::Reset))
    };

    let total = population.len().max(1) as f64;
    let stop_text = match run.stop {
        _ if run.total_count == 0 => copy::NO_LIQUIDATION.get(lang).to_owned(),
        Stop::Settled => copy::STOP_SETTLED.get(lang).to_owned(),
        Stop::RoundLimit => fill(
            copy::STOP_ROUND_LIMIT.get(lang),
            &[&count_text(run.pending_count as f64, lang)],
        ),
        Stop::PriceLimit => copy::STOP_PRICE_LIMIT.get(lang).to_owned(),
    };
    let target = target_move();
    let target_text = format_fact(fact(FactId::BtcDay), lang);

    let calibration_text = e.calibration.map(|c| match c.outcome {
        CalibrationOutcome::Matched => fill(
            copy::CALIBRATED.get(lang),
            &[
                &depth_text(c.depth_pct_per_bn, lang),
                &move_text(c.achieved_move),
            ],
        ),
        CalibrationOutcome::Jump => format!(
            "{} {}",
            fill(
                copy::CALIBRATED.get(lang),
                &[
                    &depth_text(c.depth_pct_per_bn, lang),
                    &move_text(c.achieved_move)
                ]
            ),
            fill(
                copy::CALIBRATION_JUMP.get(lang),
                &[&move_text(c.below_move), &move_text(c.above_move)]
            )
        ),
        CalibrationOutcome::ShockAlreadyBeyond => copy::CALIBRATION_BEYOND.get(lang).to_owned(),
        CalibrationOutcome::Unreachable => fill(
            copy::CALIBRATION_UNREACHABLE.get(lang),
            &[&move_text(c.achieved_move)],
        ),
        CalibrationOutcome::WrongDirection => copy::CALIBRATION_DIRECTION.get(lang).to_owned(),
    });
    // A calibrated depth is one answer among many, not a measurement of the market.
    let reproduced = e.calibration.filter(|c| {
        matches!(
            c.outcome,
            CalibrationOutcome::Matched | CalibrationOutcome::Jump
        )
    });
    let depth_note = reproduced.map(|_| fill(copy::DEPTH_NOT_PINNED.get(lang), &[&target_text]));
    let pinned = reproduced.map(|_| {
        fill(
            copy::PINNED_INSIGHT.get(lang),
            &[&target_text, &price_text(1.0 + target, lang)],
        )
    });

    // Same crowd, neighbouring settings: five replays of microseconds each. A market 20 %
    // thinner is the same depth with every forced dollar moving the price 1.2 times as far, so
    // that row is exact even at the end of the depth slider (where depth × 1.2 would be clamped
    // back to the current depth).
    let params = state.cascade();
    let near: Vec<(Text, CascadeRun)> = [
        (copy::NEAR_CURRENT, params, 1.0),
        (
            copy::NEAR_SHOCK_LESS,
            CascadeParams {
                shock: shift_shock(params.shock, -0.01),
                ..params
            },
            1.0,
        ),
        (
            copy::NEAR_SHOCK_MORE,
            CascadeParams {
                shock: shift_shock(params.shock, 0.01),
                ..params
            },
            1.0,
        ),
        (
            copy::NEAR_DEPTH_THICKER,
            CascadeParams {
                depth_pct_per_bn: params.depth_pct_per_bn / 1.2,
                ..params
            },
            1.0,
        ),
        (copy::NEAR_DEPTH_THINNER, params, 1.2),
    ]
    .into_iter()
    .map(|(label, p, impact)| (label, population.run_standing_for(&p, impact)))
    .collect();

    let crowd = population.params();
    // One list of slot values per assumption; the array length keeps the two in step.
    let assumptions: [Vec<String>; copy::ASSUMPTION_ITEMS.len()] = [
        vec![
            count_text(crowd.count as f64, lang),
            format_percent(crowd.long_share * 100.0, 1),
        ],
        vec![
            format_leverage(crowd.leverage_median),
            format_number(crowd.leverage_spread, 2),
        ],
        vec![
            format_number(crowd.age_days, 1),
            format_percent(crowd.daily_volatility * 100.0, 2),
            count_text(population.redrawn() as f64, lang),
        ],
        vec![
            format_usd_plain(crowd.size_median_usd, lang),
            format_number(crowd.size_spread, 2),
        ],
        vec![format_percent(crowd.mmr * 100.0, 2)],
        vec![],
        vec![],
        vec![format_usd_plain(reference_price(), lang)],
    ];

    let rounds_rows = run
        .rounds
        .iter()
        .take(TABLE_ROWS)
        .enumerate()
        .map(|(i, round)| {
            vec![
                (i + 1).to_string(),
                price_text(1.0 + round.move_at, lang),
                count_text(round.count as f64, lang),
                usd_text(round.notional, lang),
            ]
        });
    let more_rounds = run.rounds.len().saturating_sub(TABLE_ROWS);

    html! {
        <>
            { markup(|m| write_intro(m, &title_id, lang)) }
            <div class="lab-panel" aria-busy={if e.stale { "true" } else { "false" }}>
                <div class="lab-controls">
                    <fieldset class="cascade-group">
                        <legend>{ copy::CONTROLS_MARKET.get(lang) }</legend>
                        { for MARKET_CONTROLS.iter().map(|c| c.slider(state, lang, &on_action)) }
                        <button type="button" class="cascade-calibrate" data-testid="cascade-calibrate" onclick={on_calibrate}>
                            { fill(copy::CALIBRATE.get(lang), &[&target_text]) }
                        </button>
                        if let Some(text) = &calibration_text {
                            <p class="cascade-calibration" role="status" data-testid="cascade-calibration">{ text.clone() }</p>
                        }
                        if let Some(note) = &depth_note {
                            <p class="source-note" data-testid="cascade-depth-note">{ note.clone() }</p>
                        }
                    </fieldset>
                    <fieldset class="cascade-group">
                        <legend>{ copy::CONTROLS_CROWD.get(lang) }</legend>
                        { for CROWD_CONTROLS.iter().map(|c| c.slider(state, lang, &on_action)) }
                        <p class="cascade-seed">
                            { format!("{}{}", copy::SEED_LABEL.get(lang), crate::content::copy_labs::COLON.get(lang)) }
                            <output data-testid="cascade-seed">{ state.seed }</output>
                            { " " }
                            <button type="button" onclick={on_new_seed}>{ copy::NEW_SEED.get(lang) }</button>
                            { " " }
                            <button type="button" onclick={on_reset}>{ copy::RESET.get(lang) }</button>
                        </p>
                        <p class="slider-hint">{ copy::SEED_HINT.get(lang) }</p>
                    </fieldset>
                </div>
                <div class="lab-outputs" aria-live="polite">
                    { markup(|m| {
                        m.element("h3", &[("class", "visually-hidden")], copy::OUTPUTS.get(lang));
                        write_comparison(m, &run, total, &target_text, lang);
                        m.element("p", &[("class", "cascade-stop"), ("data-testid", "cascade-stop")], &stop_text)
                            .element("p", &[("class", "source-note")], copy::REPORTED_NOTE.get(lang));
                        if let Some(text) = &pinned {
                            m.element("p", &[("class", "cascade-insight")], text);
                        }
                        m.open("figure", &[("class", "cascade-figure")]);
                        write_liquidation_map(m, population, &run, step, lang);
                        write_map_caption(m, &run, lang);
                        m.close("figure");
                    }) }
                    <div class="cascade-rounds-controls">
                        <Slider id="cascade-round" label={copy::ROUND_SCRUBBER.get(lang)} value={step as f64}
                            min={0.0} max={last_step.max(1) as f64} step={1.0}
                            value_text={point_label(&run, step, lang)}
                            on_input={on_step} />
                        <button type="button" class="cascade-play" aria-pressed={if *playing { "true" } else { "false" }} onclick={on_play}>
                            { if *playing { copy::PAUSE.get(lang) } else { copy::PLAY.get(lang) } }
                        </button>
                    </div>
                    <details class="cascade-rounds">
                        <summary>{ copy::ROUNDS_TABLE.get(lang) }</summary>
                        { markup(|m| {
                            let columns = [copy::COL_ROUND, copy::COL_PRICE, copy::COL_NEW, copy::COL_NEW_NOTIONAL].map(|c| c.get(lang));
                            m.table(&[], &columns, rounds_rows);
                            if more_rounds > 0 {
                                m.element("p", &[], &fill(copy::ROUNDS_MORE.get(lang), &[&more_rounds.to_string()]));
                            }
                        }) }
                    </details>
                    { markup(|m| {
                        m.element("h3", &[], copy::SENSITIVITY_NEAR.get(lang))
                            .element("p", &[("class", "source-note")], copy::SENSITIVITY_NEAR_NOTE.get(lang));
                        let columns = [copy::COL_CASE, copy::COL_COUNT, copy::COL_NOTIONAL, copy::COL_MOVE].map(|c| c.get(lang));
                        let rows = near.iter().map(|(label, r)| vec![
                            label.get(lang).to_owned(),
                            count_text(r.total_count as f64, lang),
                            usd_text(r.total_notional, lang),
                            move_text(r.final_move),
                        ]);
                        m.table(&[("class", "cascade-sensitivity"), ("data-testid", "cascade-sensitivity-near")], &columns, rows);
                        m.element("h3", &[], copy::SENSITIVITY_CROWD.get(lang))
                            .open("p", &[("class", "source-note")])
                            .text(&fill(copy::SENSITIVITY_CROWD_NOTE.get(lang), &[&target_text]));
                        if state.n > SENSITIVITY_SAMPLE {
                            m.text(" ").text(&fill(copy::SENSITIVITY_SAMPLE.get(lang), &[&count_text(SENSITIVITY_SAMPLE as f64, lang)]));
                        }
                        m.close("p");
                        write_sensitivity_table(m, e.sensitivity.as_deref(), &target_text, lang);
                    }) }
                </div>
            </div>
            <details class="assumptions" open=true>
                <summary>{ copy::ASSUMPTIONS.get(lang) }</summary>
                { markup(|m| {
                    m.open("ul", &[]);
                    for (item, args) in copy::ASSUMPTION_ITEMS.iter().zip(assumptions.iter()) {
                        let args: Vec<&str> = args.iter().map(String::as_str).collect();
                        m.element("li", &[], &fill(item.get(lang), &args));
                    }
                    m.close("ul").element("p", &[], copy::LEFT_OUT.get(lang)).open("ul", &[]);
                    for item in copy::LEFT_OUT_ITEMS {
                        m.element("li", &[], item.get(lang));
                    }
                    m.close("ul");
                }) }
            </details>
        </>
    }
}

/// Computes the next row of the sensitivity table in its own task, then schedules the one after;
/// publishes the table when all rows are done. A change of state in between (the table was
/// cleared or the crowd changed) is harmless: the rows are for the state read at each step,
/// and an action that resets `sensitivity` also drops the pending timeout.
fn schedule_sensitivity(
    engine: Rc<std::cell::RefCell<Engine>>,
    force_update: UseForceUpdateHandle,
    pending: Rc<std::cell::RefCell<Option<Timeout>>>,
    mut rows: Vec<SensitivityRow>,
) {
    let next_pending = pending.clone();
    let timeout = Timeout::new(0, move || {
        let Some(&variation) = Variation::ALL.get(rows.len()) else {
            return;
        };
        {
            let e = engine.borrow();
            let params = e.state.cascade();
            let crowd = e.state.population();
            rows.push(measured("cascade:sensitivity", || {
                sensitivity_row(
                    &crowd,
                    variation,
                    params.shock,
                    params.max_rounds,
                    target_move(),
                    SENSITIVITY_SAMPLE,
                )
            }));
        }
        if rows.len() == Variation::ALL.len() {
            engine.borrow_mut().sensitivity = Some(rows.into());
            force_update.force_update();
        } else {
            schedule_sensitivity(engine, force_update, next_pending, rows);
        }
    });
    *pending.borrow_mut() = Some(timeout);
}

/// Moves a signed shock one way or the other in magnitude, keeping its direction.
fn shift_shock(shock: f64, by: f64) -> f64 {
    let direction = if shock > 0.0 { 1.0 } else { -1.0 };
    direction * (shock.abs() + by).max(0.0)
}

fn write_sensitivity_table(
    m: &mut Markup,
    rows: Option<&[SensitivityRow]>,
    target_text: &str,
    lang: Lang,
) {
    let Some(rows) = rows else {
        m.element(
            "p",
            &[
                ("class", "source-note"),
                ("data-testid", "cascade-sensitivity-pending"),
            ],
            copy::SENSITIVITY_PENDING.get(lang),
        );
        return;
    };
    let columns = [
        copy::COL_CASE,
        copy::COL_DEPTH,
        copy::COL_COUNT,
        copy::COL_NOTIONAL,
    ]
    .map(|c| c.get(lang));
    let rows = rows.iter().map(|row| {
        vec![
            variation_label(row.variation).get(lang).to_owned(),
            depth_needed_text(&row.calibration, lang),
            count_text(row.count, lang),
            usd_text(row.notional, lang),
        ]
    });
    m.table(
        &[
            ("class", "cascade-sensitivity"),
            ("data-testid", "cascade-sensitivity-crowd"),
        ],
        &columns,
        rows,
    );
    m.element(
        "p",
        &[("class", "source-note")],
        &fill(copy::DEPTH_NOT_PINNED.get(lang), &[target_text]),
    );
}

/// A sensitivity row's "depth needed": the depth when one reproduces the target, marked when
/// the chain only jumps past it, and "cannot reach" when no depth on the slider gets there.
fn depth_needed_text(c: &Calibration, lang: Lang) -> String {
    match c.outcome {
        CalibrationOutcome::Matched => depth_text(c.depth_pct_per_bn, lang),
        CalibrationOutcome::Jump => fill(
            copy::JUMPS_PAST.get(lang),
            &[&depth_text(c.depth_pct_per_bn, lang)],
        ),
        CalibrationOutcome::ShockAlreadyBeyond
        | CalibrationOutcome::Unreachable
        | CalibrationOutcome::WrongDirection => copy::NOT_REACHED.get(lang).to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_price_is_worked_back_from_the_reported_figures() {
        assert!(
            (reference_price() - 73_243.4).abs() < 0.5,
            "{}",
            reference_price()
        );
        assert!((target_move() + 0.1281).abs() < 1e-12);
    }

    /// Every step of the path is named from the same round count the summary, the totals and
    /// the round table use: "Round k of R" for k ≤ R, then "End, after round R". Before, the
    /// final price was "Round R + 1 of R + 1" beside "after R rounds".
    #[test]
    fn step_labels_agree_with_the_round_count() {
        use crate::model::cascade::PopulationParams;
        let pop = Population::generate(&PopulationParams {
            count: 50_000,
            ..PopulationParams::default()
        });
        for (shock, depth, max_rounds) in [
            (-0.05, 5.0, 100),
            (-0.05, 5.0, 3),
            (-0.05, 5.0, 1),
            (-0.002, 5.0, 100),
            (0.08, 10.0, 100),
            (-0.3, 50.0, 500),
        ] {
            let run = pop.run(&CascadeParams {
                shock,
                depth_pct_per_bn: depth,
                max_rounds,
            });
            let rounds = run.round_count();
            let last = run.path().len() - 1;
            assert_eq!(last, rounds + 1);
            let labels: Vec<String> = (0..=last).map(|k| point_label(&run, k, Lang::En)).collect();
            assert_eq!(labels[0], "Before the shock");
            for (k, label) in labels.iter().enumerate().take(rounds + 1).skip(1) {
                assert_eq!(*label, format!("Round {k} of {rounds}"));
            }
            let summary = map_summary(&run, Lang::En);
            if rounds == 0 {
                assert_eq!(labels[last], "End: no liquidation");
                assert!(summary.contains("past no liquidation price"), "{summary}");
            } else {
                assert_eq!(labels[last], format!("End, after round {rounds}"));
                assert!(summary.contains(&format!("after {}", rounds_text(rounds, Lang::En))));
            }
            assert!(!labels
                .iter()
                .any(|l| l.starts_with(&format!("Round {} ", rounds + 1))));
            let zh: Vec<String> = (0..=last).map(|k| point_label(&run, k, Lang::Zh)).collect();
            if rounds > 0 {
                assert_eq!(zh[rounds], format!("第{rounds}轮，共{rounds}轮"));
                assert_eq!(zh[last], format!("终点：第{rounds}轮之后"));
                assert!(map_summary(&run, Lang::Zh).contains(&format!("经过{rounds}轮强平")));
            }
        }
        assert_eq!(rounds_text(1, Lang::En), "1 round");
        assert_eq!(rounds_text(6, Lang::En), "6 rounds");
    }

    /// "Cannot reach" only for rows that cannot; a depth for the others (with a mark when the
    /// chain jumps past the target); and the table says that the depth is not pinned down.
    #[test]
    fn sensitivity_table_says_cannot_reach_only_for_rows_that_cannot() {
        use crate::model::cascade::{sensitivity, PopulationParams};
        let base = PopulationParams {
            count: 200_000,
            leverage_median: 6.0,
            ..PopulationParams::default()
        };
        let rows = sensitivity(&base, -0.05, 100, target_move(), 20_000);
        let mut m = Markup::default();
        write_sensitivity_table(&mut m, Some(&rows), "\u{2212}12.81%", Lang::En);
        let html = m.into_string();
        let unreachable = rows
            .iter()
            .filter(|r| r.calibration.outcome == CalibrationOutcome::Unreachable)
            .count();
        assert!(unreachable > 0 && unreachable < rows.len());
        assert_eq!(html.matches("cannot reach").count(), unreachable, "{html}");
        for row in &rows {
            let text = depth_needed_text(&row.calibration, Lang::En);
            match row.calibration.outcome {
                CalibrationOutcome::Matched => {
                    assert_eq!(text, depth_text(row.calibration.depth_pct_per_bn, Lang::En))
                }
                CalibrationOutcome::Jump => assert!(text.ends_with("(jumps past the target)")),
                _ => assert_eq!(text, "cannot reach"),
            }
            assert!(html.contains(&text));
        }
        assert!(html.contains("Calibration does not pin the depth down"));
        assert!(html.contains("not a measurement"));
    }

    #[test]
    fn map_window_widens_only_when_the_price_leaves_it() {
        let pop = Population::generate(&crate::model::cascade::PopulationParams {
            count: 10_000,
            ..Default::default()
        });
        let mild = pop.run(&CascadeParams {
            shock: -0.05,
            depth_pct_per_bn: 0.0,
            max_rounds: 10,
        });
        assert_eq!(map_window(&mild), (0.55, 1.15));
        let deep = pop.run(&CascadeParams {
            shock: -0.7,
            depth_pct_per_bn: 0.0,
            max_rounds: 10,
        });
        let (lo, hi) = map_window(&deep);
        assert!(lo <= 0.3 - 0.05 + 1e-9 && hi == 1.15, "{lo}");
        let up = pop.run(&CascadeParams {
            shock: 0.05,
            depth_pct_per_bn: 0.0,
            max_rounds: 10,
        });
        assert_eq!(map_window(&up), (0.85, 1.45));
        assert_eq!(shift_shock(-0.05, 0.01), -0.060000000000000005);
        assert_eq!(shift_shock(-0.005, -0.01), -0.0);
    }
}
