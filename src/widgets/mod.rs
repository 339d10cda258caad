//! Small reusable components (sliders, switches, tables) and the behaviours that
//! follow the reader on the static page (the contents).

pub mod choice;
pub mod slider;
pub mod table;
#[cfg(target_arch = "wasm32")]
pub mod toc;

pub use choice::Choice;
pub use slider::Slider;
pub use table::figure_table;
