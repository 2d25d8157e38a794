//! The one comparison: a role as IAM has it against the role as the guide defines it.
//!
//! [`diff`] is the only place desired state and observation meet. `check` reports its findings,
//! `repair` and `create` carry out its actions, and what a repair leaves is the diff of the
//! observation those actions produce ([`Diff::left`]): so `check` right after `repair` reports
//! exactly what `repair` said it left.

use crate::model::arn;
use crate::model::backend::{Action, AttachedPolicy, InstanceProfileInfo, Observation, ObservedRole, PolicyVersion, RolePolicies};
use crate::model::managed_documents;
use crate::verdicts::finding::{Arg, ArgValue, Code, Finding};
use crate::verdicts::granted::{self, PermissionVerdict};
use crate::verdicts::plan::{Plan, PlanOptions};
use rolecall_policy::document::PolicyDocument;
use crate::model::role::{Desired, Grant, RoleSpec};
use crate::verdicts::trust::{judge, repair_trust, TrustVerdict};

/// What differs, and the writes that make it right.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diff {
    /// Everything `check` reports, most severe first.
    pub findings: Vec<Finding>,
    /// Whether the role's service may assume the role; `None` when there is no role or its
    /// trust policy cannot be read.
    pub trust: Option<TrustVerdict>,
    /// The writes, in order. Empty when `refused` is not.
    pub actions: Vec<Action>,
    /// Why no write is made: the trust policy rolecall would write fails its own evaluation.
    pub refused: Vec<Finding>,
    /// What the role may do of its workload's needs; `None` when there is no role or its
    /// policies were not read.
    pub permissions: Option<PermissionVerdict>,
    /// What no write of rolecall's can change: a need an explicit Deny, the permissions boundary
    /// or an SCP stops (rolecall never edits them).
    pub blocked: Vec<Finding>,
}

