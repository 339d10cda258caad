//! One component per narrative section.
