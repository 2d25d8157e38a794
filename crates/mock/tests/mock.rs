//! The mock IAM: its rules, errors, persistence, and the engine end to end on it.

#![allow(clippy::unwrap_used)] // Tests fail loudly on purpose.

use std::future::Future;
use std::pin::pin;
use std::task::{Context as TaskCx, Poll, Waker};

use rolecall_core::backend::{Action, ErrorCode, IamError};
use rolecall_core::check::Status;
use rolecall_core::finding::{Arg, ArgValue, Code};
use rolecall_core::engine::{apply, check, plan_changes, Locate, Request};
use rolecall_core::input::{ClusterName, IamPath, Region, RoleName};
use rolecall_core::plan::PlanOptions;
use rolecall_core::role::{ClusterScope, Context, Permission, Scope, Variant};
use rolecall_core::{Partition, RoleKind};
use rolecall_mock::query::{action_of, encode_document, handle};
use rolecall_mock::{Access, Fault, MockIam, Quotas};

/// The mock's futures are always ready: poll once.
fn ready<F: Future>(f: F) -> F::Output {
    let mut f = pin!(f);
    match f.as_mut().poll(&mut TaskCx::from_waker(Waker::noop())) {
        Poll::Ready(v) => v,
        Poll::Pending => panic!("mock future was not ready"),
    }
}

const TRUST: &str = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#;
const WORKER: &str = "arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy";

fn create_role(name: &str, trust: &str) -> Action {
    Action::CreateRole { role_name: name.into(), path: "/".into(), assume_role_policy_document: trust.into(), description: String::new() }
}

fn code(r: Result<(), IamError>) -> String {
    r.unwrap_err().code.as_str().to_owned()
}

fn req(kind: RoleKind, p: Partition) -> Request {
    let context = Context { partition: p, account: None, role_name: None, path: IamPath::root(), clusters: vec![], permissions: vec![], secrets: vec![] };
    Request { kind, variant: Variant::Standard, context }
}

#[test]
fn names_are_unique_case_insensitively() {
    let m = MockIam::in_memory(Partition::Aws);
    m.apply_now(&create_role("MyRole", TRUST)).unwrap();
    let e = m.apply_now(&create_role("myrole", TRUST)).unwrap_err();
    assert_eq!(e.code, ErrorCode::EntityAlreadyExists);
    assert_eq!(e.code.http_status(), 409);
    assert_eq!(e.operation.as_deref(), Some("CreateRole"));
}

#[test]
fn name_rules() {
    let m = MockIam::in_memory(Partition::Aws);
    assert_eq!(code(m.apply_now(&create_role(&"a".repeat(65), TRUST))), "ValidationError");
    assert_eq!(code(m.apply_now(&create_role("has space", TRUST))), "ValidationError");
    let bad_path = Action::CreateRole { role_name: "r".into(), path: "nopath".into(), assume_role_policy_document: TRUST.into(), description: String::new() };
    assert_eq!(code(m.apply_now(&bad_path)), "ValidationError");
    let long_desc = Action::CreateRole { role_name: "r".into(), path: "/".into(), assume_role_policy_document: TRUST.into(), description: "d".repeat(1001) };
    assert_eq!(code(m.apply_now(&long_desc)), "ValidationError");
    assert_eq!(code(m.apply_now(&Action::CreatePolicy { policy_name: "p".repeat(129), policy_document: "{}".into() })), "ValidationError");
    assert_eq!(code(m.apply_now(&Action::CreateInstanceProfile { instance_profile_name: "bad/name".into(), path: "/".into() })), "ValidationError");
    assert!(m.snapshot().partitions.values().all(|a| a.roles.is_empty()));
}

#[test]
fn malformed_documents() {
    let m = MockIam::in_memory(Partition::Aws);
    assert_eq!(code(m.apply_now(&create_role("r", "{"))), "MalformedPolicyDocument");
    let dup = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole","Action":"sts:AssumeRole"}]}"#;
    assert_eq!(code(m.apply_now(&create_role("r", dup))), "MalformedPolicyDocument");
    let bad_principal = TRUST.replace("ec2.amazonaws.com", "ec2");
    let e = m.apply_now(&create_role("r", &bad_principal)).unwrap_err();
    assert_eq!(e.code, ErrorCode::MalformedPolicyDocument);
    assert!(e.message.starts_with("Invalid principal in policy"), "{}", e.message);
    let with_resource = TRUST.replace(r#""Action""#, r#""Resource":"*","Action""#);
    assert_eq!(m.apply_now(&create_role("r", &with_resource)).unwrap_err().message, "Has prohibited field Resource");
    // A role's trust policy cannot use NotPrincipal.
    let not_principal = TRUST.replace(r#""Principal""#, r#""NotPrincipal""#);
    assert_eq!(m.apply_now(&create_role("r", &not_principal)).unwrap_err().message, "Has prohibited field NotPrincipal");
    m.apply_now(&create_role("r", TRUST)).unwrap();
    let with_principal = r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"*"}}"#;
    assert_eq!(code(m.apply_now(&Action::PutRolePolicy { role_name: "r".into(), policy_name: "p".into(), policy_document: with_principal.into() })), "MalformedPolicyDocument");
}

