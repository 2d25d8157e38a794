//! Trust policies: whether the role's service may assume the role (IAM's own evaluation, see
//! [`crate::eval`]), which principals a policy names, and the edits rolecall makes. Edits work on
//! the JSON as IAM has it, so every statement rolecall does not touch stays exactly as the user
//! wrote it; every edit is evaluated before it is proposed, and one that would take anything away
//! is refused.

use serde_json::{json, Map, Value};

use crate::eval::{self, Caller, Context, Decision, Evaluation, Lang, Request, SetEvaluation, Tri};
use crate::finding::{Arg, Code, Finding};
use crate::partition::Partition;
use crate::plan::PlanOptions;
use crate::policy::{actions_cover, parse_json_strict, Effect, PolicyDocument, Principal};
use crate::role::{ChinaEc2, ClusterScope, Desired, RoleSpec, Scope, Source};
use crate::policy::Statement;

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
    let principal = spec.principal(desired.partition);
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
    let principal = spec.principal(desired.partition);
    let ctx = service_context(principal);
    let ctx = match &desired.account {
        Some(a) => ctx.known("aws:SourceAccount", a.as_str()),
        None => ctx.set("aws:SourceAccount", eval::Value::Unknown),
    };
    request(spec, principal, ctx)
}

const TASK_REST: &str = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_/";

/// Every ECS task ARN of an account (every account when `None`): `arn:P:ecs:REGION:ACCOUNT:task/...`.
pub fn ecs_tasks(partition: Partition, account: Option<&str>) -> Lang {
    let l = Lang::new().lit(&format!("arn:{}:ecs:", partition.id())).run(REGION_FIRST, REGION_REST).lit(":");
    let l = match account {
        Some(a) => l.lit(a),
        None => l.run(DIGITS, DIGITS),
    };
    l.lit(":task/").run(NAME_FIRST, TASK_REST)
}

/// The request ECS makes for the tasks of `account`: `aws:SourceArn` is one of its task ARNs.
fn ecs_request(spec: &RoleSpec, partition: Partition, account: Option<&str>) -> Request {
    let principal = spec.principal(partition);
    let ctx = service_context(principal).set("aws:SourceArn", eval::Value::Symbolic(ecs_tasks(partition, account)));
    let ctx = match account {
        Some(a) => ctx.known("aws:SourceAccount", a),
        None => ctx.set("aws:SourceAccount", eval::Value::Unknown),
    };
    request(spec, principal, ctx)
}

/// An account that is not the role's, for confused-deputy checks.
fn other_account(desired: &Desired) -> &'static str {
    match desired.account.as_ref().map(|a| a.as_str()) {
        Some("999999999999") => "000000000000",
        _ => "999999999999",
    }
}

/// Whether the role's service, acting for another account, may assume the role: the trust
/// lacks the confused-deputy conditions (`aws:SourceAccount` or `aws:SourceArn` of the account).
/// `None` for services that send no source keys, or when it cannot be decided.
pub fn open_to_other_accounts(spec: &RoleSpec, desired: &Desired, doc: &PolicyDocument) -> Option<bool> {
    let p = desired.partition;
    let req = match spec.request.source {
        Source::EcsTask => ecs_request(spec, p, Some(other_account(desired))),
        Source::FargateProfile => {
            let principal = spec.principal(p);
            let ctx = service_context(principal)
                .set("aws:SourceArn", eval::Value::Symbolic(fargate_profiles(p, Some(other_account(desired)), &EVERY_CLUSTER)))
                .known("aws:SourceAccount", other_account(desired));
            request(spec, principal, ctx)
        }
        Source::None | Source::PodIdentity => return None,
    };
    eval::evaluate_all(doc, &req).some()
}

/// The session tags EKS Pod Identity adds when it assumes a role (`aws:RequestTag/KEY`), unless
/// the association disables session tags.
pub const POD_IDENTITY_TAGS: [&str; 6] = ["eks-cluster-arn", "eks-cluster-name", "kubernetes-namespace", "kubernetes-service-account", "kubernetes-pod-name", "kubernetes-pod-uid"];
const REQUEST_TAG: &str = "aws:requesttag/";
/// How many combinations of tag values [`pod_contexts`] tries before giving up (then: undecided).
const TAG_COMBINATIONS: usize = 4096;

