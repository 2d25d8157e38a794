//! The mock as IAM and Organizations for what a role may do (issue 20): permissions boundaries,
//! policy versions, AWS managed policies' documents, GetAccountAuthorizationDetails, and
//! Organizations with service control policies; each operation's answers and errors, the state
//! they persist, `observe` with permissions and `service_control_policies` in each case.

#![allow(clippy::unwrap_used)] // Tests fail loudly on purpose.

use std::future::Future;
use std::pin::pin;
use std::task::{Context as TaskCx, Poll, Waker};

use rolecall_core::backend::{Action, ErrorCode, Iam, ObserveRequest, PolicyVersion, ScpExempt, ScpRead};
use rolecall_core::input::{AccountId, RoleName};
use rolecall_core::model::managed_documents;
use rolecall_core::role::WORKER_NODE_POLICY;
use rolecall_core::Partition;
use rolecall_mock::org::{handle_json, FULL_AWS_ACCESS, ROOT_ID};
use rolecall_mock::query::{encode_document, handle};
use rolecall_mock::state::{OrgAccountRec, OrganizationRec};
use rolecall_mock::{Access, MockIam};
use serde_json::{json, Value};

/// The mock's futures are always ready: poll once.
fn ready<F: Future>(f: F) -> F::Output {
    let mut f = pin!(f);
    match f.as_mut().poll(&mut TaskCx::from_waker(Waker::noop())) {
        Poll::Ready(v) => v,
        Poll::Pending => panic!("mock future was not ready"),
    }
}

const TRUST: &str = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#;
const S3: &str = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}"#;
const EC2: &str = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ec2:Describe*","Resource":"*"}]}"#;
const WORKER: &str = "arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy";
const MEMBER: &str = "444455556666";
const OTHER: &str = "777788889999";

fn form(pairs: &[(&str, &str)]) -> String {
    form_urlencoded::Serializer::new(String::new()).extend_pairs(pairs).finish()
}

/// Answers a request that must succeed.
fn ok(m: &MockIam, pairs: &[(&str, &str)]) -> String {
    let r = handle(m, &form(pairs));
    assert_eq!(r.status, 200, "{pairs:?}: {}", r.body);
    r.body
}

/// Answers a request that must fail: its status and code.
fn fails(m: &MockIam, pairs: &[(&str, &str)]) -> (u16, String) {
    let r = handle(m, &form(pairs));
    assert_ne!(r.status, 200, "{pairs:?}: {}", r.body);
    (r.status, r.body.split("<Code>").nth(1).unwrap().split('<').next().unwrap().to_owned())
}

fn tag(xml: &str, name: &str) -> Vec<String> {
    xml.split(&format!("<{name}>")).skip(1).map(|s| s.split(&format!("</{name}>")).next().unwrap().to_owned()).collect()
}

fn policy_arn(name: &str) -> String {
    format!("arn:aws:iam::111122223333:policy/{name}")
}

fn role(m: &MockIam, name: &str) {
    m.apply_now(&Action::CreateRole { role_name: name.into(), path: "/".into(), assume_role_policy_document: TRUST.into(), description: String::new() }).unwrap();
}

fn policy(m: &MockIam, name: &str, doc: &str) -> String {
    m.apply_now(&Action::CreatePolicy { policy_name: name.into(), policy_document: doc.into() }).unwrap();
    policy_arn(name)
}

#[test]
fn permissions_boundaries_as_iam_checks_them() {
    let m = MockIam::in_memory(Partition::Aws);
    let bound = policy(&m, "bound", S3);
    // CreateRole's PermissionsBoundary: GetRole shows it.
    ok(&m, &[("Action", "CreateRole"), ("RoleName", "r"), ("AssumeRolePolicyDocument", TRUST), ("PermissionsBoundary", &bound)]);
    let got = ok(&m, &[("Action", "GetRole"), ("RoleName", "r")]);
    let expect = format!("<PermissionsBoundary><PermissionsBoundaryType>PermissionsBoundaryPolicy</PermissionsBoundaryType><PermissionsBoundaryArn>{bound}</PermissionsBoundaryArn></PermissionsBoundary>");
    assert!(got.contains(&expect), "{got}");
    // A policy there is not, or an ARN that names no policy, is refused before anything is created.
    let missing = policy_arn("missing");
    assert_eq!(fails(&m, &[("Action", "CreateRole"), ("RoleName", "r2"), ("AssumeRolePolicyDocument", TRUST), ("PermissionsBoundary", &missing)]), (404, "NoSuchEntity".into()));
    assert_eq!(fails(&m, &[("Action", "GetRole"), ("RoleName", "r2")]).1, "NoSuchEntity");
    assert_eq!(fails(&m, &[("Action", "PutRolePermissionsBoundary"), ("RoleName", "r"), ("PermissionsBoundary", "arn:aws:iam::111122223333:role/r")]), (400, "InvalidInput".into()));
    assert_eq!(fails(&m, &[("Action", "PutRolePermissionsBoundary"), ("RoleName", "r"), ("PermissionsBoundary", "not an arn at all, long enough")]).1, "InvalidInput");
    assert_eq!(fails(&m, &[("Action", "PutRolePermissionsBoundary"), ("RoleName", "r"), ("PermissionsBoundary", &missing)]).1, "NoSuchEntity");
    assert_eq!(fails(&m, &[("Action", "PutRolePermissionsBoundary"), ("RoleName", "nope"), ("PermissionsBoundary", &bound)]).1, "NoSuchEntity");
    assert_eq!(fails(&m, &[("Action", "PutRolePermissionsBoundary"), ("RoleName", "r"), ("PermissionsBoundary", "arn:aws")]).1, "ValidationError");
    // An AWS managed policy may be the boundary; an AWS managed policy the model does not know is not there.
    ok(&m, &[("Action", "PutRolePermissionsBoundary"), ("RoleName", "r"), ("PermissionsBoundary", WORKER)]);
    assert!(ok(&m, &[("Action", "GetRole"), ("RoleName", "r")]).contains(&format!("<PermissionsBoundaryArn>{WORKER}</PermissionsBoundaryArn>")));
    assert_eq!(fails(&m, &[("Action", "PutRolePermissionsBoundary"), ("RoleName", "r"), ("PermissionsBoundary", "arn:aws:iam::aws:policy/AdministratorAccess")]).1, "NoSuchEntity");
    // The policy in use as a boundary cannot be deleted; GetPolicy counts its uses.
    ok(&m, &[("Action", "PutRolePermissionsBoundary"), ("RoleName", "r"), ("PermissionsBoundary", &bound)]);
    assert!(ok(&m, &[("Action", "GetPolicy"), ("PolicyArn", &bound)]).contains("<AttachmentCount>0</AttachmentCount><PermissionsBoundaryUsageCount>1</PermissionsBoundaryUsageCount>"));
    assert_eq!(fails(&m, &[("Action", "DeletePolicy"), ("PolicyArn", &bound)]), (409, "DeleteConflict".into()));
    ok(&m, &[("Action", "DeleteRolePermissionsBoundary"), ("RoleName", "r")]);
    assert!(!ok(&m, &[("Action", "GetRole"), ("RoleName", "r")]).contains("PermissionsBoundary"));
    // Deleting a boundary there is not leaves the role as it is; the twin of the conflict above.
    ok(&m, &[("Action", "DeleteRolePermissionsBoundary"), ("RoleName", "r")]);
    assert_eq!(fails(&m, &[("Action", "DeleteRolePermissionsBoundary"), ("RoleName", "nope")]).1, "NoSuchEntity");
    ok(&m, &[("Action", "DeletePolicy"), ("PolicyArn", &bound)]);
    // A service-linked role's boundary is AWS's.
    ok(&m, &[("Action", "CreateRole"), ("RoleName", "AWSServiceRoleForX"), ("Path", "/aws-service-role/x.amazonaws.com/"), ("AssumeRolePolicyDocument", TRUST)]);
    assert_eq!(fails(&m, &[("Action", "PutRolePermissionsBoundary"), ("RoleName", "AWSServiceRoleForX"), ("PermissionsBoundary", WORKER)]).1, "UnmodifiableEntity");
}

