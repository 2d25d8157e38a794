//! What an EKS cluster's links to its roles mean (`doctor eks`): each role the cluster names
//! checked as its kind in the cluster's real context (its name, region, account and
//! partition), a Fargate profile's role against that profile's exact ARN, a Pod Identity
//! association's role against the session tags EKS sets for it, and the links themselves:
//! access entries of the right type, not older than their role; one role per purpose; an IAM
//! OIDC provider for an issuer that roles trust; the aws-auth ConfigMap rolecall cannot read.
//! Pure: the backend reads, [`eks`] judges.

use std::collections::BTreeMap;

use rolecall_policy::document::{Effect, PolicyDocument, Principal};
use rolecall_policy::eval::{self, Decision, Evaluation, Request, Tri};

use crate::model::backend::{Observation, ObservedRole, RoleSummary};
use crate::model::cluster::{AccessEntry, AccessEntryType, AuthenticationMode, EksCluster, Part, PodIdentityAssociation, Unread, AUTO_NODE_ACCESS_POLICY};
use crate::model::input::{parse_role_with_path, IamPath, RoleName};
use crate::model::role::{ClusterScope, Context, RoleKind, RoleSpec, Scope, Variant, EKS_AUTO_NODE, EKS_CLUSTER, EKS_NODE, EKS_POD_IDENTITY, FARGATE_POD_EXECUTION};
use crate::verdicts::diff::{diff, Diff};
use crate::verdicts::finding::{Arg, Code, Finding};
use crate::verdicts::plan::PlanOptions;
use crate::verdicts::trust::{chained_request, fargate_profile_request, pod_identity_request, AssociationTags};

/// What the cluster links to a role.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ResourceKind {
    /// The cluster itself: its cluster IAM role.
    Cluster,
    NodeGroup,
    FargateProfile,
    /// EKS Auto Mode's node pools: their node role.
    AutoModeNodes,
    PodIdentityAssociation,
    /// An access entry, when it has findings of its own.
    AccessEntry,
}

impl ResourceKind {
    /// The stable name (JSON's `type`).
    pub fn as_str(self) -> &'static str {
        match self {
            ResourceKind::Cluster => "cluster",
            ResourceKind::NodeGroup => "node-group",
            ResourceKind::FargateProfile => "fargate-profile",
            ResourceKind::AutoModeNodes => "auto-mode-nodes",
            ResourceKind::PodIdentityAssociation => "pod-identity-association",
            ResourceKind::AccessEntry => "access-entry",
        }
    }
}

/// One resource of the cluster, the role it names, and what was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resource {
    pub kind: ResourceKind,
    pub name: String,
    pub arn: Option<String>,
    pub role_arn: Option<String>,
    /// The kind the role was checked as.
    pub role_kind: Option<RoleKind>,
    /// The wiring findings, most severe first.
    pub findings: Vec<Finding>,
    /// The role checked as its kind in the cluster's context; `None` when the role was not
    /// observed (or could not be named as a role).
    pub check: Option<Diff>,
}

/// The roles the cluster names, as the backend observed them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Roles {
    /// By role ARN, for every ARN of [`role_arns`] the backend observed: a missing role is an
    /// observation without a role. An ARN not here was not observed: nothing is judged of it.
    pub observed: BTreeMap<String, Observation>,
    /// The account's roles (ListRoles), scanned for trust in the cluster's OIDC issuer; `None`
    /// when not listed (then only the observed roles are scanned).
    pub listed: Option<Vec<RoleSummary>>,
}

impl Roles {
    fn role(&self, arn: &str) -> Option<Option<&ObservedRole>> {
        self.observed.get(arn).map(|o| o.role.as_ref())
    }
}

/// What `doctor eks` found for one cluster.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Wiring {
    /// Findings about the cluster as a whole (parts not read, aws-auth, the OIDC provider).
    pub findings: Vec<Finding>,
    pub resources: Vec<Resource>,
}

impl Wiring {
    /// Every finding, the cluster's and each resource's (its wiring and its role's check).
    pub fn all_findings(&self) -> impl Iterator<Item = &Finding> {
        self.findings.iter().chain(self.resources.iter().flat_map(|r| r.findings.iter().chain(r.check.iter().flat_map(|c| c.findings.iter()))))
    }
}

