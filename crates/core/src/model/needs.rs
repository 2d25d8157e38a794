//! What each kind's workload does with AWS, as IAM will be asked: its *needs*. Each [`Need`] is
//! one concrete action, the set of resources it is called on (an ARN pattern in the
//! partition's, region's, account's and cluster's context, or `*`), and the request context the
//! service sends where a managed statement tests it (the cluster's name in
//! `aws:ResourceTag/eks:eks-cluster-name`, the Auto Mode cluster role's session tag
//! `aws:PrincipalTag/eks:eks-cluster-name`...). A need is granted when IAM allows the action for
//! *every* member of the resource set.
//!
//! The needs are derived from the documents of the managed policies each kind's guide attaches
//! ([`crate::model::managed_documents`]), policy by policy ([`PolicyNeeds`]); the tests check
//! that the policy grants each of its needs, in every partition, and that every action an Allow
//! statement of the policy names is a need or is listed as not one ([`NotNeeded`]) with its
//! [`Reason`]. The tables here are per policy ([`Derived`]); `role::RoleSpec::needs` pairs them
//! with the kind's managed policies. An EKS Pod Identity role declares none: its permissions
//! are the user's (`role::Needs::UsersOwn`).
//!
//! Optional permissions (`--cni`, `--with`) declare no needs yet.

use rolecall_policy::document::{Effect, PolicyDocument};
use rolecall_policy::eval::{Caller, Context, Decision, Policies, Request, Value};
use rolecall_policy::permission::{Access, ResourceSet};

use crate::model::partition::Partition;

/// The needs one managed policy serves, and the actions it allows that are not needs.
#[derive(Debug, Clone, Copy)]
pub struct Derived {
    pub needs: &'static [Need],
    /// Actions the policy allows that are not needs, each with its reason.
    pub not_needed: &'static [NotNeeded],
}

/// One action the workload calls, on every resource of a set, with the context the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Need {
    /// `service:Action`, concrete (no wildcard).
    pub action: &'static str,
    /// `*`, or an ARN pattern with `{partition}`, `{region}`, `{account}` and `{cluster}` for the
    /// context's values (each may be `*`), and `*` and `?` wildcards.
    pub resource: &'static str,
    /// The context keys the service sends with the request that a managed statement tests.
    pub context: &'static [Key],
}

/// A context key and what the service sends in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub key: &'static str,
    pub sent: Sent,
}

/// A value the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sent {
    /// The cluster's name.
    Cluster,
    /// These values (several for a multi-valued key such as `aws:TagKeys`).
    Values(&'static [&'static str]),
}

/// An action a managed policy allows that is not a need.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotNeeded {
    /// The action (or action pattern) exactly as the policy writes it.
    pub action: &'static str,
    pub reason: Reason,
}

/// Why an action a managed policy allows is not a need.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Reason {
    /// An API of EC2-Classic, which AWS retired on 2023-08-15: it describes nothing now.
    Retired,
    /// Called only for a feature a Kubernetes object asks for (AWS WAF, AWS Shield, Amazon
    /// Cognito authentication, ACM certificate discovery on an Ingress or Gateway): a need of
    /// the workloads that ask for it, not of every cluster.
    OnRequest,
}

impl Reason {
    /// A stable code (for JSON and messages).
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::Retired => "retired",
            Reason::OnRequest => "on-request",
        }
    }
}

/// The context a need is judged in: `*` where a value is not known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scope {
    pub partition: Partition,
    pub region: String,
    pub account: String,
    pub cluster: String,
}

impl Scope {
    /// Every region, account and cluster of a partition.
    pub fn any(partition: Partition) -> Scope {
        Scope { partition, region: "*".into(), account: "*".into(), cluster: "*".into() }
    }
}

impl Need {
    /// The resource set in a scope: the pattern with its placeholders filled.
    pub fn resource_in(&self, scope: &Scope) -> String {
        self.resource
            .replace("{partition}", scope.partition.id())
            .replace("{region}", &scope.region)
            .replace("{account}", &scope.account)
            .replace("{cluster}", &scope.cluster)
    }

