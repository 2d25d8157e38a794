//! rolecall-core: the one model of the IAM roles that container compute needs.
//!
//! Everything rolecall knows about the EKS Fargate pod execution role, the EKS node role and
//! the ECS container instance role lives here: their trust policies per partition, their
//! policies, the checks that compare a role with its guide and the plans that repair it. The
//! crate does no I/O and knows nothing of executors, the AWS SDK, command lines, Fluent or
//! terminals; backends implement [`backend::Iam`], front ends render [`finding::Finding`]s.

pub mod arn;
pub mod audit;
pub mod backend;
pub mod check;
pub mod diff;
pub mod engine;
pub mod eval;
pub mod export;
pub mod finding;
pub mod input;
pub mod lint;
pub mod org;
pub mod managed;
pub mod partition;
pub mod permissions;
pub mod plan;
pub mod policy;
pub mod role;
pub mod scan;
pub mod trust;

pub use partition::Partition;
pub use role::RoleKind;
