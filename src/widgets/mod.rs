//! Small reusable components: sliders, switches, chart frames.

pub mod chart_frame;
pub mod choice;
pub mod markup;
pub mod scrolly;
pub mod slider;
pub mod toc;

pub use chart_frame::{ChartFrame, FrameLabels};
pub use choice::Choice;
pub use scrolly::Scrolly;
pub use slider::Slider;
pub use toc::Toc;
