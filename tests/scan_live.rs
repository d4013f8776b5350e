//! The real binary on this machine's real sockets.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream, UdpSocket};
use std::process::{Command, Stdio};

use netreview::model::{Protocol, SocketState, Summary};
use netreview::net::Scope;

use crate::util::{bin, stderr};

fn scan_json() -> Summary {
    let out = bin()
        .args(["scan", "--format", "json"])
        .output()
        .expect("run");
    assert!(out.status.success(), "scan failed: {}", stderr(&out));
    assert!(!out.stdout.contains(&0x1b), "raw ESC byte in the output");
    serde_json::from_slice(&out.stdout).expect("scan JSON matches the summary format")
}

#[test]
fn finds_own_listener_and_connection_with_this_pid() {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let client = TcpStream::connect(("127.0.0.1", port)).unwrap();
    let (_server_end, _) = listener.accept().unwrap();
    let udp6 = UdpSocket::bind("[::1]:0").unwrap();
    let udp_port = udp6.local_addr().unwrap().port();

    let s = scan_json();
    assert_eq!(s.schema, "netreview-summary/1");
    let me = s
        .processes
        .iter()
        .find(|p| p.pid == std::process::id())
        .expect("this test process is listed");
    assert_eq!(me.verdict, netreview::model::Verdict::NotReviewed);
    let listen = me
        .connections
        .iter()
        .find(|c| c.local_port == port && c.state == Some(SocketState::Listen))
        .expect("the listener is listed");
    assert_eq!(
        (listen.remote_address, listen.scope),
        (None, Scope::Loopback)
    );
    let client_port = client.local_addr().unwrap().port();
    let conn = me
        .connections
        .iter()
        .find(|c| c.local_port == client_port && c.remote_port == Some(port))
        .expect("the connection is listed");
    assert_eq!(conn.state, Some(SocketState::Established));
    assert_eq!(conn.scope, Scope::Loopback);
    assert_eq!(conn.times_seen, 1);
    let udp = me
        .connections
        .iter()
        .find(|c| c.protocol == Protocol::Udp && c.local_port == udp_port)
        .expect("the IPv6 UDP socket is listed");
    assert_eq!((udp.state, udp.scope), (None, Scope::Loopback));
}

/// A child of this test binary, run under a file name holding an escape sequence, that
/// listens on loopback until its standard input closes.
#[test]
#[ignore = "helper process for hostile_process_name_is_escaped"]
fn listening_helper() {
    if std::env::var_os("NETREVIEW_TEST_HELPER").is_none() {
        return;
    }
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    println!("port {}", l.local_addr().unwrap().port());
    std::io::stdout().flush().unwrap();
    let mut buf = String::new();
    let _ = std::io::stdin().read_line(&mut buf);
}

/// Runs a copy of this test binary at `path` as the listening helper; returns it and its port.
fn spawn_helper(path: &std::path::Path) -> (std::process::Child, u16) {
    std::fs::copy(std::env::current_exe().unwrap(), path).unwrap();
    // A test running in parallel may fork while the copy's write handle is open, which
    // makes the kernel refuse to run the file for a moment ("text file busy").
    let mut tries = 0;
    let mut child = loop {
        match Command::new(path)
            .args([
                "--exact",
                "scan_live::listening_helper",
                "--ignored",
                "--nocapture",
            ])
            .env("NETREVIEW_TEST_HELPER", "1")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
        {
            Err(e) if e.kind() == std::io::ErrorKind::ExecutableFileBusy && tries < 50 => {
                tries += 1;
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            other => break other.unwrap(),
        }
    };
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let port: u16 = lines
        .find_map(|l| l.ok()?.strip_prefix("port ")?.parse().ok())
        .expect("helper prints its port");
    // Keep reading, so that the helper's last words do not meet a closed pipe.
    std::thread::spawn(move || lines.for_each(drop));
    (child, port)
}

#[test]
fn hostile_process_name_is_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let (mut child, port) = spawn_helper(&dir.path().join("nr\x1b[31mevil"));

    // JSON escapes the backslash of `\x1b` once more; the others show it as is.
    for (format, shown) in [
        ("json", r"nr\\x1b[31mevil"),
        ("yaml", r"nr\x1b[31mevil"),
        ("table", r"nr\x1b[31mevil"),
    ] {
        let out = bin().args(["scan", "--format", format]).output().unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        assert!(!out.stdout.contains(&0x1b), "raw ESC in {format} output");
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(
            text.contains(shown),
            "{shown} missing from {format}:\n{text}"
        );
    }
    let s = scan_json();
    let p = listed(&s, child.id());
    assert_eq!(p.name, "nr\\x1b[31mevil");
    assert!(p
        .exe
        .as_deref()
        .unwrap_or_default()
        .ends_with("nr\\x1b[31mevil"));
    assert!(p.connections.iter().any(|c| c.local_port == port));

    drop(child.stdin.take());
    child.wait().unwrap();
}

