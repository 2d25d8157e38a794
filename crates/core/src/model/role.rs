//! The roles of container compute, as data: every fact rolecall knows about them lives here and
//! nowhere else. Adding a role is a [`RoleSpec`] entry here (and its words in the locales).

use serde_json::json;

use crate::model::arn;
use crate::model::needs::{self, Derived, Need, NotNeeded};
use crate::model::input::{AccountId, ClusterName, Field, IamPath, InputError, InstanceProfileName, Region, RoleName, Rule};
use crate::model::partition::Partition;
use rolecall_policy::document::{PolicyDocument, VERSION};

/// An AWS managed policy: `arn:P:iam::aws:policy/{path}{name}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ManagedPolicy {
    /// `""` or a path such as `"service-role/"`.
    pub path: &'static str,
    pub name: &'static str,
}

impl ManagedPolicy {
    pub fn arn(self, partition: Partition) -> String {
        arn::aws_managed_policy(partition, &format!("{}{}", self.path, self.name))
    }
}

pub const FARGATE_POD_EXECUTION_POLICY: ManagedPolicy = ManagedPolicy { path: "", name: "AmazonEKSFargatePodExecutionRolePolicy" };
pub const WORKER_NODE_POLICY: ManagedPolicy = ManagedPolicy { path: "", name: "AmazonEKSWorkerNodePolicy" };
pub const REGISTRY_PULL_ONLY: ManagedPolicy = ManagedPolicy { path: "", name: "AmazonEC2ContainerRegistryPullOnly" };
pub const REGISTRY_READ_ONLY: ManagedPolicy = ManagedPolicy { path: "", name: "AmazonEC2ContainerRegistryReadOnly" };
pub const CNI_POLICY: ManagedPolicy = ManagedPolicy { path: "", name: "AmazonEKS_CNI_Policy" };
pub const ECS_FOR_EC2_POLICY: ManagedPolicy = ManagedPolicy { path: "service-role/", name: "AmazonEC2ContainerServiceforEC2Role" };
pub const S3_READ_ONLY_POLICY: ManagedPolicy = ManagedPolicy { path: "", name: "AmazonS3ReadOnlyAccess" };
/// The EKS cluster role's policy.
pub const EKS_CLUSTER_POLICY: ManagedPolicy = ManagedPolicy { path: "", name: "AmazonEKSClusterPolicy" };
/// EKS Auto Mode's cluster role policies, besides AmazonEKSClusterPolicy.
pub const EKS_COMPUTE_POLICY: ManagedPolicy = ManagedPolicy { path: "", name: "AmazonEKSComputePolicy" };
pub const EKS_BLOCK_STORAGE_POLICY: ManagedPolicy = ManagedPolicy { path: "", name: "AmazonEKSBlockStoragePolicy" };
/// AmazonEKSBlockStoragePolicy with two statements (`ec2:CreateVolume` from a snapshot,
/// `ec2:CreateSnapshot` of a volume) scoped to the cluster's own resources by
/// `aws:ResourceTag/eks:eks-cluster-name`; AWS's current Auto Mode set-up attaches it.
pub const EKS_BLOCK_STORAGE_POLICY_V2: ManagedPolicy = ManagedPolicy { path: "", name: "AmazonEKSBlockStoragePolicyV2" };
pub const EKS_LOAD_BALANCING_POLICY: ManagedPolicy = ManagedPolicy { path: "", name: "AmazonEKSLoadBalancingPolicy" };
pub const EKS_NETWORKING_POLICY: ManagedPolicy = ManagedPolicy { path: "", name: "AmazonEKSNetworkingPolicy" };
/// EKS Auto Mode's node role policy.
pub const WORKER_NODE_MINIMAL_POLICY: ManagedPolicy = ManagedPolicy { path: "", name: "AmazonEKSWorkerNodeMinimalPolicy" };
/// The ECS task execution role's policy (under the path `service-role/`).
pub const ECS_TASK_EXECUTION_POLICY: ManagedPolicy = ManagedPolicy { path: "service-role/", name: "AmazonECSTaskExecutionRolePolicy" };

/// Every AWS managed policy the model names, in every partition (the mock backend serves these).
pub const AWS_MANAGED_POLICIES: &[ManagedPolicy] = &[
    FARGATE_POD_EXECUTION_POLICY,
    WORKER_NODE_POLICY,
    REGISTRY_PULL_ONLY,
    REGISTRY_READ_ONLY,
    CNI_POLICY,
    ECS_FOR_EC2_POLICY,
    S3_READ_ONLY_POLICY,
    EKS_CLUSTER_POLICY,
    EKS_COMPUTE_POLICY,
    EKS_BLOCK_STORAGE_POLICY,
    EKS_BLOCK_STORAGE_POLICY_V2,
    EKS_LOAD_BALANCING_POLICY,
    EKS_NETWORKING_POLICY,
    WORKER_NODE_MINIMAL_POLICY,
    ECS_TASK_EXECUTION_POLICY,
];

/// The date AWS published AmazonEC2ContainerRegistryPullOnly (version v1), which the current node
/// role guide names in place of AmazonEC2ContainerRegistryReadOnly. (The older guide's 2023-10-03
/// is another change: since then a managed node group's role may carry equivalent permissions
/// instead of the named managed policies.)
pub const PULL_ONLY_SINCE: &str = "2024-10-04";
/// The date AWS published AmazonEKSBlockStoragePolicyV2, which replaces AmazonEKSBlockStoragePolicy
/// on the EKS Auto Mode cluster role (AWS's managed-policy reference).
pub const BLOCK_STORAGE_V2_SINCE: &str = "2026-05-11";
/// Until this date every EKS cluster role needed AmazonEKSClusterPolicy itself; since then a
/// custom policy with equivalent permissions is accepted (the cluster role guide's note).
pub const CLUSTER_POLICY_REQUIRED_UNTIL: &str = "2023-10-03";
/// Until this date the cluster role also needed AmazonEKSServicePolicy and the suggested name was
/// eksServiceRole (the cluster role guide's note; the service-linked role replaced it).
pub const SERVICE_POLICY_REQUIRED_UNTIL: &str = "2020-04-16";

