//! Turning what the OS reports about a socket into a [`Socket`], and deciding why a socket
//! has no visible program. Pure functions, shared by every OS and tested on Linux with
//! recorded inputs from each.

use crate::model::{Flow, Protocol, Socket, SocketState, UnattributedReason};

/// The owners of one socket by an OS's rule: the real PIDs, and a reason when there are none.
pub type Owners = (Vec<u32>, Option<UnattributedReason>);

pub fn flow_from_netstat(info: &netstat2::SocketInfo) -> Flow {
    match &info.protocol_socket_info {
        netstat2::ProtocolSocketInfo::Tcp(t) => {
            let state = state_from_netstat(t.state);
            // A listening socket has no peer; the OS reports 0.0.0.0:0 or [::]:0.
            let has_peer = state != SocketState::Listen && t.remote_port != 0;
            Flow {
                protocol: Protocol::Tcp,
                local_address: t.local_addr,
                local_port: t.local_port,
                remote_address: has_peer.then_some(t.remote_addr),
                remote_port: has_peer.then_some(t.remote_port),
                state: Some(state),
            }
        }
        netstat2::ProtocolSocketInfo::Udp(u) => Flow {
            protocol: Protocol::Udp,
            local_address: u.local_addr,
            local_port: u.local_port,
            remote_address: None,
            remote_port: None,
            state: None,
        },
    }
}

/// Sockets from an OS that reports owning PIDs with each socket (Windows, macOS), owners
/// decided by that OS's `rule`.
pub fn attribute(
    infos: &[netstat2::SocketInfo],
    rule: impl Fn(&[u32], Option<SocketState>) -> Owners,
) -> Vec<Socket> {
    infos
        .iter()
        .map(|info| {
            let flow = flow_from_netstat(info);
            let (pids, reason) = rule(&info.associated_pids, flow.state);
            Socket::new(flow, pids, reason)
        })
        .collect()
}

/// Every socket, from a system whose tables carry the owning PIDs (Windows, macOS), with
/// owners decided by that system's `rule`.
#[cfg(not(target_os = "linux"))]
pub fn with_reported_pids(
    rule: fn(&[u32], Option<SocketState>) -> Owners,
) -> Result<Vec<Socket>, super::CollectError> {
    use netstat2::{AddressFamilyFlags, ProtocolFlags};
    let infos = netstat2::get_sockets_info(
        AddressFamilyFlags::IPV4 | AddressFamilyFlags::IPV6,
        ProtocolFlags::TCP | ProtocolFlags::UDP,
    )
    .map_err(|e| super::CollectError::Sockets(e.to_string()))?;
    Ok(attribute(&infos, rule))
}

pub fn state_from_netstat(s: netstat2::TcpState) -> SocketState {
    use netstat2::TcpState as T;
    match s {
        T::Closed => SocketState::Closed,
        T::Listen => SocketState::Listen,
        T::SynSent => SocketState::SynSent,
        T::SynReceived => SocketState::SynReceived,
        T::Established => SocketState::Established,
        T::FinWait1 => SocketState::FinWait1,
        T::FinWait2 => SocketState::FinWait2,
        T::CloseWait => SocketState::CloseWait,
        T::Closing => SocketState::Closing,
        T::LastAck => SocketState::LastAck,
        T::TimeWait => SocketState::TimeWait,
        T::DeleteTcb => SocketState::DeleteTcb,
        T::Unknown => SocketState::Unknown,
    }
}

/// Linux: why no process was found holding a socket, from the socket's inode and owner.
pub fn linux_reason(
    inode: u32,
    socket_uid: u32,
    state: Option<SocketState>,
    euid: u32,
    privileged: bool,
) -> UnattributedReason {
    if inode == 0 {
        // No inode: the socket is no longer open in any program. TIME_WAIT is the common
        // case; the others are connections the kernel is finishing on its own.
        return if state == Some(SocketState::TimeWait) {
            UnattributedReason::TimeWait
        } else {
            UnattributedReason::Kernel
        };
    }
    // An open socket that no readable program holds. Without rights, another user's
    // program is the likely holder; otherwise the kernel holds it itself (WireGuard, NFS,
    // …). A program that ends mid-look is caught later, when its details cannot be read.
    if !privileged && socket_uid != euid {
        UnattributedReason::NoPermission
    } else {
        UnattributedReason::Kernel
    }
}

/// A socket that no process holds: a closed connection the system keeps for a while, or
/// one the kernel holds itself.
fn ownerless_reason(state: Option<SocketState>) -> UnattributedReason {
    if state == Some(SocketState::TimeWait) {
        UnattributedReason::TimeWait
    } else {
        UnattributedReason::Kernel
    }
}

/// Windows: PID 0 is the idle pseudo-process that holds TIME_WAIT sockets; it is no program.
pub fn windows_owners(pids: &[u32], state: Option<SocketState>) -> Owners {
    let real: Vec<u32> = pids.iter().copied().filter(|&p| p != 0).collect();
    let reason = real.is_empty().then(|| ownerless_reason(state));
    (real, reason)
}

/// macOS: without rights, other users' sockets are not listed at all, so a socket without
/// PIDs is one no process holds.
pub fn macos_owners(pids: &[u32], state: Option<SocketState>) -> Owners {
    let reason = pids.is_empty().then(|| ownerless_reason(state));
    (pids.to_vec(), reason)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::IpAddr;
    use UnattributedReason::*;

    #[test]
    fn linux_reasons() {
        let est = Some(SocketState::Established);
        let tw = Some(SocketState::TimeWait);
        let rows = [
            // inode, uid, state, euid, privileged, expected
            (0, 0, tw, 1000, false, TimeWait),
            (0, 1000, Some(SocketState::FinWait2), 1000, false, Kernel),
            (0, 0, None, 0, true, Kernel),
            (42, 0, est, 1000, false, NoPermission),
            (42, 1000, est, 1000, false, Kernel),
            (42, 0, est, 0, true, Kernel),
            (42, 1001, est, 0, true, Kernel),
        ];
        for (inode, uid, state, euid, privileged, want) in rows {
            assert_eq!(
                linux_reason(inode, uid, state, euid, privileged),
                want,
                "inode {inode} uid {uid} state {state:?} euid {euid} privileged {privileged}"
            );
        }
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn listening_tcp_has_no_peer() {
        let info = netstat2::SocketInfo {
            protocol_socket_info: netstat2::ProtocolSocketInfo::Tcp(netstat2::TcpSocketInfo {
                local_addr: "0.0.0.0".parse().unwrap_or(IpAddr::from([0, 0, 0, 0])),
                local_port: 22,
                remote_addr: IpAddr::from([0, 0, 0, 0]),
                remote_port: 0,
                state: netstat2::TcpState::Listen,
            }),
            associated_pids: vec![1],
            inode: 7,
            uid: 0,
        };
        let flow = flow_from_netstat(&info);
        assert_eq!(flow.remote_address, None);
        assert_eq!(flow.remote_port, None);
        assert_eq!(flow.state, Some(SocketState::Listen));
    }

    #[test]
    fn attributed_sockets_carry_no_reason() {
        let flow = Flow {
            protocol: Protocol::Udp,
            local_address: IpAddr::from([127, 0, 0, 1]),
            local_port: 5353,
            remote_address: None,
            remote_port: None,
            state: None,
        };
        assert_eq!(
            Socket::new(flow.clone(), vec![9], Some(Kernel)).unattributed,
            None
        );
        assert_eq!(Socket::new(flow, vec![], None).unattributed, Some(Kernel));
    }
}
