//! A recorded snapshot: a summary file (YAML or JSON) played back as if it were the system.
//! Tests and the practice mode run on these.

use std::path::Path;

use super::{CollectError, SnapshotSource};
use crate::escape::escape;
use crate::model::{Flow, ProcessEntry, ProcessInfo, Snapshot, Socket, Summary, SystemInfo};
use crate::net::LocalAddresses;

pub struct RecordedSource {
    summary: Summary,
}

impl RecordedSource {
    pub fn from_path(path: &Path) -> Result<Self, CollectError> {
        let err = |reason: String| CollectError::Recorded {
            path: path.display().to_string(),
            reason,
        };
        let text = std::fs::read_to_string(path).map_err(|e| err(e.to_string()))?;
        let summary = crate::summary::parse(&text).map_err(|e| err(e.to_string()))?;
        Ok(RecordedSource { summary })
    }

    pub fn from_summary(summary: Summary) -> Self {
        RecordedSource { summary }
    }

    /// The whole recorded watch, with when each connection was seen.
    pub fn recorded(&self) -> &Summary {
        &self.summary
    }
}

/// A recorded program as collected. Files are untrusted: strings are escaped again (a
/// no-op on text netreview wrote).
pub fn process_info(p: &ProcessEntry) -> ProcessInfo {
    ProcessInfo {
        pid: p.pid,
        name: escape(&p.name),
        exe: p.exe.as_deref().map(escape),
        cmdline: p.cmdline.iter().map(|a| escape(a)).collect(),
        user: p.user.as_deref().map(escape),
        parent: p.parent.as_ref().map(|pp| crate::model::Parent {
            pid: pp.pid,
            name: pp.name.as_deref().map(escape),
        }),
        started_at: p.started_at,
    }
}

impl SnapshotSource for RecordedSource {
    fn snapshot(&mut self) -> Result<Snapshot, CollectError> {
        let s = &self.summary;
        let mut sockets = Vec::new();
        let mut processes = Vec::new();
        for p in &s.processes {
            processes.push(process_info(p));
            for c in &p.connections {
                sockets.push(socket_of(c, vec![p.pid]));
            }
        }
        for c in &s.unattributed {
            sockets.push(socket_of(c, Vec::new()));
        }
        Ok(Snapshot {
            taken_at: s.scan.ended_at,
            sockets,
            processes,
        })
    }

    fn system(&self) -> SystemInfo {
        let sys = &self.summary.system;
        SystemInfo {
            os: escape(&sys.os),
            os_version: sys.os_version.as_deref().map(escape),
            hostname: sys.hostname.as_deref().map(escape),
            user: sys.user.as_deref().map(escape),
            privileged: sys.privileged,
        }
    }

    /// The recorded computer's own addresses are the local ends of its sockets.
    fn local_addresses(&self) -> LocalAddresses {
        let s = &self.summary;
        LocalAddresses::new(
            s.processes
                .iter()
                .flat_map(|p| p.connections.iter())
                .chain(s.unattributed.iter())
                .map(|c| c.local_address)
                .filter(|a| !a.is_unspecified()),
        )
    }
}

fn socket_of(c: &crate::model::Connection, pids: Vec<u32>) -> Socket {
    Socket::new(flow_of(c), pids, c.reason)
}

pub fn flow_of(c: &crate::model::Connection) -> Flow {
    Flow {
        protocol: c.protocol,
        local_address: c.local_address,
        local_port: c.local_port,
        remote_address: c.remote_address,
        remote_port: c.remote_port,
        state: c.state,
    }
}
