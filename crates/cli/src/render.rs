//! Rendering: text for terminals (aligned by display width, colored when it is a terminal) and
//! JSON with stable English keys and codes, whose `message` fields are localized.

use std::borrow::Cow;
use std::io::Write;
use std::sync::Arc;

use rolecall_aws::Progress;
use rolecall_core::backend::{Action, IamError};
use rolecall_core::engine::{CheckReport, Outcome, Planned};
use rolecall_core::finding::{Finding, Severity};
use rolecall_core::input::{InputError, Rule};
use rolecall_core::lint::text::TextReport;
use rolecall_core::permissions::{policy, Command as PermCommand};
use rolecall_core::role::{Desired, RoleKind};
use rolecall_core::Partition;
use rolecall_i18n::{ids, num, text, Messages};
use serde_json::{json, Value};
use unicode_width::UnicodeWidthStr;

use crate::backend::Sink;
use crate::clean::{self, Kind};
use crate::{words, Failure};

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
pub(crate) fn complain(s: &str) {
    complain_as(s, Kind::Text(false));
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
        "covered": d.covered.iter().map(|(perm, m)| json!({"permission": perm.slug(), "policy": m.name})).collect::<Vec<_>>(),
    })
}

/// Output for one run.
pub struct Out<'m> {
    pub(crate) m: &'m Messages,
    pub(crate) json: bool,
    /// JSON objects one to a line (`--output jsonl`).
    pub(crate) lines: bool,
    color: bool,
}

impl std::fmt::Debug for Out<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Out").field("json", &self.json).finish_non_exhaustive()
    }
}

impl<'m> Out<'m> {
    pub fn new(m: &'m Messages, json: bool, color: bool) -> Self {
        Out { m, json, lines: false, color }
    }

    /// With `--output jsonl`, every JSON object on one line of its own.
    pub fn with_lines(mut self, lines: bool) -> Self {
        self.lines = lines;
        self
    }

