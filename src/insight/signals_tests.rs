use super::*;
use crate::model::{Connection, Verdict};
use time::OffsetDateTime;

/// A small catalogue, so that these tests do not move when the real one grows.
const CATALOGUE: &str = r#"
- {id: svchost, label: Windows service host, vendor: Microsoft, kind: system_service, network: expected, system: true, admin: true,
   match: {windows: {names: [svchost.exe], paths: ["C:\\Windows\\System32\\"]}}}
- {id: systemd-resolved, label: Linux name look-ups, vendor: systemd, kind: system_service, network: expected, system: true, admin: false,
   match: {linux: {names: [systemd-resolve], paths: [/usr/lib/systemd/]}}}
- {id: sshd, label: SSH server, vendor: OpenBSD, kind: remote_access, network: expected, system: true, admin: true,
   match: {linux: {names: [sshd], paths: [/usr/sbin/]}}}
- {id: mdnsresponder, label: Apple name look-ups, vendor: Apple, kind: system_service, network: expected, system: true, admin: false,
   match: {macos: {names: [mDNSResponder], paths: [/usr/sbin/]}}}
- {id: firefox, label: Firefox web browser, vendor: Mozilla, kind: browser, network: expected, system: false, admin: false,
   match: {linux: {names: [firefox], paths: [/usr/lib/firefox/]}}}
"#;

fn t(secs: i64) -> OffsetDateTime {
    OffsetDateTime::from_unix_timestamp(1_790_000_000 + secs).unwrap()
}

fn conn(
    remote: Option<&str>,
    port: u16,
    local: &str,
    lport: u16,
    scope: Scope,
    first: i64,
) -> Connection {
    let listen = remote.is_none();
    Connection {
        protocol: Protocol::Tcp,
        local_address: local.parse().unwrap(),
        local_port: lport,
        remote_address: remote.map(|r| r.parse().unwrap()),
        remote_port: remote.map(|_| port),
        state: Some(if listen {
            SocketState::Listen
        } else {
            SocketState::Established
        }),
        scope,
        service: crate::net::service_for_port(if listen { lport } else { port }, Transport::Tcp)
            .map(|s| s.key().to_string()),
        owner: None,
        first_seen: t(first),
        last_seen: t(first + 1),
        times_seen: 2,
        reason: None,
    }
}

fn web() -> Connection {
    conn(
        Some("151.101.132.246"),
        443,
        "192.168.1.10",
        50000,
        Scope::Public,
        0,
    )
}

fn process(
    name: &str,
    exe: Option<&str>,
    user: &str,
    connections: Vec<Connection>,
) -> ProcessEntry {
    ProcessEntry {
        pid: 4242,
        name: name.into(),
        exe: exe.map(Into::into),
        cmdline: vec![],
        user: Some(user.into()),
        parent: None,
        started_at: None,
        exe_sha256: None,
        known_as: None,
        signals: vec![],
        verdict: Verdict::NotReviewed,
        note: None,
        connections,
    }
}

fn hosting(o: &Owner) -> bool {
    o.asn == Some(24940)
}

/// The signals as `key:severity` for compact tables.
fn found(os: &str, p: &ProcessEntry, unpackaged: Option<&BTreeSet<String>>) -> Vec<String> {
    let cat = Catalogue::parse(CATALOGUE).unwrap();
    let f = Facts {
        os,
        catalogue: &cat,
        unpackaged,
        is_hosting: &hosting,
    };
    let known = cat.identify(os, &p.name, p.exe.as_deref());
    signals(p, known, &f)
        .into_iter()
        .map(|s| {
            format!(
                "{}:{}",
                s.id,
                if s.severity == Severity::WorthALook {
                    "worth"
                } else {
                    "info"
                }
            )
        })
        .collect()
}