/// EKS Pod Identity's context without its session tags: it documents no source keys, so a
/// condition on them cannot be decided.
fn pod_base_context(principal: &str) -> Context {
    service_context(principal).set("aws:SourceArn", eval::Value::Unknown).set("aws:SourceAccount", eval::Value::Unknown)
}

/// Values worth trying for a tag: every value a condition names (with its wildcards filled in),
/// and one that none names.
fn tag_candidates(docs: &[&PolicyDocument], tag: &str) -> Vec<String> {
    let key = format!("{REQUEST_TAG}{tag}");
    let mut out: Vec<String> = Vec::new();
    for doc in docs {
        for st in &doc.statements {
            for keys in st.condition.values() {
                for (k, values) in keys {
                    if !k.eq_ignore_ascii_case(&key) {
                        continue;
                    }
                    for v in values {
                        for c in [v.clone(), v.replace('*', "").replace('?', "x")] {
                            if !out.contains(&c) {
                                out.push(c);
                            }
                        }
                    }
                }
            }
        }
    }
    if !out.is_empty() {
        out.push("rolecall-other-value".into());
    }
    out
}

/// The contexts EKS Pod Identity's requests may carry: session tags off (every tag absent), or
/// on with each combination of the tag values the documents' conditions distinguish. `None`
/// when there are too many combinations.
fn pod_contexts(docs: &[&PolicyDocument], base: &Context) -> Option<Vec<Context>> {
    // Tags other than the six are never sent.
    let mut base = base.clone();
    for doc in docs {
        for keys in doc.statements.iter().flat_map(|st| st.condition.values()) {
            for k in keys.keys() {
                let lower = k.to_ascii_lowercase();
                if lower.strip_prefix(REQUEST_TAG).is_some_and(|t| !POD_IDENTITY_TAGS.contains(&t)) {
                    base = base.without(k);
                }
            }
        }
    }
    let base = &base;
    let mut off = base.clone().without("aws:TagKeys");
    for t in POD_IDENTITY_TAGS {
        off = off.without(&format!("{REQUEST_TAG}{t}"));
    }
    let on = base.clone().set("aws:TagKeys", eval::Value::Known(POD_IDENTITY_TAGS.iter().map(|t| (*t).to_owned()).collect()));
    let mut combos: Vec<Context> = vec![on];
    for t in POD_IDENTITY_TAGS {
        let key = format!("{REQUEST_TAG}{t}");
        let mut values = tag_candidates(docs, t);
        if values.is_empty() {
            values.push("rolecall-any-value".into());
        }
        if combos.len() * values.len() > TAG_COMBINATIONS {
            return None;
        }
        combos = combos.iter().flat_map(|c| values.iter().map(|v| c.clone().known(&key, v.clone()))).collect();
    }
    combos.insert(0, off);
    Some(combos)
}

/// EKS Pod Identity's answer: allowed when the pods of some scope may assume the role, with
/// the evaluation that decided it (an allowed one, else an undecided one, else the denial with
/// the fewest unmet tag conditions).
fn pod_identity(doc: &PolicyDocument, spec: &RoleSpec, principal: &str) -> (Decision, Evaluation) {
    let base = pod_base_context(principal);
    let Some(contexts) = pod_contexts(&[doc], &base) else {
        return (Decision::Undecided, eval::evaluate(doc, &request(spec, principal, base)));
    };
    let mut undecided = None;
    let mut denied: Option<(usize, Evaluation)> = None;
    for ctx in contexts {
        let e = eval::evaluate(doc, &request(spec, principal, ctx));
        match e.decision {
            Decision::Allowed => return (Decision::Allowed, e),
            Decision::Undecided => {
                undecided.get_or_insert(e);
            }
            Decision::Denied => {
                let unmet_tags = e.statements.iter().flat_map(|s| &s.conditions).filter(|c| c.result == Tri::False && c.key.to_ascii_lowercase().starts_with(REQUEST_TAG)).count();
                if denied.as_ref().is_none_or(|(n, _)| unmet_tags < *n) {
                    denied = Some((unmet_tags, e));
                }
            }
        }
    }
    match (undecided, denied) {
        (Some(e), _) => (Decision::Undecided, e),
        (None, Some((_, e))) => (Decision::Denied, e),
        (None, None) => (Decision::Denied, eval::evaluate(doc, &request(spec, principal, base))),
    }
}