    /// The request the service makes for this need (the caller is the role, named by `role_arn`):
    /// the keys the need declares, with the cluster's name where [`Sent::Cluster`]; every other
    /// key absent, except those no request rolecall models can settle.
    pub fn request(&self, scope: &Scope, role_arn: &str) -> Request {
        let mut ctx = Context::service();
        for k in self.context {
            let values = match k.sent {
                Sent::Cluster => vec![scope.cluster.clone()],
                Sent::Values(v) => v.iter().map(|s| (*s).to_owned()).collect(),
            };
            ctx = ctx.set(k.key, Value::Known(values));
        }
        Request { caller: Caller::Aws(role_arn.to_owned()), actions: vec![self.action.to_owned()], context: ctx }
    }

    /// The need as rolecall-policy's permission evaluator takes it (`PolicySet::decide`): the
    /// action on every member of the resource set (`*` as `ResourceSet::Star`), in the context
    /// of [`Need::request`].
    pub fn access(&self, scope: &Scope, role_arn: &str) -> Access {
        let set = self.resource_in(scope);
        let resource = if set == "*" { ResourceSet::Star } else { ResourceSet::Every(set) };
        let req = self.request(scope, role_arn);
        Access { caller: req.caller, action: self.action.to_owned(), resource, context: req.context }
    }
}

/// Whether a statement's resource pattern covers every member of a need's resource set: `*`
/// covers all; otherwise ARNs part by part, a `*` or `?` in the set covered only by a wildcard
/// (`rolecall_policy::arn::arn_like` on the set's pattern as text).
pub fn resource_covers(pattern: &str, set: &str) -> bool {
    pattern == "*" || (set != "*" && rolecall_policy::arn::arn_like(pattern, set))
}

/// Whether one policy document grants a need in a scope: some Allow statement whose resources
/// cover the need's whole set allows the action in the need's context (IAM's evaluation of that
/// statement), and no Deny of the document applies. Statements with `NotResource` grant nothing
/// here. Resources are compared here as ARN-glob sets; [`Need::access`] gives the need to
/// rolecall-policy's permission evaluator, which matches them itself (the tests check both agree
/// on every need).
pub fn granted_by(doc: &PolicyDocument, need: &Need, scope: &Scope) -> bool {
    let set = need.resource_in(scope);
    let req = need.request(scope, "arn:aws:iam::111122223333:role/needs");
    let whole = Policies { identity: vec![doc], ..Policies::default() }.evaluate(&req);
    if whole.denied_by().next().is_some() {
        return false;
    }
    doc.statements.iter().any(|st| {
        if st.effect != Effect::Allow || !st.resource.as_ref().is_some_and(|r| r.iter().any(|p| resource_covers(p, &set))) {
            return false;
        }
        let one = PolicyDocument { version: doc.version.clone(), id: None, statements: vec![st.clone()] };
        Policies { identity: vec![&one], ..Policies::default() }.evaluate(&req).decision == Decision::Allowed
    })
}

const fn need(action: &'static str, resource: &'static str, context: &'static [Key]) -> Need {
    Need { action, resource, context }
}

const fn not(action: &'static str, reason: Reason) -> NotNeeded {
    NotNeeded { action, reason }
}

/// The Auto Mode cluster role's session tag: EKS tags the session with the cluster's name
/// (`sts:TagSession`), and the Auto Mode policies compare resources' tags with it.
const PRINCIPAL_CLUSTER: Key = Key { key: "aws:PrincipalTag/eks:eks-cluster-name", sent: Sent::Cluster };
/// A resource of the cluster: tagged with its name.
const RESOURCE_CLUSTER: Key = Key { key: "aws:ResourceTag/eks:eks-cluster-name", sent: Sent::Cluster };
/// A resource created for the cluster: the request tags it with the cluster's name.
const REQUEST_CLUSTER: Key = Key { key: "aws:RequestTag/eks:eks-cluster-name", sent: Sent::Cluster };

const OF_CLUSTER: &[Key] = &[PRINCIPAL_CLUSTER, RESOURCE_CLUSTER];
const FOR_CLUSTER: &[Key] = &[PRINCIPAL_CLUSTER, REQUEST_CLUSTER, Key { key: "aws:TagKeys", sent: Sent::Values(&["eks:eks-cluster-name"]) }];

const REPOSITORIES: &str = "arn:{partition}:ecr:*:*:repository/*";
const LOG_GROUPS: &str = "arn:{partition}:logs:{region}:{account}:log-group:*";
const CLUSTER: &str = "arn:{partition}:eks:{region}:{account}:cluster/{cluster}";

