//! Online look-ups: nothing is sent without consent; with it, the bootstrap and the registry
//! are asked (a loopback server plays IANA and the registries), answers are cached, and
//! errors are plain.

use std::io::ErrorKind;
use std::net::{IpAddr, TcpListener};

use netreview::ownership::gate::{Asker, Consent, Gate, NetError};
use netreview::ownership::rdap::{Rdap, RdapError};

use crate::http_server::{route, Server};
use crate::util::{bin, data, stderr, stdout};

fn fixture(name: &str, base: &str) -> String {
    std::fs::read_to_string(data(&format!("rdap/{name}")))
        .unwrap()
        .replace("{BASE}", base)
}

fn registries() -> Server {
    Server::start(|base| {
        vec![
            route("/ipv4.json", 200, fixture("ipv4.json", base)),
            route("/ipv6.json", 200, fixture("ipv6.json", base)),
            route(
                "/arin/ip/8.8.8.8",
                200,
                fixture("arin-ip-8.8.8.8.json", base),
            ),
            route(
                "/ripe/ip/2a04:4e42::1",
                200,
                fixture("ripe-ip-2a04-4e42.json", base),
            ),
            route("/apnic/ip/1.1.1.1", 429, "slow down"),
        ]
    })
}

struct Answers(Option<bool>);

impl Asker for Answers {
    fn ask(&mut self, question: &str) -> Option<bool> {
        assert!(question.contains("8.8.8.8"), "{question}");
        self.0
    }
}

fn ip(s: &str) -> IpAddr {
    s.parse().unwrap()
}

#[test]
fn without_consent_no_socket_is_opened() {
    // A listener that would see any connection attempt.
    let trap = TcpListener::bind("127.0.0.1:0").unwrap();
    trap.set_nonblocking(true).unwrap();
    let base = format!("http://{}/", trap.local_addr().unwrap());
    for answer in [Some(false), None] {
        let gate = Gate::new(false);
        let consent = gate.ask(&mut Answers(answer), "look up 8.8.8.8?");
        assert_ne!(consent, Consent::Given);
        let rdap = Rdap::new(&gate, &base, None);
        assert_eq!(
            rdap.lookup(ip("8.8.8.8")),
            Err(RdapError::Net(NetError::NoConsent))
        );
        assert_eq!(gate.requests(), 0);
        assert_eq!(gate.get(&base, 10), Err(NetError::NoConsent));
    }
    let gate = Gate::new(false);
    let rdap = Rdap::new(&gate, &base, None);
    assert!(
        rdap.lookup(ip("8.8.8.8")).is_err(),
        "not asked yet: no consent"
    );
    assert_eq!(
        trap.accept().map(|_| ()).map_err(|e| e.kind()),
        Err(ErrorKind::WouldBlock),
        "a connection reached the network"
    );
}

#[test]
fn the_binary_sends_nothing_without_a_terminal_or_online_flag() {
    let server = registries();
    let out = bin()
        .env("NETREVIEW_RDAP_BOOTSTRAP", &server.base)
        .args(["lookup", "8.8.8.8"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("AS15169"),
        "the offline answer is given"
    );
    assert!(
        stderr(&out).contains("there is no terminal to ask"),
        "{}",
        stderr(&out)
    );
    assert!(server.hits().is_empty(), "requests: {:?}", server.hits());
}

#[test]
fn with_consent_the_registry_is_asked_and_the_answer_cached() {
    let server = registries();
    let cache = tempfile::tempdir().unwrap();
    let gate = Gate::new(true);
    let rdap = Rdap::new(&gate, &server.base, Some(cache.path().to_path_buf()));
    let a = rdap.lookup(ip("8.8.8.8")).unwrap();
    assert_eq!(a.organisation.as_deref(), Some("Google LLC"));
    assert_eq!(a.network.as_deref(), Some("GOGL"));
    assert_eq!(a.handle.as_deref(), Some("NET-8-8-8-0-2"));
    assert_eq!(a.registered.as_deref(), Some("2023-12-28T17:24:33-05:00"));
    assert_eq!(a.server, format!("{}arin/", server.base));
    let v6 = rdap.lookup(ip("2a04:4e42::1")).unwrap();
    assert_eq!(v6.country.as_deref(), Some("US"));
    assert_eq!(
        server.hits(),
        [
            "/ipv4.json",
            "/arin/ip/8.8.8.8",
            "/ipv6.json",
            "/ripe/ip/2a04:4e42::1"
        ]
    );
    // A later run without consent still has the cached answer, and asks nobody.
    let offline = Gate::new(false);
    let later = Rdap::new(&offline, &server.base, Some(cache.path().to_path_buf()));
    assert_eq!(later.lookup(ip("8.8.8.8")), Ok(a));
    assert_eq!((offline.requests(), server.hits().len()), (0, 4));
}

#[test]
fn rate_limits_missing_records_and_no_network_are_errors_not_guesses() {
    let server = registries();
    let gate = Gate::new(true);
    let rdap = Rdap::new(&gate, &server.base, None);
    assert_eq!(
        rdap.lookup(ip("1.1.1.1")),
        Err(RdapError::Net(NetError::RateLimited))
    );
    assert_eq!(
        rdap.lookup(ip("5.5.5.5")),
        Err(RdapError::Net(NetError::NotFound))
    );
    assert_eq!(
        rdap.lookup(ip("100.0.0.1")),
        Err(RdapError::NoRegistry(ip("100.0.0.1")))
    );
    // A port nobody listens on: the "no network" case.
    let closed = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}/", closed.local_addr().unwrap());
    drop(closed);
    let rdap = Rdap::new(&gate, &base, None);
    assert!(matches!(
        rdap.lookup(ip("8.8.8.8")),
        Err(RdapError::Net(NetError::Unreachable(_)))
    ));
}

