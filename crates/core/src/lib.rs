//! rolecall-core: the one model of the IAM roles that container compute needs.
//!
//! Everything rolecall knows about the roles of EKS and ECS (the kinds in
//! [`RoleKind::ALL`]) lives here: their trust policies per partition, their policies, the checks
//! that compare a role with its guide and the plans that repair it. The policy language itself
//! (documents, ARNs, IAM's evaluation) is rolecall-policy's. The crate does no I/O and knows
//! nothing of executors, the AWS SDK, command lines, Fluent or terminals; backends implement
//! [`backend::Iam`], front ends render [`finding::Finding`]s.
//!
//! The code lives in rooms, one folder per layer, each importing only from the rooms before it:
//! [`model`] < [`verdicts`] < [`lint`] < [`workflows`] < [`export`] (a test in
//! `xtask/src/invariants.rs` checks it). The modules are also reachable at the crate root
//! (`rolecall_core::role`, `rolecall_core::diff`...), the paths the other crates use.

pub mod model;
pub mod verdicts;
pub mod lint;
pub mod workflows;
pub mod export;

pub use model::{arn, backend, cluster, input, partition, permissions, role};
pub use verdicts::{check, diff, finding, granted, plan, trust, wiring};
pub use workflows::{audit, engine, org};

pub use model::partition::Partition;
pub use model::role::RoleKind;

#[cfg(test)]
mod tests {
    fn json<T: serde::Serialize>(v: T) -> String {
        serde_json::to_value(v).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
    }

    /// The names JSON output uses (serde's) are the stable names the rest of rolecall uses.
    #[test]
    fn serialized_names_are_the_stable_names() {
        for k in crate::model::role::RoleKind::ALL {
            assert_eq!(json(k), k.slug());
        }
        for p in crate::model::partition::Partition::ALL {
            assert_eq!(json(p), p.id());
        }
        for p in crate::model::role::Permission::ALL {
            assert_eq!(json(p), p.slug());
        }
        for c in crate::model::permissions::Command::ALL {
            assert_eq!(json(c), c.slug());
        }
        for d in [crate::lint::DocKind::Identity, crate::lint::DocKind::Trust, crate::lint::DocKind::Resource] {
            assert_eq!(json(d), d.as_str());
        }
        for s in [crate::verdicts::check::Status::Ok, crate::verdicts::check::Status::Missing, crate::verdicts::check::Status::Drift, crate::verdicts::check::Status::Undecided] {
            assert_eq!(json(s), s.as_str());
        }
        for s in [crate::verdicts::finding::Severity::Info, crate::verdicts::finding::Severity::Warning, crate::verdicts::finding::Severity::Error] {
            assert_eq!(json(s), s.as_str());
        }
    }
}
