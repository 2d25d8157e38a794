//! The rolecall command line: parses arguments, picks a backend, runs the core's workflows and
//! renders the result for a terminal or as JSON. The only crate that knows about terminals.

pub mod app;
mod backend;
mod clean;
mod errors;
mod org;
mod render;
mod request;
mod serve;
pub mod words;

use std::ffi::OsString;
use std::io::{IsTerminal, Read, Write};
use std::path::PathBuf;

use clap::ArgMatches;
use rolecall_core::backend::IamError;
use rolecall_core::engine;
use rolecall_core::input::{Field, InputError, Rule};
use rolecall_core::lint::text::lint_text;
use rolecall_core::lint::DocKind;
use rolecall_core::plan::PlanOptions;
use rolecall_core::policy::PolicyDocument;
use rolecall_core::role::RoleKind;
use rolecall_i18n::{ids, Messages};

pub use app::command;
use backend::Backend;
pub use render::Out;

/// Exit statuses, stable for pipelines.
pub mod exit {
    /// Every exit status; the book's table and the manual pages list these (`words::exit`).
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Exit {
        /// Success: the role does its job, the plan ran, the document is clean.
        Ok = 0,
        /// Findings: an error (or with `--strict`, a warning), or a plan that could not finish safely.
        Findings = 1,
        /// Bad input: nothing was sent to IAM and nothing written.
        Usage = 2,
        /// The backend failed: credentials, access, network, IAM errors after retries, state file I/O.
        Backend = 3,
    }

    impl Exit {
        pub const ALL: [Exit; 4] = [Exit::Ok, Exit::Findings, Exit::Usage, Exit::Backend];

        pub fn code(self) -> i32 {
            self as i32
        }
    }

    pub const OK: i32 = Exit::Ok as i32;
    pub const FINDINGS: i32 = Exit::Findings as i32;
    pub const USAGE: i32 = Exit::Usage as i32;
    pub const BACKEND: i32 = Exit::Backend as i32;
}

