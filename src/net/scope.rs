//! Address scopes per the IANA IPv4 and IPv6 Special-Purpose Address Registries.

use std::collections::HashSet;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// Where an address lives, in the sense people care about.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
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
}

impl Scope {
    /// The snake_case key, identical to the serde name.
    pub fn key(self) -> &'static str {
        match self {
            Scope::Loopback => "loopback",
            Scope::Unspecified => "unspecified",
            Scope::Private => "private",
            Scope::SharedCgnat => "shared_cgnat",
            Scope::LinkLocal => "link_local",
            Scope::Multicast => "multicast",
            Scope::Broadcast => "broadcast",
            Scope::Documentation => "documentation",
            Scope::Benchmarking => "benchmarking",
            Scope::Reserved => "reserved",
            Scope::UniqueLocal => "unique_local",
            Scope::ThisComputer => "this_computer",
            Scope::Public => "public",
        }
    }
}

/// One registry row: network, prefix length, scope.
type V4Row = (Ipv4Addr, u8, Scope);
type V6Row = (Ipv6Addr, u8, Scope);

const fn v6(s: [u16; 8]) -> Ipv6Addr {
    Ipv6Addr::new(s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7])
}

// Lookup is longest-prefix match, so row order does not matter; the /0 row is the default.
// Globally reachable special-purpose blocks are listed as Public to document them.
const V4_TABLE: &[V4Row] = &[
    (Ipv4Addr::new(0, 0, 0, 0), 0, Scope::Public),
    (Ipv4Addr::new(0, 0, 0, 0), 32, Scope::Unspecified),
    (Ipv4Addr::new(0, 0, 0, 0), 8, Scope::Reserved),
    (Ipv4Addr::new(10, 0, 0, 0), 8, Scope::Private),
    (Ipv4Addr::new(100, 64, 0, 0), 10, Scope::SharedCgnat),
    (Ipv4Addr::new(127, 0, 0, 0), 8, Scope::Loopback),
    (Ipv4Addr::new(169, 254, 0, 0), 16, Scope::LinkLocal),
    (Ipv4Addr::new(172, 16, 0, 0), 12, Scope::Private),
    (Ipv4Addr::new(192, 0, 0, 0), 24, Scope::Reserved),
    (Ipv4Addr::new(192, 0, 0, 9), 32, Scope::Public), // PCP anycast
    (Ipv4Addr::new(192, 0, 0, 10), 32, Scope::Public), // TURN anycast
    (Ipv4Addr::new(192, 0, 2, 0), 24, Scope::Documentation),
    (Ipv4Addr::new(192, 31, 196, 0), 24, Scope::Public), // AS112
    (Ipv4Addr::new(192, 52, 193, 0), 24, Scope::Public), // AMT
    (Ipv4Addr::new(192, 88, 99, 0), 24, Scope::Reserved), // deprecated 6to4 relay
    (Ipv4Addr::new(192, 168, 0, 0), 16, Scope::Private),
    (Ipv4Addr::new(192, 175, 48, 0), 24, Scope::Public), // AS112 direct delegation
    (Ipv4Addr::new(198, 18, 0, 0), 15, Scope::Benchmarking),
    (Ipv4Addr::new(198, 51, 100, 0), 24, Scope::Documentation),
    (Ipv4Addr::new(203, 0, 113, 0), 24, Scope::Documentation),
    (Ipv4Addr::new(224, 0, 0, 0), 4, Scope::Multicast),
    (Ipv4Addr::new(240, 0, 0, 0), 4, Scope::Reserved),
    (Ipv4Addr::new(255, 255, 255, 255), 32, Scope::Broadcast),
];

