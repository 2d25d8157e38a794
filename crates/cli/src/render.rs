//! Rendering: every command's output is a report type ([`crate::report`]) whose `Serialize` is
//! the JSON and whose [`Report::text`] is the text for terminals (aligned by display width,
//! colored when it is a terminal). [`Out`] builds the reports, with their messages in the
//! operator's language, and prints them in the format `--output` asks for.

use std::borrow::Cow;
use std::io::Write;
use std::cell::RefCell;
use std::sync::Arc;

use rolecall_aws::Progress;
use rolecall_core::backend::{Action, IamError};
use rolecall_core::engine::{CheckReport, Outcome, Planned};
use rolecall_core::granted::PermissionVerdict;
use rolecall_core::finding::{Code, Finding, Severity};
use rolecall_core::input::{InputError, Rule};
use rolecall_core::lint::text::TextReport;
use rolecall_core::permissions::{policy, Command as PermCommand};
use rolecall_core::role::{Desired, RoleKind};
use rolecall_core::Partition;
use rolecall_i18n::{ids, text, Messages, Value as FluentValue};
use serde::Serialize;
use serde_json::Value;
use unicode_width::UnicodeWidthStr;

use crate::backend::Sink;
use crate::clean::{self, Kind};
use crate::report::*;
use crate::exit::{Failure, Usage};
use crate::global::{Output, Style};
use crate::words;

/// Pads `s` with spaces to `width` terminal columns (CJK characters take two).
pub fn pad(s: &str, width: usize) -> String {
    let w = UnicodeWidthStr::width(s);
    format!("{s}{}", " ".repeat(width.saturating_sub(w)))
}

/// Writes a line to stdout, ignoring a closed pipe. Everything printed passes [`clean::line`].
fn say_as(s: &str, kind: Kind) {
    let mut o = std::io::stdout().lock();
    let _ = writeln!(o, "{}", clean::line(s, kind));
}

fn complain_as(s: &str, kind: Kind) {
    let mut e = std::io::stderr().lock();
    let _ = writeln!(e, "{}", clean::line(s, kind));
}

/// A line of uncolored text on stderr.
/// A backend failure's localized message (external text escaped for a terminal unless `json`).
fn backend_text(m: &Messages, e: &IamError, json: bool) -> String {
    let ext = |s: &str| if json { s.to_owned() } else { clean::escape(s).into_owned() };
    let op = e.operation.clone().unwrap_or_else(|| "?".into());
    let none = m.get(ids::VALUE_NONE);
    let mut values = vec![("operation", ext(&op)), ("code", ext(e.code.as_str())), ("message", ext(&e.message))];
    values.extend(e.details.iter().map(|(k, v)| (k.name(), if v.is_empty() { none.clone() } else { ext(v) })));
    let args: Vec<(&str, FluentValue<'_>)> = values.iter().map(|(k, v)| (*k, text(v))).collect();
    m.dynamic(words::error(&e.code), &args)
}

pub(crate) fn complain(s: &str) {
    complain_as(s, Kind::Text(false));
}

thread_local! {
    /// The messages of listeners called from other threads (progress, `mock serve`'s log),
    /// loaded once per thread: Fluent bundles cannot move between threads.
    static LISTENER_MESSAGES: RefCell<Option<Messages>> = const { RefCell::new(None) };
}

/// Runs `f` with this thread's messages in `locale`, loading them at the first call.
fn with_messages<T>(locale: &'static str, f: impl FnOnce(&Messages) -> T) -> T {
    LISTENER_MESSAGES.with(|cell| {
        let mut slot = cell.borrow_mut();
        if slot.as_ref().is_none_or(|m| m.locale() != locale) {
            *slot = Some(Messages::new(locale));
        }
        match slot.as_ref() {
            Some(m) => f(m),
            None => f(&Messages::new(locale)),
        }
    })
}

/// A policy document as a JSON object (rolecall's documents always are).
fn object(v: Value) -> serde_json::Map<String, Value> {
    match v {
        Value::Object(m) => m,
        _ => serde_json::Map::new(),
    }
}

impl From<&Desired> for ShowOutput {
    fn from(d: &Desired) -> ShowOutput {
        ShowOutput {
            kind: d.kind,
            partition: d.partition,
            role_name: d.role_name.as_str().to_owned(),
            path: d.path.as_str().to_owned(),
            description: d.description,
            trust_policy: object(d.trust.to_value()),
            managed_policy_arns: d.managed_policy_arns.clone(),
            customer_managed_policies: d
                .customer_managed_policies
                .iter()
                .map(|c| CustomerPolicy { name: c.name.clone(), arn: c.arn.clone(), document: object(c.document.clone()) })
                .collect(),
            inline_policies: d.inline_policies.iter().map(|c| InlinePolicy { name: c.name.clone(), document: object(c.document.clone()) }).collect(),
            instance_profile: d.instance_profile.as_ref().map(|p| p.as_str().to_owned()),
            covered: d.covered.iter().map(|(permission, m)| Covered { permission: *permission, policy: m.name }).collect(),
        }
    }
}

/// The JSON of a role definition, as `show --output json` prints it.
pub fn show_value(d: &Desired) -> Value {
    let v = serde_json::to_value(ShowOutput::from(d));
    // Cannot fail: `ShowOutput` is plain data (strings, string-keyed maps, derived enums) with
    // no hand-written `Serialize`. The book (the only caller) compares it with `show`'s output.
    debug_assert!(v.is_ok(), "show's JSON: {v:?}");
    v.unwrap_or_default()
}

/// A report's JSON, pretty or on one line. serde_json refuses only what it cannot write (a map
/// whose keys are not strings, a flattened value that is not an object): an error, never an
/// empty line.
fn to_json<T: Serialize>(v: &T, pretty: bool) -> Result<String, Failure> {
    let json = if pretty { serde_json::to_string_pretty(v) } else { serde_json::to_string(v) };
    json.map_err(|e| Failure::Report(e.to_string()))
}

/// The tones of colored text, each named once with its escape sequence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tone {
    /// Titles and headings.
    Bold,
    /// An error, a "no", a failed step: bold red.
    Bad,
    /// A warning, an undecided answer: bold yellow.
    Doubt,
    /// A note, a step already done: cyan.
    Note,
    /// Success, a "yes": bold green.
    Good,
    /// What only a reader looking for it needs (a finding's code): faint.
    Dim,
}

