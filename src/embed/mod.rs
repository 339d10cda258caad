//! Embedding the explainer in other people's pages.
//!
//! Inside an iframe the page sizes its frame and follows the host's scrolling ([`frame`]); the
//! messages both ways and the snippet are pure and tested natively ([`protocol`]); readers copy
//! the snippet from the masthead ([`button`]). The host's side is `assets/embed.js`.
//!
//! An auto-height frame never scrolls, so `position: sticky` cannot see the reader scroll and a
//! lab's result strip would stay at the top of its panel while the reader drags a slider far
//! below. The host tells us where the frame is instead (embed.js's `crash-night:viewport`,
//! pym's `viewport-iframe-position` when the parent tracks scrolling); [`strips`] turns that
//! into each strip's translateY ([`protocol::stuck_offset`]). Without it the strip leads its
//! panel, unmoved.

mod button;
#[cfg(target_arch = "wasm32")]
mod frame;
pub mod protocol;
#[cfg(target_arch = "wasm32")]
mod strips;

pub use button::EmbedButton;
#[cfg(target_arch = "wasm32")]
pub use frame::start_frame_session;
pub use protocol::*;
