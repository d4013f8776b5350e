//! The binary layout of an ownership database, shared by the converter (writer) and the
//! runtime (reader). Everything is little-endian; no section needs alignment, because every
//! integer is read with `from_le_bytes` on a slice.
//!
//! ```text
//! magic "NRASNDB\0" · version u32 · n4 u32 · n6 u32 · n_owners u32 · n_countries u32
//! · strings_len u32 · meta_len u32 · meta (UTF-8 lines: source, date, licence)
//! · v4 starts [u32; n4] · v4 ends [u32; n4] · v4 owner [u32; n4] · v4 country [u16; n4]
//! · v4 index [u32; 65537]: for each /16 prefix p, the first range starting at or after it
//! · v6 starts [u128; n6] · v6 ends [u128; n6] · v6 owner [u32; n6] · v6 country [u16; n6]
//! · owners [(asn u32, org offset u32, org len u32); n_owners]
//! · countries [[u8; 2]; n_countries] (entry 0 is "no country")
//! · strings (organisation names, UTF-8, deduplicated)
//! ```

pub const MAGIC: &[u8; 8] = b"NRASNDB\0";
pub const VERSION: u32 = 1;
/// Magic, version and six counts.
pub const HEADER_LEN: usize = 8 + 4 * 7;
pub const OWNER_LEN: usize = 12;
/// Country index 0 means the country is not known.
pub const NO_COUNTRY: u16 = 0;

/// Bytes per range: start, end, owner index, country index.
pub const V4_RANGE_LEN: usize = 4 + 4 + 4 + 2;
pub const V6_RANGE_LEN: usize = 16 + 16 + 4 + 2;
/// Entries in the IPv4 index: one per /16 prefix, plus the end. It narrows the binary
/// search to the ranges of one /16, which keeps look-ups in cache.
pub const V4_INDEX_LEN: usize = (1 << 16) + 1;

/// Facts about the data, kept in the header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meta {
    /// e.g. "ip-location-db asn 2.3.2026061719"
    pub source: String,
    /// The data's date, `YYYY-MM-DD`.
    pub date: String,
    /// e.g. "CC-BY-4.0"
    pub licence: String,
}

impl Meta {
    pub fn encode(&self) -> String {
        format!("{}\n{}\n{}", self.source, self.date, self.licence)
    }

    pub fn decode(text: &str) -> Option<Meta> {
        let mut lines = text.split('\n');
        let meta = Meta {
            source: lines.next()?.to_string(),
            date: lines.next()?.to_string(),
            licence: lines.next()?.to_string(),
        };
        lines.next().is_none().then_some(meta)
    }

    /// One line for summaries and `--version`: "ip-location-db asn 2.3.2026061719
    /// (2026-06-17), CC-BY-4.0".
    pub fn describe(&self) -> String {
        format!("{} ({}), {}", self.source, self.date, self.licence)
    }
}
