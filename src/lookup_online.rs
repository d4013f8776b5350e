//! The online part of `netreview lookup`: asks once for consent (or takes `--online`), then
//! asks the registries about each public address through the `Gate`.

use std::net::IpAddr;

use crate::escape::escape;
use crate::fl;
use crate::i18n::Localizer;
use crate::lookup::Answer;
use crate::net::Scope;
use crate::ownership::gate::{Asker, Consent, Gate, NetError};
use crate::ownership::rdap::{Rdap, RdapAnswer, RdapError};

/// Fills `online` / `online_error` for public addresses. Returns a note for the person
/// when nothing was looked up (no consent, no terminal).
pub fn enrich(
    l: &Localizer,
    answers: &mut [Answer],
    gate: &Gate,
    rdap: &Rdap,
    asker: &mut dyn Asker,
    host: &str,
) -> Option<String> {
    let public: Vec<IpAddr> = answers
        .iter()
        .filter(|a| a.scope == Some(Scope::Public))
        .filter_map(|a| a.address)
        .filter(|ip| rdap.cached(*ip).is_none())
        .collect();
    if !public.is_empty() {
        let list: Vec<String> = public.iter().map(IpAddr::to_string).collect();
        let question = fl!(
            l,
            "online-consent",
            addresses = list.join(", "),
            host = escape(host)
        );
        gate.ask(asker, &question);
    }
    for a in answers.iter_mut() {
        let (Some(ip), Some(Scope::Public)) = (a.address, a.scope) else {
            continue;
        };
        match rdap.cached(ip).map(Ok).unwrap_or_else(|| rdap.lookup(ip)) {
            Ok(r) => a.online = Some(escaped(r)),
            Err(RdapError::Net(NetError::NoConsent)) => {}
            Err(e) => a.online_error = Some(error_text(l, &e)),
        }
    }
    match gate.consent() {
        Consent::NoTerminal if !public.is_empty() => Some(fl!(l, "online-no-terminal")),
        Consent::Refused => Some(fl!(l, "online-refused")),
        Consent::NotAsked | Consent::Given | Consent::NoTerminal => None,
    }
}

/// Registry answers come from the network: escape every string before it is shown.
fn escaped(mut r: RdapAnswer) -> RdapAnswer {
    for f in [
        &mut r.network,
        &mut r.handle,
        &mut r.organisation,
        &mut r.country,
        &mut r.start_address,
        &mut r.end_address,
        &mut r.registered,
        &mut r.last_changed,
    ] {
        *f = f.as_deref().map(escape);
    }
    r.server = escape(&r.server);
    r
}

pub fn error_text(l: &Localizer, e: &RdapError) -> String {
    match e {
        RdapError::Net(n) => match n {
            NetError::NoConsent => fl!(l, "online-refused"),
            NetError::RateLimited => fl!(l, "online-rate-limited"),
            NetError::NotFound => fl!(l, "online-not-found"),
            NetError::Status(code) => fl!(l, "online-status", code = code.to_string()),
            NetError::Timeout => fl!(l, "online-timeout"),
            NetError::Unreachable(why) => fl!(l, "online-unreachable", reason = escape(why)),
            NetError::TooLarge(_) => fl!(l, "online-bad-answer"),
        },
        RdapError::NoRegistry(_) => fl!(l, "online-no-registry"),
        RdapError::BadAnswer(_) => fl!(l, "online-bad-answer"),
    }
}

/// One line for the text output.
pub fn record_line(l: &Localizer, r: &RdapAnswer) -> String {
    let unknown = || fl!(l, "online-unknown");
    fl!(
        l,
        "online-record",
        server = r.server.clone(),
        fetched = r.fetched_at.date().to_string(),
        network = r.network.clone().unwrap_or_else(unknown),
        org = r.organisation.clone().unwrap_or_else(unknown),
        country = r.country.clone().unwrap_or_else(unknown),
        registered = r
            .registered
            .as_deref()
            .map(|d| d.chars().take(10).collect())
            .unwrap_or_else(unknown)
    )
}
