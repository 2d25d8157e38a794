//! The rolecall command line: parses arguments, picks a backend, runs the core's workflows and
//! renders the result for a terminal or as JSON. The only crate that knows about terminals.

pub mod app;
mod backend;
pub mod flags;
mod clean;
mod errors;
mod org;
mod render;
pub mod report;
mod request;
mod serve;
pub mod words;

use std::ffi::OsString;
use std::io::{IsTerminal, Read, Write};
use std::path::PathBuf;

use rolecall_core::backend::IamError;
use rolecall_core::engine;
use rolecall_core::input::{Field, InputError, Rule};
use rolecall_core::lint::text::lint_text;
use rolecall_core::lint::DocKind;
use rolecall_core::plan::PlanOptions;
use rolecall_i18n::{ids, Messages};

pub use app::command;
use backend::{Backend, Calls};
use flags::{Args, Cmd};
use rolecall_core::engine::Locate;
use rolecall_mock::Access;
pub use render::{Out, Output, Style};

/// Exit statuses, stable for pipelines (the book's table is made from [`ExitStatus::ALL`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitStatus {
    /// Success: the role does its job, the plan ran, the document is clean.
    Ok = 0,
    /// Findings: an error (or with `--strict`, a warning), or a plan that could not finish safely.
    Findings = 1,
    /// Bad input: nothing was sent to IAM and nothing written.
    Usage = 2,
    /// The backend failed: credentials, access, network, IAM errors after retries, state file I/O.
    Backend = 3,
}

impl ExitStatus {
    /// Every status, in order.
    pub const ALL: [ExitStatus; 4] = [ExitStatus::Ok, ExitStatus::Findings, ExitStatus::Usage, ExitStatus::Backend];

    /// The process's exit code.
    pub fn code(self) -> i32 {
        self as i32
    }

    /// The message that explains it in the book.
    pub fn book_message(self) -> rolecall_i18n::Plain {
        words::exit(self)
    }
}

/// Why a command could not finish.
#[derive(Debug)]
pub enum Failure {
    /// Bad input, with the value and what is allowed.
    Input(InputError),
    /// Bad input that is not one value (a file that cannot be read...).
    Usage(Usage),
    /// The backend failed.
    Backend(IamError),
}

impl Failure {
    /// The exit status of a command that failed this way.
    pub fn exit_status(&self) -> ExitStatus {
        match self {
            Failure::Input(_) | Failure::Usage(..) => ExitStatus::Usage,
            Failure::Backend(_) => ExitStatus::Backend,
        }
    }
}

/// Bad input that is not one value, with the values its message names: file names from outside
/// (escaped when shown), sizes in bytes.
#[derive(Debug)]
pub enum Usage {
    /// `lint`'s file is larger than it reads (`limit` in MiB).
    LintTooLarge { file: String, limit: usize },
    /// A file cannot be read, and why, in rolecall's words.
    ReadFile { file: String, reason: rolecall_i18n::Plain },
    /// `lint`'s text is one document, larger than any policy can be.
    DocumentTooLarge { file: String, size: usize, limit: usize },
    /// The mock's state file would be named like its lock file.
    StateLockName { file: String },
    /// The mock's state path is not a file.
    StateNotAFile { file: String },
}

impl From<InputError> for Failure {
    fn from(e: InputError) -> Self {
        Failure::Input(e)
    }
}

impl From<IamError> for Failure {
    fn from(e: IamError) -> Self {
        Failure::Backend(e)
    }
}

/// The process environment, as the CLI sees it (injectable for tests).
pub trait Env {
    fn var(&self, key: &str) -> Option<String>;
}

/// The real environment.
#[derive(Debug)]
pub struct ProcessEnv;

