//! Who owns an address: the embedded offline database (or a newer one the person
//! downloaded), plain-language owner kinds, and consented online RDAP look-ups.

pub mod convert;
mod db;
pub mod format;
pub mod gate;
pub mod kinds;
pub mod rdap;
pub mod update;

use std::net::IpAddr;
use std::path::{Path, PathBuf};

pub use db::{Database, DbError, OwnerRecord};
pub use format::Meta;
pub use kinds::{kind_of, known, Kind, KnownOwner};

use crate::model::Owner;

/// The database built from `data/asn.nrdb.zst` by build.rs; empty when the file was missing
/// at build time.
static EMBEDDED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/asn.nrdb"));

/// The file name of a downloaded database in the person's data folder.
pub const USER_FILE: &str = "ownership.nrdb";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Embedded,
    Downloaded,
}

impl Source {
    /// The machine key used in summaries (`owner.source`).
    pub fn key(self) -> &'static str {
        match self {
            Source::Embedded => "embedded",
            Source::Downloaded => "downloaded",
        }
    }
}

/// An opened database and where it came from.
pub struct Ownership {
    db: Database,
    source: Source,
}

/// A downloaded database that could not be used; the embedded one is used instead.
#[derive(Debug, thiserror::Error)]
#[error("could not use the downloaded ownership database {path}: {reason}")]
pub struct UserFileError {
    pub path: PathBuf,
    pub reason: String,
}

/// What opening found: the database to use (None only if this build has no embedded data)
/// and, when a downloaded file was refused, why.
pub struct Opened {
    pub ownership: Option<Ownership>,
    pub refused: Option<UserFileError>,
}

impl Ownership {
    /// The data compiled into the program.
    pub fn embedded() -> Result<Ownership, DbError> {
        Ok(Ownership {
            db: Database::from_static(EMBEDDED)?,
            source: Source::Embedded,
        })
    }

    /// A downloaded file, fully verified.
    pub fn from_file(path: &Path) -> Result<Ownership, UserFileError> {
        let refused = |reason: String| UserFileError {
            path: path.to_path_buf(),
            reason,
        };
        let bytes = std::fs::read(path).map_err(|e| refused(e.to_string()))?;
        let db = Database::from_vec(bytes).map_err(|e| refused(e.to_string()))?;
        Ok(Ownership {
            db,
            source: Source::Downloaded,
        })
    }

    /// The downloaded database in `data_dir` if there is a good one, else the embedded one.
    pub fn open(data_dir: Option<&Path>) -> Opened {
        let user = data_dir.map(|d| d.join(USER_FILE)).filter(|p| p.exists());
        let (downloaded, refused) = match user.as_deref().map(Ownership::from_file) {
            Some(Ok(o)) => (Some(o), None),
            Some(Err(e)) => (None, Some(e)),
            None => (None, None),
        };
        Opened {
            ownership: downloaded.or_else(|| Ownership::embedded().ok()),
            refused,
        }
    }

    pub fn source(&self) -> Source {
        self.source
    }

    pub fn meta(&self) -> &Meta {
        self.db.meta()
    }

    pub fn database(&self) -> &Database {
        &self.db
    }

    /// Returns None outside the data, never a guess.
    pub fn lookup(&self, ip: IpAddr) -> Option<OwnerRecord<'_>> {
        self.db.lookup(ip)
    }

    /// The owner in the summary format.
    pub fn owner(&self, ip: IpAddr) -> Option<Owner> {
        let r = self.lookup(ip)?;
        Some(Owner {
            asn: Some(r.asn),
            org: Some(r.org.to_string()),
            country: r.country.map(str::to_string),
            source: self.source.key().to_string(),
        })
    }

    /// For `tool.ownership_data`: "ip-location-db asn 2.3.2026061719 (2026-06-17),
    /// CC-BY-4.0", plus "(downloaded)" for a downloaded file.
    pub fn describe(&self) -> String {
        match self.source {
            Source::Embedded => self.meta().describe(),
            Source::Downloaded => format!("{} (downloaded)", self.meta().describe()),
        }
    }
}

/// The person's data folder for netreview; `NETREVIEW_DATA_DIR` overrides it (tests,
/// portable installs).
pub fn data_dir() -> Option<PathBuf> {
    if let Some(d) = std::env::var_os("NETREVIEW_DATA_DIR") {
        return Some(PathBuf::from(d));
    }
    directories::ProjectDirs::from("", "", "netreview").map(|p| p.data_dir().to_path_buf())
}

/// The person's cache folder for netreview; `NETREVIEW_CACHE_DIR` overrides it.
pub fn cache_dir() -> Option<PathBuf> {
    if let Some(d) = std::env::var_os("NETREVIEW_CACHE_DIR") {
        return Some(PathBuf::from(d));
    }
    directories::ProjectDirs::from("", "", "netreview").map(|p| p.cache_dir().to_path_buf())
}

#[cfg(test)]
mod tests;
