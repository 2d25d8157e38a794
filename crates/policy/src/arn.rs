//! Amazon Resource Names: strict parsing, and the ARN-glob matching of `ArnLike` conditions.
//!
//! A partition is a string here (`aws`, `aws-cn`...): which partitions exist is the role
//! model's business, which checks the partition of an ARN it parses.

use std::fmt;

/// A parsed ARN: `arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE`.
///
/// In policy documents a region or account may be a wildcard (`*`, `?`); [`Arn::parse`]
/// accepts those, and rejects everything else that is not a well-formed ARN: whitespace,
/// a partition not shaped as one (`aws` or `aws-…`), an empty service, a region or account of the wrong shape, a region on
/// a global service such as IAM.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Arn {
    /// As written: `aws`, `aws-cn`, `aws-us-gov`, or any other `aws-…` partition.
    pub partition: String,
    pub service: String,
    pub region: String,
    pub account: String,
    pub resource: String,
}

/// Services whose ARNs never carry a region. (S3 is not one: its buckets' ARNs have none, but
/// access points, jobs and Storage Lens configurations do.)
const GLOBAL_SERVICES: &[&str] = &["iam", "sts", "cloudfront", "route53", "organizations"];

fn is_wild(s: &str) -> bool {
    s.contains('*') || s.contains('?')
}

/// Whether `s` has the shape of a region code: two letters, one or more words, a number
/// (`us-west-2`, `cn-north-1`, `us-gov-west-1`, `ap-southeast-5`).
pub fn is_region_code(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    parts.len() >= 3
        && parts[0].len() == 2
        && parts[0].bytes().all(|b| b.is_ascii_lowercase())
        && parts[1..parts.len() - 1].iter().all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_lowercase()))
        && parts.last().is_some_and(|p| !p.is_empty() && p.len() <= 2 && p.bytes().all(|b| b.is_ascii_digit()))
}

/// A partition's shape: `aws`, or `aws-` and lower-case words joined by hyphens.
fn is_partition(s: &str) -> bool {
    s == "aws" || s.strip_prefix("aws-").is_some_and(|r| r.split('-').all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase())))
}

/// A value that is not a well-formed ARN.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArnError {
    /// The whole value.
    pub value: String,
}

impl fmt::Display for ArnError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "not an ARN (arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE): {:?}", self.value)
    }
}

impl std::error::Error for ArnError {}

impl Arn {
    /// Parses an ARN strictly. The error names the whole value.
    pub fn parse(s: &str) -> Result<Arn, ArnError> {
        Self::parse_inner(s).ok_or_else(|| ArnError { value: s.to_owned() })
    }

