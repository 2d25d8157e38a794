//! An EKS cluster as `doctor` reads it: what DescribeCluster says of its roles and access
//! (`Cluster`), its node groups, Fargate profiles, access entries (with their associated access
//! policies), Pod Identity associations and the account's IAM OIDC providers (`EksCluster`),
//! and the [`Eks`] trait the backends implement to read them. A part that could not be read is
//! [`Part::NotRead`], naming the API: its verdicts are undecided, never guessed.

use std::future::Future;

use crate::model::backend::{ErrorCode, IamError, Timestamp};
use crate::model::input::{AccountId, ClusterName, Region};
use crate::model::partition::Partition;
use crate::model::role::{ClusterArg, Scope};

/// `accessConfig.authenticationMode`: where the cluster looks up the IAM principals it lets in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AuthenticationMode {
    /// `CONFIG_MAP`: the aws-auth ConfigMap only.
    ConfigMap,
    /// `API_AND_CONFIG_MAP`: access entries, then aws-auth.
    ApiAndConfigMap,
    /// `API`: access entries only.
    Api,
}

impl AuthenticationMode {
    pub const ALL: [AuthenticationMode; 3] = [AuthenticationMode::ConfigMap, AuthenticationMode::ApiAndConfigMap, AuthenticationMode::Api];

    /// The EKS API's value.
    pub fn as_str(self) -> &'static str {
        match self {
            AuthenticationMode::ConfigMap => "CONFIG_MAP",
            AuthenticationMode::ApiAndConfigMap => "API_AND_CONFIG_MAP",
            AuthenticationMode::Api => "API",
        }
    }

    pub fn parse(s: &str) -> Option<AuthenticationMode> {
        AuthenticationMode::ALL.into_iter().find(|m| m.as_str() == s)
    }

    /// Whether access entries decide who may join (API and API_AND_CONFIG_MAP).
    pub fn uses_access_entries(self) -> bool {
        self != AuthenticationMode::ConfigMap
    }

    /// Whether the aws-auth ConfigMap is read (CONFIG_MAP and API_AND_CONFIG_MAP).
    pub fn uses_aws_auth(self) -> bool {
        self != AuthenticationMode::Api
    }
}

/// An access entry's `type`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccessEntryType {
    Standard,
    /// Self-managed and managed Linux nodes.
    Ec2Linux,
    Ec2Windows,
    /// The pod execution role of Fargate profiles.
    FargateLinux,
    /// EKS Auto Mode's node role.
    Ec2,
    HybridLinux,
    HyperpodLinux,
    /// A type this version of rolecall does not know, as EKS wrote it.
    Other(String),
}

impl AccessEntryType {
    pub const KNOWN: [AccessEntryType; 7] = [
        AccessEntryType::Standard,
        AccessEntryType::Ec2Linux,
        AccessEntryType::Ec2Windows,
        AccessEntryType::FargateLinux,
        AccessEntryType::Ec2,
        AccessEntryType::HybridLinux,
        AccessEntryType::HyperpodLinux,
    ];

    /// The EKS API's value.
    pub fn as_str(&self) -> &str {
        match self {
            AccessEntryType::Standard => "STANDARD",
            AccessEntryType::Ec2Linux => "EC2_LINUX",
            AccessEntryType::Ec2Windows => "EC2_WINDOWS",
            AccessEntryType::FargateLinux => "FARGATE_LINUX",
            AccessEntryType::Ec2 => "EC2",
            AccessEntryType::HybridLinux => "HYBRID_LINUX",
            AccessEntryType::HyperpodLinux => "HYPERPOD_LINUX",
            AccessEntryType::Other(s) => s,
        }
    }

    pub fn parse(s: &str) -> AccessEntryType {
        AccessEntryType::KNOWN.into_iter().find(|t| t.as_str() == s).unwrap_or_else(|| AccessEntryType::Other(s.to_owned()))
    }
}

/// EKS Auto Mode's `computeConfig`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ComputeConfig {
    pub enabled: bool,
    /// The node role of Auto Mode's built-in node pools.
    pub node_role_arn: Option<String>,
    /// `general-purpose`, `system`.
    pub node_pools: Vec<String>,
}

