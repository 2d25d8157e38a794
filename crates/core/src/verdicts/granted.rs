//! What a role may do, as IAM decides it: each need of the role's kind (`model::needs`) judged by
//! rolecall-policy's permission evaluator against the role's identity policies (every inline
//! policy, the default version of each attached policy), its permissions boundary and the SCPs
//! of its account, never by the names of the policies attached.
//!
//! A need is asked as the role's own session asks it: `aws:PrincipalTag/*` are the role's tags
//! (the services of these roles set no other session tags, except the cluster's name on the
//! EKS Auto Mode cluster role's session, which that need declares), `aws:PrincipalArn` and
//! `aws:PrincipalAccount` are the role's, and every key the need does not declare is unknown.
//! Resource-based policies (a secret's, a key's), RCPs and VPC endpoint policies are not read.

use rolecall_policy::document::PolicyDocument;
use rolecall_policy::document::Effect;
use rolecall_policy::permission::{Access, Kind, Named, Outcome, PolicySet, ScpLevel, ScpStatus, Scps, Verdict};
use rolecall_policy::request::{Caller, Context};

use crate::model::backend::{ObservedRole, RolePolicies, ScpExempt, ScpRead};
use crate::model::needs::{Need, Scope};
use crate::model::role::{Desired, ManagedPolicy, RoleSpec};
use crate::verdicts::finding::{Arg, Code, Finding};

/// IAM's answer for one need.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NeedVerdict {
    /// The managed policy the guide attaches for this need.
    pub policy: ManagedPolicy,
    pub verdict: Verdict,
    /// Whether the role's identity policies alone (no boundary, no SCP) allow it: what attaching
    /// a policy can change.
    pub identity_grants: bool,
}

/// What the role may do of what its workload needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PermissionVerdict {
    /// Every need granted (`Some(true)`), one not (`Some(false)`), or one undecided and none
    /// denied (`None`). `None` too when the kind declares no needs.
    pub granted: Option<bool>,
    pub scps: ScpStatus,
    /// Why SCPs were not read (the error's code), or why they bind nothing.
    pub scps_why: Option<String>,
    /// `false` for a role whose permissions are the user's (EKS Pod Identity): no needs.
    pub declared: bool,
    pub needs: Vec<NeedVerdict>,
    /// Policies whose documents could not be read: every answer is undecided.
    pub unreadable: Vec<String>,
    /// The permissions boundary's ARN, when the role has one.
    pub boundary: Option<String>,
}

impl PermissionVerdict {
    /// Whether the role's identity policies grant every need the guide's managed policy serves
    /// (without it, when it is not attached).
    pub fn identity_grants(&self, policy: ManagedPolicy) -> bool {
        self.unreadable.is_empty() && self.needs.iter().filter(|n| n.policy == policy).all(|n| n.identity_grants) && self.needs.iter().any(|n| n.policy == policy)
    }

