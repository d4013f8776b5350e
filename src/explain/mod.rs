//! Model → plain-language sentences in the person's language. No I/O, no terminal: every
//! function takes the loaded language and facts, and returns text. Each enum maps to its
//! messages in one exhaustive `match` with literal ids, so the compiler finds every gap.

mod owner;
mod service;
pub mod signals;

pub use owner::{country_name, kind_sentence, owner_kind, owner_line};
pub use service::service_name;

use std::net::IpAddr;

use crate::fl;
use crate::i18n::Localizer;
use crate::model::{Connection, SocketState, UnattributedReason};
use crate::net::Scope;

/// What a remote address means, e.g. "151.101.132.246 is on the internet."
pub fn remote_meaning(l: &Localizer, addr: IpAddr, scope: Scope) -> String {
    let a = addr.to_string();
    match scope {
        Scope::Loopback => fl!(l, "scope-loopback", addr = a),
        Scope::ThisComputer => fl!(l, "scope-this-computer", addr = a),
        Scope::Unspecified => fl!(l, "scope-unspecified", addr = a),
        Scope::Private => fl!(l, "scope-private", addr = a),
        Scope::UniqueLocal => fl!(l, "scope-unique-local", addr = a),
        Scope::SharedCgnat => fl!(l, "scope-shared-cgnat", addr = a),
        Scope::LinkLocal => fl!(l, "scope-link-local", addr = a),
        Scope::Multicast => fl!(l, "scope-multicast", addr = a),
        Scope::Broadcast => fl!(l, "scope-broadcast", addr = a),
        Scope::Documentation => fl!(l, "scope-documentation", addr = a),
        Scope::Benchmarking => fl!(l, "scope-benchmarking", addr = a),
        Scope::Reserved => fl!(l, "scope-reserved", addr = a),
        Scope::Public => fl!(l, "scope-public", addr = a),
    }
}

/// Who can reach a listening (or unconnected UDP) socket, from the scope of its local address.
pub fn who_can_reach(l: &Localizer, scope: Scope) -> String {
    match scope {
        Scope::Loopback => fl!(l, "reach-this-computer"),
        Scope::Unspecified => fl!(l, "reach-all-networks"),
        Scope::Private
        | Scope::UniqueLocal
        | Scope::SharedCgnat
        | Scope::LinkLocal
        | Scope::Multicast
        | Scope::Broadcast
        | Scope::ThisComputer => fl!(l, "reach-your-network"),
        Scope::Public => fl!(l, "reach-anyone"),
        Scope::Documentation | Scope::Benchmarking | Scope::Reserved => fl!(l, "reach-unusual"),
    }
}

/// The sentence shown under a connection: what the far end is, or who can reach it.
pub fn connection_meaning(l: &Localizer, c: &Connection) -> String {
    match c.remote_address {
        Some(addr) => remote_meaning(l, addr, c.scope),
        None => who_can_reach(l, c.scope),
    }
}

pub fn state_name(l: &Localizer, state: Option<SocketState>) -> String {
    match state {
        None => fl!(l, "state-udp"),
        Some(SocketState::Listen) => fl!(l, "state-listen"),
        Some(SocketState::Established) => fl!(l, "state-established"),
        Some(SocketState::SynSent) => fl!(l, "state-syn-sent"),
        Some(SocketState::SynReceived) => fl!(l, "state-syn-received"),
        Some(
            SocketState::FinWait1
            | SocketState::FinWait2
            | SocketState::CloseWait
            | SocketState::Closing
            | SocketState::LastAck
            | SocketState::TimeWait
            | SocketState::Closed
            | SocketState::DeleteTcb,
        ) => fl!(l, "state-closing"),
        Some(SocketState::Unknown) => fl!(l, "state-unknown"),
    }
}

pub fn unattributed_reason(l: &Localizer, reason: UnattributedReason, count: usize) -> String {
    match reason {
        UnattributedReason::NoPermission => fl!(l, "unattributed-no-permission", count = count),
        UnattributedReason::TimeWait => fl!(l, "unattributed-time-wait", count = count),
        UnattributedReason::Kernel => fl!(l, "unattributed-kernel", count = count),
        UnattributedReason::Exited => fl!(l, "unattributed-exited", count = count),
    }
}

/// Said once when running without administrator rights: what was hidden and how to see it
/// by running `command` (e.g. `netreview scan`) again with rights.
pub fn rights_notice(l: &Localizer, os: &str, hidden: usize, command: &str) -> String {
    let what = match os {
        "windows" => fl!(l, "rights-hidden-windows"),
        "macos" => fl!(l, "rights-hidden-macos"),
        _ => fl!(l, "rights-hidden-linux", count = hidden),
    };
    let how = match os {
        "windows" => fl!(l, "rights-how-windows", command = command),
        "macos" => fl!(l, "rights-how-macos", command = command),
        _ => fl!(l, "rights-how-linux", command = command),
    };
    format!("{what}\n{how}")
}
