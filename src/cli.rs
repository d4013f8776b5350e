//! Command-line definitions. Help texts come from the Fluent files: the derive gives the
//! shape, `command()` fills in the words in the person's language.

use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

use crate::fl;
use crate::i18n::Localizer;

#[derive(Parser, Debug)]
#[command(name = "netreview", version)]
pub struct Cli {
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<String>,
    #[arg(long, global = true, value_name = "PATH")]
    pub output: Option<PathBuf>,
    #[arg(long)]
    pub demo: bool,
    #[arg(long, global = true)]
    pub online: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    Scan(ScanArgs),
    Lookup(LookupArgs),
    Db {
        #[command(subcommand)]
        command: DbCommand,
    },
}

#[derive(Subcommand, Debug)]
pub enum DbCommand {
    Update,
}

#[derive(Args, Debug)]
pub struct LookupArgs {
    #[arg(long, value_enum, default_value = "text")]
    pub format: LookupFormat,
    #[arg(required = true, value_name = "ADDRESS[:PORT]")]
    pub items: Vec<String>,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum LookupFormat {
    Text,
    Yaml,
    Json,
}

#[derive(Args, Debug)]
pub struct ScanArgs {
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    #[arg(long, value_name = "DURATION", value_parser = parse_duration)]
    pub watch: Option<Duration>,
    #[arg(long, value_name = "DURATION", default_value = "1s", value_parser = parse_duration)]
    pub interval: Duration,
    #[arg(long, value_name = "FILE", conflicts_with = "watch")]
    pub from: Option<PathBuf>,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Table,
    Yaml,
    Json,
}

fn parse_duration(s: &str) -> Result<Duration, String> {
    humantime::parse_duration(s).map_err(|e| e.to_string())
}

/// The `--lang` value, read before clap runs so that help and errors use that language.
pub fn lang_arg(args: &[std::ffi::OsString]) -> Option<String> {
    let mut it = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        if let Some(v) = a.strip_prefix("--lang=") {
            return Some(v.to_string());
        }
        if a == "--lang" {
            return it.next().map(|v| v.into_owned());
        }
    }
    None
}

/// The clap command with every help text in the person's language.
pub fn command(l: &Localizer) -> clap::Command {
    let data = crate::ownership::Ownership::embedded()
        .map(|o| o.describe())
        .unwrap_or_else(|_| fl!(l, "cli-no-data"));
    Cli::command()
        .about(fl!(l, "cli-about"))
        .long_version(fl!(
            l,
            "cli-long-version",
            version = env!("CARGO_PKG_VERSION"),
            data = data
        ))
        .mut_arg("lang", |a| a.help(fl!(l, "cli-lang")))
        .mut_arg("output", |a| a.help(fl!(l, "cli-output")))
        .mut_arg("demo", |a| a.help(fl!(l, "cli-demo")))
        .mut_arg("online", |a| a.help(fl!(l, "cli-online")))
        .mut_subcommand("scan", |c| {
            c.about(fl!(l, "cli-scan-about"))
                .mut_arg("format", |a| a.help(fl!(l, "cli-format")))
                .mut_arg("watch", |a| a.help(fl!(l, "cli-watch")))
                .mut_arg("interval", |a| a.help(fl!(l, "cli-interval")))
                .mut_arg("from", |a| a.help(fl!(l, "cli-from")))
        })
        .mut_subcommand("lookup", |c| {
            c.about(fl!(l, "cli-lookup-about"))
                .mut_arg("format", |a| a.help(fl!(l, "cli-lookup-format")))
                .mut_arg("items", |a| a.help(fl!(l, "cli-lookup-items")))
        })
        .mut_subcommand("db", |c| {
            c.about(fl!(l, "cli-db-about"))
                .mut_subcommand("update", |u| u.about(fl!(l, "cli-db-update-about")))
        })
}

/// Parses the arguments; on `--help`, `--version` or a usage error clap prints and exits.
pub fn parse(l: &Localizer, args: Vec<std::ffi::OsString>) -> Cli {
    let matches = command(l).get_matches_from(args);
    Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<std::ffi::OsString> {
        list.iter().map(Into::into).collect()
    }

    #[test]
    fn finds_lang_in_both_spellings() {
        assert_eq!(
            lang_arg(&args(&["nr", "--lang", "fr"])).as_deref(),
            Some("fr")
        );
        assert_eq!(
            lang_arg(&args(&["nr", "scan", "--lang=uk"])).as_deref(),
            Some("uk")
        );
        assert_eq!(lang_arg(&args(&["nr", "--", "--lang", "fr"])), None);
        assert_eq!(lang_arg(&args(&["nr", "scan"])), None);
    }

    #[test]
    fn command_is_well_formed() -> Result<(), Box<dyn std::error::Error>> {
        let l = Localizer::new(None)?;
        command(&l).debug_assert();
        Ok(())
    }
}