#[test]
fn policy_versions_as_iam_keeps_them() {
    let m = MockIam::in_memory(Partition::Aws);
    let arn = policy(&m, "p", S3);
    let got = ok(&m, &[("Action", "GetPolicy"), ("PolicyArn", &arn)]);
    assert_eq!(tag(&got, "DefaultVersionId"), ["v1"]);
    // A new version that is not made the default changes nothing the policy grants.
    let v2 = ok(&m, &[("Action", "CreatePolicyVersion"), ("PolicyArn", &arn), ("PolicyDocument", EC2)]);
    assert!(v2.contains("<VersionId>v2</VersionId><IsDefaultVersion>false</IsDefaultVersion>"), "{v2}");
    assert_eq!(tag(&ok(&m, &[("Action", "GetPolicy"), ("PolicyArn", &arn)]), "DefaultVersionId"), ["v1"]);
    assert_eq!(ready(m.customer_policy_document("p")).unwrap().as_deref(), Some(S3));
    // SetAsDefault makes it the default.
    let v3 = ok(&m, &[("Action", "CreatePolicyVersion"), ("PolicyArn", &arn), ("PolicyDocument", EC2), ("SetAsDefault", "true")]);
    assert!(v3.contains("<VersionId>v3</VersionId><IsDefaultVersion>true</IsDefaultVersion>"), "{v3}");
    assert_eq!(tag(&ok(&m, &[("Action", "GetPolicy"), ("PolicyArn", &arn)]), "DefaultVersionId"), ["v3"]);
    assert_eq!(ready(m.customer_policy_document("p")).unwrap().as_deref(), Some(EC2));
    let v1 = ok(&m, &[("Action", "GetPolicyVersion"), ("PolicyArn", &arn), ("VersionId", "v1")]);
    assert!(v1.contains(&format!("<Document>{}</Document><VersionId>v1</VersionId><IsDefaultVersion>false</IsDefaultVersion>", encode_document(S3))), "{v1}");
    // Listed newest first, paged.
    let list = ok(&m, &[("Action", "ListPolicyVersions"), ("PolicyArn", &arn)]);
    assert_eq!(tag(&list, "VersionId"), ["v3", "v2", "v1"]);
    assert_eq!(tag(&list, "IsDefaultVersion"), ["true", "false", "false"]);
    let first = ok(&m, &[("Action", "ListPolicyVersions"), ("PolicyArn", &arn), ("MaxItems", "2")]);
    assert_eq!(tag(&first, "VersionId"), ["v3", "v2"]);
    let marker = tag(&first, "Marker").remove(0);
    assert_eq!(tag(&ok(&m, &[("Action", "ListPolicyVersions"), ("PolicyArn", &arn), ("Marker", &marker)]), "VersionId"), ["v1"]);
    // SetDefaultPolicyVersion; a version there is not.
    ok(&m, &[("Action", "SetDefaultPolicyVersion"), ("PolicyArn", &arn), ("VersionId", "v2")]);
    assert_eq!(tag(&ok(&m, &[("Action", "GetPolicy"), ("PolicyArn", &arn)]), "DefaultVersionId"), ["v2"]);
    assert_eq!(fails(&m, &[("Action", "SetDefaultPolicyVersion"), ("PolicyArn", &arn), ("VersionId", "v9")]), (404, "NoSuchEntity".into()));
    assert_eq!(fails(&m, &[("Action", "SetDefaultPolicyVersion"), ("PolicyArn", &arn), ("VersionId", "2")]).1, "ValidationError");
    assert_eq!(fails(&m, &[("Action", "GetPolicyVersion"), ("PolicyArn", &arn), ("VersionId", "v9")]).1, "NoSuchEntity");
    // At most five versions.
    ok(&m, &[("Action", "CreatePolicyVersion"), ("PolicyArn", &arn), ("PolicyDocument", S3)]);
    ok(&m, &[("Action", "CreatePolicyVersion"), ("PolicyArn", &arn), ("PolicyDocument", S3)]);
    assert_eq!(fails(&m, &[("Action", "CreatePolicyVersion"), ("PolicyArn", &arn), ("PolicyDocument", S3)]), (409, "LimitExceeded".into()));
    // The default version cannot be deleted; another can, and its ID is not used again.
    assert_eq!(fails(&m, &[("Action", "DeletePolicyVersion"), ("PolicyArn", &arn), ("VersionId", "v2")]), (409, "DeleteConflict".into()));
    ok(&m, &[("Action", "DeletePolicyVersion"), ("PolicyArn", &arn), ("VersionId", "v5")]);
    assert_eq!(fails(&m, &[("Action", "DeletePolicyVersion"), ("PolicyArn", &arn), ("VersionId", "v5")]).1, "NoSuchEntity");
    let v6 = ok(&m, &[("Action", "CreatePolicyVersion"), ("PolicyArn", &arn), ("PolicyDocument", S3)]);
    assert_eq!(tag(&v6, "VersionId"), ["v6"]);
    // A version's document is checked as CreatePolicy checks it.
    ok(&m, &[("Action", "DeletePolicyVersion"), ("PolicyArn", &arn), ("VersionId", "v6")]);
    assert_eq!(fails(&m, &[("Action", "CreatePolicyVersion"), ("PolicyArn", &arn), ("PolicyDocument", TRUST)]).1, "MalformedPolicyDocument");
    assert_eq!(fails(&m, &[("Action", "CreatePolicyVersion"), ("PolicyArn", &policy_arn("nope")), ("PolicyDocument", S3)]).1, "NoSuchEntity");
    // A policy with versions besides its default cannot be deleted until they are.
    assert_eq!(fails(&m, &[("Action", "DeletePolicy"), ("PolicyArn", &arn)]), (409, "DeleteConflict".into()));
    for v in ["v1", "v3", "v4"] {
        ok(&m, &[("Action", "DeletePolicyVersion"), ("PolicyArn", &arn), ("VersionId", v)]);
    }
    ok(&m, &[("Action", "DeletePolicy"), ("PolicyArn", &arn)]);
    // AWS managed policies: their committed default version, and the account may not change them.
    let d = managed_documents::find(WORKER_NODE_POLICY).unwrap();
    let got = ok(&m, &[("Action", "GetPolicy"), ("PolicyArn", WORKER)]);
    assert_eq!(tag(&got, "DefaultVersionId"), [d.default_version_id.as_str()]);
    assert_eq!(tag(&got, "CreateDate"), [d.create_date.replace("+00:00", "Z")]);
    assert_eq!(tag(&got, "UpdateDate"), [d.update_date.replace("+00:00", "Z")]);
    assert_eq!(tag(&ok(&m, &[("Action", "ListPolicyVersions"), ("PolicyArn", WORKER)]), "VersionId"), [d.default_version_id.as_str()]);
    assert_eq!(fails(&m, &[("Action", "CreatePolicyVersion"), ("PolicyArn", WORKER), ("PolicyDocument", S3)]), (403, "AccessDenied".into()));
    assert_eq!(fails(&m, &[("Action", "SetDefaultPolicyVersion"), ("PolicyArn", WORKER), ("VersionId", "v1")]).1, "AccessDenied");
    // The document of the mock's partition.
    let cn = MockIam::in_memory(Partition::AwsCn);
    let arn_cn = WORKER.replace("arn:aws:", "arn:aws-cn:");
    let got = ok(&cn, &[("Action", "GetPolicyVersion"), ("PolicyArn", &arn_cn), ("VersionId", &d.default_version_id)]);
    let doc = percent_encoding::percent_decode_str(&tag(&got, "Document")[0]).decode_utf8().unwrap().into_owned();
    assert_eq!(serde_json::from_str::<Value>(&doc).unwrap(), d.value(Partition::AwsCn));
}

