//! Checks: a role as IAM has it, against the role as the guide defines it.

use crate::model::backend::Observation;
use crate::verdicts::finding::{Code, Finding, Severity};
use crate::model::role::{Desired, RoleKind, RoleSpec};
use crate::verdicts::diff::diff;
use crate::verdicts::plan::PlanOptions;
use crate::verdicts::granted::PermissionVerdict;
use crate::verdicts::trust::TrustVerdict;

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
    /// No error, but whether the service may assume the role, or the role may do what its
    /// workload needs, depends on something rolecall cannot know.
    Undecided,
}

impl Status {
    pub fn of(findings: &[Finding]) -> Status {
        if findings.iter().any(|f| f.code == Code::RoleMissing) {
            Status::Missing
        } else if findings.iter().any(|f| f.severity() == Severity::Error) {
            Status::Drift
        } else if findings.iter().any(|f| matches!(f.code, Code::TrustUndecided | Code::PermissionUndecided)) {
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
    /// What the role may do of its workload's needs; `None` when there is no role, or its
    /// policies were not read.
    pub permissions: Option<PermissionVerdict>,
}

/// Every finding for one role: the findings of the one [`diff`].
pub fn check_role(spec: &RoleSpec, desired: &Desired, obs: &Observation) -> Vec<Finding> {
    diff(spec, desired, obs, PlanOptions::default()).findings
}
