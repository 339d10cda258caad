//! A value axis drawn as light gridlines with labels, the newsroom style (no domain line; the
//! zero gridline is emphasised).

use std::rc::Rc;

use yew::prelude::*;

use super::format::{coord, tick_label};
use super::interact::View;
use super::scale::LinearScale;

/// Which side of the plot the labels sit on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AxisOrient {
    /// Labels under the plot, vertical gridlines (a horizontal value axis).
    Bottom,
    /// Labels left of the plot, horizontal gridlines (a vertical value axis).
    Left,
}

/// One tick: where it goes and what it says.
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    pub value: f64,
    pub label: AttrValue,
}

/// Labels `values` with the caller's formatter, or with d3's default (decimals from `step`).
/// Non-finite values are dropped.
pub fn label_ticks(
    values: &[f64],
    step: f64,
    format: Option<&Callback<f64, AttrValue>>,
) -> Rc<[Tick]> {
    values
        .iter()
        .filter(|v| v.is_finite())
        .map(|&value| Tick {
            value,
            label: format.map_or_else(|| tick_label(value, step).into(), |f| f.emit(value)),
        })
        .collect()
}

/// About `count + 1` round ticks across the scale's domain (d3's `scale.ticks(count)`).
pub fn scale_ticks(
    scale: &LinearScale,
    count: usize,
    format: Option<&Callback<f64, AttrValue>>,
) -> Rc<[Tick]> {
    label_ticks(&scale.ticks(count), scale.tick_step(count), format)
}

#[derive(Properties, PartialEq)]
pub struct AxisProps {
    pub orient: AxisOrient,
    pub scale: LinearScale,
    pub ticks: Rc<[Tick]>,
    /// The plot's extent across the axis (y for `Bottom`, x for `Left`): gridlines span it and
    /// labels sit just beyond its end (`Bottom`) or before its start (`Left`).
    pub span: [f64; 2],
    /// The chart's viewBox, so labels at its edges are anchored inward rather than cut off.
    pub view: View,
}

/// Half a typical tick label: closer than this to an edge, a label is anchored inward.
const EDGE_ROOM: f64 = 24.0;
/// A generous width per character of an 11px tick label, in viewBox units.
const CHAR_WIDTH: f64 = 6.8;
/// Clear space kept between two tick labels.
const LABEL_GAP: f64 = 4.0;

/// How each label on a bottom axis is anchored, given its position and length; `None` hides it.
/// Labels near an edge are anchored inward so they are not cut off, which can push them into
/// their neighbour: then the edge label gives way, since the interior ones carry the scale.
pub fn bottom_anchors(ticks: &[(f64, usize)], width: f64) -> Vec<Option<&'static str>> {
    let placed: Vec<(&'static str, f64, f64)> = ticks
        .iter()
        .map(|&(at, chars)| {
            let w = chars as f64 * CHAR_WIDTH;
            if at < EDGE_ROOM {
                ("start", at, at + w)
            } else if at > width - EDGE_ROOM {
                ("end", at - w, at)
            } else {
                ("middle", at - w / 2.0, at + w / 2.0)
            }
        })
        .collect();
    let clashes = |(_, a0, a1): (&str, f64, f64), (_, b0, b1): (&str, f64, f64)| {
        a0 < b1 + LABEL_GAP && b0 < a1 + LABEL_GAP
    };
    placed
        .iter()
        .enumerate()
        .map(|(i, &label)| {
            let edge = label.0 != "middle";
            let crowded = edge
                && placed
                    .iter()
                    .enumerate()
                    .any(|(j, &other)| j != i && other.0 == "middle" && clashes(label, other));
            (!crowded).then_some(label.0)
        })
        .collect()
}

#[function_component]
pub fn Axis(props: &AxisProps) -> Html {
    let [from, to] = props.span;
    let at = |tick: &Tick| props.scale.apply(tick.value);
    let anchors = match props.orient {
        AxisOrient::Bottom => {
            let placed: Vec<_> = props
                .ticks
                .iter()
                .map(|tick| (at(tick), tick.label.chars().count()))
                .collect();
            bottom_anchors(&placed, props.view.width)
        }
        AxisOrient::Left => Vec::new(),
    };
    let ticks = props.ticks.iter().enumerate().map(|(i, tick)| {
        let at = at(tick);
        let grid = classes!("chart-grid", (tick.value == 0.0).then_some("chart-grid--zero"));
        match props.orient {
            AxisOrient::Bottom => html! {
                <g class="chart-tick">
                    <line class={grid} x1={coord(at)} x2={coord(at)} y1={coord(from)} y2={coord(to)} />
                    if let Some(anchor) = anchors.get(i).copied().flatten() {
                        <text class="chart-tick-label" x={coord(at)} y={coord(to + 16.0)} text-anchor={anchor}>
                            {&tick.label}
                        </text>
                    }
                </g>
            },
            AxisOrient::Left => html! {
                <g class="chart-tick">
                    <line class={grid} x1={coord(from)} x2={coord(to)} y1={coord(at)} y2={coord(at)} />
                    <text class="chart-tick-label" x={coord(from - 6.0)} y={coord(at + 4.0)} text-anchor="end">
                        {&tick.label}
                    </text>
                </g>
            },
        }
    });
    let side = match props.orient {
        AxisOrient::Bottom => "chart-axis--bottom",
        AxisOrient::Left => "chart-axis--left",
    };
    // Tick labels are visual scaffolding: the marks and the data table carry the values.
    html! { <g class={classes!("chart-axis", side)} aria-hidden="true">{for ticks}</g> }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_use_default_or_caller_format() {
        let scale = LinearScale::new([-14.0, 0.0], [0.0, 1.0]);
        let labels: Vec<_> = scale_ticks(&scale, 5, None)
            .iter()
            .map(|t| t.label.to_string())
            .collect();
        assert_eq!(labels, ["−14", "−12", "−10", "−8", "−6", "−4", "−2", "0"]);
        let percent = Callback::from(|v: f64| AttrValue::from(format!("{v}%")));
        let ticks = scale_ticks(&scale, 2, Some(&percent));
        assert_eq!(
            ticks.iter().map(|t| t.label.as_str()).collect::<Vec<_>>(),
            ["-10%", "-5%", "0%"]
        );
        assert!(label_ticks(&[f64::NAN, 1.0], 1.0, None).len() == 1);
    }

    #[test]
    fn an_edge_label_gives_way_to_a_close_neighbour() {
        // The leverage lab's price axis: "62,000" at the left edge, "64,000" 22 units on.
        let crowded = [(12.0, 6), (34.0, 6), (120.0, 6), (326.0, 6), (348.0, 6)];
        assert_eq!(
            bottom_anchors(&crowded, 360.0),
            [None, Some("middle"), Some("middle"), Some("middle"), None]
        );
        // With room to spare, edge labels stay, anchored inward.
        let roomy = [(12.0, 2), (180.0, 2), (348.0, 2)];
        assert_eq!(
            bottom_anchors(&roomy, 360.0),
            [Some("start"), Some("middle"), Some("end")]
        );
    }
}