    /// The findings of the needs not granted, one per outcome (the first need, and how many
    /// share the outcome). Needs of a policy in `reported` that the identity policies do not
    /// surely allow (not granted, or undecided) are left to that policy's own finding
    /// (`policy-missing`): attaching it settles them.
    pub fn findings(&self, reported: &[ManagedPolicy]) -> Vec<Finding> {
        let mut out = Vec::new();
        if !self.unreadable.is_empty() {
            if let Some(first) = self.needs.first() {
                out.push(
                    Finding::new(Code::PermissionUndecided)
                        .arg(Arg::Action, first.verdict.action.as_str())
                        .arg(Arg::Resource, first.verdict.resource.as_str())
                        .arg(Arg::Count, self.needs.len().to_string())
                        .arg(Arg::Key, self.unreadable.join(", ")),
                );
            }
            return out;
        }
        if self.scps == ScpStatus::NotRead {
            out.push(Finding::new(Code::ScpsNotRead).arg(Arg::Value, self.scps_why.clone().unwrap_or_default()));
        }
        for outcome in [Outcome::Denied, Outcome::BlockedByBoundary, Outcome::BlockedByScp, Outcome::BlockedBySession, Outcome::NotGranted, Outcome::Undecided] {
            let same: Vec<&NeedVerdict> = self
                .needs
                .iter()
                .filter(|n| n.verdict.outcome() == outcome)
                .filter(|n| !(matches!(outcome, Outcome::NotGranted | Outcome::Undecided) && !n.identity_grants && reported.contains(&n.policy)))
                .collect();
            let Some(first) = same.first() else { continue };
            let v = &first.verdict;
            let base = |code: Code| {
                Finding::new(code)
                    .arg(Arg::Action, v.action.as_str())
                    .arg(Arg::Resource, v.resource.as_str())
                    .arg(Arg::Count, same.len().to_string())
            };
            let deny = |kind: Kind| v.decided_by.iter().find(|d| d.kind == kind && d.effect == Effect::Deny);
            out.push(match outcome {
                Outcome::Denied => {
                    let d = v.decided_by.iter().find(|d| d.effect == Effect::Deny);
                    base(Code::PermissionDenied).arg(Arg::Policy, d.map_or(String::new(), |d| d.policy.clone())).arg(Arg::Statement, d.map_or(String::new(), |d| d.statement.clone()))
                }
                Outcome::BlockedByBoundary => {
                    let f = base(Code::PermissionBlockedByBoundary);
                    match deny(Kind::Boundary) {
                        Some(d) => f.arg(Arg::Policy, d.policy.as_str()).arg(Arg::Statement, d.statement.as_str()),
                        // A boundary that allows nothing the need asks has no statement to name.
                        None => f.arg(Arg::Policy, self.boundary.clone().unwrap_or_default()),
                    }
                }
                Outcome::BlockedByScp => {
                    let target = v.causes.iter().find(|c| c.kind == Some(Kind::Scp)).and_then(|c| c.target.clone()).unwrap_or_default();
                    let f = base(Code::PermissionBlockedByScp).arg(Arg::Target, target);
                    match deny(Kind::Scp) {
                        Some(d) => f.arg(Arg::Policy, d.policy.as_str()).arg(Arg::Statement, d.statement.as_str()),
                        None => f,
                    }
                }
                Outcome::BlockedBySession | Outcome::NotGranted => base(Code::PermissionNotGranted),
                Outcome::Undecided => {
                    let key = v.decided_by.iter().flat_map(|d| d.unknown.iter()).next().cloned();
                    let f = base(Code::PermissionUndecided);
                    match key {
                        Some(k) => f.arg(Arg::Key, k),
                        None => f,
                    }
                }
                Outcome::Granted => continue,
            });
        }
        out
    }
}

/// The scopes the needs are judged in: each cluster asked for, or every cluster of the account.
fn scopes(desired: &Desired, role: &ObservedRole) -> Vec<Scope> {
    let account = desired.account.as_ref().map(|a| a.as_str().to_owned()).or_else(|| role.account().map(|a| a.as_str().to_owned())).unwrap_or_else(|| "*".into());
    let any = Scope { account: account.clone(), ..Scope::any(desired.partition) };
    if desired.clusters.is_empty() {
        return vec![any];
    }
    desired.clusters.iter().map(|c| Scope { partition: desired.partition, region: c.region.as_str().to_owned(), account: account.clone(), cluster: c.name.as_str().to_owned() }).collect()
}

/// The request the role's own session makes for a need.
fn access(need: &Need, scope: &Scope, role: &ObservedRole, tags: &[(String, String)]) -> Access {
    let mut ctx = Context::role_session(tags, Some(&[])).known("aws:PrincipalArn", role.arn.as_str());
    if scope.account != "*" {
        ctx = ctx.known("aws:PrincipalAccount", scope.account.as_str());
    }
    if scope.region != "*" {
        ctx = ctx.known("aws:RequestedRegion", scope.region.as_str());
    }
    let service = need.access(scope, &role.arn);
    // The keys the need declares, as the service sends them.
    for k in need.context {
        if let Some(v) = service.context.get(k.key) {
            ctx = ctx.set(k.key, v);
        }
    }
    Access { caller: Caller::Aws(role.arn.clone()), action: service.action, resource: service.resource, context: ctx }
}

