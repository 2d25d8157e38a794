//! Trust policies: whether the role's service may assume the role (IAM's own evaluation, see
//! [`crate::eval`]), which principals a policy names, and the edits rolecall makes. Edits work on
//! the JSON as IAM has it, so every statement rolecall does not touch stays exactly as the user
//! wrote it; every edit is evaluated before it is proposed, and one that would take anything away
//! is refused.

use serde_json::{json, Map, Value};

use crate::eval::{self, Caller, Context, Decision, Evaluation, Lang, Request, SetEvaluation, Tri};
use crate::finding::{Code, Finding};
use crate::partition::Partition;
use crate::plan::PlanOptions;
use crate::policy::{actions_cover, parse_json_strict, Effect, PolicyDocument, Principal};
use crate::role::{ChinaEc2, ClusterScope, Desired, RoleSpec, Scope, Source};

/// Condition operators whose `aws:SourceArn` values are patterns that limit who may assume.
pub const SOURCE_ARN_OPERATORS: [&str; 4] = ["ArnLike", "ArnEquals", "StringLike", "StringEquals"];
/// Operators rolecall may add patterns to (they match wildcards).
const MERGEABLE_OPERATORS: [&str; 3] = ["ArnLike", "StringLike", "ArnEquals"];
pub const SOURCE_ARN_KEY: &str = "aws:SourceArn";

/// One `aws:SourceArn` value and the operator that compares it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourcePattern {
    pub op: String,
    pub value: String,
}

impl SourcePattern {
    /// Whether this condition value lets every ARN the `wanted` pattern stands for through.
    /// `ArnLike` and `ArnEquals` match each ARN part with wildcards; `StringLike` matches the
    /// whole string with wildcards; `StringEquals` is a literal comparison, which never covers a
    /// pattern with a wildcard (no real ARN equals `.../fargateprofile/c/*`).
    pub fn covers(&self, wanted: &str) -> bool {
        match self.op.as_str() {
            "ArnLike" | "ArnEquals" => crate::arn::arn_like(&self.value, wanted),
            "StringLike" => crate::arn::glob_match(&self.value, wanted),
            _ => self.value == wanted && !wanted.contains(['*', '?']),
        }
    }
}

/// One principal allowed to assume the role, and the statement that allows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assumer {
    /// `Service`, `AWS`, `Federated`, `CanonicalUser`, or `*`.
    pub kind: String,
    pub value: String,
    /// Index of the statement in the document.
    pub statement: usize,
    /// The `aws:SourceArn` values limiting it; `None` when the statement has none.
    pub source_arns: Option<Vec<SourcePattern>>,
}

impl Assumer {
    /// `Service: ec2.amazonaws.com`, for messages.
    pub fn label(&self) -> String {
        if self.kind == "*" {
            "*".to_owned()
        } else {
            format!("{}: {}", self.kind, self.value)
        }
    }
}

/// The `aws:SourceArn` values of a statement's conditions, if it has any.
fn source_arns(cond: &crate::policy::Conditions) -> Option<Vec<SourcePattern>> {
    let mut out: Option<Vec<SourcePattern>> = None;
    for (op, keys) in cond {
        if !SOURCE_ARN_OPERATORS.contains(&op.as_str()) {
            continue;
        }
        for (k, vals) in keys {
            if k.eq_ignore_ascii_case(SOURCE_ARN_KEY) {
                out.get_or_insert_with(Vec::new).extend(vals.iter().map(|v| SourcePattern { op: op.clone(), value: v.clone() }));
            }
        }
    }
    out
}

/// Every principal that an `Allow` statement lets call `sts:AssumeRole`.
pub fn assumers(doc: &PolicyDocument) -> Vec<Assumer> {
    let mut out = Vec::new();
    for (i, st) in doc.statements.iter().enumerate() {
        let (Effect::Allow, Some(principal), Some(actions)) = (st.effect, &st.principal, &st.action) else {
            continue;
        };
        if !actions_cover(actions, "sts:AssumeRole") {
            continue;
        }
        let arns = source_arns(&st.condition);
        match principal {
            Principal::Any => out.push(Assumer { kind: "*".into(), value: "*".into(), statement: i, source_arns: arns }),
            Principal::Map(m) => {
                for (kind, values) in m {
                    for v in values {
                        out.push(Assumer { kind: kind.clone(), value: v.clone(), statement: i, source_arns: arns.clone() });
                    }
                }
            }
        }
    }
    out
}

