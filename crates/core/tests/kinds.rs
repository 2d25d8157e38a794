//! The roles of the EKS cluster (and EKS Auto Mode), the Auto Mode node, the ECS task execution
//! role and EKS Pod Identity: each kind in each partition, the verdicts their services' requests
//! get, what repair adds, and properties over generated trust policies.

#![allow(clippy::unwrap_used)] // Tests fail loudly on purpose.

use proptest::prelude::*;
use rolecall_core::backend::{Action, AttachedPolicy, Observation, ObservedRole};
use rolecall_core::check::{check_role, Status};
use rolecall_core::diff::{diff, simulate};
use rolecall_policy::eval::{evaluate, Caller, Context, Decision, Request};
use rolecall_core::finding::{Arg, Finding};
use rolecall_core::input::{AccountId, IamPath, RoleName};
use rolecall_core::lint::{lint, DocKind};
use rolecall_core::diff::plan;
use rolecall_core::plan::PlanOptions;
use rolecall_policy::document::PolicyDocument;
use rolecall_core::role::{Context as RoleContext, Desired, Permission, RoleSpec, ECS_TASK_EXECUTION, EKS_AUTO_CLUSTER, EKS_AUTO_NODE, EKS_CLUSTER, EKS_POD_IDENTITY};
use rolecall_core::trust::open_to_other_accounts;
use rolecall_core::{Partition, RoleKind};

const ACCOUNT: &str = "111122223333";
const PODS: &str = "pods.eks.amazonaws.com";
const EKS: &str = "eks.amazonaws.com";
const SECRET: &str = "arn:aws:secretsmanager:us-west-2:111122223333:secret:db-AbCdEf";

fn ctx(p: Partition) -> RoleContext {
    RoleContext { partition: p, account: Some(AccountId::parse(ACCOUNT).unwrap()), role_name: None, path: IamPath::root(), clusters: vec![], permissions: vec![], secrets: vec![] }
}

fn desired(spec: &RoleSpec, p: Partition) -> Desired {
    let mut c = ctx(p);
    if spec.name_required {
        c.role_name = Some(RoleName::parse("app").unwrap());
    }
    spec.desired(&c)
}

fn role(p: Partition, name: &str, trust: &str, attached: &[String]) -> Observation {
    Observation {
        role: Some(ObservedRole {
            name: name.into(),
            arn: format!("arn:{}:iam::{ACCOUNT}:role/{name}", p.id()),
            path: "/".into(),
            trust: trust.into(),
            attached: attached.iter().map(|a| AttachedPolicy { name: a.rsplit('/').next().unwrap().into(), arn: a.clone() }).collect(),
            instance_profiles: vec![],
            inline: vec![],
            policies: None,
            create_date: None,
        }),
        ..Default::default()
    }
}

fn trust(statements: &str) -> String {
    format!(r#"{{"Version":"2012-10-17","Statement":[{statements}]}}"#)
}

fn codes(f: &[Finding]) -> Vec<&'static str> {
    f.iter().map(|f| f.code.as_str()).collect()
}

const NEW: [&RoleSpec; 5] = [&EKS_CLUSTER, &EKS_AUTO_CLUSTER, &EKS_AUTO_NODE, &ECS_TASK_EXECUTION, &EKS_POD_IDENTITY];