impl Tone {
    /// Its Select Graphic Rendition parameters.
    fn sgr(self) -> &'static str {
        match self {
            Tone::Bold => "1",
            Tone::Bad => "31;1",
            Tone::Doubt => "33;1",
            Tone::Note => "36",
            Tone::Good => "32;1",
            Tone::Dim => "2",
        }
    }
}

/// Returns to the start of a terminal's line and erases it (progress lines redraw themselves).
const CLEAR_LINE: &str = "\r\x1b[2K";

/// A command's output: the JSON is its `Serialize`, the text this renderer.
pub(crate) trait Report: Serialize {
    /// JSON on one line whatever `--output` says (the first line of `mock serve`).
    const ONE_LINE: bool = false;

    /// The output as text, for a terminal.
    fn text(&self, out: &Out<'_>);
}

/// Output for one run.
pub struct Out<'m> {
    pub(crate) m: &'m Messages,
    output: Output,
    style: Style,
}

impl std::fmt::Debug for Out<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Out").field("output", &self.output).finish_non_exhaustive()
    }
}

impl<'m> Out<'m> {
    pub fn new(m: &'m Messages, output: Output, style: Style) -> Self {
        Out { m, output, style }
    }

    pub(crate) fn is_json(&self) -> bool {
        self.output.is_json()
    }

    pub(crate) fn output(&self) -> Output {
        self.output
    }

    /// Prints a report: its JSON, or its text. Nothing is printed when its JSON cannot be
    /// written.
    pub(crate) fn emit<R: Report>(&self, r: &R) -> Result<(), Failure> {
        match self.output {
            Output::Text => r.text(self),
            Output::Json => say_as(&to_json(r, !R::ONE_LINE)?, Kind::Json),
            Output::JsonLines => self.emit_line(r)?,
        }
        Ok(())
    }

    /// One JSON Lines object (`--output jsonl`).
    pub(crate) fn emit_line<T: Serialize>(&self, v: &T) -> Result<(), Failure> {
        say_as(&to_json(v, false)?, Kind::Json);
        Ok(())
    }

    /// A line of text that only a terminal reader needs (progress, a notice); JSON has none.
    pub(crate) fn note(&self, s: &str) {
        if !self.is_json() {
            self.say(s);
        }
    }

    /// `s` in a tone, on a terminal that shows colors.
    pub(crate) fn paint(&self, s: &str, tone: Tone) -> String {
        match self.style {
            Style::Colored => format!("\x1b[{}m{s}\x1b[0m", tone.sgr()),
            Style::Plain => s.to_owned(),
        }
    }

    pub(crate) fn bold(&self, s: &str) -> String {
        self.paint(s, Tone::Bold)
    }

