//! Checks: a role as IAM has it, against the role as the guide defines it.

use crate::backend::Observation;
use crate::finding::{Code, Finding, Severity};
use crate::role::{Desired, RoleKind, RoleSpec, Trustee};
use crate::trust::{Assumer, TrustVerdict};

/// The overall state of a checked role.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// The role does its job (it may still have warnings).
    Ok,
    /// There is no such role.
    Missing,
    /// The role exists and has at least one error.
    Drift,
    /// No error, but whether the service may assume the role depends on something rolecall
    /// cannot know.
    Undecided,
}

impl Status {
    pub fn of(findings: &[Finding]) -> Status {
        if findings.iter().any(|f| f.code == Code::RoleMissing) {
            Status::Missing
        } else if findings.iter().any(|f| f.severity() == Severity::Error) {
            Status::Drift
        } else if findings.iter().any(|f| f.code == Code::TrustUndecided) {
            Status::Undecided
        } else {
            Status::Ok
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Ok => "ok",
            Status::Missing => "missing",
            Status::Drift => "drift",
            Status::Undecided => "undecided",
        }
    }
}

/// The result of a check: of `check`, and of each role `audit` finds.
#[derive(Debug, Clone)]
pub struct CheckReport {
    pub kind: RoleKind,
    pub role_name: String,
    pub status: Status,
    pub findings: Vec<Finding>,
    /// Whether the role's service may assume the role; `None` when there is no role to judge.
    pub trust: Option<TrustVerdict>,
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
        // The node role guides: not the role that created the cluster.
        Trustee::Eks => crate::partition::is_ec2_principal(&a.value) || a.value == crate::partition::FARGATE_PODS_PRINCIPAL,
        Trustee::EcsTasks | Trustee::EksPods => false,
    }
}

/// Every finding for one role: the findings of the one [`crate::diff::diff`].
pub fn check_role(spec: &RoleSpec, desired: &Desired, obs: &Observation) -> Vec<Finding> {
    crate::diff::diff(spec, desired, obs, crate::plan::PlanOptions::default()).findings
}
