//! Two columns, before and after (bitcoin's market value 2.48tn → 1.27tn): the later column
//! carries a dashed ghost of the first so the loss reads as the empty part of the outline.

use std::rc::Rc;

use yew::prelude::*;

use super::bars::{bound_key, Bar, Orientation};
use super::datum::{value_extent, Datum};
use super::format::coord;
use super::interact::{use_chart, WIDTH};
use super::layout::Plot;
use super::scale::{BandScale, LinearScale};

chart_props! {
    /// No value axis: each column is labelled directly; lower bounds carry an arrow.
    #[derive(Properties, PartialEq)]
    pub struct BeforeAfterProps {
        /// Usually two data, first "before"; any later datum is drawn as an "after" column.
        pub data: Rc<[Datum]>,
        /// Pre-formatted change from the first to the last, e.g. "−49%", written over the
        /// connector.
        #[prop_or_default]
        pub change: Option<AttrValue>,
    }
}

/// Room above the tallest column for its value label and the change label, below the baseline
/// for category labels.
const PLOT: Plot = Plot::new(220.0, [40.0, 16.0, 28.0, 16.0]);

/// Columns on a shared zero baseline without an axis: each value is labelled directly, later
/// columns show the first value as a dashed outline, and a connector carries `change`.
#[function_component]
pub fn BeforeAfter(props: &BeforeAfterProps) -> Html {
    let chart = use_chart();
    let data = &props.data;
    let extent = value_extent(data, true).unwrap_or([0.0, 0.0]);
    // No nicing: with no axis the columns must be exactly proportional to each other.
    let y = LinearScale::new(extent, PLOT.y_range());
    let x = BandScale::new(data.len(), PLOT.x_range())
        .padding_inner(0.5)
        .padding_outer(0.25);
    let band = x.bandwidth();
    let bars: Vec<Bar> = data
        .iter()
        .enumerate()
        .map(|(i, d)| {
            Bar::new(
                Orientation::Vertical,
                &y,
                d.value,
                x.position(i).unwrap_or_default(),
                band,
            )
        })
        .collect();

    let columns = data.iter().zip(&bars).enumerate().map(|(i, (datum, bar))| {
        let ghost = (i > 0)
            .then(|| data.first().and_then(Datum::finite_value))
            .flatten()
            .map(|first| {
                Bar::new(
                    Orientation::Vertical,
                    &y,
                    first,
                    x.position(i).unwrap_or_default(),
                    band,
                )
            });
        let body = html! {
            <>
                {ghost.map(|g| g.rect(classes!("chart-ghost")))}
                {bar.html(datum, if i == 0 { "chart-before" } else { "chart-after" })}
                {bar.category_label(&datum.label)}
            </>
        };
        chart.mark(i, datum, body)
    });

    // The connector runs from the first column's top right corner to the last one's top left.
    let connector = match (&props.change, bars.first(), bars.last()) {
        (Some(change), Some(first), Some(last)) if bars.len() > 1 => {
            let (from, to) = (first.anchor(), last.anchor());
            let (x1, x2) = (from.x + band / 2.0, to.x - band / 2.0);
            let tone = if data[data.len() - 1].value < data[0].value {
                "chart-down"
            } else {
                "chart-up"
            };
            html! {
                <g class="chart-connector-group" aria-hidden="true">
                    <line class="chart-connector" x1={coord(x1)} y1={coord(from.y)} x2={coord(x2)} y2={coord(to.y)} />
                    <text class={classes!("chart-change", tone)} x={coord((x1 + x2) / 2.0)}
                        y={coord((from.y + to.y) / 2.0 - 8.0)} text-anchor="middle">{change}</text>
                </g>
            }
        }
        _ => Html::default(),
    };

    let anchors: Vec<_> = bars.iter().map(Bar::anchor).collect();
    let view = PLOT.view();
    let body = html! {
        <>
            <line class="chart-grid chart-grid--zero" x1={coord(PLOT.left)} x2={coord(WIDTH - PLOT.right)}
                y1={coord(y.apply(0.0))} y2={coord(y.apply(0.0))} />
            {connector}
            {for columns}
        </>
    };
    let legend = props.legend(bound_key());
    chart.render("chart--before-after", view, data, &anchors, body, legend)
}
