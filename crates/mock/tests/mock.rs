//! The mock IAM: its rules, errors, persistence, and the engine end to end on it.

#![allow(clippy::unwrap_used)] // Tests fail loudly on purpose.

use std::future::Future;
use std::pin::pin;
use std::task::{Context as TaskCx, Poll, Waker};

use rolecall_core::backend::{Action, ErrorCode, IamError};
use rolecall_core::check::Status;
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
    assert_eq!(&also.args[rolecall_core::finding::Arg::Roles], "eksctl-prod-nodegroup-NodeInstanceRole-X1");
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
    // The mock keeps no documents of AWS managed policies, and says so.
    let r = handle(&m, &form(&[("Action", "GetPolicyVersion"), ("PolicyArn", WORKER), ("VersionId", "v1")]));
    assert!(r.status == 404 && r.body.contains("AWS managed policy"), "{}", r.body);
    let r = handle(&m, &form(&[("Action", "DeletePolicy"), ("PolicyArn", WORKER)]));
    assert!(r.body.contains("UnmodifiableEntity"), "{}", r.body);

    let r = handle(&m, &form(&[("Action", "DeleteRole"), ("RoleName", "r")]));
    assert!(r.status == 409 && r.body.contains("must detach all policies first"), "{}", r.body);
    ok(&[("Action", "DetachRolePolicy"), ("RoleName", "r"), ("PolicyArn", WORKER)]);
    ok(&[("Action", "DeleteRole"), ("RoleName", "R")]);
    assert_eq!(handle(&m, &form(&[("Action", "DeleteRole"), ("RoleName", "r")])).status, 404);
    assert_eq!(handle(&m, &form(&[("Action", "DeleteRolePolicy"), ("RoleName", "r"), ("PolicyName", "p")])).status, 404);
}
