//! Small reusable components: sliders, switches, chart frames.

pub mod choice;
pub mod slider;

pub use choice::Choice;
pub use slider::Slider;
