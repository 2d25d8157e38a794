//! The command line's definition, built with clap from localized messages: every help text,
//! heading and value name comes from Fluent, so `--help` speaks the operator's language.

use std::ffi::OsStr;

use clap::builder::{PossibleValue, StringValueParser, TypedValueParser};
use clap::{Arg, ArgAction, Command, ValueHint};
use rolecall_core::permissions::Command as PermCommand;
use rolecall_core::role::RoleKind;
use rolecall_core::Partition;
use rolecall_i18n::Messages;

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

/// The values shells offer for an argument, by id (`None` for free text).
pub fn candidates(id: &str) -> Option<Vec<&'static str>> {
    let flag_values = |k: RoleKind| k.spec().permissions.iter().map(|p| p.flag_value());
    Some(match id {
        "kind" => RoleKind::ALL.iter().map(|k| k.slug()).collect(),
        "lang" => rolecall_i18n::LOCALES.to_vec(),
        "output" => vec!["text", "json"],
        "backend" => vec!["aws", "mock"],
        "partition" => Partition::ALL.iter().map(|p| p.id()).collect(),
        "cni" => std::iter::once("none").chain(flag_values(RoleKind::EksNode)).collect(),
        "with" => flag_values(RoleKind::EcsInstance).collect(),
        "for" => PermCommand::ALL.iter().map(|c| c.slug()).collect(),
        "format" => FORMATS.to_vec(),
        "shell" => SHELLS.to_vec(),
        _ => return None,
    })
}

/// The formats `show --format` writes besides rolecall's own.
pub const FORMATS: [&str; 2] = ["cloudformation", "terraform"];

/// The shells `rolecall completions` writes scripts for.
pub const SHELLS: [&str; 5] = ["bash", "zsh", "fish", "powershell", "elvish"];

/// Lets shells complete the argument's known values, without clap checking them. Kinds are
/// described by their names in the operator's language.
fn completing(m: &Messages, arg: Arg) -> Arg {
    let id = arg.get_id().as_str().to_owned();
    match candidates(&id) {
        Some(values) => {
            let values = values
                .into_iter()
                .map(|v| match id.as_str() {
                    "kind" => PossibleValue::new(v).help(RoleKind::parse(v).map(|k| m.get(words::kind(k))).unwrap_or_default()),
                    _ => PossibleValue::new(v),
                })
                .collect();
            arg.value_parser(Candidates(values)).hide_possible_values(true)
        }
        None => arg,
    }
}

fn template(m: &Messages) -> String {
    format!("{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}", m.get("heading-usage"))
}

fn flag(m: &Messages, id: &'static str) -> Arg {
    completing(m, Arg::new(id).long(id).help(words::flag_help(id).map(|h| m.get(h)).unwrap_or_default()).value_name(value_name(m, id)))
}

/// A flag that takes no value.
fn switch(m: &Messages, id: &'static str) -> Arg {
    Arg::new(id).long(id).help(words::flag_help(id).map(|h| m.get(h)).unwrap_or_default()).action(ArgAction::SetTrue)
}

fn value_name(m: &Messages, id: &str) -> String {
    words::value_name(id).map(|v| m.get(v)).unwrap_or_default()
}

fn help_flags(cmd: Command, m: &Messages) -> Command {
    cmd.disable_help_flag(true).arg(Arg::new("help").short('h').long("help").action(ArgAction::Help).help(m.get("arg-help")).help_heading(m.get("heading-options")))
}

fn examples(m: &Messages, name: &str) -> String {
    let Some(key) = words::examples(name) else { return String::new() };
    format!("\n{}\n{}", m.get("heading-examples"), m.get(key).lines().map(|l| format!("  {l}")).collect::<Vec<_>>().join("\n"))
}

fn subcommand(m: &Messages, name: &'static str, usage: &str) -> Command {
    subcommand_at(m, name, name, usage)
}

/// A (nested) subcommand: `path` as typed after `rolecall`, `id` its messages' suffix.
fn subcommand_at(m: &Messages, path: &'static str, id: &str, usage: &str) -> Command {
    let name = path.rsplit(' ').next().unwrap_or(path);
    let (about, long_about) = words::command_help(id).map(|(a, l)| (m.get(a), m.get(l))).unwrap_or_default();
    let cmd = Command::new(name)
        .about(about)
        .long_about(long_about)
        .override_usage(format!("rolecall {path} {usage}"))
        .help_template(template(m))
        .next_help_heading(m.get("heading-options"))
        .after_long_help(examples(m, id));
    help_flags(cmd, m)
}

fn kind_arg(m: &Messages) -> Arg {
    completing(m, Arg::new("kind").required(true).value_name(m.get("value-kind")).help(m.get("arg-kind")).help_heading(m.get("heading-arguments")))
}

/// The flags that describe a role's context (show, check, create, repair).
fn context(cmd: Command, m: &Messages) -> Command {
    cmd.next_help_heading(m.get("heading-context"))
        .arg(flag(m, "partition"))
        .arg(flag(m, "cluster").action(ArgAction::Append))
        .arg(flag(m, "cluster-region"))
        .arg(flag(m, "account"))
        .arg(flag(m, "cni"))
        .arg(flag(m, "with").action(ArgAction::Append))
        .arg(flag(m, "secret").action(ArgAction::Append))
        .arg(switch(m, "auto-mode"))
        .arg(flag(m, "role-name"))
        .arg(flag(m, "path"))
}

