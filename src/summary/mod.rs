//! The summary file: build it from what was observed, read it back with errors that name the
//! field, and write it atomically.

mod build;
mod file;

pub use build::{Context, Observation};
pub use file::{parse, to_json, to_yaml, write_atomic, SummaryError};
