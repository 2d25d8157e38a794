//! The AWS backend end to end: the rolecall binary, through aws-sdk-iam, against a wiremock
//! server that speaks IAM's Query protocol from the mock crate's stateful IAM. Offline: the
//! credentials are dummies, the AWS config is isolated, instance metadata is off.

#![allow(clippy::unwrap_used)] // Tests fail loudly on purpose.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use rolecall_core::backend::ErrorCode;
use rolecall_core::Partition;
use rolecall_mock::query::{action_of, error_response, handle, is_mutating};
use rolecall_mock::MockIam;
use serde_json::Value;
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

const SECRET: &str = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYSECRETKEY";
const SESSION: &str = "SESSIONTOKENforTESTSonly0123456789";

/// What a fault does to a request.
#[derive(Clone, Debug)]
enum Fault {
    Error(ErrorCode, &'static str),
    Status(u16),
    Slow(Duration),
    Malformed,
}

#[derive(Clone, Default)]
struct Faults(Arc<Mutex<Vec<(String, u32, Fault)>>>);

impl Faults {
    /// The next `times` requests for `action` get `fault`.
    fn add(&self, action: &str, times: u32, fault: Fault) {
        self.0.lock().unwrap().push((action.to_owned(), times, fault));
    }

    fn take(&self, action: &str) -> Option<Fault> {
        let mut v = self.0.lock().unwrap();
        let i = v.iter().position(|(a, n, _)| a == action && *n > 0)?;
        v[i].1 -= 1;
        Some(v[i].2.clone())
    }
}

/// The IAM endpoint: each request goes to the mock crate's Query-protocol handler.
struct IamEndpoint {
    iam: Arc<MockIam>,
    faults: Faults,
    log: Arc<Mutex<Vec<(String, Instant)>>>,
    latency: Duration,
}

impl Respond for IamEndpoint {
    fn respond(&self, req: &Request) -> ResponseTemplate {
        let body = String::from_utf8_lossy(&req.body).into_owned();
        let action = action_of(&body).unwrap_or_default();
        self.log.lock().unwrap().push((action.clone(), Instant::now()));
        let template = match self.faults.take(&action) {
            Some(Fault::Error(code, msg)) => {
                let r = error_response(code, msg);
                ResponseTemplate::new(r.status).set_body_raw(r.body, "text/xml")
            }
            Some(Fault::Status(s)) => ResponseTemplate::new(s).set_body_raw("<html>Service Unavailable</html>", "text/html"),
            Some(Fault::Slow(d)) => {
                let r = handle(&self.iam, &body);
                return ResponseTemplate::new(r.status).set_body_raw(r.body, "text/xml").set_delay(d);
            }
            Some(Fault::Malformed) => ResponseTemplate::new(200).set_body_raw("<GetRoleResponse><GetRoleResult><Role><RoleName>", "text/xml"),
            None => {
                let r = handle(&self.iam, &body);
                ResponseTemplate::new(r.status).set_body_raw(r.body, "text/xml")
            }
        };
        template.set_delay(self.latency)
    }
}

struct Env {
    server: MockServer,
    iam: Arc<MockIam>,
    faults: Faults,
    log: Arc<Mutex<Vec<(String, Instant)>>>,
    dir: tempfile::TempDir,
    region: &'static str,
}

impl Env {
    async fn new(partition: Partition, latency: Duration) -> Env {
        Self::with_iam(MockIam::in_memory(partition).with_page_size(2), latency).await
    }

    async fn with_iam(iam: MockIam, latency: Duration) -> Env {
        let server = MockServer::start().await;
        let region = iam.partition().example_region();
        let iam = Arc::new(iam);
        let faults = Faults::default();
        let log = Arc::new(Mutex::new(Vec::new()));
        Mock::given(method("POST"))
            .respond_with(IamEndpoint { iam: iam.clone(), faults: faults.clone(), log: log.clone(), latency })
            .mount(&server)
            .await;
        Env { server, iam, faults, log, dir: tempfile::tempdir().unwrap(), region }
    }

