//! Who owns an address, in plain words.

use crate::escape::escape;
use crate::fl;
use crate::i18n::Localizer;
use crate::model::Owner;
use crate::ownership::{known, Kind, KnownOwner};

/// "Owner: Fastly, Inc. (network AS54113; …: United States of America…)". The organisation name comes
/// from data files, so it is escaped.
pub fn owner_line(l: &Localizer, o: &Owner) -> String {
    let org = escape(o.org.as_deref().unwrap_or("?"));
    let asn = o.asn.map(|a| a.to_string()).unwrap_or_else(|| "?".into());
    match o.country.as_deref() {
        Some(c) => fl!(
            l,
            "owner-line",
            org = org,
            asn = asn,
            country = country_name(l, c)
        ),
        None => fl!(l, "owner-line-no-country", org = org, asn = asn),
    }
}

/// A country's name in the person's language ("Germany" for `DE`), from the generated
/// `country-XX` messages; the code itself when the data holds one netreview does not know.
pub fn country_name(l: &Localizer, code: &str) -> String {
    let id = format!("country-{}", code.to_ascii_uppercase());
    if code.len() == 2 && code.bytes().all(|b| b.is_ascii_alphabetic()) && l.loader().has(&id) {
        l.loader().get(&id)
    } else {
        escape(code)
    }
}

/// The one-line explanation for a network people meet often, if the owner is one.
pub fn owner_kind(l: &Localizer, o: &Owner) -> Option<String> {
    o.asn.and_then(known).map(|k| kind_sentence(l, k))
}

pub fn kind_sentence(l: &Localizer, k: &KnownOwner) -> String {
    let name = escape(&k.name);
    match k.kind {
        Kind::Cdn => fl!(l, "owner-kind-cdn", name = name),
        Kind::Cloud => fl!(l, "owner-kind-cloud", name = name),
        Kind::Hosting => fl!(l, "owner-kind-hosting", name = name),
        Kind::BigTech => fl!(l, "owner-kind-big-tech", name = name),
        Kind::Isp => fl!(l, "owner-kind-isp", name = name),
        Kind::Vpn => fl!(l, "owner-kind-vpn", name = name),
    }
}