fn observe(m: &MockIam, name: &str, permissions: bool) -> rolecall_core::backend::ObservedRole {
    let mut req = ObserveRequest::role(RoleName::parse(name).unwrap());
    req.permissions = permissions;
    ready(m.observe(&req)).unwrap().role.unwrap()
}

#[test]
fn observe_reads_what_decides_what_a_role_may_do() {
    let m = MockIam::in_memory(Partition::Aws);
    role(&m, "node");
    let custom = policy(&m, "custom", S3);
    let bound = policy(&m, "bound", EC2);
    ok(&m, &[("Action", "CreatePolicyVersion"), ("PolicyArn", &custom), ("PolicyDocument", EC2), ("SetAsDefault", "true")]);
    m.apply_now(&Action::AttachRolePolicy { role_name: "node".into(), policy_arn: WORKER.into() }).unwrap();
    m.apply_now(&Action::AttachRolePolicy { role_name: "node".into(), policy_arn: custom.clone() }).unwrap();
    m.apply_now(&Action::PutRolePolicy { role_name: "node".into(), policy_name: "b".into(), policy_document: S3.into() }).unwrap();
    m.apply_now(&Action::PutRolePolicy { role_name: "node".into(), policy_name: "a".into(), policy_document: EC2.into() }).unwrap();
    ok(&m, &[("Action", "PutRolePermissionsBoundary"), ("RoleName", "node"), ("PermissionsBoundary", &bound)]);
    ok(&m, &[("Action", "TagRole"), ("RoleName", "node"), ("Tags.member.1.Key", "team"), ("Tags.member.1.Value", "ops")]);

    // Not asked for: not read.
    assert_eq!(observe(&m, "node", false).policies, None);
    let p = observe(&m, "node", true).policies.unwrap();
    assert_eq!(p.inline, [("a".to_owned(), EC2.to_owned()), ("b".to_owned(), S3.to_owned())]);
    let worker = managed_documents::find(WORKER_NODE_POLICY).unwrap();
    assert_eq!(
        p.attached,
        [
            PolicyVersion { arn: WORKER.into(), version_id: worker.default_version_id.clone(), document: serde_json::to_string(&worker.value(Partition::Aws)).unwrap() },
            PolicyVersion { arn: custom.clone(), version_id: "v2".into(), document: EC2.into() },
        ]
    );
    assert_eq!(p.boundary, Some(PolicyVersion { arn: bound.clone(), version_id: "v1".into(), document: EC2.into() }));
    assert_eq!(p.tags, [("team".to_owned(), "ops".to_owned())]);
    // The twin: the default version set back is what is read.
    ok(&m, &[("Action", "SetDefaultPolicyVersion"), ("PolicyArn", &custom), ("VersionId", "v1")]);
    ok(&m, &[("Action", "DeleteRolePermissionsBoundary"), ("RoleName", "node")]);
    let p = observe(&m, "node", true).policies.unwrap();
    assert_eq!(p.attached[1], PolicyVersion { arn: custom, version_id: "v1".into(), document: S3.into() });
    assert_eq!(p.boundary, None);
}

