//! rolecall-i18n: every human-facing string of rolecall, in every locale, through Fluent.
//!
//! The `.ftl` files live in the workspace's `locales/<lang>/` and are compiled into the binary.
//! Each locale has a `glossary.ftl` of Fluent terms (`-trust-policy`, `-managed-policy`...) that
//! fixes the words its guide uses; the messages refer to those terms instead of repeating them.
//!
//! Messages are named by what [`ids`] generates from English, so the compiler checks both the
//! message and its arguments: a message without variables is a constant ([`Plain`]); one with
//! variables is a struct whose fields are its variables.
//!
//! ```
//! use rolecall_i18n::{ids, Messages};
//!
//! let m = Messages::new("en");
//! assert_eq!(m.get(ids::VALUE_NONE), "(none)");
//! assert_eq!(m.text(ids::PlanTitle { role: "web", count: 3 }), "Plan for web: 3 changes");
//! ```
//!
//! A misspelt argument does not compile:
//!
//! ```compile_fail,E0560
//! # use rolecall_i18n::{ids, Messages};
//! # let m = Messages::new("en");
//! m.text(ids::PlanTitle { role: "web", cuont: 3 });
//! ```
//!
//! Nor does a missing one:
//!
//! ```compile_fail,E0063
//! # use rolecall_i18n::{ids, Messages};
//! # let m = Messages::new("en");
//! m.text(ids::PlanTitle { role: "web" });
//! ```
//!
//! Nor a message with variables said without them:
//!
//! ```compile_fail,E0308
//! # use rolecall_i18n::{ids, Messages};
//! # let m = Messages::new("en");
//! m.get(ids::PLAN_TITLE);
//! ```
//!
//! Fluent's own errors (a term or message a translation names that does not exist...) fail debug
//! builds and the test that formats every message of every locale.

use std::borrow::Cow;

use fluent_bundle::resolver::errors::ReferenceKind;
use fluent_bundle::resolver::ResolverError;
use fluent_bundle::{FluentArgs, FluentBundle, FluentError, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

pub use fluent_bundle::FluentValue as Value;

/// One message with variables, as [`ids`] declares it (`cargo xtask codegen` writes the calls):
/// its [`Id`] constant, and a struct whose fields are its variables, each a type parameter that
/// converts into a [`Value`] (`&str`, `String`, a number, an `Option` of one), which becomes a
/// [`Msg`]. Leaving a variable out, or naming one the message lacks, does not compile.
macro_rules! message {
    ($id:ident = $name:literal, $msg:ident { $($field:ident: $ty:ident = $var:literal),+ $(,)? }) => {
        pub const $id: $crate::Id = $crate::Id::new($name, &[$($var),+]);

        #[doc = concat!("The message `", $name, "`, with its variables.")]
        #[derive(Debug, Clone, Copy)]
        pub struct $msg<$($ty),+> {
            $(pub $field: $ty,)+
        }

        impl<'a, $($ty: ::core::convert::Into<$crate::Value<'a>>),+> ::core::convert::From<$msg<$($ty),+>> for $crate::Msg<'a> {
            fn from(m: $msg<$($ty),+>) -> Self {
                let mut args = ::fluent_bundle::FluentArgs::with_capacity([$($var),+].len());
                $(args.set($var, m.$field.into());)+
                $crate::Msg::new($id, args)
            }
        }
    };
}

pub mod codegen;
pub mod ids;

/// Names a message of English and lists its variables: every message has one, listed in
/// [`ids::ALL`]. An `Id` alone cannot be formatted: a message without variables is a [`Plain`],
/// one with variables is formatted from its generated struct (see [`ids`]); only
/// [`Messages::dynamic`] takes an `Id`, for the messages whose arguments come from rolecall-core.
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

/// A message without variables (`ids::VALUE_NONE`), formatted by [`Messages::get`]. Only the
/// generated [`ids`] make them, from the messages that name no variable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Plain(Id);

impl Plain {
    const fn new(name: &'static str) -> Plain {
        Plain(Id::new(name, &[]))
    }

    pub const fn id(self) -> Id {
        self.0
    }

    /// The message's id in the `.ftl` files.
    pub const fn name(self) -> &'static str {
        self.0.name
    }
}

impl From<Plain> for Id {
    fn from(p: Plain) -> Id {
        p.0
    }
}

impl std::fmt::Display for Plain {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0.name)
    }
}

/// A message with its arguments, ready for [`Messages::text`]. Made from a generated struct of
/// [`ids`] (`ids::PlanTitle { role, count }`), whose fields are exactly the message's variables,
/// or from a [`Plain`].
#[derive(Debug)]
pub struct Msg<'a> {
    id: Id,
    args: FluentArgs<'a>,
}

impl<'a> Msg<'a> {
    /// Only the generated [`ids`] make messages with arguments.
    fn new(id: Id, args: FluentArgs<'a>) -> Msg<'a> {
        Msg { id, args }
    }

    /// The message's id (a JSON error's `code` names it).
    pub fn id(&self) -> Id {
        self.id
    }
}

impl From<Plain> for Msg<'_> {
    fn from(p: Plain) -> Self {
        Msg { id: p.0, args: FluentArgs::new() }
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
        // The locales test fails on a file that does not parse; a build never panics over one.
        let res = FluentResource::try_new((*src).to_owned()).unwrap_or_else(|(res, errors)| {
            debug_assert!(errors.is_empty(), "{locale}/{file}: {errors:?}");
            res
        });
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
    pub fn has(&self, id: impl Into<Id>) -> bool {
        let id = id.into().name;
        self.primary.has_message(id) || self.fallback.as_ref().is_some_and(|f| f.has_message(id))
    }

    /// A message without variables.
    pub fn get(&self, id: Plain) -> String {
        self.format(id.0, None)
    }

    /// A message with its arguments, from the struct [`ids`] generates for it, whose fields are
    /// the message's variables: `m.text(ids::PlanTitle { role: "web", count: 3 })`.
    pub fn text<'a>(&self, msg: impl Into<Msg<'a>>) -> String {
        let msg = msg.into();
        self.format(msg.id, Some(&msg.args))
    }