/// Every role ARN the cluster names, once each: the ones a backend observes before [`eks`]
/// (the cluster role, node roles, pod execution roles, Pod Identity roles and target roles, and
/// the roles access entries name).
pub fn role_arns(eks: &EksCluster) -> Vec<String> {
    let mut out: Vec<String> = vec![eks.cluster.role_arn.clone()];
    if let Some(n) = eks.cluster.compute.as_ref().filter(|c| c.enabled).and_then(|c| c.node_role_arn.clone()) {
        out.push(n);
    }
    out.extend(eks.node_groups.read().into_iter().flatten().map(|g| g.node_role_arn.clone()));
    out.extend(eks.fargate_profiles.read().into_iter().flatten().map(|p| p.pod_execution_role_arn.clone()));
    for a in eks.pod_identity.read().into_iter().flatten() {
        out.push(a.role_arn.clone());
        out.extend(a.target_role_arn.clone());
    }
    out.extend(eks.access_entries.read().into_iter().flatten().filter(|e| is_role_arn(&e.principal_arn)).map(|e| e.principal_arn.clone()));
    let mut seen = std::collections::BTreeSet::new();
    out.retain(|a| seen.insert(a.clone()));
    out
}

fn is_role_arn(arn: &str) -> bool {
    arn.splitn(6, ':').nth(5).is_some_and(|r| r.starts_with("role/"))
}

/// A role ARN's path and name (`arn:aws:iam::111122223333:role/eks/NodeRole` → `/eks/`, `NodeRole`).
pub fn role_path_and_name(arn: &str) -> Option<(IamPath, RoleName)> {
    let resource = arn.splitn(6, ':').nth(5)?.strip_prefix("role/")?;
    parse_role_with_path(&format!("/{resource}")).ok()
}

/// A role ARN as aws-auth must write it: without its path.
fn without_path(arn: &str) -> String {
    match (arn.rsplit_once(":role/"), arn.rsplit('/').next()) {
        (Some((head, _)), Some(name)) => format!("{head}:role/{name}"),
        _ => arn.to_owned(),
    }
}

fn not_read(u: &Unread) -> Finding {
    Finding::new(Code::EksNotRead).arg(Arg::Api, u.api.as_str()).arg(Arg::Value, u.why.as_str())
}

/// The statement and condition that decided a "no" or an "undecided".
fn blame(e: &Evaluation) -> (String, String) {
    let deny = if e.decision == Decision::Undecided { Tri::Unknown } else { Tri::True };
    if let Some(d) = e.statements.iter().find(|s| s.effect == Effect::Deny && s.matched == deny) {
        let key = d.conditions.iter().find(|c| c.result == Tri::Unknown).map_or(String::new(), |c| c.key.clone());
        return (d.label(), key);
    }
    let s = if e.decision == Decision::Undecided {
        e.statements.iter().find(|s| s.effect == Effect::Allow && s.matched == Tri::Unknown)
    } else {
        e.unmet().next()
    };
    match s {
        Some(s) => (s.label(), s.blocking().map_or(String::new(), |c| c.key.clone())),
        None => (String::new(), String::new()),
    }
}

fn evaluate(trust: &str, req: &Request) -> Option<Evaluation> {
    PolicyDocument::parse(trust).ok().map(|doc| eval::evaluate(&doc, req))
}

