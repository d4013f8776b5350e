//! Linux: sockets from the kernel's sock_diag netlink interface (via netstat2, without its
//! PID pass, which panics when /proc is unreadable), owners from `/proc/<pid>/fd`.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::fs;

use netstat2::{AddressFamilyFlags, ProtocolFlags};

use super::owners::{flow_from_netstat, linux_reason};
use super::CollectError;
use crate::model::Socket;

/// Socket inode → the processes holding it. Rebuilt only when a socket appears whose inode
/// it has never seen, so that polls during a watch skip the walk over every process.
#[derive(Default)]
pub struct OwnerMap {
    by_inode: HashMap<u32, Vec<u32>>,
    /// Inodes the last full walk could not place (other users' programs without rights).
    unplaceable: HashSet<u32>,
    euid: Option<u32>,
}

impl OwnerMap {
    fn rebuild(&mut self, wanted: &HashSet<u32>) {
        self.by_inode.clear();
        let Ok(proc_dir) = fs::read_dir("/proc") else {
            return;
        };
        let mut link = String::new();
        for entry in proc_dir.flatten() {
            let Some(pid) = entry
                .file_name()
                .to_str()
                .and_then(|s| s.parse::<u32>().ok())
            else {
                continue;
            };
            // Unreadable for other users' processes without rights, or gone already.
            let Ok(fds) = fs::read_dir(format!("/proc/{pid}/fd")) else {
                continue;
            };
            for fd in fds.flatten() {
                let Ok(target) = fs::read_link(fd.path()) else {
                    continue;
                };
                link.clear();
                link.push_str(&target.to_string_lossy());
                let Some(inode) = link
                    .strip_prefix("socket:[")
                    .and_then(|s| s.strip_suffix(']'))
                    .and_then(|s| s.parse::<u32>().ok())
                else {
                    continue;
                };
                if wanted.contains(&inode) {
                    let pids = self.by_inode.entry(inode).or_default();
                    if !pids.contains(&pid) {
                        pids.push(pid);
                    }
                }
            }
        }
        self.unplaceable = wanted
            .iter()
            .filter(|i| !self.by_inode.contains_key(i))
            .copied()
            .collect();
    }
}

pub fn sockets(owners: &mut OwnerMap, privileged: bool) -> Result<Vec<Socket>, CollectError> {
    let iter = netstat2::iterate_sockets_info_without_pids(
        AddressFamilyFlags::IPV4 | AddressFamilyFlags::IPV6,
        ProtocolFlags::TCP | ProtocolFlags::UDP,
    )
    .map_err(|e| CollectError::Sockets(e.to_string()))?;
    let mut raw = Vec::new();
    for item in iter {
        raw.push(item.map_err(|e| CollectError::Sockets(e.to_string()))?);
    }

    let inodes: HashSet<u32> = raw.iter().map(|s| s.inode).filter(|&i| i != 0).collect();
    let unknown = inodes
        .iter()
        .any(|i| !owners.by_inode.contains_key(i) && !owners.unplaceable.contains(i));
    if unknown {
        owners.rebuild(&inodes);
    }
    let euid = *owners.euid.get_or_insert_with(effective_uid);

    Ok(raw
        .iter()
        .map(|info| {
            let pids = owners
                .by_inode
                .get(&info.inode)
                .cloned()
                .unwrap_or_default();
            let flow = flow_from_netstat(info);
            let reason = pids
                .is_empty()
                .then(|| linux_reason(info.inode, info.uid, flow.state, euid, privileged));
            Socket::new(flow, pids, reason)
        })
        .collect())
}

fn effective_uid() -> u32 {
    nix::unistd::geteuid().as_raw()
}

pub fn is_privileged() -> bool {
    effective_uid() == 0
}

/// The kernel marks a running program whose file was deleted or replaced; sysinfo drops the
/// mark, so it is read here.
pub fn exe_deleted(pid: u32) -> bool {
    fs::read_link(format!("/proc/{pid}/exe"))
        .is_ok_and(|p| p.to_string_lossy().ends_with(" (deleted)"))
}

/// The running file itself, even when deleted or in another mount namespace.
pub fn open_exe(pid: u32, exe: &str) -> Option<fs::File> {
    fs::File::open(format!("/proc/{pid}/exe"))
        .or_else(|_| fs::File::open(exe))
        .ok()
}

/// The executables no dpkg or rpm package owns, asked in one call for all of them.
pub fn unpackaged(paths: &BTreeSet<&str>) -> Option<BTreeSet<String>> {
    if paths.is_empty() {
        return Some(BTreeSet::new());
    }
    let wanted: HashSet<String> = paths.iter().flat_map(|p| aliases(p)).collect();
    owned_by_dpkg(std::path::Path::new(DPKG_INFO), &wanted)
        .or_else(|| owned_by_rpm(paths))
        .map(|owned| {
            paths
                .iter()
                .filter(|p| !aliases(p).iter().any(|a| owned.contains(a)))
                .map(|p| p.to_string())
                .collect()
        })
}

