use super::*;
use crate::ownership::Database;

const ASN4: &str = "1.0.0.0,1.0.0.255,13335,\"Cloudflare, Inc.\"\n\
                    1.0.4.0,1.0.7.255,38803,Gtelecom Pty Ltd\n\
                    2.26.200.0,2.26.215.255,201907,\"LLC \"\"SPUTNIK\"\"\"\n\
                    3.0.0.0,3.0.0.255,13335,\"Cloudflare, Inc.\"\n";
const ASN6: &str = "2001::,2001::ffff:ffff:ffff:ffff:ffff:ffff,6939,Hurricane Electric LLC\r\n\
                    2a04:4e42::,2a04:4e42:ffff:ffff:ffff:ffff:ffff:ffff,54113,\"Fastly, Inc.\"\r\n";
const CC4: &str = "1.0.0.0,1.0.0.255,AU\n1.0.1.0,1.0.7.255,CN\n2.26.0.0,2.26.255.255,RU\n";
const CC6: &str = "2a04:4e40::,2a04:4e4f:ffff:ffff:ffff:ffff:ffff:ffff,US\n";

pub fn meta() -> Meta {
    Meta {
        source: "fixture 1.0".into(),
        date: "2026-01-02".into(),
        licence: "CC-BY-4.0".into(),
    }
}

fn inputs<'a>(asn4: &'a str, cc4: &'a str) -> Inputs<'a> {
    Inputs {
        asn_v4: ("asn-ipv4.csv", asn4),
        asn_v6: ("asn-ipv6.csv", ASN6),
        country_v4: ("asn-country-ipv4.csv", cc4),
        country_v6: ("asn-country-ipv6.csv", CC6),
    }
}

/// A small database for tests elsewhere in the crate.
pub fn fixture() -> Vec<u8> {
    convert(&inputs(ASN4, CC4), &meta(), Overlaps::Refuse)
        .unwrap()
        .bytes
}

fn look(db: &Database, ip: &str) -> Option<(u32, String, Option<String>)> {
    db.lookup(ip.parse().unwrap())
        .map(|r| (r.asn, r.org.to_string(), r.country.map(str::to_string)))
}

#[test]
fn round_trip_keeps_every_range_owner_and_country() {
    let db = Database::from_vec(fixture()).unwrap();
    assert_eq!(db.meta(), &meta());
    // 4 IPv4 and 2 IPv6 ranges; Cloudflare's two ranges share one owner.
    assert_eq!(db.counts(), (4, 2, 5));
    let cf = Some((
        13335,
        "Cloudflare, Inc.".to_string(),
        Some("AU".to_string()),
    ));
    assert_eq!(look(&db, "1.0.0.0"), cf, "first address of a range");
    assert_eq!(look(&db, "1.0.0.255"), cf, "last address of a range");
    assert_eq!(look(&db, "1.0.1.0"), None, "the gap just past it");
    assert_eq!(look(&db, "0.255.255.255"), None, "before the first range");
    assert_eq!(look(&db, "255.255.255.255"), None, "after the last range");
    assert_eq!(
        look(&db, "1.0.5.1"),
        Some((38803, "Gtelecom Pty Ltd".into(), Some("CN".into())))
    );
    assert_eq!(
        look(&db, "2.26.201.7").map(|r| r.1),
        Some("LLC \"SPUTNIK\"".into())
    );
    assert_eq!(
        look(&db, "3.0.0.1").map(|r| r.2),
        Some(None),
        "no country range"
    );
    assert_eq!(
        look(&db, "2a04:4e42::1"),
        Some((54113, "Fastly, Inc.".into(), Some("US".into())))
    );
    assert_eq!(look(&db, "2001::1").map(|r| r.0), Some(6939));
    assert_eq!(look(&db, "2001:1::").map(|r| r.0), None);
    assert_eq!(
        look(&db, "::ffff:1.0.0.7").map(|r| r.0),
        Some(13335),
        "IPv4-mapped"
    );
}