/// The conditions on session tags of the statements that concern the service: the scope of a
/// Pod Identity role, one line per statement.
fn tag_scope(doc: &PolicyDocument, principal: &str, actions: &[&str]) -> Vec<String> {
    // (statements, their conditions): statements with the same conditions share a line.
    let mut out: Vec<(Vec<String>, String)> = Vec::new();
    for (i, st) in doc.statements.iter().enumerate() {
        if !names_service(st, principal) || !actions.iter().any(|a| st.action.as_ref().is_some_and(|p| actions_cover(p, a))) {
            continue;
        }
        let mut parts = Vec::new();
        for (op, keys) in &st.condition {
            for (k, values) in keys {
                let lower = k.to_ascii_lowercase();
                if lower.starts_with(REQUEST_TAG) || lower == "aws:tagkeys" {
                    parts.push(format!("{op} {k} = {}", values.join(" | ")));
                }
            }
        }
        if !parts.is_empty() {
            let effect = if st.effect == Effect::Deny { "Deny " } else { "" };
            let label = format!("{effect}{}", eval::statement_label(i, st.sid.as_deref()));
            let conditions = parts.join(", ");
            match out.iter_mut().find(|(_, c)| *c == conditions) {
                Some((labels, _)) => labels.push(label),
                None => out.push((vec![label], conditions)),
            }
        }
    }
    out.into_iter().map(|(labels, conditions)| format!("{}: {conditions}", labels.join(", "))).collect()
}

/// Whether a statement's Principal names this service (or everyone).
fn names_service(st: &Statement, principal: &str) -> bool {
    match &st.principal {
        Some(Principal::Any) => true,
        Some(Principal::Map(m)) => m.get("Service").is_some_and(|v| v.iter().any(|s| s.eq_ignore_ascii_case(principal))) || m.get("AWS").is_some_and(|v| v.iter().any(|s| s == "*")),
        None => false,
    }
}

/// Whether the service may assume the role as its source makes requests: `Some(true)` when it
/// (or, for Fargate, some profile; for ECS, some task of the account; for Pod Identity, the
/// pods of some scope) may.
fn service_may(spec: &RoleSpec, desired: &Desired, doc: &PolicyDocument) -> Option<bool> {
    let p = desired.partition;
    let principal = spec.principal(p);
    match spec.request.source {
        Source::None => {
            let d = eval::evaluate(doc, &request(spec, principal, service_context(principal))).decision;
            let alternate = || spec.trustee.accepted(p).iter().filter(|a| **a != principal).any(|a| eval::evaluate(doc, &request(spec, a, service_context(a))).decision == Decision::Allowed);
            if d != Decision::Allowed && spec.request.china_ec2 == ChinaEc2::Either && alternate() {
                return Some(true);
            }
            d.as_option()
        }
        Source::FargateProfile => eval::evaluate_all(doc, &fargate_request(spec, desired, &EVERY_CLUSTER)).some(),
        Source::EcsTask => eval::evaluate_all(doc, &ecs_request(spec, p, desired.account.as_ref().map(|a| a.as_str()))).some(),
        Source::PodIdentity => pod_identity(doc, spec, principal).0.as_option(),
    }
}

/// The actions of the service that no statement allows while another of its actions is allowed
/// (for instance `sts:TagSession` where only `sts:AssumeRole` is).
fn missing_actions(spec: &RoleSpec, desired: &Desired, doc: &PolicyDocument) -> Vec<&'static str> {
    if spec.request.actions.len() < 2 {
        return Vec::new();
    }
    let allowed: Vec<(&'static str, bool)> = spec
        .request
        .actions
        .iter()
        .map(|a| {
            let one = RoleSpec { request: crate::role::ServiceRequest { actions: std::slice::from_ref(a), ..spec.request }, ..*spec };
            (*a, service_may(&one, desired, doc) == Some(true))
        })
        .collect();
    if allowed.iter().any(|(_, ok)| *ok) {
        allowed.into_iter().filter(|(_, ok)| !ok).map(|(a, _)| a).collect()
    } else {
        Vec::new()
    }
}