/// Compares a role with its guide. `opts` say what the actions may do beyond adding.
pub fn diff(spec: &RoleSpec, desired: &Desired, obs: &Observation, opts: PlanOptions) -> Diff {
    let mut d = Diff { findings: Vec::new(), trust: None, actions: Vec::new(), refused: Vec::new(), permissions: None, blocked: Vec::new() };
    let role_name = desired.role_name.as_str().to_owned();
    let p = desired.partition;
    let role = obs.role.as_ref();
    if !spec.trustee.available_in(p) {
        // No request of the service can use the role here (the one case: EKS on Fargate in AWS
        // GovCloud (US)), so there is nothing to judge and nothing to write.
        if role.is_none() {
            d.findings.push(Finding::new(Code::RoleMissing).arg(Arg::Role, role_name.as_str()));
        }
        d.findings.push(Finding::new(Code::FargateUnavailable).arg(Arg::Partition, p.id()));
        return d;
    }
    match role {
        None => {
            d.findings.push(Finding::new(Code::RoleMissing).arg(Arg::Role, role_name.as_str()));
            d.actions.push(Action::CreateRole {
                role_name: role_name.clone(),
                path: desired.path.as_str().to_owned(),
                assume_role_policy_document: desired.trust.to_json(),
                description: desired.description.to_owned(),
            });
        }
        Some(r) => match PolicyDocument::parse(&r.trust) {
            Err(e) => d.findings.push(Finding::new(Code::TrustInvalid).because(crate::verdicts::finding::policy_error(&e))),
            Ok(doc) => {
                let j = judge(spec, desired, &doc);
                d.findings.extend(j.findings);
                d.trust = Some(j.verdict);
                match repair_trust(spec, desired, &r.trust, opts) {
                    Ok(edit) => {
                        if let Some(doc) = edit.document {
                            d.actions.push(Action::UpdateAssumeRolePolicy { role_name: role_name.clone(), policy_document: doc });
                        }
                        d.refused = edit.refused;
                    }
                    Err(f) => d.findings.push(f),
                }
            }
        },
    }
    d.permissions = role.and_then(|r| granted::judge(spec, desired, r, obs.scps.as_ref()));
    // Required policies not attached whose needs the identity policies do not grant: their
    // own finding says so (and the plan attaches them).
    let mut reported = Vec::new();
    let attached = |arn: &str| role.is_some_and(|r| r.attached.iter().any(|a| a.arn == arn));
    let attached_name = |name: &str| role.is_some_and(|r| r.attached.iter().any(|a| a.name == name));
    let exists = role.is_some();
    // The writes, by kind, in the order they must run: a policy is created before it is
    // attached, and the role exists before anything is added to it.
    let mut creates = Vec::new();
    let mut attaches: Vec<Action> = Vec::new();
    let mut detaches = Vec::new();
    let mut puts = Vec::new();
    let mut attach = |arn: String| {
        if !attaches.iter().any(|a| matches!(a, Action::AttachRolePolicy { policy_arn, .. } if *policy_arn == arn)) {
            attaches.push(Action::AttachRolePolicy { role_name: role_name.clone(), policy_arn: arn });
        }
    };
    for req in spec.required {
        let current = req.policy.arn(p);
        let older = req.older.iter().find(|o| attached(&o.arn(p)));
        match (attached(&current), older) {
            (true, None) => {}
            (true, Some(o)) => {
                // Grants add up: an older policy that grants more keeps granting it beside its replacement.
                let code = if req.older_wider { Code::PolicySupersededWider } else { Code::PolicySuperseded };
                d.findings.push(Finding::new(code).arg(Arg::Policy, o.name).arg(Arg::Current, req.policy.name));
                if opts.replace_outdated {
                    detaches.push(Action::DetachRolePolicy { role_name: role_name.clone(), policy_arn: o.arn(p) });
                }
            }
            // An older policy in its place is its own finding (the guide names the replacement,
            // and an older, wider policy keeps granting more): only a policy with none attached
            // can be stood in for.
            (false, None) if exists && d.permissions.as_ref().is_some_and(|pv| pv.identity_grants(req.policy)) => {
                // The needs are judged, never the attachment: other policies grant them all.
                let code = if spec.accepts_equivalents { Code::PolicyEquivalent } else { Code::PolicyMissingGranted };
                d.findings.push(Finding::new(code).arg(Arg::Policy, req.policy.name));
            }
            (false, older) => {
                reported.push(req.policy);
                if exists {
                    d.findings.push(match older {
                        // `changed` is given for every required policy that has older ones (tested: `every_outdated_policy_says_when_it_changed`).
                        Some(o) => Finding::new(Code::PolicyOutdated).arg(Arg::Policy, o.name).arg(Arg::Current, req.policy.name).arg(Arg::Date, ArgValue::Date(req.changed.unwrap_or_default())),
                        None => Finding::new(Code::PolicyMissing).arg(Arg::Policy, req.policy.name),
                    });
                }
                attach(current);
                if let (Some(o), true) = (older, opts.replace_outdated) {
                    detaches.push(Action::DetachRolePolicy { role_name: role_name.clone(), policy_arn: o.arn(p) });
                }
            }
        }
    }
    for perm in desired.permissions.iter().filter(|perm| !desired.covered.iter().any(|(c, _)| c == *perm)) {
        let missing = || Finding::new(Code::PermissionMissing).arg(Arg::Permission, perm.slug()).arg(Arg::Policy, perm.policy_name());
        match perm.grant() {
            Grant::Managed(m) => {
                if !attached(&m.arn(p)) {
                    if exists {
                        d.findings.push(missing());
                    }
                    attach(m.arn(p));
                }
            }
            Grant::Customer { name, .. } => {
                let Some(c) = desired.customer_managed_policies.iter().find(|c| c.name == name) else { continue };
                let Some(arn) = c.arn.clone() else { continue };
                if attached(&arn) || (desired.account.is_none() && attached_name(name)) {
                    continue;
                }
                if exists {
                    d.findings.push(missing());
                }
                if !obs.customer_policies.iter().any(|(a, e)| *a == arn && *e) {
                    creates.push(Action::CreatePolicy { policy_name: c.name.clone(), policy_document: c.document.to_string() });
                }
                attach(arn);
            }
            Grant::Inline { name, .. } | Grant::Scoped { name, .. } => {
                // The document as the context defines it (a scoped one names the user's resources).
                let Some(want) = desired.inline_policies.iter().find(|d| d.name == name).map(|d| d.document.clone()) else { continue };
                match role.and_then(|r| r.inline.iter().find(|(n, _)| n == name)) {
                    None => {
                        if exists {
                            d.findings.push(missing());
                        }
                        puts.push(Action::PutRolePolicy { role_name: role_name.clone(), policy_name: name.to_owned(), policy_document: want.to_string() });
                    }
                    Some((_, text)) => {
                        let same = matches!((PolicyDocument::parse(text), PolicyDocument::from_value(&want)), (Ok(a), Ok(b)) if a.same_meaning(&b));
                        // An inline policy of that name with another document is the user's: left alone.
                        if !same {
                            d.findings.push(Finding::new(Code::PolicyDocumentDiffers).arg(Arg::Policy, name));
                        }
                    }
                }
            }
        }
    }
    if let Some(pv) = &d.permissions {
        for f in pv.findings(&reported) {
            if matches!(f.code, Code::PermissionDenied | Code::PermissionBlockedByBoundary | Code::PermissionBlockedByScp) {
                d.blocked.push(f.clone());
            }
            d.findings.push(f);
        }
    }
    d.actions.extend(creates);
    d.actions.extend(attaches);
    d.actions.extend(detaches);
    d.actions.extend(puts);
    if let Some(r) = role {
        for a in r.attached.iter().filter(|a| spec.prefer_elsewhere.iter().any(|perm| perm.policy_name() == a.name)) {
            d.findings.push(Finding::new(Code::CniOnNodeRole).arg(Arg::Policy, a.name.clone()));
        }
    }
    if let Some(profile) = &desired.instance_profile {
        if role.is_none_or(|r| r.instance_profiles.is_empty()) {
            let name = profile.as_str().to_owned();
            match &obs.instance_profile {
                Some(ip) if !ip.roles.is_empty() && !ip.roles.contains(&role_name) => {
                    d.findings.push(Finding::new(Code::InstanceProfileTaken).arg(Arg::Profile, ip.name.clone()).arg(Arg::Role, ip.roles.join(", ")));
                }
                found => {
                    if exists {
                        d.findings.push(Finding::new(Code::InstanceProfileMissing).arg(Arg::Profile, name.as_str()));
                    }
                    if found.is_none() {
                        d.actions.push(Action::CreateInstanceProfile { instance_profile_name: name.clone(), path: desired.path.as_str().to_owned() });
                    }
                    if found.as_ref().is_none_or(|ip| ip.roles.is_empty()) {
                        d.actions.push(Action::AddRoleToInstanceProfile { instance_profile_name: name, role_name: role_name.clone() });
                    }
                }
            }
        }
    }
    if !d.refused.is_empty() {
        d.actions.clear();
    }
    d.findings.sort_by_key(|f| std::cmp::Reverse(f.severity()));
    d
}

