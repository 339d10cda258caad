//! Small reusable components (sliders, switches, the markup writer) and the behaviours that
//! follow the reader on the static page (the contents, the scroll-driven graphics).

pub mod choice;
pub mod markup;
#[cfg(target_arch = "wasm32")]
pub mod scrolly;
pub mod slider;
#[cfg(target_arch = "wasm32")]
pub mod toc;

pub use choice::Choice;
pub use slider::Slider;
