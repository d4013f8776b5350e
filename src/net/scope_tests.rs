use super::*;
use Scope::*;

/// (range label, CIDR, scope of first and last address, scope just below, scope just above).
/// None only where there is no address outside that end.
type RangeCase = (
    &'static str,
    &'static str,
    Scope,
    Option<Scope>,
    Option<Scope>,
);

#[rustfmt::skip]
const V4_CASES: &[RangeCase] = &[
    ("0.0.0.0/32 unspecified", "0.0.0.0/32", Unspecified, None, Some(Reserved)),
    ("0.0.0.0/8 this network", "0.0.0.1/32", Reserved, Some(Unspecified), Some(Reserved)),
    ("0.0.0.0/8 end", "0.255.255.255/32", Reserved, Some(Reserved), Some(Public)),
    ("10/8 private", "10.0.0.0/8", Private, Some(Public), Some(Public)),
    ("100.64/10 cgnat", "100.64.0.0/10", SharedCgnat, Some(Public), Some(Public)),
    ("127/8 loopback", "127.0.0.0/8", Loopback, Some(Public), Some(Public)),
    ("169.254/16 link-local", "169.254.0.0/16", LinkLocal, Some(Public), Some(Public)),
    ("172.16/12 private", "172.16.0.0/12", Private, Some(Public), Some(Public)),
    ("192.0.0/24 head", "192.0.0.0/29", Reserved, Some(Public), Some(Reserved)),
    ("192.0.0.8", "192.0.0.8/32", Reserved, Some(Reserved), Some(Public)),
    ("192.0.0.9 PCP anycast", "192.0.0.9/32", Public, Some(Reserved), Some(Public)),
    ("192.0.0.10 TURN anycast", "192.0.0.10/32", Public, Some(Public), Some(Reserved)),
    ("192.0.0/24 tail", "192.0.0.11/32", Reserved, Some(Public), Some(Reserved)),
    ("192.0.0/24 last", "192.0.0.255/32", Reserved, Some(Reserved), Some(Public)),
    ("192.0.2/24 TEST-NET-1", "192.0.2.0/24", Documentation, Some(Public), Some(Public)),
    ("192.31.196/24 AS112", "192.31.196.0/24", Public, Some(Public), Some(Public)),
    ("192.52.193/24 AMT", "192.52.193.0/24", Public, Some(Public), Some(Public)),
    ("192.88.99/24 6to4 relay", "192.88.99.0/24", Reserved, Some(Public), Some(Public)),
    ("192.168/16 private", "192.168.0.0/16", Private, Some(Public), Some(Public)),
    ("192.175.48/24 AS112", "192.175.48.0/24", Public, Some(Public), Some(Public)),
    ("198.18/15 benchmarking", "198.18.0.0/15", Benchmarking, Some(Public), Some(Public)),
    ("198.51.100/24 TEST-NET-2", "198.51.100.0/24", Documentation, Some(Public), Some(Public)),
    ("203.0.113/24 TEST-NET-3", "203.0.113.0/24", Documentation, Some(Public), Some(Public)),
    ("224/4 multicast", "224.0.0.0/4", Multicast, Some(Public), Some(Reserved)),
    ("240/4 reserved", "240.0.0.0/5", Reserved, Some(Multicast), Some(Reserved)),
    ("240/4 before broadcast", "255.255.255.254/32", Reserved, Some(Reserved), Some(Broadcast)),
    ("255.255.255.255 broadcast", "255.255.255.255/32", Broadcast, Some(Reserved), None),
    ("public 1.0.0.0/8", "1.0.0.0/8", Public, Some(Reserved), Some(Public)),
];

