//! rolecall-i18n: every human-facing string of rolecall, in every locale, through Fluent.
//!
//! The `.ftl` files live in the workspace's `locales/<lang>/` and are compiled into the binary.
//! Each locale has a `glossary.ftl` of Fluent terms (`-trust-policy`, `-managed-policy`...) that
//! fixes the words its guide uses; the messages refer to those terms instead of repeating them.

use std::borrow::Cow;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

pub use fluent_bundle::FluentValue as Value;

pub mod codegen;
pub mod ids;

/// A message id: one of the constants of [`ids`], generated from `locales/en/` by `cargo xtask
/// codegen` (a test fails when they are stale), so a message English lacks cannot be named.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Id {
    name: &'static str,
    variables: &'static [&'static str],
}

impl Id {
    /// Only the generated [`ids`] make ids.
    const fn new(name: &'static str, variables: &'static [&'static str]) -> Id {
        Id { name, variables }
    }

    /// The message's id in the `.ftl` files (`finding-role-missing`).
    pub const fn name(self) -> &'static str {
        self.name
    }

    /// The variables English's message (with its attributes) names, sorted.
    pub const fn variables(self) -> &'static [&'static str] {
        self.variables
    }
}

impl std::fmt::Display for Id {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name)
    }
}

/// What names a message: a generated [`Id`], or a string literal (`&'static str`), which the
/// test `literal_message_ids_exist` checks against English until the last one is replaced by its
/// constant. Never an id assembled at run time: a `String` is not one.
pub trait Key: Copy {
    fn name(self) -> &'static str;
}

impl Key for Id {
    fn name(self) -> &'static str {
        self.name
    }
}

/// The locales rolecall speaks, English first.
pub const LOCALES: [&str; 5] = ["en", "es", "ja", "zh-TW", "zh-CN"];

/// The Fluent files of one locale, by name.
pub type Sources = &'static [(&'static str, &'static str)];

macro_rules! locale {
    ($dir:literal) => {
        &[
            ("glossary.ftl", include_str!(concat!("../../../locales/", $dir, "/glossary.ftl"))),
            ("cli.ftl", include_str!(concat!("../../../locales/", $dir, "/cli.ftl"))),
            ("findings.ftl", include_str!(concat!("../../../locales/", $dir, "/findings.ftl"))),
            ("book.ftl", include_str!(concat!("../../../locales/", $dir, "/book.ftl"))),
        ]
    };
}

/// The sources of a locale (one of [`LOCALES`]).
pub fn sources(locale: &str) -> Sources {
    match locale {
        "es" => locale!("es"),
        "ja" => locale!("ja"),
        "zh-TW" => locale!("zh-TW"),
        "zh-CN" => locale!("zh-CN"),
        _ => locale!("en"),
    }
}

/// The locale to use for a requested language tag, POSIX locale name or `C`/`POSIX`.
///
/// POSIX names lose their `.codeset` and `@modifier`; `C` and `POSIX` are English. Chinese goes
/// by script, then region: Traditional (`zh-Hant`, `zh_TW`, `zh_HK`, `zh_MO`) is zh-TW, the rest
/// zh-CN. Other tags are negotiated with fluent-langneg (`es_MX` is es). Unknown tags are English.
pub fn negotiate(requested: &str) -> &'static str {
    let base = requested.split(['.', '@']).next().unwrap_or_default().replace('_', "-");
    if base.is_empty() || base == "C" || base == "POSIX" {
        return "en";
    }
    let Ok(id) = base.parse::<LanguageIdentifier>() else { return "en" };
    if id.language.as_str() == "zh" {
        let traditional = id.script.is_some_and(|s| s.as_str() == "Hant")
            || (id.script.is_none() && id.region.is_some_and(|r| ["TW", "HK", "MO"].contains(&r.as_str())));
        return if traditional { "zh-TW" } else { "zh-CN" };
    }
    let available: Vec<LanguageIdentifier> = LOCALES.iter().filter_map(|l| l.parse().ok()).collect();
    let default: LanguageIdentifier = "en".parse().unwrap_or_default();
    let chosen = fluent_langneg::negotiate_languages(&[id], &available, Some(&default), fluent_langneg::NegotiationStrategy::Lookup);
    chosen.first().and_then(|c| LOCALES.iter().find(|l| l.parse::<LanguageIdentifier>().ok().as_ref() == Some(*c))).copied().unwrap_or("en")
}