/// One of the roles rolecall knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, schemars::JsonSchema)]
pub enum RoleKind {
    #[serde(rename = "fargate-pod-execution")]
    FargatePodExecution,
    #[serde(rename = "eks-node")]
    EksNode,
    #[serde(rename = "ecs-instance")]
    EcsInstance,
    #[serde(rename = "eks-cluster")]
    EksCluster,
    #[serde(rename = "eks-auto-node")]
    EksAutoNode,
    #[serde(rename = "ecs-task-execution")]
    EcsTaskExecution,
    #[serde(rename = "eks-pod-identity")]
    EksPodIdentity,
}

impl RoleKind {
    pub const ALL: [RoleKind; 7] = [
        RoleKind::FargatePodExecution,
        RoleKind::EksNode,
        RoleKind::EcsInstance,
        RoleKind::EksCluster,
        RoleKind::EksAutoNode,
        RoleKind::EcsTaskExecution,
        RoleKind::EksPodIdentity,
    ];

    /// The name used on the command line and in JSON.
    pub fn slug(self) -> &'static str {
        self.spec().slug
    }

    pub fn parse(s: &str) -> Result<RoleKind, InputError> {
        RoleKind::ALL
            .into_iter()
            .find(|k| k.slug() == s)
            .ok_or_else(|| InputError::new(Field::RoleKind, s, Rule::OneOf(RoleKind::ALL.iter().map(|k| k.slug()).collect())))
    }

    pub fn spec(self) -> &'static RoleSpec {
        match self {
            RoleKind::FargatePodExecution => &FARGATE_POD_EXECUTION,
            RoleKind::EksNode => &EKS_NODE,
            RoleKind::EcsInstance => &ECS_INSTANCE,
            RoleKind::EksCluster => &EKS_CLUSTER,
            RoleKind::EksAutoNode => &EKS_AUTO_NODE,
            RoleKind::EcsTaskExecution => &ECS_TASK_EXECUTION,
            RoleKind::EksPodIdentity => &EKS_POD_IDENTITY,
        }
    }
}

/// Who the role's trust policy lets assume it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trustee {
    /// EC2 instances (`ec2.amazonaws.com`, `.cn` in China).
    Ec2,
    /// EKS Fargate pods, limited by `aws:SourceArn` to the Fargate profiles of named clusters.
    FargatePods,
    /// The EKS control plane (`eks.amazonaws.com`, also in China).
    Eks,
    /// ECS tasks (`ecs-tasks.amazonaws.com`, also in China).
    EcsTasks,
    /// EKS Pod Identity (`pods.eks.amazonaws.com`, also in China).
    EksPods,
}

impl Trustee {
    pub fn principal(self, p: Partition) -> &'static str {
        match self {
            Trustee::Ec2 => p.ec2_principal(),
            Trustee::FargatePods => p.fargate_pods_principal(),
            Trustee::Eks => crate::model::partition::EKS_PRINCIPAL,
            Trustee::EcsTasks => crate::model::partition::ECS_TASKS_PRINCIPAL,
            Trustee::EksPods => crate::model::partition::EKS_PODS_PRINCIPAL,
        }
    }

    /// Principals accepted as this trustee when checking.
    pub fn accepted(self, p: Partition) -> &'static [&'static str] {
        match self {
            Trustee::Ec2 => p.accepted_ec2_principals(),
            Trustee::FargatePods => &[crate::model::partition::FARGATE_PODS_PRINCIPAL],
            Trustee::Eks => &[crate::model::partition::EKS_PRINCIPAL],
            Trustee::EcsTasks => &[crate::model::partition::ECS_TASKS_PRINCIPAL],
            Trustee::EksPods => &[crate::model::partition::EKS_PODS_PRINCIPAL],
        }
    }

    /// Whether the service is available in the partition (EKS on Fargate is not in AWS
    /// GovCloud (US)): where it is not, no request of it can use the role.
    pub fn available_in(self, p: Partition) -> bool {
        match self {
            Trustee::FargatePods => p.has_eks_fargate(),
            Trustee::Ec2 | Trustee::Eks | Trustee::EcsTasks | Trustee::EksPods => true,
        }
    }

    /// Whether the trust must carry an `aws:SourceArn` condition (confused-deputy protection).
    pub fn wants_source_arn(self) -> bool {
        matches!(self, Trustee::FargatePods)
    }
}

/// Whether a role in aws-cn may trust the commercial EC2 principal `ec2.amazonaws.com` in place
/// of `ec2.amazonaws.com.cn`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChinaEc2 {
    /// Only `ec2.amazonaws.com.cn` works (EKS node groups reject a node role without it).
    Required,
    /// Either works; `.cn` is the documented form (a warning without it).
    Preferred,
    /// The China page shows the commercial principal: create writes it, and `.cn` is accepted
    /// too, without a finding (which one EC2 sends is unconfirmed).
    Either,
}

/// What the role's service sends when it assumes the role: the request IAM evaluates against
/// the trust policy. The principal is the [`Trustee`]'s; the context keys follow from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ServiceRequest {
    /// Every action the service calls; all must be allowed (`sts:AssumeRole`, and
    /// `sts:TagSession` for services that tag their sessions).
    pub actions: &'static [&'static str],
    /// The `aws:SourceArn` the service sends, if any.
    pub source: Source,
    /// aws-cn only: which EC2 principal spellings work.
    pub china_ec2: ChinaEc2,
}