/// Pulling images from Amazon ECR (also through pull-through cache rules: BatchImportUpstreamImage).
const ECR_PULL: &[Need] = &[
    need("ecr:GetAuthorizationToken", "*", &[]),
    need("ecr:BatchGetImage", REPOSITORIES, &[]),
    need("ecr:GetDownloadUrlForLayer", REPOSITORIES, &[]),
];

/// AmazonEKSFargatePodExecutionRolePolicy: pulling the pods' images.
pub const FARGATE_POD_EXECUTION: Derived = Derived {
    needs: &[
        ECR_PULL[0],
        ECR_PULL[1],
        ECR_PULL[2],
        need("ecr:BatchCheckLayerAvailability", REPOSITORIES, &[]),
    ],
    not_needed: &[],
};

/// AmazonEC2ContainerRegistryPullOnly.
pub const PULL_ONLY: Derived = Derived {
    needs: &[ECR_PULL[0], ECR_PULL[1], ECR_PULL[2], need("ecr:BatchImportUpstreamImage", REPOSITORIES, &[])],
    not_needed: &[],
};

/// AmazonEKSWorkerNodePolicy: the kubelet's and the node's view of EC2, the cluster, and
/// EKS Pod Identity's agent.
pub const WORKER_NODE: Derived = Derived {
    needs: &[
        need("ec2:DescribeInstances", "*", &[]),
        need("ec2:DescribeInstanceTypes", "*", &[]),
        need("ec2:DescribeRouteTables", "*", &[]),
        need("ec2:DescribeSecurityGroups", "*", &[]),
        need("ec2:DescribeSubnets", "*", &[]),
        need("ec2:DescribeVolumes", "*", &[]),
        need("ec2:DescribeVolumesModifications", "*", &[]),
        need("ec2:DescribeVpcs", "*", &[]),
        need("eks:DescribeCluster", CLUSTER, &[]),
        need("eks-auth:AssumeRoleForPodIdentity", CLUSTER, &[]),
    ],
    not_needed: &[],
};

const ECS_CLUSTERS: &str = "arn:{partition}:ecs:{region}:{account}:cluster/*";
const ECS_INSTANCES: &str = "arn:{partition}:ecs:{region}:{account}:container-instance/*/*";

/// AmazonEC2ContainerServiceforEC2Role: the ECS container agent.
pub const ECS_FOR_EC2: Derived = Derived {
    needs: &[
        need("ec2:DescribeTags", "*", &[]),
        need("ecs:CreateCluster", ECS_CLUSTERS, &[]),
        need("ecs:DeregisterContainerInstance", ECS_CLUSTERS, &[]),
        need("ecs:DiscoverPollEndpoint", "*", &[]),
        need("ecs:Poll", ECS_INSTANCES, &[]),
        need("ecs:RegisterContainerInstance", ECS_CLUSTERS, &[]),
        need("ecs:StartTelemetrySession", ECS_INSTANCES, &[]),
        need("ecs:UpdateContainerInstancesState", ECS_CLUSTERS, &[]),
        need("ecs:SubmitAttachmentStateChanges", ECS_CLUSTERS, &[]),
        need("ecs:SubmitContainerStateChange", ECS_CLUSTERS, &[]),
        need("ecs:SubmitTaskStateChange", ECS_CLUSTERS, &[]),
        ECR_PULL[0],
        ECR_PULL[1],
        ECR_PULL[2],
        need("ecr:BatchCheckLayerAvailability", REPOSITORIES, &[]),
        need("logs:CreateLogStream", LOG_GROUPS, &[]),
        need("logs:PutLogEvents", LOG_GROUPS, &[]),
        need("ecs:TagResource", ECS_INSTANCES, &[Key { key: "ecs:CreateAction", sent: Sent::Values(&["RegisterContainerInstance"]) }]),
        need("ecs:ListTagsForResource", ECS_INSTANCES, &[]),
        need("ecs:ListTagsForResource", "arn:{partition}:ecs:{region}:{account}:task/*/*", &[]),
    ],
    not_needed: &[],
};

