//! Scales, axes and SVG marks for responsive charts.
