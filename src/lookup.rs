//! `netreview lookup ADDRESS[:PORT]...`: what each address means, which service its port is
//! for, and who owns it. A bad item gets its own error; the others are still answered.

use std::net::{IpAddr, SocketAddr};

use serde::Serialize;

use crate::cli::{LookupArgs, LookupFormat};
use crate::escape::escape;
use crate::explain;
use crate::fl;
use crate::i18n::Localizer;
use crate::model::Owner;
use crate::net::{classify_remote, service_for_port, LocalAddresses, Scope, Service, Transport};
use crate::ownership::gate::Gate;
use crate::ownership::rdap::Rdap;
use crate::ownership::{known, Ownership};

/// One answer, in the machine format of `--format json|yaml`.
#[derive(Debug, Clone, Serialize)]
pub struct Answer {
    pub input: String,
    pub address: Option<IpAddr>,
    pub port: Option<u16>,
    pub scope: Option<Scope>,
    pub service: Option<String>,
    pub owner: Option<Owner>,
    pub kind: Option<String>,
    pub explanation: Option<String>,
    /// The registry's record, when looked up online (or cached from an earlier run).
    pub online: Option<crate::ownership::rdap::RdapAnswer>,
    pub online_error: Option<String>,
    pub error: Option<String>,
}

/// Some items could not be answered; each says why in the output.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct SomeFailed(pub String);

/// `ADDRESS`, `IPv4:PORT` or `[IPv6]:PORT`.
pub fn parse_item(s: &str) -> Option<(IpAddr, Option<u16>)> {
    let s = s.trim();
    if let Ok(ip) = s.parse::<IpAddr>() {
        return Some((ip, None));
    }
    s.parse::<SocketAddr>()
        .ok()
        .map(|a| (a.ip(), Some(a.port())))
}

/// Answers every item; errors are per item.
pub fn answer(
    l: &Localizer,
    items: &[String],
    local: &LocalAddresses,
    db: Option<&Ownership>,
) -> Vec<Answer> {
    items.iter().map(|i| answer_one(l, i, local, db)).collect()
}

fn answer_one(
    l: &Localizer,
    input: &str,
    local: &LocalAddresses,
    db: Option<&Ownership>,
) -> Answer {
    let mut a = Answer {
        input: escape(input),
        address: None,
        port: None,
        scope: None,
        service: None,
        owner: None,
        kind: None,
        explanation: None,
        online: None,
        online_error: None,
        error: None,
    };
    let Some((ip, port)) = parse_item(input) else {
        a.error = Some(fl!(l, "lookup-bad-address", input = escape(input)));
        return a;
    };
    let scope = classify_remote(ip, local);
    a.address = Some(ip);
    a.port = port;
    a.scope = Some(scope);
    // A port alone does not say TCP or UDP; TCP is what people look up most.
    a.service = port
        .and_then(|p| service_for_port(p, Transport::Tcp))
        .map(|s| s.key().to_string());
    if scope == Scope::Public {
        a.owner = db.and_then(|d| d.owner(ip));
        let k = a.owner.as_ref().and_then(|o| o.asn).and_then(known);
        a.kind = k.map(|k| k.kind.key().to_string());
        a.explanation = k.map(|k| explain::kind_sentence(l, k));
    }
    a
}

/// The readable form: each item, then its meaning, service and owner.
pub fn render_text(l: &Localizer, answers: &[Answer]) -> String {
    let mut out = String::new();
    for a in answers {
        out.push_str(&a.input);
        out.push('\n');
        if let Some(e) = &a.error {
            out.push_str(&format!("  {e}\n"));
            continue;
        }
        let (Some(ip), Some(scope)) = (a.address, a.scope) else {
            continue;
        };
        let mut meaning = explain::remote_meaning(l, ip, scope);
        if let Some(s) = a.service.as_deref().and_then(Service::from_key) {
            let name = explain::service_name(l, s);
            meaning.push(' ');
            meaning.push_str(&fl!(l, "table-service", service = name));
        }
        out.push_str(&format!("  {meaning}\n"));
        match &a.owner {
            Some(o) => out.push_str(&format!("  {}\n", explain::owner_line(l, o))),
            None if scope == Scope::Public => {
                out.push_str(&format!("  {}\n", fl!(l, "owner-unknown")))
            }
            None => {}
        }
        if let Some(e) = &a.explanation {
            out.push_str(&format!("  {e}\n"));
        }
        if let Some(r) = &a.online {
            let line = crate::lookup_online::record_line(l, r);
            out.push_str(&format!("  {line}\n"));
        }
        if let Some(e) = &a.online_error {
            out.push_str(&format!("  {e}\n"));
        }
    }
    out
}

pub fn run(l: &Localizer, args: &LookupArgs, online: bool) -> anyhow::Result<()> {
    let local = crate::collect::interfaces::local_addresses();
    let db = crate::scan::open_ownership(l);
    let mut answers = answer(l, &args.items, &local, db.as_ref());
    let gate = Gate::new(online);
    let rdap = Rdap::from_env(&gate);
    let mut asker = crate::ui::confirm::TerminalAsker::new(l);
    let host = rdap.bootstrap_host();
    if let Some(note) =
        crate::lookup_online::enrich(l, &mut answers, &gate, &rdap, &mut asker, &host)
    {
        eprintln!("{note}");
    }
    let text = match args.format {
        LookupFormat::Text => render_text(l, &answers),
        LookupFormat::Json => serde_json::to_string_pretty(&answers)? + "\n",
        LookupFormat::Yaml => serde_norway::to_string(&answers)?,
    };
    crate::scan::print(&text)?;
    let failed = answers.iter().filter(|a| a.error.is_some()).count();
    if failed > 0 {
        return Err(SomeFailed(fl!(l, "lookup-some-failed", count = failed)).into());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_addresses_with_and_without_ports() {
        let p = |s| parse_item(s);
        assert_eq!(p("8.8.8.8"), Some(("8.8.8.8".parse().unwrap(), None)));
        assert_eq!(
            p("8.8.8.8:53"),
            Some(("8.8.8.8".parse().unwrap(), Some(53)))
        );
        assert_eq!(
            p("2a04:4e42::1"),
            Some(("2a04:4e42::1".parse().unwrap(), None))
        );
        assert_eq!(p("[2a04:4e42::1]:443").map(|x| x.1), Some(Some(443)));
        for bad in ["999.1.1.1", "hello", "", "1.2.3.4:99999", "[::1]"] {
            assert_eq!(p(bad), None, "{bad}");
        }
    }
}
