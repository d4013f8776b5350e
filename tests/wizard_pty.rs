//! The real binary in a real pseudo-terminal: keys in, screens and files out.

use std::process::Command;

use netreview::model::Verdict;
use rexpect::session::{spawn_command, PtySession};

const DOWN: &str = "\x1b[B";

struct Pty {
    dir: tempfile::TempDir,
}

impl Pty {
    fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("home")).unwrap();
        Pty { dir }
    }

    fn spawn(&self) -> PtySession {
        self.spawn_with(&[], &[])
    }

    fn spawn_with(&self, args: &[&str], env: &[(&str, &str)]) -> PtySession {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_netreview"));
        cmd.arg("--demo")
            .args(args)
            .env("HOME", self.dir.path().join("home"))
            .env("XDG_DOCUMENTS_DIR", self.dir.path().join("home"))
            .env("NETREVIEW_STATE_DIR", self.dir.path().join("state"))
            .env("NO_COLOR", "1")
            .env("TERM", "xterm")
            .env_remove("LANG")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES");
        cmd.envs(env.iter().copied());
        spawn_command(cmd, Some(20_000)).unwrap()
    }

    fn draft(&self) -> std::path::PathBuf {
        self.dir.path().join("state/practice-draft.yaml")
    }
}

/// rexpect turns each byte it reads into one char (Latin-1), so non-ASCII text is looked
/// for in that same form.
fn raw(text: &str) -> String {
    text.bytes().map(char::from).collect()
}

fn enter(p: &mut PtySession) {
    p.send("\r").unwrap();
    p.flush().unwrap();
}

/// From the welcome screen to program 1.
fn to_review(p: &mut PtySession) {
    p.exp_string("Step 1 of 5").unwrap();
    p.exp_string("Start").unwrap();
    enter(p);
    p.exp_string("Step 2 of 5").unwrap();
    p.exp_string("Continue").unwrap();
    enter(p);
    p.exp_string("Step 3 of 5").unwrap();
    p.exp_string("Skip watching").unwrap();
    enter(p);
    // The practice watch; Enter stops it early.
    p.exp_string("] 0 of 3 s").unwrap();
    enter(p);
    p.exp_string("Program 1 of 8").unwrap();
}

/// Judges the program on screen: `downs` presses of the down arrow, then a note.
fn judge(p: &mut PtySession, downs: usize, note: &str) {
    p.exp_string("What do you think of").unwrap();
    for _ in 0..downs {
        p.send(DOWN).unwrap();
    }
    enter(p);
    p.exp_string("A note for your helper").unwrap();
    p.send(note).unwrap();
    enter(p);
}

fn saved_path(p: &mut PtySession) -> std::path::PathBuf {
    p.exp_string("This practice summary is saved here").unwrap();
    let (_, path) = p
        .exp_regex(r"/[^\s]*netreview-practice-[0-9-]+\.yaml")
        .unwrap();
    std::path::PathBuf::from(path)
}

