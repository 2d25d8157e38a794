//! The command line's definition, built with clap from localized messages: every help text,
//! heading and value name comes from Fluent, so `--help` speaks the operator's language.

use std::ffi::OsStr;

use clap::builder::{PossibleValue, StringValueParser, TypedValueParser};
use clap::{Arg, ArgAction, Command, ValueHint};
use rolecall_i18n::{ids, Messages};

use crate::flags::{self, Cmd, Def, Flag, Hint, Kind, FLAGS};
use crate::words;

/// A string argument whose usual values are known, so that shells can complete them, while the
/// value itself is checked later, by rolecall's own rules (the error names the value and what is
/// allowed, in the operator's language).
#[derive(Debug, Clone)]
pub struct Candidates(pub Vec<PossibleValue>);

impl TypedValueParser for Candidates {
    type Value = String;

    fn parse_ref(&self, cmd: &Command, arg: Option<&Arg>, value: &OsStr) -> Result<String, clap::Error> {
        StringValueParser::new().parse_ref(cmd, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(self.0.iter().cloned()))
    }
}

/// Lets shells complete the argument's known values, without clap checking them. Kinds are
/// described by their names in the operator's language.
fn completing(m: &Messages, d: &Def, arg: Arg) -> Arg {
    match d.candidates() {
        Some(values) => {
            let values = values
                .into_iter()
                .map(|v| match d.flag {
                    // `--kind`'s candidates are `RoleKind::ALL`'s slugs: each parses.
                    Flag::Kind => PossibleValue::new(v).help(rolecall_core::role::RoleKind::parse(v).map(|k| m.get(words::kind(k))).unwrap_or_default()),
                    _ => PossibleValue::new(v),
                })
                .collect();
            arg.value_parser(Candidates(values)).hide_possible_values(true)
        }
        None => arg,
    }
}

fn template(m: &Messages) -> String {
    format!("{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}", m.get(ids::HEADING_USAGE))
}

/// The clap argument of a table entry, under its heading in this command.
fn arg(m: &Messages, d: &Def, cmd: Cmd) -> Arg {
    let heading = match d.kind {
        _ if d.is_global() => ids::HEADING_GLOBAL,
        Kind::Positional => ids::HEADING_ARGUMENTS,
        _ if cmd.takes_kind() && CONTEXT.contains(&d.flag) => ids::HEADING_CONTEXT,
        _ => ids::HEADING_OPTIONS,
    };
    let a = Arg::new(d.name).help(m.get(d.help)).help_heading(m.get(heading));
    let a = match d.kind {
        Kind::Positional => a.required(true),
        _ => a.long(d.name),
    };
    let a = match d.kind {
        Kind::Switch => a.action(ArgAction::SetTrue),
        Kind::Count => a.action(ArgAction::Count),
        // Every flag that takes a value has a value name (`flags::tests` checks the table).
        Kind::Value | Kind::Positional => a.value_name(d.value_name.map(|v| m.get(v)).unwrap_or_default()),
        Kind::Repeated => a.value_name(d.value_name.map(|v| m.get(v)).unwrap_or_default()).action(ArgAction::Append),
    };
    let a = match d.hint {
        Hint::FilePath => a.value_hint(ValueHint::FilePath),
        Hint::Url => a.value_hint(ValueHint::Url),
        Hint::None | Hint::Values(_) => a,
    };
    let a = match (d.short, d.conflicts_with) {
        (Some(c), _) => a.short(c),
        (None, Some(other)) => a.conflicts_with(flags::def(other).name),
        (None, None) => a,
    };
    completing(m, d, a.global(d.is_global()))
}

/// The flags that describe a role's context: headed "Context" in the commands about a role kind.
const CONTEXT: [Flag; 10] = [
    Flag::Partition,
    Flag::Cluster,
    Flag::ClusterRegion,
    Flag::Account,
    Flag::Cni,
    Flag::With,
    Flag::Secret,
    Flag::AutoMode,
    Flag::RoleName,
    Flag::Path,
];

/// A command with the flags the table gives it, in the table's order.
fn with_flags(m: &Messages, cmd: Command, which: Cmd) -> Command {
    FLAGS.iter().filter(|d| !d.is_global() && d.taken_by(which)).fold(cmd, |c, d| c.arg(arg(m, d, which)))
}

fn help_flags(cmd: Command, m: &Messages) -> Command {
    cmd.disable_help_flag(true).arg(Arg::new("help").short('h').long("help").action(ArgAction::Help).help(m.get(ids::ARG_HELP)).help_heading(m.get(ids::HEADING_OPTIONS)))
}

