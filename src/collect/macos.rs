//! macOS: sockets and owning PIDs from libproc (via netstat2). Without rights, other users'
//! programs are not listed at all. Kept small: it cannot be compiled on the Linux CI; its
//! rules live in `owners.rs`, where they are tested.

use netstat2::{AddressFamilyFlags, ProtocolFlags};

use super::owners::{pid_reason, RawSocket};
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
    Ok(infos
        .iter()
        .map(|info| {
            let base = RawSocket::from_netstat(info);
            let pids = info.associated_pids.clone();
            let reason = pids.is_empty().then(|| pid_reason(base.state));
            base.with_owners(pids, reason)
        })
        .collect())
}

pub fn is_privileged() -> bool {
    nix::unistd::geteuid().is_root()
}
