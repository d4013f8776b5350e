//! Ownership look-up benchmark: database open time, look-ups per second over one million
//! random public addresses (IPv4 and IPv6), and the release binary's size.
//! Run: `cargo build --release && cargo bench --bench ownership`.

use std::hint::black_box;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::time::Instant;

use netreview::net::{classify, Scope};
use netreview::ownership::{Database, Ownership};

const N: usize = 1_000_000;

/// xorshift64*: reproducible addresses without a dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
}

fn public_addresses(rng: &mut Rng, v6: bool) -> Vec<IpAddr> {
    let mut out = Vec::with_capacity(N);
    while out.len() < N {
        let ip = if v6 {
            // Inside the blocks the registries hand out most (2400::/12 APNIC, 2600::/12
            // ARIN, 2a00::/12 RIPE NCC); uniform 2000::/3 would almost never hit a range.
            let low = (u128::from(rng.next()) << 64) | u128::from(rng.next());
            let top = [0x240u128, 0x260, 0x2a0][(rng.next() % 3) as usize];
            IpAddr::V6(Ipv6Addr::from((top << 116) | (low >> 12)))
        } else {
            IpAddr::V4(Ipv4Addr::from(rng.next() as u32))
        };
        if classify(ip) == Scope::Public {
            out.push(ip);
        }
    }
    out
}

fn time_lookups(db: &Ownership, addrs: &[IpAddr], label: &str) {
    // Warm up, then measure.
    for ip in addrs.iter().take(10_000) {
        black_box(db.lookup(*ip));
    }
    let mut hits = 0usize;
    let t = Instant::now();
    for ip in addrs {
        hits += usize::from(black_box(db.lookup(black_box(*ip))).is_some());
    }
    let secs = t.elapsed().as_secs_f64();
    println!(
        "{label}: {:.1} M look-ups/s, {:.0} ns each, {:.1}% found",
        addrs.len() as f64 / secs / 1e6,
        secs * 1e9 / addrs.len() as f64,
        100.0 * hits as f64 / addrs.len() as f64
    );
}

fn main() {
    let runs = 1000;
    let t = Instant::now();
    for _ in 0..runs {
        black_box(Ownership::embedded().map(|o| o.database().counts()).ok());
    }
    let open = t.elapsed().as_secs_f64() / f64::from(runs);
    let db = match Ownership::embedded() {
        Ok(db) => db,
        Err(e) => {
            eprintln!("no embedded database: {e}");
            std::process::exit(1);
        }
    };
    let (v4, v6, owners) = db.database().counts();
    println!("database: {v4} IPv4 ranges, {v6} IPv6 ranges, {owners} owners");
    println!("open embedded: {:.1} µs", open * 1e6);

    // What a downloaded file costs: a copy plus the full verification.
    let bytes = include_bytes!(concat!(env!("OUT_DIR"), "/asn.nrdb")).to_vec();
    let t = Instant::now();
    let verified = Database::from_vec(bytes).map(|d| d.counts());
    println!(
        "open and verify a file of the same size: {:.1} ms ({})",
        t.elapsed().as_secs_f64() * 1e3,
        if verified.is_ok() { "ok" } else { "failed" }
    );

    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    time_lookups(&db, &public_addresses(&mut rng, false), "IPv4");
    time_lookups(&db, &public_addresses(&mut rng, true), "IPv6");

    let bin = concat!(env!("CARGO_MANIFEST_DIR"), "/target/release/netreview");
    match std::fs::metadata(bin) {
        Ok(m) => println!("release binary: {:.1} MB ({bin})", m.len() as f64 / 1e6),
        Err(_) => println!("release binary: not built (run cargo build --release first)"),
    }
}