/// The `aws:SourceArn` (and `aws:SourceAccount`) a service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// No source keys (EC2 assuming an instance role).
    None,
    /// A Fargate profile ARN, `arn:P:eks:REGION:ACCOUNT:fargateprofile/CLUSTER/PROFILE/ID`, and
    /// the account.
    FargateProfile,
    /// An ECS task ARN of the account, `arn:P:ecs:REGION:ACCOUNT:task/...`, and the account. A
    /// role is assumable when some task of the account may assume it.
    EcsTask,
    /// EKS Pod Identity: no source keys rolecall can rely on, but session tags
    /// (`aws:RequestTag/kubernetes-namespace`...) that name the pod's cluster, namespace and
    /// service account. Conditions on them scope the role to some pods: the role is assumable
    /// when the pods of some scope may assume it, and the scope is reported.
    PodIdentity,
}

/// How `audit` tells that a role serves this purpose, besides trusting the role's service.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confirm {
    /// Trusting the service is enough (the service principal serves only this purpose).
    Trust,
    /// One of these policies is attached, or the name is one the guide tells users to look for
    /// (several purposes share the service principal).
    Policies(&'static [ManagedPolicy]),
}

/// How the guide tells users to find an existing role in the console's role list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameMatch {
    /// A role whose name contains one of the names (case-insensitively, as the console searches).
    Contains,
}

/// A required managed policy and the older policies accepted in its place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Required {
    pub policy: ManagedPolicy,
    /// Policies the older guide asked for; the role works with them, against current guidance.
    pub older: &'static [ManagedPolicy],
    /// The date the current policy was published, when it replaced an older one.
    pub changed: Option<&'static str>,
    /// The older policies grant more than `policy` does: IAM adds up the grants of every policy
    /// attached, so an older one left beside its replacement keeps its wider grants in force
    /// (AmazonEKSBlockStoragePolicy beside its V2).
    pub older_wider: bool,
}

/// An optional permission a user may ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, schemars::JsonSchema)]
pub enum Permission {
    #[serde(rename = "cni-ipv4")]
    CniIpv4,
    #[serde(rename = "cni-ipv6")]
    CniIpv6,
    #[serde(rename = "ecr-pull")]
    EcrPull,
    #[serde(rename = "cloudwatch-logs")]
    CloudWatchLogs,
    #[serde(rename = "s3-read-only")]
    S3ReadOnly,
    #[serde(rename = "secrets")]
    Secrets,
    #[serde(rename = "private-registry")]
    PrivateRegistry,
}

/// How an optional permission is granted.
#[derive(Debug, Clone, Copy)]
pub enum Grant {
    /// Attach an AWS managed policy.
    Managed(ManagedPolicy),
    /// Create a customer managed policy with this document in the account, then attach it.
    Customer { name: &'static str, document: fn(Partition) -> serde_json::Value },
    /// Put an inline policy with this document on the role.
    Inline { name: &'static str, document: fn(Partition) -> serde_json::Value },
    /// Put an inline policy on the role that allows these actions on the resources the user
    /// names (`--secret`), as the guide's document does for the user's own secrets.
    Scoped { name: &'static str, actions: &'static [&'static str] },
}

impl Permission {
    pub const ALL: [Permission; 7] = [
        Permission::CniIpv4,
        Permission::CniIpv6,
        Permission::EcrPull,
        Permission::CloudWatchLogs,
        Permission::S3ReadOnly,
        Permission::Secrets,
        Permission::PrivateRegistry,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Permission::CniIpv4 => "cni-ipv4",
            Permission::CniIpv6 => "cni-ipv6",
            Permission::EcrPull => "ecr-pull",
            Permission::CloudWatchLogs => "cloudwatch-logs",
            Permission::S3ReadOnly => "s3-read-only",
            Permission::Secrets => "secrets",
            Permission::PrivateRegistry => "private-registry",
        }
    }

    /// The value after `--cni` or `--with` that asks for this permission.
    pub fn flag_value(self) -> &'static str {
        match self {
            Permission::CniIpv4 => "ipv4",
            Permission::CniIpv6 => "ipv6",
            other => other.slug(),
        }
    }

    pub fn grant(self) -> Grant {
        match self {
            Permission::CniIpv4 => Grant::Managed(CNI_POLICY),
            Permission::CniIpv6 => Grant::Customer { name: "AmazonEKS_CNI_IPv6_Policy", document: cni_ipv6_document },
            Permission::EcrPull => Grant::Inline { name: "AmazonECRPull", document: ecr_pull_document },
            Permission::CloudWatchLogs => Grant::Customer { name: "cwlogspolicy", document: cloudwatch_logs_document },
            Permission::S3ReadOnly => Grant::Managed(S3_READ_ONLY_POLICY),
            // The task execution role guide's two inline policies, on the user's resources.
            Permission::Secrets => Grant::Scoped { name: "ECSTaskExecutionSecrets", actions: &["ssm:GetParameters", "secretsmanager:GetSecretValue", "kms:Decrypt"] },
            Permission::PrivateRegistry => Grant::Scoped { name: "ECSTaskExecutionPrivateRegistry", actions: &["kms:Decrypt", "secretsmanager:GetSecretValue"] },
        }
    }

    /// Whether the permission is limited to resources the user names (`--secret`).
    pub fn takes_resources(self) -> bool {
        matches!(self.grant(), Grant::Scoped { .. })
    }

    /// Managed policies that already include this permission: asking for it adds nothing
    /// while one of them is attached (the ECS guide: AmazonEC2ContainerServiceforEC2Role covers ECR).
    pub fn covered_by(self) -> &'static [ManagedPolicy] {
        match self {
            Permission::EcrPull => &[ECS_FOR_EC2_POLICY],
            _ => &[],
        }
    }

    /// The policy name a user sees for this permission.
    pub fn policy_name(self) -> &'static str {
        match self.grant() {
            Grant::Managed(m) => m.name,
            Grant::Customer { name, .. } | Grant::Inline { name, .. } | Grant::Scoped { name, .. } => name,
        }
    }
}

/// The inline policy of a [`Grant::Scoped`] permission: its actions on the user's resources.
pub fn scoped_document(actions: &[&str], resources: &[String]) -> serde_json::Value {
    json!({
        "Version": VERSION,
        "Statement": [
            {
                "Effect": "Allow",
                "Action": actions,
                "Resource": resources
            }
        ]
    })
}

