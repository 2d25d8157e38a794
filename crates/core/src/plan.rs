//! Plans: the ordered IAM writes that take a role from what IAM has to what the guide defines.
//!
//! A plan only adds. It never detaches a policy or removes a trust statement, and it never
//! narrows who may assume a role, unless [`PlanOptions`] asks for it explicitly.

use serde_json::Value;

use crate::backend::{Action, Observation, ObservedRole};
use crate::finding::{Code, Finding};
use crate::policy::{parse_json_strict, PolicyDocument};
use crate::role::{Desired, RoleSpec};
use crate::trust::{add_statement, assumers, merge_source_arns, restrict_source_arns, services};

/// What a plan may do beyond adding.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PlanOptions {
    /// Detach an older policy once its replacement is attached (AmazonEC2ContainerRegistryReadOnly).
    pub replace_outdated: bool,
    /// Add an `aws:SourceArn` condition to a Fargate trust statement that has none (narrows who may assume).
    pub restrict_trust: bool,
}

/// The writes to make, and what stands in the way of the rest.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Plan {
    pub actions: Vec<Action>,
    /// Problems no write of rolecall's can fix safely; the user must act.
    pub blocked: Vec<Finding>,
}

impl Plan {
    pub fn is_empty(&self) -> bool {
        self.actions.is_empty()
    }
}

/// The trust policy rolecall would write for an existing role, or `None` when it needs no change.
pub fn repaired_trust(spec: &RoleSpec, desired: &Desired, current: &str, opts: PlanOptions) -> Result<Option<String>, Finding> {
    let invalid = |e: &dyn std::fmt::Display| Finding::new(Code::TrustInvalid).arg("detail", e.to_string());
    let mut raw: Value = parse_json_strict(current).map_err(|e| invalid(&e))?;
    let doc = PolicyDocument::from_value(&raw).map_err(|e| invalid(&e))?;
    let p = desired.partition;
    let all = assumers(&doc);
    let accepted = spec.trustee.accepted(p);
    let mine: Vec<_> = services(&all).filter(|a| accepted.contains(&a.value.as_str())).collect();
    let mut changed = false;
    let wanted_principal = spec.trustee.principal(p);
    if !mine.iter().any(|a| a.value == wanted_principal) {
        // Nothing trusts the principal the guide asks for (in aws-cn, possibly only the
        // commercial spelling does): add the guide's statement beside the others.
        changed |= add_statement(&mut raw, spec.trust_statement(p, &desired.source_arns));
    } else if spec.trustee.wants_source_arn() && !desired.source_arns.is_empty() {
        let unconditioned: Vec<usize> = mine.iter().filter(|a| a.source_arns.is_none()).map(|a| a.statement).collect();
        if !unconditioned.is_empty() {
            // The trust already lets every cluster's pods assume the role. Adding a condition
            // narrows that: only on request.
            if opts.restrict_trust {
                for i in unconditioned {
                    changed |= restrict_source_arns(&mut raw, i, &desired.source_arns);
                }
            }
        } else {
            let patterns: Vec<_> = mine.iter().filter_map(|a| a.source_arns.as_ref()).flatten().collect();
            let missing: Vec<String> = desired.source_arns.iter().filter(|w| !patterns.iter().any(|pat| pat.covers(w))).cloned().collect();
            if !missing.is_empty() {
                let merged = mine.iter().any(|a| merge_source_arns(&mut raw, a.statement, &missing));
                if !merged {
                    add_statement(&mut raw, spec.trust_statement(p, &missing));
                }
                changed = true;
            }
        }
    }
    Ok(changed.then(|| raw.to_string()))
}