#[test]
fn quotas() {
    let m = MockIam::in_memory(Partition::Aws);
    // Trust policy size (ACLSizePerRole).
    let arns: Vec<String> = (0..40).map(|i| format!("arn:aws:eks:us-west-2:111122223333:fargateprofile/cluster-{i:03}/*")).collect();
    let big = serde_json::json!({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"eks-fargate-pods.amazonaws.com"},"Action":"sts:AssumeRole","Condition":{"ArnLike":{"aws:SourceArn":arns}}}]}).to_string();
    let e = m.apply_now(&create_role("big", &big)).unwrap_err();
    assert_eq!((e.code, e.message.as_str()), (ErrorCode::LimitExceeded, "Cannot exceed quota for ACLSizePerRole: 2048"));
    // Raised quota: accepted.
    let raised = MockIam::in_memory(Partition::Aws).with_quotas(Quotas { trust_policy_size: 4096, ..Quotas::default() });
    raised.apply_now(&create_role("big", &big)).unwrap();

    // Managed policies per role.
    m.apply_now(&create_role("r", TRUST)).unwrap();
    let doc = r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}}"#;
    for i in 0..10 {
        m.apply_now(&Action::CreatePolicy { policy_name: format!("p{i}"), policy_document: doc.into() }).unwrap();
        m.apply_now(&Action::AttachRolePolicy { role_name: "r".into(), policy_arn: format!("arn:aws:iam::111122223333:policy/p{i}") }).unwrap();
    }
    // Attaching one already attached is not an error and does not count twice.
    m.apply_now(&Action::AttachRolePolicy { role_name: "r".into(), policy_arn: "arn:aws:iam::111122223333:policy/p0".into() }).unwrap();
    let e = m.apply_now(&Action::AttachRolePolicy { role_name: "r".into(), policy_arn: WORKER.into() }).unwrap_err();
    assert_eq!((e.code, e.message.as_str()), (ErrorCode::LimitExceeded, "Cannot exceed quota for PoliciesPerRole: 10"));

    // One role per instance profile.
    m.apply_now(&create_role("other", TRUST)).unwrap();
    m.apply_now(&Action::CreateInstanceProfile { instance_profile_name: "ip".into(), path: "/".into() }).unwrap();
    m.apply_now(&Action::AddRoleToInstanceProfile { instance_profile_name: "ip".into(), role_name: "r".into() }).unwrap();
    let e = m.apply_now(&Action::AddRoleToInstanceProfile { instance_profile_name: "ip".into(), role_name: "other".into() }).unwrap_err();
    assert_eq!(e.code, ErrorCode::LimitExceeded);
    assert_eq!(code(m.apply_now(&Action::CreateInstanceProfile { instance_profile_name: "IP".into(), path: "/".into() })), "EntityAlreadyExists");

    // Inline policy size per role.
    let huge = serde_json::json!({"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":(0..500).map(|i| format!("arn:aws:s3:::bucket-{i:04}/*")).collect::<Vec<_>>()}}).to_string();
    assert_eq!(code(m.apply_now(&Action::PutRolePolicy { role_name: "r".into(), policy_name: "huge".into(), policy_document: huge.clone() })), "LimitExceeded");
    assert_eq!(code(m.apply_now(&Action::CreatePolicy { policy_name: "huge".into(), policy_document: huge })), "LimitExceeded");
}

#[test]
fn missing_entities_and_bad_arns() {
    let m = MockIam::in_memory(Partition::Aws);
    assert_eq!(code(m.apply_now(&Action::AttachRolePolicy { role_name: "nope".into(), policy_arn: WORKER.into() })), "NoSuchEntity");
    m.apply_now(&create_role("r", TRUST)).unwrap();
    assert_eq!(code(m.apply_now(&Action::AttachRolePolicy { role_name: "r".into(), policy_arn: "arn:aws:iam::aws:policy/NoSuchPolicy".into() })), "NoSuchEntity");
    // AWS managed policies live in their own partition.
    assert_eq!(code(m.apply_now(&Action::AttachRolePolicy { role_name: "r".into(), policy_arn: WORKER.replace("arn:aws:", "arn:aws-cn:") })), "NoSuchEntity");
    assert_eq!(code(m.apply_now(&Action::AttachRolePolicy { role_name: "r".into(), policy_arn: "arn:aws: iam::aws:policy/AmazonEKSWorkerNodePolicy".into() })), "InvalidInput");
    assert_eq!(code(m.apply_now(&Action::DetachRolePolicy { role_name: "r".into(), policy_arn: WORKER.into() })), "NoSuchEntity");
    assert_eq!(code(m.apply_now(&Action::UpdateAssumeRolePolicy { role_name: "nope".into(), policy_document: TRUST.into() })), "NoSuchEntity");
    assert_eq!(code(m.apply_now(&Action::PutRolePolicy { role_name: "nope".into(), policy_name: "p".into(), policy_document: TRUST.into() })), "NoSuchEntity");
    assert_eq!(code(m.apply_now(&Action::AddRoleToInstanceProfile { instance_profile_name: "nope".into(), role_name: "r".into() })), "NoSuchEntity");
    let doc = r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}}"#;
    m.apply_now(&Action::CreatePolicy { policy_name: "p".into(), policy_document: doc.into() }).unwrap();
    assert_eq!(code(m.apply_now(&Action::CreatePolicy { policy_name: "p".into(), policy_document: doc.into() })), "EntityAlreadyExists");
    assert_eq!(code(m.apply_now(&Action::CreatePolicy { policy_name: "P".into(), policy_document: doc.into() })), "EntityAlreadyExists");
    // Condition values are strings to IAM: a guide's placeholder there is accepted.
    let placeholder = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"eks-fargate-pods.amazonaws.com"},"Action":"sts:AssumeRole","Condition":{"ArnLike":{"aws:SourceArn":"arn:aws:eks:region-code:111122223333:fargateprofile/my-cluster/*"}}}]}"#;
    m.apply_now(&create_role("placeholder", placeholder)).unwrap();
}

#[test]
fn state_persists_atomically() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sub").join("state.json");
    {
        let m = MockIam::open(&path, Partition::Aws, Access::Write).unwrap();
        m.apply_now(&create_role("r", TRUST)).unwrap();
    }
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("\"r\""));
    // No temporary files are left behind.
    let leftovers: Vec<_> = std::fs::read_dir(path.parent().unwrap()).unwrap().filter_map(Result::ok).filter(|e| e.file_name().to_string_lossy().contains(".tmp-")).collect();
    assert!(leftovers.is_empty());
    // A failed write leaves the file as it was.
    {
        let m = MockIam::open(&path, Partition::Aws, Access::Write).unwrap();
        assert!(m.apply_now(&create_role("R", TRUST)).is_err());
    }
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
    // Partitions are separate accounts.
    let cn = MockIam::open(&path, Partition::AwsCn, Access::Read).unwrap();
    assert!(ready(check(&cn, &named(req(RoleKind::EksNode, Partition::AwsCn), "r"))).unwrap().status == Status::Missing);
    // A broken file is an error, not an empty account.
    std::fs::write(&path, "{broken").unwrap();
    assert!(matches!(MockIam::open(&path, Partition::Aws, Access::Read).unwrap_err().code, ErrorCode::Io(_)));
}

