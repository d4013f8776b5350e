//! What only Linux can tell about executables, answered as "unknown" on other systems.

/// Only Linux marks a running program whose file was deleted.
pub fn exe_deleted(_pid: u32) -> bool {
    false
}

pub fn open_exe(_pid: u32, exe: &str) -> Option<std::fs::File> {
    std::fs::File::open(exe).ok()
}

/// The package-manager check is Linux's (dpkg, rpm).
pub fn unpackaged(
    _paths: &std::collections::BTreeSet<&str>,
) -> Option<std::collections::BTreeSet<String>> {
    None
}
