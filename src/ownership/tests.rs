//! The embedded data answers the facts the product promises.

use std::net::IpAddr;

use super::*;

fn embedded() -> Ownership {
    Ownership::embedded().expect("this build embeds data/asn.nrdb.zst")
}

fn asn(o: &Ownership, ip: &str) -> Option<u32> {
    o.lookup(ip.parse::<IpAddr>().unwrap()).map(|r| r.asn)
}

#[test]
fn embedded_data_is_verified_and_described() {
    let o = embedded();
    o.database().verify().unwrap();
    let (v4, v6, owners) = o.database().counts();
    assert!(
        v4 > 300_000 && v6 > 50_000 && owners > 50_000,
        "{v4} {v6} {owners}"
    );
    assert_eq!(
        o.describe(),
        "ip-location-db asn 2.3.2026061719 (2026-06-17), CC-BY-4.0"
    );
}

#[test]
fn known_facts() {
    let o = embedded();
    let fastly = o.lookup("151.101.132.246".parse().unwrap()).unwrap();
    assert_eq!(fastly.asn, 54113);
    assert!(fastly.org.starts_with("Fastly"), "{}", fastly.org);
    assert_eq!(asn(&o, "2a04:4e42::1"), Some(54113));
    let google = o.lookup("8.8.8.8".parse().unwrap()).unwrap();
    assert_eq!(google.asn, 15169);
    assert!(google.org.starts_with("Google"), "{}", google.org);
    assert_eq!(asn(&o, "::ffff:8.8.8.8"), Some(15169));
    assert_eq!(asn(&o, "10.1.2.3"), None);
    // Range edges in the real data: 1.0.0.0–1.0.0.255 is Cloudflare, then nothing until
    // 1.0.4.0; 151.101.0.0/16 is Fastly, 151.102.0.0 someone else.
    assert_eq!(asn(&o, "1.0.0.0"), Some(13335));
    assert_eq!(asn(&o, "1.0.0.255"), Some(13335));
    assert_eq!(asn(&o, "1.0.1.0"), None);
    assert_eq!(asn(&o, "151.101.0.0"), Some(54113));
    assert_eq!(asn(&o, "151.101.255.255"), Some(54113));
    assert_ne!(asn(&o, "151.102.0.0"), Some(54113));
    assert_eq!(asn(&o, "0.0.0.1"), None);
    assert_eq!(asn(&o, "255.255.255.255"), None);
    assert_eq!(asn(&o, "127.0.0.1"), None);
    assert_eq!(asn(&o, "fd00::1"), None);
    let owner = o.owner("8.8.8.8".parse().unwrap()).unwrap();
    assert_eq!(
        (owner.asn, owner.source.as_str()),
        (Some(15169), "embedded")
    );
}

#[test]
fn a_good_downloaded_file_overrides_and_a_corrupt_one_falls_back() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(USER_FILE);
    std::fs::write(&path, convert::tests::fixture()).unwrap();
    let opened = Ownership::open(Some(dir.path()));
    let o = opened.ownership.unwrap();
    assert!(opened.refused.is_none());
    assert_eq!(o.source(), Source::Downloaded);
    assert_eq!(asn(&o, "1.0.0.1"), Some(13335));
    assert_eq!(
        o.owner("1.0.0.1".parse().unwrap()).unwrap().source,
        "downloaded"
    );

    std::fs::write(&path, b"NRASNDB\0garbage").unwrap();
    let opened = Ownership::open(Some(dir.path()));
    assert_eq!(opened.ownership.map(|o| o.source()), Some(Source::Embedded));
    let msg = opened.refused.unwrap().to_string();
    assert!(
        msg.contains("could not use the downloaded ownership database") && msg.contains(USER_FILE),
        "{msg}"
    );

    let none = Ownership::open(None);
    assert!(none.refused.is_none() && none.ownership.is_some());
}