#[test]
fn read_only_open_creates_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("none").join("state.json");
    let m = MockIam::open(&path, Partition::Aws, Access::Read).unwrap();
    assert_eq!(ready(check(&m, &req(RoleKind::EksNode, Partition::Aws))).unwrap().status, Status::Missing);
    assert!(!path.parent().unwrap().exists());
}

#[test]
fn concurrent_writers_serialize() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    let threads: Vec<_> = (0..4)
        .map(|i| {
            let path = path.clone();
            std::thread::spawn(move || {
                let m = MockIam::open(&path, Partition::Aws, Access::Write).unwrap();
                m.apply_now(&create_role(&format!("role{i}"), TRUST)).unwrap();
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    let m = MockIam::open(&path, Partition::Aws, Access::Read).unwrap();
    assert_eq!(m.snapshot().partitions["aws"].roles.len(), 4, "no update was lost");
}

fn converge(m: &MockIam, r: &Request) {
    let planned = ready(plan_changes(m, r, Locate::Named, PlanOptions::default())).unwrap();
    ready(apply(m, &planned.plan.actions, |_, _| {})).unwrap();
    let again = ready(plan_changes(m, r, Locate::Named, PlanOptions::default())).unwrap();
    assert!(again.plan.is_empty(), "{:?}", again.plan);
    let report = ready(check(m, r)).unwrap();
    assert_eq!(report.status, Status::Ok, "{:?}", report.findings);
    // Only advice may remain (the CNI policy asked for on the node role).
    assert!(report.findings.iter().all(|f| f.severity() == rolecall_core::finding::Severity::Info), "{:?}", report.findings);
}

fn named(mut r: Request, name: &str) -> Request {
    r.context.role_name = Some(RoleName::parse(name).unwrap());
    r
}

fn fargate_req(p: Partition, clusters: &[&str]) -> Request {
    let mut r = req(RoleKind::FargatePodExecution, p);
    r.context.clusters = clusters
        .iter()
        .map(|c| ClusterScope { name: Scope::One(ClusterName::parse(c).unwrap()), region: Scope::One(Region::parse(p.example_region()).unwrap()) })
        .collect();
    r
}

#[test]
fn every_role_converges_in_every_partition() {
    for p in Partition::ALL {
        let m = MockIam::in_memory(p);
        // EKS on Fargate isn't available in aws-us-gov: no Fargate role is made there.
        if p.has_eks_fargate() {
            converge(&m, &fargate_req(p, &["prod"]));
        }
        let mut node = req(RoleKind::EksNode, p);
        node.context.permissions = vec![Permission::CniIpv6];
        converge(&m, &node);
        let mut ecs = req(RoleKind::EcsInstance, p);
        ecs.context.permissions = vec![Permission::EcrPull, Permission::CloudWatchLogs, Permission::S3ReadOnly];
        converge(&m, &ecs);
        let role = m.snapshot().partitions[p.id()].roles["ecsinstancerole"].clone();
        assert!(role.arn.starts_with(&format!("arn:{}:iam::111122223333:role/", p.id())));
    }
}

#[test]
fn adding_a_cluster_merges_into_one_condition() {
    let m = MockIam::in_memory(Partition::Aws);
    converge(&m, &fargate_req(Partition::Aws, &["a"]));
    let mut two = fargate_req(Partition::Aws, &["a", "b"]);
    assert_eq!(ready(check(&m, &two)).unwrap().findings[0].code.as_str(), "trust-cluster-not-covered");
    let planned = ready(plan_changes(&m, &two, Locate::Search, PlanOptions::default())).unwrap();
    assert_eq!(planned.plan.actions.iter().map(Action::api_name).collect::<Vec<_>>(), ["UpdateAssumeRolePolicy"]);
    ready(apply(&m, &planned.plan.actions, |_, _| {})).unwrap();
    let trust: serde_json::Value = serde_json::from_str(&m.snapshot().partitions["aws"].roles["amazoneksfargatepodexecutionrole"].trust).unwrap();
    assert_eq!(trust["Statement"].as_array().unwrap().len(), 1);
    assert_eq!(trust["Statement"][0]["Condition"]["ArnLike"]["aws:SourceArn"].as_array().unwrap().len(), 2);
    two.context.role_name = None;
    assert_eq!(ready(check(&m, &two)).unwrap().status, Status::Ok);
}

#[test]
fn a_failed_run_converges_when_run_again() {
    let m = MockIam::in_memory(Partition::Aws).with_fault(Fault::parse("AttachRolePolicy:2").unwrap());
    let mut ecs = req(RoleKind::EcsInstance, Partition::Aws);
    ecs.context.permissions = vec![Permission::CloudWatchLogs];
    let planned = ready(plan_changes(&m, &ecs, Locate::Named, PlanOptions::default())).unwrap();
    let mut done = Vec::new();
    let e = ready(apply(&m, &planned.plan.actions, |a, r| done.push((a.api_name(), r.is_ok())))).unwrap_err();
    assert_eq!(e.code, ErrorCode::ServiceFailure);
    assert_eq!(done, [("CreateRole", true), ("CreatePolicy", true), ("AttachRolePolicy", true), ("AttachRolePolicy", false)]);
    assert_eq!(ready(check(&m, &ecs)).unwrap().status, Status::Drift);
    // `create` again plans only what is left, and converges.
    let again = ready(plan_changes(&m, &ecs, Locate::Named, PlanOptions::default())).unwrap();
    assert_eq!(again.plan.actions.iter().map(Action::api_name).collect::<Vec<_>>(), ["AttachRolePolicy", "CreateInstanceProfile", "AddRoleToInstanceProfile"]);
    converge(&m, &ecs);
}

#[test]
fn node_role_found_by_the_guides_names() {
    let m = MockIam::in_memory(Partition::Aws).with_page_size(2);
    for n in ["zeta", "alpha", "eksctl-prod-nodegroup-NodeInstanceRole-X1", "beta", "my-eksNodeRole", "gamma"] {
        m.apply_now(&create_role(n, TRUST)).unwrap();
    }
    let report = ready(check(&m, &req(RoleKind::EksNode, Partition::Aws))).unwrap();
    assert_eq!(report.role_name, "my-eksNodeRole");
    let also = report.findings.iter().find(|f| f.code.as_str() == "role-also-found").unwrap();
    assert_eq!(&also.args[Arg::Roles], "eksctl-prod-nodegroup-NodeInstanceRole-X1");
    // A name given explicitly is not searched for.
    let explicit = named(req(RoleKind::EksNode, Partition::Aws), "AmazonEKSNodeRole");
    assert_eq!(ready(check(&m, &explicit)).unwrap().status, Status::Missing);
}

fn form(pairs: &[(&str, &str)]) -> String {
    form_urlencoded::Serializer::new(String::new()).extend_pairs(pairs).finish()
}

#[test]
fn query_protocol() {
    let m = MockIam::in_memory(Partition::Aws);
    let r = handle(&m, &form(&[("Action", "CreateRole"), ("Version", "2010-05-08"), ("RoleName", "r"), ("AssumeRolePolicyDocument", TRUST)]));
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(r.body.starts_with("<CreateRoleResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"><CreateRoleResult><Role>"));
    let r = handle(&m, &form(&[("Action", "GetRole"), ("Version", "2010-05-08"), ("RoleName", "r")]));
    assert!(r.body.contains(&format!("<AssumeRolePolicyDocument>{}</AssumeRolePolicyDocument>", encode_document(TRUST))));
    assert!(encode_document(TRUST).starts_with("%7B%22Version%22%3A%222012-10-17%22"));
    let r = handle(&m, &form(&[("Action", "GetRole"), ("Version", "2010-05-08"), ("RoleName", "nope")]));
    assert_eq!(r.status, 404);
    assert!(r.body.contains("<Code>NoSuchEntity</Code>") && r.body.contains("<Type>Sender</Type>"));
    let r = handle(&m, &form(&[("Action", "CreateRole"), ("Version", "2010-05-08"), ("RoleName", "R"), ("AssumeRolePolicyDocument", TRUST)]));
    assert_eq!(r.status, 409);
    let r = handle(&m, &form(&[("Action", "ListRoles"), ("MaxItems", "0")]));
    assert_eq!(r.status, 400);
    let r = handle(&m, &form(&[("Action", "GetCallerIdentity"), ("Version", "2011-06-15")]));
    assert!(r.body.contains("<Account>111122223333</Account>"));
    let r = handle(&m, &form(&[("Action", "Nope")]));
    assert_eq!(r.status, 400);
    assert_eq!(action_of(&form(&[("Version", "x"), ("Action", "GetRole")])).as_deref(), Some("GetRole"));
}

#[test]
fn query_pagination_may_return_short_pages() {
    let m = MockIam::in_memory(Partition::Aws).with_page_size(3);
    for i in 0..7 {
        m.apply_now(&create_role(&format!("role{i}"), TRUST)).unwrap();
    }
    let mut marker: Option<String> = None;
    let mut names = Vec::new();
    loop {
        let mut pairs = vec![("Action", "ListRoles".to_owned()), ("MaxItems", "1000".to_owned())];
        if let Some(mk) = &marker {
            pairs.push(("Marker", mk.clone()));
        }
        let body = form_urlencoded::Serializer::new(String::new()).extend_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str()))).finish();
        let r = handle(&m, &body);
        names.extend(r.body.match_indices("<RoleName>").map(|(i, _)| r.body[i + 10..].split('<').next().unwrap().to_owned()));
        marker = r.body.split("<Marker>").nth(1).map(|s| s.split('<').next().unwrap().to_owned());
        let truncated = r.body.contains("<IsTruncated>true</IsTruncated>");
        assert_eq!(truncated, marker.is_some());
        if marker.is_none() {
            break;
        }
    }
    assert_eq!(names.len(), 7);
}

#[test]
fn query_protocol_tags_deletes_and_policy_listing() {
    let m = MockIam::in_memory(Partition::Aws);
    let ok = |pairs: &[(&str, &str)]| {
        let r = handle(&m, &form(pairs));
        assert_eq!(r.status, 200, "{pairs:?}: {}", r.body);
        r.body
    };
    ok(&[("Action", "CreateRole"), ("RoleName", "r"), ("AssumeRolePolicyDocument", TRUST), ("Tags.member.1.Key", "a"), ("Tags.member.1.Value", "1")]);
    // Bad tags are refused before anything is created.
    let r = handle(&m, &form(&[("Action", "CreateRole"), ("RoleName", "r2"), ("AssumeRolePolicyDocument", TRUST), ("Tags.member.1.Key", "")]));
    assert_eq!(r.status, 400, "{}", r.body);
    assert!(handle(&m, &form(&[("Action", "GetRole"), ("RoleName", "r2")])).body.contains("NoSuchEntity"));
    let too_many: Vec<(String, String)> = (1..=51).flat_map(|i| [(format!("Tags.member.{i}.Key"), format!("k{i}")), (format!("Tags.member.{i}.Value"), String::new())]).collect();
    let mut pairs: Vec<(&str, &str)> = vec![("Action", "TagRole"), ("RoleName", "r")];
    pairs.extend(too_many.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    let r = handle(&m, &form(&pairs));
    assert!(r.status == 400 && r.body.contains("ValidationError"), "51 tags in one request: {}", r.body);
    // 50 more tags on a role that has one is over the role's quota.
    pairs.truncate(2 + 100);
    let r = handle(&m, &form(&pairs));
    assert!(r.status == 409 && r.body.contains("LimitExceeded"), "{}", r.body);
    ok(&[("Action", "TagRole"), ("RoleName", "r"), ("Tags.member.1.Key", "a"), ("Tags.member.1.Value", "2"), ("Tags.member.2.Key", "b")]);
    let tags = ok(&[("Action", "ListRoleTags"), ("RoleName", "r")]);
    assert!(tags.contains("<member><Key>a</Key><Value>2</Value></member><member><Key>b</Key><Value></Value></member>"), "{tags}");
    ok(&[("Action", "UntagRole"), ("RoleName", "r"), ("TagKeys.member.1", "a")]);
    assert!(!ok(&[("Action", "GetRole"), ("RoleName", "r")]).contains("<Key>a</Key>"));

    ok(&[("Action", "AttachRolePolicy"), ("RoleName", "r"), ("PolicyArn", WORKER)]);
    let aws = ok(&[("Action", "ListPolicies"), ("Scope", "AWS"), ("OnlyAttached", "true")]);
    assert_eq!(aws.matches("<member>").count(), 1, "{aws}");
    assert!(aws.contains("<AttachmentCount>1</AttachmentCount>"));
    assert_eq!(ok(&[("Action", "ListPolicies"), ("Scope", "Local")]).matches("<member>").count(), 0);
    assert_eq!(handle(&m, &form(&[("Action", "ListPolicies"), ("Scope", "Mine")])).status, 400);
    // AWS managed policies are served from rolecall-core's committed documents: their default
    // version, and no other.
    let d = rolecall_core::model::managed_documents::find(rolecall_core::role::WORKER_NODE_POLICY).unwrap();
    let got = ok(&[("Action", "GetPolicy"), ("PolicyArn", WORKER)]);
    assert!(got.contains(&format!("<DefaultVersionId>{}</DefaultVersionId>", d.default_version_id)), "{got}");
    let r = handle(&m, &form(&[("Action", "GetPolicyVersion"), ("PolicyArn", WORKER), ("VersionId", &d.default_version_id)]));
    assert!(r.status == 200 && r.body.contains(&encode_document(&serde_json::to_string(&d.document).unwrap())), "{}", r.body);
    let r = handle(&m, &form(&[("Action", "GetPolicyVersion"), ("PolicyArn", WORKER), ("VersionId", "v99")]));
    assert!(r.status == 404 && r.body.contains("NoSuchEntity"), "{}", r.body);
    let r = handle(&m, &form(&[("Action", "DeletePolicy"), ("PolicyArn", WORKER)]));
    assert!(r.body.contains("UnmodifiableEntity"), "{}", r.body);

    let r = handle(&m, &form(&[("Action", "DeleteRole"), ("RoleName", "r")]));
    assert!(r.status == 409 && r.body.contains("must detach all policies first"), "{}", r.body);
    ok(&[("Action", "DetachRolePolicy"), ("RoleName", "r"), ("PolicyArn", WORKER)]);
    ok(&[("Action", "DeleteRole"), ("RoleName", "R")]);
    assert_eq!(handle(&m, &form(&[("Action", "DeleteRole"), ("RoleName", "r")])).status, 404);
    assert_eq!(handle(&m, &form(&[("Action", "DeleteRolePolicy"), ("RoleName", "r"), ("PolicyName", "p")])).status, 404);
}

/// audit reports a role whose trust policy it cannot read (here a key given twice, which IAM
/// keeps and rolecall refuses to guess about), instead of passing it over; its twin, whose
/// trust parses, is no finding. A role checked anyway by its guide name says `trust-invalid`.
#[test]
fn audit_reports_a_trust_policy_it_cannot_read() {
    let audit = |trust: &str, name: &str| {
        let m = MockIam::in_memory(Partition::Aws);
        m.apply_now(&create_role(name, &TRUST.replace("ec2.amazonaws.com", "lambda.amazonaws.com"))).unwrap();
        m.write("test", |a, _| {
            a.roles.get_mut(&name.to_ascii_lowercase()).unwrap().trust = trust.to_owned();
            Ok(())
        })
        .unwrap();
        ready(rolecall_core::audit::audit(&m, Partition::Aws, 4, |_, _| {})).unwrap()
    };
    let unreadable = TRUST.replace(r#""Action":"sts:AssumeRole""#, r#""Action":"sts:AssumeRole","Action":"sts:TagSession""#);
    let a = audit(&unreadable, "app-runner");
    assert_eq!(a.account.len(), 1, "{:?}", a.account);
    assert_eq!(a.account[0].code, Code::AuditTrustUnreadable);
    assert_eq!(a.account[0].get(Arg::Role), Some("app-runner"));
    assert!(matches!(a.account[0].args.get(Arg::Detail), Some(ArgValue::Cause(c)) if c.code == Code::JsonDuplicateKey), "{:?}", a.account[0]);
    assert!(a.roles.is_empty());
    let twin = audit(&TRUST.replace("ec2.amazonaws.com", "lambda.amazonaws.com"), "app-runner");
    assert!(twin.account.is_empty() && twin.roles.is_empty(), "{twin:?}");
    let named = audit(&unreadable, "AmazonEKSNodeRole");
    assert!(!named.account.iter().any(|f| f.code == Code::AuditTrustUnreadable), "{:?}", named.account);
    assert!(named.roles.iter().any(|r| r.findings.iter().any(|f| f.code == Code::TrustInvalid)), "{:?}", named.roles);
}

/// Several Fargate roles for one cluster are found by IAM's evaluation, not by comparing
/// patterns as text: `us-west-?` and `us-*-2` are written differently, and neither covers the
/// other as a string, but both admit the profiles of cluster `a` in us-west-2. Their twin,
/// written for cluster `b`, shares no profile.
#[test]
fn audit_finds_fargate_roles_sharing_a_cluster_by_evaluation() {
    let fargate = |pattern: &str| {
        format!(r#"{{"Version":"2012-10-17","Statement":[{{"Effect":"Allow","Principal":{{"Service":"eks-fargate-pods.amazonaws.com"}},"Action":"sts:AssumeRole","Condition":{{"ArnLike":{{"aws:SourceArn":"{pattern}"}}}}}}]}}"#)
    };
    let policy = "arn:aws:iam::aws:policy/AmazonEKSFargatePodExecutionRolePolicy";
    let audit = |second: &str| {
        let m = MockIam::in_memory(Partition::Aws);
        for (name, pattern) in [("FargateWest", "arn:aws:eks:us-west-?:111122223333:fargateprofile/a/*"), ("FargateTwo", second)] {
            m.apply_now(&create_role(name, &fargate(pattern))).unwrap();
            m.apply_now(&Action::AttachRolePolicy { role_name: name.into(), policy_arn: policy.into() }).unwrap();
        }
        ready(rolecall_core::audit::audit(&m, Partition::Aws, 4, |_, _| {})).unwrap()
    };
    let a = audit("arn:aws:eks:us-*-2:111122223333:fargateprofile/a/*");
    assert_eq!(a.roles.len(), 2, "{:?}", a.roles);
    let several: Vec<_> = a.account.iter().filter(|f| f.code == Code::AuditClusterSeveralRoles).collect();
    assert!(!several.is_empty(), "{:?}", a.account);
    assert!(several.iter().all(|f| f.get(Arg::Roles) == Some("FargateTwo, FargateWest")), "{several:?}");
    assert!(several.iter().any(|f| f.get(Arg::Cluster) == Some("us-west-?/a")), "{several:?}");
    let twin = audit("arn:aws:eks:us-*-2:111122223333:fargateprofile/b/*");
    assert_eq!(twin.roles.len(), 2, "{:?}", twin.roles);
    assert!(!twin.account.iter().any(|f| f.code == Code::AuditClusterSeveralRoles), "{:?}", twin.account);
}

/// Whether every character of a text may appear in an XML 1.0 document.
fn xml_chars_ok(s: &str) -> bool {
    s.chars().all(|c| matches!(c, '\t' | '\n' | '\r') || (c >= ' ' && c != '\u{FFFE}' && c != '\u{FFFF}'))
}

#[test]
fn every_string_field_is_validated_as_iam_does_and_answers_stay_xml() {
    let m = MockIam::in_memory(Partition::Aws);
    let create = |extra: &[(&str, &str)]| {
        let mut pairs = vec![("Action", "CreateRole"), ("RoleName", "r"), ("AssumeRolePolicyDocument", TRUST)];
        pairs.extend_from_slice(extra);
        handle(&m, &form(&pairs))
    };
    let long = "a".repeat(1001);
    for bad in [
        &[("Description", "bell \u{7}")][..],
        &[("Description", "\u{85}next line")],
        &[("Description", "日本語")],
        &[("Description", long.as_str())],
        &[("Tags.member.1.Key", "k"), ("Tags.member.1.Value", "line\nbreak")],
        &[("Tags.member.1.Key", "tab\tkey"), ("Tags.member.1.Value", "v")],
        &[("Path", "/a\u{1}/")],
    ] {
        let r = create(bad);
        assert_eq!(r.status, 400, "{bad:?}: {}", r.body);
        assert!(r.body.contains("<Code>ValidationError</Code>") && r.body.contains("1 validation error detected: Value &apos;"), "{bad:?}: {}", r.body);
        assert!(xml_chars_ok(&r.body), "{bad:?}: the error echoes the value, escaped: {:?}", r.body);
    }
    assert!(m.snapshot().partitions.values().all(|a| a.roles.is_empty()), "nothing was stored");
    // What IAM accepts is stored, and answered as it was given.
    let r = create(&[("Description", "Ça va, ¡sí!\tline\r\nend"), ("Tags.member.1.Key", "Cost Center"), ("Tags.member.1.Value", "東京 7")]);
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(r.body.contains("<Description>Ça va, ¡sí!\tline&#13;\nend</Description>"), "{}", r.body);

    // Every operation's string fields, reads too (IAM validates before it looks anything up).
    let doc_ctl = TRUST.replace("2012-10-17", "2012-10-17\u{1}");
    for (action, pairs) in [
        ("GetRole", vec![("RoleName", "r\u{1}")]),
        ("GetRole", vec![("RoleName", "has space")]),
        ("PutRolePolicy", vec![("RoleName", "r"), ("PolicyName", "p"), ("PolicyDocument", doc_ctl.as_str())]),
        ("PutRolePolicy", vec![("RoleName", "r"), ("PolicyName", "p\u{2}"), ("PolicyDocument", TRUST)]),
        ("UpdateAssumeRolePolicy", vec![("RoleName", "r"), ("PolicyDocument", doc_ctl.as_str())]),
        ("CreatePolicy", vec![("PolicyName", "p\u{1b}[31m"), ("PolicyDocument", TRUST)]),
        ("CreateInstanceProfile", vec![("InstanceProfileName", "ip"), ("Path", "no-slash")]),
        ("TagRole", vec![("RoleName", "r"), ("Tags.member.1.Key", "k"), ("Tags.member.1.Value", "\u{0}")]),
        ("UntagRole", vec![("RoleName", "r"), ("TagKeys.member.1", "k\u{7f}")]),
        ("ListRoles", vec![("PathPrefix", "/\u{1}")]),
        ("ListRoles", vec![("Marker", "\u{1}")]),
        ("ListPolicies", vec![("PathPrefix", "/a//")]),
        ("AttachRolePolicy", vec![("RoleName", "r"), ("PolicyArn", "arn:short")]),
        ("GetPolicyVersion", vec![("PolicyArn", WORKER), ("VersionId", "x1")]),
        ("AssumeRole", vec![("RoleArn", "arn:aws:iam::444455556666:role/member"), ("RoleSessionName", "a b")]),
    ] {
        let mut all = vec![("Action", action)];
        all.extend(pairs.iter().copied());
        let r = handle(&m, &form(&all));
        assert_eq!(r.status, 400, "{action} {pairs:?}: {}", r.body);
        assert!(r.body.contains("<Code>ValidationError</Code>"), "{action} {pairs:?}: {}", r.body);
        assert!(xml_chars_ok(&r.body), "{action}: {:?}", r.body);
    }
    let r = handle(&m, &form(&[("Action", "ListRoleTags"), ("RoleName", "r")]));
    assert!(r.body.contains("<Key>Cost Center</Key><Value>東京 7</Value>"), "the tag was kept: {}", r.body);

    // A state written before these checks may hold anything: the answers stay XML all the same.
    m.write("Seed", |a, _| {
        a.roles.get_mut("r").unwrap().description = "old\u{1}\u{FFFF}".into();
        Ok(())
    })
    .unwrap();
    for action in ["GetRole", "ListRoles"] {
        let r = handle(&m, &form(&[("Action", action), ("RoleName", "r")]));
        assert_eq!(r.status, 200);
        assert!(xml_chars_ok(&r.body) && r.body.contains("old\u{FFFD}\u{FFFD}"), "{action}: {:?}", r.body);
    }
    // Error messages are escaped too.
    let r = handle(&m, &form(&[("Action", "No<pe>\u{1}")]));
    assert!(xml_chars_ok(&r.body) && r.body.contains("No&lt;pe&gt;\u{FFFD}"), "{:?}", r.body);
}

#[test]
fn the_state_is_written_compactly_and_never_larger_than_rolecall_reads() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    {
        let m = MockIam::open(&path, Partition::Aws, Access::Write).unwrap();
        m.apply_now(&create_role("r", TRUST)).unwrap();
    }
    let text = std::fs::read_to_string(&path).unwrap();
    assert_eq!(text.matches('\n').count(), 1, "one line, no indentation: {text}");
    assert!(text.ends_with("}\n") && !text.contains(": ") && !text.contains("  "), "{text}");
    let size = text.len() as u64;
    // A write that would make the file larger than the limit writes nothing and names the limit.
    let m = MockIam::open(&path, Partition::Aws, Access::Write).unwrap().with_state_limit(size + 50);
    let e = m.apply_now(&create_role("second", TRUST)).unwrap_err();
    assert_eq!(e.code, ErrorCode::TooLarge(rolecall_core::backend::Oversized::StateWrite), "{e:?}");
    assert_eq!(e.detail(rolecall_core::backend::Detail::Limit), Some((size + 50).to_string().as_str()));
    assert!(e.detail(rolecall_core::backend::Detail::Size).unwrap().parse::<u64>().unwrap() > size + 50);
    drop(m);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text, "nothing was written");
    let names: Vec<String> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    assert!(names.iter().all(|n| !n.contains(".tmp-")), "{names:?}");
    // The twin: under the limit, the write is made.
    let m = MockIam::open(&path, Partition::Aws, Access::Write).unwrap().with_state_limit(size * 3);
    m.apply_now(&create_role("second", TRUST)).unwrap();
}

#[test]
fn stale_temporary_files_are_removed_on_the_next_write() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    MockIam::open(&path, Partition::Aws, Access::Write).unwrap().apply_now(&create_role("r", TRUST)).unwrap();
    // What `kill -9` mid-write leaves: partial temporary files.
    let stale = [dir.path().join(".state.json.tmp-AbCdEfGh12345678"), dir.path().join(".state.json.tmp-0000000000000000")];
    for s in &stale {
        std::fs::write(s, vec![b'{'; 2 << 20]).unwrap();
    }
    // Files that are not the state's temporary files stay.
    let others = [dir.path().join(".state.json.tmp-short"), dir.path().join(".other.json.tmp-AbCdEfGh12345678"), dir.path().join("state.json.tmp-AbCdEfGh12345678")];
    for o in &others {
        std::fs::write(o, "keep").unwrap();
    }
    // Reading removes nothing; writing does.
    MockIam::open(&path, Partition::Aws, Access::Read).unwrap();
    assert!(stale.iter().all(|s| s.exists()));
    MockIam::open(&path, Partition::Aws, Access::Write).unwrap().apply_now(&create_role("r2", TRUST)).unwrap();
    for s in &stale {
        assert!(!s.exists(), "{} was removed", s.display());
    }
    for o in &others {
        assert!(o.exists(), "{} was kept", o.display());
    }
}

#[test]
fn a_state_file_no_one_may_write_is_refused_before_anything_is_written() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    MockIam::open(&path, Partition::Aws, Access::Write).unwrap().apply_now(&create_role("r", TRUST)).unwrap();
    std::fs::remove_file(dir.path().join("state.lock")).unwrap();
    let before = std::fs::read(&path).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
    let e = MockIam::open(&path, Partition::Aws, Access::Write).unwrap_err();
    assert_eq!(e.code, ErrorCode::Io(rolecall_core::backend::IoStep::NotWritable), "{e:?}");
    assert_eq!(e.detail(rolecall_core::backend::Detail::File), Some(path.display().to_string().as_str()));
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o444, "not replaced through rename");
    assert!(!dir.path().join("state.lock").exists(), "no lock file was created");
    // Reading it is fine.
    assert_eq!(MockIam::open(&path, Partition::Aws, Access::Read).unwrap().snapshot().partitions["aws"].roles.len(), 1);
    // The twin: with a write permission, it is written.
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    MockIam::open(&path, Partition::Aws, Access::Write).unwrap().apply_now(&create_role("r2", TRUST)).unwrap();
}

