//! `netreview db update`: asks first, then downloads, converts, verifies and installs the
//! newest ownership data in the person's data folder.

use crate::cli::DbCommand;
use crate::escape::escape;
use crate::fl;
use crate::i18n::Localizer;
use crate::ownership::gate::{Consent, Gate};
use crate::ownership::update::{base_url, update};
use crate::ownership::{data_dir, format::Meta};
use crate::Exit;

pub fn run(l: &Localizer, cmd: &DbCommand, online: bool) -> anyhow::Result<()> {
    match cmd {
        DbCommand::Update => run_update(l, online),
    }
}

fn run_update(l: &Localizer, online: bool) -> anyhow::Result<()> {
    let Some(dir) = data_dir() else {
        anyhow::bail!(fl!(l, "db-update-no-folder"));
    };
    let base = base_url();
    let host = base.split("://").nth(1).unwrap_or(&base);
    let host = host.split('/').next().unwrap_or(host);
    // Tens of megabytes on a slow line: allow minutes, not the seconds RDAP gets.
    let gate = Gate::new(online).with_timeout(std::time::Duration::from_secs(600));
    let question = fl!(l, "db-update-consent", host = escape(host));
    let mut asker = crate::ui::confirm::TerminalAsker::new(l);
    match gate.ask(&mut asker, &question) {
        Consent::Given => {}
        Consent::NoTerminal => {
            return Err(Exit {
                code: 2,
                message: fl!(l, "db-update-no-terminal"),
            }
            .into())
        }
        Consent::Refused | Consent::NotAsked => {
            return Err(Exit {
                code: 2,
                message: fl!(l, "db-update-refused"),
            }
            .into())
        }
    }
    eprintln!("{}", fl!(l, "db-update-downloading", host = escape(host)));
    let done = update(&gate, &base, &dir).map_err(|e| {
        anyhow::anyhow!(fl!(l, "db-update-failed", reason = escape(&e.to_string())))
    })?;
    let (v4, v6, _) = done.counts;
    let Meta { source, .. } = &done.meta;
    println!(
        "{}",
        fl!(
            l,
            "db-update-done",
            source = escape(source),
            v4 = v4,
            v6 = v6,
            path = escape(&done.path.display().to_string())
        )
    );
    Ok(())
}
