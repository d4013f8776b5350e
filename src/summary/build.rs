//! Merging looks at the system into one summary: each connection once per program, with when
//! it was first and last seen and how many looks saw it, so that short, repeated connections
//! made between looks still show up.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::net::IpAddr;

use time::OffsetDateTime;

use crate::model::{
    Connection, Flow, ProcessEntry, ProcessInfo, Protocol, ScanInfo, Snapshot, SocketState,
    Summary, SystemInfo, ToolInfo, UnattributedReason, Verdict, SCHEMA,
};
use crate::net::{classify, classify_remote, service_for_port, LocalAddresses, Scope, Transport};
use crate::ownership::Ownership;

/// What a summary needs besides the observations.
pub struct Context {
    pub system: SystemInfo,
    pub local: LocalAddresses,
    pub language: String,
    /// Fills `owner` for public addresses; None leaves every owner empty.
    pub ownership: Option<Ownership>,
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
                let reason = owner.is_none().then_some(s.unattributed).flatten();
                self.merge(owner, &s.flow, reason, (t, t, 1));
            }
        }
    }

    /// Adds a recorded watch (a summary file) with when and how often it saw each
    /// connection. Scopes and services are worked out again from the addresses.
    pub fn add_summary(&mut self, s: &Summary) {
        let first = self
            .first
            .map_or(s.scan.started_at, |f| f.min(s.scan.started_at));
        self.first = Some(first);
        self.last = Some(
            self.last
                .map_or(s.scan.ended_at, |l| l.max(s.scan.ended_at)),
        );
        self.looks += s.scan.snapshots;
        if self.interval_ms == 0 {
            self.interval_ms = s.scan.interval_ms;
        }
        for p in &s.processes {
            let info = crate::collect::process_info(p);
            let owner = Some((info.pid, info.started_at));
            self.processes.insert((info.pid, info.started_at), info);
            for c in &p.connections {
                let seen = (c.first_seen, c.last_seen, c.times_seen);
                self.merge(owner, &crate::collect::flow_of(c), None, seen);
            }
        }
        for c in &s.unattributed {
            let seen = (c.first_seen, c.last_seen, c.times_seen);
            self.merge(None, &crate::collect::flow_of(c), c.reason, seen);
        }
    }

    /// Records that `flow` was seen `times` times between `first` and `last`.
    fn merge(
        &mut self,
        owner: Option<ProcKey>,
        f: &Flow,
        reason: Option<UnattributedReason>,
        (first, last, times): (OffsetDateTime, OffsetDateTime, u32),
    ) {
        let key = ConnKey {
            owner,
            protocol: f.protocol,
            local_address: f.local_address,
            local_port: f.local_port,
            remote_address: f.remote_address,
            remote_port: f.remote_port,
        };
        let seen = self.conns.entry(key).or_insert(Seen {
            state: f.state,
            reason,
            first,
            last,
            times: 0,
        });
        if last >= seen.last {
            seen.state = f.state;
        }
        seen.first = seen.first.min(first);
        seen.last = seen.last.max(last);
        seen.times = seen.times.saturating_add(times);
        if owner.is_none() {
            seen.reason = reason.or(seen.reason).or(Some(UnattributedReason::Kernel));
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
            let conn = connection(&key, &seen, ctx);
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
                    exe_sha256: None,
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
                ownership_data: ctx.ownership.as_ref().map(Ownership::describe),
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

fn connection(key: &ConnKey, seen: &Seen, ctx: &Context) -> Connection {
    let transport = match key.protocol {
        Protocol::Tcp => Transport::Tcp,
        Protocol::Udp => Transport::Udp,
    };
    // The far end matters for a connection; for a listening or unconnected socket, the
    // local address says who can reach it.
    let (scope, port) = match (key.remote_address, key.remote_port) {
        (Some(addr), Some(port)) => (classify_remote(addr, &ctx.local), port),
        _ => (classify(key.local_address), key.local_port),
    };
    // Only public addresses have owners; private ones would match nothing or mislead.
    let owner = match (key.remote_address, &ctx.ownership) {
        (Some(addr), Some(db)) if scope == Scope::Public => db.owner(addr),
        _ => None,
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
        owner,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Flow, Snapshot, Socket};
    use crate::net::Scope;

    fn at(secs: i64) -> OffsetDateTime {
        OffsetDateTime::from_unix_timestamp(1_790_000_000 + secs).unwrap()
    }

    fn proc_(pid: u32, started: i64) -> ProcessInfo {
        ProcessInfo {
            pid,
            name: format!("p{pid}"),
            started_at: Some(at(started)),
            ..Default::default()
        }
    }

    fn tcp(pid: Option<u32>, remote: &str, local_port: u16) -> Socket {
        let flow = Flow {
            protocol: Protocol::Tcp,
            local_address: "192.168.1.10".parse().unwrap(),
            local_port,
            remote_address: Some(remote.parse().unwrap()),
            remote_port: Some(443),
            state: Some(SocketState::Established),
        };
        Socket::new(
            flow,
            pid.into_iter().collect(),
            Some(UnattributedReason::TimeWait),
        )
    }

    fn ctx() -> Context {
        Context {
            system: SystemInfo {
                os: "linux".into(),
                os_version: None,
                hostname: None,
                user: None,
                privileged: false,
            },
            local: LocalAddresses::new(["192.168.1.10".parse().unwrap()]),
            language: "en-US".into(),
            ownership: Ownership::embedded().ok(),
        }
    }

    #[test]
    fn a_watch_counts_each_connection_once_with_first_and_last_seen() {
        let mut obs = Observation::new(1000);
        obs.add(Snapshot {
            taken_at: at(0),
            sockets: vec![tcp(Some(7), "151.101.132.246", 5000)],
            processes: vec![proc_(7, -50)],
        });
        obs.add(Snapshot {
            taken_at: at(1),
            sockets: vec![
                tcp(Some(7), "151.101.132.246", 5000),
                tcp(Some(7), "151.101.132.246", 5001),
                tcp(None, "8.8.8.8", 6000),
            ],
            processes: vec![proc_(7, -50)],
        });
        assert_eq!(obs.counts(), (1, 2));
        let s = obs.into_summary(&ctx());
        assert_eq!(s.scan.snapshots, 2);
        assert_eq!(s.scan.started_at, at(0));
        assert_eq!(s.scan.ended_at, at(1));
        assert_eq!(s.processes.len(), 1);
        let conns = &s.processes[0].connections;
        let seen: Vec<_> = conns
            .iter()
            .map(|c| (c.local_port, c.times_seen, c.first_seen, c.last_seen))
            .collect();
        assert_eq!(seen, vec![(5000, 2, at(0), at(1)), (5001, 1, at(1), at(1))]);
        assert!(conns
            .iter()
            .all(|c| c.scope == Scope::Public && c.reason.is_none()));
        assert_eq!(conns[0].service.as_deref(), Some("https"));
        let owner = conns[0].owner.as_ref().unwrap();
        assert_eq!(
            (owner.asn, owner.source.as_str()),
            (Some(54113), "embedded")
        );
        assert!(s
            .tool
            .ownership_data
            .unwrap()
            .starts_with("ip-location-db asn "));
        assert_eq!(s.scan.unattributed_sockets, 1);
        assert_eq!(s.unattributed[0].reason, Some(UnattributedReason::TimeWait));
    }

    #[test]
    fn a_reused_pid_is_a_different_program() {
        let mut obs = Observation::new(1000);
        obs.add(Snapshot {
            taken_at: at(0),
            sockets: vec![tcp(Some(7), "8.8.8.8", 5000)],
            processes: vec![proc_(7, -50)],
        });
        obs.add(Snapshot {
            taken_at: at(1),
            sockets: vec![tcp(Some(7), "8.8.8.8", 5000)],
            processes: vec![proc_(7, 1)],
        });
        let s = obs.into_summary(&ctx());
        assert_eq!(s.processes.len(), 2);
        assert!(s.processes.iter().all(|p| p.connections[0].times_seen == 1));
    }

    #[test]
    fn own_address_as_remote_is_this_computer_and_listening_uses_local_scope() {
        let mut obs = Observation::new(1000);
        let mut listen = tcp(Some(7), "0.0.0.0", 3389);
        listen.flow.local_address = "0.0.0.0".parse().unwrap();
        listen.flow.remote_address = None;
        listen.flow.remote_port = None;
        listen.flow.state = Some(SocketState::Listen);
        obs.add(Snapshot {
            taken_at: at(0),
            sockets: vec![tcp(Some(7), "192.168.1.10", 5000), listen],
            processes: vec![proc_(7, 0)],
        });
        let s = obs.into_summary(&ctx());
        let c = &s.processes[0].connections;
        assert_eq!(
            (c[0].scope, c[0].service.as_deref()),
            (Scope::ThisComputer, Some("https"))
        );
        assert!(
            c.iter().all(|c| c.owner.is_none()),
            "no owner for non-public"
        );
        assert_eq!(
            (c[1].scope, c[1].service.as_deref()),
            (Scope::Unspecified, Some("rdp"))
        );
    }
}
