//! `scan --from` on recorded snapshots: the formats, escaping, errors and file output.

use std::process::Stdio;

use netreview::model::{Summary, UnattributedReason};
use netreview::net::Scope;

use crate::util::{bin, data, run, stderr, stdout};

fn laptop() -> String {
    data("laptop.yaml").display().to_string()
}

#[test]
fn yaml_and_json_carry_the_same_summary() {
    let y = run(&["scan", "--from", &laptop(), "--format", "yaml"]);
    let j = run(&["scan", "--from", &laptop(), "--format", "json"]);
    assert!(y.status.success() && j.status.success(), "{}", stderr(&y));
    let from_yaml = netreview::summary::parse(&stdout(&y)).unwrap();
    let from_json: Summary = serde_json::from_slice(&j.stdout).unwrap();
    assert_eq!(from_yaml.processes, from_json.processes);
    assert_eq!(from_yaml.unattributed, from_json.unattributed);

    let s = from_yaml;
    assert_eq!(s.schema, "netreview-summary/1");
    let names: Vec<_> = s.processes.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["evil\\x1b[31mred\\x1b]0;pwned\\x07", "spotify"]);
    let spotify = &s.processes[1];
    let c = &spotify.connections[0];
    assert_eq!(c.scope, Scope::Public);
    assert_eq!(c.service.as_deref(), Some("https"));
    let owner = c.owner.as_ref().unwrap();
    assert_eq!(
        (owner.asn, owner.source.as_str()),
        (Some(54113), "embedded")
    );
    assert!(owner.org.as_deref().unwrap().starts_with("Fastly"));
    assert_eq!(
        s.tool.ownership_data.as_deref(),
        Some("ip-location-db asn 2.3.2026061719 (2026-06-17), CC-BY-4.0")
    );
    assert_eq!(s.scan.unattributed_sockets, 1);
    assert_eq!(s.unattributed[0].reason, Some(UnattributedReason::TimeWait));
    assert_eq!(s.unattributed[0].scope, Scope::Private);
}

#[test]
fn hostile_strings_from_a_file_are_escaped_everywhere() {
    for format in ["table", "yaml", "json"] {
        let out = run(&["scan", "--from", &laptop(), "--format", format]);
        assert!(out.status.success(), "{}", stderr(&out));
        let bad: Vec<_> = stdout(&out)
            .chars()
            .filter(|c| (c.is_control() && *c != '\n') || *c == '\u{202e}')
            .collect();
        assert!(bad.is_empty(), "{format}: raw control characters {bad:?}");
        assert!(stdout(&out).contains("\\x1b[2Jsvc"), "{format}");
    }
}

#[test]
fn table_explains_addresses_in_plain_words() {
    let out = run(&["scan", "--from", &laptop(), "--format", "table"]);
    let text = stdout(&out);
    for expected in [
        "2 programs, 2 connections",
        "151.101.132.246 is on the internet. Service: secure web (HTTPS).",
        "Owner: Fastly, Inc. (network AS54113; its addresses are registered to this country: United States of America.",
        "Fastly is a content delivery network: many apps and websites use it",
        "TCP  on 0.0.0.0:5900 · waiting for others to connect",
        "Service: screen sharing (VNC).",
        "maybe even from the internet",
        "1 is a finished connection that the system keeps for a short while. This is normal.",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
    }
}

#[test]
fn a_bad_field_is_named_with_its_line() {
    let out = run(&[
        "scan",
        "--from",
        &data("bad-verdict.yaml").display().to_string(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("processes[0].verdict: unknown variant `maybe`") && err.contains("line 17"),
        "{err}"
    );
}

#[test]
fn a_missing_file_is_a_clear_error() {
    let out = run(&["scan", "--from", "/nonexistent/snap.yaml"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("could not read recorded snapshot /nonexistent/snap.yaml"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn output_is_written_atomically_in_the_format_its_name_says() {
    let dir = tempfile::tempdir().unwrap();
    let json = dir.path().join("snap.json");
    let yaml = dir.path().join("snap.yaml");
    for path in [&json, &yaml] {
        let out = run(&[
            "scan",
            "--from",
            &laptop(),
            "--output",
            &path.display().to_string(),
        ]);
        assert!(out.status.success(), "{}", stderr(&out));
        assert!(out.stdout.is_empty());
    }
    let j: Summary = serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    let y = netreview::summary::parse(&std::fs::read_to_string(&yaml).unwrap()).unwrap();
    assert_eq!(j.processes, y.processes);
    let mut names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(names, ["snap.json", "snap.yaml"], "no temporary files left");
}

#[test]
fn not_a_terminal_gets_yaml_by_default() {
    let out = run(&["scan", "--from", &laptop()]);
    assert!(stdout(&out).starts_with("schema: netreview-summary/1\n"));
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    let mut child = bin()
        .args(["scan", "--from", &laptop(), "--format", "json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "exit {:?}: {}",
        out.status,
        stderr(&out)
    );
}

#[test]
fn unknown_language_lists_the_available_ones() {
    let out = run(&["--lang", "tlh", "scan"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains(
        "unknown language \"tlh\"; available: en-US, fr, es, pt-BR, ru, uk, ar, fa, zh-CN, tr"
    ));
}

#[test]
fn help_comes_from_the_fluent_files() {
    let out = run(&["scan", "--help"]);
    assert!(out.status.success());
    assert!(stdout(&out).contains("Keep watching for this long (e.g. 30s, 2m)"));
}

#[test]
fn zero_interval_is_refused() {
    let out = run(&["scan", "--watch", "1s", "--interval", "0s"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("must be more than zero"),
        "{}",
        stderr(&out)
    );
}

/// The practice scenario: every ordinary program is recognised with nothing worth a look;
/// the planted one is pointed out for each of the things a trainer would discuss.
#[test]
fn practice_scenario_signals_only_the_planted_program() {
    let out = run(&["scan", "--from", "data/practice.yaml", "--format", "json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let s: Summary = serde_json::from_slice(&out.stdout).unwrap();
    for p in &s.processes {
        let worth: Vec<&str> = p
            .signals
            .iter()
            .filter(|g| g.severity == netreview::model::Severity::WorthALook)
            .map(|g| g.id.as_str())
            .collect();
        if p.name == "dbus-update" {
            assert_eq!(p.known_as, None);
            assert_eq!(
                worth,
                [
                    "exe_hidden_path",
                    "listens_on_network",
                    "remote_access_port",
                    "unusual_port",
                    "hosting_provider",
                    "frequent_reconnects"
                ]
            );
        } else {
            assert!(p.known_as.is_some(), "{} is recognised", p.name);
            assert!(worth.is_empty(), "{}: {worth:?}", p.name);
        }
    }
}

#[test]
fn a_file_cannot_be_watched() {
    let out = run(&["scan", "--from", &laptop(), "--watch", "1s"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("cannot be used with"),
        "{}",
        stderr(&out)
    );
}
