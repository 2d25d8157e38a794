//! The role model against the guides: definitions, every finding, and plans.

#![allow(clippy::unwrap_used)] // Tests fail loudly on purpose.

use std::collections::BTreeSet;

use rolecall_core::backend::{Action, AttachedPolicy, InstanceProfileInfo, Observation, ObservedRole};
use rolecall_core::check::{check_role, Status};
use rolecall_core::finding::{Arg, Code, Finding};
use rolecall_core::input::{AccountId, ClusterName, IamPath, Region, RoleName};
use rolecall_core::lint::text::lint_text;
use rolecall_core::lint::{lint, DocKind};
use rolecall_core::diff::plan;
use rolecall_core::plan::PlanOptions;
use rolecall_policy::document::PolicyDocument;
use rolecall_core::role::{ClusterScope, Context, Desired, Permission, Scope, ECS_INSTANCE, EKS_NODE, FARGATE_POD_EXECUTION};
use rolecall_core::{Partition, RoleKind};

const ACCOUNT: &str = "111122223333";

fn ctx(p: Partition) -> Context {
    Context { partition: p, account: Some(AccountId::parse(ACCOUNT).unwrap()), role_name: None, path: IamPath::root(), clusters: vec![], permissions: vec![], secrets: vec![] }
}

fn cluster(name: &str, region: &str) -> ClusterScope {
    ClusterScope {
        name: if name == "*" { Scope::All } else { Scope::One(ClusterName::parse(name).unwrap()) },
        region: if region == "*" { Scope::All } else { Scope::One(Region::parse(region).unwrap()) },
    }
}

fn doc(text: &str) -> PolicyDocument {
    PolicyDocument::parse(text).unwrap()
}

/// The trust policies printed in the guides, with their placeholders filled in.
const GUIDE_EC2_TRUST: &str = r#"{ "Version": "2012-10-17", "Statement": [ { "Effect": "Allow", "Principal": { "Service": "ec2.amazonaws.com" }, "Action": "sts:AssumeRole" } ] }"#;
const GUIDE_ECS_TRUST: &str = r#"{ "Version": "2012-10-17", "Statement": [ { "Effect": "Allow", "Principal": { "Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole" } ] }"#;
const GUIDE_FARGATE_TRUST: &str = r#"{ "Version": "2012-10-17", "Statement": [ { "Effect": "Allow", "Condition": { "ArnLike": { "aws:SourceArn": "arn:aws:eks:us-west-2:111122223333:fargateprofile/my-cluster/*" } }, "Principal": { "Service": "eks-fargate-pods.amazonaws.com" }, "Action": "sts:AssumeRole" } ] }"#;
const GUIDE_FARGATE_TRUST_OLD: &str = r#"{ "Version": "2012-10-17", "Statement": [ { "Effect": "Allow", "Principal": { "Service": "eks-fargate-pods.amazonaws.com" }, "Action": "sts:AssumeRole" } ] }"#;

fn fargate(p: Partition, clusters: &[(&str, &str)]) -> Desired {
    let mut c = ctx(p);
    c.clusters = clusters.iter().map(|(n, r)| cluster(n, r)).collect();
    FARGATE_POD_EXECUTION.desired(&c)
}

#[test]
fn trust_policies_match_the_guides_in_aws() {
    assert!(EKS_NODE.desired(&ctx(Partition::Aws)).trust.same_meaning(&doc(GUIDE_EC2_TRUST)));
    assert!(ECS_INSTANCE.desired(&ctx(Partition::Aws)).trust.same_meaning(&doc(GUIDE_ECS_TRUST)));
    assert!(fargate(Partition::Aws, &[("my-cluster", "us-west-2")]).trust.same_meaning(&doc(GUIDE_FARGATE_TRUST)));
}

