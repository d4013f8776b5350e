//! `netreview lookup`: known owners, private addresses, bad items answered one by one.

use serde_json::Value;

use crate::util::{run, stderr, stdout};

#[test]
fn known_addresses_are_explained_in_plain_words() {
    let out = run(&["lookup", "151.101.132.246:443", "10.1.2.3", "8.8.8.8"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    for expected in [
        "151.101.132.246 is on the internet. Service: secure web (HTTPS).",
        "Owner: Fastly, Inc. (network AS54113",
        "Fastly is a content delivery network",
        "10.1.2.3 is a device on your own network",
        "Owner: Google LLC (network AS15169",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
    }
}

#[test]
fn json_has_scope_service_owner_and_kind_and_bad_items_fail_alone() {
    let out = run(&[
        "lookup",
        "--format",
        "json",
        "999.1.1.1",
        "[2a04:4e42::1]:443",
        "hello",
        "10.1.2.3",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("2 items could not be looked up"),
        "{}",
        stderr(&out)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let items = v.as_array().unwrap();
    assert_eq!(items.len(), 4);
    assert!(items[0]["error"]
        .as_str()
        .unwrap()
        .contains("\"999.1.1.1\" is not an internet address"));
    assert_eq!(items[1]["scope"], "public");
    assert_eq!(items[1]["service"], "https");
    assert_eq!(items[1]["owner"]["asn"], 54113);
    assert_eq!(items[1]["owner"]["source"], "embedded");
    assert_eq!(items[1]["kind"], "cdn");
    assert!(items[2]["error"].is_string());
    assert_eq!(items[3]["scope"], "private");
    assert!(items[3]["owner"].is_null());
}

#[test]
fn yaml_answers_parse() {
    let out = run(&["lookup", "--format", "yaml", "8.8.8.8:53"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let v: Value = serde_norway::from_str(&stdout(&out)).unwrap();
    assert_eq!(v[0]["owner"]["asn"], 15169);
    assert_eq!(v[0]["service"], "dns");
}

#[test]
fn a_corrupt_downloaded_database_falls_back_with_a_message() {
    let home = tempfile::tempdir().unwrap();
    std::fs::write(home.path().join("ownership.nrdb"), b"not a database").unwrap();
    let out = crate::util::bin()
        .env("NETREVIEW_DATA_DIR", home.path())
        .args(["lookup", "8.8.8.8"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("AS15169"));
    let err = stderr(&out);
    assert!(
        err.contains("The downloaded ownership database could not be used")
            && err.contains("uses the one built into it instead"),
        "{err}"
    );
}

#[test]
fn long_version_names_the_data_and_gives_attribution() {
    let out = run(&["--version"]);
    assert!(out.status.success());
    let text = stdout(&out);
    for expected in [
        "netreview 0.1.0",
        "Ownership data: ip-location-db asn 2.3.2026061719 (2026-06-17), CC-BY-4.0.",
        "RouteViews (routeviews.org), DB-IP.com",
        "NRO (nro.net)",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
    }
}