/// The service principals among the assumers.
pub fn services(assumers: &[Assumer]) -> impl Iterator<Item = &Assumer> {
    assumers.iter().filter(|a| a.kind == "Service")
}

fn statements_mut(doc: &mut Value) -> Option<&mut Vec<Value>> {
    let obj = doc.as_object_mut()?;
    let st = obj.get_mut("Statement")?;
    if st.is_object() {
        let one = st.take();
        *st = Value::Array(vec![one]);
    }
    st.as_array_mut()
}

/// Appends a statement to a document.
pub fn add_statement(doc: &mut Value, statement: Value) -> bool {
    match statements_mut(doc) {
        Some(list) => {
            list.push(statement);
            true
        }
        None => false,
    }
}

/// Adds `arns` to the `aws:SourceArn` value of statement `index`, under the first operator that
/// already limits it by pattern. The value becomes an array; nothing else in the statement
/// changes. Returns false when the statement has no such condition to merge into.
pub fn merge_source_arns(doc: &mut Value, index: usize, arns: &[String]) -> bool {
    let Some(st) = statements_mut(doc).and_then(|l| l.get_mut(index)) else { return false };
    let Some(cond) = st.get_mut("Condition").and_then(Value::as_object_mut) else { return false };
    for op in MERGEABLE_OPERATORS {
        let Some(keys) = cond.get_mut(op).and_then(Value::as_object_mut) else { continue };
        let Some(key) = keys.keys().find(|k| k.eq_ignore_ascii_case(SOURCE_ARN_KEY)).cloned() else { continue };
        let Some(slot) = keys.get_mut(&key) else { continue };
        let mut values: Vec<Value> = match slot.take() {
            Value::Array(a) => a,
            one => vec![one],
        };
        for a in arns {
            if !values.iter().any(|v| v.as_str() == Some(a)) {
                values.push(Value::String(a.clone()));
            }
        }
        *slot = Value::Array(values);
        return true;
    }
    false
}

/// Limits statement `index` to `arns` with an `ArnLike` `aws:SourceArn` condition. This narrows
/// who may assume the role: rolecall does it only when asked to.
pub fn restrict_source_arns(doc: &mut Value, index: usize, arns: &[String]) -> bool {
    let Some(st) = statements_mut(doc).and_then(|l| l.get_mut(index)).and_then(Value::as_object_mut) else { return false };
    let value = match arns {
        [one] => json!(one),
        many => json!(many),
    };
    let cond = st.entry("Condition").or_insert_with(|| Value::Object(Map::new()));
    let Some(cond) = cond.as_object_mut() else { return false };
    let op = cond.entry("ArnLike").or_insert_with(|| Value::Object(Map::new()));
    match op.as_object_mut() {
        Some(keys) => {
            keys.insert(SOURCE_ARN_KEY.into(), value);
            true
        }
        None => false,
    }
}


const REGION_FIRST: &str = "abcdefghijklmnopqrstuvwxyz";
const REGION_REST: &str = "abcdefghijklmnopqrstuvwxyz0123456789-";
const NAME_FIRST: &str = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const NAME_REST: &str = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
const ID_FIRST: &str = "0123456789abcdef";
const ID_REST: &str = "0123456789abcdef-";
const DIGITS: &str = "0123456789";

/// Every Fargate profile ARN of a cluster scope: `arn:P:eks:REGION:ACCOUNT:fargateprofile/CLUSTER/PROFILE/ID`,
/// where the profile name and ID are anything EKS may choose (and the region and cluster too,
/// for `*`).
pub fn fargate_profiles(partition: Partition, account: Option<&str>, scope: &ClusterScope) -> Lang {
    let l = Lang::new().lit(&format!("arn:{}:eks:", partition.id()));
    let l = match &scope.region {
        Scope::All => l.run(REGION_FIRST, REGION_REST),
        Scope::One(r) => l.lit(r.as_str()),
    };
    let l = l.lit(":");
    let l = match account {
        Some(a) => l.lit(a),
        None => l.run(DIGITS, DIGITS),
    };
    let l = l.lit(":fargateprofile/");
    let l = match &scope.name {
        Scope::All => l.run(NAME_FIRST, NAME_REST),
        Scope::One(c) => l.lit(c.as_str()),
    };
    l.lit("/").run(NAME_FIRST, NAME_REST).lit("/").run(ID_FIRST, ID_REST)
}

