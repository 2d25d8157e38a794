//! clap's own errors (unknown flag, missing value...), said again in the operator's language.

use clap::error::{ContextKind, ContextValue, ErrorKind};
use rolecall_i18n::{ids, Messages, Msg};

use crate::exit::ExitStatus;

fn context(e: &clap::Error, kind: ContextKind) -> String {
    match e.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(", "),
        Some(ContextValue::StyledStr(s)) => s.to_string(),
        Some(ContextValue::StyledStrs(v)) => v.iter().map(ToString::to_string).collect::<Vec<_>>().join(", "),
        Some(ContextValue::Number(n)) => n.to_string(),
        _ => String::new(),
    }
}

/// Prints a clap error (help and version go to stdout) and returns the exit status.
pub fn clap_error(m: &Messages, e: clap::Error) -> ExitStatus {
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = e.print();
            return ExitStatus::Ok;
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            crate::render::complain(e.render().to_string().trim_end());
            return ExitStatus::Usage;
        }
        _ => {}
    }
    let arg = context(&e, ContextKind::InvalidArg);
    let value = context(&e, ContextKind::InvalidValue);
    let sub = context(&e, ContextKind::InvalidSubcommand);
    let said: Msg<'_> = match e.kind() {
        ErrorKind::UnknownArgument => ids::ClapUnknownArgument { arg: &arg }.into(),
        ErrorKind::InvalidSubcommand => ids::ClapUnknownCommand { command: &sub }.into(),
        ErrorKind::MissingRequiredArgument => ids::ClapMissingArgument { arg: &arg }.into(),
        ErrorKind::MissingSubcommand => ids::CLAP_MISSING_COMMAND.into(),
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => ids::ClapInvalidValue { arg: &arg, value: &value }.into(),
        ErrorKind::NoEquals | ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => ids::ClapMissingValue { arg: &arg }.into(),
        ErrorKind::TooManyValues => ids::ClapUnexpectedValue { arg: &arg, value: &value }.into(),
        ErrorKind::ArgumentConflict => ids::ClapConflict { arg: &arg }.into(),
        _ => ids::CLAP_OTHER.into(),
    };
    let mut text = format!("{} {}", m.get(ids::LABEL_ERROR), m.text(said));
    let suggested = [ContextKind::SuggestedArg, ContextKind::SuggestedSubcommand].into_iter().map(|k| context(&e, k)).find(|s| !s.is_empty());
    if let Some(s) = suggested {
        text.push_str(&format!("\n  {}", m.text(ids::ClapSuggestion { suggestion: &s })));
    }
    let valid = context(&e, ContextKind::ValidValue);
    if !valid.is_empty() {
        text.push_str(&format!("\n  {}", m.text(ids::ClapValidValues { values: &valid })));
    }
    let usage = context(&e, ContextKind::Usage);
    if !usage.is_empty() {
        // clap's usage line starts with its own English heading; ours replaces it.
        let usage = usage.trim().trim_start_matches("Usage:").trim();
        text.push_str(&format!("\n\n{} {usage}", m.get(ids::HEADING_USAGE)));
    }
    text.push_str(&format!("\n\n{}", m.get(ids::CLAP_MORE_HELP)));
    crate::render::complain(&text);
    ExitStatus::Usage
}