/// The custom IPv6 policy for the Amazon VPC CNI plugin (node role guide, IPv6 clusters).
pub fn cni_ipv6_document(p: Partition) -> serde_json::Value {
    json!({
        "Version": VERSION,
        "Statement": [
            {
                "Effect": "Allow",
                "Action": ["ec2:AssignIpv6Addresses", "ec2:DescribeInstances", "ec2:DescribeTags", "ec2:DescribeNetworkInterfaces", "ec2:DescribeInstanceTypes"],
                "Resource": "*"
            },
            {
                "Effect": "Allow",
                "Action": ["ec2:CreateTags"],
                "Resource": [format!("arn:{}:ec2:*:*:network-interface/*", p.id())]
            }
        ]
    })
}

/// The ECR pull permissions of the ECS container instance role guide.
pub fn ecr_pull_document(_: Partition) -> serde_json::Value {
    json!({
        "Version": VERSION,
        "Statement": [
            {
                "Effect": "Allow",
                "Action": ["ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer", "ecr:GetAuthorizationToken"],
                "Resource": "*"
            }
        ]
    })
}

/// The CloudWatch Logs permissions that let container instances send their logs.
pub fn cloudwatch_logs_document(p: Partition) -> serde_json::Value {
    json!({
        "Version": VERSION,
        "Statement": [
            {
                "Effect": "Allow",
                "Action": ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"],
                "Resource": [format!("arn:{}:logs:*:*:*", p.id())]
            }
        ]
    })
}

/// What a kind declares about its workload's permissions (`model::needs`).
#[derive(Debug, Clone, Copy)]
pub enum Needs {
    /// The needs behind each managed policy the guide attaches, policy by policy, in the order
    /// of `RoleSpec::required`.
    Declared(&'static [PolicyNeeds]),
    /// The role's permissions are the user's to choose (EKS Pod Identity): there is nothing to
    /// judge them against.
    UsersOwn,
}

impl Needs {
    /// Every need, policy by policy (none for [`Needs::UsersOwn`]).
    pub fn all(self) -> impl Iterator<Item = &'static Need> {
        self.policies().iter().flat_map(|p| p.needs.iter())
    }

    pub fn policies(self) -> &'static [PolicyNeeds] {
        match self {
            Needs::Declared(p) => p,
            Needs::UsersOwn => &[],
        }
    }
}

/// The needs one managed policy serves: what a role that carries equivalent permissions in
/// place of the policy must still be granted.
#[derive(Debug, Clone, Copy)]
pub struct PolicyNeeds {
    pub policy: ManagedPolicy,
    pub needs: &'static [Need],
    /// Actions the policy allows that are not needs, each with its reason.
    pub not_needed: &'static [NotNeeded],
}

impl PolicyNeeds {
    pub const fn of(policy: ManagedPolicy, derived: Derived) -> PolicyNeeds {
        PolicyNeeds { policy, needs: derived.needs, not_needed: derived.not_needed }
    }
}

/// Everything the guides say about one role.
#[derive(Debug)]
pub struct RoleSpec {
    pub kind: RoleKind,
    /// The name used on the command line and in JSON.
    pub slug: &'static str,
    /// The name the guide creates the role with; empty when the guide has none (the user must
    /// name the role, see `name_required`).
    pub default_name: &'static str,
    /// The guide gives no name: `--role-name` is required.
    pub name_required: bool,
    /// The names the guide tells users to look for, and how to match them.
    pub search_names: &'static [&'static str],
    pub name_match: NameMatch,
    pub trustee: Trustee,
    /// The trust statement's Sid, where the guide gives one.
    pub sid: Option<&'static str>,
    pub required: &'static [Required],
    /// The optional permissions this role accepts.
    pub permissions: &'static [Permission],
    /// Optional permissions that current guidance would rather see on another role (the VPC CNI
    /// policies belong on the aws-node service account's IRSA role).
    pub prefer_elsewhere: &'static [Permission],
    /// The instance profile the guide creates, as a suffix to the role name, if any.
    pub instance_profile_suffix: Option<&'static str>,
    /// The role description written on create.
    pub description: &'static str,
    /// The request the service makes to assume the role.
    pub request: ServiceRequest,
    /// The role as EKS Auto Mode needs it (`--auto-mode`), if it differs.
    pub auto_mode: Option<&'static RoleSpec>,
    /// How `audit` confirms that a role trusting the service serves this purpose.
    pub confirm: Confirm,
    /// What the role's workload does, derived from the managed policies the guide attaches
    /// (`model::needs`); none for a role whose permissions are the user's.
    pub needs: Needs,
    /// The guide accepts a policy of the user's with equivalent permissions in place of a
    /// required managed policy (the cluster role; the node role of managed node groups since
    /// 2023-10-03; the Auto Mode node role).
    pub accepts_equivalents: bool,
}

pub static FARGATE_POD_EXECUTION: RoleSpec = RoleSpec {
    kind: RoleKind::FargatePodExecution,
    slug: "fargate-pod-execution",
    default_name: "AmazonEKSFargatePodExecutionRole",
    name_required: false,
    search_names: &["AmazonEKSFargatePodExecutionRole"],
    name_match: NameMatch::Contains,
    trustee: Trustee::FargatePods,
    sid: None,
    required: &[Required { policy: FARGATE_POD_EXECUTION_POLICY, older: &[], changed: None, older_wider: false }],
    permissions: &[],
    prefer_elsewhere: &[],
    instance_profile_suffix: None,
    description: "Amazon EKS - Fargate pod execution role",
    request: ServiceRequest { actions: &["sts:AssumeRole"], source: Source::FargateProfile, china_ec2: ChinaEc2::Required },
    auto_mode: None,
    confirm: Confirm::Trust,
    needs: Needs::Declared(&[PolicyNeeds::of(FARGATE_POD_EXECUTION_POLICY, needs::FARGATE_POD_EXECUTION)]),
    accepts_equivalents: false,
};

