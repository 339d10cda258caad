//! Small reusable components: sliders, switches, chart frames.

pub mod chart_frame;
pub mod choice;
pub mod slider;

pub use chart_frame::{ChartFrame, FrameLabels};
pub use choice::Choice;
pub use slider::Slider;
