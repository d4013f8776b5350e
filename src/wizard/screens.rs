//! The text of each screen, built from the summary and the person's language. Pure: no
//! terminal, no I/O. Untrusted strings are escaped here, at the last step before display.

use std::collections::BTreeMap;
use std::net::IpAddr;

use crate::clock;
use crate::escape::escape;
use crate::explain;
use crate::fl;
use crate::i18n::Localizer;
use crate::insight::Catalogue;
use crate::model::{Connection, ProcessEntry, Protocol, Summary, Verdict};
use crate::net::Service;

/// How many lines of a list a screen shows before "… and N more", to fit 80x24.
const MAX_LIST: usize = 8;

/// The lines above every screen: the practice banner and the step.
pub fn header(l: &Localizer, practice: bool, step: u8, title: &str) -> String {
    let mut out = String::new();
    if practice {
        out.push_str(&fl!(l, "practice-banner"));
        out.push('\n');
    }
    out.push_str(&fl!(l, "wizard-step", step = step, title = title));
    out.push_str("\n\n");
    out
}

/// Programs using the network now, by name, with how many connections each.
pub fn programs_now(l: &Localizer, s: &Summary) -> String {
    // Sorted as people read names: case does not matter.
    let mut by_name: BTreeMap<(String, String), usize> = BTreeMap::new();
    for p in &s.processes {
        let name = display_name(l, p);
        *by_name.entry((name.to_lowercase(), name)).or_default() += p.connections.len();
    }
    let mut out = fl!(l, "close-apps-body", count = by_name.len());
    out.push('\n');
    for ((_, name), n) in by_name.iter().take(MAX_LIST) {
        let line = fl!(
            l,
            "close-apps-line",
            name = name.clone(),
            connections = n.to_owned()
        );
        out.push_str(&format!("  • {line}\n"));
    }
    if by_name.len() > MAX_LIST {
        let more = fl!(
            l,
            "close-apps-more",
            count = by_name.len().saturating_sub(MAX_LIST)
        );
        out.push_str(&format!("  {more}\n"));
    }
    out
}

/// The watch's progress line: seconds so far, and the programs and addresses seen.
pub fn watch_progress(
    l: &Localizer,
    elapsed: u64,
    total: u64,
    (programs, remotes): (usize, usize),
) -> String {
    // A bar of plain characters: readable without colour and on any terminal.
    const WIDTH: u64 = 12;
    let filled = (elapsed.min(total) * WIDTH).checked_div(total).unwrap_or(0);
    let bar = format!(
        "[{}{}]",
        "#".repeat(usize::try_from(filled).unwrap_or(0)),
        "-".repeat(usize::try_from(WIDTH - filled).unwrap_or(0))
    );
    fl!(
        l,
        "watch-progress",
        bar = bar,
        elapsed = elapsed,
        total = total,
        programs = programs,
        remotes = remotes
    )
}

/// What changed between two looks, by program name.
pub fn changes(l: &Localizer, before: &Summary, after: &Summary) -> String {
    let names = |s: &Summary| -> Vec<String> {
        let mut v: Vec<String> = s.processes.iter().map(|p| display_name(l, p)).collect();
        v.sort();
        v.dedup();
        v
    };
    let (old, new) = (names(before), names(after));
    let closed: Vec<&str> = old
        .iter()
        .filter(|n| !new.contains(n))
        .map(|n| n.as_str())
        .collect();
    let opened: Vec<&str> = new
        .iter()
        .filter(|n| !old.contains(n))
        .map(|n| n.as_str())
        .collect();
    let mut out = String::new();
    if closed.is_empty() && opened.is_empty() {
        out.push_str(&fl!(l, "close-apps-same"));
        out.push('\n');
    }
    if !closed.is_empty() {
        out.push_str(&fl!(l, "close-apps-closed", names = closed.join(", ")));
        out.push('\n');
    }
    if !opened.is_empty() {
        out.push_str(&fl!(l, "close-apps-new", names = opened.join(", ")));
        out.push('\n');
    }
    out
}

