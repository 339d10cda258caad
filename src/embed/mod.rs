//! Embedding the explainer in other people's pages.
//!
//! Inside an iframe the page sizes its frame and follows the host's scrolling ([`frame`]); the
//! messages both ways and the snippet are pure and tested natively ([`protocol`]); readers copy
//! the snippet from the masthead ([`button`]). The host's side is `assets/embed.js`.
//!
//! An auto-height frame never scrolls, so `position: sticky` and scroll-driven steps cannot see
//! the reader scroll. The host tells us where the frame is instead (embed.js's
//! `crash-night:viewport`, pym's `viewport-iframe-position` when the parent tracks scrolling);
//! [`frame::on_host_viewport`] hands that to the scroll-driven graphics, and
//! [`protocol::active_step`] and [`protocol::pinned_offset`] turn it into a step and a
//! translateY. Without it the story falls back to a stacked layout.

mod button;
#[cfg(target_arch = "wasm32")]
mod frame;
pub mod protocol;

pub use button::EmbedButton;
#[cfg(target_arch = "wasm32")]
pub use frame::{on_host_viewport, start_frame_session};
pub use protocol::*;