#[test]
fn every_role_in_every_partition() {
    for p in Partition::ALL {
        let prefix = format!("arn:{}:", p.id());
        let node = EKS_NODE.desired(&ctx(p));
        assert_eq!(
            node.managed_policy_arns,
            vec![format!("{prefix}iam::aws:policy/AmazonEKSWorkerNodePolicy"), format!("{prefix}iam::aws:policy/AmazonEC2ContainerRegistryPullOnly")]
        );
        assert_eq!(node.trust.statements[0].principal.as_ref().unwrap().values("Service"), [p.ec2_principal().to_owned()]);
        assert!(node.instance_profile.is_none());

        let ecs = ECS_INSTANCE.desired(&ctx(p));
        assert_eq!(ecs.managed_policy_arns, vec![format!("{prefix}iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role")]);
        assert_eq!(ecs.instance_profile.as_ref().unwrap().as_str(), "ecsInstanceRole-profile");
        assert_eq!(ecs.role_name.as_str(), "ecsInstanceRole");

        let f = fargate(p, &[("prod", p.example_region())]);
        assert_eq!(f.managed_policy_arns, vec![format!("{prefix}iam::aws:policy/AmazonEKSFargatePodExecutionRolePolicy")]);
        assert_eq!(f.role_name.as_str(), "AmazonEKSFargatePodExecutionRole");
        assert_eq!(f.source_arns, vec![format!("{prefix}eks:{}:{ACCOUNT}:fargateprofile/prod/*", p.example_region())]);
        assert_eq!(f.trust.statements[0].principal.as_ref().unwrap().values("Service"), ["eks-fargate-pods.amazonaws.com".to_owned()]);
        // Every document rolecall would write lints clean.
        for d in [&node, &ecs, &f] {
            assert!(lint(&d.trust.to_json(), DocKind::Trust).is_empty(), "{}", d.trust.to_json());
        }
    }
    assert_eq!(EKS_NODE.desired(&ctx(Partition::AwsCn)).trust.statements[0].principal.as_ref().unwrap().values("Service"), ["ec2.amazonaws.com.cn".to_owned()]);
}

#[test]
fn optional_permissions_follow_the_guides() {
    let mut c = ctx(Partition::AwsCn);
    c.permissions = vec![Permission::CniIpv6];
    let d = EKS_NODE.desired(&c);
    assert_eq!(d.customer_managed_policies[0].name, "AmazonEKS_CNI_IPv6_Policy");
    assert_eq!(d.customer_managed_policies[0].arn.as_deref(), Some("arn:aws-cn:iam::111122223333:policy/AmazonEKS_CNI_IPv6_Policy"));
    assert!(d.customer_managed_policies[0].document.to_string().contains("arn:aws-cn:ec2:*:*:network-interface/*"));
    assert!(d.managed_policy_arns.contains(&"arn:aws-cn:iam::111122223333:policy/AmazonEKS_CNI_IPv6_Policy".to_owned()));

    c.permissions = vec![Permission::CniIpv4];
    assert!(EKS_NODE.desired(&c).managed_policy_arns.contains(&"arn:aws-cn:iam::aws:policy/AmazonEKS_CNI_Policy".to_owned()));

    let mut c = ctx(Partition::Aws);
    c.permissions = vec![Permission::EcrPull, Permission::CloudWatchLogs, Permission::S3ReadOnly];
    let d = ECS_INSTANCE.desired(&c);
    // AmazonEC2ContainerServiceforEC2Role already grants ECR pull: nothing is made for it.
    assert!(d.inline_policies.is_empty());
    assert_eq!(d.covered, vec![(Permission::EcrPull, rolecall_core::role::ECS_FOR_EC2_POLICY)]);
    assert!(lint(&rolecall_core::role::ecr_pull_document(Partition::Aws).to_string(), DocKind::Identity).is_empty());
    assert_eq!(d.customer_managed_policies[0].name, "cwlogspolicy");
    assert!(d.managed_policy_arns.contains(&"arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess".to_owned()));
    for n in d.customer_managed_policies.iter().chain(&d.inline_policies) {
        assert!(lint(&n.document.to_string(), DocKind::Identity).is_empty(), "{}", n.name);
    }
}

#[test]
fn fargate_scopes_for_all_clusters_and_regions() {
    let d = fargate(Partition::Aws, &[("*", "*")]);
    assert_eq!(d.source_arns, vec!["arn:aws:eks:*:111122223333:fargateprofile/*/*".to_owned()]);
    let d = fargate(Partition::Aws, &[("a", "us-west-2"), ("b", "eu-west-1")]);
    let v = d.trust.to_value();
    assert_eq!(
        v["Statement"][0]["Condition"]["ArnLike"]["aws:SourceArn"],
        serde_json::json!(["arn:aws:eks:us-west-2:111122223333:fargateprofile/a/*", "arn:aws:eks:eu-west-1:111122223333:fargateprofile/b/*"])
    );
}

fn role(name: &str, trust: &str, attached: &[&str]) -> ObservedRole {
    ObservedRole {
        name: name.into(),
        arn: format!("arn:aws:iam::{ACCOUNT}:role/{name}"),
        path: "/".into(),
        trust: trust.into(),
        attached: attached
            .iter()
            .map(|arn| AttachedPolicy { name: arn.rsplit('/').next().unwrap().into(), arn: (*arn).into() })
            .collect(),
        instance_profiles: vec![],
        inline: vec![],
        policies: None,
        create_date: None,
    }
}