/// The Amazon EKS cluster role: the control plane's controllers (the in-tree cloud provider's
/// load balancers, routes, volumes and security groups; ENI clean-up).
pub const CLUSTER_POLICY: Derived = Derived {
    needs: &[
        need("autoscaling:DescribeAutoScalingGroups", "*", &[]),
        need("autoscaling:UpdateAutoScalingGroup", "*", &[]),
        need("ec2:AttachVolume", "*", &[]),
        need("ec2:AuthorizeSecurityGroupIngress", "*", &[]),
        need("ec2:CreateRoute", "*", &[]),
        need("ec2:CreateSecurityGroup", "*", &[]),
        need("ec2:CreateTags", "*", &[]),
        need("ec2:CreateVolume", "*", &[]),
        need("ec2:DeleteRoute", "*", &[]),
        need("ec2:DeleteSecurityGroup", "*", &[]),
        need("ec2:DeleteVolume", "*", &[]),
        need("ec2:DescribeInstances", "*", &[]),
        need("ec2:DescribeRouteTables", "*", &[]),
        need("ec2:DescribeSecurityGroups", "*", &[]),
        need("ec2:DescribeSubnets", "*", &[]),
        need("ec2:DescribeVolumes", "*", &[]),
        need("ec2:DescribeVolumesModifications", "*", &[]),
        need("ec2:DescribeVpcs", "*", &[]),
        need("ec2:DescribeDhcpOptions", "*", &[]),
        need("ec2:DescribeNetworkInterfaces", "*", &[]),
        need("ec2:DescribeAvailabilityZones", "*", &[]),
        need("ec2:DetachVolume", "*", &[]),
        need("ec2:ModifyInstanceAttribute", "*", &[]),
        need("ec2:ModifyVolume", "*", &[]),
        need("ec2:RevokeSecurityGroupIngress", "*", &[]),
        need("ec2:DescribeAccountAttributes", "*", &[]),
        need("ec2:DescribeAddresses", "*", &[]),
        need("ec2:DescribeInternetGateways", "*", &[]),
        need("ec2:DescribeInstanceTopology", "*", &[]),
        need("elasticloadbalancing:AddTags", "*", &[]),
        need("elasticloadbalancing:ApplySecurityGroupsToLoadBalancer", "*", &[]),
        need("elasticloadbalancing:AttachLoadBalancerToSubnets", "*", &[]),
        need("elasticloadbalancing:ConfigureHealthCheck", "*", &[]),
        need("elasticloadbalancing:CreateListener", "*", &[]),
        need("elasticloadbalancing:CreateLoadBalancer", "*", &[]),
        need("elasticloadbalancing:CreateLoadBalancerListeners", "*", &[]),
        need("elasticloadbalancing:CreateLoadBalancerPolicy", "*", &[]),
        need("elasticloadbalancing:CreateTargetGroup", "*", &[]),
        need("elasticloadbalancing:DeleteListener", "*", &[]),
        need("elasticloadbalancing:DeleteLoadBalancer", "*", &[]),
        need("elasticloadbalancing:DeleteLoadBalancerListeners", "*", &[]),
        need("elasticloadbalancing:DeleteTargetGroup", "*", &[]),
        need("elasticloadbalancing:DeregisterInstancesFromLoadBalancer", "*", &[]),
        need("elasticloadbalancing:DeregisterTargets", "*", &[]),
        need("elasticloadbalancing:DescribeListeners", "*", &[]),
        need("elasticloadbalancing:DescribeLoadBalancerAttributes", "*", &[]),
        need("elasticloadbalancing:DescribeLoadBalancerPolicies", "*", &[]),
        need("elasticloadbalancing:DescribeLoadBalancers", "*", &[]),
        need("elasticloadbalancing:DescribeTargetGroupAttributes", "*", &[]),
        need("elasticloadbalancing:DescribeTargetGroups", "*", &[]),
        need("elasticloadbalancing:DescribeTargetHealth", "*", &[]),
        need("elasticloadbalancing:DetachLoadBalancerFromSubnets", "*", &[]),
        need("elasticloadbalancing:ModifyListener", "*", &[]),
        need("elasticloadbalancing:ModifyLoadBalancerAttributes", "*", &[]),
        need("elasticloadbalancing:ModifyTargetGroup", "*", &[]),
        need("elasticloadbalancing:ModifyTargetGroupAttributes", "*", &[]),
        need("elasticloadbalancing:RegisterInstancesWithLoadBalancer", "*", &[]),
        need("elasticloadbalancing:RegisterTargets", "*", &[]),
        need("elasticloadbalancing:SetLoadBalancerPoliciesForBackendServer", "*", &[]),
        need("elasticloadbalancing:SetLoadBalancerPoliciesOfListener", "*", &[]),
        need("kms:DescribeKey", "*", &[]),
        need(
            "iam:CreateServiceLinkedRole",
            "arn:{partition}:iam::{account}:role/aws-service-role/elasticloadbalancing.amazonaws.com/AWSServiceRoleForElasticLoadBalancing",
            &[Key { key: "iam:AWSServiceName", sent: Sent::Values(&["elasticloadbalancing.amazonaws.com"]) }],
        ),
        need(
            "ec2:DeleteNetworkInterface",
            "arn:{partition}:ec2:{region}:{account}:network-interface/*",
            &[Key { key: "ec2:ResourceTag/eks:eni:owner", sent: Sent::Values(&["amazon-vpc-cni"]) }],
        ),
    ],
    not_needed: &[],
};