impl Env for ProcessEnv {
    fn var(&self, key: &str) -> Option<String> {
        std::env::var(key).ok()
    }
}

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
fn choose_locale(args: &[OsString], env: &dyn Env) -> (&'static str, Option<InputError>) {
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

/// Global options.
#[derive(Debug, Clone)]
pub struct Global {
    pub output: Output,
    pub backend: backend::Kind,
    pub state: Option<PathBuf>,
    pub profile: Option<String>,
    pub region: Option<String>,
    pub endpoint_url: Option<String>,
    pub style: Style,
    pub verbose: u8,
    pub read_timeout: Option<std::time::Duration>,
    pub connect_timeout: Option<std::time::Duration>,
    pub operation_timeout: Option<std::time::Duration>,
}

fn timeout_flag(a: &Args<'_>, flag: flags::Value, field: Field) -> Result<Option<std::time::Duration>, Failure> {
    match a.value(flag) {
        None => Ok(None),
        Some(v) => v
            .parse::<u64>()
            .ok()
            .filter(|s| (1..=3600).contains(s))
            .map(|s| Some(std::time::Duration::from_secs(s)))
            .ok_or_else(|| InputError::new(field, v, Rule::Range { min: 1, max: 3600 }).into()),
    }
}

fn global(a: &Args<'_>, env: &dyn Env) -> Result<Global, Failure> {
    let output = match a.value(flags::OUTPUT) {
        None | Some("text") => Output::Text,
        Some("json") => Output::Json,
        Some("jsonl") => Output::JsonLines,
        Some(other) => return Err(InputError::new(Field::Output, other, Rule::OneOf(flags::OUTPUTS.to_vec())).into()),
    };
    let backend = match a.value(flags::BACKEND).map(str::to_owned).or_else(|| env.var("ROLECALL_BACKEND")).as_deref() {
        None | Some("aws") => backend::Kind::Aws,
        Some("mock") => backend::Kind::Mock,
        Some(other) => return Err(InputError::new(Field::Backend, other, Rule::OneOf(flags::BACKENDS.to_vec())).into()),
    };
    let endpoint_url = a.value(flags::ENDPOINT_URL).map(str::to_owned);
    if let Some(u) = &endpoint_url {
        let ok = (u.starts_with("http://") || u.starts_with("https://")) && u.len() > "https://".len() && !u.contains(char::is_whitespace);
        if !ok {
            return Err(InputError::new(Field::EndpointUrl, u, Rule::Url).into());
        }
    }
    let region = a.value(flags::REGION).map(str::to_owned);
    if let Some(r) = &region {
        rolecall_core::input::Region::parse(r)?;
    }
    let no_color = a.switch(flags::NO_COLOR) || env.var("NO_COLOR").is_some_and(|v| !v.is_empty());
    let colored = !no_color && !output.is_json() && std::io::stdout().is_terminal();
    Ok(Global {
        output,
        backend,
        state: a.value(flags::STATE).map(PathBuf::from),
        profile: a.value(flags::PROFILE).map(str::to_owned),
        region,
        endpoint_url,
        style: if colored { Style::Colored } else { Style::Plain },
        verbose: a.count(flags::VERBOSE),
        read_timeout: timeout_flag(a, flags::CLI_READ_TIMEOUT, Field::ReadTimeout)?,
        connect_timeout: timeout_flag(a, flags::CLI_CONNECT_TIMEOUT, Field::ConnectTimeout)?,
        operation_timeout: timeout_flag(a, flags::OPERATION_TIMEOUT, Field::OperationTimeout)?,
    })
}

/// The environment variable that turns a run into a completion request from a shell.
pub const COMPLETE_VAR: &str = "ROLECALL_COMPLETE";

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
    let g = match global(&Args::new(Cmd::Root, &matches), env) {
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

fn runtime() -> Result<tokio::runtime::Runtime, Failure> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure::Backend(IamError::new(rolecall_core::backend::ErrorCode::Io(rolecall_core::backend::IoStep::Runtime), e.to_string())))
}

fn dispatch(a: &Args<'_>, g: &Global, env: &dyn Env, out: &mut Out<'_>) -> Result<ExitStatus, Failure> {
    match a.cmd() {
        Cmd::Roles => {
            out.emit(&out.roles());
            Ok(ExitStatus::Ok)
        }
        Cmd::Completions => {
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
                .map_err(|e| {
                    let step = rolecall_core::backend::IoStep::Write;
                    Failure::Backend(IamError::new(rolecall_core::backend::ErrorCode::Io(step), e.to_string()).with(rolecall_core::backend::Detail::File, "-"))
                })?;
            out.document(&String::from_utf8_lossy(&script));
            Ok(ExitStatus::Ok)
        }
        Cmd::MockServe => serve::run(a, g, out),
        Cmd::Root | Cmd::Mock => Ok(ExitStatus::Usage),
        Cmd::Lint => cmd_lint(a, out),
        Cmd::Permissions => {
            let cmd = request::permissions_command(a)?;
            let partition = request::partition_flag(a)?.or_else(|| g.region.as_deref().map(rolecall_core::Partition::of_region)).unwrap_or(rolecall_core::Partition::Aws);
            let account = a.value(flags::ACCOUNT).map(rolecall_core::input::AccountId::parse).transpose()?;
            let member = org::member_role_flags(a)?;
            match (a.switch(flags::ORGANIZATION), cmd) {
                (true, rolecall_core::permissions::Command::Audit) => out.emit(&out.organization_permissions(partition, account.as_ref().map(|a| a.as_str()), &member)),
                (true, other) => return Err(InputError::new(Field::RoleKind, other.slug(), Rule::OneOf(vec!["audit"])).into()),
                (false, _) => out.emit(&out.permissions(cmd, partition, account.as_ref().map(|a| a.as_str()))),
            }
            Ok(ExitStatus::Ok)
        }
        Cmd::Audit => {
            let concurrency = match a.value(flags::CONCURRENCY) {
                None => 8,
                Some(v) => v
                    .parse::<usize>()
                    .ok()
                    .filter(|n| (1..=64).contains(n))
                    .ok_or_else(|| InputError::new(Field::Concurrency, v, Rule::Range { min: 1, max: 64 }))?,
            };
            let implied = request::implied_partition(a, g)?;
            let org_request = org::request(a)?;
            let rt = runtime()?;
            rt.block_on(async {
                let hint = implied.as_ref().map(|i| i.partition);
                let be = Backend::open(g, env, hint, Access::Read, out.progress_sink(g.verbose), Calls::Many).await?;
                request::Implied::agrees(&implied, be.partition(), be.region().as_deref())?;
                if let Some(req) = org_request {
                    return audit_organization(be, req, concurrency, out).await;
                }
                let mut bar = out.audit_progress();
                let report = rolecall_core::audit::audit(&be, be.partition(), concurrency, |scanned, found| bar.tick(scanned, found)).await;
                bar.clear();
                let report = report?;
                out.emit(&out.audit(&report));
                Ok(if report.has_errors() { ExitStatus::Findings } else { ExitStatus::Ok })
            })
        }
        Cmd::Show | Cmd::Check | Cmd::Create | Cmd::Repair => role_command(a, g, env, out),
    }
}

