//! AWS partitions and the service principals and ARN prefixes that differ between them.

use std::fmt;

use crate::model::input::{Field, InputError, Rule};

/// The principal of EKS Fargate pods: the same in every partition (no `.cn`).
pub const FARGATE_PODS_PRINCIPAL: &str = "eks-fargate-pods.amazonaws.com";
/// The EKS control plane's principal (cluster roles): the China pages show it without `.cn`.
pub const EKS_PRINCIPAL: &str = "eks.amazonaws.com";
/// The principal of ECS tasks (task execution roles): the same in every partition.
pub const ECS_TASKS_PRINCIPAL: &str = "ecs-tasks.amazonaws.com";
/// The principal of EKS Pod Identity: the China page shows it without `.cn`.
pub const EKS_PODS_PRINCIPAL: &str = "pods.eks.amazonaws.com";

/// Service principals that are the same in China: they have no `.amazonaws.com.cn` form
/// (`eks-fargate-pods.amazonaws.com.cn` does not exist; ECS tasks stay `ecs-tasks.amazonaws.com`).
pub const NO_CN_FORM: [&str; 2] = [FARGATE_PODS_PRINCIPAL, "ecs-tasks.amazonaws.com"];

/// The only spelling of a `.amazonaws.com.cn` principal that has no `.cn` form, if it is one.
pub fn without_cn_form(s: &str) -> Option<&'static str> {
    let stem = s.strip_suffix(".cn")?;
    NO_CN_FORM.into_iter().find(|p| *p == stem)
}

/// Whether a service principal is EC2's, in any partition's spelling.
pub fn is_ec2_principal(s: &str) -> bool {
    Partition::ALL.iter().any(|p| p.accepted_ec2_principals().contains(&s))
}

/// An AWS partition: a group of regions with its own ARN prefix and IAM.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, schemars::JsonSchema, serde::Deserialize)]
pub enum Partition {
    /// The commercial regions (`arn:aws:`).
    #[serde(rename = "aws")]
    Aws,
    /// The China regions (`arn:aws-cn:`).
    #[serde(rename = "aws-cn")]
    AwsCn,
    /// AWS GovCloud (US) (`arn:aws-us-gov:`).
    #[serde(rename = "aws-us-gov")]
    AwsUsGov,
}

impl Partition {
    /// Every partition, in a stable order.
    pub const ALL: [Partition; 3] = [Partition::Aws, Partition::AwsCn, Partition::AwsUsGov];

    /// The partition's name as it appears in ARNs.
    pub fn id(self) -> &'static str {
        match self {
            Partition::Aws => "aws",
            Partition::AwsCn => "aws-cn",
            Partition::AwsUsGov => "aws-us-gov",
        }
    }

    /// Parses a partition name (`aws`, `aws-cn`, `aws-us-gov`).
    pub fn parse(s: &str) -> Result<Partition, InputError> {
        Partition::ALL
            .into_iter()
            .find(|p| p.id() == s)
            .ok_or_else(|| InputError::new(Field::Partition, s, Rule::OneOf(Partition::ALL.iter().map(|p| p.id()).collect())))
    }

    /// The partition a region belongs to: `cn-*` is aws-cn, `us-gov-*` is aws-us-gov, the rest aws.
    pub fn of_region(region: &str) -> Partition {
        if region.starts_with("cn-") {
            Partition::AwsCn
        } else if region.starts_with("us-gov-") {
            Partition::AwsUsGov
        } else {
            Partition::Aws
        }
    }

    /// The EC2 service principal that node and container-instance roles must trust.
    pub fn ec2_principal(self) -> &'static str {
        match self {
            Partition::AwsCn => "ec2.amazonaws.com.cn",
            Partition::Aws | Partition::AwsUsGov => "ec2.amazonaws.com",
        }
    }

    /// EC2 principals accepted when checking an existing role. In aws-cn some pages show the
    /// commercial principal; it is accepted, and [`Partition::ec2_principal`] is preferred.
    pub fn accepted_ec2_principals(self) -> &'static [&'static str] {
        match self {
            Partition::AwsCn => &["ec2.amazonaws.com.cn", "ec2.amazonaws.com"],
            Partition::Aws | Partition::AwsUsGov => &["ec2.amazonaws.com"],
        }
    }

    /// The principal of EKS Fargate pods; the same in every partition (no `.cn`).
    pub fn fargate_pods_principal(self) -> &'static str {
        FARGATE_PODS_PRINCIPAL
    }

    /// Whether Amazon EKS on Fargate is available in the partition: AWS's GovCloud (US) user
    /// guide says it isn't available in AWS GovCloud (US).
    pub fn has_eks_fargate(self) -> bool {
        !matches!(self, Partition::AwsUsGov)
    }

    /// Every principal that identifies the EKS control plane, in any partition's spelling.
    pub fn eks_cluster_principals() -> &'static [&'static str] {
        &["eks.amazonaws.com", "eks.amazonaws.com.cn"]
    }

    /// A region of this partition, for examples and defaults.
    pub fn example_region(self) -> &'static str {
        match self {
            Partition::Aws => "us-west-2",
            Partition::AwsCn => "cn-north-1",
            Partition::AwsUsGov => "us-gov-west-1",
        }
    }
}

impl fmt::Display for Partition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partition_follows_region() {
        assert_eq!(Partition::of_region("cn-north-1"), Partition::AwsCn);
        assert_eq!(Partition::of_region("cn-northwest-1"), Partition::AwsCn);
        assert_eq!(Partition::of_region("us-gov-west-1"), Partition::AwsUsGov);
        assert_eq!(Partition::of_region("us-gov-east-1"), Partition::AwsUsGov);
        assert_eq!(Partition::of_region("eu-west-1"), Partition::Aws);
        assert_eq!(Partition::of_region("us-east-1"), Partition::Aws);
    }

    #[test]
    fn principals_per_partition() {
        assert_eq!(Partition::AwsCn.ec2_principal(), "ec2.amazonaws.com.cn");
        assert_eq!(Partition::AwsCn.fargate_pods_principal(), "eks-fargate-pods.amazonaws.com");
        assert_eq!(Partition::AwsUsGov.ec2_principal(), "ec2.amazonaws.com");
        assert!(Partition::AwsCn.accepted_ec2_principals().contains(&"ec2.amazonaws.com"));
        assert!(!Partition::Aws.accepted_ec2_principals().contains(&"ec2.amazonaws.com.cn"));
    }

    #[test]
    fn eks_on_fargate_is_not_in_govcloud() {
        assert!(Partition::Aws.has_eks_fargate());
        assert!(Partition::AwsCn.has_eks_fargate());
        assert!(!Partition::AwsUsGov.has_eks_fargate());
    }

    #[test]
    fn parse_rejects_unknown() {
        assert_eq!(Partition::parse("aws-cn").ok(), Some(Partition::AwsCn));
        let err = Partition::parse("aws-eu").unwrap_err();
        assert_eq!(err.value, "aws-eu");
    }
}