/// The context a service sends: its name, and (for Fargate) the source profile and account.
fn service_context(principal: &str) -> Context {
    Context::service().known("aws:PrincipalServiceName", principal).known("aws:PrincipalIsAWSService", "true")
}

fn request(spec: &RoleSpec, principal: &str, context: Context) -> Request {
    Request { caller: Caller::Service(principal.to_owned()), actions: spec.request.actions.iter().map(|a| (*a).to_owned()).collect(), context }
}

/// The request the role's service makes for the Fargate profiles of `scope`.
fn fargate_request(spec: &RoleSpec, desired: &Desired, scope: &ClusterScope) -> Request {
    let principal = spec.trustee.principal(desired.partition);
    let account = desired.account.as_ref().map(|a| a.as_str());
    let mut ctx = service_context(principal).set("aws:SourceArn", eval::Value::Symbolic(fargate_profiles(desired.partition, account, scope)));
    ctx = match account {
        Some(a) => ctx.known("aws:SourceAccount", a),
        None => ctx.set("aws:SourceAccount", eval::Value::Unknown),
    };
    request(spec, principal, ctx)
}

/// The same request with no `aws:SourceArn` at all: allowed means no confused-deputy protection.
fn sourceless_request(spec: &RoleSpec, desired: &Desired) -> Request {
    let principal = spec.trustee.principal(desired.partition);
    let ctx = service_context(principal);
    let ctx = match &desired.account {
        Some(a) => ctx.known("aws:SourceAccount", a.as_str()),
        None => ctx.set("aws:SourceAccount", eval::Value::Unknown),
    };
    request(spec, principal, ctx)
}

const EVERY_CLUSTER: ClusterScope = ClusterScope { name: Scope::All, region: Scope::All };

/// One requested cluster and whether every Fargate profile it could have may assume the role.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ClusterVerdict {
    pub cluster: String,
    pub region: String,
    /// `null` when it depends on something rolecall cannot know.
    pub covered: Option<bool>,
}

/// Whether the role's service may assume the role.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct TrustVerdict {
    /// The service principal whose requests were evaluated.
    pub principal: String,
    /// For the Fargate role with clusters: every cluster covered; without: some profile of the
    /// account may. `null` when undecided.
    pub assumable: Option<bool>,
    /// Fargate only: one row per `--cluster` value, as given.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub clusters: Vec<ClusterVerdict>,
}

/// A verdict and the findings that explain it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Judgement {
    pub verdict: TrustVerdict,
    pub findings: Vec<Finding>,
}

fn scoped(f: Finding, scope: Option<&ClusterScope>) -> Finding {
    match scope {
        None => f.arg("scope", "role"),
        Some(c) => f.arg("scope", "cluster").arg("cluster", c.name.as_str()).arg("region", c.region.as_str()),
    }
}

