//! The readable view of a summary: programs one after the other, each connection with what
//! its address means. Every string from the system is already escaped by `collect`; it is
//! escaped once more here because a summary may come from a file.

use std::collections::BTreeMap;
use std::fmt::Write;

use crate::escape::escape;
use crate::explain;
use crate::fl;
use crate::i18n::Localizer;
use crate::model::{Connection, Protocol, Summary};
use crate::net::Service;

/// Renders `s`; with `width`, long lines are wrapped at word boundaries, continuation lines
/// keeping the indent of their first line.
pub fn render(l: &Localizer, s: &Summary, width: Option<usize>) -> String {
    let out = render_lines(l, s);
    match width {
        Some(w) => super::text::wrap_all(&out, w),
        None => out,
    }
}

fn render_lines(l: &Localizer, s: &Summary) -> String {
    let mut out = String::new();
    let connections: usize = s.processes.iter().map(|p| p.connections.len()).sum();
    let programs = s.processes.len();
    let title = if s.scan.snapshots > 1 {
        fl!(
            l,
            "table-title-watch",
            start = crate::clock::display(s.scan.started_at),
            end = crate::clock::display(s.scan.ended_at),
            looks = s.scan.snapshots,
            programs = programs,
            connections = connections
        )
    } else {
        fl!(
            l,
            "table-title",
            time = crate::clock::display(s.scan.ended_at),
            programs = programs,
            connections = connections
        )
    };
    line(&mut out, &title);
    if s.processes.is_empty() {
        line(&mut out, "");
        let nothing = if s.scan.snapshots > 1 {
            fl!(l, "table-nothing-watch")
        } else {
            fl!(l, "table-nothing")
        };
        line(&mut out, &nothing);
    }
    for p in &s.processes {
        line(&mut out, "");
        let name = if p.name.is_empty() {
            fl!(l, "table-name-unknown")
        } else {
            escape(&p.name)
        };
        let mut head = fl!(l, "table-process", name = name, pid = p.pid);
        if let Some(user) = &p.user {
            let _ = write!(head, " · {}", fl!(l, "table-user", user = escape(user)));
        }
        if let Some(parent) = &p.parent {
            let pname = parent
                .name
                .as_deref()
                .map(escape)
                .unwrap_or_else(|| "?".into());
            let _ = write!(
                head,
                " · {}",
                fl!(l, "table-parent", parent = pname, ppid = parent.pid)
            );
        }
        line(&mut out, &format!("▸ {head}"));
        let from = match &p.exe {
            Some(exe) => fl!(l, "table-runs-from", exe = escape(exe)),
            None => fl!(l, "table-runs-from-unknown"),
        };
        line(&mut out, &format!("  {from}"));
        if let Some(label) = &p.known_as {
            line(
                &mut out,
                &format!("  {}", fl!(l, "table-known-as", label = escape(label))),
            );
        }
        for sig in &p.signals {
            line(&mut out, &format!("  {}", explain::signals::line(l, sig)));
        }
        for c in &p.connections {
            connection(l, &mut out, c, s.scan.snapshots > 1);
        }
    }
    if !s.unattributed.is_empty() {
        line(&mut out, "");
        line(
            &mut out,
            &fl!(l, "table-unattributed-title", count = s.unattributed.len()),
        );
        let mut by_reason = BTreeMap::new();
        for c in &s.unattributed {
            if let Some(r) = c.reason {
                *by_reason.entry(r).or_insert(0usize) += 1;
            }
        }
        for (reason, count) in by_reason {
            line(
                &mut out,
                &format!("  {}", explain::unattributed_reason(l, reason, count)),
            );
        }
    }
    out
}

fn connection(l: &Localizer, out: &mut String, c: &Connection, watched: bool) {
    let proto = match c.protocol {
        Protocol::Tcp => "TCP",
        Protocol::Udp => "UDP",
    };
    let local = endpoint(c.local_address, c.local_port);
    let state = explain::state_name(l, c.state);
    let first = match (c.remote_address, c.remote_port) {
        (Some(addr), Some(port)) => fl!(
            l,
            "table-connection",
            proto = proto,
            local = local,
            remote = endpoint(addr, port),
            state = state
        ),
        _ => fl!(
            l,
            "table-listening",
            proto = proto,
            local = local,
            state = state
        ),
    };
    line(out, &format!("    {first}"));
    let mut meaning = explain::connection_meaning(l, c);
    if let Some(service) = c.service.as_deref().and_then(Service::from_key) {
        let name = explain::service_name(l, service);
        let _ = write!(meaning, " {}", fl!(l, "table-service", service = name));
    }
    line(out, &format!("      {meaning}"));
    if let Some(owner) = &c.owner {
        line(out, &format!("      {}", explain::owner_line(l, owner)));
        if let Some(kind) = explain::owner_kind(l, owner) {
            line(out, &format!("      {kind}"));
        }
    }
    if watched {
        let seen = fl!(
            l,
            "table-seen",
            times = c.times_seen,
            first = crate::clock::display(c.first_seen),
            last = crate::clock::display(c.last_seen)
        );
        line(out, &format!("      {seen}"));
    }
}

fn endpoint(addr: std::net::IpAddr, port: u16) -> String {
    match addr {
        std::net::IpAddr::V4(a) => format!("{a}:{port}"),
        std::net::IpAddr::V6(a) => format!("[{a}]:{port}"),
    }
}

fn line(out: &mut String, text: &str) {
    out.push_str(text);
    out.push('\n');
}
