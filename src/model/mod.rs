//! Pure finance math and simulation: no yew, no web-sys, testable natively.

pub mod liquidation;
