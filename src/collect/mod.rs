//! The only room that touches the operating system: sockets, the programs that own them,
//! this computer's own addresses and rights. Each OS has one file with the same functions;
//! the rest of the program sees only [`SnapshotSource`].

pub mod executables;
pub mod interfaces;
mod processes;
mod recorded;

#[cfg(target_os = "linux")]
mod linux;
#[cfg(target_os = "linux")]
use linux as os;
#[cfg(not(target_os = "linux"))]
mod elsewhere;
#[cfg(target_os = "macos")]
mod macos;
#[cfg(target_os = "macos")]
use macos as os;
#[cfg(target_os = "windows")]
mod windows;
#[cfg(target_os = "windows")]
use windows as os;

// The per-OS socket owner rules, kept buildable everywhere so they are unit-tested on Linux
// from recorded inputs.
pub mod owners;

pub use recorded::{flow_of, process_info, RecordedSource};

use crate::model::{Snapshot, SystemInfo};
use crate::net::LocalAddresses;

#[derive(Debug, thiserror::Error)]
pub enum CollectError {
    #[error("could not list the network sockets: {0}")]
    Sockets(String),
    #[error("could not read recorded snapshot {path}: {reason}")]
    Recorded { path: String, reason: String },
}

/// Where snapshots come from: the live system, a recorded file, the practice scenario.
pub trait SnapshotSource {
    /// Takes one look at the sockets and the programs that own them.
    fn snapshot(&mut self) -> Result<Snapshot, CollectError>;
    /// The computer the snapshots describe.
    fn system(&self) -> SystemInfo;
    /// The addresses of this computer's own network interfaces.
    fn local_addresses(&self) -> LocalAddresses;
}

/// The running system. Keeps caches between looks so that a watch stays cheap: the
/// socket → program map and the details of programs already read.
pub struct LiveSource {
    owners: os::OwnerMap,
    processes: processes::ProcessReader,
    privileged: bool,
}

impl LiveSource {
    pub fn new() -> Self {
        LiveSource {
            owners: os::OwnerMap::default(),
            processes: processes::ProcessReader::new(),
            privileged: os::is_privileged(),
        }
    }
}

impl Default for LiveSource {
    fn default() -> Self {
        Self::new()
    }
}

impl SnapshotSource for LiveSource {
    fn snapshot(&mut self) -> Result<Snapshot, CollectError> {
        let taken_at = crate::clock::now();
        let mut sockets = os::sockets(&mut self.owners, self.privileged)?;
        let processes = self.processes.read(&mut sockets);
        Ok(Snapshot {
            taken_at,
            sockets,
            processes,
        })
    }

    fn system(&self) -> SystemInfo {
        SystemInfo {
            os: std::env::consts::OS.to_string(),
            os_version: sysinfo::System::long_os_version()
                .ok()
                .map(|v| crate::escape::escape(&v)),
            hostname: sysinfo::System::host_name()
                .ok()
                .map(|h| crate::escape::escape(&h)),
            user: self.processes.current_user(),
            privileged: self.privileged,
        }
    }

    fn local_addresses(&self) -> LocalAddresses {
        interfaces::local_addresses()
    }
}