/// Judges what the role may do of its kind's needs; `None` when its policies were not read.
pub fn judge(spec: &RoleSpec, desired: &Desired, role: &ObservedRole, scps: Option<&ScpRead>) -> Option<PermissionVerdict> {
    let policies: &RolePolicies = role.policies.as_ref()?;
    let mut unreadable = Vec::new();
    let mut parse = |name: &str, text: &str| match PolicyDocument::parse(text) {
        Ok(d) => Some((name.to_owned(), d)),
        Err(_) => {
            unreadable.push(name.to_owned());
            None
        }
    };
    let mut identity: Vec<(String, PolicyDocument)> = Vec::new();
    for (n, t) in &policies.inline {
        identity.extend(parse(n, t));
    }
    for p in &policies.attached {
        identity.extend(parse(&p.arn, &p.document));
    }
    let boundary: Option<(String, PolicyDocument)> = policies.boundary.as_ref().and_then(|b| parse(&b.arn, &b.document));
    let slr = role.path.starts_with("/aws-service-role/");
    let scp_docs: Vec<(String, Vec<(String, PolicyDocument)>)> = match scps {
        Some(ScpRead::Read(levels)) if !slr => levels.iter().map(|l| (l.target.clone(), l.policies.iter().filter_map(|p| parse(&format!("{} ({})", p.name, p.id), &p.document)).collect())).collect(),
        _ => Vec::new(),
    };
    let (scp_state, scps_why) = match scps {
        _ if slr => (ScpState::NotApplicable, Some(exempt(ScpExempt::ServiceLinkedRole))),
        Some(ScpRead::Read(_)) => (ScpState::Read, None),
        Some(ScpRead::NotRead(e)) => (ScpState::NotRead, Some(e.code.as_str().to_owned())),
        Some(ScpRead::NotApplicable(x)) => (ScpState::NotApplicable, Some(exempt(*x))),
        None => (ScpState::NotRead, Some("NotRequested".to_owned())),
    };
    fn named(v: &[(String, PolicyDocument)]) -> Vec<Named<'_>> {
        v.iter().map(|(n, d)| Named::new(n.clone(), d)).collect()
    }
    let set = PolicySet {
        identity: named(&identity),
        boundary: boundary.as_ref().map(|(n, d)| Named::new(n.clone(), d)),
        scps: match scp_state {
            ScpState::Read => Scps::Read(scp_docs.iter().map(|(t, ps)| ScpLevel { target: t.clone(), policies: named(ps) }).collect()),
            ScpState::NotRead => Scps::NotRead,
            ScpState::NotApplicable => Scps::NotApplicable,
        },
        session: None,
        resource: None,
    };
    let alone = PolicySet::identity(named(&identity));
    let scopes = scopes(desired, role);
    let mut needs: Vec<NeedVerdict> = Vec::new();
    for pn in spec.needs.policies() {
        for need in pn.needs {
            for scope in &scopes {
                let a = access(need, scope, role, &policies.tags);
                if needs.iter().any(|n| n.verdict.action == a.action && n.verdict.resource == a.resource.to_string()) {
                    continue;
                }
                let verdict = set.decide(&a);
                let identity_grants = alone.decide(&a).granted() == Some(true);
                needs.push(NeedVerdict { policy: pn.policy, verdict, identity_grants });
            }
        }
    }
    let declared = !spec.needs.policies().is_empty();
    let granted = if !unreadable.is_empty() || !declared {
        None
    } else if needs.iter().any(|n| n.verdict.granted() == Some(false)) {
        Some(false)
    } else if needs.iter().all(|n| n.verdict.granted() == Some(true)) {
        Some(true)
    } else {
        None
    };
    Some(PermissionVerdict { granted, scps: set.scp_status(), scps_why, declared, needs, unreadable, boundary: policies.boundary.as_ref().map(|b| b.arn.clone()) })
}

#[derive(Clone, Copy)]
enum ScpState {
    Read,
    NotRead,
    NotApplicable,
}

fn exempt(x: ScpExempt) -> String {
    match x {
        ScpExempt::ManagementAccount => "management-account",
        ScpExempt::NoOrganization => "no-organization",
        ScpExempt::ServiceLinkedRole => "service-linked-role",
    }
    .to_owned()
}
