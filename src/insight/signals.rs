//! Unusual signs about a program, each a pure function of its record and a few facts: what
//! an expert would find odd, with the measured detail. Keys are PRODUCT.md's.

use std::collections::{BTreeMap, BTreeSet};
use std::net::IpAddr;

use super::catalogue::{names_match, same_name, Catalogue, Entry, Kind};
use crate::model::{Owner, ProcessEntry, Protocol, Severity, SignalEntry, SocketState};
use crate::net::{service_for_port, Scope, Transport};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SignalId {
    ExeInTempDir,
    ExeInUserWritableDir,
    ExeHiddenPath,
    ExeDeleted,
    NameMimicsSystem,
    ListensOnNetwork,
    RemoteAccessPort,
    UnusualPort,
    HostingProvider,
    FrequentReconnects,
    RunsAsAdmin,
    NotFromPackageManager,
}

impl SignalId {
    pub const ALL: &'static [SignalId] = &[
        SignalId::ExeInTempDir,
        SignalId::ExeInUserWritableDir,
        SignalId::ExeHiddenPath,
        SignalId::ExeDeleted,
        SignalId::NameMimicsSystem,
        SignalId::ListensOnNetwork,
        SignalId::RemoteAccessPort,
        SignalId::UnusualPort,
        SignalId::HostingProvider,
        SignalId::FrequentReconnects,
        SignalId::RunsAsAdmin,
        SignalId::NotFromPackageManager,
    ];

    pub fn key(self) -> &'static str {
        match self {
            SignalId::ExeInTempDir => "exe_in_temp_dir",
            SignalId::ExeInUserWritableDir => "exe_in_user_writable_dir",
            SignalId::ExeHiddenPath => "exe_hidden_path",
            SignalId::ExeDeleted => "exe_deleted",
            SignalId::NameMimicsSystem => "name_mimics_system",
            SignalId::ListensOnNetwork => "listens_on_network",
            SignalId::RemoteAccessPort => "remote_access_port",
            SignalId::UnusualPort => "unusual_port",
            SignalId::HostingProvider => "hosting_provider",
            SignalId::FrequentReconnects => "frequent_reconnects",
            SignalId::RunsAsAdmin => "runs_as_admin",
            SignalId::NotFromPackageManager => "not_from_package_manager",
        }
    }

    pub fn from_key(key: &str) -> Option<SignalId> {
        SignalId::ALL.iter().copied().find(|s| s.key() == key)
    }
}

/// What the signals need besides the program's record.
pub struct Facts<'a> {
    pub os: &'a str,
    pub catalogue: &'a Catalogue,
    /// Linux: executables that belong to no installed package; `None` when not checked.
    pub unpackaged: Option<&'a BTreeSet<String>>,
    /// Whether an owner rents servers to anyone (hosting or cloud).
    pub is_hosting: &'a dyn Fn(&Owner) -> bool,
}

/// Dot-folders where people's own tools normally live; a hidden folder elsewhere is odd.
const USUAL_DOT_DIRS: &[&str] = &[
    ".local",
    ".config",
    ".cargo",
    ".rustup",
    ".npm",
    ".nvm",
    ".pyenv",
    ".vscode",
    ".vscode-server",
    ".steam",
    ".var",
    ".mozilla",
    ".deno",
    ".bun",
    ".sdkman",
    ".dotnet",
];

const ADMIN_USERS: &[&str] = &["root", "SYSTEM", "NT AUTHORITY\\SYSTEM", "LocalSystem"];

