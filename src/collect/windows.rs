//! Windows: sockets and their owning PIDs from the IP Helper tables (via netstat2).

use netstat2::{AddressFamilyFlags, ProtocolFlags};

use super::owners::{windows_owners, RawSocket};
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
    Ok(infos
        .iter()
        .map(|info| {
            let base = RawSocket::from_netstat(info);
            let (pids, reason) = windows_owners(&info.associated_pids, base.state);
            base.with_owners(pids, reason)
        })
        .collect())
}

pub fn is_privileged() -> bool {
    is_elevated::is_elevated()
}
