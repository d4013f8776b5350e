//! Reading an ownership database in place: the bytes are never copied or decoded up front,
//! each look-up is a binary search over the sorted range starts.

use std::net::IpAddr;

use super::format::{
    Meta, HEADER_LEN, MAGIC, NO_COUNTRY, OWNER_LEN, V4_INDEX_LEN, V4_RANGE_LEN, V6_RANGE_LEN,
    VERSION,
};

#[derive(Debug, Clone, thiserror::Error, PartialEq, Eq)]
pub enum DbError {
    #[error("not an ownership database (wrong magic bytes)")]
    Magic,
    #[error("format version {0} is not supported (this program reads version {VERSION})")]
    Version(u32),
    #[error("the file is {got} bytes long; its header says {want}")]
    Length { got: usize, want: usize },
    #[error("the header's description of the data is damaged")]
    Meta,
    #[error("damaged data: {0}")]
    Damaged(String),
}

/// Where the bytes live: compiled into the program, or read from a file.
enum Bytes {
    Static(&'static [u8]),
    Owned(Vec<u8>),
}

/// Byte offsets of each section.
#[derive(Clone, Copy)]
struct Sections {
    n4: usize,
    n6: usize,
    n_owners: usize,
    n_countries: usize,
    v4: usize,
    v4_index: usize,
    v6: usize,
    owners: usize,
    countries: usize,
    strings: usize,
}

pub struct Database {
    bytes: Bytes,
    at: Sections,
    meta: Meta,
}

/// Who a range is registered to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OwnerRecord<'a> {
    pub asn: u32,
    pub org: &'a str,
    /// Where the block is registered, not where the server stands.
    pub country: Option<&'a str>,
}

/// A range start or end: u32 for IPv4, u128 for IPv6.
trait Word: Copy + Ord {
    const LEN: usize;
    fn read(b: &[u8], i: usize) -> Option<Self>;
}

impl Word for u32 {
    const LEN: usize = 4;
    fn read(b: &[u8], i: usize) -> Option<u32> {
        let s = b.get(i * 4..i * 4 + 4)?;
        Some(u32::from_le_bytes(s.try_into().ok()?))
    }
}

impl Word for u128 {
    const LEN: usize = 16;
    fn read(b: &[u8], i: usize) -> Option<u128> {
        let s = b.get(i * 16..i * 16 + 16)?;
        Some(u128::from_le_bytes(s.try_into().ok()?))
    }
}

fn u16_at(b: &[u8], i: usize) -> Option<u16> {
    let s = b.get(i * 2..i * 2 + 2)?;
    Some(u16::from_le_bytes(s.try_into().ok()?))
}

impl Database {
    /// Opens data compiled into the program. Only the header is checked: the data was
    /// verified when it was built, and a test verifies it again.
    pub fn from_static(bytes: &'static [u8]) -> Result<Database, DbError> {
        Self::open(Bytes::Static(bytes))
    }

    /// Opens data read from a file, checking every range and index, so that a damaged
    /// file is refused here rather than giving wrong answers later.
    pub fn from_vec(bytes: Vec<u8>) -> Result<Database, DbError> {
        let db = Self::open(Bytes::Owned(bytes))?;
        db.verify()?;
        Ok(db)
    }