pub fn signals(p: &ProcessEntry, known: Option<&Entry>, f: &Facts) -> Vec<SignalEntry> {
    let mut out = Vec::new();
    let mut add = |id: SignalId, worth: bool, detail: Option<String>| {
        out.push(SignalEntry {
            id: id.key().to_string(),
            severity: if worth {
                Severity::WorthALook
            } else {
                Severity::Info
            },
            detail,
        });
    };
    let unknown = known.is_none();
    let windows = f.os == "windows";

    if let Some(exe) = p.exe.as_deref() {
        let temp = in_temp_dir(f.os, exe);
        if let Some(worth) = temp {
            add(SignalId::ExeInTempDir, worth, Some(exe.to_string()));
        }
        // An AppImage's mount folder is hidden by design.
        let appimage = temp == Some(false);
        let hidden = hidden_folder(f.os, exe).filter(|_| unknown && !appimage);
        // A hidden folder says more about the same path than "your own folders".
        if temp.is_none() && unknown && hidden.is_none() {
            if let Some(risky) = in_user_folder(f.os, exe) {
                add(SignalId::ExeInUserWritableDir, risky, Some(exe.to_string()));
            }
        }
        if let Some(dir) = hidden {
            add(SignalId::ExeHiddenPath, true, Some(dir));
        }
        if exe.ends_with(" (deleted)") {
            add(SignalId::ExeDeleted, true, Some(exe.to_string()));
        }
        if unknown {
            if let Some(system) = mimics_system(f, &p.name) {
                add(SignalId::NameMimicsSystem, true, Some(system));
            }
        }
        if let Some(set) = f.unpackaged {
            if set.contains(exe) {
                add(
                    SignalId::NotFromPackageManager,
                    false,
                    Some(exe.to_string()),
                );
            }
        }
    }

    let remote_access_kind = known.is_some_and(|e| e.kind == Kind::RemoteAccess);
    let mut open_ports = BTreeSet::new();
    let mut remote_access = BTreeSet::new();
    for c in &p.connections {
        let transport = match c.protocol {
            Protocol::Tcp => Transport::Tcp,
            Protocol::Udp => Transport::Udp,
        };
        let open = c.remote_address.is_none()
            && !matches!(c.scope, Scope::Loopback)
            && (c.protocol == Protocol::Udp || c.state == Some(SocketState::Listen));
        if open {
            // Listening over TCP on the network, by a program not known to, is worth a look;
            // UDP sockets bound to every address are everyday (name look-ups, discovery).
            let worth = c.protocol == Protocol::Tcp && unknown;
            open_ports.insert((c.local_port, c.protocol == Protocol::Tcp, worth));
            if service_for_port(c.local_port, transport).is_some_and(|s| s.is_remote_access()) {
                remote_access.insert((
                    format!("listening on port {}", c.local_port),
                    !remote_access_kind,
                ));
            }
        }
        if let (Some(addr), Some(port)) = (c.remote_address, c.remote_port) {
            if service_for_port(port, transport).is_some_and(|s| s.is_remote_access()) {
                remote_access.insert((format!("connected to {} port {port}", show(addr)), false));
            }
        }
    }
    if !open_ports.is_empty() {
        let worth = open_ports.iter().any(|(_, _, w)| *w);
        let ports: Vec<String> = open_ports
            .iter()
            .map(|(p, tcp, _)| format!("{}/{p}", if *tcp { "tcp" } else { "udp" }))
            .collect();
        add(SignalId::ListensOnNetwork, worth, Some(ports.join(", ")));
    }
    for (detail, worth) in remote_access {
        add(SignalId::RemoteAccessPort, worth, Some(detail));
    }

    let unusual: BTreeSet<String> = p
        .connections
        .iter()
        .filter(|c| c.scope == Scope::Public && c.service.is_none())
        .filter_map(|c| Some(format!("{}:{}", show(c.remote_address?), c.remote_port?)))
        .collect();
    if !unusual.is_empty() {
        add(SignalId::UnusualPort, unknown, Some(list(&unusual)));
    }

    let hosted: BTreeSet<String> = p
        .connections
        .iter()
        .filter_map(|c| {
            let owner = c.owner.as_ref().filter(|o| (f.is_hosting)(o))?;
            Some(format!(
                "{} ({})",
                show(c.remote_address?),
                owner.org.as_deref().unwrap_or("?")
            ))
        })
        .collect();
    if !hosted.is_empty() {
        add(SignalId::HostingProvider, unknown, Some(list(&hosted)));
    }

    for detail in reconnects(p) {
        add(SignalId::FrequentReconnects, unknown, Some(detail));
    }

    if let Some(user) = p.user.as_deref() {
        let admin = ADMIN_USERS.iter().any(|a| {
            if windows {
                a.eq_ignore_ascii_case(user)
            } else {
                *a == user
            }
        });
        if admin && !known.is_some_and(|e| e.admin) {
            add(SignalId::RunsAsAdmin, true, Some(user.to_string()));
        }
    }
    out
}

/// `Some(true)` in a temporary folder; `Some(false)` for an AppImage, which runs from a
/// temporary mount by design.
fn in_temp_dir(os: &str, exe: &str) -> Option<bool> {
    if os == "windows" {
        let e = exe.replace('/', "\\").to_lowercase();
        let temp = e.contains("\\appdata\\local\\temp\\") || e.starts_with("c:\\windows\\temp\\");
        return temp.then_some(true);
    }
    if exe.starts_with("/tmp/.mount_") {
        return Some(false);
    }
    let temp = [
        "/tmp/",
        "/var/tmp/",
        "/dev/shm/",
        "/private/tmp/",
        "/private/var/tmp/",
    ]
    .iter()
    .any(|t| exe.starts_with(t))
        || (exe.starts_with("/private/var/folders/") && exe.contains("/T/"));
    temp.then_some(true)
}

/// In the person's own folders: `Some(true)` for Downloads, Desktop or Documents, where
/// programs do not belong; `Some(false)` elsewhere in the home folder.
fn in_user_folder(os: &str, exe: &str) -> Option<bool> {
    let (parts, depth): (Vec<String>, usize) = match os {
        "windows" => {
            let e = exe.replace('/', "\\").to_lowercase();
            let parts: Vec<String> = e.split('\\').map(String::from).collect();
            (
                parts
                    .get(1)
                    .filter(|p| *p == "users")
                    .map(|_| parts.clone())?,
                3,
            )
        }
        "macos" => (exe.split('/').map(String::from).collect(), 3),
        _ if exe.starts_with("/root/") => (exe.split('/').map(String::from).collect(), 2),
        _ => (exe.split('/').map(String::from).collect(), 3),
    };
    let home_root = match os {
        "windows" => true,
        "macos" => parts.get(1).is_some_and(|p| p == "Users"),
        _ => parts.get(1).is_some_and(|p| p == "home" || p == "root"),
    };
    if !home_root || parts.len() <= depth {
        return None;
    }
    let first = parts
        .get(depth)
        .map(|s| s.to_lowercase())
        .unwrap_or_default();
    Some(matches!(
        first.as_str(),
        "downloads" | "desktop" | "documents"
    ))
}