pub static EKS_NODE: RoleSpec = RoleSpec {
    kind: RoleKind::EksNode,
    slug: "eks-node",
    default_name: "AmazonEKSNodeRole",
    name_required: false,
    search_names: &["eksNodeRole", "AmazonEKSNodeRole", "NodeInstanceRole"],
    name_match: NameMatch::Contains,
    trustee: Trustee::Ec2,
    sid: None,
    required: &[
        Required { policy: WORKER_NODE_POLICY, older: &[], changed: None, older_wider: false },
        Required { policy: REGISTRY_PULL_ONLY, older: &[REGISTRY_READ_ONLY], changed: Some(PULL_ONLY_SINCE), older_wider: false },
    ],
    permissions: &[Permission::CniIpv4, Permission::CniIpv6],
    prefer_elsewhere: &[Permission::CniIpv4, Permission::CniIpv6],
    instance_profile_suffix: None,
    description: "Amazon EKS - Node role",
    request: ServiceRequest { actions: &["sts:AssumeRole"], source: Source::None, china_ec2: ChinaEc2::Required },
    auto_mode: None,
    confirm: Confirm::Policies(&[WORKER_NODE_POLICY]),
    needs: Needs::Declared(&[PolicyNeeds::of(WORKER_NODE_POLICY, needs::WORKER_NODE), PolicyNeeds::of(REGISTRY_PULL_ONLY, needs::PULL_ONLY)]),
    accepts_equivalents: true,
};

pub static ECS_INSTANCE: RoleSpec = RoleSpec {
    kind: RoleKind::EcsInstance,
    slug: "ecs-instance",
    default_name: "ecsInstanceRole",
    name_required: false,
    search_names: &["ecsInstanceRole"],
    name_match: NameMatch::Contains,
    trustee: Trustee::Ec2,
    sid: None,
    required: &[Required { policy: ECS_FOR_EC2_POLICY, older: &[], changed: None, older_wider: false }],
    permissions: &[Permission::EcrPull, Permission::CloudWatchLogs, Permission::S3ReadOnly],
    prefer_elsewhere: &[],
    instance_profile_suffix: Some("-profile"),
    description: "Amazon ECS - Container instance role",
    request: ServiceRequest { actions: &["sts:AssumeRole"], source: Source::None, china_ec2: ChinaEc2::Preferred },
    auto_mode: None,
    confirm: Confirm::Policies(&[ECS_FOR_EC2_POLICY]),
    needs: Needs::Declared(&[PolicyNeeds::of(ECS_FOR_EC2_POLICY, needs::ECS_FOR_EC2)]),
    accepts_equivalents: false,
};

/// The Amazon EKS cluster IAM role (cluster role guide): the EKS control plane assumes it.
pub static EKS_CLUSTER: RoleSpec = RoleSpec {
    kind: RoleKind::EksCluster,
    slug: "eks-cluster",
    default_name: "eksClusterRole",
    name_required: false,
    search_names: &["eksClusterRole"],
    name_match: NameMatch::Contains,
    trustee: Trustee::Eks,
    sid: None,
    required: &[Required { policy: EKS_CLUSTER_POLICY, older: &[], changed: None, older_wider: false }],
    permissions: &[],
    prefer_elsewhere: &[],
    instance_profile_suffix: None,
    description: "Amazon EKS - Cluster role",
    request: ServiceRequest { actions: &["sts:AssumeRole"], source: Source::None, china_ec2: ChinaEc2::Required },
    auto_mode: Some(&EKS_AUTO_CLUSTER),
    confirm: Confirm::Policies(&[EKS_CLUSTER_POLICY]),
    needs: Needs::Declared(&[PolicyNeeds::of(EKS_CLUSTER_POLICY, needs::CLUSTER_POLICY)]),
    accepts_equivalents: true,
};

/// The Amazon EKS Auto Mode cluster IAM role: the cluster role with Auto Mode's policies, and
/// `sts:TagSession` besides `sts:AssumeRole` (`eks-cluster --auto-mode`).
pub static EKS_AUTO_CLUSTER: RoleSpec = RoleSpec {
    kind: RoleKind::EksCluster,
    slug: "eks-cluster",
    default_name: "AmazonEKSAutoClusterRole",
    name_required: false,
    search_names: &["AmazonEKSAutoClusterRole"],
    name_match: NameMatch::Contains,
    trustee: Trustee::Eks,
    sid: None,
    required: &[
        Required { policy: EKS_CLUSTER_POLICY, older: &[], changed: None, older_wider: false },
        Required { policy: EKS_COMPUTE_POLICY, older: &[], changed: None, older_wider: false },
        Required { policy: EKS_BLOCK_STORAGE_POLICY_V2, older: &[EKS_BLOCK_STORAGE_POLICY], changed: Some(BLOCK_STORAGE_V2_SINCE), older_wider: true },
        Required { policy: EKS_LOAD_BALANCING_POLICY, older: &[], changed: None, older_wider: false },
        Required { policy: EKS_NETWORKING_POLICY, older: &[], changed: None, older_wider: false },
    ],
    permissions: &[],
    prefer_elsewhere: &[],
    instance_profile_suffix: None,
    description: "Amazon EKS - Auto Mode cluster role",
    request: ServiceRequest { actions: &["sts:AssumeRole", "sts:TagSession"], source: Source::None, china_ec2: ChinaEc2::Required },
    auto_mode: None,
    confirm: Confirm::Policies(&[EKS_CLUSTER_POLICY, EKS_COMPUTE_POLICY]),
    needs: Needs::Declared(&[
        PolicyNeeds::of(EKS_CLUSTER_POLICY, needs::CLUSTER_POLICY),
        PolicyNeeds::of(EKS_COMPUTE_POLICY, needs::COMPUTE),
        PolicyNeeds::of(EKS_BLOCK_STORAGE_POLICY_V2, needs::BLOCK_STORAGE),
        PolicyNeeds::of(EKS_LOAD_BALANCING_POLICY, needs::LOAD_BALANCING),
        PolicyNeeds::of(EKS_NETWORKING_POLICY, needs::NETWORKING),
    ]),
    accepts_equivalents: true,
};