#[test]
fn where_the_program_runs_from() {
    let rows: &[(&str, &str, &str, &[&str])] = &[
        // os, name, exe, expected signals
        ("linux", "firefox", "/usr/lib/firefox/firefox", &[]),
        (
            "linux",
            "updater",
            "/tmp/x/updater",
            &["exe_in_temp_dir:worth"],
        ),
        (
            "linux",
            "updater",
            "/dev/shm/updater",
            &["exe_in_temp_dir:worth"],
        ),
        (
            "linux",
            "Obsidian",
            "/tmp/.mount_ObsidiX/obsidian",
            &["exe_in_temp_dir:info"],
        ),
        (
            "linux",
            "helper",
            "/home/ana/Downloads/helper",
            &["exe_in_user_writable_dir:worth"],
        ),
        (
            "linux",
            "helper",
            "/home/ana/bin/helper",
            &["exe_in_user_writable_dir:info"],
        ),
        (
            "linux",
            "helper",
            "/root/helper",
            &["exe_in_user_writable_dir:info"],
        ),
        (
            "linux",
            "dbus-update",
            "/home/ana/.local/share/.cache/dbus-update",
            &["exe_hidden_path:worth"],
        ),
        (
            "linux",
            "code",
            "/home/ana/.vscode-server/bin/code",
            &["exe_in_user_writable_dir:info"],
        ),
        ("linux", "x", "/opt/.hidden/x", &["exe_hidden_path:worth"]),
        (
            "linux",
            "weird name",
            "/opt/a b/.. /weird name",
            &["exe_hidden_path:worth"],
        ),
        (
            "linux",
            "daemon",
            "/usr/sbin/daemon (deleted)",
            &["exe_deleted:worth"],
        ),
        (
            "macos",
            "agent",
            "/Users/ana/Desktop/agent",
            &["exe_in_user_writable_dir:worth"],
        ),
        (
            "macos",
            "agent",
            "/private/var/folders/x1/abc/T/agent",
            &["exe_in_temp_dir:worth"],
        ),
        (
            "windows",
            "tool.exe",
            "C:\\Users\\ana\\AppData\\Local\\Temp\\tool.exe",
            &["exe_in_temp_dir:worth"],
        ),
        (
            "windows",
            "tool.exe",
            "C:\\Windows\\Temp\\tool.exe",
            &["exe_in_temp_dir:worth"],
        ),
        (
            "windows",
            "tool.exe",
            "c:/users/ana/downloads/tool.exe",
            &["exe_in_user_writable_dir:worth"],
        ),
        (
            "windows",
            "tool.exe",
            "C:\\Users\\ana\\AppData\\Roaming\\tool.exe",
            &["exe_in_user_writable_dir:info"],
        ),
        (
            "windows",
            "tool.exe",
            "C:\\Program Files\\Tool\\tool.exe",
            &[],
        ),
    ];
    for (os, name, exe, want) in rows {
        let p = process(name, Some(exe), "ana", vec![web()]);
        assert_eq!(found(os, &p, None), *want, "{os} {exe}");
    }
}

#[test]
fn names_that_copy_or_nearly_copy_system_programs() {
    let rows: &[(&str, &str, &str, &[&str])] = &[
        (
            "windows",
            "svchost.exe",
            "C:\\Windows\\System32\\svchost.exe",
            &[],
        ),
        (
            "windows",
            "svchost.exe",
            "C:\\ProgramData\\svchost.exe",
            &["name_mimics_system:worth"],
        ),
        (
            "windows",
            "svch0st.exe",
            "C:\\Program Files\\x\\svch0st.exe",
            &["name_mimics_system:worth"],
        ),
        (
            "windows",
            "SVCHOST.EXE",
            "C:\\WINDOWS\\SYSTEM32\\SVCHOST.EXE",
            &[],
        ),
        (
            "windows",
            "svhcost.exe",
            "C:\\Program Files\\x\\svhcost.exe",
            &["name_mimics_system:worth"],
        ),
        (
            "windows",
            "svchost2.exe",
            "C:\\Program Files\\x\\svchost2.exe",
            &["name_mimics_system:worth"],
        ),
        (
            "windows",
            "chost.exe",
            "C:\\Program Files\\x\\chost.exe",
            &[],
        ),
        (
            "linux",
            "systemd-resolvd",
            "/usr/bin/systemd-resolvd",
            &["name_mimics_system:worth"],
        ),
        (
            "linux",
            "systemd-resolve",
            "/usr/lib/systemd/systemd-resolved",
            &[],
        ),
        ("linux", "sshd", "/usr/local/bin/sshd", &[]), // too short a name to judge by
        (
            "macos",
            "mDNSResp0nder",
            "/usr/local/bin/mDNSResp0nder",
            &["name_mimics_system:worth"],
        ),
    ];
    for (os, name, exe, want) in rows {
        let p = process(name, Some(exe), "ana", vec![web()]);
        assert_eq!(found(os, &p, None), *want, "{os} {name} at {exe}");
    }
}

#[test]
fn listening_and_remote_access() {
    let lan = "192.168.1.10";
    // what, name, exe, connections, expected signals
    type Row<'a> = (&'a str, &'a str, &'a str, Vec<Connection>, &'a [&'a str]);
    let rows: Vec<Row> = vec![
        (
            "unknown local only",
            "tool",
            "/usr/bin/tool",
            vec![conn(None, 0, "127.0.0.1", 8080, Scope::Loopback, 0)],
            &[],
        ),
        (
            "unknown on every network",
            "tool",
            "/usr/bin/tool",
            vec![conn(None, 0, "0.0.0.0", 8080, Scope::Unspecified, 0)],
            &["listens_on_network:worth"],
        ),
        (
            "VNC open to the network",
            "tool",
            "/usr/bin/tool",
            vec![conn(None, 0, "0.0.0.0", 5900, Scope::Unspecified, 0)],
            &["listens_on_network:worth", "remote_access_port:worth"],
        ),
        (
            "sshd is a known remote-access server",
            "sshd",
            "/usr/sbin/sshd",
            vec![conn(None, 0, "::", 22, Scope::Unspecified, 0)],
            &["listens_on_network:info", "remote_access_port:info"],
        ),
        (
            "outgoing SSH",
            "tool",
            "/usr/bin/tool",
            vec![conn(
                Some("203.0.113.5"),
                22,
                lan,
                40000,
                Scope::Documentation,
                0,
            )],
            &["remote_access_port:info"],
        ),
    ];
    for (what, name, exe, conns, want) in rows {
        let p = process(name, Some(exe), "ana", conns);
        assert_eq!(found("linux", &p, None), want, "{what}");
    }
}