#[rustfmt::skip]
const V6_CASES: &[RangeCase] = &[
    ("::/128 unspecified", "::/128", Unspecified, None, Some(Loopback)),
    ("::1/128 loopback", "::1/128", Loopback, Some(Unspecified), Some(Reserved)),
    ("::/96 IPv4-compatible", "::2/128", Reserved, Some(Loopback), Some(Reserved)),
    ("::/8 before mapped", "::fffe:ffff:ffff/128", Reserved, Some(Reserved), Some(Unspecified)),
    ("::ffff:0:0/96 first", "::ffff:0.0.0.0/128", Unspecified, Some(Reserved), Some(Reserved)),
    ("::ffff:0:0/96 last", "::ffff:255.255.255.255/128", Broadcast, Some(Reserved), Some(Reserved)),
    ("64:ff9b::/96 NAT64", "64:ff9b::/96", Public, Some(Reserved), Some(Reserved)),
    ("64:ff9b:1::/48", "64:ff9b:1::/48", Reserved, Some(Reserved), Some(Reserved)),
    ("100::/64 discard", "100::/64", Reserved, Some(Reserved), Some(Reserved)),
    ("2001::/23 head", "2001::/128", Reserved, Some(Public), Some(Reserved)),
    ("2001:1::1", "2001:1::1/128", Public, Some(Reserved), Some(Public)),
    ("2001:1::2", "2001:1::2/128", Public, Some(Public), Some(Public)),
    ("2001:1::3", "2001:1::3/128", Public, Some(Public), Some(Reserved)),
    ("2001:2::/48 benchmarking", "2001:2::/48", Benchmarking, Some(Reserved), Some(Reserved)),
    ("2001:3::/32 AMT", "2001:3::/32", Public, Some(Reserved), Some(Reserved)),
    ("2001:4:112::/48 AS112", "2001:4:112::/48", Public, Some(Reserved), Some(Reserved)),
    ("2001:20::/28 ORCHIDv2", "2001:20::/28", Public, Some(Reserved), Some(Public)),
    ("2001:30::/28 DRIP", "2001:30::/28", Public, Some(Public), Some(Reserved)),
    ("2001::/23 last", "2001:1ff:ffff:ffff:ffff:ffff:ffff:ffff/128", Reserved, Some(Reserved), Some(Public)),
    ("2001:db8::/32 documentation", "2001:db8::/32", Documentation, Some(Public), Some(Public)),
    ("2002::/16 6to4", "2002::/16", Public, Some(Public), Some(Public)),
    ("2620:4f:8000::/48", "2620:4f:8000::/48", Public, Some(Public), Some(Public)),
    ("3fff::/20 documentation", "3fff::/20", Documentation, Some(Public), Some(Public)),
    ("2000::/3 global unicast", "2000::/7", Public, Some(Reserved), Some(Public)),
    ("2000::/3 end", "3fff:f000::/20", Public, Some(Public), Some(Reserved)),
    ("4000::/2 reserved", "4000::/4", Reserved, Some(Public), Some(Reserved)),
    ("5f00::/16 SRv6", "5f00::/16", Reserved, Some(Reserved), Some(Reserved)),
    ("fc00::/7 unique local", "fc00::/7", UniqueLocal, Some(Reserved), Some(Reserved)),
    ("fe80::/10 link-local", "fe80::/10", LinkLocal, Some(Reserved), Some(Reserved)),
    ("ff00::/8 multicast", "ff00::/8", Multicast, Some(Reserved), None),
];

/// Parsed network address, first and last address as integers, and bit width.
fn bounds(cidr: &str) -> (IpAddr, u128, u128, u32) {
    let (a, l) = cidr.split_once('/').unwrap();
    let addr: IpAddr = a.parse().unwrap();
    let len: u32 = l.parse().unwrap();
    let (n, width) = match addr {
        IpAddr::V4(v) => (u128::from(u32::from(v)), 32),
        IpAddr::V6(v) => (u128::from(v), 128),
    };
    let host = if len == width {
        0
    } else {
        (1u128 << (width - len)) - 1
    };
    assert_eq!(n & host, 0, "{cidr}: not a network address");
    (addr, n, n | host, width)
}

fn ip(n: u128, width: u32) -> IpAddr {
    if width == 32 {
        IpAddr::V4(Ipv4Addr::from(u32::try_from(n).unwrap()))
    } else {
        IpAddr::V6(Ipv6Addr::from(n))
    }
}

