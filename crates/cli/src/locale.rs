//! The operator's language, chosen before clap runs so that clap's own help and errors are
//! localized too.

use std::ffi::OsString;

use rolecall_core::input::{Field, InputError, Rule};

use crate::global::Env;

/// Finds `--lang` before clap runs, so that clap's own help and errors can be localized.
fn prescan_lang(args: &[OsString]) -> Option<String> {
    let mut it = args.iter().skip(1);
    while let Some(a) = it.next() {
        let a = a.to_string_lossy();
        if a == "--" {
            break;
        }
        if let Some(v) = a.strip_prefix("--lang=") {
            return Some(v.to_owned());
        }
        if a == "--lang" {
            return it.next().map(|v| v.to_string_lossy().into_owned());
        }
    }
    None
}

/// Chooses the locale: `--lang`, then `LC_ALL`, `LC_MESSAGES`, `LANG`. An unknown `--lang` is
/// returned as an error, to report once messages exist.
pub fn choose_locale(args: &[OsString], env: &dyn Env) -> (&'static str, Option<InputError>) {
    let from_env = rolecall_i18n::from_env(|k| env.var(k));
    match prescan_lang(args) {
        Some(l) => {
            let chosen = rolecall_i18n::negotiate(&l);
            let known = chosen != "en" || l == "C" || l == "POSIX" || l.to_ascii_lowercase().starts_with("en");
            if known {
                (chosen, None)
            } else {
                (from_env, Some(InputError::new(Field::Language, l, Rule::OneOf(rolecall_i18n::LOCALES.to_vec()))))
            }
        }
        None => (from_env, None),
    }
}