/// The finding that says why a request was not allowed, naming the statement and condition.
fn explain(e: &Evaluation, principal: &str, scope: Option<&ClusterScope>, source_arn: Option<&str>) -> Finding {
    if let Some(d) = e.statements.iter().find(|s| s.effect == Effect::Deny && s.matched == Tri::True) {
        return scoped(Finding::new(Code::TrustDenied).arg("principal", principal).arg("statement", d.label()), scope);
    }
    if e.decision == Decision::Undecided {
        let s = e
            .statements
            .iter()
            .find(|s| s.effect == Effect::Deny && s.matched == Tri::Unknown)
            .or_else(|| e.statements.iter().find(|s| s.effect == Effect::Allow && s.matched == Tri::Unknown));
        if let Some(s) = s {
            let c = s.conditions.iter().find(|c| c.result == Tri::Unknown);
            return scoped(
                Finding::new(Code::TrustUndecided)
                    .arg("principal", principal)
                    .arg("statement", s.label())
                    .arg("operator", c.map_or("", |c| c.operator.as_str()))
                    .arg("key", c.map_or("", |c| c.key.as_str())),
                scope,
            );
        }
    }
    match e.unmet().next() {
        Some(s) => {
            let c = s.blocking();
            let key = c.map_or("", |c| c.key.as_str());
            if let (Some(cluster), true) = (scope, key.eq_ignore_ascii_case(SOURCE_ARN_KEY)) {
                return Finding::new(Code::TrustClusterNotCovered)
                    .arg("cluster", cluster.name.as_str())
                    .arg("region", cluster.region.as_str())
                    .arg("source_arn", source_arn.unwrap_or_default());
            }
            scoped(
                Finding::new(Code::TrustConditionUnmet)
                    .arg("principal", principal)
                    .arg("statement", s.label())
                    .arg("operator", c.map_or("", |c| c.operator.as_str()))
                    .arg("key", key),
                scope,
            )
        }
        None => Finding::new(Code::TrustPrincipalMissing).arg("principal", principal),
    }
}

/// Why a cluster is not covered.
fn cluster_finding(s: &SetEvaluation, principal: &str, scope: &ClusterScope, source_arn: &str) -> Option<Finding> {
    match s.covered() {
        Some(true) => None,
        Some(false) => {
            let (example, e) = s.denied.as_ref()?;
            let denied = e.statements.iter().any(|st| st.effect == Effect::Deny && st.matched == Tri::True);
            match (&s.allowed, denied) {
                (Some((allowed, _)), false) => Some(
                    Finding::new(Code::TrustClusterPartlyCovered)
                        .arg("cluster", scope.name.as_str())
                        .arg("region", scope.region.as_str())
                        .arg("allowed", allowed.clone())
                        .arg("denied", example.clone()),
                ),
                _ => Some(explain(e, principal, Some(scope), Some(source_arn))),
            }
        }
        None => s.undecided.as_ref().map(|(_, e)| explain(e, principal, Some(scope), Some(source_arn))),
    }
}