/// A plan that stops after any number of its writes leaves what check then finds: the diff of
/// the writes actually made, not what the whole plan would have left.
#[test]
fn a_plan_stopped_part_way_leaves_what_check_finds() {
    use rolecall_core::engine::Planned;
    for spec in NEW {
        for p in Partition::ALL {
            let d = desired(spec, p);
            for obs in [Observation::default(), role(p, d.role_name.as_str(), &trust(r#"{"Effect":"Allow","Principal":{"Service":"ssm.amazonaws.com"},"Action":"sts:AssumeRole"}"#), &[])] {
                let planned = Planned { spec, desired: d.clone(), observation: obs.clone(), plan: plan(spec, &d, &obs, PlanOptions::default()) };
                let n = planned.plan.actions.len();
                assert!(n >= 1, "{} {p}", spec.default_name);
                for done in 0..=n {
                    let after = simulate(&d, &obs, &planned.plan.actions[..done]);
                    assert_eq!(planned.left_after(done), check_role(spec, &d, &after), "{} {p} after {done} of {n}", spec.default_name);
                }
                assert_eq!(planned.left_after(n), planned.plan.left);
                assert_ne!(planned.left_after(n - 1), planned.plan.left, "{} {p}: the last write matters", spec.default_name);
            }
        }
    }
}

/// create makes what check wants, in every partition; a role that drifted (its trust replaced by
/// another service's, its policies detached) is repaired by adding, and check then reports
/// exactly what repair said it left.
#[test]
fn every_new_kind_in_every_partition_creates_checks_and_repairs() {
    for spec in NEW {
        for p in Partition::ALL {
            let d = desired(spec, p);
            let created = plan(spec, &d, &Observation::default(), PlanOptions::default());
            assert!(created.blocked.is_empty());
            let after = simulate(&d, &Observation::default(), &created.actions);
            let f = check_role(spec, &d, &after);
            assert!(f.is_empty(), "{} {p}: {f:?}", spec.default_name);
            assert_eq!(created.left, f);
            // Every document the model writes lints clean and names the partition.
            assert!(lint(&d.trust.to_json(), DocKind::Trust).is_empty(), "{}", d.trust.to_json());
            assert!(d.managed_policy_arns.iter().all(|a| a.starts_with(&format!("arn:{}:iam::aws:policy/", p.id()))));
            assert_eq!(d.trust.to_value()["Statement"][0]["Principal"]["Service"], spec.principal(p));
            // Drift: another service's trust and no policies.
            let drifted = role(p, d.role_name.as_str(), &trust(r#"{"Effect":"Allow","Principal":{"Service":"ssm.amazonaws.com"},"Action":"sts:AssumeRole"}"#), &[]);
            let before = check_role(spec, &d, &drifted);
            assert_eq!(Status::of(&before), Status::Drift, "{before:?}");
            let r = plan(spec, &d, &drifted, PlanOptions::default());
            assert!(r.actions.iter().all(|a| !matches!(a, Action::DetachRolePolicy { .. })));
            let repaired = simulate(&d, &drifted, &r.actions);
            assert_eq!(check_role(spec, &d, &repaired), r.left);
            assert_eq!(codes(&r.left), ["trust-extra-principal"], "{} {p}", spec.default_name);
            // The other principal keeps its statement.
            assert!(repaired.role.unwrap().trust.contains("ssm.amazonaws.com"));
        }
    }
}

#[test]
fn the_guides_documents() {
    let d = desired(&EKS_CLUSTER, Partition::Aws);
    assert_eq!(d.role_name.as_str(), "eksClusterRole");
    assert_eq!(d.trust.to_value()["Statement"][0]["Action"], "sts:AssumeRole");
    assert_eq!(d.managed_policy_arns, ["arn:aws:iam::aws:policy/AmazonEKSClusterPolicy"]);
    let d = desired(&EKS_AUTO_CLUSTER, Partition::AwsCn);
    assert_eq!(d.role_name.as_str(), "AmazonEKSAutoClusterRole");
    assert_eq!(d.trust.to_value()["Statement"][0], serde_json::json!({"Effect": "Allow", "Principal": {"Service": EKS}, "Action": ["sts:AssumeRole", "sts:TagSession"]}));
    let names: Vec<&str> = d.managed_policy_arns.iter().map(|a| a.rsplit('/').next().unwrap()).collect();
    assert_eq!(names, ["AmazonEKSClusterPolicy", "AmazonEKSComputePolicy", "AmazonEKSBlockStoragePolicyV2", "AmazonEKSLoadBalancingPolicy", "AmazonEKSNetworkingPolicy"]);
    assert!(d.managed_policy_arns[0].starts_with("arn:aws-cn:"));
    // The Auto Mode node role: the China page's commercial EC2 principal.
    assert_eq!(desired(&EKS_AUTO_NODE, Partition::AwsCn).trust.to_value()["Statement"][0]["Principal"]["Service"], "ec2.amazonaws.com");
    let d = desired(&EKS_AUTO_NODE, Partition::Aws);
    assert_eq!(d.managed_policy_arns, ["arn:aws:iam::aws:policy/AmazonEKSWorkerNodeMinimalPolicy", "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryPullOnly"]);
    // The task execution role: the guide's bare trust, the policy under service-role/.
    let d = desired(&ECS_TASK_EXECUTION, Partition::AwsCn);
    assert_eq!(d.trust.to_value()["Statement"][0], serde_json::json!({"Effect": "Allow", "Principal": {"Service": "ecs-tasks.amazonaws.com"}, "Action": "sts:AssumeRole"}));
    assert_eq!(d.managed_policy_arns, ["arn:aws-cn:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"]);
    // Pod Identity: the guide's statement, Sid and all, and no policies.
    let d = desired(&EKS_POD_IDENTITY, Partition::Aws);
    assert_eq!(
        d.trust.to_value()["Statement"][0],
        serde_json::json!({"Sid": "AllowEksAuthToAssumeRoleForPodIdentity", "Effect": "Allow", "Principal": {"Service": PODS}, "Action": ["sts:AssumeRole", "sts:TagSession"]})
    );
    assert!(d.managed_policy_arns.is_empty() && d.inline_policies.is_empty());
}

#[test]
fn task_execution_secrets_name_the_users_resources() {
    let mut c = ctx(Partition::Aws);
    c.permissions = vec![Permission::Secrets, Permission::PrivateRegistry];
    c.secrets = vec![SECRET.into(), "arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab".into()];
    let d = ECS_TASK_EXECUTION.desired(&c);
    let names: Vec<&str> = d.inline_policies.iter().map(|n| n.name.as_str()).collect();
    assert_eq!(names, ["ECSTaskExecutionSecrets", "ECSTaskExecutionPrivateRegistry"]);
    assert_eq!(d.inline_policies[0].document["Statement"][0]["Action"], serde_json::json!(["ssm:GetParameters", "secretsmanager:GetSecretValue", "kms:Decrypt"]));
    assert_eq!(d.inline_policies[1].document["Statement"][0]["Resource"], serde_json::json!(c.secrets));
    for n in &d.inline_policies {
        assert!(lint(&n.document.to_string(), DocKind::Identity).is_empty());
    }
    // An inline policy of that name naming another secret is the user's: reported, not overwritten.
    let mut obs = role(Partition::Aws, "ecsTaskExecutionRole", &d.trust.to_json(), &d.managed_policy_arns);
    let other = rolecall_core::role::scoped_document(&["ssm:GetParameters", "secretsmanager:GetSecretValue", "kms:Decrypt"], &["arn:aws:secretsmanager:us-west-2:111122223333:secret:other-AbCdEf".into()]);
    obs.role.as_mut().unwrap().inline = vec![("ECSTaskExecutionSecrets".into(), other.to_string())];
    let p = plan(&ECS_TASK_EXECUTION, &d, &obs, PlanOptions::default());
    assert!(codes(&p.findings).contains(&"policy-document-differs"));
    let puts: Vec<&Action> = p.actions.iter().filter(|a| matches!(a, Action::PutRolePolicy { .. })).collect();
    assert_eq!(puts.len(), 1, "only the missing private-registry policy is put: {puts:?}");
}

/// A standard cluster role checked as EKS Auto Mode's: the four policies and sts:TagSession are
/// missing; repair adds them and removes nothing.
#[test]
fn a_standard_cluster_role_checked_with_auto_mode() {
    let standard = desired(&EKS_CLUSTER, Partition::Aws);
    let obs = simulate(&standard, &Observation::default(), &plan(&EKS_CLUSTER, &standard, &Observation::default(), PlanOptions::default()).actions);
    let mut c = ctx(Partition::Aws);
    c.role_name = Some(RoleName::parse("eksClusterRole").unwrap());
    let auto = EKS_AUTO_CLUSTER.desired(&c);
    let f = check_role(&EKS_AUTO_CLUSTER, &auto, &obs);
    assert_eq!(codes(&f), ["trust-action-missing", "policy-missing", "policy-missing", "policy-missing", "policy-missing"]);
    assert_eq!(&f[0].args[Arg::Action], "sts:TagSession");
    assert_eq!(Status::of(&f), Status::Drift);
    let p = plan(&EKS_AUTO_CLUSTER, &auto, &obs, PlanOptions::default());
    assert!(p.blocked.is_empty());
    let Action::UpdateAssumeRolePolicy { policy_document, .. } = &p.actions[0] else { panic!("{p:?}") };
    let v: serde_json::Value = serde_json::from_str(policy_document).unwrap();
    assert_eq!(v["Statement"][0], standard.trust.to_value()["Statement"][0], "the existing statement is untouched");
    assert_eq!(v["Statement"][1], serde_json::json!({"Effect": "Allow", "Principal": {"Service": EKS}, "Action": "sts:TagSession"}));
    assert_eq!(p.actions.iter().filter(|a| matches!(a, Action::AttachRolePolicy { .. })).count(), 4);
    assert!(p.left.is_empty(), "{:?}", p.left);
    let after = simulate(&auto, &obs, &p.actions);
    assert!(check_role(&EKS_AUTO_CLUSTER, &auto, &after).is_empty());
    // Still a good standard cluster role.
    assert!(check_role(&EKS_CLUSTER, &standard, &after).is_empty());
}

/// AmazonEKSBlockStoragePolicyV2 on the Auto Mode cluster role: V2 is what create attaches and
/// check accepts; V1 alone is outdated (a warning, as ReadOnly is for PullOnly); V1 beside V2 is
/// a warning too, since V1's wider grants stay in force; repair --replace-outdated swaps them.
#[test]
fn block_storage_v2_replaces_v1_on_the_auto_mode_cluster_role() {
    let d = desired(&EKS_AUTO_CLUSTER, Partition::Aws);
    let v1 = "arn:aws:iam::aws:policy/AmazonEKSBlockStoragePolicy".to_owned();
    let v2 = "arn:aws:iam::aws:policy/AmazonEKSBlockStoragePolicyV2".to_owned();
    assert!(d.managed_policy_arns.contains(&v2) && !d.managed_policy_arns.contains(&v1), "{:?}", d.managed_policy_arns);
    let with = |swap: &dyn Fn(&mut Vec<String>)| {
        let mut attached = d.managed_policy_arns.clone();
        swap(&mut attached);
        role(Partition::Aws, "AmazonEKSAutoClusterRole", &d.trust.to_json(), &attached)
    };
    // V2 alone: nothing to say.
    assert!(check_role(&EKS_AUTO_CLUSTER, &d, &with(&|_| {})).is_empty());
    // V1 alone: outdated, with V2's date; repair attaches V2 and keeps V1 unless asked.
    let v1_alone = with(&|a| a.iter_mut().filter(|p| **p == v2).for_each(|p| *p = v1.clone()));
    let f = check_role(&EKS_AUTO_CLUSTER, &d, &v1_alone);
    assert_eq!(codes(&f), ["policy-outdated"]);
    assert_eq!((&f[0].args[Arg::Policy], &f[0].args[Arg::Current], &f[0].args[Arg::Date]), ("AmazonEKSBlockStoragePolicy", "AmazonEKSBlockStoragePolicyV2", "2026-05-11"));
    assert_eq!(f[0].severity(), rolecall_core::finding::Severity::Warning);
    let r = plan(&EKS_AUTO_CLUSTER, &d, &v1_alone, PlanOptions::default());
    assert_eq!(r.actions, [Action::AttachRolePolicy { role_name: "AmazonEKSAutoClusterRole".into(), policy_arn: v2.clone() }]);
    assert_eq!(codes(&r.left), ["policy-superseded-wider"], "V1 beside V2 is left, and said so");
    // V1 beside V2: a warning (ReadOnly beside PullOnly is only a note).
    let both = with(&|a| a.push(v1.clone()));
    let f = check_role(&EKS_AUTO_CLUSTER, &d, &both);
    assert_eq!(codes(&f), ["policy-superseded-wider"]);
    assert_eq!(f[0].severity(), rolecall_core::finding::Severity::Warning);
    // --replace-outdated swaps them: attach V2, detach V1; nothing is left.
    let r = plan(&EKS_AUTO_CLUSTER, &d, &v1_alone, PlanOptions { replace_outdated: true, restrict_trust: false });
    assert_eq!(
        r.actions,
        [
            Action::AttachRolePolicy { role_name: "AmazonEKSAutoClusterRole".into(), policy_arn: v2.clone() },
            Action::DetachRolePolicy { role_name: "AmazonEKSAutoClusterRole".into(), policy_arn: v1.clone() }
        ]
    );
    assert!(r.left.is_empty(), "{:?}", r.left);
    let r = plan(&EKS_AUTO_CLUSTER, &d, &both, PlanOptions { replace_outdated: true, restrict_trust: false });
    assert_eq!(r.actions, [Action::DetachRolePolicy { role_name: "AmazonEKSAutoClusterRole".into(), policy_arn: v1 }]);
    assert!(r.left.is_empty(), "{:?}", r.left);
}

/// Amazon EKS on Fargate isn't available in AWS GovCloud (US): a Fargate pod execution role
/// there is reported, and nothing is planned for it; in the other partitions it is the guide's.
#[test]
fn fargate_roles_in_govcloud_are_reported_not_made() {
    use rolecall_core::role::FARGATE_POD_EXECUTION;
    for p in Partition::ALL {
        let d = desired(&FARGATE_POD_EXECUTION, p);
        let missing = plan(&FARGATE_POD_EXECUTION, &d, &Observation::default(), PlanOptions::default());
        let made = role(p, d.role_name.as_str(), &d.trust.to_json(), &d.managed_policy_arns);
        let f = check_role(&FARGATE_POD_EXECUTION, &d, &made);
        if p == Partition::AwsUsGov {
            assert_eq!(codes(&missing.findings), ["role-missing", "fargate-unavailable"]);
            assert!(missing.actions.is_empty(), "{:?}", missing.actions);
            assert_eq!(codes(&f), ["fargate-unavailable"]);
            assert_eq!(&f[0].args[Arg::Partition], "aws-us-gov");
            assert_eq!(Status::of(&f), Status::Drift);
        } else {
            assert_eq!(codes(&missing.findings), ["role-missing"], "{p}");
            assert!(!missing.actions.is_empty());
            // The guide's role, without clusters: only the advice to limit its trust.
            assert_eq!(codes(&f), ["trust-source-arn-missing"], "{p}");
        }
    }
}

#[test]
fn a_cluster_role_shared_with_nodes_is_an_error() {
    let d = desired(&EKS_CLUSTER, Partition::Aws);
    let t = trust(r#"{"Effect":"Allow","Principal":{"Service":["eks.amazonaws.com","ec2.amazonaws.com"]},"Action":"sts:AssumeRole"}"#);
    let f = check_role(&EKS_CLUSTER, &d, &role(Partition::Aws, "eksClusterRole", &t, &d.managed_policy_arns));
    assert_eq!(codes(&f), ["trust-shared-role"]);
}

#[test]
fn auto_mode_nodes_in_china_accept_either_ec2_principal() {
    let d = desired(&EKS_AUTO_NODE, Partition::AwsCn);
    for principal in ["ec2.amazonaws.com", "ec2.amazonaws.com.cn"] {
        let t = trust(&format!(r#"{{"Effect":"Allow","Principal":{{"Service":"{principal}"}},"Action":"sts:AssumeRole"}}"#));
        let obs = role(Partition::AwsCn, "AmazonEKSAutoNodeRole", &t, &d.managed_policy_arns);
        let r = diff(&EKS_AUTO_NODE, &d, &obs, PlanOptions::default());
        assert!(r.findings.is_empty(), "{principal}: {:?}", r.findings);
        assert_eq!(r.trust.unwrap().assumable, Some(true));
        assert!(r.actions.is_empty(), "{principal}: nothing to repair");
    }
}

#[test]
fn task_execution_trust_and_the_confused_deputy() {
    let d = desired(&ECS_TASK_EXECUTION, Partition::Aws);
    let with = |cond: &str| trust(&format!(r#"{{"Effect":"Allow","Principal":{{"Service":"ecs-tasks.amazonaws.com"}},"Action":"sts:AssumeRole","Condition":{cond}}}"#));
    let check = |t: &str| {
        let r = diff(&ECS_TASK_EXECUTION, &d, &role(Partition::Aws, "ecsTaskExecutionRole", t, &d.managed_policy_arns), PlanOptions::default());
        (codes(&r.findings), r.trust.unwrap().assumable, open_to_other_accounts(&ECS_TASK_EXECUTION, &d, &PolicyDocument::parse(t).unwrap()))
    };
    // The guide's bare trust works, and is open to the tasks of any account.
    assert_eq!(check(&d.trust.to_json()), (vec![], Some(true), Some(true)));
    // AWS's recommended conditions: still assumable, no longer open.
    assert_eq!(check(&with(&format!(r#"{{"StringEquals":{{"aws:SourceAccount":"{ACCOUNT}"}}}}"#))), (vec![], Some(true), Some(false)));
    assert_eq!(check(&with(&format!(r#"{{"ArnLike":{{"aws:SourceArn":"arn:aws:ecs:us-west-2:{ACCOUNT}:*"}}}}"#))), (vec![], Some(true), Some(false)));
    // Another account's only: not assumable, and the condition is named.
    let (f, assumable, _) = check(&with(r#"{"StringEquals":{"aws:SourceAccount":"444455556666"}}"#));
    assert_eq!((f, assumable), (vec!["trust-condition-unmet"], Some(false)));
    // One cluster's ARN breaks task launches: ECS's source is a task, never the cluster.
    let (f, assumable, _) = check(&with(&format!(r#"{{"ArnEquals":{{"aws:SourceArn":"arn:aws:ecs:us-west-2:{ACCOUNT}:cluster/prod"}}}}"#)));
    assert_eq!((f, assumable), (vec!["trust-condition-unmet"], Some(false)));
}

fn pods(cond: &str, action: &str) -> String {
    if cond.is_empty() {
        format!(r#"{{"Effect":"Allow","Principal":{{"Service":"{PODS}"}},"Action":{action}}}"#)
    } else {
        format!(r#"{{"Effect":"Allow","Principal":{{"Service":"{PODS}"}},"Action":{action},"Condition":{cond}}}"#)
    }
}

const BOTH: &str = r#"["sts:AssumeRole","sts:TagSession"]"#;

fn pod_check(t: &str) -> (Vec<&'static str>, Option<bool>, Vec<String>) {
    let d = desired(&EKS_POD_IDENTITY, Partition::Aws);
    let r = diff(&EKS_POD_IDENTITY, &d, &role(Partition::Aws, "app", t, &[]), PlanOptions::default());
    let v = r.trust.unwrap();
    (codes(&r.findings), v.assumable, v.scope)
}

#[test]
fn pod_identity_scopes_are_reported_not_undecided() {
    // The guide's trust: every Pod, no findings.
    assert_eq!(pod_check(&trust(&pods("", BOTH))), (vec![], Some(true), vec![]));
    // Scoped to a namespace and service account: assumable for those Pods, and the scope is said.
    let scoped = trust(&pods(r#"{"StringEquals":{"aws:RequestTag/kubernetes-namespace":["team-a","team-b"],"aws:RequestTag/kubernetes-service-account":"web"}}"#, BOTH));
    let (f, assumable, scope) = pod_check(&scoped);
    assert_eq!((f, assumable), (vec!["trust-scoped"], Some(true)));
    assert_eq!(scope, ["#1: StringEquals aws:RequestTag/kubernetes-namespace = team-a | team-b, StringEquals aws:RequestTag/kubernetes-service-account = web"]);
    // A cluster ARN pattern, and a Deny for one namespace: still a scope.
    let deny = r#"{"Effect":"Deny","Principal":{"Service":"pods.eks.amazonaws.com"},"Action":"sts:AssumeRole","Condition":{"StringEquals":{"aws:RequestTag/kubernetes-namespace":"kube-system"}}}"#;
    let t = trust(&format!("{},{deny}", pods(r#"{"StringLike":{"aws:RequestTag/eks-cluster-arn":"arn:aws:eks:*:111122223333:cluster/prod-*"}}"#, BOTH)));
    let (f, assumable, scope) = pod_check(&t);
    assert_eq!((f, assumable, scope.len()), (vec!["trust-scoped"], Some(true), 2));
    assert!(scope[1].starts_with("Deny #2: "), "{scope:?}");
    // A scope nothing can meet (allowed and denied for the same namespace only): not assumable.
    let t = trust(&format!("{},{}", pods(r#"{"StringEquals":{"aws:RequestTag/kubernetes-namespace":"kube-system"}}"#, BOTH), deny));
    let (f, assumable, _) = pod_check(&t);
    assert_eq!((assumable, f.len()), (Some(false), 1), "{f:?}");
    // Session tags turned off: only a condition that allows absent tags lets the Pods in.
    let t = trust(&pods(r#"{"Null":{"aws:RequestTag/kubernetes-namespace":"true"}}"#, BOTH));
    assert_eq!(pod_check(&t).1, Some(true));
    // A tag Pod Identity never sends: no Pod meets it.
    let t = trust(&pods(r#"{"StringEquals":{"aws:RequestTag/team":"x"}}"#, BOTH));
    assert_eq!(pod_check(&t).1, Some(false));
    // Anything else rolecall cannot know is still undecided.
    let t = trust(&pods(&format!(r#"{{"StringEquals":{{"aws:SourceAccount":"{ACCOUNT}"}}}}"#), BOTH));
    let (f, assumable, _) = pod_check(&t);
    assert_eq!((f, assumable), (vec!["trust-undecided"], None));
}

#[test]
fn pod_identity_repair_adds_the_missing_action_within_the_scope() {
    let d = desired(&EKS_POD_IDENTITY, Partition::Aws);
    let cond = r#"{"StringEquals":{"aws:RequestTag/kubernetes-namespace":"team-a"}}"#;
    let t = trust(&pods(cond, r#""sts:AssumeRole""#));
    let obs = role(Partition::Aws, "app", &t, &[]);
    let (f, assumable, _) = pod_check(&t);
    assert_eq!((f, assumable), (vec!["trust-action-missing"], Some(false)));
    let p = plan(&EKS_POD_IDENTITY, &d, &obs, PlanOptions::default());
    let Action::UpdateAssumeRolePolicy { policy_document, .. } = &p.actions[0] else { panic!("{p:?}") };
    let v: serde_json::Value = serde_json::from_str(policy_document).unwrap();
    assert_eq!(v["Statement"][1]["Action"], "sts:TagSession");
    assert_eq!(v["Statement"][1]["Condition"], serde_json::from_str::<serde_json::Value>(cond).unwrap(), "the scope is kept");
    assert_eq!(codes(&p.left), ["trust-scoped"]);
    assert_eq!(check_role(&EKS_POD_IDENTITY, &d, &simulate(&d, &obs, &p.actions)), p.left);
}

// ---- properties over generated trust policies (EKS Pod Identity and the Auto Mode cluster role) ----

fn pod_statement() -> impl Strategy<Value = String> {
    let principal = prop_oneof![
        Just(format!(r#"{{"Service":"{PODS}"}}"#)),
        Just(format!(r#"{{"Service":["{PODS}","ssm.amazonaws.com"]}}"#)),
        Just(r#"{"AWS":"arn:aws:iam::111122223333:role/Ops"}"#.to_owned()),
        Just(r#""*""#.to_owned()),
    ];
    let action = prop_oneof![Just(r#""sts:AssumeRole""#), Just(r#""sts:TagSession""#), Just(BOTH), Just(r#""sts:*""#)];
    let value = prop_oneof![Just("team-a"), Just("team-b"), Just("team-*"), Just("web")];
    let key = prop_oneof![Just("aws:RequestTag/kubernetes-namespace"), Just("aws:RequestTag/kubernetes-service-account")];
    let op = prop_oneof![Just("StringEquals"), Just("StringLike"), Just("StringNotEquals"), Just("StringEqualsIfExists")];
    let cond = prop_oneof![
        2 => Just(None),
        4 => (op, key, proptest::collection::vec(value, 1..3)).prop_map(|(op, k, v)| Some(format!(r#"{{"{op}":{{"{k}":{}}}}}"#, serde_json::to_string(&v).unwrap()))),
        1 => Just(Some(r#"{"Null":{"aws:RequestTag/kubernetes-namespace":"true"}}"#.to_owned())),
    ];
    (prop_oneof![4 => Just("Allow"), 1 => Just("Deny")], principal, action, cond).prop_map(|(effect, p, a, c)| match c {
        Some(c) => format!(r#"{{"Effect":"{effect}","Principal":{p},"Action":{a},"Condition":{c}}}"#),
        None => format!(r#"{{"Effect":"{effect}","Principal":{p},"Action":{a}}}"#),
    })
}

/// Concrete Pod Identity requests: tags off, or on with these namespaces and service accounts.
fn pod_probes() -> Vec<Context> {
    let base = Context::service().known("aws:PrincipalServiceName", PODS).known("aws:PrincipalIsAWSService", "true").set("aws:SourceAccount", rolecall_policy::eval::Value::Unknown);
    let mut off = base.clone().without("aws:TagKeys");
    for t in rolecall_core::trust::POD_IDENTITY_TAGS {
        off = off.without(&format!("aws:RequestTag/{t}"));
    }
    let mut out = vec![off];
    for ns in ["team-a", "team-b", "team-x", "default"] {
        for sa in ["web", "api"] {
            let mut c = base.clone().set("aws:TagKeys", rolecall_policy::eval::Value::Known(rolecall_core::trust::POD_IDENTITY_TAGS.iter().map(|t| (*t).to_owned()).collect()));
            for t in rolecall_core::trust::POD_IDENTITY_TAGS {
                c = c.known(&format!("aws:RequestTag/{t}"), "x");
            }
            out.push(c.known("aws:RequestTag/kubernetes-namespace", ns).known("aws:RequestTag/kubernetes-service-account", sa));
        }
    }
    out
}

fn both_actions(doc: &PolicyDocument, caller: &Caller, c: &Context) -> Decision {
    evaluate(doc, &Request { caller: caller.clone(), actions: vec!["sts:AssumeRole".into(), "sts:TagSession".into()], context: c.clone() }).decision
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    /// The Pod Identity verdict agrees with concrete requests: assumable means some concrete
    /// Pod may, not assumable means none may.
    #[test]
    fn pod_identity_verdicts_agree_with_concrete_pods(stmts in proptest::collection::vec(pod_statement(), 1..4)) {
        let text = trust(&stmts.join(","));
        let doc = PolicyDocument::parse(&text).unwrap();
        let (_, assumable, _) = pod_check(&text);
        let caller = Caller::Service(PODS.into());
        let decisions: Vec<Decision> = pod_probes().iter().map(|c| both_actions(&doc, &caller, c)).collect();
        match assumable {
            Some(false) => prop_assert!(decisions.iter().all(|d| *d == Decision::Denied), "{decisions:?}"),
            Some(true) => {}
            None => prop_assert!(false, "no unknowable keys here, yet undecided: {text}"),
        }
        if decisions.contains(&Decision::Allowed) {
            prop_assert_eq!(assumable, Some(true));
        }
    }

    /// Repair of a Pod Identity trust denies no concrete request allowed before, and check after
    /// repair reports exactly what repair left.
    #[test]
    fn pod_identity_repair_never_narrows(stmts in proptest::collection::vec(pod_statement(), 1..4)) {
        let text = trust(&stmts.join(","));
        let d = desired(&EKS_POD_IDENTITY, Partition::Aws);
        let obs = role(Partition::Aws, "app", &text, &[]);
        let p = plan(&EKS_POD_IDENTITY, &d, &obs, PlanOptions::default());
        let before = PolicyDocument::parse(&text).unwrap();
        let after_obs = simulate(&d, &obs, &p.actions);
        let after = PolicyDocument::parse(&after_obs.role.as_ref().unwrap().trust).unwrap();
        let callers = [Caller::Service(PODS.into()), Caller::Service("ssm.amazonaws.com".into()), Caller::Aws(format!("arn:aws:iam::{ACCOUNT}:role/Ops"))];
        for caller in &callers {
            for c in pod_probes() {
                for a in ["sts:AssumeRole", "sts:TagSession"] {
                    let req = Request { caller: caller.clone(), actions: vec![a.into()], context: c.clone() };
                    let (b, x) = (evaluate(&before, &req).decision, evaluate(&after, &req).decision);
                    prop_assert!(!(b == Decision::Allowed && x != Decision::Allowed), "{caller:?} {a} narrowed by {:?}", p.actions);
                }
            }
        }
        if !p.actions.is_empty() {
            prop_assert_eq!(pod_check(&after_obs.role.as_ref().unwrap().trust).1, Some(true));
        }
        prop_assert_eq!(check_role(&EKS_POD_IDENTITY, &d, &after_obs), p.left);
    }

    /// The Auto Mode cluster role: repair never narrows, and when it writes, the control plane
    /// may call both actions.
    #[test]
    fn auto_mode_cluster_repair_never_narrows(stmts in proptest::collection::vec(pod_statement(), 1..4)) {
        let text = trust(&stmts.join(",")).replace(PODS, EKS).replace("aws:RequestTag/kubernetes-namespace", "aws:SourceAccount").replace("team-a", ACCOUNT);
        let d = desired(&EKS_AUTO_CLUSTER, Partition::Aws);
        let obs = role(Partition::Aws, "AmazonEKSAutoClusterRole", &text, &d.managed_policy_arns);
        let p = plan(&EKS_AUTO_CLUSTER, &d, &obs, PlanOptions::default());
        let before = PolicyDocument::parse(&text).unwrap();
        let after_obs = simulate(&d, &obs, &p.actions);
        let after = PolicyDocument::parse(&after_obs.role.as_ref().unwrap().trust).unwrap();
        let ctx = Context::service().known("aws:PrincipalServiceName", EKS).known("aws:PrincipalIsAWSService", "true");
        for caller in [Caller::Service(EKS.into()), Caller::Service("ssm.amazonaws.com".into())] {
            for a in ["sts:AssumeRole", "sts:TagSession"] {
                let req = Request { caller: caller.clone(), actions: vec![a.into()], context: ctx.clone() };
                let (b, x) = (evaluate(&before, &req).decision, evaluate(&after, &req).decision);
                prop_assert!(!(b == Decision::Allowed && x != Decision::Allowed), "{caller:?} {a} narrowed");
            }
        }
        if p.actions.iter().any(|a| matches!(a, Action::UpdateAssumeRolePolicy { .. })) {
            prop_assert_eq!(both_actions(&after, &Caller::Service(EKS.into()), &ctx), Decision::Allowed);
        }
        prop_assert_eq!(check_role(&EKS_AUTO_CLUSTER, &d, &after_obs), p.left);
    }
}

#[test]
fn kinds_are_data() {
    for k in RoleKind::ALL {
        let s = k.spec();
        assert_eq!(s.kind, k);
        assert_eq!(RoleKind::parse(s.slug).unwrap(), k);
        assert!(s.name_required == s.default_name.is_empty(), "{}", s.slug);
        if let Some(v) = s.auto_mode {
            assert_eq!(v.kind, k);
            assert!(s.required.iter().all(|r| v.required.contains(r)), "Auto Mode only adds policies");
            assert!(s.request.actions.iter().all(|a| v.request.actions.contains(a)), "Auto Mode only adds actions");
        }
    }
}

/// `rolecall permissions create|repair` covers every write any kind's plan makes.
#[test]
fn permissions_cover_every_kinds_writes() {
    use rolecall_core::permissions::{policy, Command};
    let allowed = |c: Command| -> Vec<String> {
        policy(c, Partition::Aws, Some(ACCOUNT))["Statement"].as_array().unwrap().iter().flat_map(|s| s["Action"].as_array().unwrap().iter().map(|a| a.as_str().unwrap().to_owned())).collect()
    };
    let (create, repair) = (allowed(Command::Create), allowed(Command::Repair));
    for k in RoleKind::ALL {
        for spec in [k.spec(), k.spec().variant(rolecall_core::role::Variant::AutoMode)] {
            let mut c = ctx(Partition::Aws);
            c.role_name = Some(RoleName::parse("r").unwrap());
            c.permissions = spec.permissions.iter().copied().filter(|p| *p != Permission::CniIpv4).collect();
            c.secrets = vec![SECRET.into()];
            let d = spec.desired(&c);
            for a in plan(spec, &d, &Observation::default(), PlanOptions::default()).actions {
                assert!(create.contains(&format!("iam:{}", a.api_name())), "{}: {}", spec.slug, a.api_name());
            }
            let drifted = role(Partition::Aws, "r", &trust(r#"{"Effect":"Allow","Principal":{"Service":"ssm.amazonaws.com"},"Action":"sts:AssumeRole"}"#), &["arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly".to_owned()]);
            for a in plan(spec, &d, &drifted, PlanOptions { replace_outdated: true, restrict_trust: true }).actions {
                assert!(repair.contains(&format!("iam:{}", a.api_name())), "{}: {}", spec.slug, a.api_name());
            }
        }
    }
}
