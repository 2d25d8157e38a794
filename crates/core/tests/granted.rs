//! What a role may do, as IAM decides it: the needs of a kind judged from the role's identity
//! policies, its permissions boundary and the SCPs of its account, never from the names of the
//! policies attached. Each scenario of issue 20, with a twin in which one edit flips it.

#![allow(clippy::unwrap_used)] // Tests fail loudly on purpose.

use rolecall_core::backend::{Action, AttachedPolicy, Observation, ObservedRole, PolicyVersion, RolePolicies, Scp, ScpExempt, ScpRead, ScpTarget};
use rolecall_core::check::Status;
use rolecall_core::diff::{diff, plan};
use rolecall_core::finding::{Arg, Code, Finding};
use rolecall_core::input::{AccountId, IamPath};
use rolecall_core::plan::PlanOptions;
use rolecall_core::role::{Context as RoleContext, Desired, RoleKind, RoleSpec, EKS_NODE, EKS_POD_IDENTITY, ECS_TASK_EXECUTION};
use rolecall_core::Partition;
use rolecall_core::backend::{ErrorCode, IamError};

const ACCOUNT: &str = "111122223333";
const WORKER: &str = "arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy";
const PULL: &str = "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryPullOnly";
const EC2_TRUST: &str = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#;
const ALLOW_ALL: &str = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}"#;

fn desired(spec: &RoleSpec) -> Desired {
    spec.desired(&RoleContext { partition: Partition::Aws, account: Some(AccountId::parse(ACCOUNT).unwrap()), role_name: None, path: IamPath::root(), clusters: vec![], permissions: vec![], secrets: vec![] })
}

/// The committed default version of an AWS managed policy, as IAM would answer it.
fn managed(arn: &str) -> PolicyVersion {
    let d = rolecall_core::model::managed_documents::all().iter().find(|d| arn.ends_with(&format!("{}{}", d.path, d.name))).unwrap();
    PolicyVersion { arn: arn.into(), version_id: d.default_version_id.clone(), document: d.value(Partition::Aws).to_string() }
}

/// A node role with these managed policies attached, these inline policies, and this boundary.
fn node(attached: &[&str], inline: &[(&str, &str)], boundary: Option<&str>) -> ObservedRole {
    ObservedRole {
        name: "AmazonEKSNodeRole".into(),
        arn: format!("arn:aws:iam::{ACCOUNT}:role/AmazonEKSNodeRole"),
        path: "/".into(),
        trust: EC2_TRUST.into(),
        attached: attached.iter().map(|a| AttachedPolicy { name: a.rsplit('/').next().unwrap().into(), arn: (*a).into() }).collect(),
        instance_profiles: vec![],
        inline: vec![],
        policies: Some(RolePolicies {
            inline: inline.iter().map(|(n, d)| ((*n).into(), (*d).into())).collect(),
            attached: attached.iter().map(|a| managed(a)).collect(),
            boundary: boundary.map(|b| PolicyVersion { arn: format!("arn:aws:iam::{ACCOUNT}:policy/Boundary"), version_id: "v1".into(), document: b.into() }),
            tags: vec![],
        }),
        create_date: None,
    }
}

fn seen(role: ObservedRole, scps: ScpRead) -> Observation {
    Observation { role: Some(role), scps: Some(scps), permissions_read: true, ..Default::default() }
}

/// The management account's answer: SCPs bind nothing.
fn no_scps() -> ScpRead {
    ScpRead::NotApplicable(ScpExempt::ManagementAccount)
}

/// The root with FullAWSAccess, and the account with FullAWSAccess and `extra`.
fn scps(extra: Option<&str>) -> ScpRead {
    let full = Scp { id: "p-FullAWSAccess".into(), name: "FullAWSAccess".into(), document: ALLOW_ALL.into() };
    let mut account = vec![full.clone()];
    if let Some(doc) = extra {
        account.push(Scp { id: "p-12345678".into(), name: "NoEcr".into(), document: doc.into() });
    }
    ScpRead::Read(vec![ScpTarget { target: "r-ab12".into(), policies: vec![full] }, ScpTarget { target: ACCOUNT.into(), policies: account }])
}

