//! Pure finance math and simulation: no yew, no web-sys, testable natively.

pub mod account;
pub mod assets;
pub mod cascade;
pub mod liquidation;
pub mod margin;
pub mod rng;
