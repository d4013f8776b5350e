//! `netreview scan`: one look (or a watch) at this computer or a recorded file, printed as a
//! table, YAML or JSON, or saved atomically with `--output`.

use std::io::{IsTerminal, Write};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use anyhow::Context as _;

use crate::cli::{Format, ScanArgs};
use crate::collect::{LiveSource, RecordedSource, SnapshotSource};
use crate::explain;
use crate::fl;
use crate::i18n::Localizer;
use crate::model::{Summary, UnattributedReason};
use crate::summary::{self, Context};
use crate::ui;

pub fn run(l: &Localizer, args: &ScanArgs, output: Option<&Path>) -> anyhow::Result<()> {
    if args.interval.is_zero() {
        anyhow::bail!(fl!(l, "bad-interval"));
    }
    let live = args.from.is_none();
    let mut source: Box<dyn SnapshotSource> = match &args.from {
        Some(path) => Box::new(RecordedSource::from_path(path)?),
        None => Box::new(LiveSource::new()),
    };
    let progress = ui::progress::Progress::new();
    // Ctrl-C during a watch stops it and keeps what was seen; a second Ctrl-C, or one
    // outside a watch, ends at once as usual.
    let stop = Arc::new(AtomicBool::new(false));
    if args.watch.is_some() {
        let flag = Arc::clone(&stop);
        let _ = ctrlc::set_handler(move || {
            if flag.swap(true, Ordering::SeqCst) {
                std::process::exit(130);
            }
        });
    }
    let total = args.watch.map(|d| d.as_secs()).unwrap_or(0);
    let obs = crate::watch::observe(
        source.as_mut(),
        args.watch,
        args.interval,
        &stop,
        |obs, secs| {
            if args.watch.is_some() {
                let (programs, remotes) = obs.counts();
                progress.update(l, secs, total, programs, remotes);
            }
        },
    )?;
    progress.finish();
    let ctx = Context {
        system: source.system(),
        local: source.local_addresses(),
        language: l.tag(),
        ownership: open_ownership(l),
    };
    let summary = obs.into_summary(&ctx);

    let format = args.format.unwrap_or_else(|| default_format(output));
    let text = match format {
        Format::Table => ui::table::render(l, &summary, table_width(output)),
        Format::Yaml => summary::to_yaml(&summary)?,
        Format::Json => summary::to_json(&summary)?,
    };
    match output {
        Some(path) => summary::write_atomic(path, text.as_bytes())?,
        None => print(&text)?,
    }
    if live && !summary.system.privileged {
        eprintln!();
        eprintln!("{}", rights_notice(l, &summary));
    }
    Ok(())
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
    explain::rights_notice(l, &s.system.os, hidden)
}

/// Writes to standard output; a reader that went away (`| head`) is not an error.
pub fn print(text: &str) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.context("could not write to standard output"),
    }
}
