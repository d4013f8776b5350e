//! The guided check driven by a script, on the practice scenario: every branch, with the
//! screens and the saved summary as snapshots.

use std::path::Path;

use netreview::collect::RecordedSource;
use netreview::guided::PRACTICE_SCENARIO;
use netreview::i18n::Localizer;
use netreview::model::{Summary, Verdict};
use netreview::wizard::scripted::{Answer, Scripted};
use netreview::wizard::{self, Input, Options, Outcome};

use Answer::{Choose, Interrupt, StopWatch, Text, Toggle};

struct Run {
    dir: tempfile::TempDir,
}

impl Run {
    fn new() -> Self {
        Run {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    fn opts(&self) -> Options {
        Options {
            practice: true,
            output: None,
            out_dir: self.dir.path().join("out"),
            draft: self.dir.path().join("state/practice-draft.yaml"),
            home: Some("/home/ana".into()),
        }
    }

    fn go(&self, answers: Vec<Answer>) -> (Outcome, Scripted) {
        std::fs::create_dir_all(self.dir.path().join("out")).unwrap();
        let l = Localizer::new(None).unwrap();
        let scenario = netreview::summary::parse(PRACTICE_SCENARIO).unwrap();
        let mut input = Input::Practice(RecordedSource::from_summary(scenario));
        let mut p = Scripted::new(answers);
        let outcome = wizard::run(&l, &mut p, &mut input, &self.opts()).unwrap();
        assert_eq!(
            p.remaining(),
            0,
            "unused answers; transcript:\n{}",
            p.transcript
        );
        (outcome, p)
    }

    fn draft_exists(&self) -> bool {
        self.opts().draft.exists()
    }
}

fn saved(outcome: &Outcome) -> Summary {
    let Outcome::Saved(path) = outcome else {
        panic!("not saved: {outcome:?}")
    };
    netreview::summary::parse(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// Start, continue past closing apps, skip the 3-second practice watch.
fn to_review() -> Vec<Answer> {
    vec![
        Choose("Start"),
        Choose("Continue"),
        Choose("Watch for 2"),
        StopWatch,
    ]
}

fn judge(verdict: &'static str, note: &str) -> [Answer; 2] {
    [Choose(verdict), Text(note.into())]
}

fn finish(toggles: [bool; 3]) -> Vec<Answer> {
    vec![
        Toggle(toggles.to_vec()),
        Choose("Continue"),
        Choose("Finish"),
    ]
}

fn verdicts(s: &Summary) -> Vec<(&str, Verdict, Option<&str>)> {
    s.processes
        .iter()
        .map(|p| (p.name.as_str(), p.verdict, p.note.as_deref()))
        .collect()
}

/// The created_at line changes every run.
fn stable(yaml: &str) -> String {
    yaml.lines()
        .map(|l| {
            if l.starts_with("created_at:") {
                "created_at: [now]"
            } else {
                l
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn a_whole_practice_check_with_notes_and_redaction() {
    let run = Run::new();
    let mut answers = to_review();
    answers.extend(judge("Suspicious", "hidden folder, port 4444"));
    for _ in 0..6 {
        answers.extend(judge("Looks fine", ""));
    }
    answers.extend(judge("Not sure", "what is avahi?"));
    answers.extend(finish([true, true, true]));
    let (outcome, p) = run.go(answers);
    let s = saved(&outcome);
    assert!(
        !run.draft_exists(),
        "the draft is removed once the summary is saved"
    );
    assert_eq!(s.schema, "netreview-summary/1");
    assert_eq!(s.processes.len(), 8, "one entry per program");
    let v = verdicts(&s);
    assert_eq!(
        v[0],
        (
            "dbus-update",
            Verdict::Suspicious,
            Some("hidden folder, port 4444")
        )
    );
    assert_eq!(v[7].1, Verdict::Unsure);
    assert!(v[1..7]
        .iter()
        .all(|(_, verdict, _)| *verdict == Verdict::LooksFine));
    // Redacted by default.
    assert_eq!(
        (s.system.hostname.as_deref(), s.system.user.as_deref()),
        (None, None)
    );
    assert_eq!(
        s.processes[0].exe.as_deref(),
        Some("~/.local/share/.cache/dbus-update")
    );
    // The recorded watch keeps its times.
    let beacon = &s.processes[0].connections[0];
    assert_eq!((beacon.remote_port, beacon.times_seen), (Some(4444), 2));
    assert_eq!(s.scan.snapshots, 121);

    let Outcome::Saved(path) = &outcome else {
        unreachable!()
    };
    insta::assert_snapshot!(
        "practice_summary_yaml",
        stable(&std::fs::read_to_string(path).unwrap())
    );
    let transcript = p
        .transcript
        .replace(&path.display().to_string(), "[saved file]");
    insta::assert_snapshot!("practice_transcript", transcript);
}

#[test]
fn keeping_identity_when_the_person_chooses_to() {
    let run = Run::new();
    let mut answers = to_review();
    for _ in 0..8 {
        answers.extend(judge("Looks fine", ""));
    }
    answers.extend(finish([false, false, false]));
    let (outcome, _) = run.go(answers);
    let s = saved(&outcome);
    assert_eq!(s.system.hostname.as_deref(), Some("practice-laptop"));
    assert_eq!(s.system.user.as_deref(), Some("ana"));
    assert_eq!(
        s.processes[0].exe.as_deref(),
        Some("/home/ana/.local/share/.cache/dbus-update")
    );
}

#[test]
fn back_tell_me_more_and_a_changed_mind() {
    let run = Run::new();
    let mut answers = to_review();
    answers.extend(judge("Suspicious", "first thought"));
    answers.push(Choose("Tell me more"));
    answers.push(Choose("Continue")); // why its signs matter
    answers.push(Choose("Continue")); // who owns its addresses
    answers.push(Choose("Back to the program"));
    answers.push(Choose("Back to the previous"));
    // Program 1 again: now "not sure"; Enter alone keeps the earlier note.
    answers.extend(judge("Not sure", ""));
    for _ in 0..7 {
        answers.extend(judge("Looks fine", ""));
    }
    answers.extend(finish([true, true, true]));
    let (outcome, p) = run.go(answers);
    let s = saved(&outcome);
    assert_eq!(
        verdicts(&s)[0],
        ("dbus-update", Verdict::Unsure, Some("first thought"))
    );
    assert!(p.transcript.contains("# How to judge a program"));
    // "Tell me more" on program 2, firefox: its sign, then how to judge.
    assert!(p
        .transcript
        .contains("Why these signs about firefox matter:"));
    assert!(p
        .transcript
        .contains("Why this matters: A program that waits for connections"));
    assert!(p.transcript.contains("Your earlier note: first thought"));
}

#[test]
fn interrupted_review_resumes_with_every_judgement() {
    let run = Run::new();
    let mut answers = to_review();
    answers.extend(judge("Suspicious", "one"));
    answers.extend(judge("Looks fine", "two"));
    answers.push(Interrupt);
    let (outcome, _) = run.go(answers);
    assert_eq!(outcome, Outcome::Interrupted(Some(run.opts().draft)));
    assert!(run.draft_exists());

    let mut answers = vec![Choose("Continue where I stopped")];
    for _ in 2..8 {
        answers.extend(judge("Not sure", ""));
    }
    answers.extend(finish([true, true, true]));
    let (outcome, p) = run.go(answers);
    assert!(
        p.transcript.contains("looked at 2 of 8 programs"),
        "{}",
        p.transcript
    );
    let s = saved(&outcome);
    let v = verdicts(&s);
    assert_eq!(v[0], ("dbus-update", Verdict::Suspicious, Some("one")));
    assert_eq!(v[1].1, Verdict::LooksFine);
    assert_eq!(v[1].2, Some("two"));
    assert!(v[2..]
        .iter()
        .all(|(_, verdict, _)| *verdict == Verdict::Unsure));
}

#[test]
fn starting_over_sets_the_old_draft_aside() {
    let run = Run::new();
    let mut answers = to_review();
    answers.extend(judge("Suspicious", ""));
    answers.push(Interrupt);
    run.go(answers);
    let (outcome, _) = run.go(vec![Choose("Start a new check"), Choose("Quit")]);
    assert_eq!(outcome, Outcome::Quit);
    let state = run.dir.path().join("state");
    let names: Vec<String> = std::fs::read_dir(&state)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert_eq!(names.len(), 1, "{names:?}");
    assert!(
        names[0].starts_with("practice-draft-"),
        "set aside, not deleted: {names:?}"
    );
}

#[test]
fn a_damaged_draft_is_set_aside_and_a_new_check_starts() {
    let run = Run::new();
    let draft = run.opts().draft;
    std::fs::create_dir_all(draft.parent().unwrap()).unwrap();
    std::fs::write(&draft, "schema: netreview-draft/1\nnext: [").unwrap();
    let (outcome, p) = run.go(vec![Choose("Quit")]);
    assert_eq!(outcome, Outcome::Quit);
    assert!(p
        .transcript
        .contains("could not be read, so it was put aside"));
    assert!(!draft.exists());
}

#[test]
fn close_apps_look_again_and_how_to() {
    let run = Run::new();
    let answers = vec![
        Choose("Start"),
        Choose("I closed some apps"),
        Choose("Show me how"),
        Choose("Continue"),
        Choose("Continue"),
        Choose("Skip watching"),
        Interrupt,
    ];
    let (outcome, p) = run.go(answers);
    assert_eq!(outcome, Outcome::Interrupted(Some(run.opts().draft)));
    assert!(p
        .transcript
        .contains("Nothing changed since the last look."));
    assert!(p.transcript.contains("# Quit your apps fully (Linux)"));
    assert!(p.transcript.contains("Program 1 of 8"));
}

#[test]
fn every_screen_in_practice_mode_says_so() {
    let run = Run::new();
    let mut answers = to_review();
    for _ in 0..8 {
        answers.extend(judge("Looks fine", ""));
    }
    answers.extend(finish([true, true, true]));
    let (_, p) = run.go(answers);
    for screen in p.transcript.split("──────── screen ────────\n").skip(1)
    {
        assert!(
            screen.starts_with("◆ PRACTICE"),
            "screen without the practice banner:\n{screen}"
        );
    }
    for prompt in p.transcript.lines().filter(|l| l.starts_with("? ")) {
        if !prompt.starts_with("? A note") && !prompt.starts_with("? Before the file") {
            assert!(prompt.ends_with("(practice)"), "{prompt}");
        }
    }
}

#[test]
fn an_existing_summary_is_never_replaced() {
    let run = Run::new();
    let out = run.dir.path().join("out");
    std::fs::create_dir_all(&out).unwrap();
    let mut paths = Vec::new();
    for _ in 0..2 {
        let mut answers = to_review();
        for _ in 0..8 {
            answers.extend(judge("Looks fine", ""));
        }
        answers.extend(finish([true, true, true]));
        let (outcome, _) = run.go(answers);
        let Outcome::Saved(path) = outcome else {
            panic!()
        };
        paths.push(path);
    }
    assert_ne!(paths[0], paths[1]);
    assert!(paths
        .iter()
        .all(|p| p.exists() && p.starts_with(Path::new(&out))));
}
