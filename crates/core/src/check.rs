//! Checks: a role as IAM has it, against the role as the guide defines it.

use crate::backend::ObservedRole;
use crate::finding::{Code, Finding, Severity};
use crate::policy::PolicyDocument;
use crate::role::{Desired, Grant, RoleSpec, Trustee};
use crate::trust::{assumers, services, Assumer};

/// The overall state of a checked role.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// The role does its job (it may still have warnings).
    Ok,
    /// There is no such role.
    Missing,
    /// The role exists and has at least one error.
    Drift,
}

impl Status {
    pub fn of(findings: &[Finding]) -> Status {
        if findings.iter().any(|f| f.code == Code::RoleMissing) {
            Status::Missing
        } else if findings.iter().any(|f| f.severity() == Severity::Error) {
            Status::Drift
        } else {
            Status::Ok
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Ok => "ok",
            Status::Missing => "missing",
            Status::Drift => "drift",
        }
    }
}

/// Principals that mean a role is shared with another purpose the guides keep apart.
pub(crate) fn shared_with(trustee: Trustee, a: &Assumer) -> bool {
    if a.kind != "Service" {
        return false;
    }
    let eks = crate::partition::Partition::eks_cluster_principals().contains(&a.value.as_str());
    match trustee {
        Trustee::Ec2 => eks || a.value == crate::partition::FARGATE_PODS_PRINCIPAL,
        Trustee::FargatePods => eks || crate::partition::is_ec2_principal(&a.value),
    }
}

/// The trust findings for a parsed trust policy.
pub fn check_trust(spec: &RoleSpec, desired: &Desired, trust: &PolicyDocument) -> Vec<Finding> {
    let mut out = Vec::new();
    let p = desired.partition;
    let all = assumers(trust);
    let accepted = spec.trustee.accepted(p);
    let mine: Vec<&Assumer> = services(&all).filter(|a| accepted.contains(&a.value.as_str())).collect();
    if mine.is_empty() {
        out.push(Finding::new(Code::TrustPrincipalMissing).arg("principal", spec.trustee.principal(p)));
    } else if spec.trustee == Trustee::Ec2 && !mine.iter().any(|a| a.value == p.ec2_principal()) {
        out.push(Finding::new(Code::TrustPrincipalPartition).arg("principal", p.ec2_principal()));
    }
    if spec.trustee.wants_source_arn() && !mine.is_empty() {
        if mine.iter().any(|a| a.source_arns.is_none()) {
            out.push(Finding::new(Code::TrustSourceArnMissing).arg("principal", spec.trustee.principal(p)));
        } else {
            let patterns: Vec<_> = mine.iter().filter_map(|a| a.source_arns.as_ref()).flatten().collect();
            for wanted in &desired.source_arns {
                if !patterns.iter().any(|pat| pat.covers(wanted)) {
                    out.push(Finding::new(Code::TrustClusterNotCovered).arg("source_arn", wanted.clone()));
                }
            }
        }
    }
    let mut seen = std::collections::BTreeSet::new();
    for a in &all {
        if a.kind == "Service" && accepted.contains(&a.value.as_str()) || !seen.insert(a.label()) {
            continue;
        }
        let code = if shared_with(spec.trustee, a) { Code::TrustSharedRole } else { Code::TrustExtraPrincipal };
        out.push(Finding::new(code).arg("principal", a.label()));
    }
    out
}

/// Every finding for one role. `role` is `None` when IAM has no such role.
pub fn check_role(spec: &RoleSpec, desired: &Desired, role: Option<&ObservedRole>) -> Vec<Finding> {
    let Some(role) = role else {
        return vec![Finding::new(Code::RoleMissing).arg("role", desired.role_name.as_str())];
    };
    let mut out = Vec::new();
    match PolicyDocument::parse(&role.trust) {
        Ok(doc) => out.extend(check_trust(spec, desired, &doc)),
        Err(e) => out.push(Finding::new(Code::TrustInvalid).arg("detail", e.to_string())),
    }
    let attached = |arn: &str| role.attached.iter().any(|a| a.arn == arn);
    let attached_name = |name: &str| role.attached.iter().any(|a| a.name == name);
    for req in spec.required {
        let current = req.policy.arn(desired.partition);
        if attached(&current) {
            continue;
        }
        match req.older.iter().find(|o| attached(&o.arn(desired.partition))) {
            Some(older) => out.push(
                Finding::new(Code::PolicyOutdated)
                    .arg("policy", older.name)
                    .arg("current", req.policy.name)
                    .arg("date", req.changed.unwrap_or_default()),
            ),
            None => out.push(Finding::new(Code::PolicyMissing).arg("policy", req.policy.name)),
        }
    }
    for p in &desired.permissions {
        if p.covered_by().iter().any(|m| attached(&m.arn(desired.partition))) {
            continue;
        }
        let missing = Finding::new(Code::PermissionMissing).arg("permission", p.slug()).arg("policy", p.policy_name());
        match p.grant() {
            Grant::Managed(m) if !attached(&m.arn(desired.partition)) => out.push(missing),
            Grant::Customer { name, .. } if !attached_name(name) => out.push(missing),
            Grant::Inline { name, document } => match role.inline.iter().find(|(n, _)| n == name) {
                None => out.push(missing),
                Some((_, text)) => {
                    let want = PolicyDocument::from_value(&document(desired.partition));
                    let have = PolicyDocument::parse(text);
                    if let (Ok(want), Ok(have)) = (want, have) {
                        if !want.same_meaning(&have) {
                            out.push(Finding::new(Code::PolicyDocumentDiffers).arg("policy", name));
                        }
                    }
                }
            },
            _ => {}
        }
    }
    for a in role.attached.iter().filter(|a| spec.prefer_elsewhere.iter().any(|p| p.policy_name() == a.name)) {
        out.push(Finding::new(Code::CniOnNodeRole).arg("policy", a.name.clone()));
    }
    if let Some(profile) = &desired.instance_profile {
        if role.instance_profiles.is_empty() {
            out.push(Finding::new(Code::InstanceProfileMissing).arg("profile", profile.as_str()));
        }
    }
    out.sort_by_key(|f| std::cmp::Reverse(f.severity()));
    out
}
