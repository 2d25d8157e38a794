//! Every flag and argument rolecall takes, defined once (ripgrep's habit): a static table from
//! which clap's definition ([`crate::app`]), shell completions, the book's command-line chapter
//! and the `--cni`/`--with` mapping to optional permissions are all produced.
//!
//! Flags are read through typed handles ([`Switch`], [`Value`], [`Repeated`], [`Count`],
//! [`Positional`]) generated with the table: a misspelled flag does not compile, a switch cannot
//! be read as a value, and reading a flag the command does not take fails every debug run (and
//! so every test) instead of reading as "not given".

use rolecall_i18n::{ids, Plain};
use clap::ArgMatches;
use rolecall_core::input::{Field, InputError, Rule};
use rolecall_core::permissions::Command as PermCommand;
use rolecall_core::role::{Permission, RoleKind};
use rolecall_core::Partition;

/// A command (or nested command) of the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Cmd {
    /// `rolecall` itself: only the global flags.
    Root,
    Roles,
    Show,
    Check,
    Create,
    Repair,
    Audit,
    Lint,
    Permissions,
    Completions,
    /// `rolecall mock`: only its subcommands.
    Mock,
    MockServe,
}

impl Cmd {
    /// Every command, in the order of the help.
    pub const ALL: [Cmd; 12] =
        [Cmd::Root, Cmd::Roles, Cmd::Show, Cmd::Check, Cmd::Create, Cmd::Repair, Cmd::Audit, Cmd::Lint, Cmd::Permissions, Cmd::Completions, Cmd::Mock, Cmd::MockServe];

    /// As typed after `rolecall` (`mock serve` for the nested one).
    pub fn path(self) -> &'static str {
        match self {
            Cmd::Root => "",
            Cmd::Roles => "roles",
            Cmd::Show => "show",
            Cmd::Check => "check",
            Cmd::Create => "create",
            Cmd::Repair => "repair",
            Cmd::Audit => "audit",
            Cmd::Lint => "lint",
            Cmd::Permissions => "permissions",
            Cmd::Completions => "completions",
            Cmd::Mock => "mock",
            Cmd::MockServe => "mock serve",
        }
    }

    /// The commands about one role kind, whose context flags are headed "Context".
    pub fn takes_kind(self) -> bool {
        matches!(self, Cmd::Show | Cmd::Check | Cmd::Create | Cmd::Repair)
    }

    /// The command clap matched, and its matches.
    pub fn matched(m: &ArgMatches) -> Option<(Cmd, &ArgMatches)> {
        match m.subcommand()? {
            ("mock", sub) => match sub.subcommand()? {
                ("serve", sub) => Some((Cmd::MockServe, sub)),
                _ => None,
            },
            (name, sub) => Cmd::ALL.into_iter().find(|c| c.path() == name).map(|c| (c, sub)),
        }
    }
}

/// How a flag takes values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `--flag`: on or off.
    Switch,
    /// `--flag VALUE`, at most once.
    Value,
    /// `--flag VALUE`, as many times as wanted.
    Repeated,
    /// `-v -v`: how many times.
    Count,
    /// An argument without a flag, required.
    Positional,
}

/// Which commands take a flag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Takes {
    /// Every command (given before or after the command's name).
    Global,
    /// Only these.
    Commands(&'static [Cmd]),
}

