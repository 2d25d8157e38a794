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

#[cfg(test)]
mod tests {
    fn json<T: serde::Serialize>(v: T) -> String {
        serde_json::to_value(v).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
    }

    /// The names JSON output uses (serde's) are the stable names the rest of rolecall uses.
    #[test]
    fn serialized_names_are_the_stable_names() {
        for k in crate::RoleKind::ALL {
            assert_eq!(json(k), k.slug());
        }
        for p in crate::Partition::ALL {
            assert_eq!(json(p), p.id());
        }
        for p in crate::role::Permission::ALL {
            assert_eq!(json(p), p.slug());
        }
        for c in crate::permissions::Command::ALL {
            assert_eq!(json(c), c.slug());
        }
        for d in [crate::lint::DocKind::Identity, crate::lint::DocKind::Trust, crate::lint::DocKind::Resource] {
            assert_eq!(json(d), d.as_str());
        }
        for s in [crate::check::Status::Ok, crate::check::Status::Missing, crate::check::Status::Drift, crate::check::Status::Undecided] {
            assert_eq!(json(s), s.as_str());
        }
        for s in [crate::finding::Severity::Info, crate::finding::Severity::Warning, crate::finding::Severity::Error] {
            assert_eq!(json(s), s.as_str());
        }
    }
}