#[test]
fn a_short_watch_merges_looks() {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let out = bin()
        .args([
            "scan",
            "--format",
            "json",
            "--watch",
            "1s",
            "--interval",
            "250ms",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    // Progress goes to a terminal only.
    assert!(!stderr(&out).contains("Watching"), "{}", stderr(&out));
    let s: Summary = serde_json::from_slice(&out.stdout).unwrap();
    // Four or five looks on an idle machine; fewer when a look takes longer than the
    // interval (a loaded machine), but always more than one.
    assert!(
        (2..=5).contains(&s.scan.snapshots),
        "{} looks",
        s.scan.snapshots
    );
    assert_eq!(s.scan.interval_ms, 250);
    let me = s
        .processes
        .iter()
        .find(|p| p.pid == std::process::id())
        .unwrap();
    let c = me
        .connections
        .iter()
        .find(|c| c.local_port == port)
        .unwrap();
    assert_eq!(c.times_seen, s.scan.snapshots);
    assert!(c.last_seen >= c.first_seen);
}

/// Without rights, another user's socket is listed as not attributable, and the notice says
/// what was hidden and how to see it. As root, the scan runs as `nobody` via setpriv.
#[test]
fn without_rights_other_users_sockets_are_counted_and_explained() {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let root = nix_is_root();
    let dir = tempfile::tempdir().unwrap();
    let exe = dir.path().join("netreview");
    std::fs::copy(env!("CARGO_BIN_EXE_netreview"), &exe).unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let mut cmd = if root {
        let mut c = Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(&exe);
        c
    } else {
        Command::new(&exe)
    };
    let out = cmd.args(["scan", "--format", "json"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let s: Summary = serde_json::from_slice(&out.stdout).unwrap();
    assert!(!s.system.privileged);
    assert!(s.processes.iter().all(|p| p.pid != std::process::id()));
    if root {
        let c = s
            .unattributed
            .iter()
            .find(|c| c.local_port == port)
            .expect("root's listener is listed, unattributed");
        assert_eq!(
            c.reason,
            Some(netreview::model::UnattributedReason::NoPermission)
        );
        assert!(s.scan.unattributed_sockets >= 1);
    }
    let err = stderr(&out);
    assert!(
        err.contains("running without administrator rights"),
        "{err}"
    );
    assert!(err.contains("sudo netreview scan"), "{err}");
    assert_eq!(
        err.matches("administrator rights").count(),
        2,
        "said once: {err}"
    );
}

fn nix_is_root() -> bool {
    std::fs::read_to_string("/proc/self/status")
        .unwrap()
        .lines()
        .find_map(|l| l.strip_prefix("Uid:"))
        .and_then(|l| l.split_whitespace().nth(1).map(|euid| euid == "0"))
        .unwrap()
}

/// The process with `pid` in a scan; the test fails if it is not listed.
fn listed(s: &Summary, pid: u32) -> &netreview::model::ProcessEntry {
    s.processes
        .iter()
        .find(|p| p.pid == pid)
        .expect("helper listed")
}

fn signal_ids(p: &netreview::model::ProcessEntry) -> Vec<&str> {
    p.signals.iter().map(|s| s.id.as_str()).collect()
}

#[test]
fn a_program_in_a_hidden_temporary_folder_is_pointed_out() {
    let dir = tempfile::Builder::new()
        .prefix("nr-live")
        .tempdir_in("/tmp")
        .unwrap();
    let hidden = dir.path().join(".cache-x");
    std::fs::create_dir(&hidden).unwrap();
    let (mut child, _) = spawn_helper(&hidden.join("updater"));
    let s = scan_json();
    let p = listed(&s, child.id());
    let ids = signal_ids(p);
    assert!(
        ids.contains(&"exe_in_temp_dir") && ids.contains(&"exe_hidden_path"),
        "{ids:?}"
    );
    let hidden_detail = p
        .signals
        .iter()
        .find(|s| s.id == "exe_hidden_path")
        .unwrap();
    assert_eq!(
        hidden_detail.detail.as_deref(),
        Some(hidden.to_str().unwrap())
    );
    assert_eq!(p.exe_sha256.as_deref().map(str::len), Some(64));
    drop(child.stdin.take());
    child.wait().unwrap();
}

#[test]
fn a_program_whose_file_was_deleted_is_pointed_out() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("vanishing");
    let (mut child, _) = spawn_helper(&path);
    std::fs::remove_file(&path).unwrap();
    let s = scan_json();
    let p = listed(&s, child.id());
    assert!(
        p.exe.as_deref().unwrap().ends_with("vanishing (deleted)"),
        "{:?}",
        p.exe
    );
    assert!(signal_ids(p).contains(&"exe_deleted"), "{:?}", p.signals);
    // Hashed from the running image, though the file is gone.
    assert_eq!(p.exe_sha256.as_deref().map(str::len), Some(64));
    drop(child.stdin.take());
    child.wait().unwrap();
}