/// The first hidden folder (a dot-folder other than the usual tool folders) in the path.
fn hidden_folder(os: &str, exe: &str) -> Option<String> {
    let sep = if os == "windows" { '\\' } else { '/' };
    let exe = if os == "windows" {
        exe.replace('/', "\\")
    } else {
        exe.to_string()
    };
    let parts: Vec<&str> = exe.split(sep).collect();
    let folders = parts.len().saturating_sub(1);
    parts[..folders]
        .iter()
        .position(|p| p.starts_with('.') && p.len() > 1 && !USUAL_DOT_DIRS.contains(p))
        .map(|i| parts[..=i].join(&sep.to_string()))
}

/// The system program whose name this one copies or nearly copies (`svch0st.exe`).
fn mimics_system(f: &Facts, name: &str) -> Option<String> {
    if name.chars().count() < 5 {
        return None;
    }
    let fold = |s: &str| {
        if f.os == "linux" {
            s.to_string()
        } else {
            s.to_lowercase()
        }
    };
    let mut near = None;
    for (_, system) in f.catalogue.system_names(f.os) {
        if same_name(f.os, system, name) {
            // The same name as a system program, but not at its place (else it would be known).
            return Some(system.to_string());
        }
        if near.is_none() && one_edit_apart(&fold(system), &fold(name)) {
            near = Some(system.to_string());
        }
    }
    // A near name that is itself a known program (e.g. two real services) is no look-alike.
    near.filter(|_| {
        !f.catalogue.entries.iter().any(|e| {
            e.rule(f.os)
                .is_some_and(|r| names_match(f.os, &r.names, name))
        })
    })
}

/// Damerau–Levenshtein distance exactly 1: one letter changed, added, removed, or two
/// neighbours swapped.
fn one_edit_apart(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a == b || a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let (ra, rb) = (&a[prefix..], &b[prefix..]);
    let suffix = ra
        .iter()
        .rev()
        .zip(rb.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (ma, mb) = (&ra[..ra.len() - suffix], &rb[..rb.len() - suffix]);
    match (ma.len(), mb.len()) {
        (1, 1) | (0, 1) | (1, 0) => true,
        (2, 2) => ma[0] == mb[1] && ma[1] == mb[0],
        _ => false,
    }
}

/// Three or more separate connections to the same address and port during a watch, with
/// their rhythm when regular: "4 connections to 88.198.248.254:4444, about every 30 s".
fn reconnects(p: &ProcessEntry) -> Vec<String> {
    let mut by_remote: BTreeMap<(IpAddr, u16), Vec<i64>> = BTreeMap::new();
    for c in &p.connections {
        if let (Some(a), Some(port)) = (c.remote_address, c.remote_port) {
            if !matches!(c.scope, Scope::Loopback | Scope::ThisComputer) {
                by_remote
                    .entry((a, port))
                    .or_default()
                    .push(c.first_seen.unix_timestamp());
            }
        }
    }
    by_remote
        .into_iter()
        .filter(|(_, starts)| starts.len() >= 3)
        .map(|((addr, port), mut starts)| {
            starts.sort_unstable();
            let gaps: Vec<i64> = starts.windows(2).map(|w| w[1] - w[0]).collect();
            let mut detail = format!("{} connections to {}:{port}", starts.len(), show(addr));
            if let Some(every) = regular(&gaps) {
                detail.push_str(&format!(", about every {every} s"));
            }
            detail
        })
        .collect()
}

/// The interval, when every gap is within a fifth of the mean (and at least a second).
fn regular(gaps: &[i64]) -> Option<i64> {
    let n = i64::try_from(gaps.len()).ok().filter(|n| *n > 0)?;
    let mean = gaps.iter().sum::<i64>() / n;
    (mean >= 1 && gaps.iter().all(|g| (g - mean).abs() * 5 <= mean)).then_some(mean)
}

fn show(a: IpAddr) -> String {
    match a {
        IpAddr::V6(v6) => format!("[{v6}]"),
        IpAddr::V4(v4) => v4.to_string(),
    }
}

fn list(items: &BTreeSet<String>) -> String {
    const SHOWN: usize = 5;
    let mut s: Vec<&str> = items.iter().take(SHOWN).map(String::as_str).collect();
    let more;
    if items.len() > SHOWN {
        more = format!("+{}", items.len() - SHOWN);
        s.push(&more);
    }
    s.join(", ")
}

#[cfg(test)]
#[path = "signals_tests.rs"]
mod tests;