/// Copies of the Allow statements that let the service call some of its actions, for the
/// actions they miss, with the same conditions (so a scoped role keeps its scope), the service as
/// the only principal, and no Sid.
fn statements_for_missing_actions(spec: &RoleSpec, principal: &str, raw: &Value, doc: &PolicyDocument) -> Vec<Value> {
    let Some(list) = raw.get("Statement").map(|v| match v {
        Value::Array(a) => a.clone(),
        one => vec![one.clone()],
    }) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (st, json) in doc.statements.iter().zip(list) {
        let Some(actions) = &st.action else { continue };
        if st.effect != Effect::Allow || st.not_principal.is_some() || !names_service(st, principal) {
            continue;
        }
        let missing: Vec<&str> = spec.request.actions.iter().copied().filter(|a| !actions_cover(actions, a)).collect();
        if missing.len() == spec.request.actions.len() || missing.is_empty() {
            continue;
        }
        let Value::Object(mut copy) = json else { continue };
        copy.shift_remove("Sid");
        copy.insert("Principal".into(), json!({ "Service": principal }));
        copy.insert("Action".into(), if missing.len() == 1 { json!(missing[0]) } else { json!(missing) });
        let v = Value::Object(copy);
        if !out.contains(&v) {
            out.push(v);
        }
    }
    out
}

const EVERY_CLUSTER: ClusterScope = ClusterScope { name: Scope::All, region: Scope::All };

/// One requested cluster and whether every Fargate profile it could have may assume the role.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, schemars::JsonSchema)]
pub struct ClusterVerdict {
    pub cluster: String,
    pub region: String,
    /// `null` when it depends on something rolecall cannot know.
    pub covered: Option<bool>,
}

/// Whether the role's service may assume the role.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, schemars::JsonSchema)]
pub struct TrustVerdict {
    /// The service principal whose requests were evaluated.
    pub principal: String,
    /// For the Fargate role with clusters: every cluster covered; without: some profile of the
    /// account may. `null` when undecided.
    pub assumable: Option<bool>,
    /// Fargate only: one row per `--cluster` value, as given.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub clusters: Vec<ClusterVerdict>,
    /// EKS Pod Identity only: the conditions on session tags that limit which pods may assume
    /// the role (one per statement); `assumable` is then the answer for the pods they let in.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub scope: Vec<String>,
}

/// A verdict and the findings that explain it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Judgement {
    pub verdict: TrustVerdict,
    pub findings: Vec<Finding>,
}

fn scoped(f: Finding, scope: Option<&ClusterScope>) -> Finding {
    match scope {
        None => f.arg(Arg::Scope, "role"),
        Some(c) => f.arg(Arg::Scope, "cluster").arg(Arg::Cluster, c.name.as_str()).arg(Arg::Region, c.region.as_str()),
    }
}

/// The finding that says why a request was not allowed, naming the statement and condition.
fn explain(e: &Evaluation, principal: &str, scope: Option<&ClusterScope>, source_arn: Option<&str>) -> Finding {
    if let Some(d) = e.statements.iter().find(|s| s.effect == Effect::Deny && s.matched == Tri::True) {
        return scoped(Finding::new(Code::TrustDenied).arg(Arg::Principal, principal).arg(Arg::Statement, d.label()), scope);
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
                    .arg(Arg::Principal, principal)
                    .arg(Arg::Statement, s.label())
                    .arg(Arg::Operator, c.map_or("", |c| c.operator.as_str()))
                    .arg(Arg::Key, c.map_or("", |c| c.key.as_str())),
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
                    .arg(Arg::Cluster, cluster.name.as_str())
                    .arg(Arg::Region, cluster.region.as_str())
                    .arg(Arg::SourceArn, source_arn.unwrap_or_default());
            }
            scoped(
                Finding::new(Code::TrustConditionUnmet)
                    .arg(Arg::Principal, principal)
                    .arg(Arg::Statement, s.label())
                    .arg(Arg::Operator, c.map_or("", |c| c.operator.as_str()))
                    .arg(Arg::Key, key),
                scope,
            )
        }
        None => Finding::new(Code::TrustPrincipalMissing).arg(Arg::Principal, principal),
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
                        .arg(Arg::Cluster, scope.name.as_str())
                        .arg(Arg::Region, scope.region.as_str())
                        .arg(Arg::Allowed, allowed.clone())
                        .arg(Arg::Denied, example.clone()),
                ),
                _ => Some(explain(e, principal, Some(scope), Some(source_arn))),
            }
        }
        None => s.undecided.as_ref().map(|(_, e)| explain(e, principal, Some(scope), Some(source_arn))),
    }
}

