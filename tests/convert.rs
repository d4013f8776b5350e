//! The `netreview-convert` program on small packages laid out like the npm ones.

use std::path::Path;
use std::process::Command;

use netreview::ownership::Database;

use crate::util::data;

fn package(dir: &Path, name: &str, files: &[(&str, &str)]) {
    std::fs::create_dir_all(dir).unwrap();
    let json = format!(r#"{{"name": "@ip-location-db/{name}", "version": "2.3.2026010203"}}"#);
    std::fs::write(dir.join("package.json"), json).unwrap();
    for (to, from) in files {
        std::fs::copy(data(&format!("update/{from}")), dir.join(to)).unwrap();
    }
}

fn convert(root: &Path, extra: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_netreview-convert"))
        .args(["--asn", &root.join("asn").display().to_string()])
        .args(["--country", &root.join("cc").display().to_string()])
        .args(["--output", &root.join("out.nrdb").display().to_string()])
        .args(extra)
        .output()
        .unwrap()
}

#[test]
fn converts_packages_and_names_the_line_of_an_overlap() {
    let root = tempfile::tempdir().unwrap();
    package(
        &root.path().join("asn"),
        "asn",
        &[
            ("asn-ipv4.csv", "origin-asn-ipv4.csv"),
            ("asn-ipv6.csv", "origin-asn-ipv6.csv"),
        ],
    );
    package(
        &root.path().join("cc"),
        "asn-country",
        &[
            ("asn-country-ipv4.csv", "asn-country-ipv4.csv"),
            ("asn-country-ipv6.csv", "asn-country-ipv6.csv"),
        ],
    );
    // Line 3 of the fixture overlaps line 2.
    let refused = convert(root.path(), &[]);
    assert!(!refused.status.success());
    let err = String::from_utf8_lossy(&refused.stderr);
    assert!(
        err.contains("asn-ipv4.csv: line 3: range is not sorted or overlaps"),
        "{err}"
    );
    assert!(!root.path().join("out.nrdb").exists());

    let out = convert(root.path(), &["--clip-overlaps"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("clipped overlapping range"));
    let db = Database::from_vec(std::fs::read(root.path().join("out.nrdb")).unwrap()).unwrap();
    assert_eq!(
        db.meta().describe(),
        "ip-location-db asn 2.3.2026010203 (2026-01-02), CC-BY-4.0"
    );
    assert_eq!(db.counts(), (3, 1, 3));
    let google = db.lookup("8.8.8.8".parse().unwrap()).unwrap();
    assert_eq!(
        (google.asn, google.org, google.country),
        (15169, "Google LLC", Some("US"))
    );
}
