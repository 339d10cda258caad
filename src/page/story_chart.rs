//! One chart of the story in its static frame (title, text alternative, source line, data table,
//! CSV file): key-figure cards and the timeline are plain markup; bars, columns, before/after
//! and gauges are islands (`crate::sections::story_chart::ChartMarks`) inside the frame.

use std::rc::Rc;

use yew::prelude::*;

use super::island_slot::IslandSlot;
use super::prose::{datetime, frame_labels, write_per_zone};
use super::ChartFrame;
use crate::charts::csv::to_csv;
use crate::charts::Datum;
use crate::content::chart_copy::{chart_copy, ChartId};
use crate::content::facts::{fact, FactId};
use crate::content::format::format_fact;
use crate::content::page::root_href;
use crate::content::story::render_in;
use crate::content::time::{TimeZoneChoice, TIMELINE};
use crate::content::{ui, Lang};
use crate::context::use_prefs;
use crate::islands::Island;
use crate::sections::chart_data::{chart_data, chart_kind, source_line, ChartKind};
use crate::widgets::markup::markup;

/// The figures one scroll step points at, over the chart it shows.
#[derive(Clone, Debug, PartialEq)]
pub struct StepHighlights {
    pub step: usize,
    pub facts: &'static [FactId],
}

#[derive(Properties, PartialEq)]
pub struct StoryChartProps {
    pub chart: ChartId,
    /// The scroll steps that show this chart, with their figures: the behaviour in
    /// `widgets::scrolly` reveals the active step's readout and lights its cards. Step 0's are
    /// shown from the start, as the stacked layout shows them.
    #[prop_or_default]
    pub steps: Rc<[StepHighlights]>,
}

/// Where a chart's CSV is written, relative to the page's root folder.
pub fn csv_path(chart: ChartId, lang: Lang) -> String {
    format!("data/{}/{}.csv", lang.param(), chart.element_id())
}

/// Every story chart's CSV in `lang`: `(path under the site's root, file)`.
pub fn csv_files(lang: Lang) -> Vec<(String, String)> {
    let columns = frame_labels(lang).columns;
    ChartId::ALL
        .iter()
        .map(|&chart| {
            let data = chart_data(chart, lang, TimeZoneChoice::Beijing);
            (csv_path(chart, lang), to_csv(&columns, &data))
        })
        .collect()
}

#[function_component(StoryChart)]
pub fn story_chart(props: &StoryChartProps) -> Html {
    let lang = use_prefs().lang;
    let chart = props.chart;
    let data = chart_data(chart, lang, TimeZoneChoice::Beijing);
    let text = chart_copy(chart);
    let kind = chart_kind(chart);
    let first_lit: &[FactId] = props
        .steps
        .iter()
        .find(|s| s.step == 0)
        .map_or(&[], |s| s.facts);
    let body = match kind {
        ChartKind::Cards => fact_cards(&data, first_lit),
        ChartKind::Timeline => timeline(lang),
        _ => html! { <IslandSlot island={Island::Chart(chart)} class="chart-body" /> },
    };
    let readouts = (kind != ChartKind::Cards).then(|| {
        props
            .steps
            .iter()
            .filter(|s| !s.facts.is_empty())
            .map(|s| readout(s, lang))
            .collect::<Html>()
    });
    html! {
        <ChartFrame
            id={chart.element_id()}
            title={markup(|m| write_per_zone(m, |tz| render_in(&text.title, lang, tz)))}
            description={markup(|m| write_per_zone(m, |tz| render_in(&text.description, lang, tz)))}
            source_line={markup(|m| write_per_zone(m, |tz| source_line(chart, lang, tz)))}
            data={data.clone()}
            csv_href={root_href(lang, &csv_path(chart, lang))}
            labels={frame_labels(lang)}
        >
            { readouts }
            { body }
        </ChartFrame>
    }
}

/// A step's figures over a chart, for the sticky layout (the step's own text says the same, so
/// assistive technology skips it).
fn readout(step: &StepHighlights, lang: Lang) -> Html {
    html! {
        <p class="chart-readout" aria-hidden="true" data-for-step={step.step.to_string()} hidden={step.step != 0}>
            { for step.facts.iter().map(|&id| {
                let record = fact(id);
                html! {
                    <span class="chart-readout-item">
                        <span class="chart-readout-label">{ record.label.get(lang) }</span>
                        <span class="figure-number">{ format_fact(record, lang) }</span>
                    </span>
                }
            }) }
        </p>
    }
}

/// Key figures that do not share a unit, as cards; those the first step names are lit.
fn fact_cards(data: &[Datum], lit: &[FactId]) -> Html {
    html! {
        <ul class="fact-cards">
            { for data.iter().map(|datum| {
                let lit = lit.iter().any(|id| id.key() == datum.key.as_str());
                html! {
                    <li class={classes!("fact-card", lit.then_some("is-highlighted"))} data-fact={datum.key.clone()}>
                        <span class="fact-card-label">{ &datum.label }</span>
                        <span class="fact-card-value figure-number">{ &datum.display }</span>
                        if let Some(note) = &datum.note {
                            <span class="fact-card-note">{ note }</span>
                        }
                    </li>
                }
            }) }
        </ul>
    }
}

/// The events in order, each in both clocks, and the switch between Beijing and US Eastern
/// time. The switch works without the Wasm module: `assets/prefs.js` sets `<html data-tz>`
/// (which clock the stylesheet shows) and writes `tz` into the address bar.
fn timeline(lang: Lang) -> Html {
    let in_zone = |tz| chart_data(ChartId::Timeline, lang, tz);
    let (beijing, eastern) = (
        in_zone(TimeZoneChoice::Beijing),
        in_zone(TimeZoneChoice::UsEastern),
    );
    let per_zone = |pick: fn(&Datum) -> &str, i: usize| {
        markup(|m| {
            write_per_zone(m, |tz| match tz {
                TimeZoneChoice::Beijing => pick(&beijing[i]).to_string(),
                TimeZoneChoice::UsEastern => pick(&eastern[i]).to_string(),
            })
        })
    };
    html! {
        <div class="timeline-wrap">
            <div class="timeline-tools" data-testid="tz-switch">
                <fieldset class="choice">
                    <legend>{ ui::TIME_ZONE.get(lang) }</legend>
                    <div class="choice-options">
                        { for TimeZoneChoice::ALL.iter().map(|tz| {
                            let id = format!("timeline-tz-{}", tz.param());
                            html! {
                                <label class="choice-option" for={id.clone()}>
                                    <input type="radio" {id} name="timeline-tz" value={tz.param()}
                                        checked={*tz == TimeZoneChoice::default()} />
                                    <span>{ tz.label().get(lang) }</span>
                                </label>
                            }
                        }) }
                    </div>
                </fieldset>
            </div>
            <ol class="timeline" data-testid="timeline">
                { for TIMELINE.iter().enumerate().map(|(i, event)| html! {
                    <li class={classes!("timeline-event", event.at.is_exact().then_some("is-exact"))}>
                        <time class="timeline-when" datetime={datetime(&event.at)}>
                            { per_zone(|d| d.display.as_str(), i) }
                        </time>
                        <span class="timeline-what">{ per_zone(|d| d.label.as_str(), i) }</span>
                        if beijing[i].note.is_some() {
                            <span class="timeline-figures figure-number">
                                { per_zone(|d| d.note.as_deref().unwrap_or_default(), i) }
                            </span>
                        }
                        <span class="timeline-source">{ &beijing[i].source }</span>
                    </li>
                }) }
            </ol>
        </div>
    }
}
