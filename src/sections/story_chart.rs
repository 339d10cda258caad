//! The marks of a story chart, an island: bars, columns and gauges, each mark
//! showing its value and source on hover, tap or focus. The frame around them (title, text
//! alternative, source line, data table) is static, written by `crate::page::story_chart`.

use yew::prelude::*;

use super::chart_data::{chart_data, chart_kind, ChartKind};
use crate::charts::{ChartLabelling, Gauge, HBarChart, VBarChart};
use crate::content::chart_copy::{self as copy, ChartId};
use crate::content::format::{format_number, format_percent};
use crate::content::Lang;
use crate::context::use_prefs;

/// Whether the chart's marks answer the reader (the clock is static).
pub fn is_interactive(chart: ChartId) -> bool {
    chart_kind(chart) != ChartKind::Clock
}

/// Tick labels of percent axes: `−20%`, `10%`.
fn percent_ticks() -> Callback<f64, AttrValue> {
    Callback::from(|value: f64| AttrValue::from(format_percent(value, 1)))
}

/// Tick labels of dollar-flow axes, short enough for the axis gutter: `−0.5bn` / `−5亿` (the
/// chart's labels and table carry the dollar signs).
fn usd_flow_ticks(lang: Lang) -> Callback<f64, AttrValue> {
    Callback::from(move |value: f64| {
        let (scaled, unit) = match lang.rendered() {
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

#[derive(Properties, PartialEq)]
pub struct ChartMarksProps {
    pub chart: ChartId,
}

#[function_component(ChartMarks)]
pub fn chart_marks(props: &ChartMarksProps) -> Html {
    let prefs = use_prefs();
    let (lang, tz, chart) = (prefs.lang, prefs.tz, props.chart);
    let data = (*use_memo((chart, lang, tz), |&(chart, lang, tz)| {
        chart_data(chart, lang, tz)
    }))
    .clone();
    let bound_legend = Some(AttrValue::from(copy::BOUND_LEGEND.get(lang)));
    let body = match chart_kind(chart) {
        ChartKind::HBar => html! {
            <HBarChart {data} tick_format={Some(percent_ticks())} {bound_legend} />
        },
        ChartKind::VBar => html! {
            <VBarChart {data} tick_count={4} tick_format={Some(usd_flow_ticks(lang))} {bound_legend} />
        },
        ChartKind::Gauge => html! {
            <Gauge {data} bound_legend={Some(AttrValue::from(copy::DOT_LEGEND.get(lang)))} />
        },
        ChartKind::Clock => Html::default(),
    };
    html! {
        <ContextProvider<ChartLabelling> context={ChartLabelling::for_frame(&chart.element_id())}>
            { body }
        </ContextProvider<ChartLabelling>>
    }
}