    fn parse_inner(s: &str) -> Option<Arn> {
        if s.chars().any(char::is_whitespace) {
            return None;
        }
        let mut parts = s.splitn(6, ':');
        if parts.next()? != "arn" {
            return None;
        }
        let partition = parts.next().filter(|p| is_partition(p))?;
        let service = parts.next()?;
        let region = parts.next()?;
        let account = parts.next()?;
        let resource = parts.next()?;
        if service.is_empty() || !service.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') {
            return None;
        }
        let region_ok = region.is_empty() || is_wild(region) || is_region_code(region);
        if !region_ok || (GLOBAL_SERVICES.contains(&service) && !region.is_empty()) {
            return None;
        }
        let account_ok = account.is_empty()
            || is_wild(account)
            || (account.len() == 12 && account.bytes().all(|b| b.is_ascii_digit()))
            || (service == "iam" && account == "aws");
        if !account_ok || resource.is_empty() {
            return None;
        }
        if service == "iam" && account.is_empty() {
            return None;
        }
        Some(Arn {
            partition: partition.to_owned(),
            service: service.to_owned(),
            region: region.to_owned(),
            account: account.to_owned(),
            resource: resource.to_owned(),
        })
    }

    /// The well-formed ARN a malformed one most likely meant, when that is clear: without its
    /// spaces (`arn:aws: iam::`), without an empty part too many (`arn:aws::iam::`), with an
    /// account written in the region's place moved to the account's (`arn:aws:iam:111122223333:aws:policy/x`),
    /// or with IAM's empty region put back (`arn:aws:iam:aws:policy/x`).
    pub fn corrected(s: &str) -> Option<String> {
        if Arn::parse(s).is_ok() {
            return None;
        }
        let compact: String = s.chars().filter(|c| !c.is_whitespace()).collect();
        let parts: Vec<&str> = compact.split(':').collect();
        let mut candidates = vec![compact.clone()];
        if parts.len() >= 7 && parts[2].is_empty() {
            let mut p = parts.clone();
            p.remove(2);
            candidates.push(p.join(":"));
        }
        if parts.len() >= 6 && parts[2] == "iam" && parts[3].len() == 12 && parts[3].bytes().all(|b| b.is_ascii_digit()) && parts[4] == "aws" {
            candidates.push(format!("arn:{}:iam::{}:{}", parts[1], parts[3], parts[5..].join(":")));
        }
        if parts.len() == 5 && parts[2] == "iam" {
            candidates.push(format!("arn:{}:iam::{}:{}", parts[1], parts[3], parts[4]));
        }
        candidates.into_iter().find(|c| c != s && Arn::parse(c).is_ok())
    }

    /// The ARN of an AWS managed policy: `arn:P:iam::aws:policy/PATHNAME`.
    pub fn aws_managed_policy(partition: &str, path_and_name: &str) -> String {
        format!("arn:{}:iam::aws:policy/{}", partition, path_and_name)
    }

    /// The ARN of a customer managed policy at the root path.
    pub fn customer_policy(partition: &str, account: &str, name: &str) -> String {
        format!("arn:{}:iam::{}:policy/{}", partition, account, name)
    }

    /// The ARN of a role at a path.
    pub fn role(partition: &str, account: &str, path: &str, name: &str) -> String {
        format!("arn:{}:iam::{}:role{}{}", partition, account, path, name)
    }

    /// The ARN of an instance profile at a path.
    pub fn instance_profile(partition: &str, account: &str, path: &str, name: &str) -> String {
        format!("arn:{}:iam::{}:instance-profile{}{}", partition, account, path, name)
    }

    /// The `aws:SourceArn` pattern that matches every Fargate profile of a cluster.
    pub fn fargate_profiles(partition: &str, region: &str, account: &str, cluster: &str) -> String {
        format!("arn:{}:eks:{}:{}:fargateprofile/{}/*", partition, region, account, cluster)
    }

    /// An EKS cluster ARN's parts (`arn:P:eks:REGION:ACCOUNT:cluster/NAME`), if this is one.
    pub fn as_eks_cluster(&self) -> Option<&str> {
        if self.service == "eks" && !is_wild(&self.region) && !is_wild(&self.account) && !self.region.is_empty() {
            self.resource.strip_prefix("cluster/").filter(|n| !n.is_empty() && !n.contains('/'))
        } else {
            None
        }
    }
}

impl fmt::Display for Arn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "arn:{}:{}:{}:{}:{}", self.partition, self.service, self.region, self.account, self.resource)
    }
}

/// Glob matching with `*` (any run, including none) and `?` (one character), as IAM's
/// `StringLike` does. A pattern character `*` in `text` is matched like any other character,
/// so `glob_match(a, b)` answers "does pattern `a` cover pattern `b`" for the usual cases.
pub fn glob_match(pattern: &str, text: &str) -> bool {
    let p: Vec<char> = pattern.chars().collect();
    let t: Vec<char> = text.chars().collect();
    let (mut pi, mut ti) = (0usize, 0usize);
    let mut star: Option<(usize, usize)> = None;
    while ti < t.len() {
        // `?` stands for one character: it does not cover a `*` (any run) in the text.
        if pi < p.len() && ((p[pi] == '?' && t[ti] != '*') || p[pi] == t[ti]) && p[pi] != '*' {
            pi += 1;
            ti += 1;
        } else if pi < p.len() && p[pi] == '*' {
            star = Some((pi, ti));
            pi += 1;
        } else if let Some((sp, st)) = star {
            pi = sp + 1;
            ti = st + 1;
            star = Some((sp, st + 1));
        } else {
            return false;
        }
    }
    while pi < p.len() && p[pi] == '*' {
        pi += 1;
    }
    pi == p.len()
}