    /// A value from outside rolecall, for a text message: its control characters made visible.
    /// JSON carries values exactly.
    pub(crate) fn ext<'a>(&self, s: &'a str) -> Cow<'a, str> {
        if self.is_json() {
            Cow::Borrowed(s)
        } else {
            clean::escape(s)
        }
    }

    pub(crate) fn say(&self, s: &str) {
        say_as(s, Kind::Text(self.style == Style::Colored));
    }

    fn complain(&self, s: &str) {
        complain_as(s, Kind::Text(self.style == Style::Colored));
    }

    /// The localized message of a finding.
    fn finding_message(&self, f: &Finding) -> String {
        words::finding_text(self.m, f, &|v| self.ext(v))
    }

    /// A finding, with its message.
    pub(crate) fn finding(&self, f: &Finding) -> FindingReport {
        FindingReport {
            code: f.code,
            severity: f.severity(),
            message: self.finding_message(f),
            arguments: f.args.iter().map(|(k, v)| (k.name().to_owned(), v.as_str().to_owned())).collect(),
        }
    }

    pub(crate) fn findings(&self, findings: &[Finding]) -> Vec<FindingReport> {
        findings.iter().map(|f| self.finding(f)).collect()
    }

    fn severity_label(&self, s: Severity) -> String {
        self.m.get(words::severity(s))
    }

    fn severity_width(&self) -> usize {
        [Severity::Error, Severity::Warning, Severity::Info].iter().map(|s| UnicodeWidthStr::width(self.severity_label(*s).as_str())).max().unwrap_or(0)
    }

    fn severity_painted(&self, s: Severity, width: usize) -> String {
        let label = pad(&self.severity_label(s), width);
        match s {
            Severity::Error => self.paint(&label, Tone::Bad),
            Severity::Warning => self.paint(&label, Tone::Doubt),
            Severity::Info => self.paint(&label, Tone::Note),
        }
    }

    pub(crate) fn findings_text(&self, findings: &[FindingReport]) {
        let width = self.severity_width();
        for f in findings {
            self.say(&format!("  {}  {}", self.severity_painted(f.severity, width), f.message));
            self.say(&format!("  {}  {}", " ".repeat(width), self.paint(&format!("[{}]", f.code.as_str()), Tone::Dim)));
        }
    }

    fn counts<'a>(&self, severities: impl Iterator<Item = Severity> + Clone + 'a) -> String {
        let n = |s: Severity| severities.clone().filter(|f| *f == s).count();
        self.m.text(ids::SummaryCounts { errors: n(Severity::Error), warnings: n(Severity::Warning), notes: n(Severity::Info) })
    }

    fn input_message(&self, e: &InputError) -> String {
        let flag = self.m.get(words::field(e.field));
        if e.rule == Rule::Required {
            return match words::hint(e.field) {
                Some(hint) => self.m.text(ids::ErrorMissingValue { flag: &flag, hint: self.m.get(hint) }),
                None => self.m.text(ids::ErrorMissingValuePlain { flag: &flag }),
            };
        }
        let rule = match &e.rule {
            Rule::Digits(n) => self.m.text(ids::RuleDigits { count: *n }),
            Rule::IamName { max, .. } => self.m.text(ids::RuleIamName { max: *max }),
            Rule::ClusterName => self.m.get(ids::RULE_CLUSTER_NAME),
            Rule::RegionCode => self.m.get(ids::RULE_REGION_CODE),
            Rule::OneOf(v) => self.m.text(ids::RuleOneOf { values: v.join(", ") }),
            Rule::IamPath => self.m.get(ids::RULE_IAM_PATH),
            Rule::ArnShape(shape) => self.m.text(ids::RuleArnShape { shape: *shape }),
            Rule::Conflicts { other } => self.m.text(ids::RuleConflicts { other: other.as_str() }),
            Rule::Url => self.m.get(ids::RULE_URL),
            Rule::Range { min, max } => self.m.text(ids::RuleRange { min: *min as usize, max: *max as usize }),
            Rule::Required => String::new(),
            Rule::ExternalId => self.m.get(ids::RULE_EXTERNAL_ID),
            Rule::RoleWithPath => self.m.get(ids::RULE_ROLE_WITH_PATH),
            Rule::NonEmptyList => self.m.get(ids::RULE_NON_EMPTY_LIST),
            Rule::IpAddress => self.m.get(ids::RULE_IP_ADDRESS),
            Rule::FargateUnavailable(p) => self.m.text(ids::RuleFargateUnavailable { partition: p.id() }),
        };
        self.m.text(ids::ErrorInvalidValue { value: self.ext(&e.value), flag, rule })
    }

    fn backend_message(&self, e: &IamError) -> String {
        backend_text(self.m, e, self.is_json())
    }

    /// Why a command failed, as its JSON says it.
    pub(crate) fn error_report(&self, f: &Failure) -> ErrorReport {
        match f {
            Failure::Input(e) => ErrorReport { kind: FailureKind::Input, code: e.field.id().to_owned(), message: self.input_message(e) },
            Failure::Usage(u) => {
                let said: rolecall_i18n::Msg<'_> = match u {
                    Usage::LintTooLarge { file, limit } => ids::ErrorLintTooLarge { file: self.ext(file), limit: limit.to_string() }.into(),
                    Usage::ReadFile { file, reason } => ids::ErrorReadFile { file: self.ext(file), reason: self.m.get(*reason) }.into(),
                    Usage::DocumentTooLarge { file, size, limit } => {
                        ids::ErrorDocumentTooLarge { file: self.ext(file), size: size.to_string(), limit: limit.to_string() }.into()
                    }
                    Usage::StateLockName { file } => ids::ErrorStateLockName { file: self.ext(file) }.into(),
                    Usage::StateNotAFile { file } => ids::ErrorStateNotAFile { file: self.ext(file) }.into(),
                };
                ErrorReport { kind: FailureKind::Input, code: said.id().name().to_owned(), message: self.m.text(said) }
            }
            Failure::Backend(e) => ErrorReport { kind: FailureKind::Backend, code: e.code.as_str().to_owned(), message: self.backend_message(e) },
            Failure::Report(e) => {
                ErrorReport { kind: FailureKind::Backend, code: "ReportJson".to_owned(), message: self.m.text(ids::ErrorReportJson { message: self.ext(e) }) }
            }
        }
    }

    /// `error: MESSAGE` on stderr. With JSON the message is exact (for the JSON object), so its
    /// values are escaped here; in text they already are.
    fn error_line(&self, message: &str) {
        let shown = if self.is_json() { clean::escape(message) } else { Cow::Borrowed(message) };
        self.complain(&format!("{} {shown}", self.paint(&self.m.get(ids::LABEL_ERROR), Tone::Bad)));
    }

    /// Reports why a command failed, on stderr only.
    pub fn failure_line(&self, f: &Failure) {
        self.error_line(&self.error_report(f).message);
    }

    /// Reports why a command failed: on stderr, and as its JSON object on stdout with `--output json`.
    pub fn failure(&self, f: &Failure) {
        let error = self.error_report(f);
        self.error_line(&error.message);
        // The failure is on stderr already, and the exit status says it; and a `FailureOutput`
        // (strings and a derived enum) always has its JSON.
        let written = self.emit(&FailureOutput { error });
        debug_assert!(written.is_ok(), "a failure's JSON: {written:?}");
    }

    pub fn roles(&self) -> RolesOutput {
        let roles = RoleKind::ALL
            .iter()
            .map(|k| {
                let s = k.spec();
                RoleRow {
                    kind: *k,
                    name: self.m.get(words::kind(*k)),
                    default_role_name: (!s.default_name.is_empty()).then_some(s.default_name),
                    auto_mode: s.auto_mode.is_some(),
                    principal: s.principal(Partition::Aws),
                    managed_policies: s.required.iter().map(|r| r.policy.name).collect(),
                    optional_permissions: s.permissions.to_vec(),
                    instance_profile: s.instance_profile_suffix.is_some(),
                }
            })
            .collect();
        RolesOutput { roles }
    }

    pub fn permissions(&self, cmd: PermCommand, partition: Partition, account: Option<&str>) -> PermissionsOutput {
        PermissionsOutput::Account(AccountPermissions { command: cmd, policy: object(policy(cmd, partition, account)) })
    }

    /// `permissions audit --organization`: the caller's policy, then the member role's policy and
    /// the trust policy that lets the management account assume it.
    pub fn organization_permissions(&self, partition: Partition, account: Option<&str>, member: &rolecall_core::org::MemberRole) -> PermissionsOutput {
        use rolecall_core::permissions::{member_role_trust, organization_caller_policy};
        PermissionsOutput::Organization(OrganizationPermissions {
            command: PermCommand::Audit,
            organization: true,
            policy: object(organization_caller_policy(partition, member.path.as_str(), member.name.as_str())),
            member_role: format!("{}{}", member.path.as_str(), member.name.as_str()),
            member_policy: object(policy(PermCommand::Audit, partition, None)),
            member_trust_policy: object(member_role_trust(partition, account.unwrap_or("MANAGEMENT-ACCOUNT-ID"), member.external_id.as_deref())),
        })
    }

    /// A template (`show --format`) or a completion script: rolecall's own text, printed as is
    /// (through [`clean::line`] like every line; it holds no control character to escape).
    pub fn document(&self, text: &str) {
        say_as(text.strip_suffix('\n').unwrap_or(text), Kind::Text(false));
    }

    /// `mock serve` is listening: the URL first, on its own line, then how to use it.
    pub fn serve_ready(&self, url: &str, state: &std::path::Path) -> Result<(), Failure> {
        self.emit(&ServeOutput { url: url.to_owned(), state: state.display().to_string() })?;
        let _ = std::io::stdout().flush();
        self.complain(&self.m.text(ids::MockServeReady { url, state: self.ext(&state.display().to_string()) }));
        Ok(())
    }

    /// `mock serve` stopped (text only: a JSON reader has the process's exit).
    pub fn serve_stopped(&self) {
        if !self.is_json() {
            self.complain(&self.m.get(ids::MOCK_SERVE_STOPPED));
        }
    }

    /// `mock serve`'s log, on stderr: a line per answered request with `--verbose`, and always a
    /// line for a request that could not use the state file, naming the problem.
    pub fn serve_log(&self, verbose: u8) -> impl Fn(&rolecall_mock::serve::Served) + Send + Sync + 'static {
        let locale = self.m.locale();
        let json = self.is_json();
        move |s: &rolecall_mock::serve::Served| {
            if let Some(e) = &s.problem {
                complain(&with_messages(locale, |m| {
                    let problem = backend_text(m, e, json);
                    m.text(ids::MockServeProblem { problem: problem.as_str() })
                }));
            }
            if verbose > 0 {
                let op = if s.action.is_empty() { "?" } else { s.action.as_str() };
                complain(&with_messages(locale, |m| m.text(ids::MockServeRequest { operation: op, status: s.status as usize, millis: s.elapsed.as_millis() as usize })));
            }
        }
    }

    /// `mock serve --listen` on an address other hosts may reach: the endpoint has no authentication.
    pub fn serve_unauthenticated(&self, address: &str) {
        self.complain(&self.m.text(ids::MockServeUnauthenticated { address }));
    }

    pub fn check(&self, r: &CheckReport) -> CheckOutput {
        CheckOutput { kind: r.kind, role_name: r.role_name.clone(), status: r.status, findings: self.findings(&r.findings), trust: r.trust.clone(), permissions: r.permissions.as_ref().map(permissions_report) }
    }

    fn action_text(&self, a: &Action) -> String {
        self.m.text(words::action(a, &|v| self.ext(v)))
    }

    fn actions(&self, p: &Planned, done: &[bool]) -> Vec<ActionReport> {
        p.plan
            .actions
            .iter()
            .enumerate()
            .map(|(i, a)| ActionReport { action: a.clone(), done: done.get(i).copied().unwrap_or(false), command: a.aws_cli_line(), message: self.action_text(a) })
            .collect()
    }

    /// A plan as `--dry-run` prints it.
    pub fn dry_run(&self, p: &Planned) -> PlanOutput {
        PlanOutput {
            kind: p.desired.kind,
            role_name: p.desired.role_name.as_str().to_owned(),
            actions: self.actions(p, &[]),
            blocked: self.findings(&p.plan.blocked),
            left: self.findings(&p.plan.left),
            state: PlanState::DryRun,
        }
    }

    /// A plan that is not run, and why: `create` of a role that exists (`repair` is the way),
    /// `repair` of one that does not (`create` is).
    pub fn not_run(&self, p: &Planned) -> PlanOutput {
        let exists = p.role_existed();
        let (role, kind) = (self.ext(p.desired.role_name.as_str()), p.desired.kind.slug());
        let message = if exists { self.m.text(ids::CreateExists { role, kind }) } else { self.m.text(ids::RepairMissing { role, kind }) };
        // Nothing runs: what remains is what there is.
        PlanOutput { actions: Vec::new(), left: self.findings(&p.plan.findings), state: PlanState::NotRun { exists, message }, ..self.dry_run(p) }
    }

    /// `create` finishing a role an earlier create left unfinished.
    pub fn resuming(&self, p: &Planned) {
        self.note(&self.m.text(ids::CreateResume { role: self.ext(p.desired.role_name.as_str()) }));
    }

    /// Carrying out a plan: its title now, each action as it is done, the report at the end.
    pub fn start_apply<'a>(&'a self, p: &'a Planned) -> ApplyProgress<'a, 'm> {
        self.note(&self.bold(&self.m.text(ids::PlanTitle { role: self.ext(p.desired.role_name.as_str()), count: p.plan.actions.len() })));
        if p.plan.actions.is_empty() && p.plan.left.is_empty() && p.plan.blocked.is_empty() {
            self.note(&format!("  {}", self.m.get(ids::PLAN_NOTHING)));
        }
        ApplyProgress { out: self, planned: p, done: Vec::new() }
    }

    pub fn lint(&self, file: &str, r: &TextReport) -> LintOutput {
        LintOutput {
            file: file.to_owned(),
            document: r.whole.map_or(WholeText::Text, WholeText::Document),
            documents: r.documents.iter().map(|d| DocumentReport { line: d.line, column: d.column, kind: d.kind, name: d.name.clone() }).collect(),
            commands: r.commands.iter().map(|c| CommandReport { line: c.line, column: c.column, command: c.name.clone() }).collect(),
            findings: r.findings.iter().map(|l| LocatedFinding { finding: self.finding(&l.finding), line: l.line, column: l.column }).collect(),
        }
    }

    /// Progress for audit: roles scanned and found so far.
    pub fn audit_progress(&self) -> AuditProgress {
        AuditProgress { line: self.progress_line(), labels: (self.m.get(ids::AUDIT_PROGRESS_SCANNED), self.m.get(ids::AUDIT_PROGRESS_FOUND)) }
    }

    /// One line of progress on a terminal's standard error, and never with JSON.
    fn progress_line(&self) -> ProgressLine {
        use std::io::IsTerminal;
        ProgressLine { on: !self.is_json() && std::io::stderr().is_terminal(), shown: false }
    }

    /// One audited role, with check's keys and its kind.
    pub(crate) fn audited_role(&self, r: &CheckReport) -> AuditedRoleReport {
        AuditedRoleReport { kind: r.kind, role_name: r.role_name.clone(), status: r.status, findings: self.findings(&r.findings), permissions: r.permissions.as_ref().map(permissions_report) }
    }

    /// One account's audit (`audit`, and each account of `audit --organization`).
    pub fn audit(&self, a: &rolecall_core::audit::Audit) -> AuditOutput {
        AuditOutput { roles: a.roles.iter().map(|r| self.audited_role(r)).collect(), account_findings: self.findings(&a.account), summary: a.summary.clone() }
    }

    /// The table of roles, the account's findings and the summary line.
    pub(crate) fn audit_body(&self, roles: &[AuditedRoleReport], account_findings: &[FindingReport], s: &rolecall_core::audit::Summary) {
        if roles.is_empty() {
            self.say(&format!("  {}", self.m.get(ids::AUDIT_NONE_FOUND)));
        } else {
            let heads = [self.m.get(ids::COL_ROLE), self.m.get(ids::COL_KIND), self.m.get(ids::COL_STATUS), self.m.get(ids::COL_FINDINGS)];
            let rows: Vec<[String; 4]> = roles
                .iter()
                .map(|r| {
                    let codes = r.findings.iter().map(|f| f.code.as_str()).collect::<Vec<_>>().join(", ");
                    [self.ext(&r.role_name).into_owned(), r.kind.slug().to_owned(), self.m.get(words::status(r.status)), if codes.is_empty() { "—".into() } else { codes }]
                })
                .collect();
            let mut widths = [0usize; 4];
            for row in std::iter::once(&heads).chain(rows.iter()) {
                for (i, c) in row.iter().enumerate() {
                    widths[i] = widths[i].max(UnicodeWidthStr::width(c.as_str()));
                }
            }
            let line = |row: &[String; 4]| row.iter().zip(widths).map(|(c, w)| pad(c, w)).collect::<Vec<_>>().join("  ").trim_end().to_owned();
            self.say(&self.bold(&line(&heads)));
            for row in &rows {
                self.say(&line(row));
            }
        }
        if !account_findings.is_empty() {
            self.say("");
            self.say(&self.bold(&self.m.get(ids::AUDIT_ACCOUNT_FINDINGS)));
            self.findings_text(account_findings);
        }
        self.say("");
        self.say(&self.m.text(ids::AuditSummary { scanned: s.scanned, found: s.found, ok: s.ok, drift: s.drift }));
    }

    /// Where the AWS backend's progress goes: stderr, in this locale. Calls only with `--verbose`;
    /// IAM's consistency retries as one line updated in place on a terminal, else at most a line
    /// every [`WAIT_LINE_EVERY`].
    pub fn progress_sink(&self, verbose: u8) -> Option<Sink> {
        use std::io::IsTerminal;
        let locale = self.m.locale();
        let waiting = std::sync::Mutex::new(WaitLine::new(std::io::stderr().is_terminal()));
        Some(Arc::new(move |p: &Progress| {
            let say = |msg: rolecall_i18n::Msg<'_>| complain(&with_messages(locale, |m| m.text(msg)));
            let draw = |shown: Option<String>| {
                if let Some(s) = shown {
                    let mut e = std::io::stderr().lock();
                    let _ = write!(e, "{s}");
                    let _ = e.flush();
                }
            };
            let mut waiting = waiting.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
            match p {
                Progress::WaitingForConsistency { operation, attempt, .. } => {
                    let message = with_messages(locale, |m| m.text(ids::ProgressWaiting { operation: *operation, attempt: *attempt as usize }));
                    draw(waiting.show(&clean::line(&message, Kind::Text(false)), std::time::Instant::now()));
                }
                Progress::DoneWaiting { .. } => draw(waiting.done()),
                Progress::Call { operation, millis, ok } if verbose > 0 => {
                    // A line of its own, not appended to the waiting line (redrawn at the next retry).
                    draw(waiting.done());
                    let (operation, millis) = (*operation, *millis as usize);
                    say(if *ok { ids::ProgressCall { operation, millis }.into() } else { ids::ProgressCallFailed { operation, millis }.into() });
                }
                Progress::Call { .. } => {}
            }
        }))
    }

    /// yes, no or undecided, colored.
    fn verdict(&self, v: Option<bool>) -> String {
        match v {
            Some(true) => self.paint(&self.m.get(ids::VERDICT_YES), Tone::Good),
            Some(false) => self.paint(&self.m.get(ids::VERDICT_NO), Tone::Bad),
            None => self.paint(&self.m.get(ids::VERDICT_UNDECIDED), Tone::Doubt),
        }
    }

    /// Findings, each followed by how to address it.
    fn findings_with_fixes(&self, findings: &[FindingReport]) {
        for f in findings {
            self.findings_text(std::slice::from_ref(f));
            let args = f.arguments.iter().map(|(k, v)| (k.as_str(), v.as_str()));
            self.say(&format!("        → {}", words::finding_fix_text(self.m, f.code, args, &|v| self.ext(v))));
        }
    }

    /// Why nothing is written, and what the plan leaves.
    fn plan_outcome(&self, p: &PlanOutput) {
        // A refusal means nothing was written; what a Deny, a boundary or an SCP stops stays
        // whatever rolecall writes.
        let (stops, refused): (Vec<FindingReport>, Vec<FindingReport>) = p.blocked.iter().cloned().partition(|f| matches!(f.code, Code::PermissionDenied | Code::PermissionBlockedByBoundary | Code::PermissionBlockedByScp));
        if !refused.is_empty() {
            self.say(&self.bold(&self.m.get(ids::PLAN_REFUSED)));
            self.findings_with_fixes(&refused);
        }
        if !stops.is_empty() {
            self.say(&self.bold(&self.m.get(ids::PLAN_BLOCKED)));
            self.findings_with_fixes(&stops);
        }
        if !p.left.is_empty() {
            let title = match &p.state {
                PlanState::Ran { error: Some(_) } => ids::PLAN_LEFT_STOPPED,
                _ if p.actions.is_empty() => ids::PLAN_LEFT_NOTHING_TO_WRITE,
                _ => ids::PLAN_LEFT,
            };
            self.say(&self.bold(&self.m.get(title)));
            self.findings_with_fixes(&p.left);
        }
    }
}