#[test]
fn an_unknown_aws_managed_policy_in_the_state_reads_as_allowing_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    {
        let m = MockIam::open(&path, Partition::Aws, Access::Write).unwrap();
        role(&m, "r");
        m.apply_now(&Action::AttachRolePolicy { role_name: "r".into(), policy_arn: WORKER.into() }).unwrap();
        ok(&m, &[("Action", "PutRolePermissionsBoundary"), ("RoleName", "r"), ("PermissionsBoundary", WORKER)]);
    }
    // A hand edit: a policy the model does not know, attached and as the boundary.
    let text = std::fs::read_to_string(&path).unwrap().replace("AmazonEKSWorkerNodePolicy", "AdministratorAccess");
    std::fs::write(&path, text).unwrap();
    let m = MockIam::open(&path, Partition::Aws, Access::Read).unwrap();
    let admin = "arn:aws:iam::aws:policy/AdministratorAccess";
    let empty = PolicyVersion { arn: admin.into(), version_id: "v1".into(), document: rolecall_mock::state::UNKNOWN_POLICY_DOCUMENT.into() };
    let p = observe(&m, "r", true).policies.unwrap();
    assert_eq!((p.attached, p.boundary), (vec![empty.clone()], Some(empty)));
    // It allows nothing, and the policy language reads it.
    let doc = rolecall_policy::document::PolicyDocument::parse(rolecall_mock::state::UNKNOWN_POLICY_DOCUMENT).unwrap();
    assert!(doc.statements.iter().all(|s| s.effect == rolecall_policy::document::Effect::Deny), "{doc:?}");
    // GetAccountAuthorizationDetails names it on the role, and lists no policy it does not have.
    let page = ready(m.authorization_details(None)).unwrap();
    assert_eq!(page.roles[0].boundary.as_deref(), Some(admin));
    assert!(page.policies.is_empty(), "{:?}", page.policies);
}

#[test]
fn new_state_persists_and_old_state_files_stay_readable() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    // A file from before boundaries, versions and SCPs.
    let old = json!({
        "format": 2,
        "partitions": { "aws": {
            "roles": { "r": { "name": "r", "path": "/", "id": "AROA1", "arn": "arn:aws:iam::111122223333:role/r", "trust": TRUST, "created": "2024-01-01T00:00:00Z", "attached": [policy_arn("p")] } },
            "policies": { policy_arn("p"): { "name": "p", "path": "/", "id": "ANPA1", "arn": policy_arn("p"), "document": S3, "created": "2024-01-01T00:00:00Z" } },
            "serial": 1
        }},
        "organization": { "accounts": [{ "id": MEMBER, "name": "member" }] }
    });
    std::fs::write(&path, old.to_string()).unwrap();
    {
        let m = MockIam::open(&path, Partition::Aws, Access::Write).unwrap();
        let got = ok(&m, &[("Action", "GetPolicy"), ("PolicyArn", &policy_arn("p"))]);
        assert_eq!(tag(&got, "DefaultVersionId"), ["v1"]);
        assert_eq!(tag(&ok(&m, &[("Action", "ListPolicyVersions"), ("PolicyArn", &policy_arn("p"))]), "VersionId"), ["v1"]);
        assert_eq!(observe(&m, "r", true).policies.unwrap().boundary, None);
        assert_eq!(tag(&ok(&m, &[("Action", "CreatePolicyVersion"), ("PolicyArn", &policy_arn("p")), ("PolicyDocument", EC2), ("SetAsDefault", "true")]), "VersionId"), ["v2"]);
        ok(&m, &[("Action", "PutRolePermissionsBoundary"), ("RoleName", "r"), ("PermissionsBoundary", WORKER)]);
        org(&m, "EnablePolicyType", json!({ "RootId": ROOT_ID, "PolicyType": "SERVICE_CONTROL_POLICY" }));
        let ou = org(&m, "CreateOrganizationalUnit", json!({ "ParentId": ROOT_ID, "Name": "prod" }))["OrganizationalUnit"]["Id"].as_str().unwrap().to_owned();
        org(&m, "MoveAccount", json!({ "AccountId": MEMBER, "SourceParentId": ROOT_ID, "DestinationParentId": ou }));
        let deny = org(&m, "CreatePolicy", json!({ "Name": "deny", "Type": "SERVICE_CONTROL_POLICY", "Content": DENY_ECR, "Description": "" }));
        org(&m, "AttachPolicy", json!({ "PolicyId": deny["Policy"]["PolicySummary"]["Id"], "TargetId": ou }));
    }
    // Everything is read back from the file.
    let m = MockIam::open(&path, Partition::Aws, Access::Read).unwrap();
    let got = ok(&m, &[("Action", "GetPolicyVersion"), ("PolicyArn", &policy_arn("p")), ("VersionId", "v1")]);
    assert!(got.contains(&encode_document(S3)) && got.contains("<IsDefaultVersion>false</IsDefaultVersion>"), "{got}");
    assert_eq!(observe(&m, "r", true).policies.unwrap().attached[0].version_id, "v2");
    assert!(ok(&m, &[("Action", "GetRole"), ("RoleName", "r")]).contains(&format!("<PermissionsBoundaryArn>{WORKER}</PermissionsBoundaryArn>")));
    let ScpRead::Read(levels) = ready(m.service_control_policies(Some(&AccountId::parse(MEMBER).unwrap()))) else { panic!("not read") };
    assert_eq!(levels.iter().map(|l| l.policies.len()).collect::<Vec<_>>(), [1, 2, 1]);
}

const DENY_ECR: &str = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"ecr:*","Resource":"*"}]}"#;

fn org_call(m: &MockIam, op: &str, input: Value) -> (u16, Value) {
    let (status, body) = handle_json(m, &format!("AWSOrganizationsV20161128.{op}"), &input.to_string());
    (status, serde_json::from_str(&body).unwrap())
}

/// An Organizations call that must succeed.
fn org(m: &MockIam, op: &str, input: Value) -> Value {
    let (status, v) = org_call(m, op, input.clone());
    assert_eq!(status, 200, "{op} {input}: {v}");
    v
}

/// An Organizations call that must fail: its `__type` (and `Reason`, if any).
fn org_err(m: &MockIam, op: &str, input: Value) -> String {
    let (status, v) = org_call(m, op, input.clone());
    assert_eq!(status, 400, "{op} {input}: {v}");
    match v["Reason"].as_str() {
        Some(r) => format!("{}/{r}", v["__type"].as_str().unwrap()),
        None => v["__type"].as_str().unwrap().to_owned(),
    }
}

