//! Bar geometry shared by the horizontal, vertical and before/after charts: a bar from zero to
//! its value across a band, its open-ended lower-bound tip and its value label.

use crate::decimal::clamp;
use yew::prelude::*;

use super::datum::Datum;
use super::format::{coord, text_width, LABEL_SIZE};
use super::interact::Point;
use super::scale::LinearScale;

/// Along which screen axis values grow.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Orientation {
    Horizontal,
    Vertical,
}

/// A bar's rectangle plus the middle of its value end and which way (±1 in viewBox units) points
/// away from zero, where the lower-bound tip and the value label go.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Bar {
    orientation: Orientation,
    x: f64,
    y: f64,
    width: f64,
    height: f64,
    end: Point,
    zero: f64,
    outward: f64,
}

/// Gap between a bar's end and its value label.
const LABEL_GAP: f64 = 4.0;

impl Bar {
    /// The bar for `value` (non-finite: zero length) in the band `[band_start, band_start + band_width]`.
    pub(crate) fn new(
        orientation: Orientation,
        scale: &LinearScale,
        value: f64,
        band_start: f64,
        band_width: f64,
    ) -> Bar {
        let value = if value.is_finite() { value } else { 0.0 };
        let zero = scale.apply(0.0);
        let end = scale.apply(value);
        // A zero-length bar still needs a side for its label: the side its sign grows towards.
        let growth = if end != zero {
            end - zero
        } else {
            scale.apply(1.0) - zero
        };
        let outward = if value < 0.0 && end == zero {
            -growth.signum()
        } else {
            growth.signum()
        };
        let (low, length) = (zero.min(end), (end - zero).abs());
        let middle = band_start + band_width / 2.0;
        match orientation {
            Orientation::Horizontal => Bar {
                orientation,
                x: low,
                y: band_start,
                width: length,
                height: band_width,
                end: Point { x: end, y: middle },
                zero,
                outward,
            },
            Orientation::Vertical => Bar {
                orientation,
                x: band_start,
                y: low,
                width: band_width,
                height: length,
                end: Point { x: middle, y: end },
                zero,
                outward,
            },
        }
    }

    /// Where the tooltip points: the top edge of the bar, at its value end.
    pub(crate) fn anchor(&self) -> Point {
        Point {
            x: self.end.x,
            y: self.y,
        }
    }

    /// Length of the lower-bound tip: proportional to the bar's thickness, within 4–10 units.
    fn tip_length(&self) -> f64 {
        clamp(self.thickness() * 0.45, 4.0, 10.0)
    }

    /// The bar's extent across its band.
    fn thickness(&self) -> f64 {
        match self.orientation {
            Orientation::Horizontal => self.height,
            Orientation::Vertical => self.width,
        }
    }

    /// The rectangle alone, with the given classes (used for ghosts of earlier values too).
    pub(crate) fn rect(&self, class: Classes) -> Html {
        html! {
            <rect {class} x={coord(self.x)} y={coord(self.y)}
                width={coord(self.width)} height={coord(self.height)} />
        }
    }

    /// The bar in `tone`, its arrow tip when the value is a lower bound, and its value label
    /// beyond the end.
    pub(crate) fn html(&self, datum: &Datum, tone: &'static str) -> Html {
        let tip = datum.lower_bound.then(|| self.tip_length());
        let gap = LABEL_GAP + tip.unwrap_or(0.0);
        let (x, y, anchor) = match self.orientation {
            Orientation::Horizontal => (
                self.end.x + self.outward * gap,
                self.end.y + 4.5,
                if self.outward > 0.0 { "start" } else { "end" },
            ),
            Orientation::Vertical => {
                let below = if self.outward > 0.0 { 10.0 } else { 0.0 };
                (
                    self.end.x,
                    self.end.y + self.outward * gap + below,
                    "middle",
                )
            }
        };
        html! {
            <>
                {self.rect(classes!("chart-bar", tone))}
                if let Some(length) = tip {
                    <polygon class={classes!("chart-bound", tone)}
                        points={tip_points(self.orientation, self.end, self.thickness() / 2.0, length * self.outward)} />
                }
                <text class="chart-value" x={coord(x)} y={coord(y)} text-anchor={anchor}>{&datum.display}</text>
            </>
        }
    }