/// What IAM answers for a role and nothing else.
fn seen(r: impl std::borrow::Borrow<ObservedRole>) -> Observation {
    Observation { role: Some(r.borrow().clone()), ..Default::default() }
}

fn codes(f: &[Finding]) -> Vec<&'static str> {
    f.iter().map(|f| f.code.as_str()).collect()
}

const WORKER: &str = "arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy";
const PULL: &str = "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryPullOnly";
const READ: &str = "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly";
const CNI: &str = "arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy";
const FARGATE_POLICY: &str = "arn:aws:iam::aws:policy/AmazonEKSFargatePodExecutionRolePolicy";
const ECS_POLICY: &str = "arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role";

/// Collects every code the scenarios below produce, to prove each one is reachable.
fn all_scenarios() -> Vec<Finding> {
    let mut out = Vec::new();
    let node = EKS_NODE.desired(&ctx(Partition::Aws));
    out.extend(check_role(&EKS_NODE, &node, &Observation::default()));
    out.extend(check_role(&EKS_NODE, &node, &seen(role("AmazonEKSNodeRole", "{", &[WORKER, PULL]))));
    out.extend(check_role(&EKS_NODE, &node, &seen(role("AmazonEKSNodeRole", GUIDE_FARGATE_TRUST_OLD, &[WORKER, READ, CNI]))));
    let shared = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":["ec2.amazonaws.com","eks-fargate-pods.amazonaws.com","ssm.amazonaws.com"]},"Action":"sts:AssumeRole"}]}"#;
    out.extend(check_role(&EKS_NODE, &node, &seen(role("AmazonEKSNodeRole", shared, &[]))));
    let cn = EKS_NODE.desired(&ctx(Partition::AwsCn));
    out.extend(check_role(&EKS_NODE, &cn, &seen(role("AmazonEKSNodeRole", GUIDE_EC2_TRUST, &[]))));
    let f = fargate(Partition::Aws, &[("my-cluster", "us-west-2"), ("other", "us-west-2")]);
    out.extend(check_role(&FARGATE_POD_EXECUTION, &f, &seen(role("AmazonEKSFargatePodExecutionRole", GUIDE_FARGATE_TRUST, &[FARGATE_POLICY]))));
    out.extend(check_role(&FARGATE_POD_EXECUTION, &f, &seen(role("AmazonEKSFargatePodExecutionRole", GUIDE_FARGATE_TRUST_OLD, &[FARGATE_POLICY]))));
    let mut c = ctx(Partition::Aws);
    c.permissions = vec![Permission::EcrPull, Permission::S3ReadOnly, Permission::CloudWatchLogs];
    let ecs = ECS_INSTANCE.desired(&c);
    let mut r = role("ecsInstanceRole", GUIDE_ECS_TRUST, &[]);
    r.inline = vec![("AmazonECRPull".into(), r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"ecr:*","Resource":"*"}}"#.into())];
    out.extend(check_role(&ECS_INSTANCE, &ecs, &seen(r)));
    let taken = Observation {
        role: Some(role("ecsInstanceRole", GUIDE_ECS_TRUST, &[ECS_POLICY])),
        customer_policies: vec![],
        instance_profile: Some(InstanceProfileInfo { name: "ecsInstanceRole-profile".into(), arn: String::new(), roles: vec!["someoneElse".into()] }),
        scps: None,
        permissions_read: false,
    };
    out.extend(check_role(&ECS_INSTANCE, &ECS_INSTANCE.desired(&ctx(Partition::Aws)), &taken));
    // Verdicts: a Deny, an unmet condition, an unknowable one, one profile only, NotPrincipal.
    let one = fargate(Partition::Aws, &[("my-cluster", "us-west-2")]);
    let allow = |cond: &str| format!(r#"{{"Effect":"Allow","Principal":{{"Service":"eks-fargate-pods.amazonaws.com"}},"Action":"sts:AssumeRole","Condition":{cond}}}"#);
    let deny = r#"{"Effect":"Deny","Principal":"*","Action":"sts:AssumeRole"}"#;
    for statements in [
        format!("{},{deny}", allow(r#"{"StringLike":{"aws:SourceArn":"*"}}"#)),
        allow(r#"{"StringEquals":{"aws:SourceAccount":"444455556666"}}"#),
        allow(r#"{"StringEquals":{"aws:SourceOrgID":"o-1"}}"#),
        allow(r#"{"ArnLike":{"aws:SourceArn":"arn:aws:eks:us-west-2:111122223333:fargateprofile/my-cluster/web/*"}}"#),
        r#"{"Effect":"Allow","NotPrincipal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"sts:AssumeRole"}"#.to_owned(),
    ] {
        let r = role("r", &format!(r#"{{"Version":"2012-10-17","Statement":[{statements}]}}"#), &[FARGATE_POLICY]);
        out.extend(check_role(&FARGATE_POD_EXECUTION, &one, &seen(&r)));
        let two = fargate(Partition::Aws, &[("my-cluster", "us-west-2"), ("b", "us-west-2")]);
        out.extend(plan(&FARGATE_POD_EXECUTION, &two, &seen(&r), PlanOptions::default()).blocked);
    }
    let (before, after) = (doc(GUIDE_FARGATE_TRUST_OLD), doc(GUIDE_FARGATE_TRUST));
    out.extend(rolecall_core::trust::verify_edit(&FARGATE_POD_EXECUTION, &one, &before, &after, PlanOptions::default()));
    // aws-cn: the ECS role with only the commercial EC2 principal.
    let mut legacy = role("ecsInstanceRole", GUIDE_ECS_TRUST, &[]);
    legacy.arn = legacy.arn.replace("arn:aws:", "arn:aws-cn:");
    out.extend(check_role(&ECS_INSTANCE, &ECS_INSTANCE.desired(&ctx(Partition::AwsCn)), &seen(&legacy)));
    // Both the current and the older registry policy.
    out.extend(check_role(&EKS_NODE, &node, &seen(role("AmazonEKSNodeRole", GUIDE_EC2_TRUST, &[WORKER, PULL, READ]))));
    // Both AmazonEKSBlockStoragePolicyV2 and the wider V1 it replaces, on the Auto Mode cluster role.
    let auto = rolecall_core::role::EKS_AUTO_CLUSTER.desired(&ctx(Partition::Aws));
    let mut both: Vec<&str> = auto.managed_policy_arns.iter().map(String::as_str).collect();
    both.push("arn:aws:iam::aws:policy/AmazonEKSBlockStoragePolicy");
    out.extend(check_role(&rolecall_core::role::EKS_AUTO_CLUSTER, &auto, &seen(role("AmazonEKSAutoClusterRole", &auto.trust.to_json(), &both))));
    // A Fargate pod execution role in aws-us-gov, where EKS on Fargate isn't available.
    out.extend(check_role(&FARGATE_POD_EXECUTION, &fargate(Partition::AwsUsGov, &[]), &Observation::default()));
    // An inline policy of rolecall's name with another document (EcrPull on a role whose
    // required policies do not grant it).
    let mut c = ctx(Partition::Aws);
    c.permissions = vec![Permission::EcrPull];
    let mut r = role("AmazonEKSNodeRole", GUIDE_EC2_TRUST, &[WORKER, PULL]);
    r.inline = vec![("AmazonECRPull".into(), r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"ecr:*","Resource":"*"}}"#.into())];
    out.extend(check_role(&EKS_NODE, &EKS_NODE.desired(&c), &seen(&r)));
    // EKS Pod Identity: a scoped trust without sts:TagSession, and a scoped one with it.
    let pod = |actions: &str| format!(r#"{{"Version":"2012-10-17","Statement":[{{"Effect":"Allow","Principal":{{"Service":"pods.eks.amazonaws.com"}},"Action":{actions},"Condition":{{"StringEquals":{{"aws:RequestTag/kubernetes-namespace":"a"}}}}}}]}}"#);
    let mut c = ctx(Partition::Aws);
    c.role_name = Some(RoleName::parse("app").unwrap());
    let spec = RoleKind::EksPodIdentity.spec();
    for actions in [r#""sts:AssumeRole""#, r#"["sts:AssumeRole","sts:TagSession"]"#] {
        out.extend(check_role(spec, &spec.desired(&c), &seen(role("app", &pod(actions), &[]))));
    }
    for text in [
        "{",
        r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Resource":"x"}}"#,
        r#"{"Version":"2012-10-17","Statement":{"Effect":"Maybe","Action":"s3:GetObject"}}"#,
        r#"{"Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}}"#,
        r#"{"Version":"2020-01-01","Statement":{"Effect":"Allow","Action":"s3 GetObject","Resource":"arn:aws::iam::aws:policy/AmazonS3ReadOnlyAccess","Principal":{"Service":"ec2"}}}"#,
        r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"logs:PutLogEvents","Resource":"arn:aws:logs:region-code:111122223333:*"}}"#,
        r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3"}}"#,
    ] {
        out.extend(lint(text, DocKind::Identity));
    }
    for text in [
        r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}"#,
        r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole","Resource":"*"}]}"#,
        r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"eks-fargate-pods.amazonaws.com.cn"},"Action":"sts:AssumeRole"}]}"#,
        r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"eks.amazonaws.com.cn"},"Action":"sts:AssumeRole"}]}"#,
    ] {
        out.extend(lint(text, DocKind::Trust));
    }
    // Whole texts: the fixtures reproduce each mistake the guides make in commands and prose.
    for text in [
        include_str!("../../../tests/fixtures/lint/runbook.md"),
        include_str!("../../../tests/fixtures/lint/script.sh"),
        include_str!("../../../tests/fixtures/lint/flattened.txt"),
    ] {
        out.extend(lint_text(text, None).findings.into_iter().map(|l| l.finding));
    }
    out
}