#[test]
fn a_file_that_is_no_state_is_refused_before_a_lock_is_created_beside_it() {
    let dir = tempfile::tempdir().unwrap();
    let passwd = dir.path().join("passwd");
    std::fs::write(&passwd, "root:x:0:0:root:/root:/bin/bash\n").unwrap();
    let link = dir.path().join("state.json");
    std::os::unix::fs::symlink(&passwd, &link).unwrap();
    let e = MockIam::open(&link, Partition::Aws, Access::Write).unwrap_err();
    assert_eq!(e.code, ErrorCode::Io(rolecall_core::backend::IoStep::NotStateFile), "{e:?}");
    assert!(!dir.path().join("passwd.lock").exists(), "the name shadow-utils locks with stays free");
    assert_eq!(std::fs::read_to_string(&passwd).unwrap(), "root:x:0:0:root:/root:/bin/bash\n");
    // The twin: a state file behind the link is locked where it is.
    std::fs::write(&passwd, r#"{"format":2}"#).unwrap();
    MockIam::open(&link, Partition::Aws, Access::Write).unwrap().apply_now(&create_role("r", TRUST)).unwrap();
    assert!(dir.path().join("passwd.lock").exists() && std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
}

#[test]
fn a_lock_file_removed_while_writers_run_loses_no_acknowledged_write() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    let lock = dir.path().join("state.lock");
    // Deterministically: a writer holds the lock; the lock file is removed; a second writer
    // must not get in while the first still holds the state.
    MockIam::open(&path, Partition::Aws, Access::Write).unwrap().apply_now(&create_role("seed", TRUST)).unwrap();
    let first = MockIam::open(&path, Partition::Aws, Access::Write).unwrap();
    std::fs::remove_file(&lock).unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    let p = path.clone();
    let second = std::thread::spawn(move || {
        let m = MockIam::open(&p, Partition::Aws, Access::Write).unwrap();
        m.apply_now(&create_role("second", TRUST)).unwrap();
        tx.send(()).unwrap();
    });
    // The first writer writes after the second had every chance to, then lets go.
    std::thread::yield_now();
    first.apply_now(&create_role("first", TRUST)).unwrap();
    assert!(rx.try_recv().is_err(), "the second writer got in while the first held the state");
    drop(first);
    second.join().unwrap();
    let roles = MockIam::open(&path, Partition::Aws, Access::Read).unwrap().snapshot().partitions["aws"].roles.len();
    assert_eq!(roles, 3);

    // And under load: 8 writers x 20 creates while the lock file keeps being removed.
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let remover = {
        let (stop, lock) = (stop.clone(), lock.clone());
        std::thread::spawn(move || {
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                let _ = std::fs::remove_file(&lock);
                std::thread::yield_now();
            }
        })
    };
    let writers: Vec<_> = (0..8)
        .map(|w| {
            let path = path.clone();
            std::thread::spawn(move || {
                let mut acknowledged = Vec::new();
                for i in 0..20 {
                    let name = format!("w{w}r{i}");
                    let m = MockIam::open(&path, Partition::Aws, Access::Write).unwrap();
                    if m.apply_now(&create_role(&name, TRUST)).is_ok() {
                        acknowledged.push(name.to_ascii_lowercase());
                    }
                }
                acknowledged
            })
        })
        .collect();
    let acknowledged: Vec<String> = writers.into_iter().flat_map(|w| w.join().unwrap()).collect();
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    remover.join().unwrap();
    let state = MockIam::open(&path, Partition::Aws, Access::Read).unwrap().snapshot();
    let lost: Vec<&String> = acknowledged.iter().filter(|n| !state.partitions["aws"].roles.contains_key(*n)).collect();
    assert!(lost.is_empty(), "acknowledged writes lost: {lost:?}");
    assert_eq!(acknowledged.len(), 160, "every write was made");
}