    /// A vertical bar's category label, on the other side of zero from the bar so labels never
    /// collide with the value labels at bar ends; centred under the bar, but moved inward as far
    /// as it must to stay inside the view, `width` wide.
    pub(crate) fn category_label(&self, label: &AttrValue, width: f64) -> Html {
        let y = if self.outward < 0.0 {
            self.zero + 16.0
        } else {
            self.zero - 6.0
        };
        let half = (text_width(label, LABEL_SIZE) / 2.0).min(width / 2.0);
        let x = clamp(self.end.x, half, width - half);
        html! {
            <text class="chart-label chart-label--category" x={coord(x)} y={coord(y)}
                text-anchor="middle">{label}</text>
        }
    }
}

/// The triangle continuing a bar past `end`: base across the bar (half-width `half`), apex
/// `length` further along the value axis (signed: negative points towards lower coordinates).
fn tip_points(orientation: Orientation, end: Point, half: f64, length: f64) -> String {
    let Point { x, y } = end;
    let corners = match orientation {
        Orientation::Horizontal => [(x, y - half), (x + length, y), (x, y + half)],
        Orientation::Vertical => [(x - half, y), (x, y + length), (x + half, y)],
    };
    corners
        .map(|(cx, cy)| format!("{},{}", coord(cx), coord(cy)))
        .join(" ")
}

/// The legend key for bars: a short bar with its lower-bound tip.
pub(crate) fn bound_key() -> Html {
    html! {
        <>
            <rect class="chart-legend-mark" x="0" y="2" width="14" height="8" />
            <polygon class="chart-legend-mark"
                points={tip_points(Orientation::Horizontal, Point { x: 14.0, y: 6.0 }, 4.0, 6.0)} />
        </>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_grow_from_zero_in_either_direction() {
        let x = LinearScale::new([-20.0, 10.0], [0.0, 300.0]);
        let down = Bar::new(Orientation::Horizontal, &x, -12.0, 10.0, 14.0);
        assert_eq!((down.x, down.width, down.outward), (80.0, 120.0, -1.0));
        assert_eq!(down.anchor(), Point { x: 80.0, y: 10.0 });
        let up = Bar::new(Orientation::Horizontal, &x, 5.0, 10.0, 14.0);
        assert_eq!((up.x, up.width, up.outward), (200.0, 50.0, 1.0));

        let y = LinearScale::new([-800.0, 800.0], [200.0, 0.0]);
        let inflow = Bar::new(Orientation::Vertical, &y, 562.0, 40.0, 20.0);
        assert_eq!(inflow.outward, -1.0);
        let top = inflow.anchor();
        assert!(
            top.x == 50.0 && (top.y - (100.0 - 562.0 / 8.0)).abs() < 1e-9,
            "{top:?}"
        );
        let outflow = Bar::new(Orientation::Vertical, &y, -800.0, 40.0, 20.0);
        assert_eq!(
            (outflow.y, outflow.height, outflow.outward),
            (100.0, 100.0, 1.0)
        );
    }

    #[test]
    fn zero_and_non_finite_values_make_empty_bars_with_a_side() {
        let x = LinearScale::new([-10.0, 10.0], [0.0, 200.0]);
        let nan = Bar::new(Orientation::Horizontal, &x, f64::NAN, 0.0, 10.0);
        assert_eq!((nan.width, nan.outward), (0.0, 1.0));
        let flat = LinearScale::new([0.0, 0.0], [0.0, 200.0]);
        let negative = Bar::new(Orientation::Horizontal, &flat, -0.0, 0.0, 10.0);
        assert_eq!(negative.width, 0.0);
        assert!(negative.outward.abs() == 1.0);
    }

    #[test]
    fn tips_point_away_from_zero() {
        let tip = tip_points(
            Orientation::Horizontal,
            Point { x: 80.0, y: 17.0 },
            7.0,
            -6.0,
        );
        assert_eq!(tip, "80,10 74,17 80,24");
        let tip = tip_points(
            Orientation::Vertical,
            Point { x: 50.0, y: 30.0 },
            10.0,
            -10.0,
        );
        assert_eq!(tip, "40,30 50,20 60,30");
    }
}