/// `ArnLike` matching: each of the six colon-separated parts is matched on its own.
pub fn arn_like(pattern: &str, arn: &str) -> bool {
    let pp: Vec<&str> = pattern.splitn(6, ':').collect();
    let ap: Vec<&str> = arn.splitn(6, ':').collect();
    pp.len() == 6 && ap.len() == 6 && pp.iter().zip(&ap).all(|(p, a)| glob_match(p, a))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_well_formed() {
        for ok in [
            "arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy",
            "arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role",
            "arn:aws-cn:iam::111122223333:policy/AmazonEKS_CNI_IPv6_Policy",
            "arn:aws:eks:us-west-2:111122223333:fargateprofile/my-cluster/*",
            "arn:aws:eks:*:111122223333:fargateprofile/*/*",
            "arn:aws:logs:*:*:*",
            "arn:aws:ec2:*:*:network-interface/*",
            "arn:aws-us-gov:eks:us-gov-west-1:111122223333:cluster/prod",
            "arn:aws:s3:::my-bucket/*",
            "arn:aws:s3:us-west-2:111122223333:accesspoint/ap/object/*",
            "arn:aws-cn:s3:cn-north-1:111122223333:accesspoint/ap",
        ] {
            assert!(Arn::parse(ok).is_ok(), "{ok}");
        }
    }

    /// Every malformed ARN printed in the source guides.
    #[test]
    fn rejects_the_guides_malformed_arns() {
        for bad in [
            "arn:aws: iam::aws:policy/AmazonEKSWorkerNodePolicy",
            "arn:aws: iam::aws:policy/AmazonEC2ContainerRegistryPullOnly",
            "arn:aws: iam::111122223333:policy/AmazonEKS_CNI_IPv6_Policy",
            "arn:aws: ec2:*:*:network-interface/*",
            "arn:aws::iam::aws:policy/AmazonS3ReadOnlyAccess",
            "arn:aws:iam:111122223333:aws:policy/cwlogspolicy",
            "arn:aws:eks:region-code:111122223333:fargateprofile/my-cluster/*",
        ] {
            let e = Arn::parse(bad).unwrap_err();
            assert_eq!(e.value, bad);
        }
    }

    #[test]
    fn corrects_the_guides_malformed_arns() {
        for (bad, good) in [
            ("arn:aws: iam::aws:policy/AmazonEKSWorkerNodePolicy", "arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy"),
            ("arn:aws: ec2:*:*:network-interface/*", "arn:aws:ec2:*:*:network-interface/*"),
            ("arn:aws::iam::aws:policy/AmazonS3ReadOnlyAccess", "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"),
            ("arn:aws:iam:111122223333:aws:policy/cwlogspolicy", "arn:aws:iam::111122223333:policy/cwlogspolicy"),
            ("arn:aws:iam:aws:policy/AmazonEKSWorkerNodePolicy", "arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy"),
        ] {
            assert_eq!(Arn::corrected(bad).as_deref(), Some(good), "{bad}");
        }
        assert_eq!(Arn::corrected("arn:aws:iam::aws:policy/X"), None);
        assert_eq!(Arn::corrected("not an arn"), None);
        assert_eq!(Arn::corrected("arn:aws:eks:region-code:111122223333:cluster/x"), None);
    }

    #[test]
    fn rejects_other_shapes() {
        for bad in ["", "arn", "arn:aws", "arn:aws:iam::aws", "arn:aws:iam::aws:", "arn:aws_eu:iam::aws:policy/X", "arn:aws-:iam::aws:policy/X", "arn:azure:iam::aws:policy/X", "ARN:aws:iam::aws:policy/X", "arn:aws:iam::1234:role/x", "arn:aws:iam:::role/x", "arn:aws:IAM::aws:policy/X"] {
            assert!(Arn::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn cluster_arns() {
        let a = Arn::parse("arn:aws:eks:eu-west-1:111122223333:cluster/prod").unwrap();
        assert_eq!(a.as_eks_cluster(), Some("prod"));
        assert_eq!(a.region, "eu-west-1");
        let b = Arn::parse("arn:aws:eks:eu-west-1:111122223333:fargateprofile/prod/x/1").unwrap();
        assert_eq!(b.as_eks_cluster(), None);
    }

    #[test]
    fn globbing() {
        assert!(glob_match("*", "anything"));
        assert!(glob_match("a*c", "abbbc"));
        assert!(glob_match("a?c", "abc"));
        assert!(!glob_match("a?c", "ac"));
        assert!(!glob_match("abc", "abd"));
        assert!(glob_match("my-cluster/*", "my-cluster/*"));
        assert!(!glob_match("my-cluster/*", "other/*"));
        let p = "arn:aws:eks:*:111122223333:fargateprofile/*/*";
        assert!(arn_like(p, "arn:aws:eks:us-west-2:111122223333:fargateprofile/prod/*"));
        assert!(!arn_like(p, "arn:aws:eks:us-west-2:444455556666:fargateprofile/prod/*"));
        assert!(!arn_like("arn:aws:eks:us-west-2:111122223333:fargateprofile/prod/*", "arn:aws:eks:*:111122223333:fargateprofile/prod/*"));
    }
}