fn codes(f: &[Finding]) -> Vec<&'static str> {
    f.iter().map(|f| f.code.as_str()).collect()
}

fn check(spec: &RoleSpec, obs: &Observation) -> (Vec<Finding>, Option<bool>) {
    let d = diff(spec, &desired(spec), obs, PlanOptions::default());
    (d.findings, d.permissions.and_then(|p| p.granted))
}

/// Every action of both managed policies the node role needs, inline, each on its resources.
fn equivalent_inline() -> String {
    let mut st = Vec::new();
    for pn in EKS_NODE.needs.policies() {
        for n in pn.needs {
            let resource = n.resource.replace("{partition}", "aws").replace("{region}", "*").replace("{account}", ACCOUNT).replace("{cluster}", "*");
            st.push(format!(r#"{{"Effect":"Allow","Action":"{}","Resource":"{}"}}"#, n.action, resource));
        }
    }
    format!(r#"{{"Version":"2012-10-17","Statement":[{}]}}"#, st.join(","))
}

#[test]
fn the_guides_role_is_granted_every_need() {
    let (f, granted) = check(&EKS_NODE, &seen(node(&[WORKER, PULL], &[], None), no_scps()));
    assert_eq!(granted, Some(true));
    assert!(codes(&f).is_empty(), "{f:?}");
    // The same with the SCPs of an organization that allows everything.
    let (f, granted) = check(&EKS_NODE, &seen(node(&[WORKER, PULL], &[], None), scps(None)));
    assert_eq!((codes(&f), granted), (vec![], Some(true)));
}

/// Issue 20's first case: a node role with every action of both policies inline is no error;
/// the guide accepts equivalent permissions (a note). Its twin lacks one action.
#[test]
fn equivalent_inline_permissions_are_a_note_not_an_error() {
    let inline = equivalent_inline();
    let (f, granted) = check(&EKS_NODE, &seen(node(&[], &[("nodes", &inline)], None), no_scps()));
    assert_eq!(granted, Some(true));
    assert_eq!(codes(&f), vec!["policy-equivalent", "policy-equivalent"], "{f:?}");
    assert_eq!(Status::of(&f), Status::Ok);
    // repair attaches nothing: the needs are granted.
    let p = plan(&EKS_NODE, &desired(&EKS_NODE), &seen(node(&[], &[("nodes", &inline)], None), no_scps()), PlanOptions::default());
    assert!(p.actions.is_empty(), "{:?}", p.actions);
    // Twin: without ecr:BatchGetImage, PullOnly is missing (an error) and repair attaches it.
    let short = inline.replace(r#"{"Effect":"Allow","Action":"ecr:BatchGetImage","Resource":"arn:aws:ecr:*:*:repository/*"},"#, "");
    assert_ne!(short, inline);
    let obs = seen(node(&[], &[("nodes", &short)], None), no_scps());
    let (f, granted) = check(&EKS_NODE, &obs);
    assert_eq!(granted, Some(false));
    assert!(codes(&f).contains(&"policy-missing") && codes(&f).contains(&"policy-equivalent"), "{f:?}");
    assert_eq!(Status::of(&f), Status::Drift);
    let p = plan(&EKS_NODE, &desired(&EKS_NODE), &obs, PlanOptions::default());
    assert_eq!(p.actions, vec![Action::AttachRolePolicy { role_name: "AmazonEKSNodeRole".into(), policy_arn: PULL.into() }]);
    // What repair leaves: every need granted once PullOnly's committed document is attached.
    assert!(p.left.iter().all(|f| f.severity() != rolecall_core::finding::Severity::Error), "{:?}", p.left);
}

/// A kind whose guide names the policy itself: equivalents are a warning.
#[test]
fn equivalents_are_a_warning_where_the_guide_names_the_policy() {
    let spec = &ECS_TASK_EXECUTION;
    let mut role = node(&[], &[("x", ALLOW_ALL)], None);
    role.trust = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ecs-tasks.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#.into();
    role.name = "ecsTaskExecutionRole".into();
    let (f, granted) = check(spec, &seen(role, no_scps()));
    assert_eq!(granted, Some(true));
    assert!(codes(&f).contains(&"policy-missing-granted"), "{f:?}");
}

/// Issue 20's second case: both managed policies, but a boundary that allows only `s3:*`.
#[test]
fn a_boundary_that_allows_too_little_blocks_the_needs() {
    let s3 = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}"#;
    let obs = seen(node(&[WORKER, PULL], &[], Some(s3)), no_scps());
    let (f, granted) = check(&EKS_NODE, &obs);
    assert_eq!(granted, Some(false));
    let b = f.iter().find(|f| f.code == Code::PermissionBlockedByBoundary).unwrap();
    assert_eq!(b.args.text(Arg::Policy), Some(format!("arn:aws:iam::{ACCOUNT}:policy/Boundary").as_str()));
    assert_eq!(b.args.text(Arg::Count), Some(EKS_NODE.needs.all().count().to_string().as_str()));
    assert_eq!(Status::of(&f), Status::Drift);
    // repair never edits a boundary: it names it as blocked, and writes nothing.
    let p = plan(&EKS_NODE, &desired(&EKS_NODE), &obs, PlanOptions::default());
    assert!(p.actions.is_empty());
    assert_eq!(codes(&p.blocked), vec!["permission-blocked-by-boundary"]);
    assert!(codes(&p.left).contains(&"permission-blocked-by-boundary"));
    // Twin: a boundary that allows everything blocks nothing.
    let (f, granted) = check(&EKS_NODE, &seen(node(&[WORKER, PULL], &[], Some(ALLOW_ALL)), no_scps()));
    assert_eq!((codes(&f), granted), (vec![], Some(true)));
}

/// A boundary that denies one action outright names its statement.
#[test]
fn a_boundary_deny_names_its_statement() {
    let b = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"},{"Sid":"NoPull","Effect":"Deny","Action":"ecr:BatchGetImage","Resource":"*"}]}"#;
    let (f, _) = check(&EKS_NODE, &seen(node(&[WORKER, PULL], &[], Some(b)), no_scps()));
    let b = f.iter().find(|f| f.code == Code::PermissionBlockedByBoundary).unwrap();
    assert_eq!((b.args.text(Arg::Action), b.args.text(Arg::Statement), b.args.text(Arg::Count)), (Some("ecr:BatchGetImage"), Some("NoPull"), Some("1")));
}

/// Issue 20: an SCP that denies `ecr:*` in the account.
#[test]
fn an_scp_deny_blocks_the_needs() {
    let deny = r#"{"Version":"2012-10-17","Statement":[{"Sid":"NoEcr","Effect":"Deny","Action":"ecr:*","Resource":"*"}]}"#;
    let (f, granted) = check(&EKS_NODE, &seen(node(&[WORKER, PULL], &[], None), scps(Some(deny))));
    assert_eq!(granted, Some(false));
    let s = f.iter().find(|f| f.code == Code::PermissionBlockedByScp).unwrap();
    assert_eq!(s.args.text(Arg::Target), Some(ACCOUNT));
    assert_eq!(s.args.text(Arg::Statement), Some("NoEcr"));
    assert_eq!(s.args.text(Arg::Count), Some("4"), "{s:?}");
    // Twin: the same SCP denying `ecs:*` does not touch a node role's needs.
    let (f, granted) = check(&EKS_NODE, &seen(node(&[WORKER, PULL], &[], None), scps(Some(&deny.replace("ecr:*", "ecs:*")))));
    assert_eq!((codes(&f), granted), (vec![], Some(true)));
    // A level with no Allow at all (FullAWSAccess detached from the account) blocks every need.
    let bare = ScpRead::Read(vec![
        ScpTarget { target: "r-ab12".into(), policies: vec![Scp { id: "p-FullAWSAccess".into(), name: "FullAWSAccess".into(), document: ALLOW_ALL.into() }] },
        ScpTarget { target: ACCOUNT.into(), policies: vec![] },
    ]);
    let (f, _) = check(&EKS_NODE, &seen(node(&[WORKER, PULL], &[], None), bare));
    let s = f.iter().find(|f| f.code == Code::PermissionBlockedByScp).unwrap();
    assert_eq!((s.args.text(Arg::Target), s.args.text(Arg::Policy)), (Some(ACCOUNT), None));
}

/// Issue 20: an inline explicit Deny.
#[test]
fn an_inline_deny_is_reported_and_never_removed() {
    let deny = r#"{"Version":"2012-10-17","Statement":[{"Sid":"NoDescribe","Effect":"Deny","Action":"ec2:DescribeInstances","Resource":"*"}]}"#;
    let obs = seen(node(&[WORKER, PULL], &[("guard", deny)], None), no_scps());
    let (f, granted) = check(&EKS_NODE, &obs);
    assert_eq!(granted, Some(false));
    let d = f.iter().find(|f| f.code == Code::PermissionDenied).unwrap();
    assert_eq!((d.args.text(Arg::Policy), d.args.text(Arg::Statement), d.args.text(Arg::Action)), (Some("guard"), Some("NoDescribe"), Some("ec2:DescribeInstances")));
    let p = plan(&EKS_NODE, &desired(&EKS_NODE), &obs, PlanOptions::default());
    assert!(p.actions.is_empty() && codes(&p.blocked) == vec!["permission-denied"]);
    // Twin: the Deny on another action.
    let (f, granted) = check(&EKS_NODE, &seen(node(&[WORKER, PULL], &[("guard", &deny.replace("ec2:DescribeInstances", "ec2:TerminateInstances"))], None), no_scps()));
    assert_eq!((codes(&f), granted), (vec![], Some(true)));
}

/// A need that a Deny may stop, depending on a value rolecall cannot know, is undecided (exit
/// 1), neither granted nor denied.
#[test]
fn a_deny_on_an_unknown_condition_is_undecided() {
    let cond = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"*","Resource":"*","Condition":{"StringNotEquals":{"aws:SourceVpc":"vpc-1"}}}]}"#;
    let (f, granted) = check(&EKS_NODE, &seen(node(&[WORKER, PULL], &[("vpc", cond)], None), no_scps()));
    assert_eq!(granted, None);
    let u = f.iter().find(|f| f.code == Code::PermissionUndecided).unwrap();
    assert_eq!(u.args.text(Arg::Key), Some("aws:SourceVpc"));
    assert_eq!(Status::of(&f), Status::Undecided, "{f:?}");
    // Twin: the condition on a key the role's session carries (its own ARN) decides.
    let known = cond.replace(r#""aws:SourceVpc":"vpc-1""#, &format!(r#""aws:PrincipalArn":"arn:aws:iam::{ACCOUNT}:role/AmazonEKSNodeRole""#));
    let (f, granted) = check(&EKS_NODE, &seen(node(&[WORKER, PULL], &[("vpc", &known)], None), no_scps()));
    assert_eq!((codes(&f), granted), (vec![], Some(true)));
}

/// A grant that depends on an unknown value does not stand in for the guide's policy: the
/// policy is missing (repair attaches it), and the needs are undecided until it is.
#[test]
fn a_grant_on_an_unknown_condition_is_not_an_equivalent() {
    let cond = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*","Condition":{"StringEquals":{"aws:SourceVpc":"vpc-1"}}}]}"#;
    let obs = seen(node(&[], &[("vpc", cond)], None), no_scps());
    let (f, granted) = check(&EKS_NODE, &obs);
    assert_eq!(granted, None);
    assert_eq!(codes(&f), vec!["policy-missing", "policy-missing"]);
    let p = plan(&EKS_NODE, &desired(&EKS_NODE), &obs, PlanOptions::default());
    assert_eq!(p.actions.len(), 2);
    assert!(p.left.is_empty(), "{:?}", p.left);
}

/// A condition on the role's own tags is decided by its tags.
#[test]
fn principal_tags_are_the_roles_tags() {
    let cond = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*","Condition":{"StringEquals":{"aws:PrincipalTag/team":"platform"}}}]}"#;
    let mut r = node(&[], &[("tagged", cond)], None);
    r.policies.as_mut().unwrap().tags = vec![("team".into(), "platform".into())];
    assert_eq!(check(&EKS_NODE, &seen(r.clone(), no_scps())).1, Some(true));
    r.policies.as_mut().unwrap().tags = vec![("team".into(), "data".into())];
    assert_eq!(check(&EKS_NODE, &seen(r, no_scps())).1, Some(false));
}

/// SCPs that cannot be read are a note, and the verdict is given without them.
#[test]
fn scps_not_read_are_a_note() {
    let denied = ScpRead::NotRead(IamError::of(ErrorCode::AccessDenied).during("ListParents"));
    let (f, granted) = check(&EKS_NODE, &seen(node(&[WORKER, PULL], &[], None), denied));
    assert_eq!(granted, Some(true));
    assert_eq!(codes(&f), vec!["scps-not-read"]);
    assert_eq!(f[0].args.text(Arg::Value), Some("AccessDenied"));
    assert_eq!(Status::of(&f), Status::Ok);
}

/// A service-linked role: SCPs do not apply, whatever they say.
#[test]
fn scps_do_not_bind_service_linked_roles() {
    let deny = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"*","Resource":"*"}]}"#;
    let mut r = node(&[WORKER, PULL], &[], None);
    r.path = "/aws-service-role/".into();
    let d = diff(&EKS_NODE, &desired(&EKS_NODE), &seen(r, scps(Some(deny))), PlanOptions::default());
    let p = d.permissions.unwrap();
    assert_eq!((p.granted, p.scps), (Some(true), rolecall_policy::permission::ScpStatus::NotApplicable));
}

