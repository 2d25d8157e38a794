//! `doctor eks`'s verdicts on the links between a cluster and its roles (issue 21): each
//! failure users reported, built as a cluster model, with its finding, and a twin in which one
//! edit (a trust statement, an entry, a role ARN) flips it; and a healthy cluster that reports
//! nothing.

#![allow(clippy::unwrap_used)] // Tests fail loudly on purpose.

use rolecall_core::backend::{AttachedPolicy, Observation, ObservedRole, RoleSummary, Timestamp};
use rolecall_core::cluster::{AccessEntry, AccessEntryType, AuthenticationMode, Cluster, ComputeConfig, EksCluster, FargateProfile, NodeGroup, Part, PodIdentityAssociation, Unread, UnreadWhy};
use rolecall_core::finding::{Arg, Code, Finding};
use rolecall_core::input::AccountId;
use rolecall_core::role::{Context, RoleSpec, Variant, EKS_AUTO_NODE, EKS_CLUSTER, EKS_NODE, FARGATE_POD_EXECUTION};
use rolecall_core::wiring::{eks, role_arns, ResourceKind, Roles, Wiring};
use rolecall_core::Partition;

const ACCOUNT: &str = "111122223333";
const CLUSTER_ARN: &str = "arn:aws:eks:us-west-2:111122223333:cluster/prod";
const ISSUER: &str = "https://oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE";
const PROFILE_ARN: &str = "arn:aws:eks:us-west-2:111122223333:fargateprofile/prod/default/a1b2c3d4-5678-90ab-cdef-EXAMPLE11111";
const CLUSTER_ROLE: &str = "arn:aws:iam::111122223333:role/AmazonEKSAutoClusterRole";
const NODE_ROLE: &str = "arn:aws:iam::111122223333:role/AmazonEKSNodeRole";
const AUTO_NODE_ROLE: &str = "arn:aws:iam::111122223333:role/AmazonEKSAutoNodeRole";
const FARGATE_ROLE: &str = "arn:aws:iam::111122223333:role/AmazonEKSFargatePodExecutionRole";
const POD_ROLE: &str = "arn:aws:iam::111122223333:role/app-reader";
const TARGET_ROLE: &str = "arn:aws:iam::444455556666:role/shared-bucket-reader";
const AUTO_NODE_POLICY: &str = "arn:aws:eks::aws:cluster-access-policy/AmazonEKSAutoNodePolicy";