/// The Amazon EKS Auto Mode node IAM role: EC2 instances that Auto Mode launches assume it.
pub static EKS_AUTO_NODE: RoleSpec = RoleSpec {
    kind: RoleKind::EksAutoNode,
    slug: "eks-auto-node",
    default_name: "AmazonEKSAutoNodeRole",
    name_required: false,
    search_names: &["AmazonEKSAutoNodeRole"],
    name_match: NameMatch::Contains,
    trustee: Trustee::Ec2,
    sid: None,
    required: &[
        Required { policy: WORKER_NODE_MINIMAL_POLICY, older: &[], changed: None, older_wider: false },
        Required { policy: REGISTRY_PULL_ONLY, older: &[], changed: None, older_wider: false },
    ],
    permissions: &[],
    prefer_elsewhere: &[],
    instance_profile_suffix: None,
    description: "Amazon EKS - Auto Mode node role",
    // The China page's trust policy shows ec2.amazonaws.com (unlike the node role's page).
    request: ServiceRequest { actions: &["sts:AssumeRole"], source: Source::None, china_ec2: ChinaEc2::Either },
    auto_mode: None,
    confirm: Confirm::Policies(&[WORKER_NODE_MINIMAL_POLICY]),
    needs: Needs::Declared(&[PolicyNeeds::of(WORKER_NODE_MINIMAL_POLICY, needs::WORKER_NODE_MINIMAL), PolicyNeeds::of(REGISTRY_PULL_ONLY, needs::PULL_ONLY)]),
    accepts_equivalents: true,
};

/// The Amazon ECS task execution IAM role: the ECS container and Fargate agents assume it to
/// pull images, send logs and read secrets for a task.
pub static ECS_TASK_EXECUTION: RoleSpec = RoleSpec {
    kind: RoleKind::EcsTaskExecution,
    slug: "ecs-task-execution",
    default_name: "ecsTaskExecutionRole",
    name_required: false,
    search_names: &["ecsTaskExecutionRole"],
    name_match: NameMatch::Contains,
    trustee: Trustee::EcsTasks,
    sid: None,
    required: &[Required { policy: ECS_TASK_EXECUTION_POLICY, older: &[], changed: None, older_wider: false }],
    permissions: &[Permission::Secrets, Permission::PrivateRegistry],
    prefer_elsewhere: &[],
    instance_profile_suffix: None,
    description: "Amazon ECS - Task execution role",
    request: ServiceRequest { actions: &["sts:AssumeRole"], source: Source::EcsTask, china_ec2: ChinaEc2::Required },
    auto_mode: None,
    confirm: Confirm::Policies(&[ECS_TASK_EXECUTION_POLICY]),
    needs: Needs::Declared(&[PolicyNeeds::of(ECS_TASK_EXECUTION_POLICY, needs::ECS_TASK_EXECUTION)]),
    accepts_equivalents: false,
};

/// An EKS Pod Identity role: the user's role, with the trust policy EKS Pod Identity requires.
/// Its permissions are the user's; rolecall checks the trust only.
pub static EKS_POD_IDENTITY: RoleSpec = RoleSpec {
    kind: RoleKind::EksPodIdentity,
    slug: "eks-pod-identity",
    default_name: "",
    name_required: true,
    search_names: &[],
    name_match: NameMatch::Contains,
    trustee: Trustee::EksPods,
    sid: Some("AllowEksAuthToAssumeRoleForPodIdentity"),
    required: &[],
    permissions: &[],
    prefer_elsewhere: &[],
    instance_profile_suffix: None,
    description: "Amazon EKS - Pod Identity role",
    request: ServiceRequest { actions: &["sts:AssumeRole", "sts:TagSession"], source: Source::PodIdentity, china_ec2: ChinaEc2::Required },
    auto_mode: None,
    confirm: Confirm::Trust,
    needs: Needs::UsersOwn,
    accepts_equivalents: false,
};

/// `*` or one value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope<T> {
    All,
    One(T),
}

impl<T: AsRef<str>> Scope<T> {
    pub fn as_str(&self) -> &str {
        match self {
            Scope::All => "*",
            Scope::One(v) => v.as_ref(),
        }
    }
}

/// The Fargate profiles of one cluster (or every cluster), in one region (or every region).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClusterScope {
    pub name: Scope<ClusterName>,
    pub region: Scope<Region>,
}

/// Which of a kind's roles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Variant {
    /// The role the kind's guide defines.
    #[default]
    Standard,
    /// Its EKS Auto Mode variant ([`RoleSpec::auto_mode`]), where the kind has one.
    AutoMode,
}

/// What the user asked for: the context a role is defined in.
#[derive(Debug, Clone)]
pub struct Context {
    pub partition: Partition,
    /// The account; needed only for `aws:SourceArn` patterns and customer policy ARNs.
    pub account: Option<AccountId>,
    pub role_name: Option<RoleName>,
    pub path: IamPath,
    pub clusters: Vec<ClusterScope>,
    pub permissions: Vec<Permission>,
    /// ARNs of the user's secrets, parameters and keys that [`Grant::Scoped`] permissions are
    /// limited to (`--secret`).
    pub secrets: Vec<String>,
}

/// A named policy document: a customer managed or inline policy.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct NamedDocument {
    pub name: String,
    /// The customer managed policy's ARN; `None` for inline policies.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    pub document: serde_json::Value,
}