/// EKS Auto Mode's compute: launching the nodes of the cluster's node pools.
pub const COMPUTE: Derived = Derived {
    needs: &[
        need("ec2:RunInstances", "arn:{partition}:ec2:{region}:{account}:subnet/*", &[]),
        need("ec2:RunInstances", "arn:{partition}:ec2:{region}:{account}:security-group/*", &[]),
        need("ec2:RunInstances", "arn:{partition}:ec2:{region}::image/*", &[]),
        need("ec2:RunInstances", "arn:{partition}:ec2:{region}:{account}:launch-template/*", OF_CLUSTER),
        need("ec2:RunInstances", "arn:{partition}:ec2:{region}:{account}:instance/*", NODE_TAGS),
        need("ec2:CreateFleet", "arn:{partition}:ec2:{region}:{account}:subnet/*", &[]),
        need("ec2:CreateFleet", "arn:{partition}:ec2:{region}:{account}:launch-template/*", OF_CLUSTER),
        need("ec2:CreateFleet", "arn:{partition}:ec2:{region}:{account}:fleet/*", NODE_TAGS),
        need("ec2:CreateLaunchTemplate", "arn:{partition}:ec2:{region}:{account}:launch-template/*", NODE_TAGS),
        need("ec2:CreateTags", "arn:{partition}:ec2:{region}:{account}:instance/*", &[Key { key: "ec2:CreateAction", sent: Sent::Values(&["RunInstances"]) }]),
        need("iam:AddRoleToInstanceProfile", "arn:{partition}:iam::{account}:instance-profile/eks*", &[]),
        need("iam:PassRole", "arn:{partition}:iam::{account}:role/*", &[Key { key: "iam:PassedToService", sent: Sent::Values(&["ec2.amazonaws.com"]) }]),
        need(
            "iam:CreateServiceLinkedRole",
            "arn:{partition}:iam::{account}:role/aws-service-role/spot.amazonaws.com/AWSServiceRoleForEC2Spot",
            &[Key { key: "iam:AWSServiceName", sent: Sent::Values(&["spot.amazonaws.com"]) }],
        ),
        need("ec2:DescribeCapacityReservations", "*", &[]),
    ],
    not_needed: &[],
};

/// What Auto Mode tags the nodes, fleets and launch templates it creates with.
const NODE_TAGS: &[Key] = &[
    PRINCIPAL_CLUSTER,
    REQUEST_CLUSTER,
    Key { key: "aws:RequestTag/eks:kubernetes-node-class-name", sent: Sent::Values(&["default"]) },
    Key { key: "aws:RequestTag/eks:kubernetes-node-pool-name", sent: Sent::Values(&["general-purpose"]) },
    Key { key: "aws:TagKeys", sent: Sent::Values(&["eks:eks-cluster-name", "eks:kubernetes-node-class-name", "eks:kubernetes-node-pool-name"]) },
];

/// EKS Auto Mode's block storage (the EBS CSI driver it runs): the cluster's volumes and
/// snapshots. The same needs under AmazonEKSBlockStoragePolicy and its V2 (V2 scopes creating a
/// volume from a snapshot, and a snapshot of a volume, to the cluster's own).
pub const BLOCK_STORAGE: Derived = Derived { needs: BLOCK_STORAGE_NEEDS, not_needed: &[] };
const BLOCK_STORAGE_NEEDS: &[Need] = &[
    need("ec2:AttachVolume", "*", OF_CLUSTER),
    need("ec2:DetachVolume", "*", OF_CLUSTER),
    need("ec2:ModifyVolume", "*", OF_CLUSTER),
    need("ec2:EnableFastSnapshotRestores", "*", OF_CLUSTER),
    need("ec2:CreateTags", "*", &[Key { key: "ec2:CreateAction", sent: Sent::Values(&["CreateVolume"]) }]),
    need("ec2:CreateVolume", "arn:{partition}:ec2:{region}:{account}:volume/*", FOR_CLUSTER),
    need("ec2:CreateVolume", "arn:{partition}:ec2:{region}::snapshot/*", OF_CLUSTER),
    need("ec2:CreateSnapshot", "arn:{partition}:ec2:{region}:{account}:volume/*", OF_CLUSTER),
    need("ec2:CreateSnapshot", "arn:{partition}:ec2:{region}::snapshot/*", FOR_CLUSTER),
];