#[test]
fn every_finding_code_is_reachable() {
    let seen: BTreeSet<&str> = codes(&all_scenarios()).into_iter().collect();
    let mut all: BTreeSet<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
    // role-also-found needs a search through ListRoles (covered by the mock crate's engine
    // tests); the audit-* codes need a whole account (covered by tests/cli.rs's audit tests, and
    // audit-trust-unreadable by the mock crate's `audit_reports_a_trust_policy_it_cannot_read`).
    all.remove("role-also-found");
    for c in ["audit-role-shared", "audit-cluster-several-roles", "audit-node-no-instance-profile", "audit-cluster-node-shared", "audit-confused-deputy", "audit-trust-unreadable"] {
        all.remove(c);
    }
    // The permission verdicts need a role's policies as IAM has them: each code has its
    // scenario and twin in tests/granted.rs.
    for c in ["permission-not-granted", "permission-denied", "permission-blocked-by-boundary", "permission-blocked-by-scp", "permission-undecided", "scps-not-read", "policy-equivalent", "policy-missing-granted"] {
        all.remove(c);
    }
    // doctor's wiring verdicts need a whole cluster (its node groups, Fargate profiles, access
    // entries, Pod Identity associations): each code has its scenario and twin in tests/wiring.rs.
    for c in ["fargate-role-node-group-shared", "fargate-profile-not-trusted", "fargate-profile-trust-undecided", "access-entry-missing", "access-entry-missing-aws-auth", "access-policy-missing", "access-entry-stale", "access-entry-role-missing", "aws-auth-unread", "aws-auth-role-path", "oidc-provider-missing", "pod-identity-tags-rejected", "pod-identity-tags-undecided", "pod-identity-target-not-trusted", "pod-identity-target-undecided", "eks-not-read"] {
        all.remove(c);
    }
    let missing: Vec<_> = all.difference(&seen).collect();
    assert!(missing.is_empty(), "never produced: {missing:?}");
}

