//! Rendering: text for terminals (aligned by display width, colored when it is a terminal) and
//! JSON with stable English keys and codes, whose `message` fields are localized.

use std::io::Write;
use std::sync::Arc;

use rolecall_aws::Progress;
use rolecall_core::backend::{Action, ErrorCode, IamError};
use rolecall_core::engine::{CheckReport, Outcome, Planned};
use rolecall_core::finding::{Finding, Severity};
use rolecall_core::input::{InputError, Rule};
use rolecall_core::lint::DocKind;
use rolecall_core::permissions::{policy, Command as PermCommand};
use rolecall_core::role::{Desired, RoleKind};
use rolecall_core::Partition;
use rolecall_i18n::{num, text, Messages, Value as FluentValue};
use serde_json::{json, Value};
use unicode_width::UnicodeWidthStr;

use crate::backend::Sink;
use crate::Failure;

/// Pads `s` with spaces to `width` terminal columns (CJK characters take two).
pub fn pad(s: &str, width: usize) -> String {
    let w = UnicodeWidthStr::width(s);
    format!("{s}{}", " ".repeat(width.saturating_sub(w)))
}

/// Writes to stdout, ignoring a closed pipe.
fn say(s: &str) {
    let mut o = std::io::stdout().lock();
    let _ = writeln!(o, "{s}");
}

pub(crate) fn complain(s: &str) {
    let mut e = std::io::stderr().lock();
    let _ = writeln!(e, "{s}");
}

/// The JSON of a role definition, as `show --output json` prints it.
pub fn show_value(d: &Desired) -> Value {
    json!({
        "kind": d.kind.slug(),
        "partition": d.partition.id(),
        "role_name": d.role_name.as_str(),
        "path": d.path.as_str(),
        "description": d.description,
        "trust_policy": d.trust.to_value(),
        "managed_policy_arns": d.managed_policy_arns,
        "customer_managed_policies": d.customer_managed_policies.iter().map(|c| json!({"name": c.name, "arn": c.arn, "document": c.document})).collect::<Vec<_>>(),
        "inline_policies": d.inline_policies.iter().map(|c| json!({"name": c.name, "document": c.document})).collect::<Vec<_>>(),
        "instance_profile": d.instance_profile.as_ref().map(|p| p.as_str()),
    })
}

/// Output for one run.
pub struct Out<'m> {
    m: &'m Messages,
    json: bool,
    color: bool,
}

impl std::fmt::Debug for Out<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Out").field("json", &self.json).finish_non_exhaustive()
    }
}

impl<'m> Out<'m> {
    pub fn new(m: &'m Messages, json: bool, color: bool) -> Self {
        Out { m, json, color }
    }

