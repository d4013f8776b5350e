//! Windows: sockets and their owning PIDs from the IP Helper tables (via netstat2).

use netstat2::{AddressFamilyFlags, ProtocolFlags};

use super::owners::{attribute, windows_owners};
use super::CollectError;
use crate::model::Socket;

/// Windows reports owners with every socket; nothing to cache.
#[derive(Default)]
pub struct OwnerMap {}

pub fn sockets(_owners: &mut OwnerMap, _privileged: bool) -> Result<Vec<Socket>, CollectError> {
    let infos = netstat2::get_sockets_info(
        AddressFamilyFlags::IPV4 | AddressFamilyFlags::IPV6,
        ProtocolFlags::TCP | ProtocolFlags::UDP,
    )
    .map_err(|e| CollectError::Sockets(e.to_string()))?;
    Ok(attribute(&infos, windows_owners))
}

pub fn is_privileged() -> bool {
    is_elevated::is_elevated()
}

pub use super::elsewhere::{exe_deleted, open_exe, unpackaged};
