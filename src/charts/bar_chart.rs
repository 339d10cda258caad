//! Bar charts of signed values, diverging from zero: horizontal rows grouped under headings
//! (the night's moves by asset class) and vertical columns (daily ETF flows).

use std::rc::Rc;

use yew::prelude::*;

use super::axis::{scale_ticks, Axis, AxisOrient};
use super::bars::{bound_key, Bar, Orientation};
use super::datum::{value_extent, Datum};
use super::format::coord;
use super::interact::{bound_legend, tone, use_chart, View, WIDTH};
use super::scale::{BandScale, LinearScale};

#[derive(Properties, PartialEq)]
pub struct BarChartProps {
    /// One bar per datum, in order. `HBarChart` starts a heading whenever `group` changes.
    pub data: Rc<[Datum]>,
    /// Approximate number of axis intervals (d3's tick count); the value axis is niced to it.
    #[prop_or(5)]
    pub tick_count: usize,
    /// Tick label text, e.g. `|v| format!("{v}%")`; defaults to plain numbers.
    #[prop_or_default]
    pub tick_format: Option<Callback<f64, AttrValue>>,
    /// Legend text for lower-bound bars, e.g. "Arrow: fell at least this much"; shown only if
    /// some datum is a lower bound.
    #[prop_or_default]
    pub bound_legend: Option<AttrValue>,
}

/// Room for a value label ("≥ −19%") beside the longest bar.
const VALUE_GUTTER: f64 = 60.0;
const EDGE: f64 = 4.0;
/// Row: label line, then the bar, then a gap.
const ROW: f64 = 42.0;
const ROW_BAR_OFFSET: f64 = 19.0;
const ROW_BAR: f64 = 14.0;
const HEADING: f64 = 28.0;
const AXIS_ROOM: f64 = 24.0;

/// Horizontal bars, one row per datum (label above its bar), diverging from a zero line, with
/// a heading above each run of the same `group` and a value axis below.
#[function_component]
pub fn HBarChart(props: &BarChartProps) -> Html {
    let chart = use_chart();
    let data = &props.data;
    let [low, high] = value_extent(data, true).unwrap_or([0.0, 0.0]);
    let left = if low < 0.0 { VALUE_GUTTER } else { EDGE };
    let right = WIDTH - if high > 0.0 { VALUE_GUTTER } else { EDGE };
    let x = LinearScale::new([low, high], [left, right]).nice(props.tick_count);

    let mut y = EDGE;
    let mut previous_group = None;
    let mut anchors = Vec::with_capacity(data.len());
    let rows: Html = data
        .iter()
        .enumerate()
        .map(|(i, datum)| {
            let heading = match &datum.group {
                Some(group) if previous_group != Some(group) => {
                    y += HEADING;
                    html! { <text class="chart-heading" x="0" y={coord(y - 9.0)}>{group}</text> }
                }
                _ => Html::default(),
            };
            previous_group = datum.group.as_ref();
            let bar = Bar::new(Orientation::Horizontal, &x, datum.value, y + ROW_BAR_OFFSET, ROW_BAR);
            anchors.push(bar.anchor());
            let body = html! {
                <>
                    <rect class="chart-hit" x="0" y={coord(y)} width={coord(WIDTH)} height={coord(ROW - 2.0)} />
                    <text class="chart-label" x="0" y={coord(y + 13.0)}>{&datum.label}</text>
                    {bar.html(datum, tone(datum.value))}
                </>
            };
            y += ROW;
            html! { <>{heading}{chart.mark(i, datum, body)}</> }
        })
        .collect();

    let view = View {
        width: WIDTH,
        height: y + AXIS_ROOM,
    };
    let ticks = scale_ticks(&x, props.tick_count, props.tick_format.as_ref());
    let body = html! {
        <>
            <Axis orient={AxisOrient::Bottom} scale={x} {ticks} span={[EDGE, y]} {view} />
            {rows}
        </>
    };
    let legend = bound_legend(data, props.bound_legend.as_ref(), bound_key());
    chart.render("chart--hbar", view, data, &anchors, body, legend)
}

const COLUMN_HEIGHT: f64 = 240.0;
/// Room for tick labels left of the plot.
const COLUMN_LEFT: f64 = 44.0;
/// Room above and below the plot for value and category labels.
const COLUMN_MARGIN: f64 = 28.0;

/// Vertical columns, one per datum, diverging from a zero line, each category named on the far
/// side of zero from its column; a value axis on the left.
#[function_component]
pub fn VBarChart(props: &BarChartProps) -> Html {
    let chart = use_chart();
    let data = &props.data;
    let extent = value_extent(data, true).unwrap_or([0.0, 0.0]);
    let y = LinearScale::new(extent, [COLUMN_HEIGHT - COLUMN_MARGIN, COLUMN_MARGIN])
        .nice(props.tick_count);
    let x = BandScale::new(data.len(), [COLUMN_LEFT, WIDTH - EDGE])
        .padding_inner(0.3)
        .padding_outer(0.15);
    let (band, step) = (x.bandwidth(), x.step());

    let mut anchors = Vec::with_capacity(data.len());
    let columns: Html = data
        .iter()
        .enumerate()
        .map(|(i, datum)| {
            let start = x.position(i).unwrap_or_default();
            let bar = Bar::new(Orientation::Vertical, &y, datum.value, start, band);
            anchors.push(bar.anchor());
            let body = html! {
                <>
                    <rect class="chart-hit" x={coord(start - (step - band) / 2.0)} y="0"
                        width={coord(step)} height={coord(COLUMN_HEIGHT)} />
                    {bar.html(datum, tone(datum.value))}
                    {bar.category_label(&datum.label)}
                </>
            };
            chart.mark(i, datum, body)
        })
        .collect();

    let view = View {
        width: WIDTH,
        height: COLUMN_HEIGHT,
    };
    let ticks = scale_ticks(&y, props.tick_count, props.tick_format.as_ref());
    let body = html! {
        <>
            <Axis orient={AxisOrient::Left} scale={y} {ticks} span={[COLUMN_LEFT, WIDTH - EDGE]} {view} />
            {columns}
        </>
    };
    let legend = bound_legend(data, props.bound_legend.as_ref(), bound_key());
    chart.render("chart--vbar", view, data, &anchors, body, legend)
}