impl Report for FailureOutput {
    /// On stderr only ([`Out::failure`]).
    fn text(&self, _: &Out<'_>) {}
}

impl Report for RolesOutput {
    fn text(&self, out: &Out<'_>) {
        let m = out.m;
        let rows: Vec<[&str; 4]> = self.roles.iter().map(|r| [r.kind.slug(), r.name.as_str(), r.default_role_name.unwrap_or("—"), r.principal]).collect();
        let heads = [m.get(ids::COL_KIND), m.get(ids::COL_ROLE), m.get(ids::COL_DEFAULT_NAME), m.get(ids::COL_PRINCIPAL)];
        let mut widths: Vec<usize> = heads.iter().map(|h| UnicodeWidthStr::width(h.as_str())).collect();
        for row in &rows {
            for (i, c) in row.iter().enumerate() {
                widths[i] = widths[i].max(UnicodeWidthStr::width(*c));
            }
        }
        let line = |cells: [&str; 4]| cells.iter().zip(&widths).map(|(c, w)| pad(c, *w)).collect::<Vec<_>>().join("  ").trim_end().to_owned();
        out.say(&out.bold(&line([&heads[0], &heads[1], &heads[2], &heads[3]])));
        for row in rows {
            out.say(&line(row));
        }
    }
}

impl Report for ShowOutput {
    fn text(&self, out: &Out<'_>) {
        let m = out.m;
        let none = m.get(ids::VALUE_NONE);
        // A JSON object of JSON values: serde_json cannot refuse it.
        let pretty = |v: &serde_json::Map<String, Value>| serde_json::to_string_pretty(v).unwrap_or_default();
        let indent = |s: &str| s.lines().map(|l| format!("    {l}")).collect::<Vec<_>>().join("\n");
        out.say(&out.bold(&m.text(ids::ShowTitle { role: self.role_name.as_str(), kind: m.get(words::kind(self.kind)), partition: self.partition.id() })));
        out.say(&format!("  {}", m.get(words::kind_purpose(self.kind))));
        out.say("");
        out.say(&out.bold(&m.get(ids::SHOW_TRUST_POLICY)));
        out.say(&indent(&pretty(&self.trust_policy)));
        out.say(&out.bold(&m.get(ids::SHOW_MANAGED_POLICIES)));
        for a in &self.managed_policy_arns {
            out.say(&format!("    {a}"));
        }
        out.say(&out.bold(&m.get(ids::SHOW_CUSTOMER_POLICIES)));
        if self.customer_managed_policies.is_empty() {
            out.say(&format!("    {none}"));
        }
        for c in &self.customer_managed_policies {
            // No ARN without an account (`show` without `--account`): nothing between the parentheses.
            out.say(&format!("    {} ({})", c.name, c.arn.as_deref().unwrap_or_default()));
            out.say(&indent(&indent(&pretty(&c.document))));
        }
        out.say(&out.bold(&m.get(ids::SHOW_INLINE_POLICIES)));
        if self.inline_policies.is_empty() {
            out.say(&format!("    {none}"));
        }
        for c in &self.inline_policies {
            out.say(&format!("    {}", c.name));
            out.say(&indent(&indent(&pretty(&c.document))));
        }
        out.say(&format!("{} {}", out.bold(&m.get(ids::SHOW_INSTANCE_PROFILE)), self.instance_profile.as_deref().unwrap_or(&none)));
        if !self.covered.is_empty() {
            out.say(&out.bold(&m.get(ids::SHOW_COVERED)));
            for c in &self.covered {
                out.say(&format!("    {}", m.text(ids::ShowCoveredItem { permission: c.permission.slug(), policy: c.policy })));
            }
        }
    }
}

/// A permission verdict as JSON carries it.
pub(crate) fn permissions_report(v: &PermissionVerdict) -> PermissionsReport {
    use rolecall_policy::permission::{Kind, ScpStatus};
    PermissionsReport {
        granted: v.granted,
        scps: match v.scps {
            ScpStatus::Read => ScpsWeighed::Read,
            ScpStatus::NotRead => ScpsWeighed::NotRead,
            ScpStatus::NotApplicable => ScpsWeighed::NotApplicable,
        },
        declared: v.declared,
        needs: v
            .needs
            .iter()
            .map(|n| NeedReport {
                action: n.verdict.action.clone(),
                resource: n.verdict.resource.clone(),
                granted: n.verdict.granted(),
                policy: n.policy.name.to_owned(),
                decided_by: n
                    .verdict
                    .decided_by
                    .iter()
                    .map(|d| DecidedByReport {
                        kind: match d.kind {
                            Kind::Identity => PolicyKind::Identity,
                            Kind::Boundary => PolicyKind::Boundary,
                            Kind::Scp => PolicyKind::Scp,
                            Kind::Session => PolicyKind::Session,
                            Kind::Resource => PolicyKind::Resource,
                        },
                        policy: d.policy.clone(),
                        statement: d.statement.clone(),
                        effect: match d.effect {
                            rolecall_policy::document::Effect::Allow => StatementEffect::Allow,
                            rolecall_policy::document::Effect::Deny => StatementEffect::Deny,
                        },
                        target: d.target.clone(),
                    })
                    .collect(),
            })
            .collect(),
    }
}

/// How many needs a check's text lists when some are not granted.
const NEEDS_SHOWN: usize = 3;

impl Report for CheckOutput {
    fn text(&self, out: &Out<'_>) {
        let m = out.m;
        out.say(&out.bold(&m.text(ids::CheckTitle { role: out.ext(&self.role_name), kind: m.get(words::kind(self.kind)) })));
        out.findings_text(&self.findings);
        if let Some(t) = &self.trust {
            let (principal, verdict) = (t.principal.as_str(), out.verdict(t.assumable));
            let said = if t.clusters.is_empty() { m.text(ids::CheckTrust { principal, verdict }) } else { m.text(ids::CheckTrustClusters { principal, verdict }) };
            out.say(&format!("  {said}"));
            for c in &t.clusters {
                out.say(&format!("    {}", m.text(ids::CheckTrustCluster { cluster: &c.cluster, region: &c.region, verdict: out.verdict(c.covered) })));
            }
        }
        if let Some(p) = &self.permissions {
            if p.declared {
                let scps = m.get(match p.scps {
                    ScpsWeighed::Read => ids::CHECK_SCPS_READ,
                    ScpsWeighed::NotRead => ids::CHECK_SCPS_NOT_READ,
                    ScpsWeighed::NotApplicable => ids::CHECK_SCPS_NOT_APPLICABLE,
                });
                out.say(&format!("  {}", m.text(ids::CheckPermissions { verdict: out.verdict(p.granted), needs: p.needs.len(), scps })));
                for n in p.needs.iter().filter(|n| n.granted != Some(true)).take(NEEDS_SHOWN) {
                    out.say(&format!("    {}", m.text(ids::CheckPermissionNeed { action: &n.action, resource: out.ext(&n.resource), verdict: out.verdict(n.granted) })));
                }
            } else {
                out.say(&format!("  {}", m.get(ids::CHECK_PERMISSIONS_USERS_OWN)));
            }
        }
        let status = m.get(words::status(self.status));
        let status = match self.status {
            rolecall_core::check::Status::Ok => out.paint(&status, Tone::Good),
            _ => out.paint(&status, Tone::Bad),
        };
        out.say(&m.text(ids::CheckSummary { status, counts: out.counts(self.findings.iter().map(|f| f.severity)) }));
    }
}

impl Report for PlanOutput {
    fn text(&self, out: &Out<'_>) {
        let m = out.m;
        match &self.state {
            // Not run: on stdout when the role exists, as an error otherwise.
            PlanState::NotRun { exists: true, message } => out.say(message),
            PlanState::NotRun { exists: false, message } => out.complain(message),
            // Carried out: the title and each action were printed as they went.
            PlanState::Ran { error } => {
                let ok = error.is_none();
                let n = self.actions.iter().filter(|a| a.done).count();
                match ok {
                    true if self.actions.is_empty() => {}
                    true => out.say(&m.text(ids::ApplyDone { count: n })),
                    false => out.say(&m.text(ids::ApplyStopped { count: n })),
                }
                // What check will find: after a failure, everything still missing.
                out.plan_outcome(self);
            }
            // A dry run: the plan, the equivalent commands, and that nothing changed.
            PlanState::DryRun => {
                let n = self.actions.len();
                out.say(&out.bold(&m.text(ids::PlanTitle { role: out.ext(&self.role_name), count: n })));
                let width = self.actions.iter().map(|a| a.action.api_name().len()).max().unwrap_or(0);
                for (i, a) in self.actions.iter().enumerate() {
                    out.say(&format!("  {:>2}. {}  {}", i + 1, pad(a.action.api_name(), width), a.message));
                }
                if n == 0 && self.left.is_empty() && self.blocked.is_empty() {
                    out.say(&format!("  {}", m.get(ids::PLAN_NOTHING)));
                }
                out.plan_outcome(self);
                if !self.actions.is_empty() {
                    out.say("");
                    out.say(&out.bold(&m.get(ids::DRY_RUN_COMMANDS)));
                    for a in &self.actions {
                        out.say(&out.ext(&a.command));
                    }
                }
                out.say("");
                out.say(&m.get(ids::DRY_RUN_NOTHING_CHANGED));
            }
        }
    }
}

impl Report for AuditOutput {
    fn text(&self, out: &Out<'_>) {
        out.say(&out.bold(&out.m.get(ids::AUDIT_TITLE)));
        out.audit_body(&self.roles, &self.account_findings, &self.summary);
    }
}

impl Report for LintOutput {
    fn text(&self, out: &Out<'_>) {
        let m = out.m;
        let shown = if self.file == "-" { m.get(ids::VALUE_STDIN) } else { out.ext(&self.file).into_owned() };
        let title = match self.document {
            WholeText::Document(kind) => m.text(ids::LintTitle { file: &shown, document: m.get(words::document(kind)) }),
            WholeText::Text => m.text(ids::LintTitleText { file: &shown, documents: self.documents.len(), commands: self.commands.len() }),
        };
        out.say(&out.bold(&title));
        if self.findings.is_empty() {
            out.say(&format!("  {}", m.get(ids::LINT_CLEAN)));
            return;
        }
        let locs: Vec<String> = self.findings.iter().map(|l| format!("{shown}:{}", l.line)).collect();
        let loc_width = locs.iter().map(|l| UnicodeWidthStr::width(l.as_str())).max().unwrap_or(0);
        let width = out.severity_width();
        for (l, loc) in self.findings.iter().zip(&locs) {
            let f = &l.finding;
            out.say(&format!("  {}  {}  {}", pad(loc, loc_width), out.severity_painted(f.severity, width), f.message));
            out.say(&format!("  {}  {}  {}", " ".repeat(loc_width), " ".repeat(width), out.paint(&format!("[{}]", f.code.as_str()), Tone::Dim)));
        }
        out.say(&m.text(ids::LintSummary { counts: out.counts(self.findings.iter().map(|l| l.finding.severity)) }));
    }
}

impl Report for PermissionsOutput {
    fn text(&self, out: &Out<'_>) {
        let m = out.m;
        // A JSON object of JSON values: serde_json cannot refuse it.
        let pretty = |v: &serde_json::Map<String, Value>| serde_json::to_string_pretty(v).unwrap_or_default();
        match self {
            PermissionsOutput::Account(p) => {
                out.say(&m.text(ids::PermissionsIntro { command: p.command.slug() }));
                out.say(&pretty(&p.policy));
            }
            PermissionsOutput::Organization(p) => {
                out.say(&m.get(ids::PERMISSIONS_INTRO_ORGANIZATION));
                out.say(&pretty(&p.policy));
                out.say("");
                out.say(&m.text(ids::PermissionsMember { role: &p.member_role }));
                out.say(&pretty(&p.member_policy));
                out.say("");
                out.say(&m.text(ids::PermissionsMemberTrust { role: &p.member_role }));
                out.say(&pretty(&p.member_trust_policy));
            }
        }
    }
}

impl Report for ServeOutput {
    /// One line, so that the URL is on the first line in both formats.
    const ONE_LINE: bool = true;

