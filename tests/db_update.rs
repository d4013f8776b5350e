//! `netreview db update` against a loopback server serving small CSV files: asks first,
//! converts, verifies, installs atomically, and keeps the old data when anything fails.

use serde_json::Value;

use crate::http_server::{route, Route, Server};
use crate::util::{bin, data, stderr, stdout};

const FILES: [&str; 4] = [
    "origin-asn-ipv4.csv",
    "origin-asn-ipv6.csv",
    "asn-country-ipv4.csv",
    "asn-country-ipv6.csv",
];

fn upstream(change: impl Fn(&str, Vec<u8>) -> Route) -> Server {
    Server::start(|_| {
        FILES
            .iter()
            .map(|f| {
                let body = std::fs::read(data(&format!("update/{f}"))).unwrap();
                change(f, body)
            })
            .collect()
    })
}

fn as_is() -> Server {
    upstream(|f, body| route(&format!("/{f}"), 200, body))
}

fn netreview(server: &Server, home: &std::path::Path, args: &[&str]) -> std::process::Output {
    bin()
        .env("NETREVIEW_UPDATE_URL", &server.base)
        .env("NETREVIEW_DATA_DIR", home)
        .args(args)
        .output()
        .unwrap()
}

fn owner_of(server: &Server, home: &std::path::Path, ip: &str) -> Value {
    let out = netreview(server, home, &["lookup", "--format", "json", ip]);
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    v[0]["owner"].clone()
}

#[test]
fn update_installs_data_that_is_then_used() {
    let server = as_is();
    let home = tempfile::tempdir().unwrap();
    let out = netreview(&server, home.path(), &["--online", "db", "update"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("Installed ip-location-db origin-asn, downloaded "));
    assert_eq!(server.hits().len(), 4);
    let owner = owner_of(&server, home.path(), "8.8.9.1");
    assert_eq!(owner["asn"], 15169, "the clipped overlap is kept");
    assert_eq!(owner["source"], "downloaded");
    // The downloaded data replaces the embedded one: what it lacks has no owner.
    assert!(owner_of(&server, home.path(), "151.101.132.246").is_null());
    let names: Vec<_> = std::fs::read_dir(home.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert_eq!(names, ["ownership.nrdb"], "no temporary files left");
}

#[test]
fn without_a_terminal_or_online_flag_nothing_is_downloaded() {
    let server = as_is();
    let home = tempfile::tempdir().unwrap();
    let out = netreview(&server, home.path(), &["db", "update"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("Nothing was downloaded"),
        "{}",
        stderr(&out)
    );
    assert!(server.hits().is_empty());
    assert_eq!(std::fs::read_dir(home.path()).unwrap().count(), 0);
}

#[test]
fn bad_data_is_not_installed_and_the_old_data_stays() {
    let home = tempfile::tempdir().unwrap();
    let good = as_is();
    assert!(netreview(&good, home.path(), &["--online", "db", "update"])
        .status
        .success());
    let before = std::fs::read(home.path().join("ownership.nrdb")).unwrap();

    let unsorted = upstream(|f, body| {
        let body = if f == "asn-country-ipv4.csv" {
            b"8.0.0.0,8.255.255.255,US\n1.1.1.0,1.1.1.255,AU\n".to_vec()
        } else {
            body
        };
        route(&format!("/{f}"), 200, body)
    });
    let wrong = upstream(|f, body| {
        let body = String::from_utf8(body).unwrap().replace("15169", "64512");
        route(&format!("/{f}"), 200, body)
    });
    let limited = upstream(|f, body| route(&format!("/{f}"), 429, body));
    for (server, why) in [
        (
            &unsorted,
            "asn-country-ipv4.csv: line 2: range is not sorted",
        ),
        (
            &wrong,
            "wrong answers for known addresses (8.8.8.8 should be AS15169",
        ),
        (
            &limited,
            "could not download origin-asn-ipv4.csv: the server asks us to slow down",
        ),
    ] {
        let out = netreview(server, home.path(), &["--online", "db", "update"]);
        assert_eq!(out.status.code(), Some(1));
        let err = stderr(&out);
        assert!(
            err.contains("was not installed") && err.contains(why),
            "{err}"
        );
        assert_eq!(
            std::fs::read(home.path().join("ownership.nrdb")).unwrap(),
            before
        );
    }
}