#[test]
fn online_flag_shows_the_record_escaped_and_plain_errors() {
    let server = registries();
    let cache = tempfile::tempdir().unwrap();
    let out = bin()
        .env("NETREVIEW_RDAP_BOOTSTRAP", &server.base)
        .env("NETREVIEW_CACHE_DIR", cache.path())
        .args(["--online", "lookup", "2a04:4e42::1", "1.1.1.1", "10.0.0.1"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    for expected in [
        "network FASTLY-NET6, held by Fastly, Inc.\\x1b[2J, country US, registered 2014-10-29.",
        "The registry asks us to slow down",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
    }
    assert!(
        !server.hits().iter().any(|h| h.contains("10.0.0.1")),
        "private addresses stay"
    );
}

/// Runs netreview on a pseudo-terminal (util-linux `script`), typing `typed`.
#[cfg(target_os = "linux")]
fn on_a_terminal(server: &Server, args: &str, typed: &str) -> Option<String> {
    use std::io::Write;
    use std::process::Stdio;
    let probe = std::process::Command::new("script")
        .arg("--version")
        .output();
    if !probe.is_ok_and(|o| o.status.success()) {
        eprintln!("skipped: no `script` to make a pseudo-terminal");
        return None;
    }
    let cmd = format!("{} {args}", env!("CARGO_BIN_EXE_netreview"));
    let mut script = std::process::Command::new("script");
    script
        .args(["-qec", &cmd, "/dev/null"])
        .env("NETREVIEW_RDAP_BOOTSTRAP", &server.base)
        .env("NETREVIEW_DATA_DIR", crate::util::home().join("data"))
        .env("NETREVIEW_CACHE_DIR", crate::util::home().join("tty-cache"))
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = script.spawn().unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(typed.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

#[cfg(target_os = "linux")]
#[test]
fn at_a_terminal_the_person_is_asked_first() {
    let _ = std::fs::remove_dir_all(crate::util::home().join("tty-cache"));
    let server = registries();
    let Some(no) = on_a_terminal(&server, "lookup 8.8.8.8", "n\n") else {
        return;
    };
    assert!(
        no.contains("netreview can look up 8.8.8.8 online") && no.contains("Look up online?"),
        "{no}"
    );
    assert!(no.contains("Not looked up online, as you chose."), "{no}");
    assert!(server.hits().is_empty(), "{:?}", server.hits());

    let yes = on_a_terminal(&server, "lookup 8.8.8.8", "y\n").unwrap();
    assert!(yes.contains("held by Google LLC"), "{yes}");
    assert_eq!(server.hits(), ["/ipv4.json", "/arin/ip/8.8.8.8"]);
    let _ = std::fs::remove_dir_all(crate::util::home().join("tty-cache"));
}

/// In a network namespace without interfaces nothing can leave: the real default servers
/// are tried, fail, and the person gets a plain message with the offline answer kept.
#[cfg(target_os = "linux")]
#[test]
fn with_no_network_the_offline_answer_stays() {
    let probe = std::process::Command::new("unshare")
        .args(["-n", "true"])
        .output();
    if !probe.is_ok_and(|o| o.status.success()) {
        eprintln!("skipped: cannot make a network namespace here (needs root)");
        return;
    }
    let cache = tempfile::tempdir().unwrap();
    let out = std::process::Command::new("unshare")
        .args([
            "-n",
            env!("CARGO_BIN_EXE_netreview"),
            "--online",
            "lookup",
            "8.8.8.8",
        ])
        .env("NETREVIEW_DATA_DIR", crate::util::home().join("data"))
        .env("NETREVIEW_CACHE_DIR", cache.path())
        .env_remove("NETREVIEW_RDAP_BOOTSTRAP")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("Owner: Google LLC (network AS15169"),
        "{text}"
    );
    assert!(text.contains("The registry could not be reached"), "{text}");
}