/// show, check, create and repair: one role, from one request.
fn role_command(a: &Args<'_>, g: &Global, env: &dyn Env, out: &mut Out<'_>) -> Result<ExitStatus, Failure> {
    let cmd = a.cmd();
    let draft = request::draft(a, g)?;
    let format = if cmd == Cmd::Show { request::format(a, g)? } else { None };
    if let Some((partition, region)) = Backend::planned_target(g, env, draft.partition_hint()) {
        // Validate everything before the mock's state is opened for writing.
        draft.clone().finish(partition, region.as_deref())?;
    }
    let dry_run = matches!(cmd, Cmd::Create | Cmd::Repair) && a.switch(flags::DRY_RUN);
    let access = if matches!(cmd, Cmd::Create | Cmd::Repair) && !dry_run { Access::Write } else { Access::Read };
    let rt = runtime()?;
    rt.block_on(async {
        let be = Backend::open(g, env, draft.partition_hint(), access, out.progress_sink(g.verbose), Calls::Few).await?;
        let req = draft.finish(be.partition(), be.region().as_deref())?;
        match cmd {
            Cmd::Show => match format {
                // A template takes the account from the stack unless one is given: no STS call.
                Some(format) => {
                    let desired = req.desired();
                    out.document(&match format {
                        request::Format::Terraform => rolecall_core::export::terraform(&desired),
                        request::Format::CloudFormation => rolecall_core::export::cloudformation(&desired),
                    });
                    Ok(ExitStatus::Ok)
                }
                None => {
                    let account = req.account(&be, None).await?;
                    let desired = req.spec().desired(&req.in_account(account));
                    out.emit(&report::ShowOutput::from(&desired));
                    Ok(ExitStatus::Ok)
                }
            },
            Cmd::Check => {
                let report = engine::check(&be, &req).await?;
                out.emit(&out.check(&report));
                let strict = a.switch(flags::STRICT);
                let worst = report.findings.iter().map(|f| f.severity()).max();
                let failed = report.status == rolecall_core::check::Status::Undecided
                    || match worst {
                        Some(rolecall_core::finding::Severity::Error) => true,
                        Some(rolecall_core::finding::Severity::Warning) => strict,
                        _ => false,
                    };
                Ok(if failed { ExitStatus::Findings } else { ExitStatus::Ok })
            }
            _ => {
                let repair = cmd == Cmd::Repair;
                let (locate, opts) = if repair {
                    (Locate::Search, PlanOptions { replace_outdated: a.switch(flags::REPLACE_OUTDATED), restrict_trust: a.switch(flags::RESTRICT_TRUST) })
                } else {
                    (Locate::Named, PlanOptions::default())
                };
                let planned = engine::plan_changes(&be, &req, locate, opts).await?;
                if !repair && planned.role_existed() {
                    // A role whose trust policy is exactly the one create writes is one an
                    // earlier create left unfinished: finishing it only adds. Any other
                    // role is left alone; repair is the way.
                    let interrupted = planned.interrupted_create();
                    if !interrupted {
                        out.emit(&out.not_run(&planned));
                        return Ok(ExitStatus::Ok);
                    }
                    out.resuming(&planned);
                }
                if repair && !planned.role_existed() {
                    out.emit(&out.not_run(&planned));
                    return Ok(ExitStatus::Findings);
                }
                if dry_run {
                    out.emit(&out.dry_run(&planned));
                } else {
                    let mut progress = out.start_apply(&planned);
                    let r = engine::apply(&be, &planned.plan.actions, |a, r| progress.step(a, r)).await;
                    out.emit(&progress.finish(&r));
                    if let Err(e) = r {
                        // On stderr; with --output json the error is also in the plan's object.
                        out.failure_line(&Failure::Backend(e));
                        return Ok(ExitStatus::Backend);
                    }
                }
                // Something only the user can decide remains: a refusal, or an error left.
                let unfinished = !planned.plan.blocked.is_empty() || planned.plan.left.iter().any(|f| f.severity() == rolecall_core::finding::Severity::Error);
                Ok(if unfinished { ExitStatus::Findings } else { ExitStatus::Ok })
            }
        }
    })
}

