//! `audit`: every role of an account that serves one of the purposes rolecall knows, checked as
//! `check` would, plus what no single check can see. Streams ListRoles and keeps only a small row per
//! role found, so memory does not grow with the pages.

use std::collections::BTreeMap;
use std::future::Future;

use crate::model::backend::{DetailsPage, Iam, IamError, Observation, ObserveRequest, ObservedRole, PolicyVersion, RoleDetail, RolePolicies, RoleSummary, ScpRead};
use crate::verdicts::check::{CheckReport, Status};
use crate::verdicts::finding::{policy_error, Arg, Code, Finding, Severity};
use crate::model::input::{IamPath, RoleName};
use crate::model::partition::Partition;
use rolecall_policy::document::{PolicyDocument, PolicyError};
use crate::model::role::{Confirm, Context, Desired, RoleKind, RoleSpec, Trustee};
use crate::verdicts::trust::{assumers, fargate_profiles_both_allow, open_to_other_accounts, services, SourcePattern};

/// Counts for the summary.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, schemars::JsonSchema)]
pub struct Summary {
    /// Roles listed.
    pub scanned: usize,
    /// ListRoles pages read.
    pub pages: usize,
    /// Roles found that serve one of the purposes (a role serving two counts twice).
    pub found: usize,
    pub ok: usize,
    pub drift: usize,
}

/// The audit of an account.
#[derive(Debug, Clone, Default)]
pub struct Audit {
    /// Every role found, checked as `check` would.
    pub roles: Vec<CheckReport>,
    /// Findings about the account as a whole.
    pub account: Vec<Finding>,
    pub summary: Summary,
}

impl Audit {
    pub fn has_errors(&self) -> bool {
        self.roles.iter().flat_map(|r| &r.findings).chain(&self.account).any(|f| f.severity() == Severity::Error)
    }
}

/// Whether a principal is the service a role of this kind trusts (EC2 in any partition's spelling).
fn trusts(spec: &RoleSpec, partition: Partition, principal: &str) -> bool {
    match spec.trustee {
        Trustee::Ec2 => crate::model::partition::is_ec2_principal(principal),
        t => t.accepted(partition).contains(&principal),
    }
}

/// Which purposes a listed role may serve, from its trust and name alone; confirmed by its
/// attached policies once observed (see [`Confirm`]). Service-linked roles are AWS's own. A
/// trust policy that cannot be read trusts no service here: the error comes back beside the
/// kinds its name alone gives, for the audit to report.
fn candidates(partition: Partition, r: &RoleSummary) -> (Vec<RoleKind>, Option<PolicyError>) {
    if r.path.starts_with("/aws-service-role/") {
        return (Vec::new(), None);
    }
    let (trusted, unreadable): (Vec<String>, _) = match PolicyDocument::parse(&r.trust) {
        Ok(d) => (services(&assumers(&d)).map(|a| a.value.clone()).collect(), None),
        Err(e) => (Vec::new(), Some(e)),
    };
    let kinds = RoleKind::ALL
        .into_iter()
        .filter(|k| {
            let spec = k.spec();
            let by_name = spec.matches_search_name(&r.name) || spec.auto_mode.is_some_and(|v| v.matches_search_name(&r.name));
            by_name || trusted.iter().any(|p| trusts(spec, partition, p))
        })
        .collect();
    (kinds, unreadable)
}

/// Runs futures with at most `limit` in flight, handing each output to `done` as it completes
/// (futures-util's `buffer_unordered`: no executor, the caller's brings them to completion).
pub(crate) async fn bounded<F: Future>(items: Vec<F>, limit: usize, mut done: impl FnMut(F::Output)) {
    use futures_util::StreamExt;
    let mut running = futures_util::stream::iter(items).buffer_unordered(limit.max(1));
    while let Some(v) = running.next().await {
        done(v);
    }
}

