//! `netreview scan`: one look (or a watch) at this computer or a recorded file, printed as a
//! table, YAML or JSON, or saved atomically with `--output`.

use std::io::{IsTerminal, Write};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use anyhow::Context as _;

use crate::cli::{Format, ScanArgs};
use crate::collect::{LiveSource, RecordedSource, SnapshotSource};
use crate::enrich::Origin;
use crate::explain;
use crate::fl;
use crate::i18n::Localizer;
use crate::model::{Summary, UnattributedReason};
use crate::summary::{self, Context, Observation};
use crate::ui;

pub fn run(l: &Localizer, args: &ScanArgs, output: Option<&Path>) -> anyhow::Result<()> {
    if args.interval.is_zero() {
        anyhow::bail!(fl!(l, "bad-interval"));
    }
    let (obs, source, origin): (_, Box<dyn SnapshotSource>, _) = match &args.from {
        Some(path) => {
            // A recorded watch keeps when and how often it saw each connection.
            let source = RecordedSource::from_path(path)?;
            let mut obs = Observation::new(0);
            obs.add_summary(source.recorded());
            (obs, Box::new(source), Origin::Recorded)
        }
        None => {
            let mut source = LiveSource::new();
            (watch(l, &mut source, args)?, Box::new(source), Origin::Live)
        }
    };
    let ctx = Context {
        system: source.system(),
        local: source.local_addresses(),
        language: l.tag(),
        ownership: open_ownership(l),
    };
    let mut summary = obs.into_summary(&ctx);
    crate::enrich::enrich(&mut summary, origin);

    let format = args.format.unwrap_or_else(|| default_format(output));
    // Streamed as it is encoded: a 21k-socket summary is megabytes of text.
    let width = table_width(output);
    let write = |w: &mut dyn Write| match format {
        Format::Table => w
            .write_all(ui::table::render(l, &summary, width).as_bytes())
            .map_err(|e| summary::SummaryError::Encode(e.to_string())),
        Format::Yaml => summary::write_yaml(w, &summary),
        Format::Json => summary::write_json(w, &summary),
    };
    match output {
        Some(path) => summary::write_atomic_with(path, write)?,
        None => print_with(write)?,
    }
    if origin == Origin::Live && !summary.system.privileged {
        eprintln!();
        eprintln!("{}", rights_notice(l, &summary));
    }
    Ok(())
}

/// One look, or a watch with a progress line on a terminal; Ctrl-C during a watch stops it
/// and keeps what was seen (a second Ctrl-C ends at once).
fn watch(l: &Localizer, source: &mut LiveSource, args: &ScanArgs) -> anyhow::Result<Observation> {
    let progress = ui::progress::Progress::new();
    let stop = Arc::new(AtomicBool::new(false));
    if args.watch.is_some() {
        let flag = Arc::clone(&stop);
        let _ = ctrlc::set_handler(move || {
            if flag.swap(true, Ordering::SeqCst) {
                std::process::exit(130);
            }
        });
    }
    let total = args.watch.map_or(0, |d| d.as_secs());
    let obs = crate::watch::observe(source, args.watch, args.interval, |obs, elapsed, wait| {
        let (programs, remotes) = obs.counts();
        progress.update(l, elapsed.as_secs(), total, programs, remotes);
        crate::watch::sleep_unless_stopped(wait, &stop)
    })?;
    progress.finish();
    Ok(obs)
}

/// The downloaded ownership database if it is good, else the embedded one; a refused file
/// is reported on standard error and never stops the scan.
pub fn open_ownership(l: &Localizer) -> Option<crate::ownership::Ownership> {
    let opened = crate::ownership::Ownership::open(crate::ownership::data_dir().as_deref());
    if let Some(e) = &opened.refused {
        eprintln!(
            "{}",
            fl!(
                l,
                "ownership-file-refused",
                path = crate::escape::escape(&e.path.display().to_string()),
                reason = crate::escape::escape(&e.reason)
            )
        );
    }
    if opened.ownership.is_none() {
        eprintln!("{}", fl!(l, "ownership-none"));
    }
    opened.ownership
}

/// A table for people at a terminal; the summary format for pipes and files (JSON when the
/// file name says so).
fn default_format(output: Option<&Path>) -> Format {
    match output {
        Some(p)
            if p.extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("json")) =>
        {
            Format::Json
        }
        Some(_) => Format::Yaml,
        None if std::io::stdout().is_terminal() => Format::Table,
        None => Format::Yaml,
    }
}

/// The terminal's width when the table goes to a terminal; files and pipes get long lines.
fn table_width(output: Option<&Path>) -> Option<usize> {
    let term = console::Term::stdout();
    (output.is_none() && term.is_term()).then(|| usize::from(term.size().1))
}

fn rights_notice(l: &Localizer, s: &Summary) -> String {
    let hidden = s
        .unattributed
        .iter()
        .filter(|c| c.reason == Some(UnattributedReason::NoPermission))
        .count();
    explain::rights_notice(l, &s.system.os, hidden, "netreview scan")
}

/// Writes to standard output; a reader that went away (`| head`) is not an error.
pub fn print(text: &str) -> anyhow::Result<()> {
    print_with(|w| {
        w.write_all(text.as_bytes())
            .map_err(|e| summary::SummaryError::Encode(e.to_string()))
    })
}

/// Streams to standard output; a reader that went away (`| head`) is not an error.
fn print_with(
    fill: impl FnOnce(&mut dyn Write) -> Result<(), summary::SummaryError>,
) -> anyhow::Result<()> {
    let mut out = PipeAware {
        inner: std::io::BufWriter::new(std::io::stdout().lock()),
        closed: false,
    };
    let written = fill(&mut out).map_err(anyhow::Error::from);
    let flushed = out.flush().context("could not write to standard output");
    if out.closed {
        return Ok(());
    }
    written.and(flushed)
}

/// A writer that, once the reader has gone away, quietly drops the rest.
struct PipeAware<W: Write> {
    inner: W,
    closed: bool,
}

impl<W: Write> Write for PipeAware<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.closed {
            return Ok(buf.len());
        }
        match self.inner.write(buf) {
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {
                self.closed = true;
                Ok(buf.len())
            }
            other => other,
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match self.inner.flush() {
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {
                self.closed = true;
                Ok(())
            }
            other if self.closed => other.or(Ok(())),
            other => other,
        }
    }
}