/// The locale from the environment, as POSIX orders it: `LC_ALL`, then `LC_MESSAGES`, then `LANG`.
pub fn from_env(get: impl Fn(&str) -> Option<String>) -> &'static str {
    ["LC_ALL", "LC_MESSAGES", "LANG"].iter().find_map(|k| get(k).filter(|v| !v.is_empty())).map_or("en", |v| negotiate(&v))
}

/// Whole numbers with the locale's digit grouping (CLDR): `10,000` in en, ja and zh; `10.000` in
/// es, where four-digit numbers stay ungrouped (`1000`).
fn grouped(v: &FluentValue<'_>, sep: char, min_digits: usize) -> Option<String> {
    let FluentValue::Number(n) = v else { return None };
    if n.value.fract() != 0.0 || n.value.abs() >= 1e15 || n.options.minimum_fraction_digits.is_some() {
        return None;
    }
    let digits = format!("{}", n.value.abs() as u64);
    if digits.len() < min_digits {
        return None;
    }
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    Some(if n.value < 0.0 { format!("-{out}") } else { out })
}

fn format_comma<M>(v: &FluentValue<'_>, _: &M) -> Option<String> {
    grouped(v, ',', 4)
}

fn format_es<M>(v: &FluentValue<'_>, _: &M) -> Option<String> {
    grouped(v, '.', 5)
}

fn bundle(locale: &str, book: bool) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = locale.parse().unwrap_or_default();
    let mut b = FluentBundle::new(vec![id]);
    // Terminals show Unicode isolation marks as junk; rolecall's arguments are plain values.
    b.set_use_isolating(false);
    b.set_formatter(Some(if locale == "es" { format_es } else { format_comma }));
    // `PRESENT($x)`: `yes` when the argument is given and not empty, else `no`, for messages that
    // mention a value only when there is one.
    let _ = b.add_function("PRESENT", |positional, _| {
        let present = match positional.first() {
            Some(FluentValue::String(s)) => !s.is_empty(),
            Some(FluentValue::Number(_)) => true,
            _ => false,
        };
        FluentValue::from(if present { "yes" } else { "no" })
    });
    for (file, src) in sources(locale) {
        if *file == "book.ftl" && !book {
            continue;
        }
        let res = FluentResource::try_new((*src).to_owned()).unwrap_or_else(|(res, _)| res);
        b.add_resource_overriding(res);
    }
    b
}

/// The messages of one locale, with English behind any message it lacks.
pub struct Messages {
    locale: &'static str,
    primary: FluentBundle<FluentResource>,
    fallback: Option<FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for Messages {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Messages").field("locale", &self.locale).finish()
    }
}

impl Messages {
    /// The command line's messages of `locale` (one of [`LOCALES`]; anything else is English).
    pub fn new(locale: &str) -> Messages {
        Self::load(locale, false)
    }

    /// The command line's messages and the book's.
    pub fn with_book(locale: &str) -> Messages {
        Self::load(locale, true)
    }

    fn load(locale: &str, book: bool) -> Messages {
        let locale = LOCALES.iter().copied().find(|l| *l == locale).unwrap_or("en");
        Messages { locale, primary: bundle(locale, book), fallback: (locale != "en").then(|| bundle("en", book)) }
    }

