//! Maintainers' tool: converts the unpacked `@ip-location-db/asn` and
//! `@ip-location-db/asn-country` npm packages into netreview's ownership database.
//! Messages are in English: this program is for the people who build netreview.
//!
//! ```sh
//! netreview-convert --asn DIR --country DIR --output data/asn.nrdb
//! ```

use std::path::{Path, PathBuf};

use anyhow::Context as _;
use clap::Parser;
use netreview::ownership::convert::{convert, Inputs, Overlaps};
use netreview::ownership::{Database, Meta};

#[derive(Parser)]
#[command(about = "Convert ip-location-db CSV packages into netreview's ownership database")]
struct Args {
    /// The unpacked @ip-location-db/asn package (holds asn-ipv4.csv, asn-ipv6.csv, package.json)
    #[arg(long)]
    asn: PathBuf,
    /// The unpacked @ip-location-db/asn-country package
    #[arg(long)]
    country: PathBuf,
    #[arg(long)]
    output: PathBuf,
    /// Data date (YYYY-MM-DD); by default read from the package version (2.3.YYYYMMDDHH)
    #[arg(long)]
    date: Option<String>,
    #[arg(long, default_value = "CC-BY-4.0")]
    licence: String,
    /// Keep the earlier of two overlapping ranges and trim the later one (listed on stderr)
    #[arg(long)]
    clip_overlaps: bool,
}

fn read(path: &Path) -> anyhow::Result<String> {
    std::fs::read_to_string(path).with_context(|| format!("could not read {}", path.display()))
}

/// The package's name without scope and its version, from its package.json.
fn package(dir: &Path) -> anyhow::Result<(String, String)> {
    let json: serde_json::Value = serde_json::from_str(&read(&dir.join("package.json"))?)
        .with_context(|| format!("{}/package.json is not JSON", dir.display()))?;
    let field = |k: &str| json.get(k).and_then(|v| v.as_str()).map(str::to_string);
    match (field("name"), field("version")) {
        (Some(n), Some(v)) => Ok((n.trim_start_matches("@").replace('/', " "), v)),
        _ => anyhow::bail!("{}/package.json has no name or version", dir.display()),
    }
}

/// "2.3.2026061719" → "2026-06-17".
fn date_of(version: &str) -> Option<String> {
    let d = version.rsplit('.').next()?;
    (d.len() >= 8 && d.bytes().all(|b| b.is_ascii_digit()))
        .then(|| format!("{}-{}-{}", &d[..4], &d[4..6], &d[6..8]))
}

fn main() -> anyhow::Result<()> {
    let a = Args::parse();
    let (name, version) = package(&a.asn)?;
    let date = match a.date.clone().or_else(|| date_of(&version)) {
        Some(d) => d,
        None => anyhow::bail!("no data date in version {version:?}: pass --date"),
    };
    let meta = Meta {
        source: format!("{name} {version}"),
        date,
        licence: a.licence.clone(),
    };
    let texts = [
        a.asn.join("asn-ipv4.csv"),
        a.asn.join("asn-ipv6.csv"),
        a.country.join("asn-country-ipv4.csv"),
        a.country.join("asn-country-ipv6.csv"),
    ]
    .map(|p| read(&p).map(|t| (p.display().to_string(), t)));
    let [asn4, asn6, cc4, cc6] = texts;
    let (asn4, asn6, cc4, cc6) = (asn4?, asn6?, cc4?, cc6?);
    let inputs = Inputs {
        asn_v4: (&asn4.0, &asn4.1),
        asn_v6: (&asn6.0, &asn6.1),
        country_v4: (&cc4.0, &cc4.1),
        country_v6: (&cc6.0, &cc6.1),
    };
    let overlaps = if a.clip_overlaps {
        Overlaps::Clip
    } else {
        Overlaps::Refuse
    };
    let converted = convert(&inputs, &meta, overlaps)?;
    for line in &converted.clipped {
        eprintln!("clipped overlapping range: {line}");
    }
    let bytes = converted.bytes;
    let db = Database::from_vec(bytes.clone()).context("the converted data does not verify")?;
    let (v4, v6, owners) = db.counts();
    std::fs::write(&a.output, &bytes)
        .with_context(|| format!("could not write {}", a.output.display()))?;
    println!(
        "{}: {} bytes, {v4} IPv4 ranges, {v6} IPv6 ranges, {owners} owners; {}",
        a.output.display(),
        bytes.len(),
        meta.describe()
    );
    Ok(())
}