#[test]
fn node_role_findings() {
    let node = EKS_NODE.desired(&ctx(Partition::Aws));
    let f = check_role(&EKS_NODE, &node, &seen(role("AmazonEKSNodeRole", GUIDE_EC2_TRUST, &[WORKER, PULL])));
    assert!(f.is_empty(), "{f:?}");
    let f = check_role(&EKS_NODE, &node, &seen(role("AmazonEKSNodeRole", GUIDE_EC2_TRUST, &[WORKER, READ, CNI])));
    assert_eq!(codes(&f), ["policy-outdated", "cni-on-node-role"]);
    assert_eq!(&f[0].args[Arg::Policy], "AmazonEC2ContainerRegistryReadOnly");
    assert_eq!(&f[0].args[Arg::Current], "AmazonEC2ContainerRegistryPullOnly");
    assert_eq!(&f[0].args[Arg::Date], "2024-10-04");
    assert_eq!(Status::of(&f), Status::Ok);
    let f = check_role(&EKS_NODE, &node, &seen(role("AmazonEKSNodeRole", GUIDE_EC2_TRUST, &[WORKER])));
    assert_eq!(codes(&f), ["policy-missing"]);
    assert_eq!(Status::of(&f), Status::Drift);
    // The node role also trusted by the cluster principal: an error.
    let t = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":["ec2.amazonaws.com","eks.amazonaws.com"]},"Action":"sts:AssumeRole"}]}"#;
    let f = check_role(&EKS_NODE, &node, &seen(role("AmazonEKSNodeRole", t, &[WORKER, PULL])));
    assert_eq!(codes(&f), ["trust-shared-role"]);
    assert_eq!(&f[0].args[Arg::Principal], "Service: eks.amazonaws.com");
}