    fn paint(&self, s: &str, code: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_owned()
        }
    }

    fn bold(&self, s: &str) -> String {
        self.paint(s, "1")
    }

    fn json_out(&self, v: &Value) {
        say(&serde_json::to_string_pretty(v).unwrap_or_default());
    }

    /// The localized message of a finding.
    pub fn finding_message(&self, f: &Finding) -> String {
        let dates: Vec<(&str, String)> = f.args.iter().filter(|(k, _)| **k == "date").map(|(k, v)| (*k, self.m.date(v))).collect();
        let args: Vec<(&str, FluentValue<'_>)> = f
            .args
            .iter()
            .map(|(k, v)| (*k, dates.iter().find(|(d, _)| d == k).map_or_else(|| text(v), |(_, s)| text(s))))
            .collect();
        self.m.args(&format!("finding-{}", f.code.as_str()), &args)
    }

    fn finding_json(&self, f: &Finding) -> Value {
        json!({ "code": f.code.as_str(), "severity": f.severity().as_str(), "message": self.finding_message(f), "arguments": f.args })
    }

    fn severity_label(&self, s: Severity) -> String {
        self.m.get(&format!("severity-{}", s.as_str()))
    }

    fn findings_text(&self, findings: &[Finding]) {
        let width = [Severity::Error, Severity::Warning, Severity::Info].iter().map(|s| UnicodeWidthStr::width(self.severity_label(*s).as_str())).max().unwrap_or(0);
        for f in findings {
            let label = pad(&self.severity_label(f.severity()), width);
            let label = match f.severity() {
                Severity::Error => self.paint(&label, "31;1"),
                Severity::Warning => self.paint(&label, "33;1"),
                Severity::Info => self.paint(&label, "36"),
            };
            say(&format!("  {label}  {}", self.finding_message(f)));
            say(&format!("  {}  {}", " ".repeat(width), self.paint(&format!("[{}]", f.code.as_str()), "2")));
        }
    }

    fn counts(&self, findings: &[Finding]) -> String {
        let n = |s: Severity| num(findings.iter().filter(|f| f.severity() == s).count());
        self.m.args("summary-counts", &[("errors", n(Severity::Error)), ("warnings", n(Severity::Warning)), ("notes", n(Severity::Info))])
    }

    fn input_message(&self, e: &InputError) -> String {
        let flag = self.m.get(&format!("field-{}", e.field.id()));
        if e.rule == Rule::Required {
            return self.m.with("error-missing-value", &[("flag", &flag), ("hint", &self.m.get(&format!("hint-{}", e.field.id())))]);
        }
        let rule = match &e.rule {
            Rule::Digits(n) => self.m.args("rule-digits", &[("count", num(*n))]),
            Rule::IamName { max, .. } => self.m.args("rule-iam-name", &[("max", num(*max))]),
            Rule::ClusterName => self.m.get("rule-cluster-name"),
            Rule::RegionCode => self.m.get("rule-region-code"),
            Rule::OneOf(v) => self.m.with("rule-one-of", &[("values", &v.join(", "))]),
            Rule::IamPath => self.m.get("rule-iam-path"),
            Rule::ArnShape(shape) => self.m.with("rule-arn-shape", &[("shape", shape)]),
            Rule::Conflicts { other } => self.m.with("rule-conflicts", &[("other", other)]),
            Rule::Url => self.m.get("rule-url"),
            Rule::Range { min, max } => self.m.args("rule-range", &[("min", num(*min as usize)), ("max", num(*max as usize))]),
            Rule::Required => String::new(),
            Rule::IpAddress => self.m.get("rule-ip-address"),
        };
        self.m.with("error-invalid-value", &[("value", &e.value), ("flag", &flag), ("rule", &rule)])
    }

    fn backend_message(&self, e: &IamError) -> String {
        let op = e.operation.clone().unwrap_or_else(|| "?".into());
        let args = [("operation", op.as_str()), ("code", e.code.as_str()), ("message", e.message.as_str())];
        let id = match e.code {
            ErrorCode::NoCredentials => "error-no-credentials",
            ErrorCode::AccessDenied => "error-access-denied",
            ErrorCode::Unreachable => "error-unreachable",
            ErrorCode::Timeout => "error-timeout",
            ErrorCode::Throttling => "error-throttled",
            ErrorCode::Io => "error-io",
            ErrorCode::BadResponse => "error-bad-response",
            _ => "error-iam",
        };
        self.m.with(id, &args)
    }

    /// Reports why a command failed, on stderr only.
    pub fn failure_text(&self, f: &Failure) {
        let (_, _, message) = self.failure_parts(f);
        complain(&format!("{} {message}", self.paint(&self.m.get("label-error"), "31;1")));
    }

    fn failure_parts(&self, f: &Failure) -> (&'static str, String, String) {
        match f {
            Failure::Input(e) => ("input", e.field.id().to_owned(), self.input_message(e)),
            Failure::Usage(id, args) => {
                let translated: Vec<(String, String)> = args.iter().map(|(k, v)| (k.to_string(), if k == &"reason" { self.m.get(v) } else { v.clone() })).collect();
                let refs: Vec<(&str, &str)> = translated.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
                ("input", (*id).to_owned(), self.m.with(id, &refs))
            }
            Failure::Backend(e) => ("backend", e.code.as_str().to_owned(), self.backend_message(e)),
        }
    }

    /// Reports why a command failed, on stderr (and as JSON on stdout with `--output json`).
    pub fn failure(&self, f: &Failure) {
        let (kind, code, message) = self.failure_parts(f);
        complain(&format!("{} {message}", self.paint(&self.m.get("label-error"), "31;1")));
        if self.json {
            self.json_out(&json!({ "error": { "kind": kind, "code": code, "message": message } }));
        }
    }

    pub fn roles(&self) {
        let rows: Vec<(RoleKind, String, String, String)> = RoleKind::ALL
            .iter()
            .map(|k| {
                let s = k.spec();
                (*k, self.m.get(&format!("kind-{}", k.slug())), s.default_name.to_owned(), s.trustee.principal(Partition::Aws).to_owned())
            })
            .collect();
        if self.json {
            let v: Vec<Value> = rows
                .iter()
                .map(|(k, name, role, principal)| {
                    let s = k.spec();
                    json!({
                        "kind": k.slug(),
                        "name": name,
                        "default_role_name": role,
                        "principal": principal,
                        "managed_policies": s.required.iter().map(|r| r.policy.name).collect::<Vec<_>>(),
                        "optional_permissions": s.permissions.iter().map(|p| p.slug()).collect::<Vec<_>>(),
                        "instance_profile": s.instance_profile_suffix.is_some(),
                    })
                })
                .collect();
            self.json_out(&json!({ "roles": v }));
            return;
        }
        let heads = [self.m.get("col-kind"), self.m.get("col-role"), self.m.get("col-default-name"), self.m.get("col-principal")];
        let mut widths: Vec<usize> = heads.iter().map(|h| UnicodeWidthStr::width(h.as_str())).collect();
        for (k, name, role, principal) in &rows {
            for (i, c) in [k.slug(), name, role, principal].iter().enumerate() {
                widths[i] = widths[i].max(UnicodeWidthStr::width(*c));
            }
        }
        let line = |cells: [&str; 4]| cells.iter().zip(&widths).map(|(c, w)| pad(c, *w)).collect::<Vec<_>>().join("  ").trim_end().to_owned();
        say(&self.bold(&line([&heads[0], &heads[1], &heads[2], &heads[3]])));
        for (k, name, role, principal) in &rows {
            say(&line([k.slug(), name, role, principal]));
        }
    }

    pub fn permissions(&self, cmd: PermCommand, partition: Partition, account: Option<&str>) {
        let doc = policy(cmd, partition, account);
        if self.json {
            self.json_out(&json!({ "command": cmd.slug(), "policy": doc }));
        } else {
            say(&self.m.with("permissions-intro", &[("command", cmd.slug())]));
            say(&serde_json::to_string_pretty(&doc).unwrap_or_default());
        }
    }

    pub fn messages(&self) -> &'m Messages {
        self.m
    }

    /// A template (`show --format`), as it is.
    pub fn template(&self, text: &str) {
        let mut o = std::io::stdout().lock();
        let _ = o.write_all(text.as_bytes());
        let _ = o.flush();
    }

    /// A completion script, as it is.
    pub fn raw(&self, bytes: &[u8]) {
        let mut o = std::io::stdout().lock();
        let _ = o.write_all(bytes);
        let _ = o.flush();
    }

    /// `mock serve` is listening: the URL first, on its own line, then how to use it.
    pub fn serve_ready(&self, url: &str, state: &std::path::Path) {
        if self.json {
            // One line, so that the URL is on the first line in both formats.
            say(&json!({ "url": url, "state": state.display().to_string() }).to_string());
        } else {
            say(url);
        }
        let _ = std::io::stdout().flush();
        complain(&self.m.with("mock-serve-ready", &[("url", url), ("state", &state.display().to_string())]));
    }

    pub fn serve_stopped(&self) {
        complain(&self.m.get("mock-serve-stopped"));
    }

    /// A log line per answered request, on stderr, with `--verbose`.
    pub fn serve_log(&self, verbose: u8) -> Option<impl Fn(&rolecall_mock::serve::Served) + Send + Sync + 'static> {
        let locale = self.m.locale();
        (verbose > 0).then_some(move |s: &rolecall_mock::serve::Served| {
            let m = Messages::new(locale);
            let op = if s.action.is_empty() { "?" } else { s.action.as_str() };
            complain(&m.args(
                "mock-serve-request",
                &[("operation", text(op)), ("status", num(s.status as usize)), ("millis", num(s.elapsed.as_millis() as usize))],
            ));
        })
    }

    pub fn show(&self, d: &Desired) {
        if self.json {
            self.json_out(&show_value(d));
            return;
        }
        let none = self.m.get("value-none");
        let indent = |s: &str| s.lines().map(|l| format!("    {l}")).collect::<Vec<_>>().join("\n");
        say(&self.bold(&self.m.with(
            "show-title",
            &[("role", d.role_name.as_str()), ("kind", &self.m.get(&format!("kind-{}", d.kind.slug()))), ("partition", d.partition.id())],
        )));
        say(&format!("  {}", self.m.get(&format!("kind-{}-purpose", d.kind.slug()))));
        say("");
        say(&self.bold(&self.m.get("show-trust-policy")));
        say(&indent(&d.trust.to_json_pretty()));
        say(&self.bold(&self.m.get("show-managed-policies")));
        for a in &d.managed_policy_arns {
            say(&format!("    {a}"));
        }
        say(&self.bold(&self.m.get("show-customer-policies")));
        if d.customer_managed_policies.is_empty() {
            say(&format!("    {none}"));
        }
        for c in &d.customer_managed_policies {
            say(&format!("    {} ({})", c.name, c.arn.as_deref().unwrap_or_default()));
            say(&indent(&indent(&serde_json::to_string_pretty(&c.document).unwrap_or_default())));
        }
        say(&self.bold(&self.m.get("show-inline-policies")));
        if d.inline_policies.is_empty() {
            say(&format!("    {none}"));
        }
        for c in &d.inline_policies {
            say(&format!("    {}", c.name));
            say(&indent(&indent(&serde_json::to_string_pretty(&c.document).unwrap_or_default())));
        }
        say(&format!("{} {}", self.bold(&self.m.get("show-instance-profile")), d.instance_profile.as_ref().map_or(none.clone(), |p| p.as_str().to_owned())));
    }

    pub fn check(&self, r: &CheckReport) {
        if self.json {
            self.json_out(&json!({
                "kind": r.kind.slug(),
                "role_name": r.role_name,
                "status": r.status.as_str(),
                "findings": r.findings.iter().map(|f| self.finding_json(f)).collect::<Vec<_>>(),
            }));
            return;
        }
        say(&self.bold(&self.m.with("check-title", &[("role", &r.role_name), ("kind", &self.m.get(&format!("kind-{}", r.kind.slug())))])));
        self.findings_text(&r.findings);
        let status = self.m.get(&format!("status-{}", r.status.as_str()));
        let status = match r.status {
            rolecall_core::check::Status::Ok => self.paint(&status, "32;1"),
            _ => self.paint(&status, "31;1"),
        };
        say(&self.m.with("check-summary", &[("status", &status), ("counts", &self.counts(&r.findings))]));
    }

    fn action_text(&self, a: &Action) -> String {
        let args: Vec<(&str, &str)> = match a {
            Action::CreateRole { role_name, .. } | Action::UpdateAssumeRolePolicy { role_name, .. } => vec![("role", role_name)],
            Action::CreatePolicy { policy_name, .. } => vec![("policy", policy_name)],
            Action::AttachRolePolicy { role_name, policy_arn } | Action::DetachRolePolicy { role_name, policy_arn } => {
                vec![("role", role_name), ("policy", policy_arn)]
            }
            Action::PutRolePolicy { role_name, policy_name, .. } => vec![("role", role_name), ("policy", policy_name)],
            Action::CreateInstanceProfile { instance_profile_name, .. } => vec![("profile", instance_profile_name)],
            Action::AddRoleToInstanceProfile { instance_profile_name, role_name } => vec![("profile", instance_profile_name), ("role", role_name)],
        };
        self.m.with(&format!("action-{}", a.api_name()), &args)
    }

    fn plan_text(&self, p: &Planned) {
        let n = p.plan.actions.len();
        say(&self.bold(&self.m.args("plan-title", &[("role", text(p.desired.role_name.as_str())), ("count", num(n))])));
        let width = p.plan.actions.iter().map(|a| a.api_name().len()).max().unwrap_or(0);
        for (i, a) in p.plan.actions.iter().enumerate() {
            say(&format!("  {:>2}. {}  {}", i + 1, pad(a.api_name(), width), self.action_text(a)));
        }
        if n == 0 {
            say(&format!("  {}", self.m.get("plan-nothing")));
        }
        if !p.plan.blocked.is_empty() {
            say(&self.bold(&self.m.get("plan-blocked")));
            self.findings_text(&p.plan.blocked);
        }
    }

    fn plan_json(&self, p: &Planned, dry_run: bool, done: &[bool], extra: Value) -> Value {
        let mut v = json!({
            "kind": p.desired.kind.slug(),
            "role_name": p.desired.role_name.as_str(),
            "dry_run": dry_run,
            "actions": p.plan.actions.iter().enumerate().map(|(i, a)| {
                let mut o = serde_json::to_value(a).unwrap_or(Value::Null);
                if let Some(obj) = o.as_object_mut() {
                    obj.insert("done".into(), json!(done.get(i).copied().unwrap_or(false)));
                    obj.insert("command".into(), json!(a.aws_cli_line()));
                    obj.insert("message".into(), json!(self.action_text(a)));
                }
                o
            }).collect::<Vec<_>>(),
            "blocked": p.plan.blocked.iter().map(|f| self.finding_json(f)).collect::<Vec<_>>(),
        });
        if let (Some(o), Some(e)) = (v.as_object_mut(), extra.as_object()) {
            o.extend(e.clone());
        }
        v
    }

    /// `create` on a role that exists: nothing changes, `repair` is the way.
    pub fn exists(&self, p: &Planned) {
        self.nothing_planned(p, "create-exists", true);
    }

    /// `create` finishing a role an earlier create left unfinished.
    pub fn resuming(&self, p: &Planned) {
        if !self.json {
            say(&self.m.with("create-resume", &[("role", p.desired.role_name.as_str())]));
        }
    }

    /// `repair` on a role that does not exist: `create` is the way.
    pub fn repair_missing(&self, p: &Planned) {
        self.nothing_planned(p, "repair-missing", false);
    }

    /// A plan that is not run, and why: on stdout when the role exists, as an error otherwise.
    fn nothing_planned(&self, p: &Planned, id: &str, exists: bool) {
        let msg = self.m.with(id, &[("role", p.desired.role_name.as_str()), ("kind", p.desired.kind.slug())]);
        if self.json {
            let mut v = self.plan_json(p, true, &[], json!({ "exists": exists, "message": msg }));
            v["actions"] = json!([]);
            self.json_out(&v);
        } else if exists {
            say(&msg);
        } else {
            complain(&msg);
        }
    }

    pub fn dry_run(&self, p: &Planned) {
        if self.json {
            self.json_out(&self.plan_json(p, true, &[], json!({})));
            return;
        }
        self.plan_text(p);
        if !p.plan.actions.is_empty() {
            say("");
            say(&self.bold(&self.m.get("dry-run-commands")));
            for a in &p.plan.actions {
                say(&a.aws_cli_line());
            }
        }
        say("");
        say(&self.m.get("dry-run-nothing-changed"));
    }

    pub fn start_apply<'a>(&'a self, p: &'a Planned) -> ApplyReport<'a, 'm> {
        if !self.json {
            say(&self.bold(&self.m.args("plan-title", &[("role", text(p.desired.role_name.as_str())), ("count", num(p.plan.actions.len()))])));
            if p.plan.actions.is_empty() {
                say(&format!("  {}", self.m.get("plan-nothing")));
            }
            if !p.plan.blocked.is_empty() {
                say(&self.bold(&self.m.get("plan-blocked")));
                self.findings_text(&p.plan.blocked);
            }
        }
        ApplyReport { out: self, planned: p, done: Vec::new() }
    }

    pub fn lint(&self, file: &str, kind: DocKind, findings: &[Finding]) {
        let kind_s = if kind == DocKind::Trust { "trust" } else { "identity" };
        if self.json {
            self.json_out(&json!({ "file": file, "document": kind_s, "findings": findings.iter().map(|f| self.finding_json(f)).collect::<Vec<_>>() }));
            return;
        }
        let shown = if file == "-" { self.m.get("value-stdin") } else { file.to_owned() };
        say(&self.bold(&self.m.with("lint-title", &[("file", &shown), ("document", &self.m.get(&format!("document-{kind_s}")))])));
        if findings.is_empty() {
            say(&format!("  {}", self.m.get("lint-clean")));
        } else {
            self.findings_text(findings);
            say(&self.m.with("lint-summary", &[("counts", &self.counts(findings))]));
        }
    }

    /// Progress for audit: on a terminal, and never with JSON.
    pub fn audit_progress(&self) -> AuditProgress {
        use std::io::IsTerminal;
        let on = !self.json && std::io::stderr().is_terminal();
        AuditProgress { template: on.then(|| (self.m.get("audit-progress-scanned"), self.m.get("audit-progress-found"))), shown: false }
    }

    pub fn audit(&self, a: &rolecall_core::audit::Audit) {
        let s = &a.summary;
        if self.json {
            self.json_out(&json!({
                "roles": a.roles.iter().map(|r| json!({
                    "kind": r.kind.slug(),
                    "role_name": r.role_name,
                    "status": r.status.as_str(),
                    "findings": r.findings.iter().map(|f| self.finding_json(f)).collect::<Vec<_>>(),
                })).collect::<Vec<_>>(),
                "account_findings": a.account.iter().map(|f| self.finding_json(f)).collect::<Vec<_>>(),
                "summary": { "scanned": s.scanned, "pages": s.pages, "found": s.found, "ok": s.ok, "drift": s.drift },
            }));
            return;
        }
        say(&self.bold(&self.m.get("audit-title")));
        if a.roles.is_empty() {
            say(&format!("  {}", self.m.get("audit-none-found")));
        } else {
            let heads = [self.m.get("col-role"), self.m.get("col-kind"), self.m.get("col-status"), self.m.get("col-findings")];
            let rows: Vec<[String; 4]> = a
                .roles
                .iter()
                .map(|r| {
                    let codes = r.findings.iter().map(|f| f.code.as_str()).collect::<Vec<_>>().join(", ");
                    [r.role_name.clone(), r.kind.slug().to_owned(), self.m.get(&format!("status-{}", r.status.as_str())), if codes.is_empty() { "—".into() } else { codes }]
                })
                .collect();
            let mut widths = [0usize; 4];
            for row in std::iter::once(&heads).chain(rows.iter()) {
                for (i, c) in row.iter().enumerate() {
                    widths[i] = widths[i].max(UnicodeWidthStr::width(c.as_str()));
                }
            }
            let line = |row: &[String; 4]| row.iter().zip(widths).map(|(c, w)| pad(c, w)).collect::<Vec<_>>().join("  ").trim_end().to_owned();
            say(&self.bold(&line(&heads)));
            for row in &rows {
                say(&line(row));
            }
        }
        if !a.account.is_empty() {
            say("");
            say(&self.bold(&self.m.get("audit-account-findings")));
            self.findings_text(&a.account);
        }
        say("");
        say(&self.m.args(
            "audit-summary",
            &[("scanned", num(s.scanned)), ("found", num(s.found)), ("ok", num(s.ok)), ("drift", num(s.drift))],
        ));
    }

    /// Where the AWS backend's progress goes: stderr, in this locale. Calls only with `--verbose`.
    pub fn progress_sink(&self, verbose: u8) -> Option<Sink> {
        let locale = self.m.locale();
        Some(Arc::new(move |p: &Progress| {
            // Messages are built only for what is printed (a Call event is silent without -v).
            match p {
                Progress::WaitingForConsistency { operation, attempt } => {
                    let m = Messages::new(locale);
                    complain(&m.args("progress-waiting", &[("operation", text(operation)), ("attempt", num(*attempt as usize))]));
                }
                Progress::Call { operation, millis, ok } if verbose > 0 => {
                    let m = Messages::new(locale);
                    let id = if *ok { "progress-call" } else { "progress-call-failed" };
                    complain(&m.args(id, &[("operation", text(operation)), ("millis", num(*millis as usize))]));
                }
                Progress::Call { .. } => {}
            }
        }))
    }
}

