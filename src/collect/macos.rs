//! macOS: sockets and owning PIDs from libproc (via netstat2). Without rights, other users'
//! programs are not listed at all. Kept small: it cannot be compiled on the Linux CI; its
//! rules live in `owners.rs`, where they are tested.

use netstat2::{AddressFamilyFlags, ProtocolFlags};

use super::owners::{attribute, macos_owners};
use super::CollectError;
use crate::model::Socket;

#[derive(Default)]
pub struct OwnerMap {}

pub fn sockets(_owners: &mut OwnerMap, _privileged: bool) -> Result<Vec<Socket>, CollectError> {
    let infos = netstat2::get_sockets_info(
        AddressFamilyFlags::IPV4 | AddressFamilyFlags::IPV6,
        ProtocolFlags::TCP | ProtocolFlags::UDP,
    )
    .map_err(|e| CollectError::Sockets(e.to_string()))?;
    Ok(attribute(&infos, macos_owners))
}

pub fn is_privileged() -> bool {
    nix::unistd::geteuid().is_root()
}

pub use super::elsewhere::{exe_deleted, open_exe, unpackaged};