#[test]
fn china_accepts_either_ec2_principal_and_prefers_cn() {
    let cn = EKS_NODE.desired(&ctx(Partition::AwsCn));
    let arns = cn.managed_policy_arns.iter().map(String::as_str).collect::<Vec<_>>();
    let mut r = role("AmazonEKSNodeRole", GUIDE_EC2_TRUST, &arns);
    r.arn = r.arn.replace("arn:aws:", "arn:aws-cn:");
    // EKS node groups reject a node role without ec2.amazonaws.com.cn: an error, which repair mends.
    let f = check_role(&EKS_NODE, &cn, &seen(&r));
    assert_eq!(codes(&f), ["trust-principal-partition"]);
    assert_eq!(Status::of(&f), Status::Drift);
    let p = plan(&EKS_NODE, &cn, &seen(&r), PlanOptions::default());
    assert_eq!(p.actions.iter().map(Action::api_name).collect::<Vec<_>>(), ["UpdateAssumeRolePolicy"]);
    assert!(p.left.is_empty(), "{:?}", p.left);
    // The ECS container instance role works with either: a warning.
    let ecs = ECS_INSTANCE.desired(&ctx(Partition::AwsCn));
    let mut e = role("ecsInstanceRole", GUIDE_ECS_TRUST, &[&ECS_POLICY.replace("arn:aws:", "arn:aws-cn:")]);
    e.arn = e.arn.replace("arn:aws:", "arn:aws-cn:");
    e.instance_profiles = vec![InstanceProfileInfo { name: "ecsInstanceRole-profile".into(), arn: String::new(), roles: vec!["ecsInstanceRole".into()] }];
    let f = check_role(&ECS_INSTANCE, &ecs, &seen(&e));
    assert_eq!(codes(&f), ["trust-principal-partition-legacy"]);
    assert_eq!(Status::of(&f), Status::Ok);
    r.trust = cn.trust.to_json();
    assert!(check_role(&EKS_NODE, &cn, &seen(r)).is_empty());
}

#[test]
fn fargate_conditions() {
    let f = fargate(Partition::Aws, &[("my-cluster", "us-west-2")]);
    let ok = role("AmazonEKSFargatePodExecutionRole", GUIDE_FARGATE_TRUST, &[FARGATE_POLICY]);
    assert!(check_role(&FARGATE_POD_EXECUTION, &f, &seen(&ok)).is_empty());
    // Another region is not covered.
    let other_region = fargate(Partition::Aws, &[("my-cluster", "eu-west-1")]);
    let found = check_role(&FARGATE_POD_EXECUTION, &other_region, &seen(ok));
    assert_eq!(codes(&found), ["trust-cluster-not-covered"]);
    assert_eq!(&found[0].args[Arg::SourceArn], "arn:aws:eks:eu-west-1:111122223333:fargateprofile/my-cluster/*");
    // A wildcard region covers every region.
    let star = GUIDE_FARGATE_TRUST.replace("us-west-2", "*");
    assert!(check_role(&FARGATE_POD_EXECUTION, &other_region, &seen(role("r", &star, &[FARGATE_POLICY]))).is_empty());
    // StringEquals compares literally: a pattern there covers no real profile.
    let literal = GUIDE_FARGATE_TRUST.replace("ArnLike", "StringEquals");
    assert_eq!(codes(&check_role(&FARGATE_POD_EXECUTION, &f, &seen(role("r", &literal, &[FARGATE_POLICY])))), ["trust-cluster-not-covered"]);
    // StringLike "*" covers every profile.
    let any = GUIDE_FARGATE_TRUST.replace("ArnLike", "StringLike").replace("arn:aws:eks:us-west-2:111122223333:fargateprofile/my-cluster/*", "*");
    assert!(check_role(&FARGATE_POD_EXECUTION, &f, &seen(role("r", &any, &[FARGATE_POLICY]))).is_empty());
    // The older guide's trust: works, but a confused-deputy warning.
    let old = check_role(&FARGATE_POD_EXECUTION, &f, &seen(role("r", GUIDE_FARGATE_TRUST_OLD, &[FARGATE_POLICY])));
    assert_eq!(codes(&old), ["trust-source-arn-missing"]);
    assert_eq!(Status::of(&old), Status::Ok);
}

