//! The verdict: whether the role's service may assume the role (IAM's own evaluation, see
//! [`rolecall_policy::eval`]), per cluster for Fargate, with a finding for each "no" and each
//! "undecided" that names the statement or condition responsible; the principals a policy names.


use rolecall_policy::eval::{self, Decision, Evaluation, SetEvaluation, Tri};
use crate::verdicts::finding::{Arg, Code, Finding};
use rolecall_policy::document::{actions_cover, Effect, PolicyDocument, Principal};
use crate::model::role::{ChinaEc2, ClusterScope, Desired, RoleSpec, Source, Trustee};
use rolecall_policy::document::Statement;
use super::request::{EVERY_CLUSTER, REQUEST_TAG, ecs_request, fargate_profiles, fargate_request, other_account, pod_base_context, pod_contexts, request, service_context, sourceless_request};

/// Condition operators whose `aws:SourceArn` values are patterns that limit who may assume.
pub const SOURCE_ARN_OPERATORS: [&str; 4] = ["ArnLike", "ArnEquals", "StringLike", "StringEquals"];
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
            "ArnLike" | "ArnEquals" => rolecall_policy::arn::arn_like(&self.value, wanted),
            "StringLike" => rolecall_policy::arn::glob_match(&self.value, wanted),
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
fn source_arns(cond: &rolecall_policy::document::Conditions) -> Option<Vec<SourcePattern>> {
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

/// Principals that mean a role is shared with another purpose the guides keep apart.
pub fn shared_with(trustee: Trustee, a: &Assumer) -> bool {
    if a.kind != "Service" {
        return false;
    }
    let eks = crate::model::partition::Partition::eks_cluster_principals().contains(&a.value.as_str());
    match trustee {
        Trustee::Ec2 => eks || a.value == crate::model::partition::FARGATE_PODS_PRINCIPAL,
        Trustee::FargatePods => eks || crate::model::partition::is_ec2_principal(&a.value),
        // The node role guides: not the role that created the cluster.
        Trustee::Eks => crate::model::partition::is_ec2_principal(&a.value) || a.value == crate::model::partition::FARGATE_PODS_PRINCIPAL,
        Trustee::EcsTasks | Trustee::EksPods => false,
    }
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
pub(super) fn names_service(st: &Statement, principal: &str) -> bool {
    match &st.principal {
        Some(Principal::Any) => true,
        Some(Principal::Map(m)) => m.get("Service").is_some_and(|v| v.iter().any(|s| s.eq_ignore_ascii_case(principal))) || m.get("AWS").is_some_and(|v| v.iter().any(|s| s == "*")),
        None => false,
    }
}

/// Whether the service may assume the role as its source makes requests: `Some(true)` when it
/// (or, for Fargate, some profile; for ECS, some task of the account; for Pod Identity, the
/// pods of some scope) may.
pub(super) fn service_may(spec: &RoleSpec, desired: &Desired, doc: &PolicyDocument) -> Option<bool> {
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
            let one = RoleSpec { request: crate::model::role::ServiceRequest { actions: std::slice::from_ref(a), ..spec.request }, ..*spec };
            (*a, service_may(&one, desired, doc) == Some(true))
        })
        .collect();
    if allowed.iter().any(|(_, ok)| *ok) {
        allowed.into_iter().filter(|(_, ok)| !ok).map(|(a, _)| a).collect()
    } else {
        Vec::new()
    }
}

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
        let code = if shared_with(spec.trustee, a) { Code::TrustSharedRole } else { Code::TrustExtraPrincipal };
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