/// An EKS Pod Identity role declares no needs: its permissions are the user's.
#[test]
fn pod_identity_roles_declare_no_needs() {
    let mut r = node(&[], &[], None);
    r.trust = r#"{"Version":"2012-10-17","Statement":[{"Sid":"AllowEksAuthToAssumeRoleForPodIdentity","Effect":"Allow","Principal":{"Service":"pods.eks.amazonaws.com"},"Action":["sts:AssumeRole","sts:TagSession"]}]}"#.into();
    let mut ctx = RoleContext { partition: Partition::Aws, account: Some(AccountId::parse(ACCOUNT).unwrap()), role_name: Some(rolecall_core::input::RoleName::parse("web").unwrap()), path: IamPath::root(), clusters: vec![], permissions: vec![], secrets: vec![] };
    ctx.role_name = Some(rolecall_core::input::RoleName::parse("web").unwrap());
    let d = diff(&EKS_POD_IDENTITY, &EKS_POD_IDENTITY.desired(&ctx), &seen(r, no_scps()), PlanOptions::default());
    let p = d.permissions.unwrap();
    assert!(!p.declared && p.needs.is_empty() && p.granted.is_none());
    assert!(!d.findings.iter().any(|f| f.code.as_str().starts_with("permission-")));
}

/// Without the policies read, the verdict is by names, as before.
#[test]
fn without_the_policies_the_names_decide() {
    let mut r = node(&[], &[("nodes", &equivalent_inline())], None);
    r.policies = None;
    let (f, granted) = check(&EKS_NODE, &Observation { role: Some(r), ..Default::default() });
    assert_eq!(granted, None);
    assert_eq!(codes(&f), vec!["policy-missing", "policy-missing"]);
}

