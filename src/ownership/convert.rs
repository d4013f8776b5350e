//! The converter: ip-location-db CSV files (`start,end,asn,org` and `start,end,cc`, one
//! pair per address family) → one ownership database file (see `format`). Used by the
//! `netreview-convert` program and by `netreview db update`.
//!
//! The country files have ranges of their own: each ASN range takes the country registered
//! for its first address, or none when that address is in no country range.
//!
//! Unsorted or overlapping ranges are refused with their line number. Upstream files do
//! sometimes overlap, so `Overlaps::Clip` keeps the earlier range and trims the later one
//! (dropping it when it lies wholly inside), reporting every line it changed.

use std::collections::HashMap;
use std::net::IpAddr;

use super::format::{Meta, HEADER_LEN, MAGIC, NO_COUNTRY, V4_INDEX_LEN, VERSION};

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ConvertError {
    #[error("{file}: line {line}: {what}")]
    Line {
        file: String,
        line: usize,
        what: String,
    },
    #[error("too many {0} for the database format")]
    TooMany(&'static str),
}

/// The four CSV texts, with names used in error messages.
pub struct Inputs<'a> {
    pub asn_v4: (&'a str, &'a str),
    pub asn_v6: (&'a str, &'a str),
    pub country_v4: (&'a str, &'a str),
    pub country_v6: (&'a str, &'a str),
}

struct Row<T> {
    start: u128,
    end: u128,
    value: T,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlaps {
    Refuse,
    Clip,
}

/// A converted database and the lines that `Overlaps::Clip` changed.
#[derive(Debug)]
pub struct Converted {
    pub bytes: Vec<u8>,
    pub clipped: Vec<String>,
}

/// Converts the CSV texts into a database file.
pub fn convert(
    inputs: &Inputs,
    meta: &Meta,
    overlaps: Overlaps,
) -> Result<Converted, ConvertError> {
    let mut clipped = Vec::new();
    let asn4 = parse(inputs.asn_v4, false, asn_fields, overlaps, &mut clipped)?;
    let asn6 = parse(inputs.asn_v6, true, asn_fields, overlaps, &mut clipped)?;
    let cc4 = parse(
        inputs.country_v4,
        false,
        country_field,
        overlaps,
        &mut clipped,
    )?;
    let cc6 = parse(
        inputs.country_v6,
        true,
        country_field,
        overlaps,
        &mut clipped,
    )?;
    let mut w = Writer::default();
    let v4 = w.ranges(&asn4, &cc4)?;
    let v6 = w.ranges(&asn6, &cc6)?;
    let bytes = w.finish(meta, &v4, &v6, asn4.len(), asn6.len())?;
    Ok(Converted { bytes, clipped })
}

/// A range as the writer stores it: start, end, owner index, country index.
type Packed = (u128, u128, u32, u16);

#[derive(Default)]
struct Writer<'a> {
    owners: Vec<(u32, u32, u32)>,
    owner_ids: HashMap<(u32, &'a str), u32>,
    strings: Vec<u8>,
    string_ids: HashMap<&'a str, u32>,
    countries: Vec<[u8; 2]>,
    country_ids: HashMap<[u8; 2], u16>,
}

impl<'a> Writer<'a> {
    fn ranges(
        &mut self,
        asn: &'a [Row<(u32, String)>],
        cc: &[Row<[u8; 2]>],
    ) -> Result<Vec<Packed>, ConvertError> {
        if self.countries.is_empty() {
            self.countries.push(*b"--");
        }
        asn.iter()
            .map(|r| {
                let owner = self.owner(r.value.0, &r.value.1)?;
                let country = match country_at(cc, r.start) {
                    Some(code) => self.country(code)?,
                    None => NO_COUNTRY,
                };
                Ok((r.start, r.end, owner, country))
            })
            .collect()
    }

    fn owner(&mut self, asn: u32, org: &'a str) -> Result<u32, ConvertError> {
        if let Some(&id) = self.owner_ids.get(&(asn, org)) {
            return Ok(id);
        }
        let offset = match self.string_ids.get(org) {
            Some(&off) => off,
            None => {
                let off = u32::try_from(self.strings.len())
                    .map_err(|_| ConvertError::TooMany("organisation names"))?;
                self.strings.extend_from_slice(org.as_bytes());
                self.string_ids.insert(org, off);
                off
            }
        };
        let len = u32::try_from(org.len()).map_err(|_| ConvertError::TooMany("bytes"))?;
        let id = u32::try_from(self.owners.len()).map_err(|_| ConvertError::TooMany("owners"))?;
        self.owners.push((asn, offset, len));
        self.owner_ids.insert((asn, org), id);
        Ok(id)
    }

    fn country(&mut self, code: [u8; 2]) -> Result<u16, ConvertError> {
        if let Some(&id) = self.country_ids.get(&code) {
            return Ok(id);
        }
        let id =
            u16::try_from(self.countries.len()).map_err(|_| ConvertError::TooMany("countries"))?;
        self.countries.push(code);
        self.country_ids.insert(code, id);
        Ok(id)
    }