    fn text(&self, out: &Out<'_>) {
        out.say(&self.url);
    }
}

/// One line of progress on a terminal's standard error, redrawn in place; silent otherwise.
#[derive(Debug)]
pub struct ProgressLine {
    on: bool,
    shown: bool,
}

impl ProgressLine {
    fn show(&mut self, s: &str) {
        if self.on {
            let mut e = std::io::stderr().lock();
            let _ = write!(e, "{CLEAR_LINE}{s}");
            let _ = e.flush();
            self.shown = true;
        }
    }

    /// Erases the line, if one was shown.
    pub fn clear(&mut self) {
        if self.shown {
            let mut e = std::io::stderr().lock();
            let _ = write!(e, "{CLEAR_LINE}");
            let _ = e.flush();
        }
    }
}

/// Progress across accounts.
#[derive(Debug)]
pub struct OrgProgress<'m> {
    line: ProgressLine,
    m: &'m Messages,
}

impl<'m> Out<'m> {
    pub fn org_progress(&self) -> OrgProgress<'m> {
        OrgProgress { line: self.progress_line(), m: self.m }
    }
}

impl OrgProgress<'_> {
    /// `done` accounts of the `listed` ones so far.
    pub fn tick(&mut self, done: usize, listed: usize) {
        if self.line.on {
            self.line.show(&self.m.text(ids::OrgProgress { done, total: listed }));
        }
    }

    pub fn clear(&mut self) {
        self.line.clear();
    }
}