/// Why a command could not finish.
#[derive(Debug)]
pub enum Failure {
    /// Bad input, with the value and what is allowed.
    Input(InputError),
    /// Bad input that is not one value (a file that cannot be read...): a message and its arguments.
    Usage(rolecall_i18n::Id, Vec<(&'static str, Said)>),
    /// The backend failed.
    Backend(IamError),
}

/// An argument of a [`Failure::Usage`] message.
#[derive(Debug)]
pub enum Said {
    /// A value from outside (a file name), shown as it is.
    Value(String),
    /// rolecall's own words (why a file cannot be read).
    Message(rolecall_i18n::Id),
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
    pub json: bool,
    /// `--output jsonl`: JSON objects one to a line (audit streams one per result).
    pub jsonl: bool,
    pub backend: backend::Kind,
    pub state: Option<PathBuf>,
    pub profile: Option<String>,
    pub region: Option<String>,
    pub endpoint_url: Option<String>,
    pub color: bool,
    pub verbose: u8,
    pub read_timeout: Option<std::time::Duration>,
    pub connect_timeout: Option<std::time::Duration>,
    pub operation_timeout: Option<std::time::Duration>,
}

fn timeout_flag(m: &ArgMatches, id: &str, field: Field) -> Result<Option<std::time::Duration>, Failure> {
    match m.get_one::<String>(id) {
        None => Ok(None),
        Some(v) => v
            .parse::<u64>()
            .ok()
            .filter(|s| (1..=3600).contains(s))
            .map(|s| Some(std::time::Duration::from_secs(s)))
            .ok_or_else(|| InputError::new(field, v.as_str(), Rule::Range { min: 1, max: 3600 }).into()),
    }
}

fn global(m: &ArgMatches, env: &dyn Env) -> Result<Global, Failure> {
    let s = |k: &str| m.get_one::<String>(k).cloned();
    let (json, jsonl) = match s("output").as_deref() {
        None | Some("text") => (false, false),
        Some("json") => (true, false),
        Some("jsonl") => (true, true),
        Some(other) => return Err(InputError::new(Field::Output, other, Rule::OneOf(vec!["text", "json", "jsonl"])).into()),
    };
    let backend = match s("backend").or_else(|| env.var("ROLECALL_BACKEND")).as_deref() {
        None | Some("aws") => backend::Kind::Aws,
        Some("mock") => backend::Kind::Mock,
        Some(other) => return Err(InputError::new(Field::Backend, other, Rule::OneOf(vec!["aws", "mock"])).into()),
    };
    let endpoint_url = s("endpoint-url");
    if let Some(u) = &endpoint_url {
        let ok = (u.starts_with("http://") || u.starts_with("https://")) && u.len() > "https://".len() && !u.contains(char::is_whitespace);
        if !ok {
            return Err(InputError::new(Field::EndpointUrl, u, Rule::Url).into());
        }
    }
    let region = s("region");
    if let Some(r) = &region {
        rolecall_core::input::Region::parse(r)?;
    }
    let no_color = m.get_flag("no-color") || env.var("NO_COLOR").is_some_and(|v| !v.is_empty());
    Ok(Global {
        json,
        jsonl,
        backend,
        state: s("state").map(PathBuf::from),
        profile: s("profile"),
        region,
        endpoint_url,
        color: !no_color && !json && std::io::stdout().is_terminal(),
        verbose: m.get_count("verbose"),
        read_timeout: timeout_flag(m, "cli-read-timeout", Field::ReadTimeout)?,
        connect_timeout: timeout_flag(m, "cli-connect-timeout", Field::ConnectTimeout)?,
        operation_timeout: timeout_flag(m, "operation-timeout", Field::OperationTimeout)?,
    })
}

/// The environment variable that turns a run into a completion request from a shell.
pub const COMPLETE_VAR: &str = "ROLECALL_COMPLETE";

/// Answers a shell's completion request (`ROLECALL_COMPLETE=SHELL rolecall -- WORDS...`, as the
/// script of `rolecall completions SHELL` sends it): prints the candidates (commands, kinds, the
/// values of --with, --cni, --output, --lang...) with help in the operator's language. Returns
/// `None` when this run is not one, else the exit status.
pub fn complete(args: &[OsString], env: &dyn Env) -> Option<i32> {
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
    Some(if done.is_ok() { exit::OK } else { exit::USAGE })
}

/// Runs rolecall with these arguments; returns the exit status.
pub fn run(args: Vec<OsString>, env: &dyn Env) -> i32 {
    clean::note_env(env);
    let (locale, lang_error) = choose_locale(&args, env);
    let msgs = Messages::new(locale);
    let mut out = Out::new(&msgs, false, false);
    if let Some(e) = lang_error {
        out.failure(&Failure::Input(e));
        return exit::USAGE;
    }
    let matches = match command(&msgs).try_get_matches_from(&args) {
        Ok(m) => m,
        Err(e) => return errors::clap_error(&msgs, e),
    };
    let g = match global(&matches, env) {
        Ok(g) => g,
        Err(f) => {
            out.failure(&f);
            return exit::USAGE;
        }
    };
    out = Out::new(&msgs, g.json, g.color).with_lines(g.jsonl);
    let Some((name, sub)) = matches.subcommand() else { return exit::USAGE };
    match dispatch(name, sub, &g, env, &mut out) {
        Ok(code) => code,
        Err(f) => {
            out.failure(&f);
            match f {
                Failure::Input(_) | Failure::Usage(..) => exit::USAGE,
                Failure::Backend(_) => exit::BACKEND,
            }
        }
    }
}

fn runtime() -> Result<tokio::runtime::Runtime, Failure> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure::Backend(IamError::new(rolecall_core::backend::ErrorCode::Io(rolecall_core::backend::IoStep::Runtime), e.to_string())))
}

