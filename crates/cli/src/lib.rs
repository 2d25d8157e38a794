//! The rolecall command line: parses arguments, picks a backend, runs the core's workflows and
//! renders the result for a terminal or as JSON. The only crate that knows about terminals.
//!
//! This file is only the wiring: the language and global flags are read, clap parses, and
//! [`commands`] runs the command matched.

pub mod app;
mod backend;
mod clean;
mod commands;
mod errors;
pub mod exit;
pub mod flags;
mod global;
mod locale;
mod org;
mod render;
pub mod report;
mod request;
pub mod words;

use std::ffi::OsString;

use rolecall_i18n::Messages;

pub use app::command;
pub use commands::completions::{complete, COMPLETE_VAR};
pub use exit::{ExitStatus, Failure, Usage};
pub use global::{Env, Global, Output, ProcessEnv, Style};
pub use render::Out;

use flags::{Args, Cmd};
use locale::choose_locale;

/// Runs rolecall with these arguments; returns the exit status.
pub fn run(args: Vec<OsString>, env: &dyn Env) -> ExitStatus {
    clean::note_env(env);
    let (locale, lang_error) = choose_locale(&args, env);
    let msgs = Messages::new(locale);
    let mut out = Out::new(&msgs, Output::Text, Style::Plain);
    if let Some(e) = lang_error {
        out.failure(&Failure::Input(e));
        return ExitStatus::Usage;
    }
    let matches = match command(&msgs).try_get_matches_from(&args) {
        Ok(m) => m,
        Err(e) => return errors::clap_error(&msgs, e),
    };
    let g = match global::global(&Args::new(Cmd::Root, &matches), env) {
        Ok(g) => g,
        Err(f) => {
            out.failure(&f);
            return ExitStatus::Usage;
        }
    };
    out = Out::new(&msgs, g.output, g.style);
    let Some((cmd, sub)) = Cmd::matched(&matches) else { return ExitStatus::Usage };
    match dispatch(&Args::new(cmd, sub), &g, env, &mut out) {
        Ok(code) => code,
        Err(f) => {
            out.failure(&f);
            f.exit_status()
        }
    }
}

fn dispatch(a: &Args<'_>, g: &Global, env: &dyn Env, out: &mut Out<'_>) -> Result<ExitStatus, Failure> {
    match a.cmd() {
        Cmd::Roles => commands::roles::run(out),
        Cmd::Show => commands::show::run(a, g, env, out),
        Cmd::Check => commands::check::run(a, g, env, out),
        Cmd::Create | Cmd::Repair => commands::plan::run(a, g, env, out),
        Cmd::Audit => commands::audit::run(a, g, env, out),
        Cmd::Lint => commands::lint::run(a, out),
        Cmd::Permissions => commands::permissions::run(a, g, out),
        Cmd::Completions => commands::completions::run(a, out),
        Cmd::MockServe => commands::mock_serve::run(a, g, out),
        Cmd::Root | Cmd::Mock => Ok(ExitStatus::Usage),
    }
}

/// `rolecall show --output json` for a context, as the book embeds it.
pub fn show_json(desired: &rolecall_core::role::Desired) -> serde_json::Value {
    render::show_value(desired)
}