    fn base(&self, endpoint: Option<&str>) -> std::process::Command {
        let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_rolecall"));
        let home: PathBuf = self.dir.path().to_owned();
        c.env_clear()
            .env("HOME", &home)
            .env("LANG", "C")
            .env("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
            .env("AWS_SECRET_ACCESS_KEY", SECRET)
            .env("AWS_SESSION_TOKEN", SESSION)
            .env("AWS_CONFIG_FILE", home.join("no-config"))
            .env("AWS_SHARED_CREDENTIALS_FILE", home.join("no-credentials"))
            .env("AWS_EC2_METADATA_DISABLED", "true")
            .env("AWS_MAX_ATTEMPTS", "3")
            .env("ROLECALL_CONSISTENCY_INTERVAL", "0.05")
            .args(["--region", self.region]);
        if let Some(e) = endpoint {
            c.args(["--endpoint-url", e]);
        }
        c
    }

    /// Runs rolecall against the endpoint; returns (status, stdout, stderr).
    async fn run_with(&self, mut c: std::process::Command, args: &[&str]) -> (i32, String, String) {
        c.args(args);
        let out = tokio::task::spawn_blocking(move || c.output().unwrap()).await.unwrap();
        let (so, se) = (String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap());
        for s in [&so, &se] {
            assert!(!s.contains(SECRET) && !s.contains(SESSION), "a secret reached the output: {s}");
        }
        (out.status.code().unwrap_or(-1), so, se)
    }

    async fn run(&self, args: &[&str]) -> (i32, String, String) {
        self.run_with(self.base(Some(&self.server.uri())), args).await
    }

    async fn json(&self, args: &[&str]) -> (i32, Value) {
        let mut a = vec!["--output", "json"];
        a.extend_from_slice(args);
        let (code, out, err) = self.run(&a).await;
        (code, serde_json::from_str(&out).unwrap_or_else(|e| panic!("not JSON ({e}): {out}\n{err}")))
    }

    fn actions(&self) -> Vec<String> {
        self.log.lock().unwrap().iter().map(|(a, _)| a.clone()).collect()
    }

    fn clear_log(&self) {
        self.log.lock().unwrap().clear();
    }
}

fn status(v: &Value) -> &str {
    v["status"].as_str().unwrap_or_default()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn every_role_in_aws_and_aws_cn() {
    for partition in [Partition::Aws, Partition::AwsCn] {
        let env = Env::new(partition, Duration::ZERO).await;
        let cases: [&[&str]; 3] = [
            &["fargate-pod-execution", "--cluster", "prod", "--cluster", "dev"],
            &["eks-node", "--cni", "ipv6"],
            &["ecs-instance", "--with", "ecr-pull", "--with", "cloudwatch-logs", "--with", "s3-read-only"],
        ];
        for ctx in cases {
            let with = |cmd: &'static str| [&[cmd][..], ctx].concat();
            let (code, v) = env.json(&with("check")).await;
            assert_eq!((code, status(&v)), (1, "missing"), "{v}");
            let (code, v) = env.json(&with("show")).await;
            assert_eq!(code, 0);
            assert_eq!(v["partition"], partition.id());
            let (code, v) = env.json(&with("create")).await;
            assert_eq!(code, 0, "{v}");
            assert!(v["actions"].as_array().unwrap().iter().all(|a| a["done"] == true));
            let (code, v) = env.json(&with("check")).await;
            assert_eq!((code, status(&v)), (0, "ok"), "{v}");
            let (code, v) = env.json(&with("repair")).await;
            assert_eq!(code, 0);
            assert_eq!(v["actions"], serde_json::json!([]), "{v}");
        }
        let snap = env.iam.snapshot();
        let acct = &snap.partitions[partition.id()];
        assert_eq!(acct.roles.len(), 3);
        let node = &acct.roles["amazoneksnoderole"];
        assert!(node.arn.starts_with(&format!("arn:{}:iam::111122223333:role/", partition.id())));
        assert!(node.trust.contains(partition.ec2_principal()));
        assert!(acct.policies.contains_key(&format!("arn:{}:iam::111122223333:policy/AmazonEKS_CNI_IPv6_Policy", partition.id())));
        let fargate: Value = serde_json::from_str(&acct.roles["amazoneksfargatepodexecutionrole"].trust).unwrap();
        assert_eq!(fargate["Statement"][0]["Condition"]["ArnLike"]["aws:SourceArn"].as_array().unwrap().len(), 2);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn check_and_dry_run_send_nothing_that_writes() {
    let env = Env::new(Partition::Aws, Duration::ZERO).await;
    assert_eq!(env.run(&["create", "eks-node"]).await.0, 0);
    env.clear_log();
    assert_eq!(env.run(&["check", "eks-node"]).await.0, 0);
    assert_eq!(env.run(&["check", "ecs-instance"]).await.0, 1);
    assert_eq!(env.run(&["create", "ecs-instance", "--with", "cloudwatch-logs", "--dry-run"]).await.0, 0);
    assert_eq!(env.run(&["repair", "fargate-pod-execution", "--cluster", "x", "--dry-run"]).await.0, 1);
    assert_eq!(env.run(&["repair", "eks-node", "--cni", "ipv4", "--dry-run"]).await.0, 0);
    let actions = env.actions();
    assert!(!actions.is_empty());
    let writes: Vec<_> = actions.iter().filter(|a| is_mutating(a) && a.as_str() != "GetCallerIdentity").collect();
    assert!(writes.is_empty(), "writes sent: {writes:?}");
    assert_eq!(env.iam.snapshot().partitions["aws"].roles.len(), 1);
}

/// The calls of one check go out together: the later ones are sent before the first answer
/// arrives, so the wall time is one latency, not one per call.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_check_issues_its_calls_concurrently() {
    let latency = Duration::from_millis(600);
    let env = Env::new(Partition::Aws, latency).await;
    assert_eq!(env.run(&["create", "ecs-instance", "--with", "ecr-pull"]).await.0, 0);
    env.clear_log();
    assert_eq!(env.run(&["check", "ecs-instance", "--with", "ecr-pull"]).await.0, 0);
    let log = env.log.lock().unwrap().clone();
    let names: Vec<&str> = log.iter().map(|(a, _)| a.as_str()).collect();
    assert_eq!(names.len(), 4, "{names:?}");
    // ECR pull is in AmazonEC2ContainerServiceforEC2Role: no inline policy to read; the
    // instance profile of the guide's name is looked up in the same round.
    for a in ["GetRole", "ListAttachedRolePolicies", "ListInstanceProfilesForRole", "GetInstanceProfile"] {
        assert!(names.contains(&a), "{a} in {names:?}");
    }
    let first = log.iter().map(|(_, t)| *t).min().unwrap();
    let last = log.iter().map(|(_, t)| *t).max().unwrap();
    // Sequential calls would be at least one latency apart.
    assert!(last - first < latency / 2, "calls were spread over {:?}", last - first);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn throttling_and_server_errors_are_retried() {
    let env = Env::new(Partition::Aws, Duration::ZERO).await;
    env.faults.add("GetRole", 1, Fault::Error(ErrorCode::Throttling, "Rate exceeded"));
    env.faults.add("CreateRole", 1, Fault::Error(ErrorCode::ServiceFailure, "Internal failure"));
    env.faults.add("AttachRolePolicy", 1, Fault::Status(503));
    let (code, _, err) = env.run(&["create", "eks-node"]).await;
    assert_eq!(code, 0, "{err}");
    assert_eq!(env.actions().iter().filter(|a| *a == "CreateRole").count(), 2);
    assert_eq!(env.json(&["check", "eks-node"]).await.1["status"], "ok");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn throttled_after_retries_is_a_clear_error_and_a_rerun_converges() {
    let env = Env::new(Partition::Aws, Duration::ZERO).await;
    env.faults.add("AttachRolePolicy", 3, Fault::Error(ErrorCode::Throttling, "Rate exceeded"));
    let (code, _, err) = env.run(&["create", "eks-node"]).await;
    assert_eq!(code, 3);
    assert!(err.contains("throttling") && err.contains("AttachRolePolicy"), "{err}");
    let (code, v) = env.json(&["repair", "eks-node"]).await;
    assert_eq!(code, 0, "{v}");
    assert_eq!(env.json(&["check", "eks-node"]).await.1["status"], "ok");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_slow_answer_times_out_and_a_rerun_converges() {
    let env = Env::new(Partition::Aws, Duration::ZERO).await;
    env.faults.add("GetRole", 3, Fault::Slow(Duration::from_secs(5)));
    let (code, _, err) = env.run(&["--cli-read-timeout", "1", "create", "ecs-instance"]).await;
    assert_eq!(code, 3);
    assert!(err.contains("No answer in time") && err.contains("GetRole"), "{err}");
    assert_eq!(env.run(&["--cli-read-timeout", "1", "create", "ecs-instance"]).await.0, 0);
    assert_eq!(env.json(&["check", "ecs-instance"]).await.1["status"], "ok");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn connection_refused_is_a_clear_error() {
    let env = Env::new(Partition::Aws, Duration::ZERO).await;
    let closed = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let url = format!("http://127.0.0.1:{closed}");
    let (code, _, err) = env.run_with(env.base(Some(&url)), &["check", "eks-node"]).await;
    assert_eq!(code, 3);
    assert!(err.contains("could not be reached"), "{err}");
    assert_eq!(env.run(&["create", "eks-node"]).await.0, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn malformed_xml_is_a_clear_error() {
    let env = Env::new(Partition::Aws, Duration::ZERO).await;
    // A truncated answer is never taken for a role (nor for a missing one).
    env.faults.add("GetRole", 1, Fault::Malformed);
    let (code, out, err) = env.run(&["check", "eks-node"]).await;
    assert_eq!(code, 3, "{out}{err}");
    assert!(err.contains("GetRole") && err.contains("could not be read"), "{err}");
    assert_eq!(env.run(&["check", "eks-node"]).await.0, 1, "the next run reads the answer");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn access_denied_names_the_action() {
    let env = Env::new(Partition::Aws, Duration::ZERO).await;
    env.faults.add(
        "CreateRole",
        1,
        Fault::Error(ErrorCode::AccessDenied, "User: arn:aws:iam::111122223333:user/ci is not authorized to perform: iam:CreateRole on resource: arn:aws:iam::111122223333:role/AmazonEKSNodeRole"),
    );
    let (code, _, err) = env.run(&["create", "eks-node"]).await;
    assert_eq!(code, 3);
    assert!(err.contains("iam:CreateRole") && err.contains("rolecall permissions"), "{err}");
    assert_eq!(env.run(&["create", "eks-node"]).await.0, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn eventual_consistency_after_create_is_waited_out() {
    let env = Env::new(Partition::Aws, Duration::ZERO).await;
    env.faults.add("AttachRolePolicy", 3, Fault::Error(ErrorCode::NoSuchEntity, "The role with name ecsInstanceRole cannot be found."));
    env.faults.add("AddRoleToInstanceProfile", 2, Fault::Error(ErrorCode::NoSuchEntity, "Instance Profile ecsInstanceRole-profile cannot be found."));
    let (code, _, err) = env.run(&["create", "ecs-instance"]).await;
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("Waiting for IAM"), "progress is shown: {err}");
    assert_eq!(env.json(&["check", "ecs-instance"]).await.1["status"], "ok");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_missing_role_is_not_waited_for_outside_a_create() {
    let env = Env::new(Partition::Aws, Duration::ZERO).await;
    let (code, _, err) = env.run(&["--output", "json", "repair", "eks-node"]).await;
    assert_eq!(code, 1, "{err}");
    assert!(!err.contains("Waiting"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn endpoint_from_the_environment() {
    let env = Env::new(Partition::Aws, Duration::ZERO).await;
    let mut c = env.base(None);
    c.env("AWS_ENDPOINT_URL", env.server.uri());
    let (code, _, err) = env.run_with(c, &["create", "eks-node"]).await;
    assert_eq!(code, 0, "{err}");
    let mut c = env.base(None);
    c.env("AWS_ENDPOINT_URL_IAM", env.server.uri()).env("AWS_ENDPOINT_URL_STS", env.server.uri());
    let (code, out, _) = env.run_with(c, &["--output", "json", "check", "eks-node"]).await;
    assert_eq!(code, 0, "{out}");
}

/// Without a configured region, a cluster's region is not guessed.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_clusters_region_is_never_guessed() {
    let env = Env::new(Partition::Aws, Duration::ZERO).await;
    let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_rolecall"));
    let home = env.dir.path();
    c.env_clear()
        .env("HOME", home)
        .env("LANG", "C")
        .env("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
        .env("AWS_SECRET_ACCESS_KEY", SECRET)
        .env("AWS_CONFIG_FILE", home.join("no-config"))
        .env("AWS_SHARED_CREDENTIALS_FILE", home.join("no-credentials"))
        .env("AWS_EC2_METADATA_DISABLED", "true")
        .args(["--endpoint-url", &env.server.uri()]);
    let (code, _, err) = env.run_with(c, &["create", "fargate-pod-execution", "--cluster", "prod"]).await;
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("--cluster-region"), "{err}");
    assert!(!env.actions().iter().any(|a| is_mutating(a) && a != "GetCallerIdentity"), "nothing was written");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn no_credentials_is_a_clear_error() {
    let env = Env::new(Partition::Aws, Duration::ZERO).await;
    let mut c = env.base(Some(&env.server.uri()));
    c.env_remove("AWS_ACCESS_KEY_ID").env_remove("AWS_SECRET_ACCESS_KEY").env_remove("AWS_SESSION_TOKEN");
    let (code, _, err) = env.run_with(c, &["check", "eks-node"]).await;
    assert_eq!(code, 3);
    assert!(err.contains("No AWS credentials"), "{err}");
    assert!(env.actions().is_empty(), "nothing unsigned was sent");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn profiles_come_from_the_shared_files() {
    let env = Env::new(Partition::Aws, Duration::ZERO).await;
    let creds = env.dir.path().join("credentials");
    std::fs::write(&creds, format!("[ops]\naws_access_key_id = AKIAOPSEXAMPLE\naws_secret_access_key = {SECRET}\n")).unwrap();
    let mut c = env.base(Some(&env.server.uri()));
    c.env_remove("AWS_ACCESS_KEY_ID").env_remove("AWS_SECRET_ACCESS_KEY").env_remove("AWS_SESSION_TOKEN").env("AWS_SHARED_CREDENTIALS_FILE", &creds);
    let (code, _, err) = env.run_with(c, &["-vv", "--profile", "ops", "create", "eks-node"]).await;
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("CreateRole"), "verbose shows the calls: {err}");
    let signed = env.server.received_requests().await.unwrap();
    let auth = signed.iter().filter_map(|r| r.headers.get("authorization")).map(|h| h.to_str().unwrap().to_owned()).collect::<Vec<_>>();
    assert!(auth.iter().all(|a| a.contains("Credential=AKIAOPSEXAMPLE/")), "{auth:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_node_role_is_found_through_paged_list_roles() {
    let iam = MockIam::in_memory(Partition::Aws).with_page_size(2);
    let trust = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#;
    for n in ["a1", "a2", "a3", "a4", "eksctl-prod-NodeInstanceRole-7", "z1"] {
        iam.apply_now(&rolecall_core::backend::Action::CreateRole { role_name: n.into(), path: "/".into(), assume_role_policy_document: trust.into(), description: String::new() }).unwrap();
    }
    let env = Env::with_iam(iam, Duration::ZERO).await;
    let (code, v) = env.json(&["check", "eks-node"]).await;
    assert_eq!(code, 1);
    assert_eq!(v["role_name"], "eksctl-prod-NodeInstanceRole-7");
    assert!(env.actions().iter().filter(|a| *a == "ListRoles").count() >= 3, "{:?}", env.actions());
}

/// audit costs the ListRoles pages plus two calls per role found, whatever else the account holds.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn audit_costs_pages_plus_the_calls_found_roles_need() {
    let iam = MockIam::in_memory(Partition::Aws).with_page_size(2);
    let other = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#;
    for i in 0..7 {
        iam.apply_now(&rolecall_core::backend::Action::CreateRole { role_name: format!("lambda-{i}"), path: "/".into(), assume_role_policy_document: other.into(), description: String::new() }).unwrap();
    }
    let env = Env::with_iam(iam, Duration::ZERO).await;
    assert_eq!(env.run(&["create", "eks-node"]).await.0, 0);
    assert_eq!(env.run(&["create", "ecs-instance"]).await.0, 0);
    assert_eq!(env.run(&["create", "fargate-pod-execution", "--cluster", "a"]).await.0, 0);
    env.clear_log();
    let (code, v) = env.json(&["audit", "--concurrency", "2"]).await;
    assert_eq!(code, 0, "{v}");
    assert_eq!(v["summary"]["scanned"], 10);
    assert_eq!(v["roles"].as_array().unwrap().len(), 3);
    let actions = env.actions();
    let pages = actions.iter().filter(|a| *a == "ListRoles").count();
    assert_eq!(pages, 5, "10 roles in pages of 2");
    // Two EC2-trusted roles are observed as node and ECS candidates; the Fargate role too.
    assert_eq!(actions.len(), pages + 3 * 2, "{actions:?}");
    assert!(!actions.iter().any(|a| a == "GetRole"), "the listed trust is used: {actions:?}");
    assert!(actions.iter().all(|a| !is_mutating(a)));
}

/// The EKS cluster (and Auto Mode), Auto Mode node, ECS task execution and Pod Identity roles
/// through the AWS backend, in every partition: check, create, check again, repair after drift
/// made through IAM's own API.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn every_new_kind_in_every_partition_through_the_endpoint() {
    use rolecall_core::backend::Action;
    for partition in Partition::ALL {
        let env = Env::new(partition, Duration::ZERO).await;
        let p = partition.id();
        let secret = format!("arn:{p}:secretsmanager:{}:111122223333:secret:db-AbCdEf", env.region);
        let cases: [(&str, Vec<&str>); 5] = [
            ("eksClusterRole", vec!["eks-cluster"]),
            ("AmazonEKSAutoClusterRole", vec!["eks-cluster", "--auto-mode"]),
            ("AmazonEKSAutoNodeRole", vec!["eks-auto-node"]),
            ("ecsTaskExecutionRole", vec!["ecs-task-execution", "--with", "private-registry", "--secret", &secret]),
            ("app-pods", vec!["eks-pod-identity", "--role-name", "app-pods"]),
        ];
        for (name, ctx) in &cases {
            let with = |cmd: &'static str| [&[cmd][..], ctx].concat();
            let (code, v) = env.json(&with("check")).await;
            assert_eq!((code, status(&v)), (1, "missing"), "{p} {name}: {v}");
            let (code, v) = env.json(&with("create")).await;
            assert_eq!(code, 0, "{p} {name}: {v}");
            assert!(v["actions"].as_array().unwrap().iter().all(|a| a["done"] == true));
            let (code, v) = env.json(&with("check")).await;
            assert_eq!((code, status(&v)), (0, "ok"), "{p} {name}: {v}");
            // Drift through IAM: the trust policy replaced, the first policy detached.
            let other = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ssm.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#;
            env.iam.apply_now(&Action::UpdateAssumeRolePolicy { role_name: (*name).into(), policy_document: other.into() }).unwrap();
            let attached = env.iam.snapshot().partitions[p].roles[&name.to_ascii_lowercase()].attached.clone();
            if let Some(first) = attached.first() {
                env.iam.apply_now(&Action::DetachRolePolicy { role_name: (*name).into(), policy_arn: first.clone() }).unwrap();
            }
            let (code, v) = env.json(&with("check")).await;
            assert_eq!((code, status(&v)), (1, "drift"), "{p} {name}: {v}");
            env.clear_log();
            let (code, r) = env.json(&with("repair")).await;
            assert_eq!(code, 0, "{p} {name}: {r}");
            assert!(!env.actions().iter().any(|a| a == "DetachRolePolicy" || a == "DeleteRolePolicy"), "repair only adds");
            let (code, v) = env.json(&with("check")).await;
            assert_eq!(code, 0, "{p} {name}: {v}");
            assert_eq!(v["findings"], r["left"], "{p} {name}");
        }
        let snap = env.iam.snapshot();
        let acct = &snap.partitions[p];
        assert_eq!(acct.roles.len(), 5);
        let auto_node: Value = serde_json::from_str(&acct.roles["amazoneksautonoderole"].trust).unwrap();
        assert!(auto_node.to_string().contains("\"ec2.amazonaws.com\""), "{p}: the guide's EC2 principal");
        assert!(acct.roles["ecstaskexecutionrole"].inline.contains_key("ECSTaskExecutionPrivateRegistry"));
        assert!(acct.roles["amazoneksautoclusterrole"].trust.contains("sts:TagSession"));
    }
}