/// What DescribeCluster says. The name, partition, region and account come from its ARN.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cluster {
    pub name: ClusterName,
    pub arn: String,
    pub partition: Partition,
    pub region: Region,
    pub account: AccountId,
    /// The cluster IAM role (`roleArn`).
    pub role_arn: String,
    /// `accessConfig.authenticationMode`; `None` when the answer has none rolecall knows (then
    /// a missing access entry is a note, as in API_AND_CONFIG_MAP).
    pub authentication_mode: Option<AuthenticationMode>,
    /// `computeConfig`; `None` when the answer has none (not an Auto Mode cluster).
    pub compute: Option<ComputeConfig>,
    /// `identity.oidc.issuer` (`https://oidc.eks.REGION.amazonaws.com/id/ID`).
    pub oidc_issuer: Option<String>,
}

impl Cluster {
    /// A cluster from its ARN and role; the rest empty. `None` when the ARN is not an EKS
    /// cluster's in a partition rolecall knows.
    pub fn from_arn(arn: &str, role_arn: &str) -> Option<Cluster> {
        let a = ClusterArg::parse(arn).ok()?;
        let Scope::One(name) = a.name else { return None };
        Some(Cluster {
            name,
            arn: arn.to_owned(),
            partition: a.partition?,
            region: a.region?,
            account: a.account?,
            role_arn: role_arn.to_owned(),
            authentication_mode: None,
            compute: None,
            oidc_issuer: None,
        })
    }

    /// Whether EKS Auto Mode is on.
    pub fn auto_mode(&self) -> bool {
        self.compute.as_ref().is_some_and(|c| c.enabled)
    }
}

/// DescribeNodegroup.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NodeGroup {
    pub name: String,
    /// `nodeRole`.
    pub node_role_arn: String,
}

/// DescribeFargateProfile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FargateProfile {
    pub name: String,
    /// `fargateProfileArn`: the exact `aws:SourceArn` EKS sends when its pods assume the role.
    pub arn: String,
    /// `podExecutionRoleArn`.
    pub pod_execution_role_arn: String,
}

/// DescribeAccessEntry, and what ListAssociatedAccessPolicies gives for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccessEntry {
    /// `principalArn`, as the entry was created (with the role's path).
    pub principal_arn: String,
    /// `type`.
    pub entry_type: AccessEntryType,
    /// `createdAt`; `None` when the answer has none.
    pub created_at: Option<Timestamp>,
    /// The associated access policies' ARNs (`arn:aws:eks::aws:cluster-access-policy/NAME`),
    /// read where Auto Mode needs them; `None` when not asked for.
    pub access_policies: Option<Part<Vec<String>>>,
}

/// The access policy EKS Auto Mode's node role entry must carry.
pub const AUTO_NODE_ACCESS_POLICY: &str = "AmazonEKSAutoNodePolicy";

/// DescribePodIdentityAssociation.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PodIdentityAssociation {
    /// `associationId` (`a-…`).
    pub id: String,
    /// `associationArn`.
    pub arn: String,
    pub namespace: String,
    pub service_account: String,
    /// `roleArn`: the role EKS Pod Identity assumes for the pods.
    pub role_arn: String,
    /// `disableSessionTags`: EKS adds no session tags.
    pub disable_session_tags: bool,
    /// `targetRoleArn`: a role the association's role then assumes (role chaining).
    pub target_role_arn: Option<String>,
    /// `externalId`: the `sts:ExternalId` EKS sends when it assumes the target role.
    pub external_id: Option<String>,
    /// `policy`: the session policy, which bounds what the pods may do.
    pub policy: Option<String>,
}

/// Why a part could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnreadWhy {
    /// The endpoint does not serve the API (an unknown operation, 404).
    Unsupported,
    /// The caller may not call it (AccessDenied).
    AccessDenied,
}

impl UnreadWhy {
    pub fn as_str(self) -> &'static str {
        match self {
            UnreadWhy::Unsupported => "UnsupportedOperation",
            UnreadWhy::AccessDenied => "AccessDenied",
        }
    }
}