/// What shells may complete a value with: known values, or a kind of path.
#[derive(Debug, Clone, Copy)]
pub enum Hint {
    None,
    FilePath,
    Url,
    /// These values (rolecall checks the value itself, so that its error names what is allowed).
    Values(fn() -> Vec<&'static str>),
}

/// One flag or argument.
#[derive(Debug, Clone, Copy)]
pub struct Def {
    pub flag: Flag,
    /// The long name (`--name`) and clap's id; a positional's id.
    pub name: &'static str,
    pub short: Option<char>,
    pub kind: Kind,
    /// The message that explains it (`--help`, the book).
    pub help: Plain,
    /// The message that names its value (`FILE`, `REGION`); none for switches.
    pub value_name: Option<Plain>,
    pub takes: Takes,
    pub hint: Hint,
    /// The optional permissions its values ask for, each by [`Permission::flag_value`].
    pub selects: &'static [Permission],
    /// A flag it cannot be combined with.
    pub conflicts_with: Option<Flag>,
    /// For a whole number, the values allowed (read with [`Args::number`]).
    pub bounds: Option<Bounds>,
}

/// The whole numbers a flag takes, and the field its error names.
#[derive(Debug, Clone, Copy)]
pub struct Bounds {
    pub field: Field,
    pub min: u64,
    pub max: u64,
}

impl Bounds {
    /// How many at a time `--concurrency` and `--account-concurrency` allow.
    const fn in_flight(field: Field) -> Option<Bounds> {
        Some(Bounds { field, min: 1, max: 64 })
    }

    /// The timeouts, in seconds.
    const fn seconds(field: Field) -> Option<Bounds> {
        Some(Bounds { field, min: 1, max: 3600 })
    }

    /// How many connections `mock serve` keeps open at once.
    const fn connections(field: Field) -> Option<Bounds> {
        Some(Bounds { field, min: 1, max: 65_535 })
    }

    /// A TCP port.
    const fn port(field: Field) -> Option<Bounds> {
        Some(Bounds { field, min: 0, max: u16::MAX as u64 })
    }

    /// `v` as a number within the bounds, or the error that names it.
    pub fn parse(&self, v: &str) -> Result<u64, InputError> {
        v.parse::<u64>()
            .ok()
            .filter(|n| (self.min..=self.max).contains(n))
            .ok_or_else(|| InputError::new(self.field, v, Rule::Range { min: self.min, max: self.max }))
    }
}

impl Def {
    const NONE: Def = Def {
        flag: Flag::Lang,
        name: "",
        short: None,
        kind: Kind::Switch,
        help: ids::VALUE_NONE,
        value_name: None,
        takes: Takes::Global,
        hint: Hint::None,
        selects: &[],
        conflicts_with: None,
        bounds: None,
    };

    /// Whether this command takes the flag.
    pub fn taken_by(&self, cmd: Cmd) -> bool {
        match self.takes {
            Takes::Global => true,
            Takes::Commands(c) => c.contains(&cmd),
        }
    }

    /// The commands that take it (none listed for a global flag).
    pub fn commands(&self) -> &'static [Cmd] {
        match self.takes {
            Takes::Global => &[],
            Takes::Commands(c) => c,
        }
    }

    pub fn is_global(&self) -> bool {
        matches!(self.takes, Takes::Global)
    }

    /// The values shells complete it with.
    pub fn candidates(&self) -> Option<Vec<&'static str>> {
        match self.hint {
            Hint::Values(f) => Some(f()),
            _ => None,
        }
    }

    /// How the flag is written: `--name`, or a positional's own name.
    pub fn spelling(&self) -> String {
        match self.kind {
            Kind::Positional => self.name.to_owned(),
            _ => format!("--{}", self.name),
        }
    }
}

/// A flag that is on or off.
#[derive(Debug, Clone, Copy)]
pub struct Switch(pub Flag);
/// A flag with one value.
#[derive(Debug, Clone, Copy)]
pub struct Value(pub Flag);
/// A flag given as many times as wanted.
#[derive(Debug, Clone, Copy)]
pub struct Repeated(pub Flag);
/// A flag counted (`-vv`).
#[derive(Debug, Clone, Copy)]
pub struct Count(pub Flag);
/// A required argument without a flag.
#[derive(Debug, Clone, Copy)]
pub struct Positional(pub Flag);
/// A flag with one value, a whole number within its [`Bounds`] (a flag declared a `Number`
/// without bounds does not compile).
#[derive(Debug, Clone, Copy)]
pub struct Number(pub Flag, pub Bounds);

