//! Program details from sysinfo, read only for the programs that own sockets (and their
//! parents, by name): about ten times cheaper than refreshing every process.

use std::collections::{BTreeSet, HashMap};

use sysinfo::{Pid, ProcessRefreshKind, ProcessesToUpdate, System, UpdateKind, Users};

use crate::clock;
use crate::escape::{escape, escape_os};
use crate::model::{Parent, ProcessInfo, Socket, UnattributedReason};

pub struct ProcessReader {
    /// `None` when the OS refused to give process information at all.
    sys: Option<System>,
    users: Option<Users>,
    /// Details already read, by PID and start time (a PID can be reused by a new program).
    known: HashMap<(u32, u64), ProcessInfo>,
}

impl ProcessReader {
    pub fn new() -> Self {
        ProcessReader {
            sys: System::new().ok(),
            users: Users::new_with_refreshed_list().ok(),
            known: HashMap::new(),
        }
    }

    /// Reads the programs that own `sockets`. A program that exited meanwhile is dropped
    /// from its sockets quietly; a socket left with no program is marked `exited`.
    pub fn read(&mut self, sockets: &mut [Socket]) -> Vec<ProcessInfo> {
        let pids: BTreeSet<u32> = sockets
            .iter()
            .flat_map(|s| s.pids.iter().copied())
            .collect();
        let Some(sys) = self.sys.as_mut() else {
            return pids
                .iter()
                .map(|&pid| ProcessInfo {
                    pid,
                    ..Default::default()
                })
                .collect();
        };
        let wanted: Vec<Pid> = pids.iter().map(|&p| Pid::from_u32(p)).collect();
        let kind = ProcessRefreshKind::nothing()
            .with_exe(UpdateKind::OnlyIfNotSet)
            .with_cmd(UpdateKind::OnlyIfNotSet)
            .with_user(UpdateKind::OnlyIfNotSet);
        sys.refresh_processes_specifics(ProcessesToUpdate::Some(&wanted), true, kind);

        // Parents are needed by name only, which every refresh reads.
        let parents: Vec<Pid> = wanted
            .iter()
            .filter_map(|p| sys.process(*p)?.parent())
            .filter(|p| sys.process(*p).is_none())
            .collect();
        if !parents.is_empty() {
            sys.refresh_processes_specifics(
                ProcessesToUpdate::Some(&parents),
                true,
                ProcessRefreshKind::nothing(),
            );
        }

        let mut out = Vec::with_capacity(pids.len());
        for &pid in &pids {
            let Some(p) = sys.process(Pid::from_u32(pid)) else {
                continue;
            };
            let key = (pid, p.start_time());
            let info = self.known.entry(key).or_insert_with(|| ProcessInfo {
                pid,
                name: escape_os(p.name()),
                exe: p.exe().map(|e| {
                    let exe = escape_os(e.as_os_str());
                    if super::os::exe_deleted(pid) {
                        format!("{exe} (deleted)")
                    } else {
                        exe
                    }
                }),
                cmdline: p.cmd().iter().map(|a| escape_os(a)).collect(),
                user: p.user_id().and_then(|uid| {
                    let users = self.users.as_ref()?;
                    Some(escape(users.get_user_by_id(uid)?.name()))
                }),
                parent: p.parent().map(|pp| Parent {
                    pid: pp.as_u32(),
                    name: sys.process(pp).map(|q| escape_os(q.name())),
                }),
                started_at: clock::from_unix(p.start_time()),
            });
            out.push(info.clone());
        }

        let alive: BTreeSet<u32> = out.iter().map(|p| p.pid).collect();
        for s in sockets.iter_mut() {
            if s.pids.is_empty() {
                continue;
            }
            s.pids.retain(|p| alive.contains(p));
            if s.pids.is_empty() {
                s.unattributed = Some(UnattributedReason::Exited);
            }
        }
        out
    }

    /// The name of the user running netreview, if it can be read.
    pub fn current_user(&self) -> Option<String> {
        let users = self.users.as_ref()?;
        let me = sysinfo::get_current_pid().ok()?;
        let mut sys = System::new().ok()?;
        sys.refresh_processes_specifics(
            ProcessesToUpdate::Some(&[me]),
            false,
            ProcessRefreshKind::nothing().with_user(UpdateKind::Always),
        );
        let uid = sys
            .process(me)?
            .effective_user_id()
            .or(sys.process(me)?.user_id())?;
        Some(escape(users.get_user_by_id(uid)?.name()))
    }
}