const LB_TAGS: &[Key] = &[
    PRINCIPAL_CLUSTER,
    REQUEST_CLUSTER,
    Key { key: "aws:TagKeys", sent: Sent::Values(&["eks:eks-cluster-name", "service.eks.amazonaws.com/stack", "service.eks.amazonaws.com/resource"]) },
];

/// EKS Auto Mode's load balancing: load balancers, target groups, listeners and security groups
/// for the cluster's Services and Ingresses.
pub const LOAD_BALANCING: Derived = Derived {
    needs: &[
        need("elasticloadbalancing:CreateLoadBalancer", "*", LB_TAGS),
        need("elasticloadbalancing:CreateTargetGroup", "*", LB_TAGS),
        need("elasticloadbalancing:CreateListener", "*", LB_TAGS),
        need("elasticloadbalancing:CreateRule", "*", LB_TAGS),
        need("ec2:CreateSecurityGroup", "*", LB_TAGS),
        need("ec2:CreateSecurityGroup", "arn:{partition}:ec2:{region}:{account}:vpc/*", &[]),
        need("elasticloadbalancing:RegisterTargets", "arn:{partition}:elasticloadbalancing:{region}:{account}:targetgroup/*/*", &[]),
        need("ec2:AuthorizeSecurityGroupIngress", "arn:{partition}:ec2:{region}:{account}:security-group-rule/*", &[PRINCIPAL_CLUSTER, REQUEST_CLUSTER]),
        need("ec2:AuthorizeSecurityGroupIngress", "arn:{partition}:ec2:{region}:{account}:security-group/*", OF_CLUSTER),
        need("ec2:RevokeSecurityGroupIngress", "arn:{partition}:ec2:{region}:{account}:security-group/*", OF_CLUSTER),
        need("elasticloadbalancing:AddTags", "*", &[Key { key: "elasticloadbalancing:CreateAction", sent: Sent::Values(&["CreateLoadBalancer"]) }]),
        need("ec2:CreateTags", "*", &[Key { key: "ec2:CreateAction", sent: Sent::Values(&["CreateSecurityGroup"]) }]),
        need("elasticloadbalancing:ModifyLoadBalancerAttributes", "*", OF_CLUSTER),
        need("elasticloadbalancing:SetIpAddressType", "*", OF_CLUSTER),
        need("elasticloadbalancing:SetSecurityGroups", "*", OF_CLUSTER),
        need("elasticloadbalancing:SetSubnets", "*", OF_CLUSTER),
        need("elasticloadbalancing:ModifyTargetGroup", "*", OF_CLUSTER),
        need("elasticloadbalancing:ModifyTargetGroupAttributes", "*", OF_CLUSTER),
        need("elasticloadbalancing:ModifyListener", "*", OF_CLUSTER),
        need("elasticloadbalancing:AddListenerCertificates", "*", OF_CLUSTER),
        need("elasticloadbalancing:ModifyListenerAttributes", "*", OF_CLUSTER),
        need("elasticloadbalancing:RemoveListenerCertificates", "*", OF_CLUSTER),
        need("elasticloadbalancing:ModifyRule", "*", OF_CLUSTER),
        need("elasticloadbalancing:ModifyIpPools", "*", OF_CLUSTER),
        need("elasticloadbalancing:ModifyCapacityReservation", "*", OF_CLUSTER),
        need("elasticloadbalancing:DescribeLoadBalancers", "*", OF_CLUSTER),
        need("elasticloadbalancing:DescribeTargetGroups", "*", &[]),
        need("elasticloadbalancing:SetRulePriorities", "*", &[]),
        need("ec2:DescribeAccountAttributes", "*", &[]),
        need("ec2:DescribeAddresses", "*", &[]),
        need("ec2:DescribeInternetGateways", "*", &[]),
        need("ec2:DescribeSecurityGroups", "*", &[]),
        need("ec2:DescribeSubnets", "*", &[]),
        need("ec2:DescribeVpcs", "*", &[]),
        need("ec2:DescribeInstances", "*", &[]),
        need("ec2:DescribeNetworkInterfaces", "*", &[]),
        need("ec2:DescribeRouteTables", "*", &[]),
        need("ec2:DescribeCoipPools", "*", &[]),
        need("ec2:GetCoipPoolUsage", "*", &[]),
        need("ec2:GetSecurityGroupsForVpc", "*", &[]),
        need("ec2:DescribeVpcPeeringConnections", "*", &[]),
        need("ec2:DescribeIpamPools", "*", &[]),
        need(
            "iam:CreateServiceLinkedRole",
            "arn:{partition}:iam::{account}:role/aws-service-role/elasticloadbalancing.amazonaws.com/AWSServiceRoleForElasticLoadBalancing",
            &[Key { key: "iam:AWSServiceName", sent: Sent::Values(&["elasticloadbalancing.amazonaws.com"]) }],
        ),
    ],
    not_needed: &[
        not("ec2:DescribeVpcClassicLink", Reason::Retired),
        not("ec2:DescribeClassicLinkInstances", Reason::Retired),
        not("wafv2:AssociateWebACL", Reason::OnRequest),
        not("wafv2:DisassociateWebACL", Reason::OnRequest),
        not("wafv2:GetWebACL", Reason::OnRequest),
        not("wafv2:GetWebACLForResource", Reason::OnRequest),
        not("wafv2:ListWebACLs", Reason::OnRequest),
        not("elasticloadbalancing:SetWebAcl", Reason::OnRequest),
        not("shield:CreateProtection", Reason::OnRequest),
        not("shield:DeleteProtection", Reason::OnRequest),
        not("shield:TagResource", Reason::OnRequest),
        not("cognito-idp:DescribeUserPoolClient", Reason::OnRequest),
        not("acm:ListCertificates", Reason::OnRequest),
        not("acm:DescribeCertificate", Reason::OnRequest),
    ],
};