/// Whether the role's service may assume the role, as IAM decides it, with a finding for each
/// "no" and each "undecided" that names the statement or condition responsible.
pub fn judge(spec: &RoleSpec, desired: &Desired, doc: &PolicyDocument) -> Judgement {
    let p = desired.partition;
    let mut findings = Vec::new();
    let principal = spec.trustee.principal(p);
    let not_principal: Vec<usize> = doc.statements.iter().enumerate().filter(|(_, s)| s.not_principal.is_some()).map(|(i, _)| i).collect();
    let verdict = if !not_principal.is_empty() {
        for i in not_principal {
            findings.push(Finding::new(Code::TrustNotPrincipal).arg("statement", eval::statement_label(i, doc.statements[i].sid.as_deref())));
        }
        let clusters = desired.clusters.iter().map(|c| ClusterVerdict { cluster: c.name.as_str().to_owned(), region: c.region.as_str().to_owned(), covered: None }).collect();
        TrustVerdict { principal: principal.to_owned(), assumable: None, clusters }
    } else {
        match spec.request.source {
            Source::None => {
                let e = eval::evaluate(doc, &request(spec, principal, service_context(principal)));
                let legacy = Partition::Aws.ec2_principal();
                let legacy_ok = principal != legacy
                    && e.decision != Decision::Allowed
                    && eval::evaluate(doc, &request(spec, legacy, service_context(legacy))).decision == Decision::Allowed;
                let assumable = if legacy_ok {
                    match spec.request.china_ec2 {
                        ChinaEc2::Required => {
                            findings.push(Finding::new(Code::TrustPrincipalPartition).arg("principal", principal).arg("legacy", legacy));
                            Some(false)
                        }
                        ChinaEc2::Preferred => {
                            findings.push(Finding::new(Code::TrustPrincipalPartitionLegacy).arg("principal", principal).arg("legacy", legacy));
                            Some(true)
                        }
                    }
                } else {
                    if e.decision != Decision::Allowed {
                        findings.push(explain(&e, principal, None, None));
                    }
                    e.decision.as_option()
                };
                TrustVerdict { principal: principal.to_owned(), assumable, clusters: Vec::new() }
            }
            Source::FargateProfile => {
                let verdict = if desired.clusters.is_empty() {
                    let s = eval::evaluate_all(doc, &fargate_request(spec, desired, &EVERY_CLUSTER));
                    let some = s.some();
                    if some != Some(true) {
                        if let Some((_, e)) = s.undecided.as_ref().or(s.denied.as_ref()) {
                            findings.push(explain(e, principal, None, None));
                        }
                    }
                    TrustVerdict { principal: principal.to_owned(), assumable: some, clusters: Vec::new() }
                } else {
                    let mut rows = Vec::new();
                    let mut all = Tri::True;
                    for (c, source_arn) in desired.clusters.iter().zip(&desired.source_arns) {
                        let s = eval::evaluate_all(doc, &fargate_request(spec, desired, c));
                        let covered = s.covered();
                        all = all.and_option(covered);
                        findings.extend(cluster_finding(&s, principal, c, source_arn));
                        rows.push(ClusterVerdict { cluster: c.name.as_str().to_owned(), region: c.region.as_str().to_owned(), covered });
                    }
                    TrustVerdict { principal: principal.to_owned(), assumable: Decision::from_tri(all).as_option(), clusters: rows }
                };
                if eval::evaluate(doc, &sourceless_request(spec, desired)).decision == Decision::Allowed {
                    findings.push(Finding::new(Code::TrustSourceArnMissing).arg("principal", principal));
                }
                verdict
            }
        }
    };
    // Principals the policy names besides the role's service: reported, never removed.
    let all = assumers(doc);
    let accepted = spec.trustee.accepted(p);
    let mut seen = std::collections::BTreeSet::new();
    for a in &all {
        if a.kind == "Service" && accepted.contains(&a.value.as_str()) || !seen.insert(a.label()) {
            continue;
        }
        let code = if crate::check::shared_with(spec.trustee, a) { Code::TrustSharedRole } else { Code::TrustExtraPrincipal };
        findings.push(Finding::new(code).arg("principal", a.label()));
    }
    let mut unique = Vec::new();
    for f in findings {
        if !unique.contains(&f) {
            unique.push(f);
        }
    }
    Judgement { verdict, findings: unique }
}

/// An edit rolecall would make to a trust policy, or why it makes none.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrustEdit {
    /// The new document, when one is needed and safe.
    pub document: Option<String>,
    /// Why the edit needed was not made: it would not do its job, or would take something away.
    pub refused: Vec<Finding>,
}

/// Allow statements that let the service's request through whatever its `aws:SourceArn`, as
/// indexes of the document.
fn unrestricted(doc: &PolicyDocument, spec: &RoleSpec, desired: &Desired) -> Vec<usize> {
    eval::evaluate(doc, &sourceless_request(spec, desired)).allowed_by().map(|s| s.index).collect()
}

/// Statement `index` trusts `principal` among others: moves `principal` into a statement of its
/// own (a copy of this one, without its Sid), so that the copy can be changed alone. Returns the
/// new statement's index.
fn split_out(raw: &mut Value, index: usize, principal: &str) -> Option<usize> {
    let list = statements_mut(raw)?;
    let st = list.get_mut(index)?.as_object_mut()?;
    let map = st.get_mut("Principal")?.as_object_mut()?;
    let others = map.len() > 1;
    let kept: Vec<Value> = match map.get("Service")? {
        Value::String(s) if s == principal => Vec::new(),
        Value::Array(items) if items.iter().any(|v| v.as_str() == Some(principal)) => items.iter().filter(|v| v.as_str() != Some(principal)).cloned().collect(),
        _ => return None,
    };
    match kept.as_slice() {
        [] if !others => return None,
        [] => {
            map.remove("Service");
        }
        [one] => {
            map.insert("Service".into(), one.clone());
        }
        _ => {
            map.insert("Service".into(), Value::Array(kept));
        }
    }
    let mut copy = st.clone();
    copy.remove("Sid");
    copy.insert("Principal".into(), json!({ "Service": principal }));
    list.push(Value::Object(copy));
    Some(list.len() - 1)
}

