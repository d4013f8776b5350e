//! `netreview db update`: download the newest upstream CSV files through the `Gate`,
//! convert, verify, and install atomically in the person's data folder.
//!
//! The upstream is ip-location-db's `origin-asn` data (PDDL), published with its releases;
//! countries come from its `asn-country` files (CC0, NRO data). The base URL can be changed
//! with `NETREVIEW_UPDATE_URL` (tests use a loopback server).

use std::path::{Path, PathBuf};

use super::convert::{convert, ConvertError, Inputs, Overlaps};
use super::gate::{Gate, NetError};
use super::{Database, DbError, Meta, USER_FILE};

pub const UPSTREAM: &str = "https://github.com/sapics/ip-location-db/releases/download/latest/";
pub const FILES: [&str; 4] = [
    "origin-asn-ipv4.csv",
    "origin-asn-ipv6.csv",
    "asn-country-ipv4.csv",
    "asn-country-ipv6.csv",
];
const LIMIT: u64 = 256 << 20;

#[derive(Debug, thiserror::Error)]
pub enum UpdateError {
    #[error("could not download {file}: {source}")]
    Download { file: String, source: NetError },
    #[error("{0} is not UTF-8 text")]
    NotText(String),
    #[error("the downloaded data could not be converted: {0}")]
    Convert(#[from] ConvertError),
    #[error("the converted data does not verify: {0}")]
    Verify(#[from] DbError),
    #[error("the downloaded data gives wrong answers for known addresses ({0})")]
    Facts(String),
    #[error("no data folder is known for this user")]
    NoDataDir,
    #[error("could not install {path}: {reason}")]
    Install { path: PathBuf, reason: String },
}

/// What was installed.
pub struct Installed {
    pub path: PathBuf,
    pub meta: Meta,
    pub counts: (usize, usize, usize),
    pub clipped: usize,
}

/// The base URL: `NETREVIEW_UPDATE_URL` or the upstream releases.
pub fn base_url() -> String {
    let mut b = std::env::var("NETREVIEW_UPDATE_URL").unwrap_or_else(|_| UPSTREAM.to_string());
    if !b.ends_with('/') {
        b.push('/');
    }
    b
}

/// Downloads, converts, verifies and installs into `data_dir`.
pub fn update(gate: &Gate, base: &str, data_dir: &Path) -> Result<Installed, UpdateError> {
    let mut texts = Vec::new();
    for file in FILES {
        let bytes = gate
            .get(&format!("{base}{file}"), LIMIT)
            .map_err(|source| UpdateError::Download {
                file: file.to_string(),
                source,
            })?;
        texts.push(String::from_utf8(bytes).map_err(|_| UpdateError::NotText(file.into()))?);
    }
    let text = |i: usize| texts.get(i).map(String::as_str).unwrap_or_default();
    let inputs = Inputs {
        asn_v4: (FILES[0], text(0)),
        asn_v6: (FILES[1], text(1)),
        country_v4: (FILES[2], text(2)),
        country_v6: (FILES[3], text(3)),
    };
    let today = crate::clock::now().date().to_string();
    let meta = Meta {
        source: format!("ip-location-db origin-asn, downloaded {today}"),
        date: today,
        licence: "PDDL-1.0".to_string(),
    };
    // Upstream files sometimes overlap; the earlier range wins (see convert.rs).
    let converted = convert(&inputs, &meta, Overlaps::Clip)?;
    let db = Database::from_vec(converted.bytes.clone())?;
    check_facts(&db)?;
    let path = data_dir.join(USER_FILE);
    let install = |reason: String| UpdateError::Install {
        path: path.clone(),
        reason,
    };
    std::fs::create_dir_all(data_dir).map_err(|e| install(e.to_string()))?;
    crate::summary::write_atomic(&path, &converted.bytes).map_err(|e| install(e.to_string()))?;
    Ok(Installed {
        path: path.clone(),
        meta,
        counts: db.counts(),
        clipped: converted.clipped.len(),
    })
}

/// Addresses whose owners do not change: data that gets them wrong is not installed.
fn check_facts(db: &Database) -> Result<(), UpdateError> {
    for (ip, asn) in [("8.8.8.8", 15169), ("1.1.1.1", 13335)] {
        let got = ip.parse().ok().and_then(|ip| db.lookup(ip)).map(|r| r.asn);
        if got != Some(asn) {
            return Err(UpdateError::Facts(format!(
                "{ip} should be AS{asn}, got {got:?}"
            )));
        }
    }
    Ok(())
}
