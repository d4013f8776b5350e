//! The networks people meet most, in plain words: `data/owners.yaml` maps an AS number to
//! the name people know and a kind; the sentence for each kind lives in the Fluent files.

use std::collections::HashSet;
use std::sync::OnceLock;

use serde::Deserialize;

static OWNERS_YAML: &str = include_str!("../../data/owners.yaml");

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Cdn,
    Cloud,
    Hosting,
    BigTech,
    Isp,
    Vpn,
}

impl Kind {
    /// The machine key, identical to the name in `data/owners.yaml`.
    pub fn key(self) -> &'static str {
        match self {
            Kind::Cdn => "cdn",
            Kind::Cloud => "cloud",
            Kind::Hosting => "hosting",
            Kind::BigTech => "big_tech",
            Kind::Isp => "isp",
            Kind::Vpn => "vpn",
        }
    }

    /// Anyone can rent a server from this owner, so the owner is not necessarily who a
    /// program talks to (the `hosting_provider` signal).
    pub fn rents_servers(self) -> bool {
        match self {
            Kind::Cloud | Kind::Hosting => true,
            Kind::Cdn | Kind::BigTech | Kind::Isp | Kind::Vpn => false,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KnownOwner {
    pub asn: u32,
    pub kind: Kind,
    /// The name people know the owner by; a proper name, shown as is.
    pub name: String,
}

/// Parses and checks a table: AS numbers unique and non-zero, names present and printable.
pub fn parse_table(text: &str) -> Result<Vec<KnownOwner>, String> {
    let mut rows: Vec<KnownOwner> =
        serde_norway::from_str(text).map_err(|e| format!("owners table: {e}"))?;
    let mut seen = HashSet::new();
    for r in &rows {
        if r.asn == 0 || !seen.insert(r.asn) {
            return Err(format!("owners table: AS{} is zero or listed twice", r.asn));
        }
        if r.name.trim().is_empty() || r.name.chars().any(char::is_control) {
            return Err(format!(
                "owners table: AS{} has a bad name {:?}",
                r.asn, r.name
            ));
        }
    }
    rows.sort_by_key(|r| r.asn);
    Ok(rows)
}

fn table() -> &'static [KnownOwner] {
    static TABLE: OnceLock<Vec<KnownOwner>> = OnceLock::new();
    // A broken table is caught by the tests; at run time it only means no plain names.
    TABLE.get_or_init(|| parse_table(OWNERS_YAML).unwrap_or_default())
}

/// The plain-language entry for an AS number, if it is one people meet often.
pub fn known(asn: u32) -> Option<&'static KnownOwner> {
    let t = table();
    t.binary_search_by_key(&asn, |r| r.asn)
        .ok()
        .and_then(|i| t.get(i))
}

/// The kind of network an AS number is, for signals such as `hosting_provider`.
pub fn kind_of(asn: u32) -> Option<Kind> {
    known(asn).map(|k| k.kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_table_is_well_formed_unique_and_large_enough() {
        let rows = parse_table(OWNERS_YAML).unwrap();
        assert!(rows.len() >= 150, "{} entries", rows.len());
        assert_eq!(table().len(), rows.len());
        for kind in [
            Kind::Cdn,
            Kind::Cloud,
            Kind::Hosting,
            Kind::BigTech,
            Kind::Isp,
            Kind::Vpn,
        ] {
            assert!(rows.iter().any(|r| r.kind == kind), "no {}", kind.key());
        }
    }

    #[test]
    fn every_entry_is_in_the_embedded_data() {
        let o = crate::ownership::Ownership::embedded().unwrap();
        let db = o.database();
        let asns = db.asns();
        for r in parse_table(OWNERS_YAML).unwrap() {
            assert!(
                asns.contains(&r.asn),
                "AS{} ({}) is not in the data",
                r.asn,
                r.name
            );
        }
    }

    #[test]
    fn known_networks() {
        assert_eq!(kind_of(54113), Some(Kind::Cdn));
        assert_eq!(known(15169).map(|k| k.name.as_str()), Some("Google"));
        assert_eq!(kind_of(14061), Some(Kind::Cloud));
        assert!(kind_of(24940).is_some_and(Kind::rents_servers));
        assert_eq!(kind_of(64512), None);
    }

    #[test]
    fn bad_tables_are_refused() {
        let twice = "- {asn: 1, kind: isp, name: A}\n- {asn: 1, kind: cdn, name: B}\n";
        assert!(parse_table(twice).unwrap_err().contains("AS1"));
        assert!(parse_table("- {asn: 2, kind: bank, name: A}\n").is_err());
        assert!(parse_table("- {asn: 3, kind: isp, name: \"\"}\n").is_err());
        assert!(parse_table("- {asn: 4, kind: isp, name: A, extra: 1}\n").is_err());
    }
}