impl Diff {
    /// What remains after the actions are carried out: the diff of the observation they
    /// produce, as `check` will report it.
    pub fn left(&self, spec: &RoleSpec, desired: &Desired, obs: &Observation) -> Vec<Finding> {
        if self.actions.is_empty() {
            return self.findings.clone();
        }
        let after = simulate(desired, obs, &self.actions);
        diff(spec, desired, &after, PlanOptions::default()).findings
    }
}

/// The observation IAM would answer after `actions` succeed.
pub fn simulate(desired: &Desired, obs: &Observation, actions: &[Action]) -> Observation {
    let mut o = obs.clone();
    let account = desired.account.as_ref().map_or("*", |a| a.as_str()).to_owned();
    for a in actions {
        match a {
            Action::CreateRole { role_name, path, assume_role_policy_document, .. } => {
                o.role = Some(ObservedRole {
                    name: role_name.clone(),
                    arn: arn::role(desired.partition, &account, path, role_name),
                    path: path.clone(),
                    trust: assume_role_policy_document.clone(),
                    attached: Vec::new(),
                    instance_profiles: Vec::new(),
                    inline: Vec::new(),
                    // A new role has no boundary and no policy yet: what decides its permissions
                    // is known when the observation read them.
                    policies: obs.permissions_read.then(RolePolicies::default),
                    create_date: None,
                });
            }
            Action::UpdateAssumeRolePolicy { policy_document, .. } => {
                if let Some(r) = o.role.as_mut() {
                    r.trust = policy_document.clone();
                }
            }
            Action::CreatePolicy { policy_name, .. } => {
                let arn = arn::customer_policy(desired.partition, &account, policy_name);
                o.customer_policies.retain(|(a, _)| *a != arn);
                o.customer_policies.push((arn, true));
            }
            Action::AttachRolePolicy { policy_arn, .. } => {
                if let Some(r) = o.role.as_mut() {
                    let name = policy_arn.rsplit('/').next().unwrap_or(policy_arn).to_owned();
                    r.attached.push(AttachedPolicy { name, arn: policy_arn.clone() });
                    if let (Some(p), Some(version)) = (r.policies.as_mut(), default_version(desired, policy_arn)) {
                        p.attached.push(version);
                    }
                }
            }
            Action::DetachRolePolicy { policy_arn, .. } => {
                if let Some(r) = o.role.as_mut() {
                    r.attached.retain(|a| a.arn != *policy_arn);
                    if let Some(p) = r.policies.as_mut() {
                        p.attached.retain(|v| v.arn != *policy_arn);
                    }
                }
            }
            Action::PutRolePolicy { policy_name, policy_document, .. } => {
                if let Some(r) = o.role.as_mut() {
                    r.inline.retain(|(n, _)| n != policy_name);
                    r.inline.push((policy_name.clone(), policy_document.clone()));
                    if let Some(p) = r.policies.as_mut() {
                        p.inline.retain(|(n, _)| n != policy_name);
                        p.inline.push((policy_name.clone(), policy_document.clone()));
                    }
                }
            }
            Action::CreateInstanceProfile { instance_profile_name, path } => {
                o.instance_profile = Some(InstanceProfileInfo {
                    name: instance_profile_name.clone(),
                    arn: arn::instance_profile(desired.partition, &account, path, instance_profile_name),
                    roles: Vec::new(),
                });
            }
            Action::AddRoleToInstanceProfile { role_name, .. } => {
                if let Some(ip) = o.instance_profile.as_mut() {
                    ip.roles.push(role_name.clone());
                    if let Some(r) = o.role.as_mut() {
                        r.instance_profiles.push(ip.clone());
                    }
                }
            }
        }
    }
    o
}

