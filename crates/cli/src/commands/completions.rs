//! `rolecall completions SHELL`: clap_complete's registration script for a shell; the script
//! calls the binary back with [`COMPLETE_VAR`] set, and [`complete`] answers with candidates
//! described in the operator's language.

use std::ffi::OsString;
use std::io::Write;

use rolecall_core::backend::{Detail, ErrorCode, IamError, IoStep};
use rolecall_core::input::{Field, InputError, Rule};
use rolecall_i18n::Messages;

use crate::app::command;
use crate::exit::{ExitStatus, Failure};
use crate::flags::{self, Args};
use crate::global::Env;
use crate::locale::choose_locale;
use crate::render::Out;

/// The environment variable that turns a run into a completion request from a shell.
pub const COMPLETE_VAR: &str = "ROLECALL_COMPLETE";

pub fn run(a: &Args<'_>, out: &mut Out<'_>) -> Result<ExitStatus, Failure> {
    let v = a.positional(flags::SHELL);
    let shells = clap_complete::env::Shells::builtins();
    let shell = shells
        .completer(v)
        .filter(|_| flags::SHELLS.contains(&v))
        .ok_or_else(|| InputError::new(Field::Shell, v, Rule::OneOf(flags::SHELLS.to_vec())))?;
    // The script asks this very binary for candidates, so they always match it.
    let exe = std::env::current_exe().ok().map(|p| p.to_string_lossy().into_owned()).unwrap_or_else(|| "rolecall".into());
    let mut script = Vec::new();
    shell
        .write_registration(COMPLETE_VAR, "rolecall", "rolecall", &exe, &mut script)
        .map_err(|e| Failure::Backend(IamError::new(ErrorCode::Io(IoStep::Write), e.to_string()).with(Detail::File, "-")))?;
    out.document(&String::from_utf8_lossy(&script));
    Ok(ExitStatus::Ok)
}

/// Answers a shell's completion request (`ROLECALL_COMPLETE=SHELL rolecall -- WORDS...`, as the
/// script of `rolecall completions SHELL` sends it): prints the candidates (commands, kinds, the
/// values of --with, --cni, --output, --lang...) with help in the operator's language. Returns
/// `None` when this run is not one, else the exit status.
pub fn complete(args: &[OsString], env: &dyn Env) -> Option<ExitStatus> {
    let shell = env.var(COMPLETE_VAR).filter(|v| !v.is_empty() && v != "0")?;
    // `--lang` among the words being completed chooses the language of the descriptions.
    // The shell sends the words after `--`, the command's name first.
    let words: Vec<OsString> = args.iter().skip_while(|a| *a != "--").skip(1).cloned().collect();
    let (locale, _) = choose_locale(&words, env);
    let shells = clap_complete::env::Shells::builtins();
    let completer = shells.completer(&shell)?;
    let mut cmd = command(&Messages::new(locale));
    cmd.build();
    let mut out = Vec::new();
    let done = completer.write_complete(&mut cmd, words, std::env::current_dir().ok().as_deref(), &mut out);
    // The shell's completion protocol, not text for a terminal: written as the shell expects it
    // (separated by the shell's own separators, which are control characters for bash).
    let _ = std::io::stdout().write_all(&out);
    Some(if done.is_ok() { ExitStatus::Ok } else { ExitStatus::Usage })
}
