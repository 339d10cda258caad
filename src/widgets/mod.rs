//! Small reusable components (sliders, switches, the markup writer) and the behaviours that
//! follow the reader on the static page (the contents).

pub mod choice;
pub mod markup;
pub mod slider;
#[cfg(target_arch = "wasm32")]
pub mod toc;

pub use choice::Choice;
pub use slider::Slider;
