//! `netreview` and `netreview --demo`: sets up the guided check (the terminal, the draft
//! folder, the live system or the practice scenario) and reports how it ended.

use std::io::IsTerminal;
use std::path::PathBuf;

use crate::collect::{LiveSource, RecordedSource};
use crate::fl;
use crate::i18n::Localizer;
use crate::summary::draft;
use crate::ui::terminal::TerminalPrompter;
use crate::wizard::{self, Input, Options, Outcome};
use crate::Exit;

/// The practice scenario: a recorded 2-minute watch of a made-up laptop.
pub const PRACTICE_SCENARIO: &str = include_str!("../data/practice.yaml");

pub fn run(l: &Localizer, practice: bool, output: Option<PathBuf>) -> anyhow::Result<()> {
    if !(std::io::stdin().is_terminal() && std::io::stdout().is_terminal()) {
        return Err(Exit {
            code: 2,
            message: fl!(l, "wizard-no-terminal"),
        }
        .into());
    }
    let dirs = directories::UserDirs::new();
    let home = dirs.as_ref().map(|d| d.home_dir().to_path_buf());
    let state = draft::state_dir()
        .or_else(|| home.clone())
        .unwrap_or_else(|| PathBuf::from("."));
    let out_dir = dirs
        .as_ref()
        .and_then(|d| d.document_dir().map(|p| p.to_path_buf()))
        .filter(|p| p.is_dir())
        .or(home.clone())
        .unwrap_or_else(|| PathBuf::from("."));

    let (mut input, home) = if practice {
        let scenario = crate::summary::parse(PRACTICE_SCENARIO)?;
        // The made-up person's home folder, so that redaction works on the scenario too.
        let home = scenario.system.user.as_ref().map(|u| format!("/home/{u}"));
        (
            Input::Practice(RecordedSource::from_summary(scenario)),
            home,
        )
    } else {
        let home = home.map(|h| h.display().to_string());
        (Input::Live(LiveSource::new()), home)
    };
    let opts = Options {
        practice,
        output,
        out_dir,
        draft: draft::draft_path(&state, practice),
        home,
    };
    install_interrupt_message(l, &opts.draft);
    let mut prompter = TerminalPrompter::new(fl!(l, "pager-more"));
    // Choosing another language starts the check again in it (nothing is decided yet).
    let mut switched;
    let mut l = l;
    let outcome = loop {
        match wizard::run(l, &mut prompter, &mut input, &opts) {
            Ok(Outcome::Language(tag)) => {
                switched = Localizer::new(Some(tag))?;
                l = &switched;
            }
            other => break other,
        }
    };
    // A prompt stopped by Ctrl-C can leave the cursor hidden.
    let _ = console::Term::stdout().show_cursor();
    match outcome? {
        Outcome::Saved(path) => {
            // Said once more after the screens are gone, so it stays in the terminal.
            let saved = if practice {
                fl!(l, "summary-practice-saved")
            } else {
                fl!(l, "summary-saved")
            };
            println!("\n{saved}\n  {}", path.display());
            Ok(())
        }
        Outcome::Quit | Outcome::Language(_) => Ok(()),
        Outcome::Interrupted(saved) => {
            let message = match saved {
                Some(path) => fl!(l, "interrupted-saved", path = path.display().to_string()),
                None => fl!(l, "interrupted-nothing"),
            };
            Err(Exit { code: 130, message }.into())
        }
    }
}

/// Ctrl-C inside a prompt comes back as an answer; between prompts (while a screen is drawn
/// or the system is read) it is a signal. Either way the person hears where their answers
/// are: every judgement is already on disk.
fn install_interrupt_message(l: &Localizer, draft: &std::path::Path) {
    let draft = draft.to_path_buf();
    let saved = fl!(l, "interrupted-saved", path = draft.display().to_string());
    let nothing = fl!(l, "interrupted-nothing");
    let _ = ctrlc::set_handler(move || {
        let _ = crossterm::terminal::disable_raw_mode();
        let _ = console::Term::stdout().show_cursor();
        let message = if draft.exists() { &saved } else { &nothing };
        eprintln!("\n{message}");
        std::process::exit(130);
    });
}