/// What the audit gathers as it goes: the report, and the Fargate roles' trusts (their source
/// ARN patterns and the role as its guide defines it) for the account-level findings.
#[derive(Default)]
struct Gathered {
    out: Audit,
    fargate: BTreeMap<String, (&'static RoleSpec, Desired, PolicyDocument, Vec<SourcePattern>)>,
}

impl Gathered {
    /// Checks one observed role as each kind it may serve, as `check` would.
    fn role(&mut self, partition: Partition, obs: &Observation, summary: &RoleSummary, kinds: Vec<RoleKind>) {
        let Some(role) = obs.role.as_ref() else { return };
        let attached = |p: crate::model::role::ManagedPolicy| role.attached.iter().any(|a| a.arn == p.arn(partition));
        let confirmed = |spec: &RoleSpec| match spec.confirm {
            Confirm::Trust => true,
            Confirm::Policies(ps) => ps.iter().any(|p| attached(*p)) || spec.matches_search_name(&summary.name),
        };
        for kind in kinds {
            let base = kind.spec();
            // The Auto Mode variant when the role carries one of its own policies or name.
            let spec = match base.auto_mode {
                Some(v) if v.required.iter().any(|r| !base.required.contains(r) && (attached(r.policy) || r.older.iter().any(|o| attached(*o)))) || v.matches_search_name(&summary.name) => v,
                _ => base,
            };
            if !confirmed(spec) && !confirmed(base) {
                continue;
            }
            let ctx = Context {
                partition,
                account: role.account(),
                role_name: RoleName::parse(&role.name).ok(),
                path: IamPath::parse(&role.path).unwrap_or_else(|_| IamPath::root()),
                clusters: Vec::new(),
                permissions: Vec::new(),
                secrets: Vec::new(),
            };
            let desired = spec.desired(&ctx);
            let checked = crate::verdicts::diff::diff(spec, &desired, obs, crate::verdicts::plan::PlanOptions::default());
            let findings = checked.findings;
            if let Ok(doc) = PolicyDocument::parse(&role.trust) {
                if kind == RoleKind::FargatePodExecution {
                    let pats = services(&assumers(&doc))
                        .filter(|a| a.value == partition.fargate_pods_principal())
                        .flat_map(|a| a.source_arns.clone().unwrap_or_else(|| vec![SourcePattern { op: "StringLike".into(), value: "*".into() }]))
                        .collect();
                    self.fargate.insert(role.name.clone(), (spec, desired.clone(), doc.clone(), pats));
                }
                if kind == RoleKind::EcsTaskExecution && open_to_other_accounts(spec, &desired, &doc) == Some(true) {
                    self.out.account.push(Finding::new(Code::AuditConfusedDeputy).arg(Arg::Role, role.name.clone()).arg(Arg::Principal, spec.principal(partition)));
                }
            }
            if kind == RoleKind::EksNode && role.instance_profiles.is_empty() {
                self.out.account.push(Finding::new(Code::AuditNodeNoInstanceProfile).arg(Arg::Role, role.name.clone()));
            }
            let status = Status::of(&findings);
            self.out.summary.found += 1;
            match status {
                Status::Ok => self.out.summary.ok += 1,
                _ => self.out.summary.drift += 1,
            }
            self.out.roles.push(CheckReport { kind, role_name: role.name.clone(), status, findings, trust: checked.trust, permissions: checked.permissions });
        }
    }

    /// The candidates of a page of roles: the roles that may serve a purpose, with their kinds.
    /// A role whose trust cannot be read and whose name gives no purpose is reported.
    fn candidates<'r>(&mut self, partition: Partition, roles: impl IntoIterator<Item = &'r RoleSummary>) -> Vec<(RoleName, &'r RoleSummary, Vec<RoleKind>)> {
        roles
            .into_iter()
            .filter_map(|r| {
                let (kinds, unreadable) = candidates(partition, r);
                // A role checked anyway (by its name) says `trust-invalid` itself.
                if let (Some(e), true) = (unreadable, kinds.is_empty()) {
                    self.out.account.push(Finding::new(Code::AuditTrustUnreadable).arg(Arg::Role, r.name.as_str()).because(policy_error(&e)));
                }
                let name = RoleName::parse(&r.name).ok()?;
                (!kinds.is_empty()).then_some((name, r, kinds))
            })
            .collect()
    }
}