    fn open(bytes: Bytes) -> Result<Database, DbError> {
        let b = match &bytes {
            Bytes::Static(s) => *s,
            Bytes::Owned(v) => v.as_slice(),
        };
        if b.get(..8) != Some(MAGIC.as_slice()) {
            return Err(DbError::Magic);
        }
        let short = DbError::Length {
            got: b.len(),
            want: HEADER_LEN,
        };
        let word = |i: usize| u32::read(b, 2 + i).map(|n| n as usize).ok_or(short.clone());
        let version = u32::read(b, 2).ok_or(short.clone())?;
        if version != VERSION {
            return Err(DbError::Version(version));
        }
        let (n4, n6, n_owners, n_countries) = (word(1)?, word(2)?, word(3)?, word(4)?);
        let (strings_len, meta_len) = (word(5)?, word(6)?);
        let v4 = HEADER_LEN + meta_len;
        let v4_index = v4 + n4 * V4_RANGE_LEN;
        let v6 = v4_index + V4_INDEX_LEN * 4;
        let owners = v6 + n6 * V6_RANGE_LEN;
        let countries = owners + n_owners * OWNER_LEN;
        let strings = countries + n_countries * 2;
        let want = strings + strings_len;
        if b.len() != want {
            return Err(DbError::Length { got: b.len(), want });
        }
        let meta = b
            .get(HEADER_LEN..v4)
            .and_then(|m| std::str::from_utf8(m).ok())
            .and_then(Meta::decode)
            .ok_or(DbError::Meta)?;
        let at = Sections {
            n4,
            n6,
            n_owners,
            n_countries,
            v4,
            v4_index,
            v6,
            owners,
            countries,
            strings,
        };
        Ok(Database { bytes, at, meta })
    }

    fn bytes(&self) -> &[u8] {
        match &self.bytes {
            Bytes::Static(s) => s,
            Bytes::Owned(v) => v,
        }
    }

    pub fn meta(&self) -> &Meta {
        &self.meta
    }

    /// Number of IPv4 ranges, IPv6 ranges and distinct owners.
    pub fn counts(&self) -> (usize, usize, usize) {
        (self.at.n4, self.at.n6, self.at.n_owners)
    }

