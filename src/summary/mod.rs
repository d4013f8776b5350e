//! The summary file: build it from what was observed, read it back with errors that name the
//! field, write it atomically, keep a draft while the check runs, and redact it.

mod build;
pub mod draft;
mod file;
pub mod redact;

pub use build::{Context, Observation};
pub use file::{
    parse, to_yaml, write_atomic, write_atomic_with, write_json, write_yaml, SummaryError,
};