    pub fn locale(&self) -> &'static str {
        self.locale
    }

    /// Whether a message exists (in this locale or English).
    pub fn has(&self, id: impl Key) -> bool {
        let id = id.name();
        self.primary.has_message(id) || self.fallback.as_ref().is_some_and(|f| f.has_message(id))
    }

    /// A message with named arguments. A missing message shows its id, never panics.
    pub fn args(&self, id: impl Key, args: &[(&str, FluentValue<'_>)]) -> String {
        let id = id.name();
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            fa.set(*k, v.clone());
        }
        for b in std::iter::once(&self.primary).chain(self.fallback.as_ref()) {
            if let Some(pattern) = b.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let s: Cow<'_, str> = b.format_pattern(pattern, Some(&fa), &mut errors);
                return s.into_owned();
            }
        }
        id.to_owned()
    }

    /// A message without arguments.
    pub fn get(&self, id: impl Key) -> String {
        self.args(id, &[])
    }

    /// A date (`YYYY-MM-DD`) as this locale writes it (message `date`); anything else as given.
    pub fn date(&self, iso: &str) -> String {
        let parts: Vec<&str> = iso.split('-').collect();
        match parts.as_slice() {
            [y, mo, d] if y.len() == 4 && [y, mo, d].iter().all(|p| p.bytes().all(|b| b.is_ascii_digit())) => {
                let n = |s: &str| s.parse::<usize>().unwrap_or_default();
                self.args(ids::DATE, &[("year", FluentValue::from(*y)), ("month", FluentValue::from(n(mo))), ("day", FluentValue::from(n(d))), ("iso", FluentValue::from(iso))])
            }
            _ => iso.to_owned(),
        }
    }

    /// A message with string arguments.
    pub fn with(&self, id: impl Key, args: &[(&str, &str)]) -> String {
        let v: Vec<(&str, FluentValue<'_>)> = args.iter().map(|(k, v)| (*k, FluentValue::from(*v))).collect();
        self.args(id, &v)
    }
}

/// A number argument (selects plural forms).
pub fn num(n: usize) -> FluentValue<'static> {
    FluentValue::from(n)
}

/// A string argument.
pub fn text(s: &str) -> FluentValue<'_> {
    FluentValue::from(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiation() {
        for (req, want) in [
            ("C", "en"),
            ("POSIX", "en"),
            ("en_US.UTF-8", "en"),
            ("es_MX.UTF-8", "es"),
            ("es", "es"),
            ("ja_JP.UTF-8", "ja"),
            ("zh_TW.UTF-8", "zh-TW"),
            ("zh_HK", "zh-TW"),
            ("zh-Hant", "zh-TW"),
            ("zh", "zh-CN"),
            ("zh_CN.GB18030", "zh-CN"),
            ("zh_SG", "zh-CN"),
            ("zh-Hans", "zh-CN"),
            ("de_DE@euro", "en"),
            ("", "en"),
            ("!!", "en"),
        ] {
            assert_eq!(negotiate(req), want, "{req}");
        }
    }

    #[test]
    fn numbers_follow_the_locale() {
        let n = |l: &str, v: usize| Messages::new(l).args(ids::AUDIT_SUMMARY, &[("scanned", num(v)), ("found", num(v)), ("ok", num(0)), ("drift", num(0))]);
        assert!(n("en", 10000).starts_with("10,000 roles"), "{}", n("en", 10000));
        assert!(n("en", 999).starts_with("999 roles"));
        assert!(n("es", 10000).contains("10.000"), "{}", n("es", 10000));
        assert!(n("es", 1000).contains("1000"), "{}", n("es", 1000));
        assert!(n("ja", 12345).contains("12,345"), "{}", n("ja", 12345));
    }

    #[test]
    fn present_tells_a_given_value_from_an_empty_one() {
        for locale in LOCALES {
            let m = Messages::new(locale);
            let say = |example: &str| m.with(ids::FINDING_REPAIR_WOULD_NARROW, &[("principal", "ssm.amazonaws.com"), ("example", example)]);
            let (with, without) = (say("arn:aws:eks:us-west-2:111122223333:fargateprofile/c/p/1"), say(""));
            assert!(with.contains("fargateprofile/c/p/1") && with.len() > without.len(), "{locale}: {with}");
            assert!(!without.contains("()") && !without.contains('{'), "{locale}: {without}");
        }
    }

    #[test]
    fn dates_follow_the_locale() {
        assert_eq!(Messages::new("en").date("2023-10-03"), "October 3, 2023");
        assert_eq!(Messages::new("en").date("not a date"), "not a date");
    }

    #[test]
    fn environment_order() {
        let env = |k: &str| match k {
            "LC_MESSAGES" => Some("ja_JP.UTF-8".to_owned()),
            "LANG" => Some("es_ES.UTF-8".to_owned()),
            _ => None,
        };
        assert_eq!(from_env(env), "ja");
        assert_eq!(from_env(|k| (k == "LANG").then(|| "zh_TW".to_owned())), "zh-TW");
        assert_eq!(from_env(|k| (k == "LC_ALL").then(String::new)), "en");
    }
}
