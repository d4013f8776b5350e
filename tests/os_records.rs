//! Owner rules for Windows and macOS, run here on recorded socket tables.

use netreview::collect::owners::{macos_owners, windows_owners};
use netreview::model::{Flow, UnattributedReason};

use crate::util::data;

#[derive(serde::Deserialize)]
struct Row {
    #[serde(flatten)]
    socket: Flow,
    pids: Vec<u32>,
    expect_pids: Vec<u32>,
    expect_reason: Option<UnattributedReason>,
}

fn rows(name: &str) -> Vec<Row> {
    let text = std::fs::read_to_string(data(name)).unwrap();
    serde_norway::from_str(&text).unwrap()
}

#[test]
fn windows_pid_zero_is_no_program() {
    let rows = rows("windows-sockets.yaml");
    assert!(rows.len() >= 5);
    for r in rows {
        let (pids, reason) = windows_owners(&r.pids, r.socket.state);
        assert_eq!(
            (pids, reason),
            (r.expect_pids, r.expect_reason),
            "{:?}",
            r.socket
        );
    }
}

#[test]
fn macos_sockets_without_pid_get_a_reason() {
    let rows = rows("macos-sockets.yaml");
    assert!(rows.len() >= 3);
    for r in rows {
        let (pids, reason) = macos_owners(&r.pids, r.socket.state);
        assert_eq!(
            (pids, reason),
            (r.expect_pids, r.expect_reason),
            "{:?}",
            r.socket
        );
    }
}
