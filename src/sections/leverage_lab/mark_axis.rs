//! Labelled vertical marks over a shaded band on a horizontal value axis: the lab's price chart
//! and the guess's answer.

use std::rc::Rc;

use yew::prelude::*;

use crate::charts::axis::scale_ticks;
use crate::charts::format::{coord, text_width, LABEL_SIZE};
use crate::charts::{use_width, Axis, AxisOrient, LinearScale, View};

/// One labelled vertical mark on the price axis.
#[derive(Clone, PartialEq)]
pub(super) struct AxisMark {
    pub(super) value: f64,
    pub(super) label: AttrValue,
    pub(super) line_class: &'static str,
    pub(super) label_class: &'static str,
}

#[derive(Properties, PartialEq)]
pub(super) struct MarkAxisProps {
    /// Drawn top to bottom, one label row each, so labels never collide.
    pub(super) marks: Rc<[AxisMark]>,
    /// A stretch of the axis to shade (the night's known range; the fall that liquidates).
    pub(super) band: (f64, f64),
    /// What the picture shows, for screen readers.
    pub(super) summary: AttrValue,
    /// Tick labels; plain numbers by default.
    #[prop_or_default]
    pub(super) tick_format: Option<Callback<f64, AttrValue>>,
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
pub(super) fn mark_axis(props: &MarkAxisProps) -> Html {
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
