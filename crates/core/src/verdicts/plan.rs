//! Plans: the ordered IAM writes that take a role from what IAM has to what the guide defines.
//!
//! A plan only adds. It never detaches a policy or removes a trust statement, and it never
//! narrows who may assume a role, unless [`PlanOptions`] asks for it explicitly.

use crate::model::backend::Action;
use crate::verdicts::finding::Finding;

/// What a plan may do beyond adding.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PlanOptions {
    /// Detach an older policy once its replacement is attached (AmazonEC2ContainerRegistryReadOnly).
    pub replace_outdated: bool,
    /// Limit the Fargate trust statements that let pods in from any source to the clusters asked
    /// for (narrows who may assume the role; other principals keep what they had).
    pub restrict_trust: bool,
}

/// The writes to make, why none are made, and what remains afterwards.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Plan {
    pub actions: Vec<Action>,
    /// Why rolecall writes nothing: the trust policy it would write fails its own evaluation.
    pub blocked: Vec<Finding>,
    /// The findings `check` will report once the actions are done (all of them when none are).
    pub left: Vec<Finding>,
    /// The findings `check` reports now.
    pub findings: Vec<Finding>,
}

impl Plan {
    pub fn is_empty(&self) -> bool {
        self.actions.is_empty()
    }
}