fn organization(m: &MockIam) {
    let account = |id: &str, name: &str| OrgAccountRec { id: id.into(), name: name.into(), state: "ACTIVE".into() };
    m.set_organization(Some(OrganizationRec { accounts: vec![account("111122223333", "management"), account(MEMBER, "member")], session_seconds: None })).unwrap();
}

#[test]
fn organizations_with_service_control_policies() {
    let m = MockIam::in_memory(Partition::Aws);
    // No organization yet.
    assert_eq!(org_err(&m, "DescribeOrganization", json!({})), "AWSOrganizationsNotInUseException");
    organization(&m);
    let d = org(&m, "DescribeOrganization", json!({}));
    assert_eq!((d["Organization"]["FeatureSet"].as_str(), d["Organization"]["MasterAccountId"].as_str()), (Some("ALL"), Some("111122223333")));
    assert_eq!(d["Organization"]["AvailablePolicyTypes"], json!([]));
    let roots = org(&m, "ListRoots", json!({}));
    assert_eq!((roots["Roots"][0]["Id"].as_str(), &roots["Roots"][0]["PolicyTypes"]), (Some(ROOT_ID), &json!([])));
    // SCPs not enabled: none attached, none may be.
    let deny = org(&m, "CreatePolicy", json!({ "Name": "deny-ecr", "Type": "SERVICE_CONTROL_POLICY", "Content": DENY_ECR, "Description": "no ECR" }));
    let deny = deny["Policy"]["PolicySummary"]["Id"].as_str().unwrap().to_owned();
    assert_eq!(org(&m, "ListPoliciesForTarget", json!({ "TargetId": MEMBER, "Filter": "SERVICE_CONTROL_POLICY" }))["Policies"], json!([]));
    assert_eq!(org_err(&m, "AttachPolicy", json!({ "PolicyId": deny, "TargetId": MEMBER })), "PolicyTypeNotEnabledException");
    // Enabled on the root: FullAWSAccess everywhere.
    assert_eq!(org_err(&m, "EnablePolicyType", json!({ "RootId": "r-nope", "PolicyType": "SERVICE_CONTROL_POLICY" })), "RootNotFoundException");
    assert_eq!(org_err(&m, "EnablePolicyType", json!({ "RootId": ROOT_ID, "PolicyType": "NOPE" })), "InvalidInputException/INVALID_ENUM");
    let root = org(&m, "EnablePolicyType", json!({ "RootId": ROOT_ID, "PolicyType": "SERVICE_CONTROL_POLICY" }));
    assert_eq!(root["Root"]["PolicyTypes"], json!([{ "Type": "SERVICE_CONTROL_POLICY", "Status": "ENABLED" }]));
    assert_eq!(org_err(&m, "EnablePolicyType", json!({ "RootId": ROOT_ID, "PolicyType": "SERVICE_CONTROL_POLICY" })), "PolicyTypeAlreadyEnabledException");
    assert_eq!(org(&m, "DescribeOrganization", json!({}))["Organization"]["AvailablePolicyTypes"][0]["Status"], "ENABLED");
    let ids = |target: &str| -> Vec<String> {
        let v = org(&m, "ListPoliciesForTarget", json!({ "TargetId": target, "Filter": "SERVICE_CONTROL_POLICY" }));
        v["Policies"].as_array().unwrap().iter().map(|p| p["Id"].as_str().unwrap().to_owned()).collect()
    };
    assert_eq!(ids(ROOT_ID), [FULL_AWS_ACCESS]);
    assert_eq!(ids(MEMBER), [FULL_AWS_ACCESS]);
    let full = org(&m, "DescribePolicy", json!({ "PolicyId": FULL_AWS_ACCESS }));
    assert_eq!(serde_json::from_str::<Value>(full["Policy"]["Content"].as_str().unwrap()).unwrap()["Statement"][0]["Action"], "*");
    assert_eq!(full["Policy"]["PolicySummary"]["AwsManaged"], true);
    // OUs: each gets FullAWSAccess; names are unique under a parent.
    let ou = org(&m, "CreateOrganizationalUnit", json!({ "ParentId": ROOT_ID, "Name": "prod" }))["OrganizationalUnit"]["Id"].as_str().unwrap().to_owned();
    assert!(ou.starts_with("ou-"), "{ou}");
    assert_eq!(org_err(&m, "CreateOrganizationalUnit", json!({ "ParentId": ROOT_ID, "Name": "prod" })), "DuplicateOrganizationalUnitException");
    assert_eq!(org_err(&m, "CreateOrganizationalUnit", json!({ "ParentId": "ou-mock-ffffffff", "Name": "x" })), "ParentNotFoundException");
    let inner = org(&m, "CreateOrganizationalUnit", json!({ "ParentId": ou, "Name": "prod" }))["OrganizationalUnit"]["Id"].as_str().unwrap().to_owned();
    assert_eq!(ids(&inner), [FULL_AWS_ACCESS]);
    // MoveAccount.
    assert_eq!(org_err(&m, "MoveAccount", json!({ "AccountId": OTHER, "SourceParentId": ROOT_ID, "DestinationParentId": ou })), "AccountNotFoundException");
    assert_eq!(org_err(&m, "MoveAccount", json!({ "AccountId": MEMBER, "SourceParentId": ou, "DestinationParentId": inner })), "SourceParentNotFoundException");
    assert_eq!(org_err(&m, "MoveAccount", json!({ "AccountId": MEMBER, "SourceParentId": ROOT_ID, "DestinationParentId": "ou-mock-ffffffff" })), "DestinationParentNotFoundException");
    assert_eq!(org_err(&m, "MoveAccount", json!({ "AccountId": MEMBER, "SourceParentId": ROOT_ID, "DestinationParentId": ROOT_ID })), "DuplicateAccountException");
    org(&m, "MoveAccount", json!({ "AccountId": MEMBER, "SourceParentId": ROOT_ID, "DestinationParentId": inner }));
    assert_eq!(org(&m, "ListParents", json!({ "ChildId": MEMBER }))["Parents"], json!([{ "Id": inner, "Type": "ORGANIZATIONAL_UNIT" }]));
    assert_eq!(org(&m, "ListParents", json!({ "ChildId": inner }))["Parents"], json!([{ "Id": ou, "Type": "ORGANIZATIONAL_UNIT" }]));
    assert_eq!(org(&m, "ListParents", json!({ "ChildId": ou }))["Parents"], json!([{ "Id": ROOT_ID, "Type": "ROOT" }]));
    assert_eq!(org_err(&m, "ListParents", json!({ "ChildId": OTHER })), "ChildNotFoundException");
    // CreatePolicy checks the document as Organizations does.
    let with_principal = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","Action":"ecr:*","Resource":"*"}]}"#;
    assert_eq!(org_err(&m, "CreatePolicy", json!({ "Name": "p", "Type": "SERVICE_CONTROL_POLICY", "Content": with_principal, "Description": "" })), "MalformedPolicyDocumentException");
    assert_eq!(org_err(&m, "CreatePolicy", json!({ "Name": "p", "Type": "SERVICE_CONTROL_POLICY", "Content": "{nope", "Description": "" })), "MalformedPolicyDocumentException");
    let big = format!(r#"{{"Version":"2012-10-17","Statement":[{{"Effect":"Deny","Action":"ecr:*","Resource":"*","Sid":"{}"}}]}}"#, "a".repeat(5120));
    assert_eq!(org_err(&m, "CreatePolicy", json!({ "Name": "p", "Type": "SERVICE_CONTROL_POLICY", "Content": big, "Description": "" })), "ConstraintViolationException/POLICY_CONTENT_LIMIT_EXCEEDED");
    assert_eq!(org_err(&m, "CreatePolicy", json!({ "Name": "deny-ecr", "Type": "SERVICE_CONTROL_POLICY", "Content": DENY_ECR, "Description": "" })), "DuplicatePolicyException");
    assert_eq!(org_err(&m, "CreatePolicy", json!({ "Name": "t", "Type": "TAG_POLICY", "Content": "{}", "Description": "" })), "PolicyTypeNotAvailableForOrganizationException");
    // AttachPolicy and DetachPolicy.
    org(&m, "AttachPolicy", json!({ "PolicyId": deny, "TargetId": ou }));
    assert_eq!(ids(&ou), [FULL_AWS_ACCESS.to_owned(), deny.clone()]);
    assert_eq!(org_err(&m, "AttachPolicy", json!({ "PolicyId": deny, "TargetId": ou })), "DuplicatePolicyAttachmentException");
    assert_eq!(org_err(&m, "AttachPolicy", json!({ "PolicyId": deny, "TargetId": "ou-mock-ffffffff" })), "TargetNotFoundException");
    assert_eq!(org_err(&m, "AttachPolicy", json!({ "PolicyId": "p-mockffffffff", "TargetId": ou })), "PolicyNotFoundException");
    assert_eq!(org_err(&m, "DetachPolicy", json!({ "PolicyId": deny, "TargetId": inner })), "PolicyNotAttachedException");
    assert_eq!(org_err(&m, "DescribePolicy", json!({ "PolicyId": "p-mockffffffff" })), "PolicyNotFoundException");
    let described = org(&m, "DescribePolicy", json!({ "PolicyId": deny }));
    assert_eq!((described["Policy"]["Content"].as_str(), described["Policy"]["PolicySummary"]["Type"].as_str()), (Some(DENY_ECR), Some("SERVICE_CONTROL_POLICY")));
    // FullAWSAccess may be replaced, but a target keeps one SCP at least.
    org(&m, "DetachPolicy", json!({ "PolicyId": FULL_AWS_ACCESS, "TargetId": ou }));
    assert_eq!(ids(&ou), [deny.as_str()]);
    assert_eq!(org_err(&m, "DetachPolicy", json!({ "PolicyId": deny, "TargetId": ou })), "ConstraintViolationException/MIN_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED");
    org(&m, "AttachPolicy", json!({ "PolicyId": FULL_AWS_ACCESS, "TargetId": ou }));
    org(&m, "DetachPolicy", json!({ "PolicyId": deny, "TargetId": ou }));
    assert_eq!(ids(&ou), [FULL_AWS_ACCESS]);
    // A member account's caller reads only DescribeOrganization.
    let member = m.for_account(MEMBER);
    assert_eq!(org(&member, "DescribeOrganization", json!({}))["Organization"]["MasterAccountId"], "111122223333");
    for op in ["ListRoots", "ListParents", "ListPoliciesForTarget", "AttachPolicy", "ListAccounts"] {
        assert_eq!(org_err(&member, op, json!({ "ChildId": MEMBER, "TargetId": MEMBER, "Filter": "SERVICE_CONTROL_POLICY", "PolicyId": deny })), "AccessDeniedException", "{op}");
    }
    // An account outside the organization is in none.
    assert_eq!(org_err(&m.for_account(OTHER), "DescribeOrganization", json!({})), "AWSOrganizationsNotInUseException");
    assert_eq!(org_err(&m, "Nope", json!({})), "UnknownOperationException");
    // Disabling detaches every SCP.
    org(&m, "AttachPolicy", json!({ "PolicyId": deny, "TargetId": MEMBER }));
    org(&m, "DisablePolicyType", json!({ "RootId": ROOT_ID, "PolicyType": "SERVICE_CONTROL_POLICY" }));
    assert!(ids(MEMBER).is_empty());
    org(&m, "EnablePolicyType", json!({ "RootId": ROOT_ID, "PolicyType": "SERVICE_CONTROL_POLICY" }));
    assert_eq!(ids(MEMBER), [FULL_AWS_ACCESS]);
}

#[test]
fn service_control_policies_in_each_case() {
    let m = MockIam::in_memory(Partition::Aws);
    let member_id = AccountId::parse(MEMBER).unwrap();
    let scps = |iam: &MockIam, account: Option<&AccountId>| ready(iam.service_control_policies(account));
    // No organization.
    assert_eq!(scps(&m, None), ScpRead::NotApplicable(ScpExempt::NoOrganization));
    assert_eq!(scps(&m, Some(&member_id)), ScpRead::NotApplicable(ScpExempt::NoOrganization));
    organization(&m);
    // The management account, whoever asks.
    assert_eq!(scps(&m, None), ScpRead::NotApplicable(ScpExempt::ManagementAccount));
    assert_eq!(scps(&m.for_account(MEMBER), Some(&AccountId::parse("111122223333").unwrap())), ScpRead::NotApplicable(ScpExempt::ManagementAccount));
    // An account outside the organization.
    assert_eq!(scps(&m, Some(&AccountId::parse(OTHER).unwrap())), ScpRead::NotApplicable(ScpExempt::NoOrganization));
    assert_eq!(scps(&m.for_account(OTHER), None), ScpRead::NotApplicable(ScpExempt::NoOrganization));
    // SCPs not enabled bound nothing.
    assert_eq!(scps(&m, Some(&member_id)), ScpRead::NotApplicable(ScpExempt::NoOrganization));
    org(&m, "EnablePolicyType", json!({ "RootId": ROOT_ID, "PolicyType": "SERVICE_CONTROL_POLICY" }));
    // Read: the root, then each OU on the path, then the account, each with its documents.
    let ou = org(&m, "CreateOrganizationalUnit", json!({ "ParentId": ROOT_ID, "Name": "prod" }))["OrganizationalUnit"]["Id"].as_str().unwrap().to_owned();
    org(&m, "MoveAccount", json!({ "AccountId": MEMBER, "SourceParentId": ROOT_ID, "DestinationParentId": ou }));
    let deny = org(&m, "CreatePolicy", json!({ "Name": "deny-ecr", "Type": "SERVICE_CONTROL_POLICY", "Content": DENY_ECR, "Description": "" }));
    let deny = deny["Policy"]["PolicySummary"]["Id"].as_str().unwrap().to_owned();
    org(&m, "AttachPolicy", json!({ "PolicyId": deny, "TargetId": ou }));
    let ScpRead::Read(levels) = scps(&m, Some(&member_id)) else { panic!("not read") };
    assert_eq!(levels.iter().map(|l| l.target.as_str()).collect::<Vec<_>>(), [ROOT_ID, ou.as_str(), MEMBER]);
    let names: Vec<Vec<&str>> = levels.iter().map(|l| l.policies.iter().map(|p| p.name.as_str()).collect()).collect();
    assert_eq!(names, [vec!["FullAWSAccess"], vec!["FullAWSAccess", "deny-ecr"], vec!["FullAWSAccess"]]);
    assert_eq!(levels[1].policies[1].document, DENY_ECR);
    assert_eq!(levels[1].policies[1].id, deny);
    // The twin: detached, the OU's level allows everything again.
    org(&m, "DetachPolicy", json!({ "PolicyId": deny, "TargetId": ou }));
    let ScpRead::Read(levels) = scps(&m, Some(&member_id)) else { panic!("not read") };
    assert_eq!(levels[1].policies.len(), 1);
    // A member account's caller may not read them: AccessDenied, on ListParents.
    let ScpRead::NotRead(e) = scps(&m.for_account(MEMBER), None) else { panic!("read from a member account") };
    assert_eq!((e.code, e.operation.as_deref()), (ErrorCode::AccessDenied, Some("ListParents")));
}

/// Walks every page of GetAccountAuthorizationDetails through the query protocol: each page's
/// role names and policy ARNs.
fn gaad_pages(m: &MockIam, filter: &[&str], max: &str) -> Vec<(Vec<String>, Vec<String>)> {
    let mut out = Vec::new();
    let mut marker: Option<String> = None;
    loop {
        let mut pairs: Vec<(String, String)> = vec![("Action".into(), "GetAccountAuthorizationDetails".into()), ("MaxItems".into(), max.into())];
        pairs.extend(filter.iter().enumerate().map(|(i, f)| (format!("Filter.member.{}", i + 1), (*f).to_owned())));
        if let Some(mk) = &marker {
            pairs.push(("Marker".into(), mk.clone()));
        }
        let body = form_urlencoded::Serializer::new(String::new()).extend_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str()))).finish();
        let r = handle(m, &body);
        assert_eq!(r.status, 200, "{}", r.body);
        // Each role's own name, not those of the roles in its instance profiles.
        let list = tag(&r.body, "RoleDetailList").pop().unwrap_or_default();
        let own: String = list.split("<InstanceProfileList>").map(|s| s.rsplit("</InstanceProfileList>").next().unwrap()).collect();
        let roles = tag(&own, "RoleName");
        let policies: Vec<String> = r.body.split("<Policies>").nth(1).map(|p| tag(p, "Arn")).unwrap_or_default();
        out.push((roles, policies));
        marker = tag(&r.body, "Marker").pop();
        assert_eq!(r.body.contains("<IsTruncated>true</IsTruncated>"), marker.is_some());
        if marker.is_none() {
            return out;
        }
    }
}

