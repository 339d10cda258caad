//! One chart of the story in its frame (title, text alternative, source line, data table, CSV),
//! drawn from `chart_data` by the chart layer: bars, columns, before/after, gauges, key-figure
//! cards and the timeline with its Beijing / US Eastern switch.

use std::rc::Rc;

use yew::prelude::*;

use super::chart_data::{chart_data, chart_kind, source_line, ChartKind};
use super::prose::{datetime, frame_labels, write_per_zone};
use crate::charts::{BeforeAfter, Datum, Gauge, HBarChart, VBarChart};
use crate::content::chart_copy::{self as copy, chart_copy, ChartId};
use crate::content::facts::{fact, FactId};
use crate::content::format::{format_fact, format_fact_short, format_number, format_percent};
use crate::content::story::render_in;
use crate::content::time::{TimeZoneChoice, TIMELINE};
use crate::content::{ui, Lang};
use crate::context::{use_prefs, use_prefs_dispatch, PrefsAction};
use crate::widgets::markup::frozen;
use crate::widgets::{ChartFrame, Choice};

#[derive(Properties, PartialEq)]
pub struct StoryChartProps {
    pub chart: ChartId,
    /// The records the active scroll step points at: highlighted cards, or a readout over a chart.
    #[prop_or_default]
    pub highlights: Rc<[FactId]>,
}

/// Tick labels of percent axes: `−20%`, `10%`.
fn percent_ticks() -> Callback<f64, AttrValue> {
    Callback::from(|value: f64| AttrValue::from(format_percent(value, 1)))
}

/// Tick labels of dollar-flow axes, short enough for the axis gutter: `−0.5bn` / `−5亿` (the
/// chart's labels and table carry the dollar signs).
fn usd_flow_ticks(lang: Lang) -> Callback<f64, AttrValue> {
    Callback::from(move |value: f64| {
        let (scaled, unit) = match lang {
            Lang::Zh => (value / 1e8, "亿"),
            Lang::En => (value / 1e9, "bn"),
        };
        let number = format_number(scaled, 2);
        AttrValue::from(if number == "0" {
            number
        } else {
            format!("{number}{unit}")
        })
    })
}

#[function_component(StoryChart)]
pub fn story_chart(props: &StoryChartProps) -> Html {
    let prefs = use_prefs();
    let (lang, tz, chart) = (prefs.lang, prefs.tz, props.chart);
    let data = use_memo((chart, lang, tz), |&(chart, lang, tz)| {
        chart_data(chart, lang, tz)
    });
    let data: Rc<[Datum]> = (*data).clone();
    let text = chart_copy(chart);
    let bound_legend = Some(AttrValue::from(copy::BOUND_LEGEND.get(lang)));
    let kind = chart_kind(chart);
    let body = match kind {
        ChartKind::HBar => html! {
            <HBarChart data={data.clone()} tick_format={Some(percent_ticks())} bound_legend={bound_legend} />
        },
        ChartKind::VBar => html! {
            <VBarChart data={data.clone()} tick_count={4} tick_format={Some(usd_flow_ticks(lang))} bound_legend={bound_legend} />
        },
        ChartKind::BeforeAfter(change) => {
            let change = change.map(|id| AttrValue::from(format_fact_short(fact(id), lang)));
            html! { <BeforeAfter data={data.clone()} {change} bound_legend={bound_legend} /> }
        }
        ChartKind::Gauge => html! {
            <Gauge data={data.clone()} bound_legend={Some(AttrValue::from(copy::DOT_LEGEND.get(lang)))} />
        },
        ChartKind::Cards => fact_cards(&data, &props.highlights),
        ChartKind::Timeline => html! { <Timeline data={data.clone()} {tz} /> },
    };
    let readout = (kind != ChartKind::Cards && !props.highlights.is_empty())
        .then(|| readout(&props.highlights, lang));
    html! {
        <ChartFrame
            id={chart.element_id()}
            title={frozen(|m| write_per_zone(m, |tz| render_in(&text.title, lang, tz)))}
            description={frozen(|m| write_per_zone(m, |tz| render_in(&text.description, lang, tz)))}
            source_line={frozen(|m| write_per_zone(m, |tz| source_line(chart, lang, tz)))}
            data={data.clone()}
            labels={frame_labels(lang)}
        >
            { readout }
            { body }
        </ChartFrame>
    }
}

/// The active step's figures over a chart, for the sticky layout (the step's own text says the
/// same, so assistive technology skips it).
fn readout(highlights: &[FactId], lang: Lang) -> Html {
    html! {
        <p class="chart-readout" aria-hidden="true">
            { for highlights.iter().map(|&id| {
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

/// Key figures that do not share a unit, as cards; those the active step names are highlighted.
fn fact_cards(data: &[Datum], highlights: &[FactId]) -> Html {
    html! {
        <ul class="fact-cards">
            { for data.iter().map(|datum| {
                let lit = highlights.iter().any(|id| id.key() == datum.key.as_str());
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

#[derive(Properties, PartialEq)]
struct TimelineProps {
    data: Rc<[Datum]>,
    tz: TimeZoneChoice,
}

/// The events in order, each with its time in the reader's clock, and the switch between
/// Beijing and US Eastern time (written back to the URL as `tz`).
#[function_component(Timeline)]
fn timeline(props: &TimelineProps) -> Html {
    let lang = use_prefs().lang;
    let dispatch = use_prefs_dispatch();
    let on_select = Callback::from(move |value: AttrValue| {
        let Some(tz) = TimeZoneChoice::parse(&value) else {
            return;
        };
        if let Some(dispatch) = &dispatch {
            dispatch.dispatch(PrefsAction::SetTimeZone(tz));
        }
        crate::browser::replace_query_param("tz", tz.param());
    });
    let options: Rc<[(AttrValue, AttrValue)]> = TimeZoneChoice::ALL
        .iter()
        .map(|tz| {
            (
                AttrValue::from(tz.param()),
                AttrValue::from(tz.label().get(lang)),
            )
        })
        .collect();
    html! {
        <div class="timeline-wrap">
            <div class="timeline-tools" data-testid="tz-switch">
                <Choice name="timeline-tz" legend={ui::TIME_ZONE.get(lang)} {options}
                    selected={props.tz.param()} {on_select} />
            </div>
            <ol class="timeline" data-testid="timeline">
                { for props.data.iter().zip(TIMELINE.iter()).map(|(datum, event)| html! {
                    <li class={classes!("timeline-event", event.at.is_exact().then_some("is-exact"))}>
                        <time class="timeline-when" datetime={datetime(&event.at)}>{ &datum.display }</time>
                        <span class="timeline-what">{ &datum.label }</span>
                        if let Some(figures) = &datum.note {
                            <span class="timeline-figures figure-number">{ figures }</span>
                        }
                        <span class="timeline-source">{ &datum.source }</span>
                    </li>
                }) }
            </ol>
        </div>
    }
}