fn write_flags(cmd: Command, m: &Messages, repair: bool) -> Command {
    let cmd = cmd.next_help_heading(m.get("heading-options")).arg(switch(m, "dry-run"));
    if repair {
        cmd.arg(switch(m, "replace-outdated")).arg(switch(m, "restrict-trust"))
    } else {
        cmd
    }
}

/// The whole command line.
pub fn command(m: &Messages) -> Command {
    let kind_usage = format!("<{}> [{}]", m.get("value-kind"), m.get("value-options"));
    let root = Command::new("rolecall")
        .version(env!("CARGO_PKG_VERSION"))
        .about(m.get("app-about"))
        .long_about(m.get("app-long-about"))
        .override_usage(format!("rolecall [{}] <{}>", m.get("value-options"), m.get("value-command")))
        .help_template(template(m))
        .subcommand_help_heading(m.get("heading-commands"))
        .subcommand_value_name(m.get("value-command"))
        .subcommand_required(true)
        .disable_help_subcommand(true)
        .disable_version_flag(true)
        .after_long_help(examples(m, "rolecall"))
        .next_help_heading(m.get("heading-global"))
        .arg(flag(m, "lang").global(true))
        .arg(flag(m, "output").global(true))
        .arg(flag(m, "backend").global(true))
        .arg(flag(m, "state").global(true).value_hint(ValueHint::FilePath))
        .arg(flag(m, "profile").global(true))
        .arg(flag(m, "region").global(true))
        .arg(flag(m, "endpoint-url").global(true).value_hint(ValueHint::Url))
        .arg(flag(m, "cli-read-timeout").global(true))
        .arg(flag(m, "cli-connect-timeout").global(true))
        .arg(flag(m, "operation-timeout").global(true))
        .arg(switch(m, "no-color").global(true))
        .arg(switch(m, "verbose").short('v').action(ArgAction::Count).global(true))
        .arg(Arg::new("version").short('V').long("version").action(ArgAction::Version).help(m.get("arg-version")));
    let root = help_flags(root, m);
    root.subcommand(subcommand(m, "roles", &format!("[{}]", m.get("value-options"))))
        .subcommand(context(subcommand(m, "show", &kind_usage).arg(kind_arg(m)).next_help_heading(m.get("heading-options")).arg(flag(m, "format")), m))
        .subcommand(context(
            subcommand(m, "check", &kind_usage).arg(kind_arg(m)).next_help_heading(m.get("heading-options")).arg(switch(m, "strict")),
            m,
        ))
        .subcommand(write_flags(context(subcommand(m, "create", &kind_usage).arg(kind_arg(m)), m), m, false))
        .subcommand(write_flags(context(subcommand(m, "repair", &kind_usage).arg(kind_arg(m)), m), m, true))
        .subcommand(
            subcommand(m, "audit", &format!("[{}]", m.get("value-options")))
                .arg(flag(m, "concurrency"))
                .arg(flag(m, "partition"))
                .arg(switch(m, "organization"))
                .arg(flag(m, "accounts").action(ArgAction::Append))
                .arg(flag(m, "assume-role"))
                .arg(flag(m, "external-id"))
                .arg(flag(m, "account-concurrency")),
        )
        .subcommand(
            subcommand(m, "lint", &format!("<{}> [{}]", m.get("value-file"), m.get("value-options")))
                .arg(
                    Arg::new("file")
                        .required(true)
                        .value_name(m.get("value-file"))
                        .help(m.get("arg-file"))
                        .help_heading(m.get("heading-arguments"))
                        .value_hint(ValueHint::FilePath),
                )
                .arg(switch(m, "trust"))
                .arg(switch(m, "permissions").conflicts_with("trust")),
        )
        .subcommand(
            subcommand(m, "permissions", &format!("<{}> [{}]", m.get("value-command"), m.get("value-options")))
                .arg(completing(m, Arg::new("for").required(true).value_name(m.get("value-command")).help(m.get("arg-for")).help_heading(m.get("heading-arguments"))))
                .arg(flag(m, "partition"))
                .arg(flag(m, "account"))
                .arg(switch(m, "organization"))
                .arg(flag(m, "assume-role"))
                .arg(flag(m, "external-id")),
        )
        .subcommand(
            subcommand(m, "completions", &format!("<{}>", m.get("value-shell")))
                .arg(completing(m, Arg::new("shell").required(true).value_name(m.get("value-shell")).help(m.get("arg-shell")).help_heading(m.get("heading-arguments")))),
        )
        .subcommand(
            help_flags(
                Command::new("mock")
                    .about(m.get("cmd-mock"))
                    .long_about(m.get("cmd-mock-long"))
                    .override_usage(format!("rolecall mock <{}> [{}]", m.get("value-command"), m.get("value-options")))
                    .help_template(template(m))
                    .subcommand_help_heading(m.get("heading-commands"))
                    .subcommand_value_name(m.get("value-command"))
                    .subcommand_required(true)
                    .disable_help_subcommand(true),
                m,
            )
            .subcommand(
                subcommand_at(m, "mock serve", "mock-serve", &format!("[{}]", m.get("value-options")))
                    .arg(flag(m, "port"))
                    .arg(flag(m, "listen"))
                    .arg(flag(m, "partition")),
            ),
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