/// Every kind's role as its guide makes it, with the committed managed documents, is granted
/// every need it declares (as the role's own session asks).
#[test]
fn every_kinds_guide_role_is_granted() {
    for kind in RoleKind::ALL {
        let spec = kind.spec();
        for spec in std::iter::once(spec).chain(spec.auto_mode) {
            let arns: Vec<String> = spec.required.iter().map(|r| r.policy.arn(Partition::Aws)).collect();
            let refs: Vec<&str> = arns.iter().map(String::as_str).collect();
            let mut r = node(&refs, &[], None);
            r.trust = spec.desired(&RoleContext { partition: Partition::Aws, account: Some(AccountId::parse(ACCOUNT).unwrap()), role_name: Some(rolecall_core::input::RoleName::parse("r").unwrap()), path: IamPath::root(), clusters: vec![], permissions: vec![], secrets: vec![] }).trust.to_json();
            let d = diff(spec, &desired_named(spec), &seen(r, scps(None)), PlanOptions::default());
            let p = d.permissions.unwrap();
            if p.declared {
                assert_eq!(p.granted, Some(true), "{kind:?}: {:?}", p.needs.iter().filter(|n| n.verdict.granted() != Some(true)).map(|n| (&n.verdict.action, &n.verdict.resource, n.verdict.outcome())).collect::<Vec<_>>());
            }
        }
    }
}

