//! Windows: sockets and their owning PIDs from the IP Helper tables (via netstat2).

use super::owners::{windows_owners, with_reported_pids};
use super::CollectError;
use crate::model::Socket;

/// Windows reports owners with every socket; nothing to cache.
#[derive(Default)]
pub struct OwnerMap {}

pub fn sockets(_owners: &mut OwnerMap, _privileged: bool) -> Result<Vec<Socket>, CollectError> {
    with_reported_pids(windows_owners)
}

pub fn is_privileged() -> bool {
    is_elevated::is_elevated()
}

pub use super::elsewhere::{exe_deleted, open_exe, unpackaged};
