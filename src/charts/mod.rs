//! Scales, axes and SVG marks for responsive charts.
//!
//! Charts take plain [`Datum`] records (already formatted in the reader's language), never
//! facts. Pure parts: [`scale`] (d3's linear/band scales and ticks), [`format`], [`csv`],
//! [`datum`]. Components: [`HBarChart`], [`VBarChart`], [`Gauge`] and the
//! [`Axis`] they share. Styles live in `charts.css` (classes `chart-*`).

#[macro_use]
mod props;

pub mod axis;
pub mod bar_chart;
mod bars;
pub mod csv;
pub mod datum;
pub mod format;
pub mod gauge;
pub mod interact;
pub(crate) mod layout;
pub mod scale;
mod width;

pub use axis::{Axis, AxisOrient, Tick};
pub use bar_chart::{BarChartProps, HBarChart, VBarChart};
pub use datum::Datum;
pub use gauge::{Gauge, GaugeProps, Zone};
pub use interact::{ChartLabelling, Point, View};
pub use scale::{BandScale, LinearScale};
pub(crate) use width::use_width;