#[test]
fn unsorted_or_overlapping_input_is_refused_with_its_line() {
    let unsorted = "1.0.4.0,1.0.7.255,1,A\n1.0.0.0,1.0.0.255,2,B\n";
    let overlap = "1.0.0.0,1.0.0.255,1,A\n1.0.0.255,1.0.1.255,2,B\n";
    for bad in [unsorted, overlap] {
        let err = convert(&inputs(bad, CC4), &meta(), Overlaps::Refuse).unwrap_err();
        assert!(
            matches!(&err, ConvertError::Line { file, line: 2, .. } if file == "asn-ipv4.csv"),
            "{err}"
        );
        assert!(err.to_string().contains("not sorted or overlaps"), "{err}");
    }
    // Clipping keeps the earlier range, trims a partial overlap, drops a contained range,
    // and still refuses ranges that go backwards.
    let c = convert(&inputs(overlap, CC4), &meta(), Overlaps::Clip).unwrap();
    assert_eq!(c.clipped, ["asn-ipv4.csv: line 2: 1.0.0.255,1.0.1.255,2,B"]);
    let db = Database::from_vec(c.bytes).unwrap();
    assert_eq!(look(&db, "1.0.0.255").map(|r| r.0), Some(1));
    assert_eq!(look(&db, "1.0.1.0").map(|r| r.0), Some(2));
    let inside = "1.0.0.0,1.0.0.255,1,A\n1.0.0.5,1.0.0.6,2,B\n";
    let c = convert(&inputs(inside, CC4), &meta(), Overlaps::Clip).unwrap();
    assert_eq!(Database::from_vec(c.bytes).unwrap().counts().0, 1);
    assert!(convert(&inputs(unsorted, CC4), &meta(), Overlaps::Clip).is_err());

    let cc = "1.0.0.0,1.0.0.255,AU\n1.0.0.0,1.0.0.255,AU\n";
    let err = convert(&inputs(ASN4, cc), &meta(), Overlaps::Refuse).unwrap_err();
    assert!(
        err.to_string().starts_with("asn-country-ipv4.csv: line 2:"),
        "{err}"
    );
}

#[test]
fn malformed_lines_are_named() {
    let cases = [
        ("1.0.0.0,1.0.0.255\n", "expected at least 3 columns"),
        ("1.0.0.0,1.0.0.256,1,A\n", "not an address"),
        ("2001::,2001::1,1,A\n", "wrong family"),
        ("1.0.0.9,1.0.0.1,1,A\n", "ends before it starts"),
        ("1.0.0.0,1.0.0.1,AS1,A\n", "not an AS number"),
        ("1.0.0.0,1.0.0.1,1,\"A\n", "not closed"),
    ];
    for (text, want) in cases {
        let err = convert(&inputs(text, CC4), &meta(), Overlaps::Refuse)
            .unwrap_err()
            .to_string();
        assert!(err.contains("line 1") && err.contains(want), "{err}");
    }
    let err = convert(
        &inputs(ASN4, "1.0.0.0,1.0.0.1,Au\n"),
        &meta(),
        Overlaps::Refuse,
    )
    .unwrap_err();
    assert!(err.to_string().contains("two-letter country code"), "{err}");
}

#[test]
fn damaged_files_are_refused_not_trusted() {
    let good = fixture();
    assert_eq!(
        Database::from_vec(b"hello".to_vec()).err(),
        Some(crate::ownership::DbError::Magic)
    );
    let mut short = good.clone();
    short.pop();
    assert!(matches!(
        Database::from_vec(short).err(),
        Some(crate::ownership::DbError::Length { .. })
    ));
    // Swap the first two IPv4 starts: the sizes still match, the order does not.
    let mut swapped = good.clone();
    let base = crate::ownership::format::HEADER_LEN + meta().encode().len();
    swapped.copy_within(base..base + 4, base + 4);
    let err = Database::from_vec(swapped).err().map(|e| e.to_string());
    assert!(err.is_some_and(|e| e.contains("IPv4 range 1")));
    // Every single-byte change either opens to a verified database or is refused. The
    // IPv4 index (256 KiB of 4 ranges) is sampled, everything else is tried.
    let index = base + 4 * crate::ownership::format::V4_RANGE_LEN;
    let index_end = index + 4 * crate::ownership::format::V4_INDEX_LEN;
    let sampled = (index + 64..index_end).step_by(4099);
    let others = (0..good.len()).filter(|i| *i < index + 64 || *i >= index_end);
    for i in others.chain(sampled) {
        let mut b = good.clone();
        b[i] ^= 0x5a;
        if let Ok(db) = Database::from_vec(b) {
            let _ = db.lookup("1.0.0.1".parse().unwrap());
        }
    }
}
