//! Lollipop gauges for bounded indices (0–100 fear gauges such as CNN Fear & Greed or the
//! share of bearish AAII respondents): one track per datum with optional labelled zones.

use crate::decimal::clamp;
use std::rc::Rc;

use yew::prelude::*;

use super::axis::{label_ticks, Axis, AxisOrient};
use super::format::coord;
use super::interact::{dot, open_dot_key, use_chart, Point, View};
use super::layout::AXIS_ROOM;
use super::scale::LinearScale;

/// A labelled stretch of the index, e.g. 0–25 "Extreme fear", worded by the caller.
#[derive(Clone, Debug, PartialEq)]
pub struct Zone {
    pub from: f64,
    pub to: f64,
    pub label: AttrValue,
}

chart_props! {
    /// One track per datum, top to bottom. Lower-bound readings are drawn as open dots, keyed by
    /// `bound_legend`.
    #[derive(Properties, PartialEq)]
    pub struct GaugeProps {
        axis(tick_count = 5);
        /// The index's fixed scale; values outside are pinned to its ends.
        #[prop_or([0.0, 100.0])]
        pub domain: [f64; 2],
        /// Shaded bands behind the tracks, labelled above them; their edges become the axis
        /// ticks (without zones, `tick_count` sets them).
        #[prop_or_default]
        pub zones: Rc<[Zone]>,
    }
}

const EDGE: f64 = 12.0;
const ZONE_LABELS: f64 = 20.0;
const ROW: f64 = 46.0;
/// Room between the domain's start line and a row's label, which would otherwise touch it.
const LABEL_INSET: f64 = 5.0;
/// Offset of the track's centre line within a row (the label line sits above it).
const TRACK: f64 = 28.0;

/// Clamps into `[lo, hi]` whichever way round the domain is given; NaN stays NaN.
fn pin(value: f64, [a, b]: [f64; 2]) -> f64 {
    clamp(value, a.min(b), a.max(b))
}

/// One row per datum: label, a track over the whole domain, a stem from the domain's start to
/// the reading and a dot at the reading with its value beside it.
#[function_component]
pub fn Gauge(props: &GaugeProps) -> Html {
    let chart = use_chart();
    let data = &props.data;
    let domain = if props.domain.iter().all(|d| d.is_finite()) {
        props.domain
    } else {
        [0.0, 100.0]
    };
    let width = chart.width;
    let x = LinearScale::new(domain, [EDGE, width - EDGE]);
    let top = if props.zones.is_empty() {
        0.0
    } else {
        ZONE_LABELS
    };
    let bottom = top + ROW * data.len() as f64;

    let zones = props.zones.iter().enumerate().map(|(i, zone)| {
        let (a, b) = (
            x.apply(pin(zone.from, domain)),
            x.apply(pin(zone.to, domain)),
        );
        let parity = if i % 2 == 0 {
            "chart-zone--even"
        } else {
            "chart-zone--odd"
        };
        html! {
            <g class="chart-zone-group">
                <rect class={classes!("chart-zone", parity)} x={coord(a.min(b))} y={coord(top)}
                    width={coord((b - a).abs())} height={coord(bottom - top)} />
                <text class="chart-zone-label" x={coord((a + b) / 2.0)} y="14" text-anchor="middle">
                    {&zone.label}
                </text>
            </g>
        }
    });

    let mut anchors = Vec::with_capacity(data.len());
    let rows: Html = data
        .iter()
        .enumerate()
        .map(|(i, datum)| {
            let row = top + ROW * i as f64;
            let cy = row + TRACK;
            let reading = datum.finite_value().map(|v| x.apply(pin(v, domain)));
            let cx = reading.unwrap_or(x.range[0]);
            anchors.push(Point { x: cx, y: cy - 7.0 });
            // The value reads beside the dot, on whichever side has room.
            let (value_x, anchor) = if cx < width * 0.75 { (cx + 12.0, "start") } else { (cx - 12.0, "end") };
            let body = html! {
                <>
                    <rect class="chart-hit" x="0" y={coord(row)} width={coord(width)} height={coord(ROW)} />
                    <text class="chart-label" x={coord(EDGE + LABEL_INSET)} y={coord(row + 14.0)}>{&datum.label}</text>
                    <rect class="chart-track" x={coord(EDGE)} y={coord(cy - 3.0)} width={coord(width - 2.0 * EDGE)} height="6" rx="3" />
                    if reading.is_some() {
                        <line class="chart-stem" x1={coord(x.range[0])} x2={coord(cx)} y1={coord(cy)} y2={coord(cy)} />
                        {dot(Point { x: cx, y: cy }, 7.0, datum.lower_bound)}
                    }
                    <text class="chart-value" x={coord(value_x)} y={coord(cy + 4.5)} text-anchor={anchor}>
                        {&datum.display}
                    </text>
                </>
            };
            chart.mark(i, datum, body)
        })
        .collect();

    let ticks = if props.zones.is_empty() {
        props.ticks(&x)
    } else {
        let mut edges: Vec<f64> = props
            .zones
            .iter()
            .flat_map(|z| [z.from, z.to])
            .map(|v| pin(v, domain))
            .collect();
        edges.sort_unstable_by(f64::total_cmp);
        edges.dedup();
        label_ticks(
            &edges,
            x.tick_step(props.tick_count),
            props.tick_format.as_ref(),
        )
    };
    let view = View {
        width,
        height: bottom + AXIS_ROOM,
    };
    let body = html! {
        <>
            {for zones}
            <Axis orient={AxisOrient::Bottom} scale={x} {ticks} span={[top, bottom]} {view} />
            {rows}
        </>
    };
    let legend = props.legend(open_dot_key());
    chart.render("chart--gauge", view, data, &anchors, body, legend)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pin_clamps_either_way_round() {
        assert_eq!(pin(120.0, [0.0, 100.0]), 100.0);
        assert_eq!(pin(-5.0, [100.0, 0.0]), 0.0);
        assert_eq!(pin(68.0, [0.0, 100.0]), 68.0);
        assert!(pin(f64::NAN, [0.0, 100.0]).is_nan());
    }
}