/// A part of the cluster that could not be read, and the API that refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unread {
    /// The operation (`ListAccessEntries`).
    pub api: String,
    pub why: UnreadWhy,
}

impl Unread {
    /// The part an error leaves unread, when the error is one that leaves a part unread (an
    /// unsupported operation, AccessDenied); `None` for any other failure, which fails the
    /// cluster's reading.
    pub fn of(e: &IamError, api: &str) -> Option<Unread> {
        let why = match &e.code {
            ErrorCode::AccessDenied => UnreadWhy::AccessDenied,
            ErrorCode::Other(c) if matches!(c.as_str(), "UnsupportedOperation" | "UnknownOperationException" | "UnrecognizedClientException" | "InvalidAction") => UnreadWhy::Unsupported,
            ErrorCode::NotIam if e.detail(crate::model::backend::Detail::Status) == Some("404") => UnreadWhy::Unsupported,
            _ => return None,
        };
        Some(Unread { api: e.operation.clone().unwrap_or_else(|| api.to_owned()), why })
    }
}

/// A part of what `doctor` reads: read, or not, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part<T> {
    Read(T),
    NotRead(Unread),
}

impl<T> Part<T> {
    pub fn read(&self) -> Option<&T> {
        match self {
            Part::Read(t) => Some(t),
            Part::NotRead(_) => None,
        }
    }
}

/// Everything `doctor eks` reads of one cluster.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EksCluster {
    pub cluster: Cluster,
    pub node_groups: Part<Vec<NodeGroup>>,
    pub fargate_profiles: Part<Vec<FargateProfile>>,
    pub access_entries: Part<Vec<AccessEntry>>,
    pub pod_identity: Part<Vec<PodIdentityAssociation>>,
    /// The account's IAM OIDC providers (ListOpenIDConnectProviders), as ARNs
    /// (`arn:aws:iam::ACCOUNT:oidc-provider/oidc.eks.REGION.amazonaws.com/id/ID`).
    pub oidc_providers: Part<Vec<String>>,
}

impl EksCluster {
    /// A cluster with every part read and empty.
    pub fn new(cluster: Cluster) -> EksCluster {
        EksCluster {
            cluster,
            node_groups: Part::Read(Vec::new()),
            fargate_profiles: Part::Read(Vec::new()),
            access_entries: Part::Read(Vec::new()),
            pod_identity: Part::Read(Vec::new()),
            oidc_providers: Part::Read(Vec::new()),
        }
    }
}

/// One page of a List call: the names (or ARNs, or summaries) and where the next page starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub next: Option<String>,
}

/// A Pod Identity association as ListPodIdentityAssociations lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PodIdentitySummary {
    pub id: String,
    pub namespace: String,
    pub service_account: String,
}

fn unsupported<T>(api: &str) -> std::future::Ready<Result<T, IamError>> {
    std::future::ready(Err(IamError::of(ErrorCode::Other("UnsupportedOperation".into())).during(api)))
}

/// The EKS reads `doctor eks` needs, and IAM's ListOpenIDConnectProviders. Every method has a
/// default that answers an unsupported operation (the part is then [`Part::NotRead`]), so a
/// backend implements what it serves. Every future is `Send`; the core never runs one.
pub trait Eks: Sync {
    /// One page of ListClusters: cluster names.
    fn list_clusters(&self, next: Option<String>) -> impl Future<Output = Result<Page<String>, IamError>> + Send {
        let _ = next;
        unsupported("ListClusters")
    }

    fn describe_cluster(&self, name: &str) -> impl Future<Output = Result<Cluster, IamError>> + Send {
        let _ = name;
        unsupported("DescribeCluster")
    }

    /// One page of ListNodegroups: node group names.
    fn list_nodegroups(&self, cluster: &str, next: Option<String>) -> impl Future<Output = Result<Page<String>, IamError>> + Send {
        let _ = (cluster, next);
        unsupported("ListNodegroups")
    }

    fn describe_nodegroup(&self, cluster: &str, name: &str) -> impl Future<Output = Result<NodeGroup, IamError>> + Send {
        let _ = (cluster, name);
        unsupported("DescribeNodegroup")
    }

