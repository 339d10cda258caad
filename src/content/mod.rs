//! Facts with their sources and all copy, per language, as typed data.

pub mod lang;
pub mod section_id;

pub use lang::{Lang, Text};
pub use section_id::SectionId;