#[test]
fn plans_create_then_nothing() {
    // EKS on Fargate isn't available in aws-us-gov: nothing is planned there (tests/kinds.rs).
    for p in Partition::ALL.into_iter().filter(|p| p.has_eks_fargate()) {
        let mut c = ctx(p);
        c.clusters = vec![cluster("prod", p.example_region())];
        let d = FARGATE_POD_EXECUTION.desired(&c);
        let first = plan(&FARGATE_POD_EXECUTION, &d, &Observation::default(), PlanOptions::default());
        let names: Vec<_> = first.actions.iter().map(Action::api_name).collect();
        assert_eq!(names, ["CreateRole", "AttachRolePolicy"]);
        // Once IAM has what the plan made, the plan is empty.
        let Action::CreateRole { assume_role_policy_document, .. } = &first.actions[0] else { panic!() };
        let arns: Vec<&str> = d.managed_policy_arns.iter().map(String::as_str).collect();
        let obs = Observation { role: Some(role(d.role_name.as_str(), assume_role_policy_document, &arns)), ..Default::default() };
        assert!(plan(&FARGATE_POD_EXECUTION, &d, &obs, PlanOptions::default()).is_empty());
    }
    let mut c = ctx(Partition::Aws);
    c.permissions = vec![Permission::EcrPull, Permission::CloudWatchLogs, Permission::S3ReadOnly];
    let d = ECS_INSTANCE.desired(&c);
    let names: Vec<_> = plan(&ECS_INSTANCE, &d, &Observation::default(), PlanOptions::default()).actions.iter().map(Action::api_name).collect();
    // ECR pull is already granted by AmazonEC2ContainerServiceforEC2Role: no inline policy.
    assert_eq!(names, ["CreateRole", "CreatePolicy", "AttachRolePolicy", "AttachRolePolicy", "AttachRolePolicy", "CreateInstanceProfile", "AddRoleToInstanceProfile"]);
}