fn instance_profile_actions(desired: &Desired, obs: &Observation, role: Option<&ObservedRole>, plan: &mut Plan) {
    let Some(profile) = &desired.instance_profile else { return };
    if role.is_some_and(|r| !r.instance_profiles.is_empty()) {
        return;
    }
    let role_name = desired.role_name.as_str();
    match &obs.instance_profile {
        None => {
            plan.actions.push(Action::CreateInstanceProfile { instance_profile_name: profile.as_str().to_owned(), path: desired.path.as_str().to_owned() });
            plan.actions.push(Action::AddRoleToInstanceProfile { instance_profile_name: profile.as_str().to_owned(), role_name: role_name.to_owned() });
        }
        Some(p) if p.roles.is_empty() => {
            plan.actions.push(Action::AddRoleToInstanceProfile { instance_profile_name: p.name.clone(), role_name: role_name.to_owned() });
        }
        Some(p) if p.roles.iter().any(|r| r == role_name) => {}
        Some(p) => plan.blocked.push(Finding::new(Code::InstanceProfileTaken).arg("profile", p.name.clone()).arg("role", p.roles.join(", "))),
    }
}

/// Plans the writes that make IAM match `desired`.
pub fn plan(spec: &RoleSpec, desired: &Desired, obs: &Observation, opts: PlanOptions) -> Plan {
    let mut plan = Plan::default();
    let role_name = desired.role_name.as_str().to_owned();
    let role = obs.role.as_ref();
    match role {
        None => plan.actions.push(Action::CreateRole {
            role_name: role_name.clone(),
            path: desired.path.as_str().to_owned(),
            assume_role_policy_document: desired.trust.to_json(),
            description: desired.description.to_owned(),
        }),
        Some(r) => match repaired_trust(spec, desired, &r.trust, opts) {
            Ok(Some(doc)) => plan.actions.push(Action::UpdateAssumeRolePolicy { role_name: role_name.clone(), policy_document: doc }),
            Ok(None) => {}
            Err(f) => plan.blocked.push(f),
        },
    }
    let attached: Vec<&str> = role.map(|r| r.attached.iter().map(|a| a.arn.as_str()).collect()).unwrap_or_default();
    for c in &desired.customer_managed_policies {
        let Some(arn) = &c.arn else { continue };
        let exists = obs.customer_policies.iter().any(|(a, e)| a == arn && *e);
        if !exists && !attached.contains(&arn.as_str()) {
            plan.actions.push(Action::CreatePolicy { policy_name: c.name.clone(), policy_document: c.document.to_string() });
        }
    }
    for arn in &desired.managed_policy_arns {
        if !attached.contains(&arn.as_str()) {
            plan.actions.push(Action::AttachRolePolicy { role_name: role_name.clone(), policy_arn: arn.clone() });
        }
    }
    if opts.replace_outdated {
        for req in spec.required {
            for older in req.older {
                let arn = older.arn(desired.partition);
                if attached.contains(&arn.as_str()) {
                    plan.actions.push(Action::DetachRolePolicy { role_name: role_name.clone(), policy_arn: arn });
                }
            }
        }
    }
    let will_have = |arn: &str| attached.contains(&arn) || desired.managed_policy_arns.iter().any(|a| a == arn);
    for p in &desired.permissions {
        let crate::role::Grant::Inline { name, document } = p.grant() else { continue };
        if p.covered_by().iter().any(|m| will_have(&m.arn(desired.partition))) {
            continue;
        }
        let have = role.and_then(|r| r.inline.iter().find(|(n, _)| n == name));
        let want = document(desired.partition);
        let same = have.is_some_and(|(_, text)| {
            matches!((PolicyDocument::parse(text), PolicyDocument::from_value(&want)), (Ok(a), Ok(b)) if a.same_meaning(&b))
        });
        // An inline policy of the same name with another document is the user's: leave it.
        if have.is_none() {
            plan.actions.push(Action::PutRolePolicy { role_name: role_name.clone(), policy_name: name.to_owned(), policy_document: want.to_string() });
        } else if !same {
            plan.blocked.push(Finding::new(Code::PolicyDocumentDiffers).arg("policy", name));
        }
    }
    instance_profile_actions(desired, obs, role, &mut plan);
    plan
}