/// How often, at most, a consistency retry prints its line when standard error is no terminal.
pub const WAIT_LINE_EVERY: std::time::Duration = std::time::Duration::from_secs(10);

/// IAM's consistency retries as they are shown: on a terminal, one line rewritten in place
/// (carriage return) and erased when the retries end; otherwise a line, at most one every
/// [`WAIT_LINE_EVERY`]. Returns what to write; the clock is the caller's.
#[derive(Debug)]
struct WaitLine {
    terminal: bool,
    last: Option<std::time::Instant>,
    shown: bool,
}

impl WaitLine {
    fn new(terminal: bool) -> WaitLine {
        WaitLine { terminal, last: None, shown: false }
    }

    /// A retry's line, at `now`.
    fn show(&mut self, line: &str, now: std::time::Instant) -> Option<String> {
        if self.terminal {
            self.shown = true;
            return Some(format!("{CLEAR_LINE}{line}"));
        }
        if self.last.is_some_and(|t| now.saturating_duration_since(t) < WAIT_LINE_EVERY) {
            return None;
        }
        self.last = Some(now);
        Some(format!("{line}\n"))
    }

    /// The retries are over, or another line is to be printed: the terminal's line is erased.
    fn done(&mut self) -> Option<String> {
        std::mem::take(&mut self.shown).then(|| CLEAR_LINE.to_owned())
    }
}