fn dispatch(name: &str, m: &ArgMatches, g: &Global, env: &dyn Env, out: &mut Out<'_>) -> Result<i32, Failure> {
    match name {
        "roles" => {
            out.roles();
            Ok(exit::OK)
        }
        "completions" => {
            let v = m.get_one::<String>("shell").map_or("", String::as_str);
            let shells = clap_complete::env::Shells::builtins();
            let shell = shells
                .completer(v)
                .filter(|_| app::SHELLS.contains(&v))
                .ok_or_else(|| InputError::new(Field::Shell, v, Rule::OneOf(app::SHELLS.to_vec())))?;
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
            Ok(exit::OK)
        }
        "mock" => match m.subcommand() {
            Some(("serve", s)) => serve::run(s, g, out),
            _ => Ok(exit::USAGE),
        },
        "lint" => cmd_lint(m, out),
        "permissions" => {
            let cmd = request::permissions_command(m)?;
            let partition = request::partition_flag(m)?.or_else(|| g.region.as_deref().map(rolecall_core::Partition::of_region)).unwrap_or(rolecall_core::Partition::Aws);
            let account = m.get_one::<String>("account").map(|a| rolecall_core::input::AccountId::parse(a)).transpose()?;
            let member = org::member_role_flags(m)?;
            match (m.get_flag("organization"), cmd) {
                (true, rolecall_core::permissions::Command::Audit) => out.organization_permissions(partition, account.as_ref().map(|a| a.as_str()), &member),
                (true, other) => return Err(InputError::new(Field::RoleKind, other.slug(), Rule::OneOf(vec!["audit"])).into()),
                (false, _) => out.permissions(cmd, partition, account.as_ref().map(|a| a.as_str())),
            }
            Ok(exit::OK)
        }
        "audit" => {
            let concurrency = match m.get_one::<String>("concurrency") {
                None => 8,
                Some(v) => v
                    .parse::<usize>()
                    .ok()
                    .filter(|n| (1..=64).contains(n))
                    .ok_or_else(|| InputError::new(Field::Concurrency, v.as_str(), Rule::Range { min: 1, max: 64 }))?,
            };
            let draft = request::draft_partition(m, g)?;
            let org_request = org::request(m)?;
            let rt = runtime()?;
            rt.block_on(async {
                let be = Backend::open(g, env, &draft, false, out.progress_sink(g.verbose), true).await?;
                draft.finish(be.partition(), be.region().as_deref())?;
                if let Some(req) = org_request {
                    return audit_organization(be, req, concurrency, out).await;
                }
                let mut bar = out.audit_progress();
                let report = rolecall_core::audit::audit(&be, be.partition(), concurrency, |scanned, found| bar.tick(scanned, found)).await;
                bar.clear();
                let report = report?;
                out.audit(&report);
                Ok(if report.has_errors() { exit::FINDINGS } else { exit::OK })
            })
        }
        "show" | "check" | "create" | "repair" => {
            let kind = RoleKind::parse(m.get_one::<String>("kind").map_or("", String::as_str))?;
            let draft = request::draft(kind, m, g, name)?;
            let format = request::format(m, g)?;
            if let Some((partition, region)) = Backend::planned_target(g, env, &draft) {
                // Validate everything before the mock's state is opened for writing.
                draft.clone().finish(partition, region.as_deref())?;
            }
            let rt = runtime()?;
            rt.block_on(async {
                let write = matches!(name, "create" | "repair") && !m.get_flag("dry-run");
                let be = Backend::open(g, env, &draft, write, out.progress_sink(g.verbose), false).await?;
                let req = draft.finish(be.partition(), be.region().as_deref())?;
                match name {
                    "show" if format.is_some() => {
                        // A template takes the account from the stack unless one is given: no STS call.
                        let desired = req.spec().desired(&req.context(req.account.clone()));
                        out.document(&match format {
                            Some(request::Format::Terraform) => rolecall_core::export::terraform(&desired),
                            _ => rolecall_core::export::cloudformation(&desired),
                        });
                        Ok(exit::OK)
                    }
                    "show" => {
                        let account = req.account(&be, None).await?;
                        let desired = req.spec().desired(&req.context(account));
                        out.show(&desired);
                        Ok(exit::OK)
                    }
                    "check" => {
                        let report = engine::check(&be, &req).await?;
                        out.check(&report);
                        let strict = m.get_flag("strict");
                        let worst = report.findings.iter().map(|f| f.severity()).max();
                        let failed = report.status == rolecall_core::check::Status::Undecided
                            || match worst {
                                Some(rolecall_core::finding::Severity::Error) => true,
                                Some(rolecall_core::finding::Severity::Warning) => strict,
                                _ => false,
                            };
                        Ok(if failed { exit::FINDINGS } else { exit::OK })
                    }
                    _ => {
                        let repair = name == "repair";
                        let opts = if repair {
                            PlanOptions { replace_outdated: m.get_flag("replace-outdated"), restrict_trust: m.get_flag("restrict-trust") }
                        } else {
                            PlanOptions::default()
                        };
                        let planned = engine::plan_changes(&be, &req, repair, opts).await?;
                        let dry_run = m.get_flag("dry-run");
                        if !repair && planned.role_existed() {
                            // A role whose trust policy is exactly the one create writes is one an
                            // earlier create left unfinished: finishing it only adds. Any other
                            // role is left alone; repair is the way.
                            let interrupted = !planned.plan.is_empty()
                                && planned.observation.role.as_ref().and_then(|r| PolicyDocument::parse(&r.trust).ok()).is_some_and(|t| t.same_meaning(&planned.desired.trust));
                            if !interrupted {
                                out.exists(&planned);
                                return Ok(exit::OK);
                            }
                            out.resuming(&planned);
                        }
                        if repair && !planned.role_existed() {
                            out.repair_missing(&planned);
                            return Ok(exit::FINDINGS);
                        }
                        if dry_run {
                            out.dry_run(&planned);
                        } else {
                            let mut report = out.start_apply(&planned);
                            let r = engine::apply(&be, &planned.plan.actions, |a, r| report.step(a, r)).await;
                            report.finish(&r);
                            if let Err(e) = r {
                                // With --output json the error is already in the plan's object.
                                out.failure_text(&Failure::Backend(e));
                                return Ok(exit::BACKEND);
                            }
                        }
                        // Something only the user can decide remains: a refusal, or an error left.
                        let unfinished = !planned.plan.blocked.is_empty() || planned.plan.left.iter().any(|f| f.severity() == rolecall_core::finding::Severity::Error);
                        Ok(if unfinished { exit::FINDINGS } else { exit::OK })
                    }
                }
            })
        }
        _ => Ok(exit::USAGE),
    }
}