#[test]
fn repair_merges_a_cluster_into_the_existing_condition() {
    let existing = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Condition":{"ArnLike":{"aws:SourceArn":"arn:aws:eks:us-west-2:111122223333:fargateprofile/a/*"}},"Principal":{"Service":"eks-fargate-pods.amazonaws.com"},"Action":"sts:AssumeRole"},{"Sid":"Break glass","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:role/admin"},"Action":"sts:AssumeRole"}]}"#;
    let d = fargate(Partition::Aws, &[("a", "us-west-2"), ("b", "us-west-2")]);
    let obs = Observation { role: Some(role("AmazonEKSFargatePodExecutionRole", existing, &[FARGATE_POLICY])), ..Default::default() };
    let p = plan(&FARGATE_POD_EXECUTION, &d, &obs, PlanOptions::default());
    assert_eq!(p.actions.len(), 1);
    let Action::UpdateAssumeRolePolicy { policy_document, .. } = &p.actions[0] else { panic!("{p:?}") };
    let v: serde_json::Value = serde_json::from_str(policy_document).unwrap();
    assert_eq!(
        v["Statement"][0]["Condition"]["ArnLike"]["aws:SourceArn"],
        serde_json::json!(["arn:aws:eks:us-west-2:111122223333:fargateprofile/a/*", "arn:aws:eks:us-west-2:111122223333:fargateprofile/b/*"])
    );
    let before: serde_json::Value = serde_json::from_str(existing).unwrap();
    assert_eq!(v["Statement"][1], before["Statement"][1], "the user's statement is left alone");
    // The merged document satisfies the check, and a second plan is empty.
    let obs2 = Observation { role: Some(role("AmazonEKSFargatePodExecutionRole", policy_document, &[FARGATE_POLICY])), ..Default::default() };
    assert!(check_role(&FARGATE_POD_EXECUTION, &d, &obs2).iter().all(|f| f.code == Code::TrustExtraPrincipal));
    assert!(plan(&FARGATE_POD_EXECUTION, &d, &obs2, PlanOptions::default()).is_empty());
}

#[test]
fn repair_never_narrows_unless_asked() {
    let d = fargate(Partition::Aws, &[("a", "us-west-2")]);
    let obs = Observation { role: Some(role("r", GUIDE_FARGATE_TRUST_OLD, &[FARGATE_POLICY])), ..Default::default() };
    assert!(plan(&FARGATE_POD_EXECUTION, &d, &obs, PlanOptions::default()).is_empty());
    let p = plan(&FARGATE_POD_EXECUTION, &d, &obs, PlanOptions { restrict_trust: true, ..Default::default() });
    let Action::UpdateAssumeRolePolicy { policy_document, .. } = &p.actions[0] else { panic!() };
    assert!(doc(policy_document).same_meaning(&d.trust));
}

#[test]
fn repair_adds_and_never_removes() {
    let node = EKS_NODE.desired(&ctx(Partition::Aws));
    let extra = r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"Service":"ssm.amazonaws.com"},"Action":"sts:AssumeRole"}}"#;
    let obs = Observation { role: Some(role("AmazonEKSNodeRole", extra, &[READ, CNI])), ..Default::default() };
    let p = plan(&EKS_NODE, &node, &obs, PlanOptions::default());
    let names: Vec<_> = p.actions.iter().map(Action::api_name).collect();
    assert_eq!(names, ["UpdateAssumeRolePolicy", "AttachRolePolicy", "AttachRolePolicy"]);
    let Action::UpdateAssumeRolePolicy { policy_document, .. } = &p.actions[0] else { panic!() };
    assert!(policy_document.contains("ssm.amazonaws.com") && policy_document.contains("ec2.amazonaws.com"));
    // Replacing the outdated policy is a separate, explicit choice.
    let p = plan(&EKS_NODE, &node, &obs, PlanOptions { replace_outdated: true, ..Default::default() });
    assert!(p.actions.iter().any(|a| matches!(a, Action::DetachRolePolicy { policy_arn, .. } if policy_arn == READ)));
    assert!(!p.actions.iter().any(|a| matches!(a, Action::DetachRolePolicy { policy_arn, .. } if policy_arn == CNI)));
}

#[test]
fn unreadable_trust_blocks_instead_of_overwriting() {
    let node = EKS_NODE.desired(&ctx(Partition::Aws));
    let obs = Observation { role: Some(role("AmazonEKSNodeRole", "{not json", &[WORKER, PULL])), ..Default::default() };
    let p = plan(&EKS_NODE, &node, &obs, PlanOptions::default());
    assert!(p.actions.is_empty());
    assert_eq!(codes(&p.left), ["trust-invalid"]);
}

#[test]
fn custom_role_names() {
    let mut c = ctx(Partition::Aws);
    c.role_name = Some(RoleName::parse("prod-nodes").unwrap());
    assert_eq!(EKS_NODE.desired(&c).role_name.as_str(), "prod-nodes");
    assert!(RoleKind::ALL.iter().all(|k| k.spec().kind == *k));
}

/// No policy is anywhere near 1 MiB: a text over it is refused before it is parsed.
#[test]
fn documents_over_the_bound_are_not_parsed() {
    use rolecall_policy::document::{PolicyError, MAX_DOCUMENT_BYTES};
    let doc = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}"#;
    let at_bound = format!("{doc}{}", " ".repeat(MAX_DOCUMENT_BYTES - doc.len()));
    assert!(PolicyDocument::parse(&at_bound).is_ok());
    let over = format!("{at_bound} ");
    assert_eq!(PolicyDocument::parse(&over).unwrap_err(), PolicyError::TooLarge { size: MAX_DOCUMENT_BYTES + 1, limit: MAX_DOCUMENT_BYTES });
    assert_eq!(lint(&over, DocKind::Identity)[0].code, Code::JsonInvalid);
}

/// The policies rolecall itself needs (`permissions`) lint clean.
mod permissions {
    use rolecall_core::lint::{lint, DocKind};
    use rolecall_core::permissions::{member_role_trust, organization_caller_policy, policy, Command};
    use rolecall_core::Partition;

    #[test]
    fn organization_policies() {
        let caller = organization_caller_policy(Partition::AwsCn, "/", "OrganizationAccountAccessRole");
        let text = caller.to_string();
        assert!(text.contains("organizations:ListAccounts") && text.contains("arn:aws-cn:iam::*:role/OrganizationAccountAccessRole"), "{text}");
        assert!(lint(&text, DocKind::Identity).is_empty(), "{text}");
        let trust = member_role_trust(Partition::Aws, "111122223333", Some("ops-7")).to_string();
        assert!(lint(&trust, DocKind::Trust).is_empty(), "{trust}");
        assert!(trust.contains("sts:ExternalId"));
    }

    #[test]
    fn policies_lint_clean() {
        for c in Command::ALL {
            for p in Partition::ALL {
                let text = policy(c, p, Some("111122223333")).to_string();
                assert!(lint(&text, DocKind::Identity).is_empty(), "{text}");
            }
        }
    }
}

/// A required policy that replaced older ones says when (the date `policy-outdated` names).
#[test]
fn every_outdated_policy_says_when_it_changed() {
    let mut outdated = 0;
    for k in RoleKind::ALL {
        let spec = k.spec();
        for s in [Some(spec), spec.auto_mode].into_iter().flatten() {
            for r in s.required.iter().filter(|r| !r.older.is_empty()) {
                outdated += 1;
                assert!(r.changed.is_some(), "{}: {}", k.slug(), r.policy.name);
            }
        }
    }
    assert!(outdated > 0);
}