/// On merged-/usr systems a package may list `/bin/x` for the file at `/usr/bin/x`.
fn aliases(path: &str) -> Vec<String> {
    let mut out = vec![path.to_string()];
    if let Some(rest) = path.strip_prefix("/usr") {
        if ["/bin/", "/sbin/", "/lib/", "/lib64/"]
            .iter()
            .any(|d| rest.starts_with(d))
        {
            out.push(rest.to_string());
        }
    } else if ["/bin/", "/sbin/", "/lib/", "/lib64/"]
        .iter()
        .any(|d| path.starts_with(d))
    {
        out.push(format!("/usr{path}"));
    }
    out
}

const DPKG_INFO: &str = "/var/lib/dpkg/info";

/// The `wanted` paths that some dpkg package lists. Reads the packages' file lists in one pass
/// (a few MB), several times faster than `dpkg-query -S`, which loads its whole database.
/// `None` when this is not a dpkg system.
fn owned_by_dpkg(info_dir: &std::path::Path, wanted: &HashSet<String>) -> Option<BTreeSet<String>> {
    let entries = fs::read_dir(info_dir).ok()?;
    // Few paths are wanted among hundreds of thousands of listed files: compare bytes only
    // for lines of a wanted length.
    let longest = wanted.iter().map(String::len).max().unwrap_or(0);
    let mut is_wanted_len = vec![false; longest + 1];
    for w in wanted {
        is_wanted_len[w.len()] = true;
    }
    let mut owned = BTreeSet::new();
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "list") {
            continue;
        }
        let Ok(text) = fs::read(&path) else { continue };
        for line in text.split(|b| *b == b'\n') {
            if !is_wanted_len.get(line.len()).copied().unwrap_or(false) {
                continue;
            }
            if let Some(hit) = wanted.iter().find(|w| w.as_bytes() == line) {
                owned.insert(hit.clone());
            }
        }
    }
    Some(owned)
}

fn owned_by_rpm(paths: &BTreeSet<&str>) -> Option<BTreeSet<String>> {
    let list: Vec<&str> = paths.iter().copied().collect();
    let mut args: Vec<String> = ["-qf", "--queryformat", "%{NAME}\n"]
        .map(String::from)
        .into();
    args.extend(list.iter().map(|p| p.to_string()));
    // One line per path, in order: a package name, or "file … is not owned by any package".
    let text = quiet_output("rpm", &args)?;
    Some(
        text.lines()
            .zip(&list)
            .filter(|(line, _)| !line.contains("not owned"))
            .map(|(_, path)| path.to_string())
            .collect(),
    )
}

/// What a command prints, without input and without its complaints; `None` if it cannot run.
fn quiet_output(program: &str, args: &[String]) -> Option<String> {
    let out = std::process::Command::new(program)
        .args(args)
        .stdin(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .output()
        .ok()?;
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_dpkg_file_lists() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("coreutils.list"), "/.\n/bin\n/bin/ls\n").unwrap();
        std::fs::write(dir.path().join("coreutils.md5sums"), "/bin/evil\n").unwrap();
        let wanted: HashSet<String> = ["/bin/ls", "/bin/evil", "/usr/bin/ls"]
            .map(String::from)
            .into();
        let owned = owned_by_dpkg(dir.path(), &wanted).unwrap();
        assert_eq!(owned, BTreeSet::from(["/bin/ls".to_string()]));
        assert!(owned_by_dpkg(&dir.path().join("missing"), &wanted).is_none());
    }

    #[test]
    fn merged_usr_aliases() {
        assert_eq!(aliases("/usr/bin/ls"), ["/usr/bin/ls", "/bin/ls"]);
        assert_eq!(aliases("/sbin/init"), ["/sbin/init", "/usr/sbin/init"]);
        assert_eq!(aliases("/opt/x/y"), ["/opt/x/y"]);
    }

    /// Runs on Debian (CI's system): dpkg owns `ls` under one of its two names.
    #[test]
    fn asks_the_package_manager_once_for_all() {
        let paths: BTreeSet<&str> = ["/usr/bin/ls", "/tmp/netreview-no-such-program"].into();
        let unpackaged = unpackaged(&paths).expect("dpkg or rpm answers");
        let expected: BTreeSet<String> = ["/tmp/netreview-no-such-program".to_string()].into();
        assert_eq!(unpackaged, expected);
    }
}