/// Progress of an account's audit.
#[derive(Debug)]
pub struct AuditProgress {
    line: ProgressLine,
    /// "scanned" and "found", in the operator's language.
    labels: (String, String),
}

impl AuditProgress {
    pub fn tick(&mut self, scanned: usize, found: usize) {
        if self.line.on {
            let (scanned_label, found_label) = &self.labels;
            self.line.show(&format!("{scanned_label} {scanned} · {found_label} {found}"));
        }
    }

    pub fn clear(&mut self) {
        self.line.clear();
    }
}

/// Reports the actions of a plan as they are carried out (text only), and the plan's report at
/// the end.
#[allow(missing_debug_implementations)]
pub struct ApplyProgress<'a, 'm> {
    out: &'a Out<'m>,
    planned: &'a Planned,
    done: Vec<bool>,
}

impl ApplyProgress<'_, '_> {
    pub fn step(&mut self, a: &Action, r: &Result<Outcome, IamError>) {
        self.done.push(r.is_ok());
        let out = self.out;
        let mark = match r {
            Ok(Outcome::Done) => out.paint("✓", Tone::Good),
            Ok(Outcome::AlreadyDone) => out.paint("=", Tone::Note),
            Err(_) => out.paint("✗", Tone::Bad),
        };
        out.note(&format!("  {mark} {}", out.action_text(a)));
    }

