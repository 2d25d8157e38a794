//! Every locale parses, has exactly English's message ids and variables, and renders cleanly.

#![allow(clippy::unwrap_used)] // Tests fail loudly on purpose.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::Entry;
use rolecall_i18n::codegen::pattern_vars;
use rolecall_i18n::{ids, sources, Messages, LOCALES};

type Vars = BTreeSet<String>;

/// id (with `.attribute` for attributes, `-` for terms) -> variables, for one file.
fn entries(locale: &str, file: &str, src: &'static str) -> BTreeMap<String, Vars> {
    let res = fluent_syntax::parser::parse(src).unwrap_or_else(|(_, errs)| panic!("{locale}/{file} does not parse: {errs:?}"));
    let mut out = BTreeMap::new();
    for entry in res.body {
        let (id, value, attrs) = match &entry {
            Entry::Message(m) => (m.id.name.to_owned(), m.value.as_ref(), &m.attributes),
            Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
            Entry::Junk { content } => panic!("{locale}/{file}: junk: {content}"),
            _ => continue,
        };
        let mut vars = Vars::new();
        if let Some(p) = value {
            pattern_vars(p, &mut vars);
        }
        assert!(out.insert(id.clone(), vars).is_none(), "{locale}/{file}: {id} defined twice");
        for a in attrs {
            let mut vars = Vars::new();
            pattern_vars(&a.value, &mut vars);
            out.insert(format!("{id}.{}", a.id.name), vars);
        }
    }
    out
}

#[test]
fn every_locale_has_englishs_ids_and_variables() {
    for (file, en_src) in sources("en") {
        let en = entries("en", file, en_src);
        for locale in &LOCALES[1..] {
            let src = sources(locale).iter().find(|(f, _)| f == file).map(|(_, s)| *s).unwrap_or_else(|| panic!("{locale} lacks {file}"));
            let other = entries(locale, file, src);
            let missing: Vec<_> = en.keys().filter(|k| !other.contains_key(*k)).collect();
            let extra: Vec<_> = other.keys().filter(|k| !en.contains_key(*k)).collect();
            assert!(missing.is_empty(), "{locale}/{file} lacks {missing:?}");
            assert!(extra.is_empty(), "{locale}/{file} has unknown ids {extra:?}");
            for (id, vars) in &en {
                assert_eq!(&other[id], vars, "{locale}/{file}: variables of {id}");
            }
        }
    }
}

#[test]
fn every_message_renders_without_isolation_marks() {
    for locale in LOCALES {
        let m = Messages::with_book(locale);
        for id in ids::ALL {
            let args: Vec<(&str, rolecall_i18n::Value<'_>)> = id.variables().iter().map(|v| (*v, rolecall_i18n::num(2))).collect();
            let text = m.dynamic(*id, &args);
            assert_ne!(text, id.name(), "{locale}: {id} did not render");
            assert!(!text.contains(['\u{2068}', '\u{2069}', '\u{2066}', '\u{2067}']), "{locale}: {id}");
            assert!(!text.contains("{"), "{locale}: {id} left a placeable unresolved: {text}");
        }
    }
}

/// The generated constants are exactly English's messages and their variables. When they are
/// not, the file is rewritten (`cargo xtask codegen` does the same) and the test fails: build
/// again and commit it.
#[test]
fn generated_ids_are_fresh() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ids.rs");
    let want = rolecall_i18n::codegen::ids_rs();
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    if have != want {
        std::fs::write(&path, &want).unwrap();
        panic!("{} was stale and has been regenerated: build again and commit it", path.display());
    }
    let en: BTreeMap<String, Vars> = sources("en").iter().flat_map(|(f, s)| entries("en", f, s)).filter(|(id, _)| !id.starts_with('-') && !id.contains('.')).collect();
    assert_eq!(ids::ALL.len(), en.len());
    for id in ids::ALL {
        let vars: Vec<&str> = en[id.name()].iter().map(String::as_str).collect();
        assert_eq!(id.variables(), vars.as_slice(), "{id}");
    }
}

#[test]
fn english_is_the_fallback() {
    let m = Messages::new("ja");
    // An id names an English message by construction (generated from English), so a locale
    // that lacks a message falls back to English; an unknown locale is English throughout.
    assert!(!m.get(ids::VALUE_NONE).is_empty());
    assert_eq!(Messages::new("xx").locale(), "en");
}

/// A term never takes a suffix ("{ -managed-policy }s" printed "managed policys"): plurals are terms of their own.
#[test]
fn terms_take_no_suffix() {
    for locale in LOCALES {
        for (file, src) in sources(locale) {
            for (n, line) in src.lines().enumerate() {
                let mut rest = line;
                while let Some(i) = rest.find("{ -") {
                    rest = &rest[i + 3..];
                    let Some(end) = rest.find(" }") else { break };
                    let after = rest[end + 2..].chars().next();
                    assert!(!after.is_some_and(|c| c.is_ascii_alphabetic()), "{locale}/{file}:{}: a suffix after a term: {line}", n + 1);
                    rest = &rest[end + 2..];
                }
            }
        }
    }
}