/// The requests whose answers an edit must not take away: the role's service (every profile of
/// every cluster of the account, and a request without a source, for Fargate) and every principal
/// either document names.
fn guarded_requests(spec: &RoleSpec, desired: &Desired, docs: [&PolicyDocument; 2], opts: PlanOptions) -> Vec<Request> {
    let p = desired.partition;
    let service = spec.trustee.principal(p);
    let fargate = spec.request.source == Source::FargateProfile;
    // --restrict-trust narrows the Fargate service's access on purpose (and only that).
    let narrowing_service = fargate && opts.restrict_trust;
    let mut out = Vec::new();
    if !narrowing_service {
        if fargate {
            out.push(fargate_request(spec, desired, &EVERY_CLUSTER));
            out.push(sourceless_request(spec, desired));
        } else {
            out.push(request(spec, service, service_context(service)));
        }
    }
    let mut named = std::collections::BTreeSet::new();
    for doc in docs {
        for st in &doc.statements {
            if let Some(Principal::Map(m)) = &st.principal {
                for (kind, values) in m {
                    for v in values {
                        if let Some(c) = Caller::from_principal(kind, v) {
                            named.insert(c);
                        }
                    }
                }
            }
        }
    }
    for caller in named {
        let actions: Vec<String> = ["sts:AssumeRole", "sts:TagSession", "sts:AssumeRoleWithWebIdentity", "sts:AssumeRoleWithSAML", "sts:SetSourceIdentity"].iter().map(|a| (*a).to_owned()).collect();
        match &caller {
            Caller::Service(s) if s == service => continue,
            Caller::Service(s) => {
                let ctx = service_context(s).set("aws:SourceArn", eval::Value::Unknown).set("aws:SourceAccount", eval::Value::Unknown);
                for a in actions {
                    out.push(Request { caller: caller.clone(), actions: vec![a], context: ctx.clone() });
                }
            }
            _ => {
                for a in actions {
                    out.push(Request { caller: caller.clone(), actions: vec![a], context: Context::opaque() });
                }
            }
        }
    }
    out
}

/// The trust policy rolecall would write for an existing role, made only of additions: a
/// statement added, or `aws:SourceArn` values added to an Allow statement whose other conditions
/// let the cluster through. Deny statements and other conditions are never touched. With
/// `--restrict-trust`, Allow statements that let the Fargate service in without a source are
/// limited to the clusters asked for (a statement shared with other principals is split first,
/// so they keep exactly what they had). The result is evaluated before it is proposed: if it
/// would leave a requested cluster uncovered or deny anything allowed before, nothing is proposed
/// and `refused` says why.
pub fn repair_trust(spec: &RoleSpec, desired: &Desired, current: &str, opts: PlanOptions) -> Result<TrustEdit, Finding> {
    let invalid = |e: &dyn std::fmt::Display| Finding::new(Code::TrustInvalid).arg("detail", e.to_string());
    let mut raw: Value = parse_json_strict(current).map_err(|e| invalid(&e))?;
    let before = PolicyDocument::from_value(&raw).map_err(|e| invalid(&e))?;
    if before.statements.iter().any(|s| s.not_principal.is_some()) {
        return Ok(TrustEdit::default());
    }
    let p = desired.partition;
    let principal = spec.trustee.principal(p);
    let reparse = |raw: &Value| PolicyDocument::from_value(raw).map_err(|e| invalid(&e));
    let mut changed = false;
    match spec.request.source {
        Source::None => {
            let e = eval::evaluate(&before, &request(spec, principal, service_context(principal)));
            if e.decision == Decision::Denied {
                changed |= add_statement(&mut raw, spec.trust_statement(p, &[]));
            }
        }
        Source::FargateProfile if desired.clusters.is_empty() => {
            let s = eval::evaluate_all(&before, &fargate_request(spec, desired, &EVERY_CLUSTER));
            if s.some() == Some(false) {
                changed |= add_statement(&mut raw, spec.trust_statement(p, &[]));
            }
        }
        Source::FargateProfile => {
            if opts.restrict_trust {
                for i in unrestricted(&before, spec, desired) {
                    let target = match &before.statements[i].principal {
                        Some(Principal::Map(m)) if m.len() == 1 && m.get("Service").is_some_and(|v| v.len() == 1) => Some(i),
                        Some(Principal::Map(_)) => split_out(&mut raw, i, principal),
                        _ => None,
                    };
                    if let Some(t) = target {
                        changed |= restrict_source_arns(&mut raw, t, &desired.source_arns);
                    }
                }
            }
            let mut pending = Vec::new();
            for (c, pattern) in desired.clusters.iter().zip(&desired.source_arns) {
                let doc = reparse(&raw)?;
                let req = fargate_request(spec, desired, c);
                let s = eval::evaluate_all(&doc, &req);
                if s.covered() != Some(false) {
                    continue;
                }
                let candidates: Vec<usize> = eval::evaluate(&doc, &sourceless_request(spec, desired))
                    .statements
                    .iter()
                    .filter(|st| st.effect == Effect::Allow && st.applies && st.conditions.iter().any(|c| c.key.eq_ignore_ascii_case(SOURCE_ARN_KEY)))
                    .map(|st| st.index)
                    .collect();
                let mut merged = false;
                for i in candidates {
                    let mut trial = raw.clone();
                    if merge_source_arns(&mut trial, i, std::slice::from_ref(pattern)) && eval::evaluate_all(&reparse(&trial)?, &req).covered() == Some(true) {
                        raw = trial;
                        merged = true;
                        break;
                    }
                }
                changed |= merged;
                if !merged {
                    pending.push(pattern.clone());
                }
            }
            if !pending.is_empty() {
                changed |= add_statement(&mut raw, spec.trust_statement(p, &pending));
            }
        }
    }
    if !changed {
        return Ok(TrustEdit::default());
    }
    let after = reparse(&raw)?;
    let refused = verify_edit(spec, desired, &before, &after, opts);
    if refused.is_empty() {
        Ok(TrustEdit { document: Some(raw.to_string()), refused })
    } else {
        Ok(TrustEdit { document: None, refused })
    }
}

