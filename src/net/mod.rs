//! Address scopes and port → service tables; pure, no I/O.

pub mod ports;
pub mod scope;

pub use ports::{service_for_port, Service, Transport};
pub use scope::{classify, classify_remote, LocalAddresses, Scope};