fn trust(statement: &str) -> String {
    format!(r#"{{"Version":"2012-10-17","Statement":[{statement}]}}"#)
}

fn service(principal: &str, actions: &str, condition: &str) -> String {
    let condition = if condition.is_empty() { String::new() } else { format!(r#","Condition":{condition}"#) };
    trust(&format!(r#"{{"Effect":"Allow","Principal":{{"Service":"{principal}"}},"Action":{actions}{condition}}}"#))
}

fn ec2_trust() -> String {
    service("ec2.amazonaws.com", r#""sts:AssumeRole""#, "")
}

fn auto_cluster_trust() -> String {
    service("eks.amazonaws.com", r#"["sts:AssumeRole","sts:TagSession"]"#, "")
}

fn fargate_trust(source_arn: &str) -> String {
    service("eks-fargate-pods.amazonaws.com", r#""sts:AssumeRole""#, &format!(r#"{{"ArnLike":{{"aws:SourceArn":"{source_arn}"}}}}"#))
}

fn pod_trust(condition: &str) -> String {
    service("pods.eks.amazonaws.com", r#"["sts:AssumeRole","sts:TagSession"]"#, condition)
}

/// A role as IAM has it, with the managed policies its kind's guide attaches.
fn role(spec: &RoleSpec, arn: &str, trust: &str) -> Observation {
    let (path, name) = rolecall_core::wiring::role_path_and_name(arn).unwrap();
    let ctx = Context { partition: Partition::Aws, account: Some(AccountId::parse(ACCOUNT).unwrap()), role_name: Some(name.clone()), path: path.clone(), clusters: vec![], permissions: vec![], secrets: vec![] };
    let attached = spec.desired(&ctx).managed_policy_arns.iter().map(|a| AttachedPolicy { name: a.rsplit('/').next().unwrap().into(), arn: a.clone() }).collect();
    Observation {
        role: Some(ObservedRole {
            name: name.as_str().into(),
            arn: arn.into(),
            path: path.as_str().into(),
            trust: trust.into(),
            attached,
            instance_profiles: vec![],
            inline: vec![],
            policies: None,
            create_date: Some(Timestamp::from_secs(1_700_000_000)),
        }),
        ..Default::default()
    }
}

fn entry(principal: &str, t: AccessEntryType, created: i64) -> AccessEntry {
    AccessEntry { principal_arn: principal.into(), entry_type: t, created_at: Some(Timestamp::from_secs(created)), access_policies: None }
}

/// A healthy Auto Mode cluster in API mode with a node group, a Fargate profile and a Pod
/// Identity association chaining into a target role, and the roles it names.
fn healthy() -> (EksCluster, Roles) {
    let mut c = Cluster::from_arn(CLUSTER_ARN, CLUSTER_ROLE).unwrap();
    c.authentication_mode = Some(AuthenticationMode::Api);
    c.compute = Some(ComputeConfig { enabled: true, node_role_arn: Some(AUTO_NODE_ROLE.into()), node_pools: vec!["general-purpose".into(), "system".into()] });
    c.oidc_issuer = Some(ISSUER.into());
    let mut k = EksCluster::new(c);
    k.node_groups = Part::Read(vec![NodeGroup { name: "ng-1".into(), node_role_arn: NODE_ROLE.into() }]);
    k.fargate_profiles = Part::Read(vec![FargateProfile { name: "default".into(), arn: PROFILE_ARN.into(), pod_execution_role_arn: FARGATE_ROLE.into() }]);
    let mut auto = entry(AUTO_NODE_ROLE, AccessEntryType::Ec2, 1_700_000_100);
    auto.access_policies = Some(Part::Read(vec![AUTO_NODE_POLICY.into()]));
    k.access_entries = Part::Read(vec![entry(NODE_ROLE, AccessEntryType::Ec2Linux, 1_700_000_100), entry(FARGATE_ROLE, AccessEntryType::FargateLinux, 1_700_000_100), auto]);
    k.pod_identity = Part::Read(vec![PodIdentityAssociation {
        id: "a-abcdefghijklmnop1".into(),
        arn: "arn:aws:eks:us-west-2:111122223333:podidentityassociation/prod/a-abcdefghijklmnop1".into(),
        namespace: "apps".into(),
        service_account: "reader".into(),
        role_arn: POD_ROLE.into(),
        target_role_arn: Some(TARGET_ROLE.into()),
        external_id: Some("prod-apps-reader".into()),
        ..Default::default()
    }]);
    k.oidc_providers = Part::Read(vec![format!("arn:aws:iam::{ACCOUNT}:oidc-provider/oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE")]);
    let mut roles = Roles::default();
    roles.observed.insert(CLUSTER_ROLE.into(), role(EKS_CLUSTER.variant(Variant::AutoMode), CLUSTER_ROLE, &auto_cluster_trust()));
    roles.observed.insert(NODE_ROLE.into(), role(&EKS_NODE, NODE_ROLE, &ec2_trust()));
    roles.observed.insert(AUTO_NODE_ROLE.into(), role(&EKS_AUTO_NODE, AUTO_NODE_ROLE, &ec2_trust()));
    roles.observed.insert(FARGATE_ROLE.into(), role(&FARGATE_POD_EXECUTION, FARGATE_ROLE, &fargate_trust("arn:aws:eks:us-west-2:111122223333:fargateprofile/prod/*")));
    roles.observed.insert(POD_ROLE.into(), role(&rolecall_core::role::EKS_POD_IDENTITY, POD_ROLE, &pod_trust("")));
    let target = trust(&format!(r#"{{"Effect":"Allow","Principal":{{"AWS":"{POD_ROLE}"}},"Action":["sts:AssumeRole","sts:TagSession"],"Condition":{{"StringEquals":{{"sts:ExternalId":"prod-apps-reader"}}}}}}"#));
    roles.observed.insert(TARGET_ROLE.into(), Observation { role: Some(ObservedRole { name: "shared-bucket-reader".into(), arn: TARGET_ROLE.into(), path: "/".into(), trust: target, attached: vec![], instance_profiles: vec![], inline: vec![], policies: None, create_date: None }), ..Default::default() });
    (k, roles)
}

fn codes(w: &Wiring) -> Vec<&'static str> {
    w.all_findings().map(|f| f.code.as_str()).collect()
}

/// The findings of one code, wherever they are.
fn find(w: &Wiring, code: Code) -> Vec<&Finding> {
    w.all_findings().filter(|f| f.code == code).collect()
}

fn set_trust(roles: &mut Roles, arn: &str, trust: String) {
    roles.observed.get_mut(arn).unwrap().role.as_mut().unwrap().trust = trust;
}

fn set_entries(k: &mut EksCluster, f: impl FnOnce(&mut Vec<AccessEntry>)) {
    let Part::Read(entries) = &mut k.access_entries else { panic!() };
    f(entries);
}

#[test]
fn a_healthy_cluster_reports_nothing() {
    let (k, roles) = healthy();
    let w = eks(&k, &roles);
    assert!(codes(&w).is_empty(), "{:#?}", w.all_findings().collect::<Vec<_>>());
    let kinds: Vec<_> = w.resources.iter().map(|r| r.kind).collect();
    assert_eq!(kinds, [ResourceKind::Cluster, ResourceKind::NodeGroup, ResourceKind::FargateProfile, ResourceKind::AutoModeNodes, ResourceKind::PodIdentityAssociation]);
    assert!(w.resources.iter().all(|r| r.check.is_some()));
    // Every role the cluster names is one the backend is asked to observe.
    let mut asked = role_arns(&k);
    asked.sort();
    let mut have: Vec<String> = roles.observed.keys().cloned().collect();
    have.sort();
    assert_eq!(asked, have);
}

/// "Pod execution role is not found in auth config": the profile's role has no access entry.
#[test]
fn fargate_role_without_an_access_entry() {
    let (mut k, roles) = healthy();
    set_entries(&mut k, |e| e.retain(|e| e.principal_arn != FARGATE_ROLE));
    let w = eks(&k, &roles);
    assert_eq!(codes(&w), ["access-entry-missing"]);
    let f = find(&w, Code::AccessEntryMissing)[0];
    assert_eq!((&f.args[Arg::Role], &f.args[Arg::EntryType]), (FARGATE_ROLE, "FARGATE_LINUX"));
    // Twin: API_AND_CONFIG_MAP, where aws-auth may map it: a note.
    k.cluster.authentication_mode = Some(AuthenticationMode::ApiAndConfigMap);
    assert_eq!(codes(&eks(&k, &roles)), ["access-entry-missing-aws-auth"]);
}

/// The trust's SourceArn covers another profile, not this one.
#[test]
fn fargate_trust_that_does_not_cover_the_profile() {
    let (k, mut roles) = healthy();
    set_trust(&mut roles, FARGATE_ROLE, fargate_trust("arn:aws:eks:us-west-2:111122223333:fargateprofile/prod/batch/*"));
    let w = eks(&k, &roles);
    let f = find(&w, Code::FargateProfileNotTrusted);
    assert_eq!(f.len(), 1, "{:?}", codes(&w));
    assert_eq!((&f[0].args[Arg::FargateProfile], &f[0].args[Arg::SourceArn], &f[0].args[Arg::Key]), ("default", PROFILE_ARN, "aws:SourceArn"));
    // Twin: the pattern covers every profile of the cluster.
    set_trust(&mut roles, FARGATE_ROLE, fargate_trust("arn:aws:eks:us-west-2:111122223333:fargateprofile/prod/*"));
    assert!(codes(&eks(&k, &roles)).is_empty());
}

#[test]
fn fargate_trust_on_a_value_rolecall_cannot_know_is_undecided() {
    let (k, mut roles) = healthy();
    let cond = r#"{"ArnLike":{"aws:SourceArn":"arn:aws:eks:us-west-2:111122223333:fargateprofile/prod/*"},"StringEquals":{"aws:SourceOrgID":"o-exampleorgid"}}"#;
    set_trust(&mut roles, FARGATE_ROLE, service("eks-fargate-pods.amazonaws.com", r#""sts:AssumeRole""#, cond));
    let w = eks(&k, &roles);
    let f = find(&w, Code::FargateProfileTrustUndecided);
    assert_eq!(f.len(), 1, "{:?}", codes(&w));
    assert_eq!(f[0].args[Arg::Key].to_ascii_lowercase(), "aws:sourceorgid");
}

/// Nodes never join: the node role's entry is missing, or of the wrong type.
#[test]
fn node_role_without_an_ec2_linux_entry() {
    let (mut k, roles) = healthy();
    set_entries(&mut k, |e| e[0].entry_type = AccessEntryType::Standard);
    let w = eks(&k, &roles);
    assert_eq!(codes(&w), ["access-entry-missing"]);
    let f = find(&w, Code::AccessEntryMissing)[0];
    assert_eq!((&f.args[Arg::Role], &f.args[Arg::EntryType], &f.args[Arg::Found]), (NODE_ROLE, "EC2_LINUX or EC2_WINDOWS", "STANDARD"));
    // Twin: a Windows node group's entry is right too.
    set_entries(&mut k, |e| e[0].entry_type = AccessEntryType::Ec2Windows);
    assert!(codes(&eks(&k, &roles)).is_empty());
}

/// The role was deleted and created again: its entry, bound to the old role, is stale.
#[test]
fn an_entry_older_than_its_role_is_stale() {
    let (mut k, roles) = healthy();
    set_entries(&mut k, |e| e[0].created_at = Some(Timestamp::from_secs(1_600_000_000)));
    let w = eks(&k, &roles);
    assert_eq!(codes(&w), ["access-entry-stale"]);
    let f = find(&w, Code::AccessEntryStale)[0];
    assert_eq!((&f.args[Arg::EntryCreated], &f.args[Arg::RoleCreated]), ("2020-09-13T12:26:40Z", "2023-11-14T22:13:20Z"));
    // Twin: the entry was created after the role.
    set_entries(&mut k, |e| e[0].created_at = Some(Timestamp::from_secs(1_700_000_001)));
    assert!(codes(&eks(&k, &roles)).is_empty());
}

/// In CONFIG_MAP mode aws-auth cannot be read, and a role with a path must be written there
/// without it.
#[test]
fn config_map_mode_says_what_it_cannot_read() {
    let (mut k, mut roles) = healthy();
    k.cluster.compute = None;
    k.cluster.authentication_mode = Some(AuthenticationMode::ConfigMap);
    roles.observed.insert(CLUSTER_ROLE.into(), role(&EKS_CLUSTER, CLUSTER_ROLE, &service("eks.amazonaws.com", r#""sts:AssumeRole""#, "")));
    let with_path = "arn:aws:iam::111122223333:role/eks/AmazonEKSNodeRole";
    let Part::Read(groups) = &mut k.node_groups else { panic!() };
    groups[0].node_role_arn = with_path.into();
    roles.observed.insert(with_path.into(), role(&EKS_NODE, with_path, &ec2_trust()));
    let w = eks(&k, &roles);
    assert_eq!(codes(&w), ["aws-auth-unread", "aws-auth-role-path"]);
    assert_eq!(&find(&w, Code::AwsAuthRolePath)[0].args[Arg::Value], NODE_ROLE);
    // Twin: the node role without a path needs no such care.
    let Part::Read(groups) = &mut k.node_groups else { panic!() };
    groups[0].node_role_arn = NODE_ROLE.into();
    assert_eq!(codes(&eks(&k, &roles)), ["aws-auth-unread"]);
}

/// The Fargate guide forbids one role for a profile and a node group.
#[test]
fn fargate_role_shared_with_a_node_group() {
    let (mut k, mut roles) = healthy();
    let Part::Read(profiles) = &mut k.fargate_profiles else { panic!() };
    profiles[0].pod_execution_role_arn = NODE_ROLE.into();
    // The node role, trusted by Fargate too so that only the sharing is at stake.
    let both = trust(r#"{"Effect":"Allow","Principal":{"Service":["ec2.amazonaws.com","eks-fargate-pods.amazonaws.com"]},"Action":"sts:AssumeRole"}"#);
    set_trust(&mut roles, NODE_ROLE, both);
    let w = eks(&k, &roles);
    let f = find(&w, Code::FargateRoleNodeGroupShared);
    assert_eq!(f.len(), 1, "{:?}", codes(&w));
    assert_eq!((&f[0].args[Arg::FargateProfile], &f[0].args[Arg::NodeGroup]), ("default", "ng-1"));
    // Twin: the profile's own role.
    let Part::Read(profiles) = &mut k.fargate_profiles else { panic!() };
    profiles[0].pod_execution_role_arn = FARGATE_ROLE.into();
    assert!(find(&eks(&k, &roles), Code::FargateRoleNodeGroupShared).is_empty());
}

/// Auto Mode nodes never join: the node role's EC2 entry, or its AmazonEKSAutoNodePolicy, is missing.
#[test]
fn auto_mode_node_role_needs_its_entry_and_access_policy() {
    let (mut k, roles) = healthy();
    set_entries(&mut k, |e| e[2].access_policies = Some(Part::Read(vec![])));
    let w = eks(&k, &roles);
    assert_eq!(codes(&w), ["access-policy-missing"]);
    assert_eq!(&find(&w, Code::AccessPolicyMissing)[0].args[Arg::Policy], "AmazonEKSAutoNodePolicy");
    set_entries(&mut k, |e| e.truncate(2));
    let w = eks(&k, &roles);
    assert_eq!(codes(&w), ["access-entry-missing"]);
    assert_eq!(&find(&w, Code::AccessEntryMissing)[0].args[Arg::EntryType], "EC2");
    // Twin: the entry with its policy, as `healthy` has it.
    assert!(codes(&eks(&healthy().0, &roles)).is_empty());
}

/// Auto Mode: the cluster role is checked as Auto Mode needs it, with sts:TagSession.
#[test]
fn auto_mode_cluster_role_without_tag_session() {
    let (mut k, mut roles) = healthy();
    set_trust(&mut roles, CLUSTER_ROLE, service("eks.amazonaws.com", r#""sts:AssumeRole""#, ""));
    let w = eks(&k, &roles);
    let f = find(&w, Code::TrustActionMissing);
    assert_eq!(f.len(), 1, "{:?}", codes(&w));
    assert_eq!(&f[0].args[Arg::Action], "sts:TagSession");
    assert_eq!(w.resources[0].kind, ResourceKind::Cluster);
    // Twin: not an Auto Mode cluster, where sts:AssumeRole is enough.
    k.cluster.compute = None;
    assert!(find(&eks(&k, &roles), Code::TrustActionMissing).is_empty());
}

/// A Pod Identity role that does not allow sts:TagSession: its check says so.
#[test]
fn pod_identity_role_without_tag_session() {
    let (k, mut roles) = healthy();
    set_trust(&mut roles, POD_ROLE, service("pods.eks.amazonaws.com", r#""sts:AssumeRole""#, ""));
    let w = eks(&k, &roles);
    assert_eq!(codes(&w), ["trust-action-missing"]);
    set_trust(&mut roles, POD_ROLE, pod_trust(""));
    assert!(codes(&eks(&k, &roles)).is_empty());
}

/// The role's conditions reject the association's own session tags.
#[test]
fn pod_identity_conditions_that_reject_the_association() {
    let (mut k, mut roles) = healthy();
    set_trust(&mut roles, POD_ROLE, pod_trust(r#"{"StringEquals":{"aws:RequestTag/kubernetes-namespace":"payments"}}"#));
    let w = eks(&k, &roles);
    let f = find(&w, Code::PodIdentityTagsRejected);
    assert_eq!(f.len(), 1, "{:?}", codes(&w));
    assert_eq!((&f[0].args[Arg::Namespace], &f[0].args[Arg::Key]), ("apps", "aws:RequestTag/kubernetes-namespace"));
    // Twin: the condition names the association's namespace.
    set_trust(&mut roles, POD_ROLE, pod_trust(r#"{"StringEquals":{"aws:RequestTag/kubernetes-namespace":"apps","aws:RequestTag/eks-cluster-arn":"arn:aws:eks:us-west-2:111122223333:cluster/prod"}}"#));
    assert!(find(&eks(&k, &roles), Code::PodIdentityTagsRejected).is_empty());
    // With session tags disabled, EKS sends none: the same condition rejects it.
    let Part::Read(a) = &mut k.pod_identity else { panic!() };
    a[0].disable_session_tags = true;
    assert_eq!(find(&eks(&k, &roles), Code::PodIdentityTagsRejected).len(), 1);
}

/// A pod's name and UID are unknown, not absent: a condition on them is undecided.
#[test]
fn pod_identity_conditions_on_a_pod_are_undecided() {
    let (k, mut roles) = healthy();
    set_trust(&mut roles, POD_ROLE, pod_trust(r#"{"StringLike":{"aws:RequestTag/kubernetes-pod-name":"reader-*"}}"#));
    let w = eks(&k, &roles);
    let f = find(&w, Code::PodIdentityTagsUndecided);
    assert_eq!(f.len(), 1, "{:?}", codes(&w));
    assert_eq!(&f[0].args[Arg::Key], "aws:RequestTag/kubernetes-pod-name");
    // Twin: a condition on the service account, which EKS knows.
    set_trust(&mut roles, POD_ROLE, pod_trust(r#"{"StringLike":{"aws:RequestTag/kubernetes-service-account":"read*"}}"#));
    assert!(find(&eks(&k, &roles), Code::PodIdentityTagsUndecided).is_empty());
}

/// The target role must trust the association's role, with its external ID.
#[test]
fn pod_identity_target_role_must_trust_the_association_role() {
    let (mut k, mut roles) = healthy();
    let Part::Read(a) = &mut k.pod_identity else { panic!() };
    a[0].external_id = Some("another-id".into());
    let w = eks(&k, &roles);
    let f = find(&w, Code::PodIdentityTargetNotTrusted);
    assert_eq!(f.len(), 1, "{:?}", codes(&w));
    assert_eq!((&f[0].args[Arg::Role], &f[0].args[Arg::Principal], &f[0].args[Arg::Key]), (TARGET_ROLE, POD_ROLE, "sts:ExternalId"));
    // Twin: the association's own external ID.
    let Part::Read(a) = &mut k.pod_identity else { panic!() };
    a[0].external_id = Some("prod-apps-reader".into());
    assert!(codes(&eks(&k, &roles)).is_empty());
    // A condition on the pod's name, which differs per pod: undecided.
    let t = trust(&format!(r#"{{"Effect":"Allow","Principal":{{"AWS":"{POD_ROLE}"}},"Action":["sts:AssumeRole","sts:TagSession"],"Condition":{{"StringLike":{{"aws:PrincipalTag/kubernetes-pod-name":"reader-*"}}}}}}"#));
    set_trust(&mut roles, TARGET_ROLE, t);
    assert_eq!(codes(&eks(&k, &roles)), ["pod-identity-target-undecided"]);
    // A target role that does not exist.
    roles.observed.insert(TARGET_ROLE.into(), Observation::default());
    assert_eq!(codes(&eks(&k, &roles)), ["role-missing"]);
}

/// Every role the cluster names is checked as its kind: one that is gone is role-missing.
#[test]
fn a_node_role_that_does_not_exist() {
    let (k, mut roles) = healthy();
    roles.observed.insert(NODE_ROLE.into(), Observation::default());
    let w = eks(&k, &roles);
    // The node group's role is missing, and its access entry names a role that does not exist.
    assert_eq!(codes(&w), ["role-missing", "access-entry-role-missing"]);
    assert_eq!(w.resources.last().map(|r| r.kind), Some(ResourceKind::AccessEntry));
}

/// An access entry for a role that is gone.
#[test]
fn an_entry_naming_a_role_that_does_not_exist() {
    let (mut k, mut roles) = healthy();
    let gone = "arn:aws:iam::111122223333:role/old-admin";
    set_entries(&mut k, |e| e.push(entry(gone, AccessEntryType::Standard, 1_700_000_100)));
    roles.observed.insert(gone.into(), Observation::default());
    let w = eks(&k, &roles);
    assert_eq!(codes(&w), ["access-entry-role-missing"]);
    assert_eq!(&find(&w, Code::AccessEntryRoleMissing)[0].args[Arg::EntryType], "STANDARD");
    // Twin: the role exists.
    roles.observed.insert(gone.into(), role(&EKS_NODE, gone, &ec2_trust()));
    assert!(codes(&eks(&k, &roles)).is_empty());
}

/// Roles trust the cluster's issuer (IRSA) but the account has no IAM OIDC provider for it.
#[test]
fn oidc_provider_missing_while_roles_trust_the_issuer() {
    let (mut k, mut roles) = healthy();
    k.oidc_providers = Part::Read(vec![]);
    // No role trusts the issuer: nothing to say.
    assert!(codes(&eks(&k, &roles)).is_empty());
    let irsa = trust(r#"{"Effect":"Allow","Principal":{"Federated":"arn:aws:iam::111122223333:oidc-provider/oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE"},"Action":"sts:AssumeRoleWithWebIdentity"}"#);
    roles.listed = Some(vec![RoleSummary { name: "aws-node-irsa".into(), arn: "arn:aws:iam::111122223333:role/aws-node-irsa".into(), path: "/".into(), trust: irsa }]);
    let w = eks(&k, &roles);
    assert_eq!(codes(&w), ["oidc-provider-missing"]);
    assert_eq!((&w.findings[0].args[Arg::Issuer], &w.findings[0].args[Arg::Roles]), (ISSUER, "aws-node-irsa"));
    // Twin: the provider exists.
    k.oidc_providers = healthy().0.oidc_providers;
    assert!(codes(&eks(&k, &roles)).is_empty());
}

/// What cannot be read is said, not guessed: no entry verdicts without the entries.
#[test]
fn a_part_not_read_is_a_note_naming_the_api() {
    let (mut k, roles) = healthy();
    set_entries(&mut k, |e| e.clear());
    assert_eq!(codes(&eks(&k, &roles)), ["access-entry-missing", "access-entry-missing", "access-entry-missing"]);
    k.access_entries = Part::NotRead(Unread { api: "ListAccessEntries".into(), why: UnreadWhy::AccessDenied });
    let w = eks(&k, &roles);
    assert_eq!(codes(&w), ["eks-not-read"]);
    assert_eq!((&w.findings[0].args[Arg::Api], &w.findings[0].args[Arg::Value]), ("ListAccessEntries", "AccessDenied"));
    // The Auto Mode entry's access policies not read: a note on that resource.
    let (mut k, roles) = healthy();
    set_entries(&mut k, |e| e[2].access_policies = Some(Part::NotRead(Unread { api: "ListAssociatedAccessPolicies".into(), why: UnreadWhy::Unsupported })));
    assert_eq!(codes(&eks(&k, &roles)), ["eks-not-read"]);
}

/// Each finding names exactly the arguments its code declares.
#[test]
fn wiring_findings_carry_their_declared_arguments() {
    let (mut k, mut roles) = healthy();
    k.cluster.authentication_mode = Some(AuthenticationMode::ConfigMap);
    set_trust(&mut roles, POD_ROLE, pod_trust(r#"{"StringEquals":{"aws:RequestTag/kubernetes-namespace":"payments"}}"#));
    for f in eks(&k, &roles).all_findings() {
        assert!(f.missing_args().is_empty(), "{f:?}");
    }
}