fn examples(m: &Messages, name: &str) -> String {
    let Some(key) = words::examples(name) else { return String::new() };
    format!("\n{}\n{}", m.get(ids::HEADING_EXAMPLES), m.get(key).lines().map(|l| format!("  {l}")).collect::<Vec<_>>().join("\n"))
}

/// A (nested) subcommand: `path` as typed after `rolecall`, `id` its messages' suffix.
fn subcommand_at(m: &Messages, path: &'static str, id: &str, usage: &str) -> Command {
    let name = path.rsplit(' ').next().unwrap_or(path);
    // Every command has its help (`words::tests::every_command_has_its_words`).
    let (about, long_about) = words::command_help(id).map(|(a, l)| (m.get(a), m.get(l))).unwrap_or_default();
    let cmd = Command::new(name)
        .about(about)
        .long_about(long_about)
        .override_usage(format!("rolecall {path} {usage}"))
        .help_template(template(m))
        .next_help_heading(m.get(ids::HEADING_OPTIONS))
        .after_long_help(examples(m, id));
    help_flags(cmd, m)
}

/// The whole command line.
pub fn command(m: &Messages) -> Command {
    let kind_usage = format!("<{}> [{}]", m.get(ids::VALUE_KIND), m.get(ids::VALUE_OPTIONS));
    let options = format!("[{}]", m.get(ids::VALUE_OPTIONS));
    let root = Command::new("rolecall")
        .version(env!("CARGO_PKG_VERSION"))
        .about(m.get(ids::APP_ABOUT))
        .long_about(m.get(ids::APP_LONG_ABOUT))
        .override_usage(format!("rolecall [{}] <{}>", m.get(ids::VALUE_OPTIONS), m.get(ids::VALUE_COMMAND)))
        .help_template(template(m))
        .subcommand_help_heading(m.get(ids::HEADING_COMMANDS))
        .subcommand_value_name(m.get(ids::VALUE_COMMAND))
        .subcommand_required(true)
        .disable_help_subcommand(true)
        .disable_version_flag(true)
        .after_long_help(examples(m, "rolecall"));
    let root = FLAGS.iter().filter(|d| d.is_global()).fold(root, |c, d| c.arg(arg(m, d, Cmd::Root)));
    let root = root.arg(Arg::new("version").short('V').long("version").action(ArgAction::Version).help(m.get(ids::ARG_VERSION)).help_heading(m.get(ids::HEADING_GLOBAL)));
    let root = help_flags(root, m);
    let sub = |which: Cmd, usage: &str| with_flags(m, subcommand_at(m, which.path(), which.path(), usage), which);
    root.subcommand(sub(Cmd::Roles, &options))
        .subcommand(sub(Cmd::Show, &kind_usage))
        .subcommand(sub(Cmd::Check, &kind_usage))
        .subcommand(sub(Cmd::Create, &kind_usage))
        .subcommand(sub(Cmd::Repair, &kind_usage))
        .subcommand(sub(Cmd::Audit, &options))
        .subcommand(sub(Cmd::Lint, &format!("<{}> [{}]", m.get(ids::VALUE_FILE), m.get(ids::VALUE_OPTIONS))))
        .subcommand(sub(Cmd::Permissions, &format!("<{}> [{}]", m.get(ids::VALUE_COMMAND), m.get(ids::VALUE_OPTIONS))))
        .subcommand(sub(Cmd::Completions, &format!("<{}>", m.get(ids::VALUE_SHELL))))
        .subcommand(
            help_flags(
                Command::new("mock")
                    .about(m.get(ids::CMD_MOCK))
                    .long_about(m.get(ids::CMD_MOCK_LONG))
                    .override_usage(format!("rolecall mock <{}> [{}]", m.get(ids::VALUE_COMMAND), m.get(ids::VALUE_OPTIONS)))
                    .help_template(template(m))
                    .subcommand_help_heading(m.get(ids::HEADING_COMMANDS))
                    .subcommand_value_name(m.get(ids::VALUE_COMMAND))
                    .subcommand_required(true)
                    .disable_help_subcommand(true),
                m,
            )
            .subcommand(with_flags(m, subcommand_at(m, Cmd::MockServe.path(), "mock-serve", &options), Cmd::MockServe)),
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn definition_is_consistent() {
        command(&Messages::new("en")).debug_assert();
    }
}