/// One program, as the person judges it.
pub fn review(l: &Localizer, p: &ProcessEntry, index: usize, total: usize, ended: bool) -> String {
    let mut out = String::new();
    let mut line = |text: String| {
        out.push_str(&text);
        out.push('\n');
    };
    let (number, total) = (index + 1, total);
    line(fl!(l, "review-header", index = number, total = total));
    line(fl!(
        l,
        "review-name",
        name = display_name(l, p),
        pid = p.pid
    ));
    line(match known_description(l, p) {
        Some(what) => fl!(l, "review-known-as", what = what),
        None => fl!(l, "review-unknown"),
    });
    line(match &p.exe {
        Some(exe) => fl!(l, "review-runs-from", exe = escape(exe)),
        None => fl!(l, "review-runs-from-unknown"),
    });
    let parent = p.parent.as_ref().map_or_else(
        || "?".to_string(),
        |pp| {
            let name = pp.name.as_deref().map(escape).unwrap_or_default();
            fl!(l, "review-parent", name = name, pid = pp.pid)
        },
    );
    let user = p.user.as_deref().map(escape).unwrap_or_else(|| "?".into());
    let mut started = fl!(l, "review-started-by", parent = parent, user = user);
    if let Some(t) = p.started_at {
        started.push_str(" · ");
        started.push_str(&fl!(l, "review-running-since", time = clock::display(t)));
    }
    line(started);
    if ended {
        line(fl!(l, "review-exited"));
    }

    if p.signals.is_empty() {
        line(fl!(l, "signals-none"));
    } else {
        line(fl!(l, "signals-title"));
        for sig in &p.signals {
            line(format!("  {}", explain::signals::line(l, sig)));
        }
    }
    let (remote, listening): (Vec<&Connection>, Vec<&Connection>) = p
        .connections
        .iter()
        .partition(|c| c.remote_address.is_some());
    if !remote.is_empty() {
        line(fl!(l, "review-talks-to"));
        let grouped = by_remote(&remote);
        for ((_, port), conns) in grouped.iter().take(MAX_LIST) {
            line(format!("  • {}", remote_line(l, *port, conns)));
            // Who owns the address, briefly; "Tell me more" explains it.
            if let Some(owner) = conns.first().and_then(|c| c.owner.as_ref()) {
                line(format!("    {}", short_owner(l, owner)));
            }
        }
        if grouped.len() > MAX_LIST {
            line(format!(
                "  {}",
                fl!(
                    l,
                    "review-more-connections",
                    count = grouped.len().saturating_sub(MAX_LIST)
                )
            ));
        }
    }
    if !listening.is_empty() {
        line(fl!(l, "review-waits-on"));
        for c in listening.iter().take(MAX_LIST) {
            line(format!("  • {}", listen_line(l, c)));
        }
        if listening.len() > MAX_LIST {
            line(format!(
                "  {}",
                fl!(
                    l,
                    "review-more-connections",
                    count = listening.len().saturating_sub(MAX_LIST)
                )
            ));
        }
    }
    out
}

/// "Tell me more" about a program's signs: each with why it matters.
pub fn why_signals(l: &Localizer, p: &ProcessEntry) -> String {
    let mut out = fl!(l, "review-why-title", name = display_name(l, p));
    out.push('\n');
    for sig in &p.signals {
        out.push_str(&format!("\n• {}\n", explain::signals::line(l, sig)));
        if let Some(why) = explain::signals::why(l, sig) {
            out.push_str(&format!("  {}\n", fl!(l, "review-why", why = why)));
        }
    }
    out
}

/// "Tell me more" about who owns the addresses a program talked to: the owner, where the
/// addresses are registered (not necessarily where the server is), what kind of company.
pub fn owners_more(l: &Localizer, p: &ProcessEntry) -> Option<String> {
    let remote: Vec<&Connection> = p.connections.iter().filter(|c| c.owner.is_some()).collect();
    let grouped = by_remote(&remote);
    if grouped.is_empty() {
        return None;
    }
    let mut out = fl!(l, "review-owners-title", name = display_name(l, p));
    out.push('\n');
    for ((addr, _), conns) in grouped.iter().take(MAX_LIST) {
        let Some(owner) = conns.first().and_then(|c| c.owner.as_ref()) else {
            continue;
        };
        out.push_str(&format!(
            "\n• {addr}\n  {}\n",
            explain::owner_line(l, owner)
        ));
        if let Some(kind) = explain::owner_kind(l, owner) {
            out.push_str(&format!("  {kind}\n"));
        }
    }
    Some(out)
}

fn short_owner(l: &Localizer, o: &crate::model::Owner) -> String {
    let org = escape(o.org.as_deref().unwrap_or("?"));
    match o.country.as_deref() {
        Some(c) => fl!(
            l,
            "review-owner",
            org = org,
            country = explain::country_name(l, c)
        ),
        None => fl!(l, "review-owner-no-country", org = org),
    }
}

