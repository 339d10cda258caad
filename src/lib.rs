//! Crash Night (崩盘之夜): an interactive explainer of the night of 6 February 2026.
//!
//! Layers, from the bottom: [`model`] (pure finance math and simulation), [`content`] (facts with
//! sources and copy in both languages, as data), [`state`] (URL state, pure), [`charts`] (scales
//! and SVG marks), [`widgets`] (small reusable components), [`sections`] (one component per
//! narrative section) and [`app`] (the thin shell). Nothing below `charts` knows about the DOM.

pub mod app;
pub mod charts;
pub mod content;
pub mod context;
pub mod model;
pub mod sections;
pub mod state;
pub mod widgets;
