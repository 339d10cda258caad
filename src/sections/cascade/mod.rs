//! The cascade lab: a modelled crowd of leveraged positions, a first shock, and the rounds of
//! forced selling that follow, drawn as a liquidation map with the price walking through it.
//!
//! Cost model: the population (the only O(N) work) is built once per change of a crowd
//! assumption; a change of shock, depth or round limit replays the cascade on the population's
//! prefix sums in microseconds. Rendering draws a fixed number of SVG elements (price bins, not
//! positions). The first render builds the population in pure Rust, so server rendering and
//! hydration show the same default state; every later rebuild and replay happens in callbacks
//! and is timed with the User Timing API (`cascade:population`, `cascade:run`).
//!
//! Rooms: [`engine`] (what the lab holds between renders, the sensitivity rows), [`controls`]
//! (the sliders as data), [`map`] (the liquidation map), [`tables`] (the comparison with the
//! reported totals, the sensitivity table), [`supporting`] (the supporting outputs, caught up after
//! a step's headline), [`text`] (numbers and labels as text); this file is the component that
//! wires them.

use std::rc::Rc;

use gloo::timers::callback::{Interval, Timeout};
use yew::prelude::*;

use crate::charts::format::coord;
use crate::content::copy_cascade as copy;
use crate::content::copy_labs::fill;
use crate::content::facts::{fact, FactId, Unit};
use crate::content::format::{
    format_change, format_fact, format_leverage, format_number, format_percent,
    format_percent_change, format_share, format_usd_plain, format_value,
};
use crate::content::{Lang, Text};
use crate::context::use_prefs;
use crate::model::cascade::{
    sensitivity_row, Calibration, CalibrationOutcome, CascadeParams, CascadeRun, PathPoint,
    Population, PopulationBuilder, SensitivityRow, Stop, Variation,
};
use crate::sections::lab_kit::{more_settings, use_unfolded, write_url, LabProps};
use crate::state::cascade::{
    CascadeAction, CascadeState, AGE_RANGE, DEPTH_RANGE, LEVERAGE_MEDIAN_RANGE,
    LEVERAGE_SPREAD_RANGE, LONG_SHARE_RANGE, N_RANGE, ROUNDS_RANGE, SEED_MAX, SHOCK_RANGE,
    SIZE_RANGE,
};
use crate::state::labs::LabState;
use crate::state::query::QueryMap;
use crate::widgets::{figure_table, Slider};

mod controls;
mod engine;
mod hook;
mod map;
mod supporting;
mod tables;
mod text;

use controls::*;
pub use engine::prepare;
use engine::*;
use hook::*;
use map::*;
use supporting::*;
use tables::*;
use text::*;

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

/// The name the shell's section view uses.
pub type Cascade = CascadeLab;

#[function_component(CascadeLab)]
pub fn cascade_lab(props: &LabProps) -> Html {
    let lang = use_prefs().lang;
    let lab = use_lab(&props.query);
    let e = lab.engine.borrow();
    let run = &e.run;
    let last_step = run.path().len().saturating_sub(1);
    let state = &e.state;
    let unfolded = use_unfolded(state.crowd_tuned());
    let population = &e.population;
    let step = lab.view_step.unwrap_or(last_step).min(last_step);
    let total = population.len().max(1) as f64;
    let target_text = format_fact(fact(FactId::BtcDay), lang);
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
            &[&target_text, &price_text(1.0 + target_move(), lang)],
        )
    });
    let behind = e.is_behind();
    // Always there, empty but for a preview, so the results never shift.
    let preview_note = e.is_preview().then(|| {
        let sample = count_text(f64::from(PREVIEW_POSITIONS), lang);
        fill(copy::PREVIEW_NOTE.get(lang), &[&sample])
    });

    html! {
        <>
            <div class="lab-panel" aria-busy={if e.is_preview() { "true" } else { "false" }}>
                <div class="lab-result" aria-live="polite">
                    <h3 class="visually-hidden">{ copy::OUTPUTS.get(lang) }</h3>
                    <p class="cascade-preview" data-testid="cascade-preview">{ preview_note }</p>
                    { comparison(run, total, &target_text, lang) }
                </div>
                <div class="lab-controls">
                    <fieldset class="cascade-group">
                        <legend>{ copy::CONTROLS_MARKET.get(lang) }</legend>
                        { for MARKET_CONTROLS.iter().zip(&lab.inputs.market).map(|(c, input)| c.slider(state, lang, input)) }
                        <button type="button" class="cascade-calibrate" data-testid="cascade-calibrate" onclick={lab.on_calibrate.clone()}>
                            { copy::CALIBRATE.get(lang) }
                        </button>
                        if let Some(text) = e.calibration.map(|c| calibration_text(&c, lang)) {
                            <p class="cascade-calibration" role="status" data-testid="cascade-calibration">{ text }</p>
                        }
                        if let Some(note) = depth_note {
                            <p class="source-note" data-testid="cascade-depth-note">{ note }</p>
                        }
                    </fieldset>
                    { more_settings(lang, unfolded, crowd_controls(state, lang, &lab.on_action, &lab.inputs.crowd)) }
                </div>
                <div class="lab-outputs" aria-live="polite">
                    <p class="cascade-stop" data-testid="cascade-stop">{ stop_text(run, lang) }</p>
                    <p class="source-note">{ copy::REPORTED_NOTE.get(lang) }</p>
                    if let Some(text) = pinned { <p class="cascade-insight">{ text }</p> }
                    <figure class="cascade-figure">
                        { liquidation_map(population, run, step, lang) }
                        { map_caption(run, lang) }
                    </figure>
                    <div class="cascade-rounds-controls">
                        <Slider id="cascade-round" label={copy::ROUND_SCRUBBER.get(lang)} value={step as f64}
                            min={0.0} max={last_step.max(1) as f64} step={1.0}
                            value_text={point_label(run, step, lang)}
                            on_input={lab.on_step.clone()} />
                        <button type="button" class="cascade-play" aria-pressed={if *lab.playing { "true" } else { "false" }} onclick={lab.on_play.clone()}>
                            { if *lab.playing { copy::PAUSE.get(lang) } else { copy::PLAY.get(lang) } }
                        </button>
                    </div>
                    { supporting_tables(&e.shown, behind, &target_text, lang) }
                </div>
            </div>
            <details class="assumptions" open=true aria-busy={if behind { "true" } else { "false" }}>
                <summary>{ copy::ASSUMPTIONS.get(lang) }</summary>
                { assumptions(&e.shown.population, lang) }
            </details>
        </>
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
    #[cfg(not(target_arch = "wasm32"))]
    fn sensitivity_table_says_cannot_reach_only_for_rows_that_cannot() {
        use crate::model::cascade::{sensitivity, PopulationParams};
        let base = PopulationParams {
            count: 200_000,
            leverage_median: 6.0,
            ..PopulationParams::default()
        };
        let rows = sensitivity(&base, -0.05, 100, target_move(), 20_000);
        let html = crate::test_support::render(crowd_sensitivity_table(
            Some(&rows),
            "\u{2212}12.81%",
            Lang::En,
        ));
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