#[test]
fn account_authorization_details_page_stably() {
    let m = MockIam::in_memory(Partition::Aws).with_page_size(3);
    for name in ["d", "a", "c", "b", "e"] {
        role(&m, name);
    }
    let local = policy(&m, "local", S3);
    let bound = policy(&m, "bound", EC2);
    ok(&m, &[("Action", "CreatePolicyVersion"), ("PolicyArn", &local), ("PolicyDocument", EC2), ("SetAsDefault", "true")]);
    m.apply_now(&Action::AttachRolePolicy { role_name: "a".into(), policy_arn: local.clone() }).unwrap();
    m.apply_now(&Action::AttachRolePolicy { role_name: "a".into(), policy_arn: WORKER.into() }).unwrap();
    m.apply_now(&Action::PutRolePolicy { role_name: "a".into(), policy_name: "inline".into(), policy_document: S3.into() }).unwrap();
    ok(&m, &[("Action", "PutRolePermissionsBoundary"), ("RoleName", "a"), ("PermissionsBoundary", &bound)]);
    ok(&m, &[("Action", "TagRole"), ("RoleName", "a"), ("Tags.member.1.Key", "team"), ("Tags.member.1.Value", "ops")]);
    m.apply_now(&Action::CreateInstanceProfile { instance_profile_name: "a-profile".into(), path: "/".into() }).unwrap();
    m.apply_now(&Action::AddRoleToInstanceProfile { instance_profile_name: "a-profile".into(), role_name: "a".into() }).unwrap();

    // Through the query protocol: pages of at most 2 (and of the mock's page size), roles by
    // name, then customer managed policies, then the AWS managed policies in use.
    let pages = gaad_pages(&m, &[], "2");
    let roles: Vec<String> = pages.iter().flat_map(|p| p.0.clone()).collect();
    let policies: Vec<String> = pages.iter().flat_map(|p| p.1.clone()).collect();
    assert_eq!(roles, ["a", "b", "c", "d", "e"]);
    assert_eq!(policies, [bound.clone(), local.clone(), WORKER.to_owned()]);
    assert!(pages.iter().all(|p| p.0.len() + p.1.len() <= 2), "{pages:?}");
    assert_eq!(pages.len(), 4);
    // Asked again, the same pages; by the mock's page size, the same items.
    assert_eq!(gaad_pages(&m, &[], "2"), pages);
    let big: Vec<String> = gaad_pages(&m, &[], "1000").iter().flat_map(|p| p.0.iter().chain(&p.1).cloned()).collect();
    assert_eq!(big, roles.iter().chain(&policies).cloned().collect::<Vec<_>>());
    // Filters.
    assert_eq!(gaad_pages(&m, &["Role"], "1000").iter().flat_map(|p| p.1.clone()).count(), 0);
    let aws: Vec<String> = gaad_pages(&m, &["AWSManagedPolicy"], "1000").iter().flat_map(|p| p.1.clone()).collect();
    assert_eq!(aws, [WORKER]);
    assert_eq!(gaad_pages(&m, &["LocalManagedPolicy", "User"], "1000").iter().flat_map(|p| p.1.clone()).collect::<Vec<_>>(), [bound.clone(), local.clone()]);
    assert_eq!(fails(&m, &[("Action", "GetAccountAuthorizationDetails"), ("Filter.member.1", "Roles")]).1, "ValidationError");
    assert_eq!(fails(&m, &[("Action", "GetAccountAuthorizationDetails"), ("Marker", "garbage")]).1, "InvalidInput");
    assert_eq!(fails(&m, &[("Action", "GetAccountAuthorizationDetails"), ("MaxItems", "0")]).1, "ValidationError");

    // The XML as IAM sends it: documents URL-encoded, every version of each policy.
    let all = ok(&m, &[("Action", "GetAccountAuthorizationDetails"), ("Filter.member.1", "Role"), ("Filter.member.2", "LocalManagedPolicy"), ("MaxItems", "3")]);
    assert!(all.starts_with("<GetAccountAuthorizationDetailsResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"><GetAccountAuthorizationDetailsResult><IsTruncated>true</IsTruncated>"), "{all}");
    let a = tag(&all, "RoleDetailList")[0].split("</member><member><Path>").next().unwrap().to_owned();
    assert!(a.contains(&format!("<AssumeRolePolicyDocument>{}</AssumeRolePolicyDocument>", encode_document(TRUST))), "{a}");
    assert!(a.contains(&format!("<RolePolicyList><member><PolicyName>inline</PolicyName><PolicyDocument>{}</PolicyDocument></member></RolePolicyList>", encode_document(S3))), "{a}");
    assert!(a.contains(&format!("<AttachedManagedPolicies><member><PolicyName>local</PolicyName><PolicyArn>{local}</PolicyArn></member><member><PolicyName>AmazonEKSWorkerNodePolicy</PolicyName><PolicyArn>{WORKER}</PolicyArn></member></AttachedManagedPolicies>")), "{a}");
    assert!(a.contains(&format!("<PermissionsBoundary><PermissionsBoundaryType>PermissionsBoundaryPolicy</PermissionsBoundaryType><PermissionsBoundaryArn>{bound}</PermissionsBoundaryArn></PermissionsBoundary>")), "{a}");
    assert!(a.contains("<Tags><member><Key>team</Key><Value>ops</Value></member></Tags>"), "{a}");
    assert!(a.contains("<InstanceProfileList><member><Path>/</Path><InstanceProfileName>a-profile</InstanceProfileName>"), "{a}");
    let marker = tag(&all, "Marker").remove(0);
    let rest = ok(&m, &[("Action", "GetAccountAuthorizationDetails"), ("Filter.member.1", "Role"), ("Filter.member.2", "LocalManagedPolicy"), ("MaxItems", "3"), ("Marker", &marker)]);
    let rest = ok(&m, &[("Action", "GetAccountAuthorizationDetails"), ("Filter.member.1", "Role"), ("Filter.member.2", "LocalManagedPolicy"), ("MaxItems", "3"), ("Marker", &tag(&rest, "Marker")[0])]);
    let versions = tag(&rest, "PolicyVersionList").pop().unwrap();
    assert_eq!(versions, format!(
        "<member><Document>{}</Document><VersionId>v1</VersionId><IsDefaultVersion>false</IsDefaultVersion><CreateDate>{}</CreateDate></member><member><Document>{}</Document><VersionId>v2</VersionId><IsDefaultVersion>true</IsDefaultVersion><CreateDate>{}</CreateDate></member>",
        encode_document(S3), tag(&versions, "CreateDate")[0], encode_document(EC2), tag(&versions, "CreateDate")[1]
    ));

    // Through the backend: the same items, each policy's default version.
    let mut marker: Option<String> = None;
    let (mut roles, mut policies) = (Vec::new(), Vec::new());
    let mut pages = 0;
    loop {
        let page = ready(m.authorization_details(marker.take())).unwrap();
        pages += 1;
        // A role made while the pages are read, before the marker, changes nothing read after it.
        if pages == 1 {
            role(&m, "0-first");
        }
        roles.extend(page.roles);
        policies.extend(page.policies);
        match page.marker {
            Some(mk) => marker = Some(mk),
            None => break,
        }
    }
    assert_eq!(pages, 3, "pages of the mock's size (3)");
    assert_eq!(roles.iter().map(|r| r.summary.name.as_str()).collect::<Vec<_>>(), ["a", "b", "c", "d", "e"]);
    let a = &roles[0];
    assert_eq!((a.boundary.as_deref(), a.inline.clone(), a.tags.clone()), (Some(bound.as_str()), vec![("inline".to_owned(), S3.to_owned())], vec![("team".to_owned(), "ops".to_owned())]));
    assert_eq!(a.attached.iter().map(|p| p.arn.as_str()).collect::<Vec<_>>(), [local.as_str(), WORKER]);
    assert_eq!(a.instance_profiles[0].name, "a-profile");
    assert_eq!(a.summary.trust, TRUST);
    let worker = managed_documents::find(WORKER_NODE_POLICY).unwrap();
    assert_eq!(
        policies,
        [
            PolicyVersion { arn: bound, version_id: "v1".into(), document: EC2.into() },
            PolicyVersion { arn: local, version_id: "v2".into(), document: EC2.into() },
            PolicyVersion { arn: WORKER.into(), version_id: worker.default_version_id.clone(), document: serde_json::to_string(&worker.value(Partition::Aws)).unwrap() },
        ]
    );
}