#[test]
fn a_practice_check_answered_with_keys() {
    let t = Pty::new();
    let mut p = t.spawn();
    to_review(&mut p);
    judge(&mut p, 1, "odd folder");
    judge(&mut p, 2, "");
    for _ in 2..8 {
        judge(&mut p, 0, "");
    }
    p.exp_string("Before the file is saved").unwrap();
    // Keep the computer's name (the first choice): Space turns it off.
    p.send(" ").unwrap();
    enter(&mut p);
    let path = saved_path(&mut p);
    p.exp_string("Continue").unwrap();
    enter(&mut p);
    p.exp_string("What to do next").unwrap();
    p.exp_string("Finish").unwrap();
    enter(&mut p);
    p.exp_eof().unwrap();

    let s = netreview::summary::parse(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(s.schema, "netreview-summary/1");
    assert_eq!(s.processes.len(), 8);
    let verdicts: Vec<Verdict> = s.processes.iter().map(|p| p.verdict).collect();
    assert_eq!(verdicts[0], Verdict::Suspicious);
    assert_eq!(verdicts[1], Verdict::Unsure);
    assert!(verdicts[2..].iter().all(|v| *v == Verdict::LooksFine));
    assert_eq!(s.processes[0].note.as_deref(), Some("odd folder"));
    assert_eq!(
        s.system.hostname.as_deref(),
        Some("practice-laptop"),
        "kept as chosen"
    );
    assert_eq!(s.system.user, None, "left out by default");
    assert!(!t.draft().exists());
}

#[test]
fn killed_mid_review_then_resumed_loses_nothing() {
    let t = Pty::new();
    let mut p = t.spawn();
    to_review(&mut p);
    judge(&mut p, 1, "first");
    judge(&mut p, 0, "second");
    judge(&mut p, 2, "");
    p.exp_string("Program 4 of 8").unwrap();
    p.process_mut()
        .signal(nix::sys::signal::Signal::SIGKILL)
        .unwrap();
    p.process().wait().unwrap();
    drop(p);
    assert!(t.draft().exists(), "the draft survives SIGKILL");

    let mut p = t.spawn();
    p.exp_string("looked at 3 of 8 programs").unwrap();
    p.exp_string("Continue where I stopped").unwrap();
    enter(&mut p);
    p.exp_string("Program 4 of 8").unwrap();
    for _ in 3..8 {
        judge(&mut p, 0, "");
    }
    p.exp_string("Before the file is saved").unwrap();
    enter(&mut p);
    let path = saved_path(&mut p);
    enter(&mut p);
    p.exp_string("Finish").unwrap();
    enter(&mut p);
    p.exp_eof().unwrap();

    let s = netreview::summary::parse(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let got: Vec<(Verdict, Option<&str>)> = s
        .processes
        .iter()
        .take(3)
        .map(|p| (p.verdict, p.note.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            (Verdict::Suspicious, Some("first")),
            (Verdict::LooksFine, Some("second")),
            (Verdict::Unsure, None)
        ]
    );
}

#[test]
fn ctrl_c_at_a_prompt_says_where_the_answers_are() {
    let t = Pty::new();
    let mut p = t.spawn();
    to_review(&mut p);
    judge(&mut p, 1, "");
    p.exp_string("Program 2 of 8").unwrap();
    p.exp_string("What do you think of").unwrap();
    p.send_control('c').unwrap();
    p.exp_string("Your answers so far are saved in").unwrap();
    p.exp_eof().unwrap();
    assert!(t.draft().exists());
}

#[test]
fn without_a_terminal_it_points_to_scan() {
    let out = Command::new(env!("CARGO_BIN_EXE_netreview"))
        .arg("--demo")
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("needs a terminal") && err.contains("netreview scan"),
        "{err}"
    );
    assert!(out.stdout.is_empty(), "no prompt was shown");
}

/// The whole practice check by keys alone in `tag`, waiting for each screen's own words.
fn practice_by_keys(tag: &str) {
    let l = netreview::i18n::Localizer::new(Some(tag)).unwrap();
    let t = Pty::new();
    let mut p = t.spawn_with(&["--lang", tag], &[]);
    let step = |p: &mut PtySession, words: String| {
        p.exp_string(&raw(&words))
            .unwrap_or_else(|e| panic!("{tag}: waiting for {words:?}: {e}"));
        enter(p);
    };
    step(&mut p, netreview::fl!(l, "choice-start"));
    step(&mut p, netreview::fl!(l, "choice-how-to-close"));
    step(&mut p, netreview::fl!(l, "watch-choice-skip"));
    step(&mut p, "[------------]".into());
    for _ in 0..8 {
        step(&mut p, netreview::fl!(l, "review-choice-more"));
        step(&mut p, netreview::fl!(l, "review-note"));
    }
    step(&mut p, netreview::fl!(l, "redact-home"));
    step(&mut p, netreview::fl!(l, "choice-continue"));
    step(&mut p, netreview::fl!(l, "choice-finish"));
    let (_, path) = p
        .exp_regex(r"/[^\s]*netreview-practice-[0-9-]+\.yaml")
        .unwrap();
    p.exp_eof().unwrap();
    let s = netreview::summary::parse(&std::fs::read_to_string(path).unwrap()).unwrap();
    assert_eq!(s.language, tag);
    assert_eq!(s.processes.len(), 8);
    assert!(s.processes.iter().all(|p| p.verdict == Verdict::LooksFine));
}

#[test]
fn arabic_practice_by_keys() {
    practice_by_keys("ar");
}

#[test]
fn chinese_practice_by_keys() {
    practice_by_keys("zh-CN");
}

#[test]
fn the_system_language_is_used() {
    let uk = netreview::i18n::Localizer::new(Some("uk")).unwrap();
    let t = Pty::new();
    let mut p = t.spawn_with(&[], &[("LANG", "uk_UA.UTF-8")]);
    p.exp_string(&raw(&netreview::fl!(uk, "language-name")))
        .unwrap();
    p.exp_string(&raw(&netreview::fl!(uk, "choice-start")))
        .unwrap();
    // Quit is the last choice.
    p.send(DOWN).unwrap();
    p.send(DOWN).unwrap();
    enter(&mut p);
    p.exp_eof().unwrap();
}
