//! State that lives in the URL, parsed and written without touching the DOM.

pub mod cascade;
pub mod labs;
pub mod query;