/// Audits the account, reading it with GetAccountAuthorizationDetails (roles with their trust,
/// boundary, inline and attached policies, and every managed policy's default version) and the
/// SCPs once, beside the first page. Where that call is refused (or the backend has none), the
/// roles are listed (ListRoles) and `concurrency` of them observed at a time.
/// `progress(scanned, found)` is called as the audit goes.
pub async fn audit<B: Iam>(iam: &B, partition: Partition, concurrency: usize, mut progress: impl FnMut(usize, usize)) -> Result<Audit, IamError> {
    let mut g = Gathered::default();
    let (first, scps) = futures_util::future::join(iam.authorization_details(None), iam.service_control_policies(None)).await;
    match first {
        Ok(page) => by_details(iam, partition, page, &scps, &mut g, &mut progress).await?,
        Err(_) => by_roles(iam, partition, concurrency, &scps, &mut g, &mut progress).await?,
    }
    let Gathered { mut out, fargate } = g;
    // A role found as both node role and Fargate pod execution role.
    let mut kinds_of: BTreeMap<&str, Vec<RoleKind>> = BTreeMap::new();
    for r in &out.roles {
        kinds_of.entry(&r.role_name).or_default().push(r.kind);
    }
    for (name, kinds) in &kinds_of {
        let node = kinds.contains(&RoleKind::EksNode) || kinds.contains(&RoleKind::EksAutoNode);
        if kinds.contains(&RoleKind::FargatePodExecution) && node {
            out.account.push(Finding::new(Code::AuditRoleShared).arg(Arg::Role, *name));
        }
        // The node role guides (and EKS Auto Mode): never the cluster role.
        if kinds.contains(&RoleKind::EksCluster) && node {
            out.account.push(Finding::new(Code::AuditClusterNodeShared).arg(Arg::Role, *name));
        }
    }
    // Several Fargate roles for one cluster: two roles whose trusts both let in some Fargate
    // profile, as IAM evaluates them, are reported under each pattern of the first that admits
    // that profile (a role allowing every cluster covers them all).
    let mut reported: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (role, (spec, desired, doc, pats)) in &fargate {
        for (other, (_, _, theirs, _)) in fargate.iter().filter(|(other, _)| *other != role) {
            // Too large to decide (`None`): no finding, as for any answer rolecall cannot give.
            for profile in fargate_profiles_both_allow(spec, desired, doc, theirs).into_iter().flatten() {
                for p in pats.iter().filter(|p| p.covers(&profile)) {
                    let entry = reported.entry(cluster_of(&p.value)).or_default();
                    entry.extend([role.clone(), other.clone()]);
                    entry.sort();
                    entry.dedup();
                }
            }
        }
    }
    for (cluster, roles) in reported {
        out.account.push(Finding::new(Code::AuditClusterSeveralRoles).arg(Arg::Cluster, cluster).arg(Arg::Roles, roles.join(", ")));
    }
    // Roles are observed concurrently: the report's order is the names', not the answers'.
    out.account.sort_by(|a, b| b.severity().cmp(&a.severity()).then(a.code.cmp(&b.code)).then_with(|| a.args.iter().map(|(_, v)| v.as_str()).cmp(b.args.iter().map(|(_, v)| v.as_str()))));
    out.roles.sort_by(|a, b| a.role_name.cmp(&b.role_name).then(a.kind.cmp(&b.kind)));
    Ok(out)
}