    fn finish(
        self,
        meta: &Meta,
        v4: &[Packed],
        v6: &[Packed],
        n4: usize,
        n6: usize,
    ) -> Result<Vec<u8>, ConvertError> {
        let meta_text = meta.encode();
        let count = |n: usize, what| u32::try_from(n).map_err(|_| ConvertError::TooMany(what));
        let mut out = Vec::with_capacity(HEADER_LEN + 40 * (n4 + n6) + self.strings.len());
        out.extend_from_slice(MAGIC);
        for n in [
            VERSION,
            count(n4, "IPv4 ranges")?,
            count(n6, "IPv6 ranges")?,
            count(self.owners.len(), "owners")?,
            count(self.countries.len(), "countries")?,
            count(self.strings.len(), "bytes")?,
            count(meta_text.len(), "bytes")?,
        ] {
            out.extend_from_slice(&n.to_le_bytes());
        }
        out.extend_from_slice(meta_text.as_bytes());
        // IPv4 addresses fit in u32: checked when parsing.
        let v4_word = |x: u128| (x as u32).to_le_bytes();
        for r in v4 {
            out.extend_from_slice(&v4_word(r.0));
        }
        for r in v4 {
            out.extend_from_slice(&v4_word(r.1));
        }
        columns(&mut out, v4);
        for p in 0..V4_INDEX_LEN as u128 {
            let first = v4.partition_point(|r| r.0 < p << 16);
            out.extend_from_slice(&count(first, "IPv4 ranges")?.to_le_bytes());
        }
        for r in v6 {
            out.extend_from_slice(&r.0.to_le_bytes());
        }
        for r in v6 {
            out.extend_from_slice(&r.1.to_le_bytes());
        }
        columns(&mut out, v6);
        for (asn, off, len) in &self.owners {
            for n in [asn, off, len] {
                out.extend_from_slice(&n.to_le_bytes());
            }
        }
        self.countries.iter().for_each(|c| out.extend_from_slice(c));
        out.extend_from_slice(&self.strings);
        Ok(out)
    }
}

/// The owner and country columns of a family's ranges.
fn columns(out: &mut Vec<u8>, ranges: &[Packed]) {
    for r in ranges {
        out.extend_from_slice(&r.2.to_le_bytes());
    }
    for r in ranges {
        out.extend_from_slice(&r.3.to_le_bytes());
    }
}

/// The country registered for `addr`, from ranges sorted by start.
fn country_at(rows: &[Row<[u8; 2]>], addr: u128) -> Option<[u8; 2]> {
    let i = rows.partition_point(|r| r.start <= addr).checked_sub(1)?;
    rows.get(i).filter(|r| r.end >= addr).map(|r| r.value)
}

/// Parses one CSV file of ranges, sorted and without overlaps; `rest` reads the columns
/// after start and end.
fn parse<T>(
    (name, text): (&str, &str),
    v6: bool,
    rest: fn(&[String]) -> Result<T, String>,
    overlaps: Overlaps,
    clipped: &mut Vec<String>,
) -> Result<Vec<Row<T>>, ConvertError> {
    let mut rows: Vec<Row<T>> = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let err = |what: String| ConvertError::Line {
            file: name.to_string(),
            line: i + 1,
            what,
        };
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            continue;
        }
        let fields = split(line).map_err(err)?;
        if i == 0 && matches!(fields[0].as_str(), "start" | "ip_range_start") {
            continue;
        }
        if fields.len() < 3 {
            return Err(err(format!(
                "expected at least 3 columns, found {}",
                fields.len()
            )));
        }
        let mut start = address(&fields[0], v6).map_err(err)?;
        let end = address(&fields[1], v6).map_err(err)?;
        if start > end {
            return Err(err(format!("range ends before it starts: {line:?}")));
        }
        if let Some(prev) = rows.last() {
            let overlap = start <= prev.end && start >= prev.start;
            if start <= prev.end && !(overlap && overlaps == Overlaps::Clip) {
                return Err(err(format!(
                    "range is not sorted or overlaps the one before it: {line:?}"
                )));
            }
            if overlap {
                clipped.push(format!("{name}: line {}: {line}", i + 1));
                if end <= prev.end {
                    continue;
                }
                start = prev.end + 1;
            }
        }
        let value = rest(&fields[2..]).map_err(err)?;
        rows.push(Row { start, end, value });
    }
    Ok(rows)
}

fn address(text: &str, v6: bool) -> Result<u128, String> {
    match text.trim().parse::<IpAddr>() {
        Ok(IpAddr::V4(a)) if !v6 => Ok(u128::from(u32::from(a))),
        Ok(IpAddr::V6(a)) if v6 => Ok(u128::from(a)),
        Ok(_) => Err(format!(
            "address {text:?} is of the wrong family for this file"
        )),
        Err(_) => Err(format!("not an address: {text:?}")),
    }
}

fn asn_fields(f: &[String]) -> Result<(u32, String), String> {
    let asn = f[0]
        .trim()
        .parse::<u32>()
        .map_err(|_| format!("not an AS number: {:?}", f[0]))?;
    Ok((asn, f.get(1).cloned().unwrap_or_default()))
}

fn country_field(f: &[String]) -> Result<[u8; 2], String> {
    match f[0].trim().as_bytes() {
        &[a, b] if a.is_ascii_uppercase() && b.is_ascii_uppercase() => Ok([a, b]),
        _ => Err(format!("not a two-letter country code: {:?}", f[0])),
    }
}

/// Splits one CSV line; quoted fields may hold commas and doubled quotes.
fn split(line: &str) -> Result<Vec<String>, String> {
    let mut fields = Vec::new();
    let mut cur = String::new();
    let mut chars = line.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                cur.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (false, '"') if cur.is_empty() => quoted = true,
            (false, ',') => fields.push(std::mem::take(&mut cur)),
            _ => cur.push(c),
        }
    }
    if quoted {
        return Err("a quoted field is not closed".to_string());
    }
    fields.push(cur);
    Ok(fields)
}

#[cfg(test)]
#[path = "convert_tests.rs"]
pub(crate) mod tests;
