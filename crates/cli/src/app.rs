//! The command line's definition, built with clap from localized messages: every help text,
//! heading and value name comes from Fluent, so `--help` speaks the operator's language.

use clap::{Arg, ArgAction, Command};
use rolecall_i18n::Messages;

fn template(m: &Messages) -> String {
    format!("{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}", m.get("heading-usage"))
}

fn flag(m: &Messages, id: &'static str) -> Arg {
    Arg::new(id).long(id).help(m.get(&format!("arg-{id}"))).value_name(value_name(m, id))
}

/// A flag that takes no value.
fn switch(m: &Messages, id: &'static str) -> Arg {
    Arg::new(id).long(id).help(m.get(&format!("arg-{id}"))).action(ArgAction::SetTrue)
}

fn value_name(m: &Messages, id: &str) -> String {
    m.get(&format!("value-{id}"))
}

fn help_flags(cmd: Command, m: &Messages) -> Command {
    cmd.disable_help_flag(true).arg(Arg::new("help").short('h').long("help").action(ArgAction::Help).help(m.get("arg-help")).help_heading(m.get("heading-options")))
}

fn examples(m: &Messages, name: &str) -> String {
    let key = format!("examples-{name}");
    if !m.has(&key) {
        return String::new();
    }
    format!("\n{}\n{}", m.get("heading-examples"), m.get(&key).lines().map(|l| format!("  {l}")).collect::<Vec<_>>().join("\n"))
}

fn subcommand(m: &Messages, name: &'static str, usage: &str) -> Command {
    let cmd = Command::new(name)
        .about(m.get(&format!("cmd-{name}")))
        .long_about(m.get(&format!("cmd-{name}-long")))
        .override_usage(format!("rolecall {name} {usage}"))
        .help_template(template(m))
        .next_help_heading(m.get("heading-options"))
        .after_long_help(examples(m, name));
    help_flags(cmd, m)
}

fn kind_arg(m: &Messages) -> Arg {
    Arg::new("kind").required(true).value_name(m.get("value-kind")).help(m.get("arg-kind")).help_heading(m.get("heading-arguments"))
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
        .arg(flag(m, "state").global(true))
        .arg(flag(m, "profile").global(true))
        .arg(flag(m, "region").global(true))
        .arg(flag(m, "endpoint-url").global(true))
        .arg(flag(m, "cli-read-timeout").global(true))
        .arg(flag(m, "cli-connect-timeout").global(true))
        .arg(flag(m, "operation-timeout").global(true))
        .arg(switch(m, "no-color").global(true))
        .arg(switch(m, "verbose").short('v').action(ArgAction::Count).global(true))
        .arg(Arg::new("version").short('V').long("version").action(ArgAction::Version).help(m.get("arg-version")));
    let root = help_flags(root, m);
    root.subcommand(subcommand(m, "roles", &format!("[{}]", m.get("value-options"))))
        .subcommand(context(subcommand(m, "show", &kind_usage).arg(kind_arg(m)), m))
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
                .arg(Arg::new("file").required(true).value_name(m.get("value-file")).help(m.get("arg-file")).help_heading(m.get("heading-arguments")))
                .arg(switch(m, "trust"))
                .arg(switch(m, "permissions").conflicts_with("trust")),
        )
        .subcommand(
            subcommand(m, "permissions", &format!("<{}> [{}]", m.get("value-command"), m.get("value-options")))
                .arg(Arg::new("for").required(true).value_name(m.get("value-command")).help(m.get("arg-for")).help_heading(m.get("heading-arguments")))
                .arg(flag(m, "partition"))
                .arg(flag(m, "account")),
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