/// A role as it should be, for one context.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Desired {
    pub kind: RoleKind,
    pub partition: Partition,
    pub account: Option<AccountId>,
    pub role_name: RoleName,
    pub path: IamPath,
    pub description: &'static str,
    pub trust: PolicyDocument,
    /// Source ARN patterns the trust must cover (Fargate only), one per cluster scope.
    pub source_arns: Vec<String>,
    /// The Fargate cluster scopes asked for (Fargate only), in the order given, without repeats.
    pub clusters: Vec<ClusterScope>,
    pub managed_policy_arns: Vec<String>,
    pub customer_managed_policies: Vec<NamedDocument>,
    pub inline_policies: Vec<NamedDocument>,
    pub instance_profile: Option<InstanceProfileName>,
    /// The optional permissions asked for.
    pub permissions: Vec<Permission>,
    /// Permissions asked for that a required managed policy already grants: nothing is made
    /// for them (the ECS guide: AmazonEC2ContainerServiceforEC2Role includes ECR pull).
    pub covered: Vec<(Permission, ManagedPolicy)>,
}

impl RoleSpec {
    /// The guide's name for the role. A role whose guide gives none (`name_required`) falls
    /// back to its slug; the command line asks for `--role-name` before it comes to that.
    pub fn default_role_name(&self) -> RoleName {
        let name = if self.default_name.is_empty() { self.slug } else { self.default_name };
        RoleName::parse(name).unwrap_or_else(|_| unreachable!("default names are valid"))
    }

    /// The role as the context asks for it: the Auto Mode variant with `--auto-mode`.
    pub fn variant(&'static self, variant: Variant) -> &'static RoleSpec {
        match (variant, self.auto_mode) {
            (Variant::AutoMode, Some(v)) => v,
            _ => self,
        }
    }

    /// The principal `create` writes in this partition.
    pub fn principal(&self, p: Partition) -> &'static str {
        match (self.trustee, p, self.request.china_ec2) {
            (Trustee::Ec2, Partition::AwsCn, ChinaEc2::Either) => Partition::Aws.ec2_principal(),
            (t, p, _) => t.principal(p),
        }
    }

    /// The role name in this context: the user's, or the guide's.
    pub fn role_name(&self, ctx: &Context) -> RoleName {
        ctx.role_name.clone().unwrap_or_else(|| self.default_role_name())
    }

    /// Whether defining the role in this context needs the account id.
    pub fn needs_account(&self, ctx: &Context) -> bool {
        (self.trustee.wants_source_arn() && !ctx.clusters.is_empty())
            || ctx.permissions.iter().any(|p| matches!(p.grant(), Grant::Customer { .. }))
    }

    /// The trust policy statement for this context.
    pub fn trust_statement(&self, partition: Partition, source_arns: &[String]) -> serde_json::Value {
        let mut st = serde_json::Map::new();
        if let Some(sid) = self.sid {
            st.insert("Sid".into(), sid.into());
        }
        st.insert("Effect".into(), "Allow".into());
        st.insert("Principal".into(), json!({ "Service": self.principal(partition) }));
        let action = match self.request.actions {
            [one] => json!(one),
            many => json!(many),
        };
        st.insert("Action".into(), action);
        if self.trustee.wants_source_arn() && !source_arns.is_empty() {
            let value = match source_arns {
                [one] => json!(one),
                many => json!(many),
            };
            st.insert("Condition".into(), json!({ "ArnLike": { "aws:SourceArn": value } }));
        }
        serde_json::Value::Object(st)
    }

    /// The role as the guide defines it in this context.
    pub fn desired(&self, ctx: &Context) -> Desired {
        let mut clusters: Vec<ClusterScope> = Vec::new();
        let mut source_arns: Vec<String> = Vec::new();
        if self.trustee.wants_source_arn() {
            let account = ctx.account.as_ref().map_or("*", AccountId::as_str);
            for c in &ctx.clusters {
                let arn = arn::fargate_profiles(ctx.partition, c.region.as_str(), account, c.name.as_str());
                if !source_arns.contains(&arn) {
                    source_arns.push(arn);
                    clusters.push(c.clone());
                }
            }
        }
        let trust_value = json!({ "Version": VERSION, "Statement": [self.trust_statement(ctx.partition, &source_arns)] });
        let trust = PolicyDocument::from_value(&trust_value).unwrap_or_else(|e| unreachable!("model trust policy is valid: {e}"));
        let mut managed: Vec<String> = self.required.iter().map(|r| r.policy.arn(ctx.partition)).collect();
        let mut customer = Vec::new();
        let mut inline = Vec::new();
        let mut covered = Vec::new();
        for p in &ctx.permissions {
            if let Some(m) = p.covered_by().iter().find(|m| self.required.iter().any(|r| r.policy == **m)) {
                covered.push((*p, *m));
                continue;
            }
            match p.grant() {
                Grant::Managed(m) => managed.push(m.arn(ctx.partition)),
                Grant::Customer { name, document } => {
                    let arn = arn::customer_policy(ctx.partition, ctx.account.as_ref().map_or("*", AccountId::as_str), name);
                    managed.push(arn.clone());
                    customer.push(NamedDocument { name: name.to_owned(), arn: Some(arn), document: document(ctx.partition) });
                }
                Grant::Inline { name, document } => inline.push(NamedDocument { name: name.to_owned(), arn: None, document: document(ctx.partition) }),
                Grant::Scoped { name, actions } => {
                    inline.push(NamedDocument { name: name.to_owned(), arn: None, document: scoped_document(actions, &ctx.secrets) })
                }
            }
        }
        let mut seen = std::collections::BTreeSet::new();
        managed.retain(|a| seen.insert(a.clone()));
        let role_name = self.role_name(ctx);
        let instance_profile = self.instance_profile_suffix.map(|suffix| {
            InstanceProfileName::parse(&format!("{role_name}{suffix}"))
                .unwrap_or_else(|_| InstanceProfileName::parse(role_name.as_str()).unwrap_or_else(|_| unreachable!("role names are profile names")))
        });
        Desired {
            kind: self.kind,
            partition: ctx.partition,
            account: ctx.account.clone(),
            role_name,
            path: ctx.path.clone(),
            description: self.description,
            trust,
            source_arns,
            clusters,
            managed_policy_arns: managed,
            customer_managed_policies: customer,
            inline_policies: inline,
            instance_profile,
            permissions: ctx.permissions.clone(),
            covered,
        }
    }