/// Reads at most `limit` bytes; `None` when there is more.
fn read_at_most(r: impl Read, limit: usize) -> std::io::Result<Option<Vec<u8>>> {
    let mut bytes = Vec::new();
    r.take(limit as u64 + 1).read_to_end(&mut bytes)?;
    Ok((bytes.len() <= limit).then_some(bytes))
}

/// `audit --organization` / `--accounts`: every account reported (faults stay in their account),
/// then the summary. Exit 3 when an account could not be read, else 1 on any error finding.
async fn audit_organization(be: Backend, req: org::OrgRequest, concurrency: usize, out: &mut Out<'_>) -> Result<ExitStatus, Failure> {
    use rolecall_core::org::audit_organization as audit_all;
    let partition = be.partition();
    let org = org::OrgBackend::new(be, req.role);
    let mut bar = out.org_progress();
    let mut results = Vec::new();
    let summary = audit_all(&org, &req.accounts, partition, req.account_concurrency, concurrency, |a, listed| {
        bar.tick(results.len() + 1, listed);
        out.org_account(&a);
        results.push(a);
    })
    .await?;
    bar.clear();
    out.org_summary(&results, &summary);
    Ok(if summary.accounts_failed > 0 {
        ExitStatus::Backend
    } else if results.iter().any(rolecall_core::org::AccountAudit::has_errors) {
        ExitStatus::Findings
    } else {
        ExitStatus::Ok
    })
}

fn cmd_lint(a: &Args<'_>, out: &mut Out<'_>) -> Result<ExitStatus, Failure> {
    use rolecall_core::lint::MAX_TEXT_BYTES;
    use rolecall_policy::document::MAX_DOCUMENT_BYTES;
    let file = a.positional(flags::FILE).to_owned();
    let read = if file == "-" { read_at_most(std::io::stdin().lock(), MAX_TEXT_BYTES) } else { std::fs::File::open(&file).and_then(|f| read_at_most(f, MAX_TEXT_BYTES)) };
    let read = read.and_then(|b| match b {
        Some(b) => String::from_utf8(b).map(Some).map_err(|_| std::io::Error::from(std::io::ErrorKind::InvalidData)),
        None => Ok(None),
    });
    let text = match read {
        Ok(Some(text)) => text,
        Ok(None) => return Err(Failure::Usage(Usage::LintTooLarge { file, limit: MAX_TEXT_BYTES >> 20 })),
        Err(e) => {
            let reason = match e.kind() {
                std::io::ErrorKind::NotFound => ids::IO_NOT_FOUND,
                std::io::ErrorKind::PermissionDenied => ids::IO_PERMISSION_DENIED,
                std::io::ErrorKind::InvalidData => ids::IO_NOT_TEXT,
                _ => ids::IO_OTHER,
            };
            return Err(Failure::Usage(Usage::ReadFile { file, reason }));
        }
    };
    // The text is one policy document: refused before parsing when no policy could be that large.
    if text.len() > MAX_DOCUMENT_BYTES {
        return Err(Failure::Usage(Usage::DocumentTooLarge { file, size: text.len(), limit: MAX_DOCUMENT_BYTES }));
    }
    let force = if a.switch(flags::TRUST) {
        Some(DocKind::Trust)
    } else if a.switch(flags::PERMISSIONS) {
        Some(DocKind::Identity)
    } else {
        None
    };
    let report = lint_text(&text, force);
    out.emit(&out.lint(&file, &report));
    let fails = report.findings.iter().any(|l| l.finding.severity() > rolecall_core::finding::Severity::Info);
    let _ = std::io::stdout().flush();
    Ok(if fails { ExitStatus::Findings } else { ExitStatus::Ok })
}

/// `rolecall show --output json` for a context, as the book embeds it.
pub fn show_json(desired: &rolecall_core::role::Desired) -> serde_json::Value {
    render::show_value(desired)
}