fn check(cases: &[RangeCase]) {
    for &(label, cidr, scope, below, above) in cases {
        let (_, first, last, width) = bounds(cidr);
        let max = if width == 32 {
            u128::from(u32::MAX)
        } else {
            u128::MAX
        };
        let a = ip(first, width);
        assert_eq!(classify(a), scope, "{label}: first {a}");
        let a = ip(last, width);
        assert_eq!(classify(a), scope, "{label}: last {a}");
        match (below, first.checked_sub(1)) {
            (Some(s), Some(n)) => {
                assert_eq!(classify(ip(n, width)), s, "{label}: below {}", ip(n, width))
            }
            (None, None) => {}
            _ => panic!("{label}: below-range expectation does not fit"),
        }
        match (above, (last < max).then(|| last + 1)) {
            (Some(s), Some(n)) => {
                assert_eq!(classify(ip(n, width)), s, "{label}: above {}", ip(n, width))
            }
            (None, None) => {}
            _ => panic!("{label}: above-range expectation does not fit"),
        }
    }
}

#[test]
fn v4_ranges() {
    check(V4_CASES);
}

#[test]
fn v6_ranges() {
    check(V6_CASES);
}

#[test]
fn every_table_row_is_covered_and_aligned() {
    let cases: Vec<(IpAddr, u128, u128)> = V4_CASES
        .iter()
        .chain(V6_CASES)
        .map(|c| {
            let (a, f, l, _) = bounds(c.1);
            (a, f, l)
        })
        .collect();
    for &(net, len, _) in V4_TABLE {
        let n = u32::from(net);
        assert_eq!(n & !mask32(len), 0, "{net}/{len} misaligned");
        assert!(
            len == 0 || cases.iter().any(|c| c.0.is_ipv4() && c.1 == u128::from(n)),
            "{net}/{len} has no test case starting at it"
        );
    }
    for &(net, len, _) in V6_TABLE {
        let n = u128::from(net);
        assert_eq!(n & !mask128(len), 0, "{net}/{len} misaligned");
        assert!(
            len == 0 || cases.iter().any(|c| c.0.is_ipv6() && c.1 == n),
            "{net}/{len} has no test case starting at it"
        );
    }
}

#[test]
fn ipv4_mapped() {
    for (a, want) in [
        ("::ffff:127.0.0.1", Loopback),
        ("::ffff:8.8.8.8", Public),
        ("::ffff:192.168.1.1", Private),
        ("::ffff:100.64.0.1", SharedCgnat),
    ] {
        assert_eq!(classify(a.parse().unwrap()), want, "mapped {a}");
    }
}

#[test]
fn this_computer() {
    let local = LocalAddresses::new(
        ["192.168.1.10", "127.0.0.1", "::1", "fe80::1", "2001:db8::5"].map(|s| s.parse().unwrap()),
    );
    for (a, want) in [
        ("192.168.1.10", ThisComputer),
        ("::ffff:192.168.1.10", ThisComputer),
        ("fe80::1", ThisComputer),
        ("2001:db8::5", ThisComputer),
        ("127.0.0.1", Loopback),
        ("::1", Loopback),
        ("::ffff:127.0.0.1", Loopback),
        ("192.168.1.11", Private),
        ("8.8.8.8", Public),
    ] {
        assert_eq!(
            classify_remote(a.parse().unwrap(), &local),
            want,
            "remote {a}"
        );
    }
    let mapped_local = LocalAddresses::new(["::ffff:10.0.0.2".parse().unwrap()]);
    assert_eq!(
        classify_remote("10.0.0.2".parse().unwrap(), &mapped_local),
        ThisComputer,
        "local stored mapped, remote plain"
    );
    assert_eq!(
        classify_remote(
            "0.0.0.0".parse().unwrap(),
            &LocalAddresses::new(["0.0.0.0".parse().unwrap()])
        ),
        Unspecified
    );
}

#[test]
fn keys_are_snake_case_and_unique() {
    let all = [
        Loopback,
        Unspecified,
        Private,
        SharedCgnat,
        LinkLocal,
        Multicast,
        Broadcast,
        Documentation,
        Benchmarking,
        Reserved,
        UniqueLocal,
        ThisComputer,
        Public,
    ];
    let mut seen = std::collections::HashSet::new();
    for s in all {
        let k = s.key();
        assert!(
            !k.is_empty() && k.chars().all(|c| c.is_ascii_lowercase() || c == '_'),
            "{s:?}"
        );
        assert!(seen.insert(k), "duplicate key {k}");
    }
    assert_eq!(SharedCgnat.key(), "shared_cgnat");
}