/// The audit from GetAccountAuthorizationDetails pages: every role kept that may serve a
/// purpose, then judged once every policy's default version is known (a role's attached policy
/// may be listed on a later page).
async fn by_details<B: Iam>(iam: &B, partition: Partition, first: DetailsPage, scps: &ScpRead, g: &mut Gathered, progress: &mut impl FnMut(usize, usize)) -> Result<(), IamError> {
    let mut policies: BTreeMap<String, PolicyVersion> = BTreeMap::new();
    let mut kept: Vec<(RoleDetail, Vec<RoleKind>)> = Vec::new();
    let mut page = first;
    loop {
        g.out.summary.pages += 1;
        g.out.summary.scanned += page.roles.len();
        policies.extend(page.policies.into_iter().map(|p| (p.arn.clone(), p)));
        let summaries: Vec<RoleSummary> = page.roles.iter().map(|r| r.summary.clone()).collect();
        let chosen: Vec<(String, Vec<RoleKind>)> = g.candidates(partition, &summaries).into_iter().map(|(_, r, k)| (r.name.clone(), k)).collect();
        for (name, kinds) in chosen {
            if let Some(pos) = page.roles.iter().position(|r| r.summary.name == name) {
                kept.push((page.roles.swap_remove(pos), kinds));
            }
        }
        progress(g.out.summary.scanned, kept.len());
        let Some(marker) = page.marker.take() else { break };
        page = iam.authorization_details(Some(marker)).await?;
    }
    for (detail, kinds) in kept {
        // A policy the pages did not list reads as a document that cannot be read: the
        // verdicts it could change are undecided, never guessed.
        let version = |arn: &str| policies.get(arn).cloned().unwrap_or_else(|| PolicyVersion { arn: arn.to_owned(), version_id: String::new(), document: String::new() });
        let role = ObservedRole {
            name: detail.summary.name.clone(),
            arn: detail.summary.arn.clone(),
            path: detail.summary.path.clone(),
            trust: detail.summary.trust.clone(),
            attached: detail.attached.clone(),
            instance_profiles: detail.instance_profiles.clone(),
            inline: detail.inline.clone(),
            policies: Some(RolePolicies {
                inline: detail.inline.clone(),
                attached: detail.attached.iter().map(|a| version(&a.arn)).collect(),
                boundary: detail.boundary.as_deref().map(version),
                tags: detail.tags.clone(),
            }),
            create_date: None,
        };
        let obs = Observation { role: Some(role), scps: Some(scps.clone()), permissions_read: true, ..Observation::default() };
        g.role(partition, &obs, &detail.summary, kinds);
    }
    progress(g.out.summary.scanned, g.out.summary.found);
    Ok(())
}

/// The audit from ListRoles pages, each candidate observed (with what decides its permissions).
async fn by_roles<B: Iam>(iam: &B, partition: Partition, concurrency: usize, scps: &ScpRead, g: &mut Gathered, progress: &mut impl FnMut(usize, usize)) -> Result<(), IamError> {
    let mut marker = None;
    loop {
        let page = iam.list_roles(marker).await?;
        g.out.summary.pages += 1;
        g.out.summary.scanned += page.roles.len();
        let work: Vec<_> = g
            .candidates(partition, &page.roles)
            .into_iter()
            .map(|(name, r, kinds)| async move {
                let mut req = ObserveRequest::role(name);
                req.listed = Some(r.clone());
                req.permissions = true;
                (iam.observe(&req).await, r, kinds)
            })
            .collect();
        let mut failure = None;
        bounded(work, concurrency, |(obs, summary, kinds)| {
            match obs {
                Ok(mut o) => {
                    o.scps = Some(scps.clone());
                    g.role(partition, &o, summary, kinds);
                }
                Err(e) => {
                    failure.get_or_insert(e);
                }
            }
            progress(g.out.summary.scanned, g.out.summary.found);
        })
        .await;
        if let Some(e) = failure {
            return Err(e);
        }
        progress(g.out.summary.scanned, g.out.summary.found);
        marker = page.marker;
        if marker.is_none() {
            return Ok(());
        }
    }
}

/// `REGION/CLUSTER` of a Fargate profile pattern (`*` for every cluster everywhere).
fn cluster_of(pattern: &str) -> String {
    let parts: Vec<&str> = pattern.splitn(6, ':').collect();
    match parts.as_slice() {
        [_, _, _, region, _, resource] => {
            let cluster = resource.strip_prefix("fargateprofile/").and_then(|r| r.split('/').next()).unwrap_or("*");
            if *region == "*" && cluster == "*" {
                "*".to_owned()
            } else {
                format!("{region}/{cluster}")
            }
        }
        _ => "*".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cluster_keys() {
        assert_eq!(cluster_of("arn:aws:eks:us-west-2:111122223333:fargateprofile/prod/*"), "us-west-2/prod");
        assert_eq!(cluster_of("arn:aws:eks:*:111122223333:fargateprofile/*/*"), "*");
        assert_eq!(cluster_of("*"), "*");
    }
}
