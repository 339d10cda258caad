//! Bar charts of signed values, diverging from zero: horizontal rows grouped under headings
//! (the night's moves by asset class) and vertical columns (daily ETF flows).

use yew::prelude::*;

use super::axis::{Axis, AxisOrient};
use super::bars::{bound_key, Bar, Orientation};
use super::datum::value_extent;
use super::format::coord;
use super::interact::{tone, use_chart, View};
use super::layout::{Plot, AXIS_ROOM};
use super::scale::{BandScale, LinearScale};

chart_props! {
    /// One bar per datum, in order; `HBarChart` starts a heading whenever `group` changes.
    /// Lower-bound bars carry an arrow, keyed by `bound_legend`.
    #[derive(Properties, PartialEq)]
    pub struct BarChartProps {
        axis(tick_count = 5);
    }
}

/// Room for a value label ("≥ −19%") beside the longest bar.
const VALUE_GUTTER: f64 = 60.0;
const EDGE: f64 = 4.0;
/// Row: label line, then the bar, then a gap.
const ROW: f64 = 42.0;
const ROW_BAR_OFFSET: f64 = 19.0;
const ROW_BAR: f64 = 14.0;
const HEADING: f64 = 28.0;

/// Horizontal bars, one row per datum (label above its bar), diverging from a zero line, with
/// a heading above each run of the same `group` and a value axis below.
#[function_component]
pub fn HBarChart(props: &BarChartProps) -> Html {
    let chart = use_chart();
    let data = &props.data;
    let [low, high] = value_extent(data, true).unwrap_or([0.0, 0.0]);
    let left = if low < 0.0 { VALUE_GUTTER } else { EDGE };
    let width = chart.width;
    let right = width - if high > 0.0 { VALUE_GUTTER } else { EDGE };
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
                    <rect class="chart-hit" x="0" y={coord(y)} width={coord(width)} height={coord(ROW - 2.0)} />
                    <text class="chart-label" x="0" y={coord(y + 13.0)}>{&datum.label}</text>
                    {bar.html(datum, tone(datum.value))}
                </>
            };
            y += ROW;
            html! { <>{heading}{chart.mark(i, datum, body)}</> }
        })
        .collect();

    let view = View {
        width,
        height: y + AXIS_ROOM,
    };
    let ticks = props.ticks(&x);
    let body = html! {
        <>
            <Axis orient={AxisOrient::Bottom} scale={x} {ticks} span={[EDGE, y]} {view} />
            {rows}
        </>
    };
    let legend = props.legend(bound_key());
    chart.render("chart--hbar", view, data, &anchors, body, legend)
}

/// Room for tick labels left of the plot, above and below it for value and category labels.
const COLUMNS: Plot = Plot::new(240.0, [28.0, EDGE, 28.0, 56.0]);

/// Vertical columns, one per datum, diverging from a zero line, each category named on the far
/// side of zero from its column; a value axis on the left.
#[function_component]
pub fn VBarChart(props: &BarChartProps) -> Html {
    let chart = use_chart();
    let data = &props.data;
    let extent = value_extent(data, true).unwrap_or([0.0, 0.0]);
    let y = LinearScale::new(extent, COLUMNS.y_range()).nice(props.tick_count);
    let x = BandScale::new(data.len(), COLUMNS.x_range(chart.width))
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
                        width={coord(step)} height={coord(COLUMNS.height)} />
                    {bar.html(datum, tone(datum.value))}
                    {bar.category_label(&datum.label, chart.width)}
                </>
            };
            chart.mark(i, datum, body)
        })
        .collect();

    let view = COLUMNS.view(chart.width);
    let ticks = props.ticks(&y);
    let body = html! {
        <>
            <Axis orient={AxisOrient::Left} scale={y} {ticks} span={COLUMNS.x_range(chart.width)} {view} />
            {columns}
        </>
    };
    let legend = props.legend(bound_key());
    chart.render("chart--vbar", view, data, &anchors, body, legend)
}
