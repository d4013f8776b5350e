//! Every language, all the way through: plural forms, the whole practice check, the first
//! screen of each, right-to-left isolation.

use netreview::collect::RecordedSource;
use netreview::guided::PRACTICE_SCENARIO;
use netreview::i18n::{Localizer, AVAILABLE};
use netreview::wizard::scripted::{Answer, Scripted};
use netreview::wizard::{self, Input, Options, Outcome};

use Answer::{Pick, StopWatch, Text, Toggle};

/// A plural message with `count`, its digits replaced, so that forms can be compared.
/// "Programs" changes form with the number in every language that has forms.
fn form(l: &Localizer, count: usize) -> String {
    let text = netreview::fl!(l, "close-apps-body", count = count);
    text.replace(&count.to_string(), "#")
}

#[test]
fn plural_forms_follow_each_language() {
    // Russian and Ukrainian: 1 and 21 share a form ("one"), 2 ("few") and 5 ("many") differ,
    // and 0 has its own sentence ("no program").
    for tag in ["ru", "uk"] {
        let l = Localizer::new(Some(tag)).unwrap();
        let f: Vec<String> = [0, 1, 2, 5, 21].iter().map(|n| form(&l, *n)).collect();
        assert_eq!(f[1], f[4], "{tag}: 1 and 21");
        assert_ne!(f[1], f[2], "{tag}: 1 and 2");
        assert_ne!(f[2], f[3], "{tag}: 2 and 5");
        assert_ne!(f[0], f[3], "{tag}: 0 and 5");
    }
    // Arabic: none, one, two, few (5), many (21): five forms.
    let l = Localizer::new(Some("ar")).unwrap();
    let f: std::collections::BTreeSet<String> =
        [0, 1, 2, 5, 21].iter().map(|n| form(&l, *n)).collect();
    assert_eq!(f.len(), 5, "ar: {f:?}");
}

#[test]
fn right_to_left_languages_isolate_addresses_and_others_do_not() {
    for tag in AVAILABLE {
        let l = Localizer::new(Some(tag)).unwrap();
        let text = netreview::fl!(l, "scope-private", addr = "192.168.1.20");
        let isolated = text.contains('\u{2068}') && text.contains('\u{2069}');
        assert_eq!(isolated, ["ar", "fa"].contains(tag), "{tag}: {text:?}");
        assert!(text.contains("192.168.1.20"), "{tag}");
    }
}

fn practice_in(tag: &str) -> (Outcome, Scripted) {
    let dir = tempfile::tempdir().unwrap();
    let l = Localizer::new(Some(tag)).unwrap();
    let scenario = netreview::summary::parse(PRACTICE_SCENARIO).unwrap();
    let mut input = Input::Practice(RecordedSource::from_summary(scenario));
    // Start; continue after closing apps; watch 2 minutes, stopped at once; eight verdicts.
    let mut answers = vec![Pick(0), Pick(2), Pick(0), StopWatch];
    for i in 0..8 {
        answers.extend([Pick(i % 3), Text(String::new())]);
    }
    answers.extend([Toggle(vec![true, true, true]), Pick(0), Pick(0)]);
    let opts = Options {
        practice: true,
        output: Some(dir.path().join("summary.yaml")),
        out_dir: dir.path().to_path_buf(),
        draft: dir.path().join("draft.yaml"),
        home: Some("/home/ana".into()),
    };
    let mut p = Scripted::new(answers);
    let outcome = wizard::run(&l, &mut p, &mut input, &opts).unwrap();
    assert_eq!(p.remaining(), 0, "{tag}");
    if let Outcome::Saved(path) = &outcome {
        let s = netreview::summary::parse(&std::fs::read_to_string(path).unwrap()).unwrap();
        assert_eq!(s.language, *tag);
        assert_eq!(s.processes[0].verdict, netreview::model::Verdict::LooksFine);
        assert_eq!(
            s.processes[1].verdict,
            netreview::model::Verdict::Suspicious
        );
    }
    (outcome, p)
}

#[test]
fn the_whole_practice_check_runs_in_every_language() {
    for tag in AVAILABLE {
        let (outcome, p) = practice_in(tag);
        assert!(matches!(outcome, Outcome::Saved(_)), "{tag}: {outcome:?}");
        let first = p
            .transcript
            .split("──────── screen ────────\n")
            .nth(1)
            .unwrap();
        insta::assert_snapshot!(format!("first_screen_{tag}"), first);
        // No English left on a translated screen: the welcome's first words differ.
        if *tag != "en-US" {
            assert!(
                !p.transcript.contains("What would you like to do?"),
                "{tag}"
            );
        }
    }
}

#[test]
fn choosing_another_language_restarts_in_it() {
    let l = Localizer::new(None).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let scenario = netreview::summary::parse(PRACTICE_SCENARIO).unwrap();
    let mut input = Input::Practice(RecordedSource::from_summary(scenario));
    let opts = Options {
        practice: true,
        output: None,
        out_dir: dir.path().to_path_buf(),
        draft: dir.path().join("draft.yaml"),
        home: None,
    };
    let mut p = Scripted::new([Pick(1), Pick(6)]);
    let outcome = wizard::run(&l, &mut p, &mut input, &opts).unwrap();
    assert_eq!(outcome, Outcome::Language("ar"));
    assert!(
        p.transcript.contains("Français") && p.transcript.contains("中文"),
        "{}",
        p.transcript
    );
}