/// Why the service may not assume the role: the actions it lacks, when some of its actions are
/// allowed (`sts:TagSession` beside `sts:AssumeRole`), else the statement or condition that
/// decided it.
fn not_allowed(spec: &RoleSpec, desired: &Desired, doc: &PolicyDocument, e: &Evaluation, principal: &str) -> Vec<Finding> {
    let missing = missing_actions(spec, desired, doc);
    if missing.is_empty() {
        return vec![explain(e, principal, None, None)];
    }
    missing.into_iter().map(|a| Finding::new(Code::TrustActionMissing).arg(Arg::Principal, principal).arg(Arg::Action, a)).collect()
}

/// Whether the role's service may assume the role, as IAM decides it, with a finding for each
/// "no" and each "undecided" that names the statement or condition responsible.
pub fn judge(spec: &RoleSpec, desired: &Desired, doc: &PolicyDocument) -> Judgement {
    let p = desired.partition;
    let mut findings = Vec::new();
    let principal = spec.principal(p);
    let not_principal: Vec<usize> = doc.statements.iter().enumerate().filter(|(_, s)| s.not_principal.is_some()).map(|(i, _)| i).collect();
    let verdict = if !not_principal.is_empty() {
        for i in not_principal {
            findings.push(Finding::new(Code::TrustNotPrincipal).arg(Arg::Statement, eval::statement_label(i, doc.statements[i].sid.as_deref())));
        }
        let clusters = desired.clusters.iter().map(|c| ClusterVerdict { cluster: c.name.as_str().to_owned(), region: c.region.as_str().to_owned(), covered: None }).collect();
        TrustVerdict { principal: principal.to_owned(), assumable: None, clusters, scope: Vec::new() }
    } else {
        match spec.request.source {
            Source::None => {
                let e = eval::evaluate(doc, &request(spec, principal, service_context(principal)));
                // In China, the other EC2 spelling the role may trust instead.
                let alternate = (e.decision != Decision::Allowed)
                    .then(|| spec.trustee.accepted(p).iter().copied().filter(|a| *a != principal).find(|a| eval::evaluate(doc, &request(spec, a, service_context(a))).decision == Decision::Allowed))
                    .flatten();
                let assumable = match (alternate, spec.request.china_ec2) {
                    (Some(legacy), ChinaEc2::Required) => {
                        findings.push(Finding::new(Code::TrustPrincipalPartition).arg(Arg::Principal, principal).arg(Arg::Legacy, legacy));
                        Some(false)
                    }
                    (Some(legacy), ChinaEc2::Preferred) => {
                        findings.push(Finding::new(Code::TrustPrincipalPartitionLegacy).arg(Arg::Principal, principal).arg(Arg::Legacy, legacy));
                        Some(true)
                    }
                    (Some(_), ChinaEc2::Either) => Some(true),
                    (None, _) => {
                        if e.decision != Decision::Allowed {
                            findings.extend(not_allowed(spec, desired, doc, &e, principal));
                        }
                        e.decision.as_option()
                    }
                };
                TrustVerdict { principal: principal.to_owned(), assumable, clusters: Vec::new(), scope: Vec::new() }
            }
            Source::EcsTask => {
                let s = eval::evaluate_all(doc, &ecs_request(spec, p, desired.account.as_ref().map(|a| a.as_str())));
                let some = s.some();
                if some != Some(true) {
                    if let Some((_, e)) = s.undecided.as_ref().or(s.denied.as_ref()) {
                        findings.extend(not_allowed(spec, desired, doc, e, principal));
                    }
                }
                TrustVerdict { principal: principal.to_owned(), assumable: some, clusters: Vec::new(), scope: Vec::new() }
            }
            Source::PodIdentity => {
                let (decision, e) = pod_identity(doc, spec, principal);
                let scope = tag_scope(doc, principal, spec.request.actions);
                if decision == Decision::Allowed {
                    if !scope.is_empty() {
                        findings.push(Finding::new(Code::TrustScoped).arg(Arg::Principal, principal).arg(Arg::Conditions, scope.join("; ")));
                    }
                } else {
                    findings.extend(not_allowed(spec, desired, doc, &e, principal));
                }
                TrustVerdict { principal: principal.to_owned(), assumable: decision.as_option(), clusters: Vec::new(), scope }
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
                    TrustVerdict { principal: principal.to_owned(), assumable: some, clusters: Vec::new(), scope: Vec::new() }
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
                    TrustVerdict { principal: principal.to_owned(), assumable: Decision::from_tri(all).as_option(), clusters: rows, scope: Vec::new() }
                };
                if eval::evaluate(doc, &sourceless_request(spec, desired)).decision == Decision::Allowed {
                    findings.push(Finding::new(Code::TrustSourceArnMissing).arg(Arg::Principal, principal));
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
        findings.push(Finding::new(code).arg(Arg::Principal, a.label()));
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
    let service = spec.principal(p);
    let fargate = spec.request.source == Source::FargateProfile;
    // --restrict-trust narrows the Fargate service's access on purpose (and only that).
    let narrowing_service = fargate && opts.restrict_trust;
    let mut out = Vec::new();
    if !narrowing_service {
        match spec.request.source {
            Source::FargateProfile => {
                out.push(fargate_request(spec, desired, &EVERY_CLUSTER));
                out.push(sourceless_request(spec, desired));
            }
            Source::None => out.push(request(spec, service, service_context(service))),
            Source::EcsTask => out.push(ecs_request(spec, p, desired.account.as_ref().map(|a| a.as_str()))),
            Source::PodIdentity => {
                let base = pod_base_context(service);
                match pod_contexts(&docs, &base) {
                    Some(contexts) => out.extend(contexts.into_iter().map(|c| request(spec, service, c))),
                    None => out.push(request(spec, service, base)),
                }
            }
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
    let invalid = |e: &crate::policy::PolicyError| Finding::new(Code::TrustInvalid).because(crate::lint::policy_error(e));
    let mut raw: Value = parse_json_strict(current).map_err(|e| invalid(&e))?;
    let before = PolicyDocument::from_value(&raw).map_err(|e| invalid(&e))?;
    if before.statements.iter().any(|s| s.not_principal.is_some()) {
        return Ok(TrustEdit::default());
    }
    let p = desired.partition;
    let principal = spec.principal(p);
    let reparse = |raw: &Value| PolicyDocument::from_value(raw).map_err(|e| invalid(&e));
    let mut changed = false;
    match spec.request.source {
        Source::None | Source::EcsTask | Source::PodIdentity => {
            if service_may(spec, desired, &before) == Some(false) {
                // The actions a statement already lets the service call, for the ones it lacks:
                // copies with the same conditions, so a scoped role keeps its scope. Else the
                // guide's statement.
                let copies = statements_for_missing_actions(spec, principal, &raw, &before);
                let mut trial = raw.clone();
                for c in &copies {
                    add_statement(&mut trial, c.clone());
                }
                if !copies.is_empty() && service_may(spec, desired, &reparse(&trial)?) == Some(true) {
                    raw = trial;
                    changed = true;
                } else {
                    changed |= add_statement(&mut raw, spec.trust_statement(p, &[]));
                }
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
            refused.push(Finding::new(Code::RepairCannotCover).arg(Arg::Cluster, c.cluster.clone()).arg(Arg::Region, c.region.clone()));
        }
    }
    if desired.clusters.is_empty() && judged.verdict.assumable != Some(true) {
        refused.push(Finding::new(Code::RepairCannotCover).arg(Arg::Cluster, "*").arg(Arg::Region, "*"));
    }
    for req in guarded_requests(spec, desired, [before, after], opts) {
        let narrowed = match eval::compare_all(before, after, &req) {
            Some(rows) => rows.into_iter().find(|(_, b, a)| (*b == Decision::Allowed && *a != Decision::Allowed) || (*b == Decision::Undecided && *a == Decision::Denied)),
            None => Some((String::new(), Decision::Undecided, Decision::Undecided)),
        };
        if let Some((example, _, _)) = narrowed {
            let f = Finding::new(Code::RepairWouldNarrow).arg(Arg::Principal, req.caller.label()).arg(Arg::Example, example);
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