    pub(crate) fn paint(&self, s: &str, code: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_owned()
        }
    }

    pub(crate) fn bold(&self, s: &str) -> String {
        self.paint(s, "1")
    }

    /// A value from outside rolecall, for a text message: its control characters made visible.
    /// JSON carries values exactly.
    pub(crate) fn ext<'a>(&self, s: &'a str) -> Cow<'a, str> {
        if self.json {
            Cow::Borrowed(s)
        } else {
            clean::escape(s)
        }
    }

    pub(crate) fn say(&self, s: &str) {
        say_as(s, Kind::Text(self.color));
    }

    fn complain(&self, s: &str) {
        complain_as(s, Kind::Text(self.color));
    }

    pub(crate) fn json_out(&self, v: &Value) {
        let text = if self.lines { serde_json::to_string(v) } else { serde_json::to_string_pretty(v) };
        say_as(&text.unwrap_or_default(), Kind::Json);
    }

    /// The localized message of a finding.
    pub fn finding_message(&self, f: &Finding) -> String {
        words::finding_text(self.m, f, &|v| self.ext(v))
    }

    pub(crate) fn finding_json(&self, f: &Finding) -> Value {
        json!({ "code": f.code.as_str(), "severity": f.severity().as_str(), "message": self.finding_message(f), "arguments": f.args })
    }

    fn severity_label(&self, s: Severity) -> String {
        self.m.get(words::severity(s))
    }

    pub(crate) fn findings_text(&self, findings: &[Finding]) {
        let width = [Severity::Error, Severity::Warning, Severity::Info].iter().map(|s| UnicodeWidthStr::width(self.severity_label(*s).as_str())).max().unwrap_or(0);
        for f in findings {
            let label = pad(&self.severity_label(f.severity()), width);
            let label = match f.severity() {
                Severity::Error => self.paint(&label, "31;1"),
                Severity::Warning => self.paint(&label, "33;1"),
                Severity::Info => self.paint(&label, "36"),
            };
            self.say(&format!("  {label}  {}", self.finding_message(f)));
            self.say(&format!("  {}  {}", " ".repeat(width), self.paint(&format!("[{}]", f.code.as_str()), "2")));
        }
    }

    fn counts(&self, findings: &[Finding]) -> String {
        let n = |s: Severity| num(findings.iter().filter(|f| f.severity() == s).count());
        self.m.args("summary-counts", &[("errors", n(Severity::Error)), ("warnings", n(Severity::Warning)), ("notes", n(Severity::Info))])
    }

    fn input_message(&self, e: &InputError) -> String {
        let flag = self.m.get(words::field(e.field));
        if e.rule == Rule::Required {
            return match words::hint(e.field) {
                Some(hint) => self.m.with("error-missing-value", &[("flag", &flag), ("hint", &self.m.get(hint))]),
                None => self.m.with(ids::ERROR_MISSING_VALUE_PLAIN, &[("flag", &flag)]),
            };
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
            Rule::ExternalId => self.m.get("rule-external-id"),
            Rule::RoleWithPath => self.m.get("rule-role-with-path"),
            Rule::NonEmptyList => self.m.get("rule-non-empty-list"),
            Rule::IpAddress => self.m.get("rule-ip-address"),
        };
        self.m.with("error-invalid-value", &[("value", &self.ext(&e.value)), ("flag", &flag), ("rule", &rule)])
    }

    fn backend_message(&self, e: &IamError) -> String {
        let op = e.operation.clone().unwrap_or_else(|| "?".into());
        let none = self.m.get("value-none");
        let mut values = vec![("operation", self.ext(&op)), ("code", self.ext(e.code.as_str())), ("message", self.ext(&e.message))];
        values.extend(e.details.iter().map(|(k, v)| (k.name(), if v.is_empty() { Cow::Borrowed(none.as_str()) } else { self.ext(v) })));
        let args: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_ref())).collect();
        self.m.with(words::error(&e.code), &args)
    }

    /// Reports why a command failed, on stderr only.
    pub fn failure_text(&self, f: &Failure) {
        let (_, _, message) = self.failure_parts(f);
        self.error_line(&message);
    }

    /// `error: MESSAGE` on stderr. With JSON the message is exact (for the JSON object), so its
    /// values are escaped here; in text they already are.
    fn error_line(&self, message: &str) {
        let shown = if self.json { clean::escape(message) } else { Cow::Borrowed(message) };
        self.complain(&format!("{} {shown}", self.paint(&self.m.get("label-error"), "31;1")));
    }

    pub(crate) fn failure_parts(&self, f: &Failure) -> (&'static str, String, String) {
        match f {
            Failure::Input(e) => ("input", e.field.id().to_owned(), self.input_message(e)),
            Failure::Usage(id, args) => {
                let said: Vec<(&str, String)> = args
                    .iter()
                    .map(|(k, v)| match v {
                        crate::Said::Value(v) => (*k, self.ext(v).into_owned()),
                        crate::Said::Message(m) => (*k, self.m.get(*m)),
                    })
                    .collect();
                let refs: Vec<(&str, &str)> = said.iter().map(|(k, v)| (*k, v.as_str())).collect();
                ("input", id.name().to_owned(), self.m.with(*id, &refs))
            }
            Failure::Backend(e) => ("backend", e.code.as_str().to_owned(), self.backend_message(e)),
        }
    }

    /// Reports why a command failed, on stderr (and as JSON on stdout with `--output json`).
    pub fn failure(&self, f: &Failure) {
        let (kind, code, message) = self.failure_parts(f);
        self.error_line(&message);
        if self.json {
            self.json_out(&json!({ "error": { "kind": kind, "code": code, "message": message } }));
        }
    }

    pub fn roles(&self) {
        let rows: Vec<(RoleKind, String, String, String)> = RoleKind::ALL
            .iter()
            .map(|k| {
                let s = k.spec();
                // A role whose guide gives no name (EKS Pod Identity): the user names it.
                let name = if s.default_name.is_empty() { "—".to_owned() } else { s.default_name.to_owned() };
                (*k, self.m.get(words::kind(*k)), name, s.principal(Partition::Aws).to_owned())
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
                        "default_role_name": (!s.default_name.is_empty()).then_some(role),
                        "auto_mode": s.auto_mode.is_some(),
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
        self.say(&self.bold(&line([&heads[0], &heads[1], &heads[2], &heads[3]])));
        for (k, name, role, principal) in &rows {
            self.say(&line([k.slug(), name, role, principal]));
        }
    }

    pub fn permissions(&self, cmd: PermCommand, partition: Partition, account: Option<&str>) {
        let doc = policy(cmd, partition, account);
        if self.json {
            self.json_out(&json!({ "command": cmd.slug(), "policy": doc }));
        } else {
            self.say(&self.m.with("permissions-intro", &[("command", cmd.slug())]));
            self.say(&serde_json::to_string_pretty(&doc).unwrap_or_default());
        }
    }

    pub fn messages(&self) -> &'m Messages {
        self.m
    }

    /// A template (`show --format`) or a completion script: rolecall's own text, printed as is
    /// (through [`clean::line`] like every line; it holds no control character to escape).
    pub fn document(&self, text: &str) {
        say_as(text.strip_suffix('\n').unwrap_or(text), Kind::Text(false));
    }

    /// `mock serve` is listening: the URL first, on its own line, then how to use it.
    pub fn serve_ready(&self, url: &str, state: &std::path::Path) {
        if self.json {
            // One line, so that the URL is on the first line in both formats.
            say_as(&json!({ "url": url, "state": state.display().to_string() }).to_string(), Kind::Json);
        } else {
            self.say(url);
        }
        let _ = std::io::stdout().flush();
        self.complain(&self.m.with("mock-serve-ready", &[("url", url), ("state", &self.ext(&state.display().to_string()))]));
    }

    pub fn serve_stopped(&self) {
        self.complain(&self.m.get("mock-serve-stopped"));
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
        self.say(&self.bold(&self.m.with(
            "show-title",
            &[("role", d.role_name.as_str()), ("kind", &self.m.get(words::kind(d.kind))), ("partition", d.partition.id())],
        )));
        self.say(&format!("  {}", self.m.get(words::kind_purpose(d.kind))));
        self.say("");
        self.say(&self.bold(&self.m.get("show-trust-policy")));
        self.say(&indent(&d.trust.to_json_pretty()));
        self.say(&self.bold(&self.m.get("show-managed-policies")));
        for a in &d.managed_policy_arns {
            self.say(&format!("    {a}"));
        }
        self.say(&self.bold(&self.m.get("show-customer-policies")));
        if d.customer_managed_policies.is_empty() {
            self.say(&format!("    {none}"));
        }
        for c in &d.customer_managed_policies {
            self.say(&format!("    {} ({})", c.name, c.arn.as_deref().unwrap_or_default()));
            self.say(&indent(&indent(&serde_json::to_string_pretty(&c.document).unwrap_or_default())));
        }
        self.say(&self.bold(&self.m.get("show-inline-policies")));
        if d.inline_policies.is_empty() {
            self.say(&format!("    {none}"));
        }
        for c in &d.inline_policies {
            self.say(&format!("    {}", c.name));
            self.say(&indent(&indent(&serde_json::to_string_pretty(&c.document).unwrap_or_default())));
        }
        self.say(&format!("{} {}", self.bold(&self.m.get("show-instance-profile")), d.instance_profile.as_ref().map_or(none.clone(), |p| p.as_str().to_owned())));
        if !d.covered.is_empty() {
            self.say(&self.bold(&self.m.get("show-covered")));
            for (perm, m) in &d.covered {
                self.say(&format!("    {}", self.m.with("show-covered-item", &[("permission", perm.slug()), ("policy", m.name)])));
            }
        }
    }

    pub fn check(&self, r: &CheckReport) {
        if self.json {
            self.json_out(&json!({
                "kind": r.kind.slug(),
                "role_name": r.role_name,
                "status": r.status.as_str(),
                "findings": r.findings.iter().map(|f| self.finding_json(f)).collect::<Vec<_>>(),
                "trust": r.trust,
            }));
            return;
        }
        self.say(&self.bold(&self.m.with("check-title", &[("role", &self.ext(&r.role_name)), ("kind", &self.m.get(words::kind(r.kind)))])));
        self.findings_text(&r.findings);
        if let Some(t) = &r.trust {
            let id = if t.clusters.is_empty() { ids::CHECK_TRUST } else { ids::CHECK_TRUST_CLUSTERS };
            self.say(&format!("  {}", self.m.with(id, &[("principal", &t.principal), ("verdict", &self.verdict(t.assumable))])));
            for c in &t.clusters {
                self.say(&format!("    {}", self.m.with("check-trust-cluster", &[("cluster", &c.cluster), ("region", &c.region), ("verdict", &self.verdict(c.covered))])));
            }
        }
        let status = self.m.get(words::status(r.status));
        let status = match r.status {
            rolecall_core::check::Status::Ok => self.paint(&status, "32;1"),
            _ => self.paint(&status, "31;1"),
        };
        self.say(&self.m.with("check-summary", &[("status", &status), ("counts", &self.counts(&r.findings))]));
    }

    /// yes, no or undecided, colored.
    fn verdict(&self, v: Option<bool>) -> String {
        match v {
            Some(true) => self.paint(&self.m.get("verdict-yes"), "32;1"),
            Some(false) => self.paint(&self.m.get("verdict-no"), "31;1"),
            None => self.paint(&self.m.get("verdict-undecided"), "33;1"),
        }
    }

    /// Findings, each followed by how to address it.
    fn findings_with_fixes(&self, findings: &[Finding]) {
        for f in findings {
            self.findings_text(std::slice::from_ref(f));
            self.say(&format!("        → {}", self.m.get(words::finding_fix(f.code))));
        }
    }

    /// Why nothing is written, and what the plan leaves.
    fn plan_outcome(&self, p: &Planned) {
        if !p.plan.blocked.is_empty() {
            self.say(&self.bold(&self.m.get("plan-refused")));
            self.findings_with_fixes(&p.plan.blocked);
        }
        if !p.plan.left.is_empty() {
            let title = if p.plan.actions.is_empty() { ids::PLAN_LEFT_NOTHING_TO_WRITE } else { ids::PLAN_LEFT };
            self.say(&self.bold(&self.m.get(title)));
            self.findings_with_fixes(&p.plan.left);
        }
    }

    fn action_text(&self, a: &Action) -> String {
        let (id, args) = words::action(a);
        let args: Vec<(&str, Cow<'_, str>)> = args.into_iter().map(|(k, v)| (k, self.ext(v))).collect();
        let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_ref())).collect();
        self.m.with(id, &args)
    }

    fn plan_text(&self, p: &Planned) {
        let n = p.plan.actions.len();
        self.say(&self.bold(&self.m.args("plan-title", &[("role", text(&self.ext(p.desired.role_name.as_str()))), ("count", num(n))])));
        let width = p.plan.actions.iter().map(|a| a.api_name().len()).max().unwrap_or(0);
        for (i, a) in p.plan.actions.iter().enumerate() {
            self.say(&format!("  {:>2}. {}  {}", i + 1, pad(a.api_name(), width), self.action_text(a)));
        }
        if n == 0 && p.plan.left.is_empty() && p.plan.blocked.is_empty() {
            self.say(&format!("  {}", self.m.get("plan-nothing")));
        }
        self.plan_outcome(p);
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
            "left": p.plan.left.iter().map(|f| self.finding_json(f)).collect::<Vec<_>>(),
        });
        if let (Some(o), Some(e)) = (v.as_object_mut(), extra.as_object()) {
            o.extend(e.clone());
        }
        v
    }

    /// `create` on a role that exists: nothing changes, `repair` is the way.
    pub fn exists(&self, p: &Planned) {
        self.nothing_planned(p, ids::CREATE_EXISTS, true);
    }

    /// `create` finishing a role an earlier create left unfinished.
    pub fn resuming(&self, p: &Planned) {
        if !self.json {
            self.say(&self.m.with("create-resume", &[("role", &self.ext(p.desired.role_name.as_str()))]));
        }
    }

    /// `repair` on a role that does not exist: `create` is the way.
    pub fn repair_missing(&self, p: &Planned) {
        self.nothing_planned(p, ids::REPAIR_MISSING, false);
    }

    /// A plan that is not run, and why: on stdout when the role exists, as an error otherwise.
    fn nothing_planned(&self, p: &Planned, id: rolecall_i18n::Id, exists: bool) {
        let msg = self.m.with(id, &[("role", &self.ext(p.desired.role_name.as_str())), ("kind", p.desired.kind.slug())]);
        if self.json {
            let mut v = self.plan_json(p, true, &[], json!({ "exists": exists, "message": msg }));
            // Nothing runs: what remains is what there is.
            v["actions"] = json!([]);
            v["left"] = json!(p.plan.findings.iter().map(|f| self.finding_json(f)).collect::<Vec<_>>());
            self.json_out(&v);
        } else if exists {
            self.say(&msg);
        } else {
            self.complain(&msg);
        }
    }

    pub fn dry_run(&self, p: &Planned) {
        if self.json {
            self.json_out(&self.plan_json(p, true, &[], json!({})));
            return;
        }
        self.plan_text(p);
        if !p.plan.actions.is_empty() {
            self.say("");
            self.say(&self.bold(&self.m.get("dry-run-commands")));
            for a in &p.plan.actions {
                self.say(&self.ext(&a.aws_cli_line()));
            }
        }
        self.say("");
        self.say(&self.m.get("dry-run-nothing-changed"));
    }

    pub fn start_apply<'a>(&'a self, p: &'a Planned) -> ApplyReport<'a, 'm> {
        if !self.json {
            self.say(&self.bold(&self.m.args("plan-title", &[("role", text(&self.ext(p.desired.role_name.as_str()))), ("count", num(p.plan.actions.len()))])));
            if p.plan.actions.is_empty() && p.plan.left.is_empty() && p.plan.blocked.is_empty() {
                self.say(&format!("  {}", self.m.get("plan-nothing")));
            }
        }
        ApplyReport { out: self, planned: p, done: Vec::new() }
    }

    pub fn lint(&self, file: &str, r: &TextReport) {
        if self.json {
            let findings: Vec<Value> = r
                .findings
                .iter()
                .map(|l| {
                    let mut v = self.finding_json(&l.finding);
                    v["line"] = json!(l.line);
                    v["column"] = json!(l.column);
                    v
                })
                .collect();
            self.json_out(&json!({
                "file": file,
                "document": r.whole.map_or("text", |k| k.as_str()),
                "documents": r.documents.iter().map(|d| json!({ "line": d.line, "column": d.column, "kind": d.kind.as_str(), "name": d.name })).collect::<Vec<_>>(),
                "commands": r.commands.iter().map(|c| json!({ "line": c.line, "column": c.column, "command": c.name })).collect::<Vec<_>>(),
                "findings": findings,
            }));
            return;
        }
        let shown = if file == "-" { self.m.get("value-stdin") } else { self.ext(file).into_owned() };
        let title = match r.whole {
            Some(kind) => self.m.with("lint-title", &[("file", &shown), ("document", &self.m.get(words::document(kind)))]),
            None => self.m.args("lint-title-text", &[("file", text(&shown)), ("documents", num(r.documents.len())), ("commands", num(r.commands.len()))]),
        };
        self.say(&self.bold(&title));
        if r.findings.is_empty() {
            self.say(&format!("  {}", self.m.get("lint-clean")));
            return;
        }
        let locs: Vec<String> = r.findings.iter().map(|l| format!("{shown}:{}", l.line)).collect();
        let loc_width = locs.iter().map(|l| UnicodeWidthStr::width(l.as_str())).max().unwrap_or(0);
        let width = [Severity::Error, Severity::Warning, Severity::Info].iter().map(|s| UnicodeWidthStr::width(self.severity_label(*s).as_str())).max().unwrap_or(0);
        for (l, loc) in r.findings.iter().zip(&locs) {
            let f = &l.finding;
            let label = pad(&self.severity_label(f.severity()), width);
            let label = match f.severity() {
                Severity::Error => self.paint(&label, "31;1"),
                Severity::Warning => self.paint(&label, "33;1"),
                Severity::Info => self.paint(&label, "36"),
            };
            self.say(&format!("  {}  {label}  {}", pad(loc, loc_width), self.finding_message(f)));
            self.say(&format!("  {}  {}  {}", " ".repeat(loc_width), " ".repeat(width), self.paint(&format!("[{}]", f.code.as_str()), "2")));
        }
        let all: Vec<Finding> = r.findings.iter().map(|l| l.finding.clone()).collect();
        self.say(&self.m.with("lint-summary", &[("counts", &self.counts(&all))]));
    }

    /// Progress for audit: on a terminal, and never with JSON.
    pub fn audit_progress(&self) -> AuditProgress {
        use std::io::IsTerminal;
        let on = !self.json && std::io::stderr().is_terminal();
        AuditProgress { template: on.then(|| (self.m.get("audit-progress-scanned"), self.m.get("audit-progress-found"))), shown: false }
    }

    /// The JSON of one account's audit (`audit`, and each account of `audit --organization`).
    pub(crate) fn audit_value(&self, a: &rolecall_core::audit::Audit) -> Value {
        let s = &a.summary;
        json!({
            "roles": a.roles.iter().map(|r| self.audited_role_value(r)).collect::<Vec<_>>(),
            "account_findings": a.account.iter().map(|f| self.finding_json(f)).collect::<Vec<_>>(),
            "summary": { "scanned": s.scanned, "pages": s.pages, "found": s.found, "ok": s.ok, "drift": s.drift },
        })
    }

    /// One audited role, with check's keys and its kind.
    pub(crate) fn audited_role_value(&self, r: &rolecall_core::audit::AuditedRole) -> Value {
        json!({
            "kind": r.kind.slug(),
            "role_name": r.role_name,
            "status": r.status.as_str(),
            "findings": r.findings.iter().map(|f| self.finding_json(f)).collect::<Vec<_>>(),
        })
    }

    pub fn audit(&self, a: &rolecall_core::audit::Audit) {
        if self.json {
            self.json_out(&self.audit_value(a));
            return;
        }
        self.say(&self.bold(&self.m.get("audit-title")));
        self.audit_body(a);
    }

    /// The table of roles, the account's findings and the summary line.
    pub(crate) fn audit_body(&self, a: &rolecall_core::audit::Audit) {
        let s = &a.summary;
        if a.roles.is_empty() {
            self.say(&format!("  {}", self.m.get("audit-none-found")));
        } else {
            let heads = [self.m.get("col-role"), self.m.get("col-kind"), self.m.get("col-status"), self.m.get("col-findings")];
            let rows: Vec<[String; 4]> = a
                .roles
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
        if !a.account.is_empty() {
            self.say("");
            self.say(&self.bold(&self.m.get("audit-account-findings")));
            self.findings_text(&a.account);
        }
        self.say("");
        self.say(&self.m.args(
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
                    let id = if *ok { ids::PROGRESS_CALL } else { ids::PROGRESS_CALL_FAILED };
                    complain(&m.args(id, &[("operation", text(operation)), ("millis", num(*millis as usize))]));
                }
                Progress::Call { .. } => {}
            }
        }))
    }
}