/// Judges one cluster: each role checked as its kind with the cluster's real context, and the
/// wiring between them.
pub fn eks(eks: &EksCluster, roles: &Roles) -> Wiring {
    let c = &eks.cluster;
    let p = c.partition;
    let mut out = Wiring { findings: Vec::new(), resources: Vec::new() };
    for u in [part_unread(&eks.node_groups), part_unread(&eks.fargate_profiles), part_unread(&eks.access_entries), part_unread(&eks.pod_identity)].into_iter().flatten() {
        out.findings.push(not_read(u));
    }
    let scope = ClusterScope { name: Scope::One(c.name.clone()), region: Scope::One(c.region.clone()) };
    let check = |spec: &RoleSpec, arn: &str, clusters: Vec<ClusterScope>| -> Option<Diff> {
        let obs = roles.observed.get(arn)?;
        let (path, name) = role_path_and_name(arn)?;
        let ctx = Context { partition: p, account: Some(c.account.clone()), role_name: Some(name), path, clusters, permissions: Vec::new(), secrets: Vec::new() };
        Some(diff(spec, &spec.desired(&ctx), obs, PlanOptions::default()))
    };
    let resource = |kind: ResourceKind, name: &str, arn: Option<&str>, role_arn: &str, spec: &RoleSpec, check: Option<Diff>| Resource {
        kind,
        name: name.to_owned(),
        arn: arn.map(str::to_owned),
        role_arn: Some(role_arn.to_owned()),
        role_kind: Some(spec.kind),
        findings: Vec::new(),
        check,
    };
    let mode = c.authentication_mode;
    let entries = eks.access_entries.read();
    // The aws-auth ConfigMap is the only mapping in CONFIG_MAP mode.
    if mode == Some(AuthenticationMode::ConfigMap) {
        out.findings.push(Finding::new(Code::AwsAuthUnread).arg(Arg::Cluster, c.name.as_str()));
    }
    // The node, Fargate and Auto Mode roles need an entry of their type (or an aws-auth line).
    let joins = |r: &mut Resource, role_arn: &str, wanted: &[AccessEntryType], auto: bool| {
        let has_path = role_path_and_name(role_arn).is_some_and(|(path, _)| path.as_str() != "/");
        let path_note = || Finding::new(Code::AwsAuthRolePath).arg(Arg::Role, role_arn).arg(Arg::Value, without_path(role_arn));
        if mode == Some(AuthenticationMode::ConfigMap) {
            if has_path {
                r.findings.push(path_note());
            }
            return;
        }
        let Some(entries) = entries else { return };
        let wanted_text = wanted.iter().map(AccessEntryType::as_str).collect::<Vec<_>>().join(" or ");
        let entry: Option<&AccessEntry> = entries.iter().find(|e| e.principal_arn == role_arn);
        match entry {
            Some(e) if wanted.contains(&e.entry_type) => {
                if let (Some(created), Some(Some(role))) = (e.created_at, roles.role(role_arn)) {
                    if let Some(role_created) = role.create_date.filter(|d| created < *d) {
                        r.findings.push(Finding::new(Code::AccessEntryStale).arg(Arg::Role, role_arn).arg(Arg::EntryCreated, created.iso8601()).arg(Arg::RoleCreated, role_created.iso8601()));
                    }
                }
                if auto {
                    match &e.access_policies {
                        Some(Part::Read(policies)) if !policies.iter().any(|a| a.rsplit('/').next() == Some(AUTO_NODE_ACCESS_POLICY)) => {
                            r.findings.push(Finding::new(Code::AccessPolicyMissing).arg(Arg::Role, role_arn).arg(Arg::Policy, AUTO_NODE_ACCESS_POLICY));
                        }
                        Some(Part::NotRead(u)) => r.findings.push(not_read(u)),
                        _ => {}
                    }
                }
            }
            found => {
                let code = if mode == Some(AuthenticationMode::Api) { Code::AccessEntryMissing } else { Code::AccessEntryMissingAwsAuth };
                let mut f = Finding::new(code).arg(Arg::Role, role_arn).arg(Arg::EntryType, wanted_text);
                if let Some(e) = found {
                    f = f.arg(Arg::Found, e.entry_type.as_str());
                }
                r.findings.push(f);
                if code == Code::AccessEntryMissingAwsAuth && has_path {
                    r.findings.push(path_note());
                }
            }
        }
    };

    // The cluster role, as Auto Mode needs it when Auto Mode is on (sts:TagSession).
    let variant = if c.auto_mode() { Variant::AutoMode } else { Variant::Standard };
    let spec = EKS_CLUSTER.variant(variant);
    out.resources.push(resource(ResourceKind::Cluster, c.name.as_str(), Some(&c.arn), &c.role_arn, spec, check(spec, &c.role_arn, Vec::new())));

    let node_groups = eks.node_groups.read().map(Vec::as_slice).unwrap_or_default();
    for g in node_groups {
        let mut r = resource(ResourceKind::NodeGroup, &g.name, None, &g.node_role_arn, &EKS_NODE, check(&EKS_NODE, &g.node_role_arn, Vec::new()));
        joins(&mut r, &g.node_role_arn, &[AccessEntryType::Ec2Linux, AccessEntryType::Ec2Windows], false);
        out.resources.push(r);
    }

    for f in eks.fargate_profiles.read().map(Vec::as_slice).unwrap_or_default() {
        let role_arn = &f.pod_execution_role_arn;
        let spec = &FARGATE_POD_EXECUTION;
        let mut r = resource(ResourceKind::FargateProfile, &f.name, Some(&f.arn), role_arn, spec, check(spec, role_arn, vec![scope.clone()]));
        for g in node_groups.iter().filter(|g| g.node_role_arn == *role_arn) {
            r.findings.push(Finding::new(Code::FargateRoleNodeGroupShared).arg(Arg::Role, role_arn.as_str()).arg(Arg::FargateProfile, f.name.as_str()).arg(Arg::NodeGroup, g.name.as_str()));
        }
        // The trust, evaluated with this profile's own ARN as aws:SourceArn.
        if let Some(Some(role)) = roles.role(role_arn) {
            if let Some(e) = evaluate(&role.trust, &fargate_profile_request(spec, p, c.account.as_str(), &f.arn)) {
                let (statement, key) = blame(&e);
                match e.decision {
                    Decision::Allowed => {}
                    Decision::Denied => {
                        let mut x = Finding::new(Code::FargateProfileNotTrusted).arg(Arg::Role, role_arn.as_str()).arg(Arg::FargateProfile, f.name.as_str()).arg(Arg::SourceArn, f.arn.as_str());
                        if !statement.is_empty() {
                            x = x.arg(Arg::Statement, statement).arg(Arg::Key, key);
                        }
                        r.findings.push(x);
                    }
                    Decision::Undecided => r.findings.push(
                        Finding::new(Code::FargateProfileTrustUndecided).arg(Arg::Role, role_arn.as_str()).arg(Arg::FargateProfile, f.name.as_str()).arg(Arg::Statement, statement).arg(Arg::Key, key),
                    ),
                }
            }
        }
        joins(&mut r, role_arn, &[AccessEntryType::FargateLinux], false);
        out.resources.push(r);
    }

    if let Some(node_role) = c.compute.as_ref().filter(|x| x.enabled).and_then(|x| x.node_role_arn.as_deref()) {
        let pools = c.compute.as_ref().map(|x| x.node_pools.join(", ")).unwrap_or_default();
        let mut r = resource(ResourceKind::AutoModeNodes, &pools, None, node_role, &EKS_AUTO_NODE, check(&EKS_AUTO_NODE, node_role, Vec::new()));
        joins(&mut r, node_role, &[AccessEntryType::Ec2], true);
        out.resources.push(r);
    }

    for a in eks.pod_identity.read().map(Vec::as_slice).unwrap_or_default() {
        out.resources.push(association(eks, a, roles, &check));
    }

    // Entries that name a role that is not there.
    for e in entries.map(Vec::as_slice).unwrap_or_default() {
        if let Some(None) = roles.role(&e.principal_arn) {
            let mut r = Resource { kind: ResourceKind::AccessEntry, name: e.principal_arn.clone(), arn: None, role_arn: Some(e.principal_arn.clone()), role_kind: None, findings: Vec::new(), check: None };
            r.findings.push(Finding::new(Code::AccessEntryRoleMissing).arg(Arg::Role, e.principal_arn.as_str()).arg(Arg::EntryType, e.entry_type.as_str()));
            out.resources.push(r);
        }
    }

    // Roles that trust the cluster's OIDC issuer need the account's IAM OIDC provider for it.
    if let Some(issuer) = c.oidc_issuer.as_deref() {
        let host_path = issuer.trim_start_matches("https://").trim_end_matches('/');
        let provider = format!("oidc-provider/{host_path}");
        let names = |arn: &str| arn.rsplit_once(":oidc-provider/").is_some_and(|(_, rest)| rest.eq_ignore_ascii_case(host_path)) || arn.eq_ignore_ascii_case(host_path);
        let trusting = oidc_trusting(roles, &provider);
        match &eks.oidc_providers {
            Part::Read(providers) if !providers.iter().any(|a| names(a)) && !trusting.is_empty() => {
                out.findings.push(Finding::new(Code::OidcProviderMissing).arg(Arg::Issuer, issuer).arg(Arg::Roles, trusting.join(", ")));
            }
            Part::NotRead(u) if !trusting.is_empty() => out.findings.push(not_read(u)),
            _ => {}
        }
    }
    for r in &mut out.resources {
        r.findings.sort_by_key(|f| std::cmp::Reverse(f.severity()));
    }
    out
}

