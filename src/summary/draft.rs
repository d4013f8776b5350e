//! The unfinished check, saved after every judgement so that Ctrl-C, a crash or a closed
//! window loses nothing, and the next start can resume.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::file::{write_atomic, SummaryError};
use crate::model::Summary;

pub const DRAFT_SCHEMA: &str = "netreview-draft/1";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Draft {
    pub schema: String,
    /// A practice run on the bundled scenario; kept apart from real checks.
    pub practice: bool,
    /// The position of the next program to review in `summary.processes`.
    pub next: usize,
    pub summary: Summary,
}

/// Where drafts live: `$NETREVIEW_STATE_DIR`, else the user's state folder
/// (`~/.local/state/netreview` on Linux), else the local data folder.
pub fn state_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("NETREVIEW_STATE_DIR") {
        return Some(PathBuf::from(dir));
    }
    let dirs = directories::ProjectDirs::from("", "", "netreview")?;
    Some(
        dirs.state_dir()
            .unwrap_or_else(|| dirs.data_local_dir())
            .to_path_buf(),
    )
}

pub fn draft_path(dir: &Path, practice: bool) -> PathBuf {
    dir.join(if practice {
        "practice-draft.yaml"
    } else {
        "draft.yaml"
    })
}

pub fn save(path: &Path, draft: &Draft) -> Result<(), SummaryError> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|source| SummaryError::Write {
            path: dir.display().to_string(),
            source,
        })?;
    }
    let text = serde_norway::to_string(draft).map_err(|e| SummaryError::Encode(e.to_string()))?;
    write_atomic(path, text.as_bytes())
}

/// `Ok(None)` when there is no draft; an error when one exists but cannot be read.
pub fn load(path: &Path) -> Result<Option<Draft>, SummaryError> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(SummaryError::Format(format!("{}: {e}", path.display()))),
    };
    let draft: Draft = serde_norway::from_str(&text)
        .map_err(|e| SummaryError::Format(format!("{}: {e}", path.display())))?;
    if draft.schema != DRAFT_SCHEMA {
        return Err(SummaryError::Schema {
            found: crate::escape::escape(&draft.schema),
        });
    }
    Ok(Some(draft))
}

/// Moves a draft out of the way, never deleting it: `draft.yaml` → `draft-<time>.yaml`.
pub fn set_aside(path: &Path) -> Result<PathBuf, SummaryError> {
    let stamp = crate::clock::now().unix_timestamp();
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("draft");
    let aside = path.with_file_name(format!("{stem}-{stamp}.yaml"));
    std::fs::rename(path, &aside).map_err(|source| SummaryError::Write {
        path: aside.display().to_string(),
        source,
    })?;
    Ok(aside)
}

/// Removes the draft once its summary is saved.
pub fn finish(path: &Path) {
    // Already gone is fine; anything else leaves a draft that the next start offers.
    let _ = std::fs::remove_file(path);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Draft {
        let text = include_str!("../../tests/data/laptop.yaml");
        Draft {
            schema: DRAFT_SCHEMA.into(),
            practice: false,
            next: 1,
            summary: crate::summary::parse(text).unwrap(),
        }
    }

    #[test]
    fn round_trip_and_set_aside() {
        let dir = tempfile::tempdir().unwrap();
        let path = draft_path(dir.path(), false);
        assert_eq!(load(&path).unwrap(), None);
        save(&path, &sample()).unwrap();
        assert_eq!(load(&path).unwrap(), Some(sample()));
        let aside = set_aside(&path).unwrap();
        assert!(aside.exists() && !path.exists());
        assert_eq!(load(&aside).unwrap(), Some(sample()));
    }

    #[test]
    fn a_damaged_draft_is_an_error_not_a_panic() {
        let dir = tempfile::tempdir().unwrap();
        let path = draft_path(dir.path(), true);
        std::fs::write(&path, "schema: netreview-draft/1\nnext: [").unwrap();
        let err = load(&path).unwrap_err().to_string();
        assert!(err.contains("practice-draft.yaml"), "{err}");
    }
}
