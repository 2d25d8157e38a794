//! ARNs of the partitions rolecall knows: the policy language's strict [`Arn`], whose partition
//! must be a [`Partition`], and the ARNs the model writes.

pub use rolecall_policy::arn::Arn;

use crate::model::input::{Field, InputError, Rule};
use crate::model::partition::Partition;

/// Parses an ARN strictly, in a partition rolecall knows (so `Partition::parse` of its
/// partition succeeds). The error names the whole value and the expected shape.
pub fn parse(s: &str) -> Result<Arn, InputError> {
    Arn::parse(s)
        .ok()
        .filter(|a| Partition::ALL.iter().any(|p| p.id() == a.partition))
        .ok_or_else(|| InputError::new(Field::Arn, s, Rule::ArnShape("arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE")))
}

/// The well-formed ARN of a known partition that a malformed one most likely meant, when that
/// is clear (see [`Arn::corrected`]).
pub fn corrected(s: &str) -> Option<String> {
    if parse(s).is_ok() {
        return None;
    }
    Arn::corrected(s).filter(|c| parse(c).is_ok())
}

/// The ARN of an AWS managed policy: `arn:P:iam::aws:policy/PATHNAME`.
pub fn aws_managed_policy(partition: Partition, path_and_name: &str) -> String {
    Arn::aws_managed_policy(partition.id(), path_and_name)
}

/// The ARN of a customer managed policy at the root path.
pub fn customer_policy(partition: Partition, account: &str, name: &str) -> String {
    Arn::customer_policy(partition.id(), account, name)
}

/// The ARN of a role at a path.
pub fn role(partition: Partition, account: &str, path: &str, name: &str) -> String {
    Arn::role(partition.id(), account, path, name)
}

/// The ARN of an instance profile at a path.
pub fn instance_profile(partition: Partition, account: &str, path: &str, name: &str) -> String {
    Arn::instance_profile(partition.id(), account, path, name)
}

/// The `aws:SourceArn` pattern that matches every Fargate profile of a cluster.
pub fn fargate_profiles(partition: Partition, region: &str, account: &str, cluster: &str) -> String {
    Arn::fargate_profiles(partition.id(), region, account, cluster)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partitions_are_the_known_ones() {
        let a = parse("arn:aws-cn:iam::111122223333:policy/AmazonEKS_CNI_IPv6_Policy").unwrap();
        assert_eq!(Partition::parse(&a.partition), Ok(Partition::AwsCn));
        // Shaped as a partition, but not one: malformed to rolecall, and not corrected into one.
        let e = parse("arn:aws-eu:iam::aws:policy/X").unwrap_err();
        assert_eq!(e.value, "arn:aws-eu:iam::aws:policy/X");
        assert!(Arn::parse("arn:aws-eu:iam::aws:policy/X").is_ok());
        assert_eq!(corrected("arn:aws-eu: iam::aws:policy/X"), None);
        assert_eq!(corrected("arn:aws: iam::aws:policy/X").as_deref(), Some("arn:aws:iam::aws:policy/X"));
    }
}