// ::ffff:0:0/96 is not here: mapped addresses are classified by their IPv4 part first.
const V6_TABLE: &[V6Row] = &[
    (v6([0, 0, 0, 0, 0, 0, 0, 0]), 0, Scope::Reserved),
    (v6([0, 0, 0, 0, 0, 0, 0, 0]), 128, Scope::Unspecified),
    (v6([0, 0, 0, 0, 0, 0, 0, 1]), 128, Scope::Loopback),
    (v6([0x64, 0xff9b, 0, 0, 0, 0, 0, 0]), 96, Scope::Public), // NAT64
    (v6([0x64, 0xff9b, 1, 0, 0, 0, 0, 0]), 48, Scope::Reserved),
    (v6([0x100, 0, 0, 0, 0, 0, 0, 0]), 64, Scope::Reserved), // discard-only
    (v6([0x2000, 0, 0, 0, 0, 0, 0, 0]), 3, Scope::Public),
    (v6([0x2001, 0, 0, 0, 0, 0, 0, 0]), 23, Scope::Reserved),
    (v6([0x2001, 1, 0, 0, 0, 0, 0, 1]), 128, Scope::Public),
    (v6([0x2001, 1, 0, 0, 0, 0, 0, 2]), 128, Scope::Public),
    (v6([0x2001, 1, 0, 0, 0, 0, 0, 3]), 128, Scope::Public),
    (v6([0x2001, 2, 0, 0, 0, 0, 0, 0]), 48, Scope::Benchmarking),
    (v6([0x2001, 3, 0, 0, 0, 0, 0, 0]), 32, Scope::Public),
    (v6([0x2001, 4, 0x112, 0, 0, 0, 0, 0]), 48, Scope::Public),
    (v6([0x2001, 0x20, 0, 0, 0, 0, 0, 0]), 28, Scope::Public),
    (v6([0x2001, 0x30, 0, 0, 0, 0, 0, 0]), 28, Scope::Public),
    (
        v6([0x2001, 0xdb8, 0, 0, 0, 0, 0, 0]),
        32,
        Scope::Documentation,
    ),
    (v6([0x2002, 0, 0, 0, 0, 0, 0, 0]), 16, Scope::Public), // 6to4
    (v6([0x2620, 0x4f, 0x8000, 0, 0, 0, 0, 0]), 48, Scope::Public),
    (v6([0x3fff, 0, 0, 0, 0, 0, 0, 0]), 20, Scope::Documentation),
    (v6([0x5f00, 0, 0, 0, 0, 0, 0, 0]), 16, Scope::Reserved), // SRv6 SIDs
    (v6([0xfc00, 0, 0, 0, 0, 0, 0, 0]), 7, Scope::UniqueLocal),
    (v6([0xfe80, 0, 0, 0, 0, 0, 0, 0]), 10, Scope::LinkLocal),
    (v6([0xff00, 0, 0, 0, 0, 0, 0, 0]), 8, Scope::Multicast),
];

fn mask32(len: u8) -> u32 {
    u32::MAX.checked_shl(32 - u32::from(len)).unwrap_or(0)
}

fn mask128(len: u8) -> u128 {
    u128::MAX.checked_shl(128 - u32::from(len)).unwrap_or(0)
}

/// Longest-prefix match over a table; `bits` turns a row's network into an integer.
fn longest_match<A: Copy>(
    table: &[(A, u8, Scope)],
    addr: u128,
    bits: impl Fn(A) -> u128,
    mask: impl Fn(u8) -> u128,
) -> Scope {
    table
        .iter()
        .filter(|(net, len, _)| addr & mask(*len) == bits(*net))
        .max_by_key(|(_, len, _)| *len)
        .map_or(Scope::Public, |row| row.2)
}

fn classify_v4(a: Ipv4Addr) -> Scope {
    longest_match(
        V4_TABLE,
        u128::from(u32::from(a)),
        |n: Ipv4Addr| u128::from(u32::from(n)),
        |l| u128::from(mask32(l)),
    )
}

fn classify_v6(a: Ipv6Addr) -> Scope {
    if let Some(v4) = a.to_ipv4_mapped() {
        return classify_v4(v4);
    }
    longest_match(V6_TABLE, u128::from(a), u128::from, mask128)
}

/// Intrinsic scope of an address (never ThisComputer).
pub fn classify(addr: IpAddr) -> Scope {
    match addr {
        IpAddr::V4(a) => classify_v4(a),
        IpAddr::V6(a) => classify_v6(a),
    }
}

/// Scope of a REMOTE address: ThisComputer when `addr` is one of `local` and is not
/// loopback/unspecified; otherwise `classify(addr)`.
pub fn classify_remote(addr: IpAddr, local: &LocalAddresses) -> Scope {
    let scope = classify(addr);
    match scope {
        Scope::Loopback | Scope::Unspecified => scope,
        _ if local.contains(addr) => Scope::ThisComputer,
        _ => scope,
    }
}

/// The addresses of this computer's own network interfaces (filled by the caller; this
/// module does no I/O).
#[derive(Debug, Clone, Default)]
pub struct LocalAddresses {
    // Stored canonical, so ::ffff:a.b.c.d and a.b.c.d compare equal.
    addrs: HashSet<IpAddr>,
}

impl LocalAddresses {
    pub fn new(addrs: impl IntoIterator<Item = IpAddr>) -> Self {
        Self {
            addrs: addrs.into_iter().map(|a| a.to_canonical()).collect(),
        }
    }

    pub fn contains(&self, a: IpAddr) -> bool {
        self.addrs.contains(&a.to_canonical())
    }
}

#[cfg(test)]
#[path = "scope_tests.rs"]
mod tests;