/// A one-line progress display on a terminal's standard error; silent otherwise.
#[derive(Debug)]
pub struct AuditProgress {
    template: Option<(String, String)>,
    shown: bool,
}

impl AuditProgress {
    pub fn tick(&mut self, scanned: usize, found: usize) {
        if let Some((scanned_label, found_label)) = &self.template {
            let mut e = std::io::stderr().lock();
            let _ = write!(e, "\r\x1b[2K{scanned_label} {scanned} · {found_label} {found}");
            let _ = e.flush();
            self.shown = true;
        }
    }

    pub fn clear(&mut self) {
        if self.shown {
            let mut e = std::io::stderr().lock();
            let _ = write!(e, "\r\x1b[2K");
            let _ = e.flush();
        }
    }
}

/// Reports the actions of a plan as they are carried out.
#[allow(missing_debug_implementations)]
pub struct ApplyReport<'a, 'm> {
    out: &'a Out<'m>,
    planned: &'a Planned,
    done: Vec<bool>,
}

impl ApplyReport<'_, '_> {
    pub fn step(&mut self, a: &Action, r: &Result<Outcome, IamError>) {
        self.done.push(r.is_ok());
        if self.out.json {
            return;
        }
        let mark = match r {
            Ok(Outcome::Done) => self.out.paint("✓", "32;1"),
            Ok(Outcome::AlreadyDone) => self.out.paint("=", "36"),
            Err(_) => self.out.paint("✗", "31;1"),
        };
        say(&format!("  {mark} {}", self.out.action_text(a)));
    }

    pub fn finish(self, r: &Result<(), IamError>) {
        let n = self.done.iter().filter(|d| **d).count();
        if self.out.json {
            let error = r.as_ref().err().map(|e| {
                let (kind, code, message) = self.out.failure_parts(&Failure::Backend(e.clone()));
                json!({ "kind": kind, "code": code, "message": message })
            });
            let mut extra = json!({ "ok": r.is_ok() });
            if let Some(e) = error {
                extra["error"] = e;
            }
            let v = self.out.plan_json(self.planned, false, &self.done, extra);
            self.out.json_out(&v);
            return;
        }
        match r {
            Ok(()) if self.planned.plan.actions.is_empty() => {}
            Ok(()) => say(&self.out.m.args("apply-done", &[("count", num(n))])),
            Err(_) => say(&self.out.m.args("apply-stopped", &[("count", num(n))])),
        }
    }
}
