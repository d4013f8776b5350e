//! macOS: sockets and owning PIDs from libproc (via netstat2). Without rights, other users'
//! programs are not listed at all. Kept small: it cannot be compiled on the Linux CI; its
//! rules live in `owners.rs`, where they are tested.

use super::owners::{macos_owners, with_reported_pids};
use super::CollectError;
use crate::model::Socket;

#[derive(Default)]
pub struct OwnerMap {}

pub fn sockets(_owners: &mut OwnerMap, _privileged: bool) -> Result<Vec<Socket>, CollectError> {
    with_reported_pids(macos_owners)
}

pub fn is_privileged() -> bool {
    nix::unistd::geteuid().is_root()
}

pub use super::elsewhere::{exe_deleted, open_exe, unpackaged};
