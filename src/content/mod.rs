//! Facts with their sources and all copy, per language, as typed data.

pub mod chart_copy;
pub mod copy_labs;
pub mod corrections;
pub mod documents;
pub mod facts;
pub mod format;
pub mod glossary;
pub mod lang;
pub mod notice;
pub mod page;
pub mod section_id;
pub mod sources;
pub mod story;
pub mod time;
pub mod ui;

pub use lang::{Lang, Text};
pub use section_id::SectionId;
pub mod copy_cascade;