/// EKS Auto Mode's networking (the VPC CNI it runs): the nodes' network interfaces and addresses.
pub const NETWORKING: Derived = Derived {
    needs: &[
        need(
            "ec2:CreateNetworkInterface",
            "arn:{partition}:ec2:{region}:{account}:network-interface/*",
            &[
                PRINCIPAL_CLUSTER,
                REQUEST_CLUSTER,
                Key { key: "aws:RequestTag/eks:kubernetes-cni-node-name", sent: Sent::Values(&["ip-192-168-0-1.ec2.internal"]) },
                Key { key: "aws:TagKeys", sent: Sent::Values(&["eks:eks-cluster-name", "eks:kubernetes-cni-node-name"]) },
            ],
        ),
        need("ec2:CreateNetworkInterface", "arn:{partition}:ec2:{region}:{account}:subnet/*", &[]),
        need("ec2:CreateNetworkInterface", "arn:{partition}:ec2:{region}:{account}:security-group/*", &[]),
        need("ec2:CreateTags", "arn:{partition}:ec2:{region}:{account}:network-interface/*", &[Key { key: "ec2:CreateAction", sent: Sent::Values(&["CreateNetworkInterface"]) }]),
        need("ec2:AttachNetworkInterface", "*", OF_CLUSTER),
        need("ec2:DetachNetworkInterface", "*", OF_CLUSTER),
        need("ec2:AssignPrivateIpAddresses", "*", OF_CLUSTER),
        need("ec2:UnassignPrivateIpAddresses", "*", OF_CLUSTER),
        need("ec2:AssignIpv6Addresses", "*", OF_CLUSTER),
        need("ec2:UnassignIpv6Addresses", "*", OF_CLUSTER),
        need("ec2:ModifyNetworkInterfaceAttribute", "arn:{partition}:ec2:{region}:{account}:network-interface/*", OF_CLUSTER),
        need("ec2:ModifyNetworkInterfaceAttribute", "arn:{partition}:ec2:{region}:{account}:instance/*", OF_CLUSTER),
        need("ec2:AssociateTrunkInterface", "*", &[]),
        need("ec2:DisassociateTrunkInterface", "*", &[]),
    ],
    not_needed: &[],
};

/// AmazonEKSWorkerNodeMinimalPolicy: EKS Pod Identity's agent on an Auto Mode node.
pub const WORKER_NODE_MINIMAL: Derived = Derived { needs: &[need("eks-auth:AssumeRoleForPodIdentity", CLUSTER, &[])], not_needed: &[] };