    /// The owner of `ip`. Returns None when the address is in no range, never a guess.
    /// IPv4-mapped IPv6 addresses are looked up as IPv4.
    pub fn lookup(&self, ip: IpAddr) -> Option<OwnerRecord<'_>> {
        let ip = match ip {
            IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
            v4 => v4,
        };
        let (owner, country) = match ip {
            IpAddr::V4(a) => {
                let x = u32::from(a);
                let (lo, hi) = self.v4_window(x)?;
                self.find::<u32>(self.at.v4, self.at.n4, x, lo, hi)?
            }
            IpAddr::V6(a) => {
                let n = self.at.n6;
                self.find::<u128>(self.at.v6, n, u128::from(a), 0, n)?
            }
        };
        self.record(owner, country)
    }

    /// The section of `n` ranges at `base`: starts, ends, owner indexes, country indexes.
    fn columns<W: Word>(&self, base: usize, n: usize) -> Option<[&[u8]; 4]> {
        let b = self.bytes();
        let col = |from: usize, len: usize| b.get(base + from..base + from + len);
        let w = n * W::LEN;
        Some([
            col(0, w)?,
            col(w, w)?,
            col(2 * w, n * 4)?,
            col(2 * w + n * 4, n * 2)?,
        ])
    }

    /// The ranges that can hold `x`: from the last one starting before its /16 to the
    /// last one starting inside it.
    fn v4_window(&self, x: u32) -> Option<(usize, usize)> {
        let index = self.bytes().get(self.at.v4_index..self.at.v6)?;
        let p = (x >> 16) as usize;
        let lo = u32::read(index, p)? as usize;
        let hi = u32::read(index, p + 1)? as usize;
        Some((lo.saturating_sub(1), hi.min(self.at.n4)))
    }

    /// Binary search for the last start ≤ x among ranges `lo..hi`.
    fn find<W: Word>(
        &self,
        base: usize,
        n: usize,
        x: W,
        lo: usize,
        hi: usize,
    ) -> Option<(usize, u16)> {
        let [starts, ends, owners, countries] = self.columns::<W>(base, n)?;
        let (mut lo, mut hi) = (lo, hi);
        if lo < hi && W::read(starts, lo)? > x {
            return None;
        }
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if W::read(starts, mid)? <= x {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        let i = lo.checked_sub(1)?;
        if W::read(ends, i)? < x {
            return None;
        }
        let owner = u32::read(owners, i)? as usize;
        Some((owner, u16_at(countries, i)?))
    }

    fn record(&self, owner: usize, country: u16) -> Option<OwnerRecord<'_>> {
        let b = self.bytes();
        let o = b.get(self.at.owners..self.at.countries)?;
        let asn = u32::read(o, owner * 3)?;
        let off = u32::read(o, owner * 3 + 1)? as usize;
        let len = u32::read(o, owner * 3 + 2)? as usize;
        let strings = b.get(self.at.strings..)?;
        let org = std::str::from_utf8(strings.get(off..off + len)?).ok()?;
        let country = match country {
            NO_COUNTRY => None,
            c => {
                let i = self.at.countries + usize::from(c) * 2;
                Some(std::str::from_utf8(b.get(i..i + 2)?).ok()?)
            }
        };
        Some(OwnerRecord { asn, org, country })
    }

    /// Every AS number that owns a range.
    pub fn asns(&self) -> std::collections::HashSet<u32> {
        (0..self.at.n_owners)
            .filter_map(|i| self.record(i, NO_COUNTRY).map(|r| r.asn))
            .collect()
    }

    /// Checks every range, index and name; slow-ish (a few milliseconds), so it runs for
    /// files from outside, not for the embedded data.
    pub fn verify(&self) -> Result<(), DbError> {
        let bad = |what: String| DbError::Damaged(what);
        self.verify_ranges::<u32>(self.at.v4, self.at.n4, "IPv4")?;
        self.verify_v4_index()?;
        self.verify_ranges::<u128>(self.at.v6, self.at.n6, "IPv6")?;
        for i in 0..self.at.n_owners {
            if self.record(i, NO_COUNTRY).is_none() {
                return Err(bad(format!("owner {i} has a damaged name")));
            }
        }
        for c in 1..self.at.n_countries {
            let ok = self
                .record(0, c as u16)
                .and_then(|r| r.country)
                .is_some_and(|s| s.bytes().all(|b| b.is_ascii_uppercase()));
            if !ok || self.at.n_owners == 0 {
                return Err(bad(format!("country {c} is damaged")));
            }
        }
        Ok(())
    }

    /// Each index entry must be the first range starting at or after its /16.
    fn verify_v4_index(&self) -> Result<(), DbError> {
        let bad = |p: usize| DbError::Damaged(format!("IPv4 index entry {p}"));
        let index = self
            .bytes()
            .get(self.at.v4_index..self.at.v6)
            .ok_or_else(|| bad(0))?;
        let [starts, ..] = self
            .columns::<u32>(self.at.v4, self.at.n4)
            .ok_or_else(|| bad(0))?;
        for p in 0..V4_INDEX_LEN {
            let first = u32::read(index, p).ok_or_else(|| bad(p))? as usize;
            let floor = (p as u64) << 16;
            let after_ok = first == self.at.n4
                || u32::read(starts, first).is_some_and(|s| u64::from(s) >= floor);
            let before_ok =
                first == 0 || u32::read(starts, first - 1).is_some_and(|s| u64::from(s) < floor);
            if first > self.at.n4 || !after_ok || !before_ok {
                return Err(bad(p));
            }
        }
        Ok(())
    }

    fn verify_ranges<W: Word>(&self, base: usize, n: usize, family: &str) -> Result<(), DbError> {
        let bad = |i: usize, what: &str| DbError::Damaged(format!("{family} range {i}: {what}"));
        let [starts, ends, owners, countries] = self
            .columns::<W>(base, n)
            .ok_or_else(|| bad(0, "section out of bounds"))?;
        let mut prev_end: Option<W> = None;
        for i in 0..n {
            let (s, e) = match (W::read(starts, i), W::read(ends, i)) {
                (Some(s), Some(e)) => (s, e),
                _ => return Err(bad(i, "out of bounds")),
            };
            if s > e || prev_end.is_some_and(|p| s <= p) {
                return Err(bad(i, "not sorted or overlapping"));
            }
            prev_end = Some(e);
            let owner = u32::read(owners, i).map_or(usize::MAX, |o| o as usize);
            let country = u16_at(countries, i).map_or(usize::MAX, usize::from);
            if owner >= self.at.n_owners || country >= self.at.n_countries.max(1) {
                return Err(bad(i, "index out of bounds"));
            }
        }
        Ok(())
    }
}