/// Why an edit from `before` to `after` must not be written: a requested cluster (or, without
/// clusters, the service) still cannot assume the role, or a request allowed before would be
/// denied after (or might be). Empty when the edit is safe.
pub fn verify_edit(spec: &RoleSpec, desired: &Desired, before: &PolicyDocument, after: &PolicyDocument, opts: PlanOptions) -> Vec<Finding> {
    let mut refused = Vec::new();
    let judged = judge(spec, desired, after);
    for c in &judged.verdict.clusters {
        if c.covered != Some(true) {
            refused.push(Finding::new(Code::RepairCannotCover).arg("cluster", c.cluster.clone()).arg("region", c.region.clone()));
        }
    }
    if desired.clusters.is_empty() && judged.verdict.assumable != Some(true) {
        refused.push(Finding::new(Code::RepairCannotCover).arg("cluster", "*").arg("region", "*"));
    }
    for req in guarded_requests(spec, desired, [before, after], opts) {
        let narrowed = match eval::compare_all(before, after, &req) {
            Some(rows) => rows.into_iter().find(|(_, b, a)| (*b == Decision::Allowed && *a != Decision::Allowed) || (*b == Decision::Undecided && *a == Decision::Denied)),
            None => Some((String::new(), Decision::Undecided, Decision::Undecided)),
        };
        if let Some((example, _, _)) = narrowed {
            let f = Finding::new(Code::RepairWouldNarrow).arg("principal", req.caller.label()).arg("example", example);
            if !refused.contains(&f) {
                refused.push(f);
            }
        }
    }
    refused
}

trait TriExt {
    fn and_option(self, o: Option<bool>) -> Tri;
}

