//! netreview: a calm, guided check of which programs on this computer talk to the network.
//! Data flows one way: collect → enrich (summary) → explain → present (ui).

pub mod cli;
pub mod clock;
pub mod collect;
pub mod db_cmd;
pub mod enrich;
pub mod escape;
pub mod explain;
pub mod guides;
pub mod i18n;
pub mod insight;
pub mod lookup;
pub mod lookup_online;
pub mod model;
pub mod net;
pub mod ownership;
pub mod scan;
pub mod summary;
pub mod ui;
pub mod watch;
pub mod wizard;

pub mod guided;

use cli::{Cli, Command};
use i18n::Localizer;

/// Runs the parsed command.
pub fn run(cli: &Cli, l: &Localizer) -> anyhow::Result<()> {
    match &cli.command {
        Some(Command::Scan(args)) => scan::run(l, args, cli.output.as_deref()),
        Some(Command::Lookup(args)) => lookup::run(l, args, cli.online),
        Some(Command::Db { command }) => db_cmd::run(l, command, cli.online),
        None => guided::run(l, cli.demo, cli.output.clone()),
    }
}

/// Ends the program with a message for the person, printed as is, and an exit code.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct Exit {
    pub code: u8,
    pub message: String,
}