    /// Whether a role name is one the guide tells users to look for.
    pub fn matches_search_name(&self, name: &str) -> bool {
        let lower = name.to_ascii_lowercase();
        match self.name_match {
            NameMatch::Contains => self.search_names.iter().any(|n| lower.contains(&n.to_ascii_lowercase())),
        }
    }
}

/// Parses a `--cluster` value: a cluster name, `*`, or a cluster ARN (which also gives the
/// partition, region and account it lives in).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClusterArg {
    pub name: Scope<ClusterName>,
    pub partition: Option<Partition>,
    pub region: Option<Region>,
    pub account: Option<AccountId>,
}

impl ClusterArg {
    pub fn parse(s: &str) -> Result<ClusterArg, InputError> {
        if s == "*" {
            return Ok(ClusterArg { name: Scope::All, partition: None, region: None, account: None });
        }
        if s.starts_with("arn:") {
            let arn = arn::parse(s).map_err(|_| InputError::new(Field::Cluster, s, Rule::ArnShape("arn:PARTITION:eks:REGION:ACCOUNT:cluster/NAME")))?;
            let name = arn.as_eks_cluster().ok_or_else(|| InputError::new(Field::Cluster, s, Rule::ArnShape("arn:PARTITION:eks:REGION:ACCOUNT:cluster/NAME")))?;
            let name = ClusterName::parse(name).map_err(|_| InputError::new(Field::Cluster, s, Rule::ClusterName))?;
            let region = Region::parse_for(Field::Cluster, &arn.region)?;
            let partition = Partition::parse(&arn.partition)?;
            if Partition::of_region(region.as_str()) != partition {
                return Err(InputError::new(Field::Cluster, s, Rule::Conflicts { other: arn.partition }));
            }
            let account = AccountId::parse(&arn.account).map_err(|_| InputError::new(Field::Cluster, s, Rule::Digits(12)))?;
            return Ok(ClusterArg { name: Scope::One(name), partition: Some(partition), region: Some(region), account: Some(account) });
        }
        Ok(ClusterArg { name: Scope::One(ClusterName::parse(s)?), partition: None, region: None, account: None })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A policy that replaced an older one has its date: the outdated-policy findings name it.
    #[test]
    fn replacements_have_their_date() {
        for k in RoleKind::ALL {
            let spec = k.spec();
            for r in spec.required.iter().chain(spec.auto_mode.iter().flat_map(|a| a.required)) {
                assert_eq!(r.older.is_empty(), r.changed.is_none(), "{k:?}: {}", r.policy.name);
            }
        }
    }

    fn ctx(partition: Partition) -> Context {
        Context {
            partition,
            account: Some(AccountId::parse("111122223333").unwrap()),
            role_name: None,
            path: IamPath::root(),
            clusters: vec![],
            permissions: vec![],
            secrets: vec![],
        }
    }

    #[test]
    fn managed_policy_arns() {
        assert_eq!(ECS_FOR_EC2_POLICY.arn(Partition::Aws), "arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role");
        assert_eq!(WORKER_NODE_POLICY.arn(Partition::AwsCn), "arn:aws-cn:iam::aws:policy/AmazonEKSWorkerNodePolicy");
        for p in AWS_MANAGED_POLICIES {
            for part in Partition::ALL {
                assert!(arn::parse(&p.arn(part)).is_ok());
            }
        }
    }

    #[test]
    fn kinds_round_trip() {
        for k in RoleKind::ALL {
            assert_eq!(RoleKind::parse(k.slug()).unwrap(), k);
            assert_eq!(k.spec().kind, k);
        }
        assert!(RoleKind::parse("eks-clusters").is_err());
        assert_eq!(EKS_CLUSTER.variant(Variant::AutoMode).default_name, "AmazonEKSAutoClusterRole");
        assert_eq!(EKS_NODE.variant(Variant::AutoMode).default_name, "AmazonEKSNodeRole");
        assert_eq!(EKS_POD_IDENTITY.default_role_name().as_str(), "eks-pod-identity");
    }

    #[test]
    fn node_search_names_match_by_contains() {
        assert!(EKS_NODE.matches_search_name("eksctl-prod-nodegroup-NodeInstanceRole-1AB2"));
        assert!(EKS_NODE.matches_search_name("myEKSNodeRole"));
        assert!(!EKS_NODE.matches_search_name("AmazonEKSClusterRole"));
    }

    #[test]
    fn cluster_args() {
        let a = ClusterArg::parse("arn:aws-cn:eks:cn-north-1:111122223333:cluster/prod").unwrap();
        assert_eq!(a.partition, Some(Partition::AwsCn));
        assert_eq!(a.name.as_str(), "prod");
        assert!(ClusterArg::parse("arn:aws:eks:cn-north-1:111122223333:cluster/prod").is_err());
        assert!(ClusterArg::parse("arn:aws:eks:us-west-2:111122223333:fargateprofile/prod/p/1").is_err());
        assert_eq!(ClusterArg::parse("*").unwrap().name, Scope::All);
        assert!(ClusterArg::parse("bad name").is_err());
    }

    #[test]
    fn ecs_instance_profile_follows_the_cli_guide() {
        let d = ECS_INSTANCE.desired(&ctx(Partition::Aws));
        assert_eq!(d.instance_profile.unwrap().as_str(), "ecsInstanceRole-profile");
        let mut c = ctx(Partition::Aws);
        c.role_name = Some(RoleName::parse(&"r".repeat(64)).unwrap());
        assert_eq!(ECS_INSTANCE.desired(&c).instance_profile.unwrap().as_str().len(), 72);
    }
}