/// Progress across accounts: on a terminal, and never with JSON.
#[derive(Debug)]
pub struct OrgProgress<'m> {
    m: Option<&'m Messages>,
    total: usize,
}

impl<'m> Out<'m> {
    pub fn org_progress(&self, total: usize) -> OrgProgress<'m> {
        use std::io::IsTerminal;
        let on = !self.json && std::io::stderr().is_terminal();
        OrgProgress { m: on.then_some(self.m), total }
    }
}

impl OrgProgress<'_> {
    pub fn tick(&mut self, done: usize) {
        if let Some(m) = self.m {
            let mut e = std::io::stderr().lock();
            let _ = write!(e, "\r\x1b[2K{}", m.args("org-progress", &[("done", num(done)), ("total", num(self.total))]));
            let _ = e.flush();
        }
    }

    pub fn clear(&mut self) {
        if self.m.is_some() {
            let mut e = std::io::stderr().lock();
            let _ = write!(e, "\r\x1b[2K");
            let _ = e.flush();
        }
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
        self.out.say(&format!("  {mark} {}", self.out.action_text(a)));
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
            Ok(()) => self.out.say(&self.out.m.args("apply-done", &[("count", num(n))])),
            Err(_) => self.out.say(&self.out.m.args("apply-stopped", &[("count", num(n))])),
        }
        if r.is_ok() {
            self.out.plan_outcome(self.planned);
        }
    }
}