/// Reads at most `limit` bytes; `None` when there is more.
fn read_at_most(r: impl Read, limit: usize) -> std::io::Result<Option<Vec<u8>>> {
    let mut bytes = Vec::new();
    r.take(limit as u64 + 1).read_to_end(&mut bytes)?;
    Ok((bytes.len() <= limit).then_some(bytes))
}

/// `audit --organization` / `--accounts`: every account reported (faults stay in their account),
/// then the summary. Exit 3 when an account could not be read, else 1 on any error finding.
async fn audit_organization(be: Backend, req: org::OrgRequest, concurrency: usize, out: &mut Out<'_>) -> Result<i32, Failure> {
    use rolecall_core::org::{audit_accounts, resolve, Organization};
    let partition = be.partition();
    let org = org::OrgBackend::new(be, req.role);
    let targets = resolve(&org, &req.accounts).await?;
    // The caller's own account is read with the caller's credentials; look it up once, first.
    org.caller_account().await?;
    let total = targets.len();
    let mut bar = out.org_progress(total);
    let mut results = Vec::new();
    let summary = audit_accounts(&org, targets, partition, req.account_concurrency, concurrency, |a| {
        bar.tick(results.len() + 1);
        out.org_account(&a);
        results.push(a);
    })
    .await;
    bar.clear();
    out.org_summary(&results, &summary);
    Ok(if summary.accounts_failed > 0 {
        exit::BACKEND
    } else if results.iter().any(rolecall_core::org::AccountAudit::has_errors) {
        exit::FINDINGS
    } else {
        exit::OK
    })
}

fn cmd_lint(m: &ArgMatches, out: &mut Out<'_>) -> Result<i32, Failure> {
    use rolecall_core::lint::MAX_TEXT_BYTES;
    use rolecall_core::policy::MAX_DOCUMENT_BYTES;
    let file = m.get_one::<String>("file").cloned().unwrap_or_default();
    let read = if file == "-" { read_at_most(std::io::stdin().lock(), MAX_TEXT_BYTES) } else { std::fs::File::open(&file).and_then(|f| read_at_most(f, MAX_TEXT_BYTES)) };
    let read = read.and_then(|b| match b {
        Some(b) => String::from_utf8(b).map(Some).map_err(|_| std::io::Error::from(std::io::ErrorKind::InvalidData)),
        None => Ok(None),
    });
    let text = match read {
        Ok(Some(text)) => text,
        Ok(None) => return Err(Failure::Usage(ids::ERROR_LINT_TOO_LARGE, vec![("file", Said::Value(file)), ("limit", Said::Value((MAX_TEXT_BYTES >> 20).to_string()))])),
        Err(e) => {
            let reason = match e.kind() {
                std::io::ErrorKind::NotFound => ids::IO_NOT_FOUND,
                std::io::ErrorKind::PermissionDenied => ids::IO_PERMISSION_DENIED,
                std::io::ErrorKind::InvalidData => ids::IO_NOT_TEXT,
                _ => ids::IO_OTHER,
            };
            return Err(Failure::Usage(ids::ERROR_READ_FILE, vec![("file", Said::Value(file)), ("reason", Said::Message(reason))]));
        }
    };
    // The text is one policy document: refused before parsing when no policy could be that large.
    if text.len() > MAX_DOCUMENT_BYTES {
        let args = vec![("file", Said::Value(file)), ("size", Said::Value(text.len().to_string())), ("limit", Said::Value(MAX_DOCUMENT_BYTES.to_string()))];
        return Err(Failure::Usage(ids::ERROR_DOCUMENT_TOO_LARGE, args));
    }
    let force = if m.get_flag("trust") {
        Some(DocKind::Trust)
    } else if m.get_flag("permissions") {
        Some(DocKind::Identity)
    } else {
        None
    };
    let report = lint_text(&text, force);
    out.lint(&file, &report);
    let fails = report.findings.iter().any(|l| l.finding.severity() > rolecall_core::finding::Severity::Info);
    let _ = std::io::stdout().flush();
    Ok(if fails { exit::FINDINGS } else { exit::OK })
}

/// `rolecall show --output json` for a context, as the book embeds it.
pub fn show_json(desired: &rolecall_core::role::Desired) -> serde_json::Value {
    render::show_value(desired)
}