/// Connections to the same address and port, together: a program that reconnects every
/// 30 seconds is one line with its count, not a page of near-identical lines.
fn by_remote<'a>(conns: &[&'a Connection]) -> BTreeMap<(IpAddr, u16), Vec<&'a Connection>> {
    let mut map: BTreeMap<(IpAddr, u16), Vec<&Connection>> = BTreeMap::new();
    for c in conns {
        if let (Some(a), Some(port)) = (c.remote_address, c.remote_port) {
            map.entry((a, port)).or_default().push(c);
        }
    }
    map
}

fn remote_line(l: &Localizer, port: u16, conns: &[&Connection]) -> String {
    let first = conns.first().copied();
    let meaning = first
        .map(|c| explain::connection_meaning(l, c))
        .unwrap_or_default();
    let times: u32 = conns.iter().map(|c| c.times_seen).sum();
    let seen = fl!(l, "review-seen", times = times, connections = conns.len());
    match first.and_then(|c| service_of(l, c)) {
        Some(service) => fl!(
            l,
            "review-conn-service",
            meaning = meaning,
            port = port,
            service = service,
            seen = seen
        ),
        None => fl!(
            l,
            "review-conn",
            meaning = meaning,
            port = port,
            seen = seen
        ),
    }
}

fn listen_line(l: &Localizer, c: &Connection) -> String {
    let proto = match c.protocol {
        Protocol::Tcp => "TCP",
        Protocol::Udp => "UDP",
    };
    let reach = explain::who_can_reach(l, c.scope);
    match service_of(l, c) {
        Some(service) => fl!(
            l,
            "review-listen-service",
            port = c.local_port,
            proto = proto,
            service = service,
            reach = reach
        ),
        None => fl!(
            l,
            "review-listen",
            port = c.local_port,
            proto = proto,
            reach = reach
        ),
    }
}

fn service_of(l: &Localizer, c: &Connection) -> Option<String> {
    let service = Service::from_key(c.service.as_deref()?)?;
    Some(explain::service_name(l, service))
}

/// What the catalogue says the program is, in the person's language.
fn known_description(l: &Localizer, p: &ProcessEntry) -> Option<String> {
    let label = p.known_as.as_deref()?;
    let described = Catalogue::embedded()
        .by_label(label)
        .and_then(|e| explain::signals::known_program(l, &e.id));
    Some(described.unwrap_or_else(|| escape(label)))
}

pub fn display_name(l: &Localizer, p: &ProcessEntry) -> String {
    if p.name.is_empty() {
        fl!(l, "table-name-unknown")
    } else {
        escape(&p.name)
    }
}

pub fn verdict_name(l: &Localizer, v: Verdict) -> String {
    match v {
        Verdict::LooksFine => fl!(l, "verdict-looks-fine"),
        Verdict::Suspicious => fl!(l, "verdict-suspicious"),
        Verdict::Unsure => fl!(l, "verdict-unsure"),
        Verdict::NotReviewed => fl!(l, "verdict-not-reviewed"),
    }
}

/// Counts, the programs flagged, and what could not be checked.
pub fn summary(l: &Localizer, s: &Summary) -> String {
    let count = |v: Verdict| s.processes.iter().filter(|p| p.verdict == v).count();
    let total = s.processes.len();
    let reviewed = total - count(Verdict::NotReviewed);
    let mut out = fl!(
        l,
        "summary-counts",
        reviewed = reviewed,
        total = total,
        fine = count(Verdict::LooksFine),
        suspicious = count(Verdict::Suspicious),
        unsure = count(Verdict::Unsure)
    );
    out.push('\n');
    let flagged: Vec<&ProcessEntry> = s
        .processes
        .iter()
        .filter(|p| matches!(p.verdict, Verdict::Suspicious | Verdict::Unsure))
        .collect();
    if !flagged.is_empty() {
        out.push('\n');
        out.push_str(&fl!(l, "summary-flagged"));
        out.push('\n');
        for p in flagged {
            let v = verdict_name(l, p.verdict);
            let line = fl!(
                l,
                "summary-flagged-line",
                name = display_name(l, p),
                pid = p.pid,
                verdict = v
            );
            out.push_str(&format!("  • {line}\n"));
        }
    }
    let unattributed = s.unattributed.len();
    if unattributed > 0 || !s.system.privileged {
        out.push('\n');
        out.push_str(&fl!(l, "summary-not-checked"));
        out.push('\n');
        if unattributed > 0 {
            out.push_str(&format!(
                "  • {}\n",
                fl!(l, "summary-unattributed", count = unattributed)
            ));
        }
        if !s.system.privileged {
            out.push_str(&format!("  • {}\n", fl!(l, "summary-no-rights")));
        }
    }
    out
}
