//! Where a chart's plot sits in its view: charts with a fixed height keep room around the plot
//! for axes and labels (d3's margin convention), at whatever width the chart is laid out.

use super::interact::View;

/// Room below the last row for a bottom value axis and its tick labels.
pub(crate) const AXIS_ROOM: f64 = 24.0;

/// A view `height` tall whose plot keeps `top`, `right`, `bottom` and `left` clear.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Plot {
    pub height: f64,
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
    pub left: f64,
}

impl Plot {
    /// A view `height` tall with margins in CSS order: `[top, right, bottom, left]`.
    pub(crate) const fn new(height: f64, margins: [f64; 4]) -> Plot {
        let [top, right, bottom, left] = margins;
        Plot {
            height,
            top,
            right,
            bottom,
            left,
        }
    }

    /// The plot's extent left to right in a view `width` wide, for category scales and left axes.
    pub(crate) fn x_range(&self, width: f64) -> [f64; 2] {
        [self.left, width - self.right]
    }

    /// The plot's extent bottom to top (SVG's y grows downwards), for value scales.
    pub(crate) fn y_range(&self) -> [f64; 2] {
        [self.height - self.bottom, self.top]
    }

    pub(crate) fn view(&self, width: f64) -> View {
        View {
            width,
            height: self.height,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn margins_read_in_css_order() {
        let plot = Plot::new(220.0, [24.0, 16.0, 30.0, 44.0]);
        assert_eq!(plot.x_range(640.0), [44.0, 624.0]);
        assert_eq!(plot.y_range(), [190.0, 24.0]);
        assert_eq!(
            plot.view(640.0),
            View {
                width: 640.0,
                height: 220.0
            }
        );
    }
}