/// AmazonECSTaskExecutionRolePolicy: pulling a task's images and sending its logs.
pub const ECS_TASK_EXECUTION: Derived = Derived {
    needs: &[
        ECR_PULL[0],
        ECR_PULL[1],
        ECR_PULL[2],
        need("ecr:BatchCheckLayerAvailability", REPOSITORIES, &[]),
        need("logs:CreateLogStream", LOG_GROUPS, &[]),
        need("logs:PutLogEvents", LOG_GROUPS, &[]),
    ],
    not_needed: &[],
};

#[cfg(test)]
mod tests {
    use super::*;

    fn one(s: &str) -> PolicyDocument {
        PolicyDocument::parse(s).unwrap_or_else(|e| panic!("{e}"))
    }

    /// Twins: one edit of a statement flips a need's verdict.
    #[test]
    fn granted_by_judges_action_resource_condition_and_deny() {
        let scope = Scope { partition: Partition::Aws, region: "us-west-2".into(), account: "111122223333".into(), cluster: "prod".into() };
        let attach = need("ec2:AttachVolume", "*", OF_CLUSTER);
        let tagged = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ec2:AttachVolume","Resource":"*","Condition":{"StringEquals":{"aws:ResourceTag/eks:eks-cluster-name":"${aws:PrincipalTag/eks:eks-cluster-name}"}}}]}"#;
        assert!(granted_by(&one(tagged), &attach, &scope));
        // Another cluster's tag: not granted.
        assert!(!granted_by(&one(&tagged.replace("${aws:PrincipalTag/eks:eks-cluster-name}", "other")), &attach, &scope));
        // Another action: not granted.
        assert!(!granted_by(&one(&tagged.replace("ec2:AttachVolume", "ec2:DetachVolume")), &attach, &scope));
        // Narrower resources than the need's set: not granted.
        assert!(!granted_by(&one(&tagged.replace(r#""Resource":"*""#, r#""Resource":"arn:aws:ec2:*:*:volume/vol-1""#)), &attach, &scope));
        // A need without the cluster's tag in its context is not granted by the tagged statement.
        assert!(!granted_by(&one(tagged), &need("ec2:AttachVolume", "*", &[]), &scope));
        // An explicit Deny beside the Allow wins.
        let denied = tagged.replace("]}", r#",{"Effect":"Deny","Action":"ec2:*","Resource":"*"}]}"#);
        assert!(!granted_by(&one(&denied), &attach, &scope));

        let subnets = need("ec2:RunInstances", "arn:{partition}:ec2:{region}:{account}:subnet/*", &[]);
        let run = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ec2:RunInstances","Resource":"arn:aws:ec2:*:*:subnet/*"}]}"#;
        assert!(granted_by(&one(run), &subnets, &scope));
        assert!(granted_by(&one(run), &subnets, &Scope::any(Partition::Aws)));
        // The other partition's ARN does not cover it.
        assert!(!granted_by(&one(run), &subnets, &Scope { partition: Partition::AwsCn, ..scope.clone() }));
        assert!(!granted_by(&one(&run.replace("subnet/*", "subnet/subnet-1")), &subnets, &scope));
        assert!(!granted_by(&one(&run.replace("ec2:*:*", "ec2:eu-west-1:*")), &subnets, &scope));
    }

    #[test]
    fn resource_sets() {
        assert!(resource_covers("*", "*"));
        assert!(resource_covers("*", "arn:aws:ec2:us-west-2:111122223333:volume/*"));
        assert!(!resource_covers("arn:aws:ec2:*:*:volume/*", "*"));
        assert!(resource_covers("arn:aws:ec2:*:*:snapshot/*", "arn:aws:ec2:us-west-2::snapshot/*"));
        assert!(!resource_covers("arn:aws:ec2:*:*:snapshot/snap-?", "arn:aws:ec2:*:*:snapshot/*"));
        assert!(!resource_covers("arn:aws:iam::*:instance-profile/eks*", "arn:aws:iam::111122223333:instance-profile/*"));
        let n = need("eks:DescribeCluster", CLUSTER, &[]);
        let s = Scope { partition: Partition::AwsUsGov, region: "us-gov-west-1".into(), account: "111122223333".into(), cluster: "prod".into() };
        assert_eq!(n.resource_in(&s), "arn:aws-us-gov:eks:us-gov-west-1:111122223333:cluster/prod");
        assert_eq!(Reason::OnRequest.as_str(), "on-request");
    }
}