    /// The plan as it ran.
    pub fn finish(self, r: &Result<(), IamError>) -> PlanOutput {
        let out = self.out;
        let p = self.planned;
        // The writes that were made are a prefix of the plan (it stops at the first failure).
        let done = self.done.iter().take_while(|d| **d).count();
        let error = r.as_ref().err().map(|e| out.error_report(&Failure::Backend(e.clone())));
        PlanOutput { left: out.findings(&p.left_after(done)), actions: out.actions(p, &self.done), state: PlanState::Ran { error }, ..out.dry_run(p) }
    }
}

#[cfg(test)]
mod tests {
    use std::time::{Duration, Instant};

    use super::*;

    /// A report whose JSON serde_json refuses, as a map with keys that are not strings does.
    struct Unwritable;

    impl Serialize for Unwritable {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            use serde::ser::SerializeMap;
            let mut map = s.serialize_map(Some(1))?;
            map.serialize_entry(&[1, 2], "a key that is not a string")?;
            map.end()
        }
    }

    impl Report for Unwritable {
        fn text(&self, _: &Out<'_>) {}
    }

    /// A report that cannot be written as JSON is an error (exit 3, in the reader's language),
    /// never an empty line; its text is unaffected.
    #[test]
    fn a_report_without_json_is_an_error() {
        for locale in rolecall_i18n::LOCALES {
            let m = Messages::new(locale);
            for output in [Output::Json, Output::JsonLines] {
                let out = Out::new(&m, output, Style::Plain);
                let Err(f) = out.emit(&Unwritable) else { panic!("{locale}: {output:?} printed a report without JSON") };
                assert_eq!(f.exit_status(), crate::exit::ExitStatus::Backend);
                let error = out.error_report(&f);
                assert_eq!((error.kind, error.code.as_str()), (FailureKind::Backend, "ReportJson"));
                assert!(error.message.contains("key must be a string") && error.message.contains("rolecall"), "{locale}: {}", error.message);
                assert!(!error.message.contains("error-report-json"), "{locale}: {}", error.message);
            }
            // Its twin: as text, the same report prints (nothing, here) without an error.
            assert!(Out::new(&m, Output::Text, Style::Plain).emit(&Unwritable).is_ok());
        }
    }

    /// Without a terminal, a line at most every ten seconds of the caller's clock; on one, every
    /// retry rewrites the one line, which is erased at the end.
    #[test]
    fn consistency_retries_print_one_line() {
        let t0 = Instant::now();
        let mut w = WaitLine::new(false);
        assert_eq!(w.show("a", t0).as_deref(), Some("a\n"));
        assert_eq!(w.show("b", t0 + Duration::from_secs(9)), None);
        assert_eq!(w.show("c", t0 + WAIT_LINE_EVERY).as_deref(), Some("c\n"));
        assert_eq!(w.done(), None);
        let mut w = WaitLine::new(true);
        assert_eq!(w.show("a", t0), Some(format!("{CLEAR_LINE}a")));
        assert_eq!(w.show("b", t0), Some(format!("{CLEAR_LINE}b")));
        assert_eq!(w.done().as_deref(), Some(CLEAR_LINE));
        assert_eq!(w.done(), None);
    }
}