fn part_unread<T>(p: &Part<T>) -> Option<&Unread> {
    match p {
        Part::Read(_) => None,
        Part::NotRead(u) => Some(u),
    }
}

/// The names of the roles whose trust names the provider (`oidc-provider/HOST/PATH`), observed
/// or listed.
fn oidc_trusting(roles: &Roles, provider: &str) -> Vec<String> {
    let observed = roles.observed.values().filter_map(|o| o.role.as_ref()).map(|r| (r.name.as_str(), r.trust.as_str()));
    let listed = roles.listed.iter().flatten().map(|r| (r.name.as_str(), r.trust.as_str()));
    let mut out: Vec<String> = Vec::new();
    for (name, trust) in observed.chain(listed) {
        let Ok(doc) = PolicyDocument::parse(trust) else { continue };
        let federated = doc.statements.iter().filter(|st| st.effect == Effect::Allow).filter_map(|st| match &st.principal {
            Some(Principal::Map(m)) => m.get("Federated"),
            _ => None,
        });
        if federated.flatten().any(|v| v.to_ascii_lowercase().ends_with(&provider.to_ascii_lowercase())) && !out.iter().any(|n| n == name) {
            out.push(name.to_owned());
        }
    }
    out
}

/// A role checked as a kind, by ARN, with the cluster scopes its trust must cover.
type CheckRole<'a> = dyn Fn(&RoleSpec, &str, Vec<ClusterScope>) -> Option<Diff> + 'a;

