//! A line or step chart over ordered categories (a price path by round, odds through the night).

use std::rc::Rc;

use yew::prelude::*;

use super::axis::{Axis, AxisOrient};
use super::datum::{value_extent, Datum};
use super::format::coord;
use super::interact::{dot, open_dot_key, use_chart, Point, WIDTH};
use super::layout::Plot;
use super::scale::{BandScale, LinearScale};

chart_props! {
    /// Lower-bound points are drawn as open dots, keyed by `bound_legend`.
    #[derive(Properties, PartialEq)]
    pub struct LineChartProps {
        axis(tick_count = 5);
        /// One point per datum, left to right; `label` names the x category (e.g. "R3").
        pub data: Rc<[Datum]>,
        /// Draw steps (the value holds until the next point) instead of straight segments.
        #[prop_or_default]
        pub step: bool,
    }
}

/// Room for tick labels on the left and category labels below.
const PLOT: Plot = Plot::new(220.0, [24.0, 16.0, 30.0, 44.0]);
/// Inset of the first and last points from the plot's sides.
const INSET: f64 = 10.0;
/// Category labels beyond this many are thinned to every k-th.
const MAX_X_LABELS: usize = 6;

/// An SVG path through the points, starting a new subpath after each gap (missing value);
/// `step` holds each value until the next point's x, then moves vertically.
fn line_path(points: &[Option<Point>], step: bool) -> String {
    let mut path = String::new();
    let mut previous: Option<Point> = None;
    for point in points {
        match (previous, point) {
            (Some(_), Some(p)) if step => path.push_str(&format!("H{}V{}", coord(p.x), coord(p.y))),
            (Some(_), Some(p)) => path.push_str(&format!("L{},{}", coord(p.x), coord(p.y))),
            (None, Some(p)) => path.push_str(&format!("M{},{}", coord(p.x), coord(p.y))),
            (_, None) => {}
        }
        previous = *point;
    }
    path
}

/// A value line over the data's order with a dot per datum (open for lower bounds), the first
/// and last values labelled directly, a left value axis and thinned category labels.
#[function_component]
pub fn LineChart(props: &LineChartProps) -> Html {
    let chart = use_chart();
    let data = &props.data;
    let n = data.len();
    let extent = value_extent(data, false).unwrap_or([0.0, 0.0]);
    let y = LinearScale::new(extent, PLOT.y_range()).nice(props.tick_count);
    let x = BandScale::new(n, [PLOT.left + INSET, WIDTH - PLOT.right - INSET]).padding_inner(1.0);
    let points: Vec<Option<Point>> = data
        .iter()
        .enumerate()
        .map(|(i, d)| {
            Some(Point {
                x: x.center(i)?,
                y: y.apply(d.finite_value()?),
            })
        })
        .collect();
    let anchors: Vec<Point> = points
        .iter()
        .enumerate()
        .map(|(i, p)| {
            p.unwrap_or(Point {
                x: x.center(i).unwrap_or_default(),
                y: PLOT.top,
            })
        })
        .collect();

    let dots = data
        .iter()
        .zip(&points)
        .enumerate()
        .map(|(i, (datum, point))| {
            let body = match point {
                Some(p) => html! {
                    <>
                        <circle class="chart-hit" cx={coord(p.x)} cy={coord(p.y)} r="14" />
                        {dot(*p, 4.0, datum.lower_bound)}
                    </>
                },
                None => Html::default(),
            };
            chart.mark(i, datum, body)
        });

    let every = n.div_ceil(MAX_X_LABELS).max(1);
    let categories = data.iter().enumerate().step_by(every).map(|(i, datum)| {
        html! {
            <text class="chart-label chart-label--category" x={coord(x.center(i).unwrap_or_default())}
                y={coord(PLOT.height - PLOT.bottom + 18.0)} text-anchor="middle">{&datum.label}</text>
        }
    });

    // Direct labels on the first and last drawable points, anchored inward.
    let first = points.iter().position(Option::is_some);
    let last = points.iter().rposition(Option::is_some);
    let ends = [first, last.filter(|l| Some(*l) != first)]
        .into_iter()
        .flatten()
        .map(|i| {
            let p = anchors[i];
            let anchor = match (first == last, Some(i) == first) {
                (true, _) => "middle",
                (false, true) => "start",
                (false, false) => "end",
            };
            html! {
                <text class="chart-value" x={coord(p.x)} y={coord(p.y - 10.0)} text-anchor={anchor}>
                    {&data[i].display}
                </text>
            }
        });

    let view = PLOT.view();
    let ticks = props.ticks(&y);
    let body = html! {
        <>
            <Axis orient={AxisOrient::Left} scale={y} {ticks} span={PLOT.x_range()} {view} />
            {for categories}
            <path class={classes!("chart-line", props.step.then_some("chart-line--step"))}
                d={line_path(&points, props.step)} />
            {for ends}
            {for dots}
        </>
    };
    let legend = props.legend(open_dot_key());
    chart.render("chart--line", view, data, &anchors, body, legend)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(x: f64, y: f64) -> Option<Point> {
        Some(Point { x, y })
    }

    #[test]
    fn paths_break_at_gaps() {
        let points = [p(0.0, 10.0), p(10.0, 5.5), None, p(30.0, 0.0), p(40.0, 1.0)];
        assert_eq!(line_path(&points, false), "M0,10L10,5.5M30,0L40,1");
        assert_eq!(line_path(&points, true), "M0,10H10V5.5M30,0H40V1");
        assert_eq!(line_path(&[None, None], false), "");
        assert_eq!(line_path(&[], true), "");
    }
}
