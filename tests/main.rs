//! netreview's integration tests: one binary, modules by subject.
//!
//! - `util`: running the real binary, fixtures
//! - `scan_live`: real sockets opened by the test, found with the right PID; hostile names
//! - `scan_file`: recorded snapshots: formats, escaping, errors, atomic output, closed pipes
//! - `os_records`: Windows and macOS owner rules on recorded inputs
//! - `lookup`: `netreview lookup` answers, formats, per-item errors, a corrupt database file
//! - `rdap`: online look-ups only with consent (proved on a trap socket), a loopback server
//!   playing IANA and the registries, the cache, plain errors, the question on a
//!   pseudo-terminal, and a network namespace without interfaces (Linux, as root)
//! - `convert`: the `netreview-convert` program on small npm-like packages
//! - `db_update`: `netreview db update` against a loopback server serving small CSV files
//! - `http_server`: that loopback server
//! - `languages`: plural forms, right-to-left isolation, the practice check in every language
//! - `locales`: every Fluent file parses and every message has a value
//! - `wizard_flow`: the guided check through a scripted prompter, every branch
//! - `wizard_pty`: the real binary in a pseudo-terminal: keys, SIGKILL and resume, Ctrl-C

// Tests may panic on failure: that is how they report it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod convert;
mod db_update;
mod http_server;
mod languages;
mod locales;
mod lookup;
mod os_records;
mod rdap;
mod scan_file;
#[cfg(target_os = "linux")]
mod scan_live;
mod util;
mod wizard_flow;
#[cfg(unix)]
mod wizard_pty;