    /// One page of ListFargateProfiles: profile names.
    fn list_fargate_profiles(&self, cluster: &str, next: Option<String>) -> impl Future<Output = Result<Page<String>, IamError>> + Send {
        let _ = (cluster, next);
        unsupported("ListFargateProfiles")
    }

    fn describe_fargate_profile(&self, cluster: &str, name: &str) -> impl Future<Output = Result<FargateProfile, IamError>> + Send {
        let _ = (cluster, name);
        unsupported("DescribeFargateProfile")
    }

    /// One page of ListAccessEntries: principal ARNs.
    fn list_access_entries(&self, cluster: &str, next: Option<String>) -> impl Future<Output = Result<Page<String>, IamError>> + Send {
        let _ = (cluster, next);
        unsupported("ListAccessEntries")
    }

    /// DescribeAccessEntry (`access_policies` left `None`).
    fn describe_access_entry(&self, cluster: &str, principal_arn: &str) -> impl Future<Output = Result<AccessEntry, IamError>> + Send {
        let _ = (cluster, principal_arn);
        unsupported("DescribeAccessEntry")
    }

    /// One page of ListAssociatedAccessPolicies: the access policies' ARNs.
    fn list_associated_access_policies(&self, cluster: &str, principal_arn: &str, next: Option<String>) -> impl Future<Output = Result<Page<String>, IamError>> + Send {
        let _ = (cluster, principal_arn, next);
        unsupported("ListAssociatedAccessPolicies")
    }

    /// One page of ListPodIdentityAssociations.
    fn list_pod_identity_associations(&self, cluster: &str, next: Option<String>) -> impl Future<Output = Result<Page<PodIdentitySummary>, IamError>> + Send {
        let _ = (cluster, next);
        unsupported("ListPodIdentityAssociations")
    }

    fn describe_pod_identity_association(&self, cluster: &str, id: &str) -> impl Future<Output = Result<PodIdentityAssociation, IamError>> + Send {
        let _ = (cluster, id);
        unsupported("DescribePodIdentityAssociation")
    }

    /// IAM's ListOpenIDConnectProviders: the providers' ARNs.
    fn list_open_id_connect_providers(&self) -> impl Future<Output = Result<Vec<String>, IamError>> + Send {
        unsupported("ListOpenIDConnectProviders")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn api_values_round_trip() {
        for m in AuthenticationMode::ALL {
            assert_eq!(AuthenticationMode::parse(m.as_str()), Some(m));
        }
        assert_eq!(AuthenticationMode::parse("api"), None);
        for t in AccessEntryType::KNOWN {
            assert_eq!(AccessEntryType::parse(t.as_str()), t);
        }
        assert_eq!(AccessEntryType::parse("NEW_KIND"), AccessEntryType::Other("NEW_KIND".into()));
    }

    #[test]
    fn a_cluster_arn_gives_its_context() {
        let c = Cluster::from_arn("arn:aws-cn:eks:cn-north-1:111122223333:cluster/prod", "arn:aws-cn:iam::111122223333:role/r").unwrap();
        assert_eq!((c.name.as_str(), c.partition, c.region.as_str(), c.account.as_str()), ("prod", Partition::AwsCn, "cn-north-1", "111122223333"));
        assert!(Cluster::from_arn("arn:aws:eks:us-east-1:111122223333:fargateprofile/prod/p/1", "").is_none());
    }

    #[test]
    fn what_leaves_a_part_unread() {
        let denied = IamError::of(ErrorCode::AccessDenied).during("ListAccessEntries");
        assert_eq!(Unread::of(&denied, "x"), Some(Unread { api: "ListAccessEntries".into(), why: UnreadWhy::AccessDenied }));
        let unknown = IamError::of(ErrorCode::Other("UnknownOperationException".into()));
        assert_eq!(Unread::of(&unknown, "ListPodIdentityAssociations").map(|u| u.api), Some("ListPodIdentityAssociations".into()));
        assert_eq!(Unread::of(&IamError::of(ErrorCode::Throttling), "x"), None);
    }
}