fn desired_named(spec: &RoleSpec) -> Desired {
    spec.desired(&RoleContext { partition: Partition::Aws, account: Some(AccountId::parse(ACCOUNT).unwrap()), role_name: Some(rolecall_core::input::RoleName::parse("r").unwrap()), path: IamPath::root(), clusters: vec![], permissions: vec![], secrets: vec![] })
}

/// The managed policy is attached, but the default version IAM answers does not grant a need
/// (a policy version before the need was added): the need is not granted, though the name is
/// there. Its twin is the committed version.
#[test]
fn an_attached_policy_that_does_not_grant_a_need_is_not_trusted_by_name() {
    let mut r = node(&[WORKER, PULL], &[], None);
    let worker = &mut r.policies.as_mut().unwrap().attached[0];
    let mut doc: serde_json::Value = serde_json::from_str(&worker.document).unwrap();
    let before = doc.to_string();
    for st in doc["Statement"].as_array_mut().unwrap() {
        if let Some(actions) = st["Action"].as_array_mut() {
            actions.retain(|a| a != "eks-auth:AssumeRoleForPodIdentity");
        } else if st["Action"] == "eks-auth:AssumeRoleForPodIdentity" {
            st["Effect"] = "Deny".into();
            st["Action"] = "eks-auth:NoSuchAction".into();
        }
    }
    assert_ne!(doc.to_string(), before, "the committed document grants eks-auth:AssumeRoleForPodIdentity");
    worker.document = doc.to_string();
    let (f, granted) = check(&EKS_NODE, &seen(r, no_scps()));
    assert_eq!(granted, Some(false));
    assert_eq!(codes(&f), vec!["permission-not-granted"]);
    assert_eq!((f[0].args.text(Arg::Action), f[0].args.text(Arg::Count)), (Some("eks-auth:AssumeRoleForPodIdentity"), Some("1")));
    assert_eq!(Status::of(&f), Status::Drift);
}