macro_rules! handles {
    ($($handle:ident => $kind:ident),*) => {$(
        impl $handle {
            const KIND: Kind = Kind::$kind;
            const fn of(flag: Flag, _: Def) -> $handle {
                $handle(flag)
            }
        }
    )*};
}
handles!(Switch => Switch, Value => Value, Repeated => Repeated, Count => Count, Positional => Positional);

impl Number {
    const KIND: Kind = Kind::Value;
    const fn of(flag: Flag, d: Def) -> Number {
        match d.bounds {
            Some(b) => Number(flag, b),
            None => panic!("a Number flag without bounds"),
        }
    }

    /// The same flag, read as its text.
    pub const fn text(self) -> Value {
        Value(self.0)
    }
}

macro_rules! flags {
    ($($(#[doc = $doc:literal])* $konst:ident: $kind:ident($variant:ident) = $name:literal { $($field:ident: $val:expr),* $(,)? })*) => {
        /// Every flag and argument, in the table's order.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Flag { $($variant,)* }

        const TABLE: &[Def] = &[$(Def { flag: Flag::$variant, name: $name, kind: $kind::KIND, $($field: $val,)* ..Def::NONE },)*];

        $( $(#[doc = $doc])* pub const $konst: $kind = $kind::of(Flag::$variant, TABLE[Flag::$variant as usize]); )*

        /// The table, in [`Flag`]'s order, which is the order of every command's help.
        pub static FLAGS: &[Def] = TABLE;
    };
}

const KIND_COMMANDS: &[Cmd] = &[Cmd::Show, Cmd::Check, Cmd::Create, Cmd::Repair];
const WRITE_COMMANDS: &[Cmd] = &[Cmd::Create, Cmd::Repair];

/// `--output`'s values.
pub const OUTPUTS: [&str; 3] = ["text", "json", "jsonl"];
/// `--backend`'s values.
pub const BACKENDS: [&str; 2] = ["aws", "mock"];
/// The formats `show --format` writes besides rolecall's own.
pub const FORMATS: [&str; 2] = ["cloudformation", "terraform"];
/// The shells `rolecall completions` writes scripts for.
pub const SHELLS: [&str; 5] = ["bash", "zsh", "fish", "powershell", "elvish"];
/// `--cni`'s value that asks for no VPC CNI policy.
pub const CNI_NONE: &str = "none";

/// The optional permissions `--cni` asks for: the VPC CNI plugin's, one IP family at a time.
const CNI_PERMISSIONS: &[Permission] = &[Permission::CniIpv4, Permission::CniIpv6];
/// The optional permissions `--with` asks for: every other.
const WITH_PERMISSIONS: &[Permission] = &[Permission::EcrPull, Permission::CloudWatchLogs, Permission::S3ReadOnly, Permission::Secrets, Permission::PrivateRegistry];

flags! {
    // Global flags.
    LANG: Value(Lang) = "lang" { help: ids::ARG_LANG, value_name: Some(ids::VALUE_LANG), hint: Hint::Values(|| rolecall_i18n::LOCALES.to_vec()) }
    OUTPUT: Value(Output) = "output" { help: ids::ARG_OUTPUT, value_name: Some(ids::VALUE_OUTPUT), hint: Hint::Values(|| OUTPUTS.to_vec()) }
    BACKEND: Value(Backend) = "backend" { help: ids::ARG_BACKEND, value_name: Some(ids::VALUE_BACKEND), hint: Hint::Values(|| BACKENDS.to_vec()) }
    STATE: Value(State) = "state" { help: ids::ARG_STATE, value_name: Some(ids::VALUE_STATE), hint: Hint::FilePath }
    PROFILE: Value(Profile) = "profile" { help: ids::ARG_PROFILE, value_name: Some(ids::VALUE_PROFILE) }
    REGION: Value(Region) = "region" { help: ids::ARG_REGION, value_name: Some(ids::VALUE_REGION) }
    ENDPOINT_URL: Value(EndpointUrl) = "endpoint-url" { help: ids::ARG_ENDPOINT_URL, value_name: Some(ids::VALUE_ENDPOINT_URL), hint: Hint::Url }
    CLI_READ_TIMEOUT: Number(CliReadTimeout) = "cli-read-timeout" {
        help: ids::ARG_CLI_READ_TIMEOUT, value_name: Some(ids::VALUE_CLI_READ_TIMEOUT), bounds: Bounds::seconds(Field::ReadTimeout),
    }
    CLI_CONNECT_TIMEOUT: Number(CliConnectTimeout) = "cli-connect-timeout" {
        help: ids::ARG_CLI_CONNECT_TIMEOUT, value_name: Some(ids::VALUE_CLI_CONNECT_TIMEOUT), bounds: Bounds::seconds(Field::ConnectTimeout),
    }
    OPERATION_TIMEOUT: Number(OperationTimeout) = "operation-timeout" {
        help: ids::ARG_OPERATION_TIMEOUT, value_name: Some(ids::VALUE_OPERATION_TIMEOUT), bounds: Bounds::seconds(Field::OperationTimeout),
    }
    NO_COLOR: Switch(NoColor) = "no-color" { help: ids::ARG_NO_COLOR }
    VERBOSE: Count(Verbose) = "verbose" { help: ids::ARG_VERBOSE, short: Some('v') }

    // Arguments.
    KIND: Positional(Kind) = "kind" {
        help: ids::ARG_KIND, value_name: Some(ids::VALUE_KIND), takes: Takes::Commands(KIND_COMMANDS),
        hint: Hint::Values(|| RoleKind::ALL.iter().map(|k| k.slug()).collect()),
    }
    FILE: Positional(File) = "file" { help: ids::ARG_FILE, value_name: Some(ids::VALUE_FILE), takes: Takes::Commands(&[Cmd::Lint]), hint: Hint::FilePath }
    FOR: Positional(For) = "for" {
        help: ids::ARG_FOR, value_name: Some(ids::VALUE_COMMAND), takes: Takes::Commands(&[Cmd::Permissions]),
        hint: Hint::Values(|| PermCommand::ALL.iter().map(|c| c.slug()).collect()),
    }
    SHELL: Positional(Shell) = "shell" { help: ids::ARG_SHELL, value_name: Some(ids::VALUE_SHELL), takes: Takes::Commands(&[Cmd::Completions]), hint: Hint::Values(|| SHELLS.to_vec()) }

    // Command flags.
    FORMAT: Value(Format) = "format" { help: ids::ARG_FORMAT, value_name: Some(ids::VALUE_FORMAT), takes: Takes::Commands(&[Cmd::Show]), hint: Hint::Values(|| FORMATS.to_vec()) }
    STRICT: Switch(Strict) = "strict" { help: ids::ARG_STRICT, takes: Takes::Commands(&[Cmd::Check]) }
    CONCURRENCY: Number(Concurrency) = "concurrency" {
        help: ids::ARG_CONCURRENCY, value_name: Some(ids::VALUE_CONCURRENCY), takes: Takes::Commands(&[Cmd::Audit]), bounds: Bounds::in_flight(Field::Concurrency),
    }
    PORT: Number(Port) = "port" { help: ids::ARG_PORT, value_name: Some(ids::VALUE_PORT), takes: Takes::Commands(&[Cmd::MockServe]), bounds: Bounds::port(Field::Port) }
    LISTEN: Value(Listen) = "listen" { help: ids::ARG_LISTEN, value_name: Some(ids::VALUE_LISTEN), takes: Takes::Commands(&[Cmd::MockServe]) }
    HEADER_TIMEOUT: Value(HeaderTimeout) = "header-timeout" { help: ids::ARG_HEADER_TIMEOUT, value_name: Some(ids::VALUE_OPERATION_TIMEOUT), takes: Takes::Commands(&[Cmd::MockServe]) }
    BODY_TIMEOUT: Value(BodyTimeout) = "body-timeout" { help: ids::ARG_BODY_TIMEOUT, value_name: Some(ids::VALUE_OPERATION_TIMEOUT), takes: Takes::Commands(&[Cmd::MockServe]) }
    IDLE_TIMEOUT: Value(IdleTimeout) = "idle-timeout" { help: ids::ARG_IDLE_TIMEOUT, value_name: Some(ids::VALUE_OPERATION_TIMEOUT), takes: Takes::Commands(&[Cmd::MockServe]) }
    MAX_CONNECTIONS: Number(MaxConnections) = "max-connections" {
        help: ids::ARG_MAX_CONNECTIONS, value_name: Some(ids::VALUE_CONCURRENCY), takes: Takes::Commands(&[Cmd::MockServe]), bounds: Bounds::connections(Field::MaxConnections),
    }
    PARTITION: Value(Partition) = "partition" {
        help: ids::ARG_PARTITION, value_name: Some(ids::VALUE_PARTITION),
        takes: Takes::Commands(&[Cmd::Show, Cmd::Check, Cmd::Create, Cmd::Repair, Cmd::Audit, Cmd::Permissions, Cmd::MockServe]),
        hint: Hint::Values(|| Partition::ALL.iter().map(|p| p.id()).collect()),
    }
    CLUSTER: Repeated(Cluster) = "cluster" { help: ids::ARG_CLUSTER, value_name: Some(ids::VALUE_CLUSTER), takes: Takes::Commands(KIND_COMMANDS) }
    CLUSTER_REGION: Value(ClusterRegion) = "cluster-region" { help: ids::ARG_CLUSTER_REGION, value_name: Some(ids::VALUE_CLUSTER_REGION), takes: Takes::Commands(KIND_COMMANDS) }
    ACCOUNT: Value(Account) = "account" {
        help: ids::ARG_ACCOUNT, value_name: Some(ids::VALUE_ACCOUNT),
        takes: Takes::Commands(&[Cmd::Show, Cmd::Check, Cmd::Create, Cmd::Repair, Cmd::Permissions]),
    }
    CNI: Value(Cni) = "cni" {
        help: ids::ARG_CNI, value_name: Some(ids::VALUE_CNI), takes: Takes::Commands(KIND_COMMANDS), selects: CNI_PERMISSIONS,
        hint: Hint::Values(|| std::iter::once(CNI_NONE).chain(CNI_PERMISSIONS.iter().map(|p| p.flag_value())).collect()),
    }
    WITH: Repeated(With) = "with" {
        help: ids::ARG_WITH, value_name: Some(ids::VALUE_WITH), takes: Takes::Commands(KIND_COMMANDS), selects: WITH_PERMISSIONS,
        hint: Hint::Values(|| WITH_PERMISSIONS.iter().map(|p| p.flag_value()).collect()),
    }
    SECRET: Repeated(Secret) = "secret" { help: ids::ARG_SECRET, value_name: Some(ids::VALUE_SECRET), takes: Takes::Commands(KIND_COMMANDS) }
    AUTO_MODE: Switch(AutoMode) = "auto-mode" { help: ids::ARG_AUTO_MODE, takes: Takes::Commands(KIND_COMMANDS) }
    ROLE_NAME: Value(RoleName) = "role-name" { help: ids::ARG_ROLE_NAME, value_name: Some(ids::VALUE_ROLE_NAME), takes: Takes::Commands(KIND_COMMANDS) }
    PATH: Value(Path) = "path" { help: ids::ARG_PATH, value_name: Some(ids::VALUE_PATH), takes: Takes::Commands(KIND_COMMANDS) }
    ORGANIZATION: Switch(Organization) = "organization" { help: ids::ARG_ORGANIZATION, takes: Takes::Commands(&[Cmd::Audit, Cmd::Permissions]) }
    ACCOUNTS: Repeated(Accounts) = "accounts" { help: ids::ARG_ACCOUNTS, value_name: Some(ids::VALUE_ACCOUNTS), takes: Takes::Commands(&[Cmd::Audit]) }
    ASSUME_ROLE: Value(AssumeRole) = "assume-role" { help: ids::ARG_ASSUME_ROLE, value_name: Some(ids::VALUE_ASSUME_ROLE), takes: Takes::Commands(&[Cmd::Audit, Cmd::Permissions]) }
    EXTERNAL_ID: Value(ExternalId) = "external-id" { help: ids::ARG_EXTERNAL_ID, value_name: Some(ids::VALUE_EXTERNAL_ID), takes: Takes::Commands(&[Cmd::Audit, Cmd::Permissions]) }
    ACCOUNT_CONCURRENCY: Number(AccountConcurrency) = "account-concurrency" {
        help: ids::ARG_ACCOUNT_CONCURRENCY, value_name: Some(ids::VALUE_ACCOUNT_CONCURRENCY), takes: Takes::Commands(&[Cmd::Audit]),
        bounds: Bounds::in_flight(Field::AccountConcurrency),
    }
    DRY_RUN: Switch(DryRun) = "dry-run" { help: ids::ARG_DRY_RUN, takes: Takes::Commands(WRITE_COMMANDS) }
    REPLACE_OUTDATED: Switch(ReplaceOutdated) = "replace-outdated" { help: ids::ARG_REPLACE_OUTDATED, takes: Takes::Commands(&[Cmd::Repair]) }
    RESTRICT_TRUST: Switch(RestrictTrust) = "restrict-trust" { help: ids::ARG_RESTRICT_TRUST, takes: Takes::Commands(&[Cmd::Repair]) }
    TRUST: Switch(Trust) = "trust" { help: ids::ARG_TRUST, takes: Takes::Commands(&[Cmd::Lint]) }
    PERMISSIONS: Switch(Permissions) = "permissions" { help: ids::ARG_PERMISSIONS, takes: Takes::Commands(&[Cmd::Lint]), conflicts_with: Some(Flag::Trust) }
}

/// A flag's definition.
pub fn def(flag: Flag) -> &'static Def {
    &FLAGS[flag as usize]
}

/// The flag whose values ask for this optional permission (`--cni` or `--with`).
pub fn permission_flag(p: Permission) -> &'static Def {
    FLAGS.iter().find(|d| d.selects.contains(&p)).unwrap_or(def(Flag::With))
}

/// How to ask for an optional permission on the command line: `--cni ipv4`, `--with ecr-pull`.
pub fn permission_arg(p: Permission) -> String {
    format!("{} {}", permission_flag(p).spelling(), p.flag_value())
}

/// The optional permissions of a kind that a flag's values ask for.
pub fn selectable(flag: Flag, kind: RoleKind) -> Vec<Permission> {
    kind.spec().permissions.iter().copied().filter(|p| def(flag).selects.contains(p)).collect()
}

/// What one command was given, read through the table's typed handles.
#[derive(Debug, Clone, Copy)]
pub struct Args<'a> {
    cmd: Cmd,
    m: &'a ArgMatches,
}

impl<'a> Args<'a> {
    pub fn new(cmd: Cmd, m: &'a ArgMatches) -> Args<'a> {
        Args { cmd, m }
    }

    pub fn cmd(&self) -> Cmd {
        self.cmd
    }

    /// The flag's id, when this command takes it. Reading a flag the command does not take is
    /// a mistake in rolecall: it fails debug builds (every test) rather than read as not given.
    fn id(&self, flag: Flag) -> Option<&'static str> {
        let d = def(flag);
        debug_assert!(d.taken_by(self.cmd), "rolecall {} does not take {}", self.cmd.path(), d.spelling());
        d.taken_by(self.cmd).then_some(d.name)
    }

    pub fn value(&self, f: Value) -> Option<&'a str> {
        self.id(f.0).and_then(|id| self.m.get_one::<String>(id)).map(String::as_str)
    }

    /// A whole number within the flag's [`Bounds`]; `None` when not given.
    pub fn number(&self, f: Number) -> Result<Option<u64>, InputError> {
        self.value(f.text()).map(|v| f.1.parse(v)).transpose()
    }

    /// Every value given, in order; none when the flag is not given (clap has no list then).
    pub fn values(&self, f: Repeated) -> Vec<&'a str> {
        self.id(f.0).and_then(|id| self.m.get_many::<String>(id)).map(|v| v.map(String::as_str).collect()).unwrap_or_default()
    }

    pub fn switch(&self, f: Switch) -> bool {
        self.id(f.0).is_some_and(|id| self.m.get_flag(id))
    }

    pub fn count(&self, f: Count) -> u8 {
        self.id(f.0).map_or(0, |id| self.m.get_count(id))
    }

    /// A required argument (clap has made sure it is there).
    pub fn positional(&self, f: Positional) -> &'a str {
        self.id(f.0).and_then(|id| self.m.get_one::<String>(id)).map_or("", String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_in_flag_order_with_unique_names() {
        for (i, d) in FLAGS.iter().enumerate() {
            assert_eq!(d.flag as usize, i, "{}", d.name);
            assert_eq!(FLAGS.iter().filter(|o| o.name == d.name).count(), 1, "{}", d.name);
            assert_ne!(d.help, ids::VALUE_NONE, "{}", d.name);
            assert_eq!(d.value_name.is_none(), matches!(d.kind, Kind::Switch | Kind::Count), "{}", d.name);
            assert!(d.is_global() || !d.commands().is_empty(), "{}", d.name);
        }
    }

    /// Reading a flag the command does not take is caught (in debug builds, every test run),
    /// not read as "not given".
    #[test]
    #[should_panic(expected = "rolecall lint does not take --account")]
    fn a_flag_the_command_does_not_take_is_not_read() {
        let m = rolecall_i18n::Messages::new("en");
        let matches = crate::app::command(&m).try_get_matches_from(["rolecall", "lint", "x.json"]).unwrap_or_else(|e| panic!("{e}"));
        let (cmd, sub) = Cmd::matched(&matches).unwrap_or_else(|| panic!("a command"));
        let _ = Args::new(cmd, sub).value(ACCOUNT);
    }

    /// Every optional permission is asked for by exactly one flag, with its own value.
    #[test]
    fn every_permission_has_one_flag() {
        for p in Permission::ALL {
            assert_eq!(FLAGS.iter().filter(|d| d.selects.contains(&p)).count(), 1, "{p:?}");
            assert!(permission_flag(p).candidates().unwrap_or_default().contains(&p.flag_value()), "{p:?}");
        }
        assert_eq!(permission_arg(Permission::CniIpv6), "--cni ipv6");
        assert_eq!(permission_arg(Permission::EcrPull), "--with ecr-pull");
    }

    /// Every flag clap knows comes from the table, with the table's kind, for the commands the
    /// table names (and only those).
    #[test]
    fn clap_definition_is_the_table() {
        let m = rolecall_i18n::Messages::new("en");
        let root = crate::app::command(&m);
        for cmd in Cmd::ALL {
            let c = match cmd {
                Cmd::Root => root.clone(),
                Cmd::MockServe => root.find_subcommand("mock").and_then(|s| s.find_subcommand("serve")).cloned().unwrap_or_else(|| panic!("mock serve")),
                other => root.find_subcommand(other.path()).cloned().unwrap_or_else(|| panic!("{}", other.path())),
            };
            let ids: Vec<&str> = c.get_arguments().map(|a| a.get_id().as_str()).filter(|id| !["help", "version"].contains(id)).collect();
            let want: Vec<&str> = FLAGS.iter().filter(|d| if cmd == Cmd::Root { d.is_global() } else { d.taken_by(cmd) && !d.is_global() }).map(|d| d.name).collect();
            assert_eq!(ids, want, "rolecall {}", cmd.path());
            for a in c.get_arguments().filter(|a| !["help", "version"].contains(&a.get_id().as_str())) {
                let d = FLAGS.iter().find(|d| d.name == a.get_id().as_str()).unwrap_or_else(|| panic!("{}", a.get_id()));
                assert_eq!(a.is_positional(), d.kind == Kind::Positional, "{}", d.name);
                assert_eq!(a.get_short(), d.short, "{}", d.name);
            }
        }
    }
}
