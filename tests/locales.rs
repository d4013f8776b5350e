//! The Fluent files: every one parses, has values, and has the same ids and variables as
//! the source language.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

type Messages = BTreeMap<String, BTreeSet<String>>;

fn vars_in(p: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            expr_vars(expression, out);
        }
    }
}

fn expr_vars(e: &Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                vars_in(&v.value, out);
            }
        }
        Expression::Inline(i) => inline_vars(i, out),
    }
}

fn inline_vars(i: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => expr_vars(expression, out),
        _ => {}
    }
}

fn load(path: &Path) -> Messages {
    let text = std::fs::read_to_string(path).unwrap();
    let res = fluent_syntax::parser::parse(text.as_str())
        .unwrap_or_else(|(_, errs)| panic!("{}: parse errors {errs:?}", path.display()));
    let mut out = Messages::new();
    for entry in res.body {
        if let Entry::Message(m) = entry {
            let value = m
                .value
                .unwrap_or_else(|| panic!("{}: {} has no value", path.display(), m.id.name));
            let mut vars = BTreeSet::new();
            vars_in(&value, &mut vars);
            assert!(
                out.insert(m.id.name.to_string(), vars).is_none(),
                "{}: {} defined twice",
                path.display(),
                m.id.name
            );
        }
    }
    out
}

#[test]
fn every_locale_matches_the_source_language() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let source = load(&root.join("en-US/netreview.ftl"));
    assert!(source.len() > 50, "en-US has {} messages", source.len());
    for dir in std::fs::read_dir(&root).unwrap() {
        let path = dir.unwrap().path().join("netreview.ftl");
        let other = load(&path);
        for (id, vars) in &source {
            let got = other.get(id);
            assert!(got.is_some(), "{}: missing {id}", path.display());
            assert_eq!(got, Some(vars), "{}: variables of {id}", path.display());
        }
        for id in other.keys() {
            assert!(source.contains_key(id), "{}: extra {id}", path.display());
        }
    }
}

/// Text nobody shows is text translators would translate for nothing.
#[test]
fn every_source_message_is_used_in_the_code() {
    fn rust_files(dir: &Path, out: &mut String) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                rust_files(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push_str(&std::fs::read_to_string(&path).unwrap());
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut code = String::new();
    rust_files(&root.join("src"), &mut code);
    // `known-<id>` messages are used through the catalogue (checked below), `country-XX`
    // through the owner line (checked in `countries_have_names`).
    let unused: Vec<String> = load(&root.join("locales/en-US/netreview.ftl"))
        .into_keys()
        .filter(|id| !id.starts_with("known-") && !id.starts_with("country-"))
        .filter(|id| !code.contains(&format!("\"{id}\"")))
        .collect();
    assert!(unused.is_empty(), "messages no code uses: {unused:?}");
}

#[test]
fn every_known_program_is_described_and_nothing_else() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let catalogue = netreview::insight::Catalogue::embedded();
    let wanted: BTreeSet<String> = catalogue
        .entries
        .iter()
        .map(|e| format!("known-{}", e.id))
        .collect();
    let described: BTreeSet<String> = load(&root.join("locales/en-US/netreview.ftl"))
        .into_keys()
        .filter(|id| id.starts_with("known-"))
        .collect();
    let missing: Vec<_> = wanted.difference(&described).collect();
    let extra: Vec<_> = described.difference(&wanted).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "missing {missing:?}, extra {extra:?}"
    );
    let l = netreview::i18n::Localizer::new(None).unwrap();
    for e in &catalogue.entries {
        let text = netreview::explain::signals::known_program(&l, &e.id).unwrap();
        assert!(!text.is_empty() && !text.contains('{'), "{}", e.id);
    }
}

#[test]
fn countries_have_names_in_every_language() {
    for (tag, de) in [("en-US", "Germany"), ("fr", "Allemagne"), ("zh-CN", "德国")] {
        let l = netreview::i18n::Localizer::new(Some(tag)).unwrap();
        assert_eq!(netreview::explain::country_name(&l, "DE"), de, "{tag}");
        assert_eq!(netreview::explain::country_name(&l, "de"), de, "{tag}");
    }
    let l = netreview::i18n::Localizer::new(None).unwrap();
    // Unknown or odd codes are shown as they are, escaped.
    assert_eq!(netreview::explain::country_name(&l, "XX"), "XX");
    assert_eq!(netreview::explain::country_name(&l, "E\u{1b}"), "E\\x1b");
}