#[test]
fn a_servers_cache_parses_each_version_of_the_state_once() {
    use rolecall_mock::StateCache;
    use std::sync::Arc;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    MockIam::open(&path, Partition::Aws, Access::Write).unwrap().apply_now(&create_role("r", TRUST)).unwrap();
    let cache = Arc::new(StateCache::new());
    let roles = |m: &MockIam| m.snapshot().partitions["aws"].roles.len();
    assert_eq!(roles(&MockIam::open_cached(&path, Partition::Aws, Access::Read, Some(cache.clone())).unwrap()), 1);
    // Same inode, size and modification time: the cached parse is used, the file is not read again.
    let f = std::fs::OpenOptions::new().write(true).open(&path).unwrap();
    let mtime = f.metadata().unwrap().modified().unwrap();
    let len = f.metadata().unwrap().len() as usize;
    std::fs::write(&path, "x".repeat(len)).unwrap();
    f.set_modified(mtime).unwrap();
    assert_eq!(roles(&MockIam::open_cached(&path, Partition::Aws, Access::Read, Some(cache.clone())).unwrap()), 1, "parsed once");
    // The twin: without the cache, the file is read (and is not a state any more).
    assert!(MockIam::open(&path, Partition::Aws, Access::Read).is_err());
    // Another version (another modification time) is parsed again.
    f.set_modified(mtime + std::time::Duration::from_secs(1)).unwrap();
    assert!(MockIam::open_cached(&path, Partition::Aws, Access::Read, Some(cache.clone())).is_err());
    // A write through the cache leaves the state it wrote there, and the next read sees it.
    std::fs::write(&path, r#"{"format":2}"#).unwrap();
    MockIam::open_cached(&path, Partition::Aws, Access::Write, Some(cache.clone())).unwrap().apply_now(&create_role("w", TRUST)).unwrap();
    assert_eq!(roles(&MockIam::open_cached(&path, Partition::Aws, Access::Read, Some(cache.clone())).unwrap()), 1);
    // A write beside the server (another process, no cache) is seen.
    MockIam::open(&path, Partition::Aws, Access::Write).unwrap().apply_now(&create_role("w2", TRUST)).unwrap();
    assert_eq!(roles(&MockIam::open_cached(&path, Partition::Aws, Access::Read, Some(cache)).unwrap()), 2);
}

/// check on the mock judges what the role may do from what the mock holds: the guide's role is
/// granted; a permissions boundary that allows only S3 stops it (its twin: the boundary removed);
/// from a member account's credentials the SCPs are not read, and the verdict says so.
#[test]
fn check_judges_permissions_from_the_mocks_boundaries_and_scps() {
    use rolecall_policy::permission::ScpStatus;
    let m = MockIam::in_memory(Partition::Aws);
    let r = req(RoleKind::EcsInstance, Partition::Aws);
    converge(&m, &r);
    let verdict = |m: &MockIam| ready(check(m, &r)).unwrap().permissions.unwrap();
    let v = verdict(&m);
    assert_eq!((v.granted, v.scps), (Some(true), ScpStatus::NotApplicable), "{v:?}");
    let s3 = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}"#;
    m.apply_now(&Action::CreatePolicy { policy_name: "only-s3".into(), policy_document: s3.into() }).unwrap();
    let bound = |action: &str| {
        let r = handle(&m, &form(&[("Action", action), ("RoleName", "ecsInstanceRole"), ("PermissionsBoundary", "arn:aws:iam::111122223333:policy/only-s3")]));
        assert_eq!(r.status, 200, "{}", r.body);
    };
    bound("PutRolePermissionsBoundary");
    let v = verdict(&m);
    assert_eq!((v.granted, v.boundary.as_deref()), (Some(false), Some("arn:aws:iam::111122223333:policy/only-s3")), "{v:?}");
    bound("DeleteRolePermissionsBoundary");
    assert_eq!(verdict(&m).granted, Some(true));
    // A member account of an organization with SCPs enabled: its own credentials cannot read them.
    let account = |id: &str| rolecall_mock::state::OrgAccountRec { id: id.into(), name: id.into(), state: "ACTIVE".into() };
    m.set_organization(Some(rolecall_mock::state::OrganizationRec { accounts: vec![account("111122223333"), account("444455556666")], session_seconds: None })).unwrap();
    let (status, _) = rolecall_mock::org::handle_json(&m, "AWSOrganizationsV20161128.EnablePolicyType", r#"{"RootId":"r-mock","PolicyType":"SERVICE_CONTROL_POLICY"}"#);
    assert_eq!(status, 200);
    let member = m.for_account("444455556666");
    converge(&member, &r);
    let v = verdict(&member);
    assert_eq!((v.granted, v.scps), (Some(true), ScpStatus::NotRead), "{v:?}");
}
