//! State that lives in the URL, parsed and written without touching the DOM.

pub mod labs;
pub mod query;
pub mod cascade;