#[test]
fn ports_owners_and_rhythm() {
    let lan = "192.168.1.10";
    let mut hosted = conn(Some("88.198.248.254"), 443, lan, 40000, Scope::Public, 0);
    hosted.owner = Some(Owner {
        asn: Some(24940),
        org: Some("Hetzner Online GmbH".into()),
        country: Some("DE".into()),
        source: "embedded".into(),
    });
    let beacon: Vec<Connection> = [5, 35, 65, 95]
        .iter()
        .enumerate()
        .map(|(i, t)| {
            conn(
                Some("88.198.248.254"),
                4444,
                lan,
                41000 + u16::try_from(i).unwrap(),
                Scope::Public,
                *t,
            )
        })
        .collect();
    let irregular: Vec<Connection> = [0, 3, 70]
        .iter()
        .enumerate()
        .map(|(i, t)| {
            conn(
                Some("151.101.132.246"),
                443,
                lan,
                42000 + u16::try_from(i).unwrap(),
                Scope::Public,
                *t,
            )
        })
        .collect();

    let p = process("tool", Some("/usr/bin/tool"), "ana", vec![hosted.clone()]);
    assert_eq!(found("linux", &p, None), ["hosting_provider:worth"]);
    let f = process(
        "firefox",
        Some("/usr/lib/firefox/firefox"),
        "ana",
        vec![hosted],
    );
    assert_eq!(found("linux", &f, None), ["hosting_provider:info"]);

    let p = process("tool", Some("/usr/bin/tool"), "ana", beacon);
    let cat = Catalogue::parse(CATALOGUE).unwrap();
    let facts = Facts {
        os: "linux",
        catalogue: &cat,
        unpackaged: None,
        is_hosting: &hosting,
    };
    let got = signals(&p, None, &facts);
    let ids: Vec<&str> = got.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["unusual_port", "frequent_reconnects"]);
    assert_eq!(got[0].detail.as_deref(), Some("88.198.248.254:4444"));
    assert_eq!(
        got[1].detail.as_deref(),
        Some("4 connections to 88.198.248.254:4444, about every 30 s")
    );

    let p = process("tool", Some("/usr/bin/tool"), "ana", irregular);
    let got = signals(&p, None, &facts);
    assert_eq!(
        got[0].detail.as_deref(),
        Some("3 connections to 151.101.132.246:443"),
        "no rhythm claimed"
    );
}

#[test]
fn administrator_rights_and_packages() {
    let rows: &[(&str, &str, &str, &str, &[&str])] = &[
        (
            "linux",
            "tool",
            "/usr/bin/tool",
            "root",
            &["runs_as_admin:worth"],
        ),
        ("linux", "sshd", "/usr/sbin/sshd", "root", &[]),
        (
            "linux",
            "firefox",
            "/usr/lib/firefox/firefox",
            "root",
            &["runs_as_admin:worth"],
        ),
        ("linux", "tool", "/usr/bin/tool", "rooted", &[]),
        (
            "windows",
            "svchost.exe",
            "C:\\Windows\\System32\\svchost.exe",
            "NT AUTHORITY\\SYSTEM",
            &[],
        ),
        (
            "windows",
            "tool.exe",
            "C:\\Program Files\\t\\tool.exe",
            "nt authority\\system",
            &["runs_as_admin:worth"],
        ),
    ];
    for (os, name, exe, user, want) in rows {
        let p = process(name, Some(exe), user, vec![web()]);
        assert_eq!(found(os, &p, None), *want, "{name} as {user}");
    }
    let unpackaged: BTreeSet<String> = ["/usr/local/bin/tool".to_string()].into();
    let p = process("tool", Some("/usr/local/bin/tool"), "ana", vec![web()]);
    assert_eq!(
        found("linux", &p, Some(&unpackaged)),
        ["not_from_package_manager:info"]
    );
    let p = process("tool", Some("/usr/bin/tool"), "ana", vec![web()]);
    assert_eq!(found("linux", &p, Some(&unpackaged)), Vec::<String>::new());
}

#[test]
fn one_edit() {
    let rows = [
        ("svchost", "svch0st", true),
        ("svchost", "svhcost", true),
        ("svchost", "svchosts", true),
        ("svchost", "vchost", true),
        ("svchost", "svchost", false),
        ("svchost", "svc", false),
        ("svchost", "scvhots", false),
        ("lsass", "lsasss", true),
        ("名前です", "名前でず", true),
    ];
    for (a, b, want) in rows {
        assert_eq!(one_edit_apart(a, b), want, "{a} ~ {b}");
    }
}

#[test]
fn every_signal_has_a_unique_key() {
    let keys: BTreeSet<&str> = SignalId::ALL.iter().map(|s| s.key()).collect();
    assert_eq!(keys.len(), SignalId::ALL.len());
    assert!(SignalId::ALL
        .iter()
        .all(|s| SignalId::from_key(s.key()) == Some(*s)));
}