impl TriExt for Tri {
    fn and_option(self, o: Option<bool>) -> Tri {
        let t = match o {
            Some(true) => Tri::True,
            Some(false) => Tri::False,
            None => Tri::Unknown,
        };
        match (self, t) {
            (Tri::False, _) | (_, Tri::False) => Tri::False,
            (Tri::True, Tri::True) => Tri::True,
            _ => Tri::Unknown,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::parse_json_strict;

    const ONE_CLUSTER: &str = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Condition":{"ArnLike":{"aws:SourceArn":"arn:aws:eks:us-west-2:111122223333:fargateprofile/a/*"}},"Principal":{"Service":"eks-fargate-pods.amazonaws.com"},"Action":"sts:AssumeRole"},{"Sid":"Mine","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"sts:AssumeRole"}]}"#;

    #[test]
    fn finds_assumers_and_conditions() {
        let doc = PolicyDocument::parse(ONE_CLUSTER).unwrap();
        let a = assumers(&doc);
        assert_eq!(a.len(), 2);
        assert_eq!(a[0].value, "eks-fargate-pods.amazonaws.com");
        let want = SourcePattern { op: "ArnLike".into(), value: "arn:aws:eks:us-west-2:111122223333:fargateprofile/a/*".into() };
        assert_eq!(a[0].source_arns.as_deref(), Some(&[want][..]));
        assert_eq!(a[1].label(), "AWS: arn:aws:iam::111122223333:root");
        assert_eq!(a[1].source_arns, None);
    }

    #[test]
    fn operators_decide_coverage() {
        let wanted = "arn:aws:eks:us-west-2:111122223333:fargateprofile/prod/*";
        let p = |op: &str, v: &str| SourcePattern { op: op.into(), value: v.into() };
        assert!(p("ArnLike", wanted).covers(wanted));
        assert!(p("ArnEquals", "arn:aws:eks:*:111122223333:fargateprofile/*/*").covers(wanted));
        assert!(p("StringLike", "*").covers(wanted));
        assert!(p("StringLike", "arn:aws:eks:*").covers(wanted));
        assert!(!p("ArnLike", "*").covers(wanted), "ArnLike compares six parts");
        assert!(!p("StringEquals", wanted).covers(wanted), "a literal with * matches no profile");
        assert!(!p("ArnLike", "arn:aws:eks:us-west-2:111122223333:fargateprofile/?/*").covers("arn:aws:eks:us-west-2:111122223333:fargateprofile/*/*"));
    }

    #[test]
    fn deny_and_other_actions_are_not_assumers() {
        let doc = PolicyDocument::parse(r#"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","Action":"sts:AssumeRole"},{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:TagSession"}]}"#).unwrap();
        assert!(assumers(&doc).is_empty());
    }

    #[test]
    fn merge_adds_into_one_array_and_leaves_the_rest() {
        let mut v = parse_json_strict(ONE_CLUSTER).unwrap();
        let before_other = v["Statement"][1].clone();
        assert!(merge_source_arns(&mut v, 0, &["arn:aws:eks:us-west-2:111122223333:fargateprofile/b/*".into()]));
        assert_eq!(
            v["Statement"][0]["Condition"]["ArnLike"]["aws:SourceArn"],
            json!(["arn:aws:eks:us-west-2:111122223333:fargateprofile/a/*", "arn:aws:eks:us-west-2:111122223333:fargateprofile/b/*"])
        );
        assert_eq!(v["Statement"][1], before_other);
        // Merging again changes nothing.
        let again = v.clone();
        assert!(merge_source_arns(&mut v, 0, &["arn:aws:eks:us-west-2:111122223333:fargateprofile/b/*".into()]));
        assert_eq!(v, again);
        // And the result is still a strict, valid document.
        assert!(PolicyDocument::parse(&v.to_string()).is_ok());
    }

    #[test]
    fn merge_needs_a_pattern_condition() {
        let mut v = parse_json_strict(r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"Service":"eks-fargate-pods.amazonaws.com"},"Action":"sts:AssumeRole"}}"#).unwrap();
        assert!(!merge_source_arns(&mut v, 0, &["x".into()]));
        assert!(restrict_source_arns(&mut v, 0, &["arn:aws:eks:*:111122223333:fargateprofile/*/*".into()]));
        assert_eq!(v["Statement"][0]["Condition"]["ArnLike"]["aws:SourceArn"], json!("arn:aws:eks:*:111122223333:fargateprofile/*/*"));
    }

    #[test]
    fn add_statement_turns_an_object_into_an_array() {
        let mut v = parse_json_strict(r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"sts:AssumeRole"}}"#).unwrap();
        assert!(add_statement(&mut v, json!({"Effect":"Allow"})));
        assert_eq!(v["Statement"].as_array().map(Vec::len), Some(2));
    }
}
