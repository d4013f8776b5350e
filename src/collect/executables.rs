//! Facts about the executables of the programs under review: their SHA-256 (for a helper to
//! look up) and, on Linux, whether an installed package owns them.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Read;

use sha2::{Digest, Sha256};

/// Larger files are not hashed: reading them would hold up the check.
const MAX_HASH_BYTES: u64 = 256 * 1024 * 1024;

#[derive(Debug, Default)]
pub struct ExeFacts {
    /// By PID.
    pub sha256: BTreeMap<u32, String>,
    /// Executables no installed package owns; `None` when no package manager answered.
    pub unpackaged: Option<BTreeSet<String>>,
}

/// Reads the facts for `(pid, exe)` pairs; what cannot be read is left out.
pub fn inspect(programs: &[(u32, &str)]) -> ExeFacts {
    let sha256 = programs
        .iter()
        .filter_map(|&(pid, exe)| Some((pid, sha256(pid, exe)?)))
        .collect();
    let paths: BTreeSet<&str> = programs
        .iter()
        .map(|(_, exe)| *exe)
        .filter(|e| !e.ends_with(" (deleted)"))
        .collect();
    ExeFacts {
        sha256,
        unpackaged: super::os::unpackaged(&paths),
    }
}

fn sha256(pid: u32, exe: &str) -> Option<String> {
    let file = super::os::open_exe(pid, exe)?;
    if file.metadata().ok()?.len() > MAX_HASH_BYTES {
        return None;
    }
    let mut hasher = Sha256::new();
    let mut reader = std::io::BufReader::new(file);
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        let n = reader.read(&mut buf).ok()?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
    }
    Some(
        hasher
            .finalize()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect(),
    )
}