/// One Pod Identity association: its role checked as a Pod Identity role, then judged against
/// the session tags EKS sets for this association, and the target role's trust in it.
fn association(eks: &EksCluster, a: &PodIdentityAssociation, roles: &Roles, check: &CheckRole<'_>) -> Resource {
    let c = &eks.cluster;
    let spec = &EKS_POD_IDENTITY;
    let d = check(spec, &a.role_arn, Vec::new());
    let mut r = Resource {
        kind: ResourceKind::PodIdentityAssociation,
        name: format!("{}/{}", a.namespace, a.service_account),
        arn: Some(a.arn.clone()),
        role_arn: Some(a.role_arn.clone()),
        role_kind: Some(spec.kind),
        findings: Vec::new(),
        check: None,
    };
    let tags = AssociationTags { cluster_arn: &c.arn, cluster_name: c.name.as_str(), namespace: &a.namespace, service_account: &a.service_account };
    let tags = (!a.disable_session_tags).then_some(tags);
    let role = roles.role(&a.role_arn).flatten();
    // Only a role some pods may assume is judged for this association: otherwise its check
    // already says why none may.
    let assumable = d.as_ref().and_then(|d| d.trust.as_ref()).and_then(|t| t.assumable) == Some(true);
    if let (Some(role), true) = (role, assumable) {
        if let Some(e) = evaluate(&role.trust, &pod_identity_request(spec, c.partition, tags.as_ref())) {
            let code = match e.decision {
                Decision::Allowed => None,
                Decision::Denied => Some(Code::PodIdentityTagsRejected),
                Decision::Undecided => Some(Code::PodIdentityTagsUndecided),
            };
            if let Some(code) = code {
                let (statement, key) = blame(&e);
                r.findings.push(Finding::new(code).arg(Arg::Role, a.role_arn.as_str()).arg(Arg::Namespace, a.namespace.as_str()).arg(Arg::ServiceAccount, a.service_account.as_str()).arg(Arg::Statement, statement).arg(Arg::Key, key));
            }
        }
    }
    if let Some(target) = a.target_role_arn.as_deref() {
        match roles.role(target) {
            Some(None) => r.findings.push(Finding::new(Code::RoleMissing).arg(Arg::Role, target)),
            Some(Some(t)) => {
                let role_tags = role.and_then(|x| x.policies.as_ref()).map(|x| x.tags.clone()).unwrap_or_default();
                if let Some(e) = evaluate(&t.trust, &chained_request(&a.role_arn, &role_tags, tags.as_ref(), a.external_id.as_deref())) {
                    let (statement, key) = blame(&e);
                    match e.decision {
                        Decision::Allowed => {}
                        Decision::Denied => {
                            let mut x = Finding::new(Code::PodIdentityTargetNotTrusted).arg(Arg::Role, target).arg(Arg::Principal, a.role_arn.as_str());
                            if !statement.is_empty() {
                                x = x.arg(Arg::Statement, statement).arg(Arg::Key, key);
                            }
                            r.findings.push(x);
                        }
                        Decision::Undecided => r.findings.push(Finding::new(Code::PodIdentityTargetUndecided).arg(Arg::Role, target).arg(Arg::Principal, a.role_arn.as_str()).arg(Arg::Statement, statement).arg(Arg::Key, key)),
                    }
                }
            }
            None => {}
        }
    }
    r.check = d;
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn role_arns_split_into_path_and_name() {
        let (path, name) = role_path_and_name("arn:aws:iam::111122223333:role/eks/nodes/NodeRole").unwrap();
        assert_eq!((path.as_str(), name.as_str()), ("/eks/nodes/", "NodeRole"));
        let (path, name) = role_path_and_name("arn:aws:iam::111122223333:role/NodeRole").unwrap();
        assert_eq!((path.as_str(), name.as_str()), ("/", "NodeRole"));
        assert!(role_path_and_name("arn:aws:iam::111122223333:user/NodeRole").is_none());
        assert_eq!(without_path("arn:aws:iam::111122223333:role/eks/nodes/NodeRole"), "arn:aws:iam::111122223333:role/NodeRole");
    }
}