/// An older policy in place of the guide's is `policy-outdated` even when it grants the newer
/// one's needs (BlockStorage V1 is wider than V2): its twin, with no older policy but the
/// same grants inline, is an equivalent.
#[test]
fn an_older_policy_in_place_is_outdated_not_an_equivalent() {
    use rolecall_core::role::EKS_AUTO_CLUSTER;
    let p = |name: &str| format!("arn:aws:iam::aws:policy/{name}");
    let others = [p("AmazonEKSClusterPolicy"), p("AmazonEKSComputePolicy"), p("AmazonEKSLoadBalancingPolicy"), p("AmazonEKSNetworkingPolicy")];
    let mut with_v1: Vec<&str> = others.iter().map(String::as_str).collect();
    let v1 = p("AmazonEKSBlockStoragePolicy");
    with_v1.push(&v1);
    let mut r = node(&with_v1, &[], None);
    r.trust = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"eks.amazonaws.com"},"Action":["sts:AssumeRole","sts:TagSession"]}]}"#.into();
    let (f, granted) = check(&EKS_AUTO_CLUSTER, &seen(r.clone(), no_scps()));
    assert_eq!(granted, Some(true));
    assert_eq!(codes(&f), vec!["policy-outdated"]);
    // Twin: V1's grants inline, no older policy attached.
    let v1_doc = managed(&v1).document;
    let pols = r.policies.as_mut().unwrap();
    pols.attached.retain(|a| a.arn != v1);
    pols.inline.push(("storage".into(), v1_doc));
    r.attached.retain(|a| a.arn != v1);
    let (f, _) = check(&EKS_AUTO_CLUSTER, &seen(r, no_scps()));
    assert_eq!(codes(&f), vec!["policy-equivalent"]);
}
