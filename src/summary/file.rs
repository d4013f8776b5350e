//! Reading and writing summary files. YAML is written with serde_norway, a maintained fork of
//! serde_yaml with the same API; JSON with serde_json. Both carry the same fields.

use std::io::Write;
use std::path::Path;

use crate::model::{Summary, SCHEMA};

#[derive(Debug, thiserror::Error)]
pub enum SummaryError {
    #[error("not a netreview summary: {0}")]
    Format(String),
    #[error("unsupported schema {found:?}; this version reads {SCHEMA:?}")]
    Schema { found: String },
    #[error("could not write {path}: {source}")]
    Write {
        path: String,
        source: std::io::Error,
    },
    #[error("could not encode the summary: {0}")]
    Encode(String),
}

/// Parses a summary from YAML or JSON text (JSON is read by the YAML parser). Errors name
/// the field and line, e.g. `processes[0].verdict: unknown variant `maybe`… at line 3`.
pub fn parse(text: &str) -> Result<Summary, SummaryError> {
    // Check the schema first, so an older or newer file gets that message rather than a
    // complaint about some field it does not have.
    let value: serde_norway::Value =
        serde_norway::from_str(text).map_err(|e| SummaryError::Format(e.to_string()))?;
    match value.get("schema").and_then(|s| s.as_str()) {
        Some(SCHEMA) => {}
        Some(other) => {
            return Err(SummaryError::Schema {
                found: crate::escape::escape(other),
            })
        }
        None => return Err(SummaryError::Format("missing field `schema`".into())),
    }
    serde_norway::from_str(text).map_err(|e| SummaryError::Format(e.to_string()))
}

pub fn to_yaml(summary: &Summary) -> Result<String, SummaryError> {
    serde_norway::to_string(summary).map_err(|e| SummaryError::Encode(e.to_string()))
}

/// Writes the summary as YAML to `w` as it is encoded, without building it in memory first.
pub fn write_yaml(w: &mut dyn Write, summary: &Summary) -> Result<(), SummaryError> {
    serde_norway::to_writer(w, summary).map_err(|e| SummaryError::Encode(e.to_string()))
}

/// Writes the summary as indented JSON to `w` as it is encoded.
pub fn write_json(w: &mut dyn Write, summary: &Summary) -> Result<(), SummaryError> {
    serde_json::to_writer_pretty(&mut *w, summary)
        .map_err(|e| SummaryError::Encode(e.to_string()))?;
    w.write_all(b"\n")
        .map_err(|e| SummaryError::Encode(e.to_string()))
}

/// Writes `bytes` to `path` so that a reader sees the old file or the new one, never half of
/// either: a temporary file in the same folder, flushed to disk, then renamed over.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), SummaryError> {
    write_atomic_with(path, |w| {
        w.write_all(bytes)
            .map_err(|e| SummaryError::Encode(e.to_string()))
    })
}

/// Like [`write_atomic`], with the content written by `fill` as it is produced.
pub fn write_atomic_with(
    path: &Path,
    fill: impl FnOnce(&mut dyn Write) -> Result<(), SummaryError>,
) -> Result<(), SummaryError> {
    let err = |source| SummaryError::Write {
        path: path.display().to_string(),
        source,
    };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::Builder::new()
        .prefix(".netreview-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(err)?;
    {
        let mut buffered = std::io::BufWriter::new(tmp.as_file_mut());
        fill(&mut buffered)?;
        buffered.flush().map_err(err)?;
    }
    tmp.as_file().sync_all().map_err(err)?;
    tmp.persist(path).map_err(|e| err(e.error))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn other_schema_is_named() {
        let err = parse("schema: netreview-summary/9\n")
            .err()
            .map(|e| e.to_string());
        assert_eq!(
            err.as_deref(),
            Some("unsupported schema \"netreview-summary/9\"; this version reads \"netreview-summary/1\"")
        );
    }

    #[test]
    fn missing_schema_is_named() {
        let err = parse("tool: {}\n").err().map(|e| e.to_string());
        assert_eq!(
            err.as_deref(),
            Some("not a netreview summary: missing field `schema`")
        );
    }

    #[test]
    fn atomic_write_replaces_and_leaves_no_temp_file() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("out.yaml");
        write_atomic(&path, b"first")?;
        write_atomic(&path, b"second")?;
        assert_eq!(std::fs::read_to_string(&path)?, "second");
        let names: Vec<_> = std::fs::read_dir(dir.path())?
            .map(|e| e.map(|e| e.file_name()))
            .collect::<Result<_, _>>()?;
        assert_eq!(names, vec![std::ffi::OsString::from("out.yaml")]);
        Ok(())
    }

    #[test]
    fn write_into_missing_folder_fails_clearly() {
        let err = write_atomic(Path::new("/nonexistent-netreview/x.yaml"), b"x")
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(
            err.starts_with("could not write /nonexistent-netreview/x.yaml:"),
            "{err}"
        );
    }
}