    /// A message named at run time, with arguments named at run time: the one entry point the
    /// compiler does not check, for the messages whose names and values come from rolecall-core,
    /// which knows nothing of Fluent: a finding (its `Code` and its declared `Arg`s) and a backend
    /// failure (its `ErrorCode` and `Detail`s). Tests check those declarations against English's
    /// variables, and a missing argument is a Fluent error, which fails tests and debug builds.
    /// Every other message goes through [`Messages::get`] or [`Messages::text`].
    pub fn dynamic(&self, id: Id, args: &[(&str, Value<'_>)]) -> String {
        let mut fa = FluentArgs::with_capacity(args.len());
        for (k, v) in args {
            fa.set(*k, v.clone());
        }
        self.format(id, Some(&fa))
    }

    /// The message in this locale (English when it lacks it). Fluent's errors (a variable not
    /// given, a message or term that does not exist...) fail debug builds and so every test; a
    /// release build prints what Fluent made of the message (the placeable's source, `{$role}`).
    fn format(&self, id: Id, args: Option<&FluentArgs<'_>>) -> String {
        let (text, errors) = self.try_format(id, args);
        debug_assert!(errors.is_empty(), "{}: formatting {id}: {errors:?}", self.locale);
        text
    }

    /// The message and the errors formatting it. A message neither this locale nor English has
    /// shows its id.
    fn try_format(&self, id: Id, args: Option<&FluentArgs<'_>>) -> (String, Vec<FluentError>) {
        let mut errors = Vec::new();
        for b in std::iter::once(&self.primary).chain(self.fallback.as_ref()) {
            if let Some(pattern) = b.get_message(id.name).and_then(|m| m.value()) {
                let s: Cow<'_, str> = b.format_pattern(pattern, args, &mut errors);
                return (s.into_owned(), errors);
            }
        }
        errors.push(FluentError::ResolverError(ResolverError::Reference(ReferenceKind::Message { id: id.name.to_owned(), attribute: None })));
        (id.name.to_owned(), errors)
    }

    /// A date (`YYYY-MM-DD`) as this locale writes it (message `date`); anything else as given.
    pub fn date(&self, iso: &str) -> String {
        let parts: Vec<&str> = iso.split('-').collect();
        match parts.as_slice() {
            [y, mo, d] if y.len() == 4 && [y, mo, d].iter().all(|p| p.bytes().all(|b| b.is_ascii_digit())) => {
                let n = |s: &str| s.parse::<usize>().unwrap_or_default();
                self.text(ids::Date { year: *y, month: n(mo), day: n(d) })
            }
            _ => iso.to_owned(),
        }
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
        let n = |l: &str, v: usize| Messages::new(l).text(ids::AuditSummary { scanned: v, found: v, ok: 0, drift: 0 });
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
            let say = |example: &str| m.dynamic(ids::FINDING_REPAIR_WOULD_NARROW, &[("principal", text("ssm.amazonaws.com")), ("example", text(example))]);
            let (with, without) = (say("arn:aws:eks:us-west-2:111122223333:fargateprofile/c/p/1"), say(""));
            assert!(with.contains("fargateprofile/c/p/1") && with.len() > without.len(), "{locale}: {with}");
            assert!(!without.contains("()") && !without.contains('{'), "{locale}: {without}");
        }
    }

    /// Every message of every locale formats without a Fluent error when given its variables,
    /// as strings and as numbers (which select plural forms); a twin without them does not.
    #[test]
    fn every_message_of_every_locale_formats_without_errors() {
        for locale in LOCALES {
            let m = Messages::with_book(locale);
            for id in ids::ALL {
                for value in [text("x"), num(2)] {
                    let mut args = FluentArgs::new();
                    for v in id.variables() {
                        args.set(*v, value.clone());
                    }
                    let (said, errors) = m.try_format(*id, Some(&args));
                    assert!(errors.is_empty(), "{locale}: {id}: {errors:?}: {said}");
                }
            }
        }
        let (_, errors) = Messages::new("es").try_format(ids::PLAN_TITLE, None);
        assert!(!errors.is_empty(), "a variable not given is an error");
        let (said, errors) = Messages::new("en").try_format(Id::new("no-such-message", &[]), None);
        assert!(said == "no-such-message" && !errors.is_empty());
    }

    /// A message's arguments are its struct's fields, whatever converts into a value.
    #[test]
    fn typed_messages_take_strings_numbers_and_options() {
        let m = Messages::new("en");
        let role = String::from("web");
        assert_eq!(m.text(ids::PlanTitle { role: &role, count: 1usize }), "Plan for web: 1 change");
        assert_eq!(m.text(ids::PlanTitle { role: role.clone(), count: 0u32 }), "Plan for web: no changes");
        assert_eq!(m.text(ids::VALUE_NONE), m.get(ids::VALUE_NONE));
        assert_eq!(Msg::from(ids::PlanTitle { role: "r", count: 2 }).id().name(), "plan-title");
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
