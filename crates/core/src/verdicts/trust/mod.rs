//! Trust policies: the requests each role's service makes (`request`), whether IAM lets them
//! through and why not (`verdict`), and the edits rolecall makes (`edit`), each evaluated before
//! it is proposed.

mod edit;
mod request;
mod verdict;

pub use edit::{add_statement, merge_source_arns, repair_trust, restrict_source_arns, verify_edit, TrustEdit};
pub use request::{chained_request, ecs_tasks, fargate_profile_request, fargate_profiles, pod_identity_request, AssociationTags, POD_IDENTITY_TAGS};
pub use verdict::{assumers, fargate_profiles_both_allow, judge, open_to_other_accounts, services, shared_with, Assumer, ClusterVerdict, Judgement, SourcePattern, TrustVerdict, SOURCE_ARN_KEY, SOURCE_ARN_OPERATORS};

#[cfg(test)]
mod tests;
