//! Plain data shared by every room: what one look at the system found (`Snapshot`) and the
//! summary format of PRODUCT.md (`Summary`), which is also the recorded-snapshot format.

use serde::{Deserialize, Serialize};
use std::net::IpAddr;
use time::OffsetDateTime;

use crate::net::Scope;

pub const SCHEMA: &str = "netreview-summary/1";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Protocol {
    Tcp,
    Udp,
}

/// TCP states, lowercase as `ss` prints them. UDP sockets have no state (`None`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SocketState {
    Listen,
    SynSent,
    SynReceived,
    Established,
    FinWait1,
    FinWait2,
    CloseWait,
    Closing,
    LastAck,
    TimeWait,
    Closed,
    DeleteTcb,
    Unknown,
}

/// Why a socket could not be tied to a program.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UnattributedReason {
    /// Owned by another user's program, and we run without administrator rights.
    NoPermission,
    /// A closed connection the system keeps for a short while; no program owns it any more.
    TimeWait,
    /// Held by the operating system itself.
    Kernel,
    /// The program ended between reading the sockets and reading the programs.
    Exited,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    LooksFine,
    Suspicious,
    Unsure,
    #[default]
    NotReviewed,
}

/// The two ends of a socket and its state, as the OS reports them.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Deserialize)]
pub struct Flow {
    pub protocol: Protocol,
    pub local_address: IpAddr,
    pub local_port: u16,
    /// `None` for listening and unconnected sockets.
    pub remote_address: Option<IpAddr>,
    pub remote_port: Option<u16>,
    pub state: Option<SocketState>,
}

/// One socket as the OS reported it in one look, with the programs that hold it.
#[derive(Debug, Clone, PartialEq)]
pub struct Socket {
    pub flow: Flow,
    pub pids: Vec<u32>,
    /// Set exactly when `pids` is empty.
    pub unattributed: Option<UnattributedReason>,
}

impl Socket {
    /// A socket held by `pids`; with none, `reason` says why (the kernel when unknown).
    pub fn new(flow: Flow, pids: Vec<u32>, reason: Option<UnattributedReason>) -> Socket {
        let unattributed = if pids.is_empty() {
            Some(reason.unwrap_or(UnattributedReason::Kernel))
        } else {
            None
        };
        Socket {
            flow,
            pids,
            unattributed,
        }
    }
}

/// What was read about one program. Strings are already escaped for display.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ProcessInfo {
    pub pid: u32,
    pub name: String,
    pub exe: Option<String>,
    pub cmdline: Vec<String>,
    pub user: Option<String>,
    pub parent: Option<Parent>,
    pub started_at: Option<OffsetDateTime>,
}

/// One look at the system.
#[derive(Debug, Clone, PartialEq)]
pub struct Snapshot {
    pub taken_at: OffsetDateTime,
    pub sockets: Vec<Socket>,
    pub processes: Vec<ProcessInfo>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Parent {
    pub pid: u32,
    pub name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Owner {
    pub asn: Option<u32>,
    pub org: Option<String>,
    pub country: Option<String>,
    pub source: String,
}

/// How much a signal matters: `info` is context, `worth_a_look` puts the program first.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    #[default]
    Info,
    WorthALook,
}

/// An unusual sign about a program. `id` is a key of PRODUCT.md's signal list, kept as text
/// so that a file with a newer signal still reads; `detail` is the measured fact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignalEntry {
    pub id: String,
    #[serde(default)]
    pub severity: Severity,
    pub detail: Option<String>,
}

/// A connection as it appears in a summary, merged over every look of a watch.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Connection {
    pub protocol: Protocol,
    pub local_address: IpAddr,
    pub local_port: u16,
    pub remote_address: Option<IpAddr>,
    pub remote_port: Option<u16>,
    pub state: Option<SocketState>,
    /// Of the remote address; of the local one when listening or unconnected.
    pub scope: Scope,
    pub service: Option<String>,
    pub owner: Option<Owner>,
    #[serde(with = "time::serde::rfc3339")]
    pub first_seen: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub last_seen: OffsetDateTime,
    pub times_seen: u32,
    /// Only in the `unattributed` list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<UnattributedReason>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProcessEntry {
    pub pid: u32,
    pub name: String,
    pub exe: Option<String>,
    pub cmdline: Vec<String>,
    pub user: Option<String>,
    pub parent: Option<Parent>,
    #[serde(with = "time::serde::rfc3339::option")]
    pub started_at: Option<OffsetDateTime>,
    /// SHA-256 of the executable, for a helper to look up; absent when not computed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exe_sha256: Option<String>,
    pub known_as: Option<String>,
    pub signals: Vec<SignalEntry>,
    pub verdict: Verdict,
    pub note: Option<String>,
    pub connections: Vec<Connection>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ToolInfo {
    pub name: String,
    pub version: String,
    pub ownership_data: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SystemInfo {
    pub os: String,
    pub os_version: Option<String>,
    pub hostname: Option<String>,
    pub user: Option<String>,
    pub privileged: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScanInfo {
    #[serde(with = "time::serde::rfc3339")]
    pub started_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub ended_at: OffsetDateTime,
    pub snapshots: u32,
    pub interval_ms: u64,
    pub unattributed_sockets: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Summary {
    pub schema: String,
    pub tool: ToolInfo,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    pub language: String,
    pub system: SystemInfo,
    pub scan: ScanInfo,
    pub processes: Vec<ProcessEntry>,
    pub unattributed: Vec<Connection>,
    pub note: Option<String>,
}
