//! Merging looks at the system into one summary: each connection once per program, with when
//! it was first and last seen and how many looks saw it, so that short, repeated connections
//! made between looks still show up.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::net::IpAddr;

use time::OffsetDateTime;

use crate::model::{
    Connection, ProcessEntry, ProcessInfo, Protocol, ScanInfo, Snapshot, SocketState, Summary,
    SystemInfo, ToolInfo, UnattributedReason, Verdict, SCHEMA,
};
use crate::net::{classify, classify_remote, service_for_port, LocalAddresses, Transport};

/// What a summary needs besides the observations.
pub struct Context {
    pub system: SystemInfo,
    pub local: LocalAddresses,
    pub language: String,
}

/// Identifies a program across looks: a PID can be reused by a later program.
type ProcKey = (u32, Option<OffsetDateTime>);

#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct ConnKey {
    owner: Option<ProcKey>,
    protocol: Protocol,
    local_address: IpAddr,
    local_port: u16,
    remote_address: Option<IpAddr>,
    remote_port: Option<u16>,
}

struct Seen {
    state: Option<SocketState>,
    reason: Option<UnattributedReason>,
    first: OffsetDateTime,
    last: OffsetDateTime,
    times: u32,
}

#[derive(Default)]
pub struct Observation {
    interval_ms: u64,
    first: Option<OffsetDateTime>,
    last: Option<OffsetDateTime>,
    looks: u32,
    processes: BTreeMap<ProcKey, ProcessInfo>,
    conns: HashMap<ConnKey, Seen>,
}

impl Observation {
    pub fn new(interval_ms: u64) -> Self {
        Observation {
            interval_ms,
            ..Default::default()
        }
    }

    pub fn add(&mut self, snap: Snapshot) {
        let t = snap.taken_at;
        self.first.get_or_insert(t);
        self.last = Some(t);
        self.looks += 1;
        let by_pid: HashMap<u32, ProcKey> = snap
            .processes
            .iter()
            .map(|p| (p.pid, (p.pid, p.started_at)))
            .collect();
        for p in snap.processes {
            self.processes.insert((p.pid, p.started_at), p);
        }
        for s in snap.sockets {
            let owners: Vec<Option<ProcKey>> = if s.pids.is_empty() {
                vec![None]
            } else {
                s.pids.iter().map(|pid| by_pid.get(pid).copied()).collect()
            };
            for owner in owners {
                let key = ConnKey {
                    owner,
                    protocol: s.protocol,
                    local_address: s.local_address,
                    local_port: s.local_port,
                    remote_address: s.remote_address,
                    remote_port: s.remote_port,
                };
                let reason = owner.is_none().then_some(s.unattributed).flatten();
                let seen = self.conns.entry(key).or_insert(Seen {
                    state: s.state,
                    reason,
                    first: t,
                    last: t,
                    times: 0,
                });
                seen.state = s.state;
                seen.last = t;
                seen.times += 1;
                if owner.is_none() {
                    seen.reason = reason.or(Some(UnattributedReason::Kernel));
                }
            }
        }
    }

    /// How many programs and distinct remote addresses have been seen so far.
    pub fn counts(&self) -> (usize, usize) {
        let programs: BTreeSet<ProcKey> = self.conns.keys().filter_map(|k| k.owner).collect();
        let remotes: BTreeSet<IpAddr> =
            self.conns.keys().filter_map(|k| k.remote_address).collect();
        (programs.len(), remotes.len())
    }

    pub fn into_summary(self, ctx: &Context) -> Summary {
        let now = crate::clock::now();
        let mut per_process: BTreeMap<ProcKey, Vec<Connection>> = BTreeMap::new();
        let mut unattributed = Vec::new();
        for (key, seen) in self.conns {
            let conn = connection(&key, &seen, &ctx.local);
            match key.owner {
                Some(owner) => per_process.entry(owner).or_default().push(conn),
                None => unattributed.push(conn),
            }
        }
        let mut processes: Vec<ProcessEntry> = per_process
            .into_iter()
            .filter_map(|(key, mut connections)| {
                let p = self.processes.get(&key)?.clone();
                connections.sort_by(order);
                Some(ProcessEntry {
                    pid: p.pid,
                    name: p.name,
                    exe: p.exe,
                    cmdline: p.cmdline,
                    user: p.user,
                    parent: p.parent,
                    started_at: p.started_at,
                    known_as: None,
                    signals: Vec::new(),
                    verdict: Verdict::NotReviewed,
                    note: None,
                    connections,
                })
            })
            .collect();
        processes.sort_by(|a, b| {
            a.name
                .to_lowercase()
                .cmp(&b.name.to_lowercase())
                .then(a.pid.cmp(&b.pid))
        });
        unattributed.sort_by(order);
        Summary {
            schema: SCHEMA.to_string(),
            tool: ToolInfo {
                name: env!("CARGO_PKG_NAME").to_string(),
                version: env!("CARGO_PKG_VERSION").to_string(),
                ownership_data: None,
            },
            created_at: now,
            language: ctx.language.clone(),
            system: ctx.system.clone(),
            scan: ScanInfo {
                started_at: self.first.unwrap_or(now),
                ended_at: self.last.unwrap_or(now),
                snapshots: self.looks,
                interval_ms: self.interval_ms,
                unattributed_sockets: u32::try_from(unattributed.len()).unwrap_or(u32::MAX),
            },
            processes,
            unattributed,
            note: None,
        }
    }
}

fn connection(key: &ConnKey, seen: &Seen, local: &LocalAddresses) -> Connection {
    let transport = match key.protocol {
        Protocol::Tcp => Transport::Tcp,
        Protocol::Udp => Transport::Udp,
    };
    // The far end matters for a connection; for a listening or unconnected socket, the
    // local address says who can reach it.
    let (scope, port) = match (key.remote_address, key.remote_port) {
        (Some(addr), Some(port)) => (classify_remote(addr, local), port),
        _ => (classify(key.local_address), key.local_port),
    };
    Connection {
        protocol: key.protocol,
        local_address: key.local_address,
        local_port: key.local_port,
        remote_address: key.remote_address,
        remote_port: key.remote_port,
        state: seen.state,
        scope,
        service: service_for_port(port, transport).map(|s| s.key().to_string()),
        owner: None,
        first_seen: seen.first,
        last_seen: seen.last,
        times_seen: seen.times,
        reason: seen.reason,
    }
}

/// Connections to the outside first, listening sockets after, each by address and port.
fn order(a: &Connection, b: &Connection) -> std::cmp::Ordering {
    let rank = |c: &Connection| (c.remote_address.is_none(), c.remote_address, c.remote_port);
    rank(a)
        .cmp(&rank(b))
        .then(a.protocol.cmp(&b.protocol))
        .then(a.local_address.cmp(&b.local_address))
        .then(a.local_port.cmp(&b.local_port))
}