/// The default version a managed policy that rolecall attaches has: an AWS managed policy's
/// committed document in the role's partition, or the customer policy rolecall creates.
fn default_version(desired: &Desired, arn: &str) -> Option<PolicyVersion> {
    let p = desired.partition;
    if let Some(d) = managed_documents::all().iter().find(|d| arn::aws_managed_policy(p, &format!("{}{}", d.path.trim_start_matches('/'), d.name)) == arn) {
        return Some(PolicyVersion { arn: arn.to_owned(), version_id: d.default_version_id.clone(), document: d.value(p).to_string() });
    }
    desired.customer_managed_policies.iter().find(|c| c.arn.as_deref() == Some(arn)).map(|c| PolicyVersion { arn: arn.to_owned(), version_id: "v1".into(), document: c.document.to_string() })
}

/// Plans the writes that make IAM match `desired`: the actions of the one [`diff`], and what
/// they leave.
pub fn plan(spec: &RoleSpec, desired: &Desired, obs: &Observation, opts: PlanOptions) -> Plan {
    let d = diff(spec, desired, obs, opts);
    let left = d.left(spec, desired, obs);
    let mut blocked = d.refused;
    blocked.extend(d.blocked);
    Plan { actions: d.actions, blocked, left, findings: d.findings }
}
