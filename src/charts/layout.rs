//! Where a chart's plot sits in its view: every chart is [`WIDTH`] wide, and the charts with a
//! fixed height keep room around the plot for axes and labels (d3's margin convention).

use super::interact::{View, WIDTH};

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

    /// The plot's extent left to right, for category scales and left axes.
    pub(crate) fn x_range(&self) -> [f64; 2] {
        [self.left, WIDTH - self.right]
    }

    /// The plot's extent bottom to top (SVG's y grows downwards), for value scales.
    pub(crate) fn y_range(&self) -> [f64; 2] {
        [self.height - self.bottom, self.top]
    }

    pub(crate) fn view(&self) -> View {
        View {
            width: WIDTH,
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
        assert_eq!(plot.x_range(), [44.0, WIDTH - 16.0]);
        assert_eq!(plot.y_range(), [190.0, 24.0]);
        assert_eq!(
            plot.view(),
            View {
                width: WIDTH,
                height: 220.0
            }
        );
    }
}
