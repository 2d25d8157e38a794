//! The AWS backend end to end: the rolecall binary, through aws-sdk-iam, against a wiremock
//! server that speaks IAM's Query protocol from the mock crate's stateful IAM. Offline: the
//! credentials are dummies, the AWS config is isolated, instance metadata is off.



use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use rolecall_core::backend::ErrorCode;
use rolecall_core::Partition;
use rolecall_mock::query::{action_of, error_response, is_mutating};
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
    /// An answer from something that is not IAM: status, content type, body.
    Foreign(u16, &'static str, &'static [u8]),
    /// An error whose message echoes the request's headers and this text.
    Echo(&'static str),
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
    /// AWS managed policies this endpoint does not have (AttachRolePolicy and GetPolicy answer
    /// NoSuchEntity for them, as IAM does).
    missing: Arc<Mutex<Vec<String>>>,
    log: Arc<Mutex<Vec<(String, Instant)>>>,
    latency: Duration,
}

impl Respond for IamEndpoint {
    fn respond(&self, req: &Request) -> ResponseTemplate {
        let body = String::from_utf8_lossy(&req.body).into_owned();
        // Organizations speaks JSON, its operation in `X-Amz-Target`; IAM and STS the Query protocol.
        let target = req.headers.get("x-amz-target").and_then(|v| v.to_str().ok()).map(str::to_owned);
        let action = target.as_deref().and_then(|t| t.rsplit('.').next()).map(str::to_owned).or_else(|| action_of(&body)).unwrap_or_default();
        let answer = || {
            let (status, content_type, body) = rolecall_mock::query::handle_http(&self.iam, None, target.as_deref(), &body);
            ResponseTemplate::new(status).set_body_raw(body, content_type)
        };
        self.log.lock().unwrap().push((action.clone(), Instant::now()));
        let arn = body.split('&').find_map(|kv| kv.strip_prefix("PolicyArn=")).map(|v| percent_encoding::percent_decode_str(v).decode_utf8_lossy().into_owned());
        if let Some(arn) = arn.filter(|a| ["AttachRolePolicy", "GetPolicy"].contains(&action.as_str()) && self.missing.lock().unwrap().contains(a)) {
            let r = error_response(ErrorCode::NoSuchEntity, &format!("Policy {arn} does not exist or is not attachable."));
            return ResponseTemplate::new(r.status).set_body_raw(r.body, "text/xml");
        }
        let template = match self.faults.take(&action) {
            Some(Fault::Error(code, msg)) => {
                let r = error_response(code, msg);
                ResponseTemplate::new(r.status).set_body_raw(r.body, "text/xml")
            }
            Some(Fault::Status(s)) => ResponseTemplate::new(s).set_body_raw("<html>Service Unavailable</html>", "text/html"),
            Some(Fault::Slow(d)) => return answer().set_delay(d),
            Some(Fault::Malformed) => ResponseTemplate::new(200).set_body_raw("<GetRoleResponse><GetRoleResult><Role><RoleName>", "text/xml"),
            Some(Fault::Foreign(status, content_type, body)) => ResponseTemplate::new(status).set_body_raw(body, content_type),
            Some(Fault::Echo(extra)) => {
                let headers: Vec<String> = req.headers.iter().map(|(k, v)| format!("{k}: {}", v.to_str().unwrap_or_default())).collect();
                let r = error_response(ErrorCode::Other("InvalidClientTokenId".into()), &format!("bad request; headers were:\n{}\n{extra}", headers.join("\n")));
                ResponseTemplate::new(r.status).set_body_raw(r.body, "text/xml")
            }
            None => answer(),
        };
        template.set_delay(self.latency)
    }
}

struct Env {
    server: MockServer,
    iam: Arc<MockIam>,
    faults: Faults,
    missing: Arc<Mutex<Vec<String>>>,
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
        let missing = Arc::new(Mutex::new(Vec::new()));
        Mock::given(method("POST"))
            .respond_with(IamEndpoint { iam: iam.clone(), faults: faults.clone(), missing: missing.clone(), log: log.clone(), latency })
            .mount(&server)
            .await;
        Env { server, iam, faults, missing, log, dir: tempfile::tempdir().unwrap(), region }
    }

    fn base(&self, endpoint: Option<&str>) -> std::process::Command {
        let home: PathBuf = self.dir.path().to_owned();
        let mut c = crate::util::english(&home);
        c.env("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
            .env("AWS_SECRET_ACCESS_KEY", SECRET)
            .env("AWS_SESSION_TOKEN", SESSION)
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
    let writes: Vec<_> = actions.iter().filter(|a| is_mutating(a) && a.as_str() != "GetCallerIdentity" && !a.starts_with("Describe")).collect();
    assert!(writes.is_empty(), "writes sent: {writes:?}");
    assert_eq!(env.iam.snapshot().partitions["aws"].roles.len(), 1);
}

/// How many round trips deep the logged calls went: a call is one deeper than the deepest whose
/// answer (sent `latency` after it arrived) came before it.
fn depth(log: &[(String, Instant)], latency: Duration) -> usize {
    let mut depth: Vec<usize> = Vec::new();
    for (_, at) in log {
        let d = log.iter().zip(&depth).filter(|((_, t), _)| *t + latency <= *at).map(|(_, d)| *d).max().unwrap_or(0) + 1;
        depth.push(d);
    }
    depth.into_iter().max().unwrap_or(0)
}

/// The calls of one check go out together: the role, its policy lists, its instance profiles,
/// the guide's instance profile and the SCP reads in the first round trip; then the attached
/// policy's default version, two more. Three latencies, not one per call.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_check_issues_its_calls_concurrently() {
    let latency = Duration::from_millis(600);
    let env = Env::new(Partition::Aws, latency).await;
    assert_eq!(env.run(&["create", "ecs-instance", "--with", "ecr-pull"]).await.0, 0);
    env.clear_log();
    assert_eq!(env.run(&["check", "ecs-instance", "--with", "ecr-pull"]).await.0, 0);
    let log = env.log.lock().unwrap().clone();
    let first = log.iter().map(|(_, t)| *t).min().unwrap();
    let round = |n: u32| -> Vec<&str> {
        let mut v: Vec<&str> = log.iter().filter(|(_, t)| *t >= first + latency * (n - 1) && *t < first + latency * n).map(|(a, _)| a.as_str()).collect();
        v.sort_unstable();
        v
    };
    // ECR pull is in AmazonEC2ContainerServiceforEC2Role: no inline policy to read; the
    // instance profile of the guide's name is looked up in the same round.
    let want = ["DescribeOrganization", "GetCallerIdentity", "GetInstanceProfile", "GetRole", "ListAttachedRolePolicies", "ListInstanceProfilesForRole", "ListRolePolicies"];
    assert_eq!(round(1), want, "{log:?}");
    assert_eq!((round(2), round(3)), (vec!["GetPolicy"], vec!["GetPolicyVersion"]), "{log:?}");
    assert_eq!((log.len(), depth(&log, latency)), (9, 3), "{log:?}");
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

/// An endpoint that takes the request and never answers: the operation timeout ends the call
/// (with all its attempts) whatever the read timeout, and the error names the call.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_stalled_endpoint_ends_at_the_operation_timeout() {
    let env = Env::new(Partition::Aws, Duration::ZERO).await;
    env.faults.add("GetRole", 10, Fault::Slow(Duration::from_secs(600)));
    let start = Instant::now();
    let (code, out, err) = env.run(&["--output", "json", "--operation-timeout", "2", "check", "eks-node"]).await;
    assert_eq!(code, 3, "{out}{err}");
    assert!(err.contains("No answer in time for GetRole") && err.contains("--operation-timeout"), "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["error"]["code"], "Timeout");
    // Not a timing assertion: the stall lasts ten minutes, so only a bound ended it.
    assert!(start.elapsed() < Duration::from_secs(300));
    let (code, _, err) = env.run(&["--operation-timeout", "0", "check", "eks-node"]).await;
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("--operation-timeout"), "{err}");
}

/// A write whose first attempt succeeds but whose answer is lost (a read timeout): the SDK
/// sends it again, IAM says it is already done, and rolecall checks that what is there is what
/// it sent before counting it as done.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_retried_write_whose_first_attempt_succeeded_converges() {
    let env = Env::new(Partition::Aws, Duration::ZERO).await;
    let lost = || Fault::Slow(Duration::from_secs(3));
    for action in ["CreateRole", "CreateInstanceProfile", "AddRoleToInstanceProfile"] {
        env.faults.add(action, 1, lost());
    }
    let (code, v) = env.json(&["--cli-read-timeout", "1", "create", "ecs-instance"]).await;
    assert_eq!(code, 0, "{v}");
    assert!(v["actions"].as_array().unwrap().iter().all(|a| a["done"] == true), "{v}");
    for action in ["CreateRole", "CreateInstanceProfile", "AddRoleToInstanceProfile"] {
        assert_eq!(env.actions().iter().filter(|a| *a == action).count(), 2, "{action} was sent twice: {:?}", env.actions());
    }
    assert_eq!(env.json(&["check", "ecs-instance"]).await.1["status"], "ok");

    env.faults.add("CreatePolicy", 1, lost());
    let (code, out, err) = env.run(&["--cli-read-timeout", "1", "create", "eks-node", "--cni", "ipv6"]).await;
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("= create the customer managed policy AmazonEKS_CNI_IPv6_Policy"), "shown as already done: {out}");
    assert_eq!(env.actions().iter().filter(|a| *a == "CreatePolicy").count(), 2);
    assert!(env.actions().iter().any(|a| a == "GetPolicyVersion"), "the policy found was compared: {:?}", env.actions());
    assert_eq!(env.json(&["check", "eks-node", "--cni", "ipv6"]).await.1["status"], "ok");

    // A detach whose first attempt succeeded: the retry finds the policy already detached.
    let read_only = "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly";
    env.iam.apply_now(&Action::AttachRolePolicy { role_name: "AmazonEKSNodeRole".into(), policy_arn: read_only.into() }).unwrap();
    env.faults.add("DetachRolePolicy", 1, lost());
    let (code, v) = env.json(&["--cli-read-timeout", "1", "repair", "eks-node", "--cni", "ipv6", "--replace-outdated"]).await;
    assert_eq!(code, 0, "{v}");
    assert_eq!(v["actions"][0]["action"], "DetachRolePolicy", "{v}");
    assert_eq!(env.actions().iter().filter(|a| *a == "DetachRolePolicy").count(), 2);
}

/// The same answers when what is there is not what rolecall sent stay failures.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn an_entity_that_is_not_the_one_sent_is_still_a_failure() {
    let env = Env::new(Partition::Aws, Duration::ZERO).await;
    // An instance profile that is full with another role.
    env.faults.add("AddRoleToInstanceProfile", 1, Fault::Error(ErrorCode::LimitExceeded, "Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1"));
    let (code, _, err) = env.run(&["create", "ecs-instance"]).await;
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("AddRoleToInstanceProfile: LimitExceeded"), "{err}");
    // Another role of that name (the answer comes from a race, the role from someone else).
    env.faults.add("CreateRole", 1, Fault::Error(ErrorCode::EntityAlreadyExists, "Role with name AmazonEKSNodeRole already exists."));
    let (code, _, err) = env.run(&["create", "eks-node", "--cni", "ipv6"]).await;
    assert_eq!(code, 3);
    assert!(err.contains("CreateRole: EntityAlreadyExists"), "{err}");
    // A policy of that name that is not there (or not with the same document).
    env.faults.add("CreatePolicy", 1, Fault::Error(ErrorCode::EntityAlreadyExists, "A policy called AmazonEKS_CNI_IPv6_Policy already exists."));
    let (code, _, err) = env.run(&["create", "eks-node", "--cni", "ipv6"]).await;
    assert_eq!(code, 3);
    assert!(err.contains("CreatePolicy: EntityAlreadyExists"), "{err}");
    // Each converges when run again.
    assert_eq!(env.run(&["create", "ecs-instance"]).await.0, 0);
    assert_eq!(env.run(&["create", "eks-node", "--cni", "ipv6"]).await.0, 0);
    assert_eq!(env.json(&["check", "ecs-instance"]).await.1["status"], "ok");
    assert_eq!(env.json(&["check", "eks-node", "--cni", "ipv6"]).await.1["status"], "ok");
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

/// Something other than IAM answers (a proxy's error page, random bytes): the error says so,
/// with the HTTP status and content type, instead of an empty IAM error.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn an_answer_that_is_not_iams_says_so() {
    let env = Env::new(Partition::Aws, Duration::ZERO).await;
    let html: &[u8] = b"<html><body><h1>502 Bad Gateway</h1></body></html>";
    let noise: &[u8] = &[0x8f, 0x00, 0xff, 0x13, 0x37, 0xc3, 0x28, 0x1b, 0x5b, 0x32, 0x4a];
    for (status, content_type, body) in [(502, "text/html", html), (200, "application/octet-stream", noise), (403, "application/json", b"{}" as &[u8])] {
        env.faults.add("GetRole", 3, Fault::Foreign(status, content_type, body));
        let (code, out, err) = env.run(&["--output", "json", "check", "eks-node"]).await;
        assert_eq!(code, 3, "{out}{err}");
        let want = format!("The endpoint answered GetRole with something that is not an IAM response (HTTP status {status}, content type {content_type})");
        assert!(err.contains(&want), "{err}");
        let v: Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v["error"]["code"], "NotIamResponse", "{v}");
        env.faults.0.lock().unwrap().clear();
    }
    // IAM's own errors still read as IAM's.
    env.faults.add("GetRole", 1, Fault::Error(ErrorCode::Other("InvalidInput".into()), "bad"));
    let (code, _, err) = env.run(&["check", "eks-node"]).await;
    assert_eq!(code, 3);
    assert!(err.contains("IAM refused GetRole: InvalidInput: bad"), "{err}");
}

/// Without usable credentials, the error says which of three things is wrong and names the
/// profile and the file.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn credential_problems_name_the_profile_and_the_file() {
    let env = Env::new(Partition::Aws, Duration::ZERO).await;
    let home = env.dir.path();
    let (config, creds) = (home.join("config"), home.join("credentials"));
    async fn run(env: &Env, config: &PathBuf, creds: &PathBuf, files: &[(&PathBuf, &str)], args: &[&str]) -> (String, String) {
        for (path, text) in files {
            std::fs::write(path, text).unwrap();
        }
        let mut c = env.base(Some(&env.server.uri()));
        c.env_remove("AWS_ACCESS_KEY_ID").env_remove("AWS_SECRET_ACCESS_KEY").env_remove("AWS_SESSION_TOKEN");
        c.env("AWS_CONFIG_FILE", config).env("AWS_SHARED_CREDENTIALS_FILE", creds);
        let mut a = vec!["--output", "json"];
        a.extend_from_slice(args);
        let (code, out, err) = env.run_with(c, &a).await;
        assert_eq!(code, 3, "{out}{err}");
        let v: Value = serde_json::from_str(&out).unwrap();
        (v["error"]["code"].as_str().unwrap().to_owned(), err)
    }
    // A profile in neither file (the files may not even exist).
    let (code, err) = run(&env, &config, &creds, &[], &["--profile", "no-such", "check", "eks-node"]).await;
    assert_eq!(code, "ProfileNotFound");
    assert!(err.contains("“no-such”") && err.contains(&config.display().to_string()) && err.contains(&creds.display().to_string()), "{err}");
    let (code, err) = run(&env, &config, &creds, &[(&config, "[profile ops]\nregion = us-west-2\n")], &["--profile", "no-such", "check", "eks-node"]).await;
    assert_eq!(code, "ProfileNotFound", "{err}");
    // A credentials file that cannot be parsed.
    let (code, err) = run(&env, &config, &creds, &[(&config, ""), (&creds, "[default]\naws_access_key_id = AKIAEXAMPLE\n[ops\naws_secret_access_key = x\n")], &["check", "eks-node"]).await;
    assert_eq!(code, "ProfileFileInvalid", "{err}");
    assert!(err.contains(&creds.display().to_string()) && err.contains("line 3"), "{err}");
    // A credential_process that fails.
    std::fs::remove_file(&creds).unwrap();
    let (code, err) = run(&env, &config, &creds, &[(&config, "[profile ops]\ncredential_process = false\n")], &["--profile", "ops", "check", "eks-node"]).await;
    assert_eq!(code, "CredentialProcessFailed", "{err}");
    assert!(err.contains("“ops”") && err.contains(&config.display().to_string()) && err.contains("credential_process"), "{err}");
    // With no profile chosen and nothing configured, the general advice stays.
    std::fs::remove_file(&config).unwrap();
    let (code, err) = run(&env, &config, &creds, &[], &["check", "eks-node"]).await;
    assert_eq!(code, "NoCredentials", "{err}");
    assert!(env.actions().is_empty(), "nothing unsigned was sent");
}

/// An explicit `--profile` that is in neither shared file is an error naming it, in every
/// language, even when the environment holds credentials (which the SDK would otherwise use);
/// nothing is sent. A profile that is there is used as before.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_missing_profile_wins_over_credentials_in_the_environment() {
    let env = Env::new(Partition::Aws, Duration::ZERO).await;
    let home = env.dir.path();
    let config = home.join("config");
    std::fs::write(&config, "[profile ops]\nregion = us-east-1\n").unwrap();
    let with_config = |lang: Option<&str>| {
        let mut c = env.base(Some(&env.server.uri()));
        c.env("AWS_CONFIG_FILE", &config);
        if let Some(l) = lang {
            c.args(["--lang", l]);
        }
        c
    };
    let (code, out, err) = env.run_with(with_config(None), &["--output", "json", "--profile", "no-such", "check", "eks-node"]).await;
    assert_eq!(code, 3, "{out}{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["error"]["code"], "ProfileNotFound", "{v}");
    assert!(err.contains("“no-such”") && err.contains(&config.display().to_string()), "{err}");
    for lang in ["es", "ja", "zh-TW", "zh-CN"] {
        let (code, _, err) = env.run_with(with_config(Some(lang)), &["--profile", "no-such", "create", "eks-node"]).await;
        assert_eq!(code, 3, "{lang}: {err}");
        assert!(err.contains("no-such") && err.contains(&config.display().to_string()) && !err.contains("The AWS profile"), "{lang}: {err}");
    }
    assert!(env.actions().is_empty(), "nothing was sent: {:?}", env.actions());
    // The twin: a profile that exists.
    let (code, out, err) = env.run_with(with_config(None), &["--output", "json", "--profile", "ops", "check", "eks-node"]).await;
    assert_eq!(code, 1, "{out}{err}");
    assert_eq!(serde_json::from_str::<Value>(&out).unwrap()["status"], "missing");
}

/// A server that echoes the request's headers (and even the secrets) in its error message: no
/// secret, signature or credential scope reaches the output, at any verbosity, text or JSON,
/// whether the credentials come from the environment or from a profile.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn secrets_echoed_by_a_server_are_redacted() {
    const PROFILE_SECRET: &str = "pRoFiLeSeCrEtKeY/0123456789+abcdefghijklmn";
    const PROFILE_TOKEN: &str = "IQoJb3JpZ2luX2VjEProfileSessionToken//////////==";
    let env = Env::new(Partition::Aws, Duration::ZERO).await;
    let creds = env.dir.path().join("credentials");
    std::fs::write(&creds, format!("[ops]\naws_access_key_id = AKIAOPSEXAMPLE\naws_secret_access_key = {PROFILE_SECRET}\naws_session_token = {PROFILE_TOKEN}\n")).unwrap();
    let leaks = |s: &str| -> Vec<&str> {
        let mut found: Vec<&str> = [SECRET, SESSION, PROFILE_SECRET, PROFILE_TOKEN, "AKIAIOSFODNN7EXAMPLE/", "AKIAOPSEXAMPLE/", "SESSIONTOKENforTESTS", "IQoJb3JpZ2luX2Vj"]
            .into_iter()
            .filter(|x| s.contains(x))
            .collect();
        let lower = s.to_ascii_lowercase();
        if lower.split("signature=").skip(1).any(|rest| rest.chars().next().is_some_and(|c| c.is_ascii_hexdigit())) {
            found.push("Signature=<hex>");
        }
        found
    };
    for from_profile in [false, true] {
        for args in [&["check", "eks-node"][..], &["-vv", "check", "eks-node"], &["--output", "json", "-v", "check", "eks-node"]] {
            let echoed: &'static str = if from_profile { "secret pRoFiLeSeCrEtKeY/0123456789+abcdefghijklmn token IQoJb3JpZ2luX2VjEProfileSessionToken%2F%2F%2F%2F%2F%2F%2F%2F%2F%2F%3D%3D" } else { "secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYSECRETKEY" };
            env.faults.add("GetRole", 1, Fault::Echo(echoed));
            let mut c = env.base(Some(&env.server.uri()));
            if from_profile {
                c.env_remove("AWS_ACCESS_KEY_ID").env_remove("AWS_SECRET_ACCESS_KEY").env_remove("AWS_SESSION_TOKEN").env("AWS_SHARED_CREDENTIALS_FILE", &creds).args(["--profile", "ops"]);
            }
            let (code, out, err) = env.run_with(c, args).await;
            assert_eq!(code, 3, "{out}{err}");
            assert!(err.contains("InvalidClientTokenId") && err.contains("[REDACTED]"), "the echo was printed, redacted: {err}");
            assert_eq!((leaks(&out), leaks(&err)), (vec![], vec![]), "{out}\n{err}");
            if args.contains(&"json") {
                let v: Value = serde_json::from_str(&out).unwrap();
                let message = v["error"]["message"].as_str().unwrap();
                assert!(message.contains("[REDACTED]") && message.contains("headers were:\n"), "JSON keeps the message exact: {v}");
            }
            assert!(!err.trim_end().contains('\n') || args.contains(&"-vv") || args.contains(&"-v"), "one line on stderr: {err}");
            assert!(err.contains(r"headers were:\u{a}"), "{err}");
        }
    }
}

/// A policy document IAM could never hold is refused before it is parsed.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_policy_document_over_the_bound_is_an_error() {
    let env = Env::new(Partition::Aws, Duration::ZERO).await;
    let trust = format!(r#"{{"Version":"2012-10-17","Statement":[{{"Effect":"Allow","Principal":{{"Service":"ec2.amazonaws.com"}},"Action":"sts:AssumeRole","Sid":"{}"}}]}}"#, "x".repeat(1 << 20));
    let body = format!(
        "<GetRoleResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"><GetRoleResult><Role><Path>/</Path><RoleName>AmazonEKSNodeRole</RoleName><RoleId>AROAX</RoleId><Arn>arn:aws:iam::111122223333:role/AmazonEKSNodeRole</Arn><CreateDate>2024-01-01T00:00:00Z</CreateDate><AssumeRolePolicyDocument>{}</AssumeRolePolicyDocument></Role></GetRoleResult></GetRoleResponse>",
        rolecall_mock::query::encode_document(&trust)
    );
    env.faults.add("GetRole", 1, Fault::Foreign(200, "text/xml", Box::leak(body.into_bytes().into_boxed_slice())));
    let (code, out, err) = env.run(&["--output", "json", "check", "eks-node"]).await;
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("The answer to GetRole holds a policy document of") && err.contains("over rolecall's limit of 1048576 bytes"), "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["error"]["code"], "TooLarge");
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
    let start = Instant::now();
    let (code, _, err) = env.run(&["create", "ecs-instance"]).await;
    let elapsed = start.elapsed();
    assert_eq!(code, 0, "{err}");
    // The policy is there (one GetPolicy says so): the role is what IAM had not caught up with.
    assert_eq!(env.actions().iter().filter(|a| *a == "GetPolicy").count(), 1, "{:?}", env.actions());
    assert_eq!(env.actions().iter().filter(|a| *a == "AttachRolePolicy").count(), 4);
    // Without a terminal, progress is a line at most every ten seconds, never a carriage return.
    let lines = err.lines().filter(|l| l.contains("Waiting for IAM")).count() as u64;
    assert!(lines >= 1 && lines <= 1 + elapsed.as_secs() / 10, "{lines} lines in {elapsed:?}: {err}");
    assert!(!err.contains('\r'), "{err:?}");
    assert_eq!(env.json(&["check", "ecs-instance"]).await.1["status"], "ok");
}

/// A repair stopped by a quota half-way reports as `left` what `check` then finds.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_repair_stopped_by_a_quota_leaves_what_check_finds() {
    use rolecall_mock::Quotas;
    // The standard cluster role holds one policy; Auto Mode adds four, and the quota allows two.
    let iam = MockIam::in_memory(Partition::Aws).with_quotas(Quotas { managed_policies_per_role: 2, ..Quotas::default() });
    let env = Env::with_iam(iam, Duration::ZERO).await;
    assert_eq!(env.run(&["create", "eks-cluster"]).await.0, 0);
    let (code, v) = env.json(&["repair", "eks-cluster", "--auto-mode", "--role-name", "eksClusterRole"]).await;
    assert_eq!(code, 3, "{v}");
    assert_eq!(v["error"]["code"], "LimitExceeded", "{v}");
    assert!(v["actions"].as_array().unwrap().iter().any(|a| a["done"] == true), "{v}");
    let (code, check) = env.json(&["check", "eks-cluster", "--auto-mode", "--role-name", "eksClusterRole"]).await;
    assert_eq!(code, 1);
    let codes: Vec<&str> = check["findings"].as_array().unwrap().iter().map(|f| f["code"].as_str().unwrap()).collect();
    assert!(codes.contains(&"policy-missing"), "{codes:?}");
    assert_eq!(v["left"], check["findings"], "{v}");
}

/// An endpoint without an AWS managed policy: the NoSuchEntity of AttachRolePolicy is not IAM
/// catching up with the role just created. One GetPolicy decides, and the create fails at once,
/// naming the policy and the partition; `left` says what is still missing.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_managed_policy_the_endpoint_lacks_fails_at_once() {
    for partition in [Partition::Aws, Partition::AwsCn] {
        let env = Env::new(partition, Duration::ZERO).await;
        let p = partition.id();
        let arn = format!("arn:{p}:iam::aws:policy/AmazonEKSWorkerNodePolicy");
        env.missing.lock().unwrap().push(arn.clone());
        let (code, out, err) = env.run(&["--output", "json", "create", "eks-node"]).await;
        assert_eq!(code, 3, "{out}{err}");
        let v: Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v["error"]["code"], "ManagedPolicyMissing", "{v}");
        assert!(err.contains(&arn) && err.contains(&format!(" {p} ")) && err.contains("AttachRolePolicy"), "{err}");
        let actions = env.actions();
        let count = |op: &str| actions.iter().filter(|a| *a == op).count();
        assert_eq!((count("AttachRolePolicy"), count("GetPolicy")), (1, 1), "{actions:?}");
        assert!(!err.contains("Waiting"), "{err}");
        // The role was made; what check finds is what is left, the policy among it.
        let left: Vec<&str> = v["left"].as_array().unwrap().iter().map(|f| f["code"].as_str().unwrap()).collect();
        assert!(!left.is_empty(), "{v}");
        let (_, check) = env.json(&["check", "eks-node"]).await;
        assert_eq!(check["findings"], v["left"], "{p}");
    }
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
    // check reads the SCPs too: Organizations' endpoint as well, so that nothing leaves the machine.
    c.env("AWS_ENDPOINT_URL_IAM", env.server.uri()).env("AWS_ENDPOINT_URL_STS", env.server.uri()).env("AWS_ENDPOINT_URL_ORGANIZATIONS", env.server.uri());
    env.clear_log();
    let (code, out, _) = env.run_with(c, &["--output", "json", "check", "eks-node"]).await;
    assert_eq!(code, 0, "{out}");
    assert!(env.actions().iter().any(|a| a == "DescribeOrganization"), "{:?}", env.actions());
}

/// Without a configured region, a cluster's region is not guessed.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_clusters_region_is_never_guessed() {
    let env = Env::new(Partition::Aws, Duration::ZERO).await;
    let home = env.dir.path();
    let mut c = crate::util::english(home);
    c.env("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE").env("AWS_SECRET_ACCESS_KEY", SECRET).args(["--endpoint-url", &env.server.uri()]);
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
        iam.apply_now(&Action::CreateRole { role_name: n.into(), path: "/".into(), assume_role_policy_document: trust.into(), description: String::new() }).unwrap();
    }
    let env = Env::with_iam(iam, Duration::ZERO).await;
    let (code, v) = env.json(&["check", "eks-node"]).await;
    assert_eq!(code, 1);
    assert_eq!(v["role_name"], "eksctl-prod-NodeInstanceRole-7");
    assert!(env.actions().iter().filter(|a| *a == "ListRoles").count() >= 3, "{:?}", env.actions());
}

/// audit costs the GetAccountAuthorizationDetails pages and the SCP reads, nothing per role,
/// whatever else the account holds; where that call is refused, the ListRoles pages plus the
/// reads of each role found.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn audit_costs_pages_plus_the_calls_found_roles_need() {
    let iam = MockIam::in_memory(Partition::Aws).with_page_size(2);
    let other = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#;
    for i in 0..7 {
        iam.apply_now(&Action::CreateRole { role_name: format!("lambda-{i}"), path: "/".into(), assume_role_policy_document: other.into(), description: String::new() }).unwrap();
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
    let pages = actions.iter().filter(|a| *a == "GetAccountAuthorizationDetails").count();
    assert!(pages >= 5, "10 roles (and the policies) in pages of 2: {actions:?}");
    let mut rest: Vec<&str> = actions.iter().map(String::as_str).filter(|a| *a != "GetAccountAuthorizationDetails").collect();
    rest.sort_unstable();
    assert_eq!(rest, ["DescribeOrganization", "GetCallerIdentity"], "nothing per role");
    // The twin: GetAccountAuthorizationDetails denied, the roles are listed and each one read.
    env.faults.add("GetAccountAuthorizationDetails", 1, Fault::Error(ErrorCode::AccessDenied, "not authorized to perform: iam:GetAccountAuthorizationDetails"));
    env.clear_log();
    let (code, w) = env.json(&["audit", "--concurrency", "2"]).await;
    assert_eq!(code, 0, "{w}");
    assert_eq!((&w["summary"]["scanned"], &w["roles"]), (&v["summary"]["scanned"], &v["roles"]), "the same verdicts either way");
    let actions = env.actions();
    assert_eq!(actions.iter().filter(|a| *a == "ListRoles").count(), 5, "10 roles in pages of 2");
    // The three roles found are each observed once.
    assert_eq!(actions.iter().filter(|a| *a == "ListAttachedRolePolicies").count(), 3, "{actions:?}");
    assert!(actions.iter().all(|a| !is_mutating(a) || a == "DescribeOrganization"), "{actions:?}");
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

/// AmazonEKSBlockStoragePolicyV2 through the AWS backend: create --auto-mode attaches it, V1 in
/// its place is outdated, and repair --replace-outdated swaps them.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn block_storage_v2_through_the_endpoint() {
    let env = Env::new(Partition::Aws, Duration::ZERO).await;
    let (v1, v2) = ("arn:aws:iam::aws:policy/AmazonEKSBlockStoragePolicy", "arn:aws:iam::aws:policy/AmazonEKSBlockStoragePolicyV2");
    let (code, v) = env.json(&["create", "eks-cluster", "--auto-mode"]).await;
    assert_eq!(code, 0, "{v}");
    let attached = env.iam.snapshot().partitions["aws"].roles["amazoneksautoclusterrole"].attached.clone();
    assert!(attached.iter().any(|a| a == v2) && !attached.iter().any(|a| a == v1), "{attached:?}");
    // Made the older way: V1 in V2's place.
    env.iam.apply_now(&Action::DetachRolePolicy { role_name: "AmazonEKSAutoClusterRole".into(), policy_arn: v2.into() }).unwrap();
    env.iam.apply_now(&Action::AttachRolePolicy { role_name: "AmazonEKSAutoClusterRole".into(), policy_arn: v1.into() }).unwrap();
    let (code, v) = env.json(&["check", "eks-cluster", "--auto-mode"]).await;
    assert_eq!((code, &v["findings"][0]["code"]), (0, &Value::from("policy-outdated")), "{v}");
    env.clear_log();
    let (code, v) = env.json(&["repair", "eks-cluster", "--auto-mode", "--replace-outdated"]).await;
    assert_eq!(code, 0, "{v}");
    let sent: Vec<String> = env.actions().into_iter().filter(|a| a.ends_with("RolePolicy")).collect();
    assert_eq!(sent, ["AttachRolePolicy", "DetachRolePolicy"], "{v}");
    let attached = env.iam.snapshot().partitions["aws"].roles["amazoneksautoclusterrole"].attached.clone();
    assert!(attached.iter().any(|a| a == v2) && !attached.iter().any(|a| a == v1), "{attached:?}");
    assert_eq!(env.json(&["check", "eks-cluster", "--auto-mode", "--strict"]).await.0, 0);
}

/// EKS on Fargate in AWS GovCloud (US) through the AWS backend: create is refused before any
/// write (exit 2), check reports a role found there; the twin in aws is created.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn fargate_in_govcloud_through_the_endpoint() {
    let env = Env::new(Partition::AwsUsGov, Duration::ZERO).await;
    let (code, _, err) = env.run(&["create", "fargate-pod-execution", "--cluster", "prod"]).await;
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("“us-gov-west-1”") && err.contains("aws-us-gov"), "{err}");
    assert!(!env.actions().iter().any(|a| a.starts_with("Create") || a.starts_with("Attach")), "{:?}", env.actions());
    // A role someone made there anyway.
    let trust = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"eks-fargate-pods.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#;
    env.iam
        .apply_now(&Action::CreateRole { role_name: "AmazonEKSFargatePodExecutionRole".into(), path: "/".into(), assume_role_policy_document: trust.into(), description: String::new() })
        .unwrap();
    let (code, v) = env.json(&["check", "fargate-pod-execution"]).await;
    assert_eq!((code, &v["findings"][0]["code"]), (1, &Value::from("fargate-unavailable")), "{v}");
    assert_eq!(v["findings"][0]["arguments"]["partition"], "aws-us-gov");
    let (code, v) = env.json(&["audit"]).await;
    assert_eq!(code, 1, "{v}");
    assert!(v["roles"].as_array().unwrap().iter().any(|r| r["kind"] == "fargate-pod-execution" && r["findings"][0]["code"] == "fargate-unavailable"), "{v}");
    // The twin: in aws the same command creates the role.
    let env = Env::new(Partition::Aws, Duration::ZERO).await;
    let (code, v) = env.json(&["create", "fargate-pod-execution", "--cluster", "prod"]).await;
    assert_eq!(code, 0, "{v}");
}

// ---- audit --organization: one client per account, faults local to their account ----

use rolecall_core::backend::Action;
use rolecall_mock::state::{OrgAccountRec, OrganizationRec};

const MEMBER: &str = "444455556666";
const LOCKED: &str = "777788889999";
const THROTTLED: &str = "222233334444";
const BASE_KEY: &str = "AKIAIOSFODNN7EXAMPLE";

/// One request as the organization endpoint saw it: the operation, and the access key that signed it.
#[derive(Debug, Clone)]
struct Seen {
    operation: String,
    key: String,
}

/// IAM, STS and Organizations of a sandbox with several accounts, routed by the signing key.
struct OrgEndpoint {
    iam: Arc<MockIam>,
    seen: Arc<Mutex<Vec<Seen>>>,
    /// Accounts whose IAM calls are all throttled.
    throttled: Vec<String>,
}

impl Respond for OrgEndpoint {
    fn respond(&self, req: &Request) -> ResponseTemplate {
        let body = String::from_utf8_lossy(&req.body).into_owned();
        let header = |k: &str| req.headers.get(k).and_then(|v| v.to_str().ok()).map(str::to_owned);
        let auth = header("authorization").unwrap_or_default();
        let target = header("x-amz-target");
        let key = auth.split("Credential=").nth(1).and_then(|c| c.split('/').next()).unwrap_or_default().to_owned();
        let operation = target.as_deref().and_then(|t| t.rsplit('.').next()).map(str::to_owned).or_else(|| action_of(&body)).unwrap_or_default();
        self.seen.lock().unwrap().push(Seen { operation: operation.clone(), key: key.clone() });
        if self.throttled.iter().any(|a| key.contains(a.as_str())) {
            let r = error_response(ErrorCode::Throttling, "Rate exceeded");
            return ResponseTemplate::new(r.status).set_body_raw(r.body, "text/xml");
        }
        let (status, content_type, body) = rolecall_mock::query::handle_http(&self.iam, Some(&auth), target.as_deref(), &body);
        ResponseTemplate::new(status).set_body_raw(body, content_type)
    }
}

const NODE_TRUST: &str = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#;

/// The member role, trusting `who` (the management account's root, or someone else).
fn member_role(iam: &MockIam, account: &str, who: &str) {
    let trust = format!(r#"{{"Version":"2012-10-17","Statement":[{{"Effect":"Allow","Principal":{{"AWS":"arn:aws:iam::{who}:root"}},"Action":"sts:AssumeRole"}}]}}"#);
    let m = iam.for_account(account);
    m.apply_now(&Action::CreateRole { role_name: "OrganizationAccountAccessRole".into(), path: "/".into(), assume_role_policy_document: trust, description: String::new() }).unwrap();
}

fn node_role(iam: &MockIam, account: &str, name: &str) {
    iam.for_account(account)
        .apply_now(&Action::CreateRole { role_name: name.into(), path: "/".into(), assume_role_policy_document: NODE_TRUST.into(), description: String::new() })
        .unwrap();
}

async fn organization(session_seconds: Option<u64>, throttled: &[&str]) -> (Env, Arc<Mutex<Vec<Seen>>>) {
    let iam = MockIam::in_memory(Partition::Aws);
    node_role(&iam, "111122223333", "AmazonEKSNodeRole");
    for (acct, who) in [(MEMBER, "111122223333"), (LOCKED, "999999999999"), (THROTTLED, "111122223333")] {
        member_role(&iam, acct, who);
        node_role(&iam, acct, "eksNodeRole-prod");
    }
    let account = |id: &str, name: &str, state: &str| OrgAccountRec { id: id.into(), name: name.into(), state: state.into() };
    iam.set_organization(Some(OrganizationRec {
        accounts: vec![
            account("111122223333", "management", "ACTIVE"),
            account(MEMBER, "prod", "ACTIVE"),
            account(LOCKED, "locked", "ACTIVE"),
            account(THROTTLED, "busy", "ACTIVE"),
            account("555566667777", "gone", "SUSPENDED"),
        ],
        session_seconds,
    }))
    .unwrap();
    let env = Env::with_iam(iam, Duration::ZERO).await;
    let seen = Arc::new(Mutex::new(Vec::new()));
    env.server.reset().await;
    Mock::given(method("POST"))
        .respond_with(OrgEndpoint { iam: env.iam.clone(), seen: seen.clone(), throttled: throttled.iter().map(|s| (*s).to_owned()).collect() })
        .mount(&env.server)
        .await;
    (env, seen)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn organization_audit_reads_each_account_with_its_own_credentials() {
    let (env, seen) = organization(None, &[THROTTLED]).await;
    let (code, v) = env.json(&["audit", "--organization"]).await;
    assert_eq!(code, 3, "an account could not be read: {v}");
    let accounts = v["accounts"].as_array().unwrap();
    let by_id = |id: &str| accounts.iter().find(|a| a["account_id"] == id).unwrap_or_else(|| panic!("{id} in {v}"));
    assert_eq!(accounts.len(), 4, "the suspended account is not audited");
    assert_eq!(by_id("111122223333")["status"], "ok");
    assert_eq!(by_id("111122223333")["roles"][0]["role_name"], "AmazonEKSNodeRole");
    assert_eq!(by_id(MEMBER)["status"], "ok");
    assert_eq!(by_id(MEMBER)["name"], "prod");
    assert_eq!(by_id(MEMBER)["roles"][0]["role_name"], "eksNodeRole-prod");
    assert_eq!(by_id(LOCKED)["status"], "failed");
    assert_eq!(by_id(LOCKED)["error"]["code"], "AccessDenied", "{v}");
    assert_eq!(by_id(THROTTLED)["status"], "failed");
    assert_eq!(by_id(THROTTLED)["error"]["code"], "Throttling", "{v}");
    assert_eq!(v["summary"], serde_json::json!({"accounts_audited": 2, "accounts_failed": 2, "roles_found": 2, "roles_with_errors": 2}));
    // The base credentials list the organization, assume the member roles and read the caller's
    // own account; every member account is read with its own assumed credentials.
    let seen = seen.lock().unwrap().clone();
    for s in &seen {
        if s.key == BASE_KEY {
            let reads = ["GetAccountAuthorizationDetails", "DescribeOrganization", "ListParents", "ListPoliciesForTarget", "DescribePolicy"];
            assert!(["ListAccounts", "AssumeRole", "GetCallerIdentity"].iter().chain(&reads).any(|o| *o == s.operation), "{s:?}");
        } else {
            assert!(s.key.starts_with("ASIA"), "{s:?}");
            assert!(![ "ListAccounts", "AssumeRole"].contains(&s.operation.as_str()), "{s:?}");
        }
    }
    let member_reads: Vec<&Seen> = seen.iter().filter(|s| s.operation == "GetAccountAuthorizationDetails" && s.key.contains(MEMBER)).collect();
    assert_eq!(member_reads.len(), 1, "{seen:?}");
    let own_reads = seen.iter().filter(|s| s.operation == "GetAccountAuthorizationDetails" && s.key == BASE_KEY).count();
    assert_eq!(own_reads, 1, "the caller's account is read with the caller's credentials");
    let assumes: Vec<&Seen> = seen.iter().filter(|s| s.operation == "AssumeRole").collect();
    assert_eq!(assumes.len(), 3, "one AssumeRole per member account: {seen:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn assumed_credentials_are_refreshed_before_they_expire() {
    // Credentials that expire almost at once: the provider assumes the role again rather than
    // sign with expired ones, and the audit of that account still succeeds.
    let (env, seen) = organization(Some(1), &[]).await;
    let (code, v) = env.json(&["audit", "--accounts", MEMBER, "--concurrency", "1"]).await;
    assert_eq!(code, 1, "the node role lacks its policies: {v}");
    assert_eq!(v["accounts"][0]["status"], "ok", "{v}");
    let assumes = seen.lock().unwrap().iter().filter(|s| s.operation == "AssumeRole").count();
    assert!(assumes >= 2, "expired credentials were refreshed: {assumes} AssumeRole calls");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn organization_audit_streams_json_lines_and_takes_external_ids() {
    let (env, _) = organization(None, &[]).await;
    // A member role that asks for an external ID.
    let trust = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"sts:AssumeRole","Condition":{"StringEquals":{"sts:ExternalId":"ops-audit-7"}}}]}"#;
    env.iam.for_account(MEMBER).apply_now(&Action::UpdateAssumeRolePolicy { role_name: "OrganizationAccountAccessRole".into(), policy_document: trust.into() }).unwrap();
    let (code, v) = env.json(&["audit", "--accounts", MEMBER]).await;
    assert_eq!((code, &v["accounts"][0]["error"]["code"]), (3, &Value::from("AccessDenied")), "{v}");
    let (code, out, err) = env.run(&["--output", "jsonl", "audit", "--accounts", &format!("{MEMBER},111122223333"), "--external-id", "ops-audit-7"]).await;
    assert_eq!(code, 1, "{err}");
    let lines: Vec<Value> = out.lines().map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}"))).collect();
    let types: Vec<&str> = lines.iter().map(|l| l["type"].as_str().unwrap()).collect();
    assert_eq!(types.last(), Some(&"summary"));
    assert_eq!(types.iter().filter(|t| **t == "account").count(), 2);
    assert!(lines.iter().filter(|l| l["type"] == "role").all(|l| l["account_id"].is_string() && l["role_name"].is_string()));
    assert!(lines[..lines.len() - 1].iter().all(|l| l["account_id"].is_string()));
    assert_eq!(lines.last().unwrap()["summary"]["accounts_audited"], 2);
}

/// An account whose ID ListAccounts answers malformed is reported as a failed account, named as
/// listed; the others are audited as usual.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn organization_audit_reports_a_malformed_account_id() {
    let (env, seen) = organization(None, &[]).await;
    let mut org = env.iam.snapshot().organization.unwrap();
    org.accounts.push(OrgAccountRec { id: "4444-5555-6666".into(), name: "typo".into(), state: "ACTIVE".into() });
    env.iam.set_organization(Some(org)).unwrap();
    let (code, v) = env.json(&["audit", "--organization"]).await;
    assert_eq!(code, 3, "{v}");
    let accounts = v["accounts"].as_array().unwrap();
    let bad = accounts.iter().find(|a| a["account_id"] == "4444-5555-6666").unwrap_or_else(|| panic!("reported: {v}"));
    assert_eq!((bad["status"].as_str(), bad["error"]["code"].as_str(), bad["name"].as_str()), (Some("failed"), Some("BadResponse"), Some("typo")), "{v}");
    assert!(bad["error"]["message"].as_str().unwrap().contains("4444-5555-6666"), "{v}");
    assert_eq!(accounts.iter().find(|a| a["account_id"] == MEMBER).unwrap()["status"], "ok", "{v}");
    assert_eq!(v["summary"]["accounts_failed"], 2, "the locked account and the malformed one: {v}");
    let assumes = seen.lock().unwrap().iter().filter(|s| s.operation == "AssumeRole").count();
    assert_eq!(assumes, 3, "no role is assumed in an account that is not one");
}

// ---- what decides a role's permissions: observe with `permissions`, SCPs, GetAccountAuthorizationDetails ----
//
// Called on the backend itself (the commands that use them are wired in the core): an `AwsIam`
// with static credentials against an endpoint that serves IAM from the mock and answers, as
// canned, what the mock does not (a role's boundary, Organizations' SCPs, GAAD pages).

use rolecall_aws::{AwsIam, AwsOptions};
use rolecall_core::backend::{Iam, ObserveRequest, PolicyVersion, Scp, ScpExempt, ScpRead, ScpTarget};
use rolecall_core::input::{AccountId, RoleName};

/// One canned answer: to `operation` whose request body holds `needle`, at most `times` times.
#[derive(Clone, Debug)]
struct Canned {
    operation: &'static str,
    needle: String,
    times: Option<u32>,
    status: u16,
    body: String,
}

/// One request as the scripted endpoint saw it.
#[derive(Clone, Debug)]
struct Sent {
    operation: String,
    body: String,
    at: Instant,
}

/// IAM from the mock, with canned answers first (IAM's Query protocol and Organizations' JSON
/// protocol alike), each answer after `latency`.
struct Scripted {
    iam: Arc<MockIam>,
    canned: Arc<Mutex<Vec<Canned>>>,
    sent: Arc<Mutex<Vec<Sent>>>,
    latency: Duration,
}

impl Respond for Scripted {
    fn respond(&self, req: &Request) -> ResponseTemplate {
        let body = String::from_utf8_lossy(&req.body).into_owned();
        let header = |k: &str| req.headers.get(k).and_then(|v| v.to_str().ok()).map(str::to_owned);
        let target = header("x-amz-target");
        let operation = target.as_deref().and_then(|t| t.rsplit('.').next()).map(str::to_owned).or_else(|| action_of(&body)).unwrap_or_default();
        self.sent.lock().unwrap().push(Sent { operation: operation.clone(), body: body.clone(), at: Instant::now() });
        let content_type = if target.is_some() { "application/x-amz-json-1.1" } else { "text/xml" };
        let canned = {
            let mut all = self.canned.lock().unwrap();
            let hit = all.iter_mut().find(|c| c.operation == operation && body.contains(&c.needle) && c.times != Some(0));
            hit.map(|c| {
                if let Some(n) = &mut c.times {
                    *n -= 1;
                }
                (c.status, c.body.clone())
            })
        };
        let (status, content_type, body) = match canned {
            Some((status, body)) => (status, content_type, body),
            None => rolecall_mock::query::handle_http(&self.iam, header("authorization").as_deref(), target.as_deref(), &body),
        };
        ResponseTemplate::new(status).set_body_raw(body, content_type).set_delay(self.latency)
    }
}

struct Desk {
    _server: MockServer,
    iam: Arc<MockIam>,
    aws: AwsIam,
    canned: Arc<Mutex<Vec<Canned>>>,
    sent: Arc<Mutex<Vec<Sent>>>,
}

impl Desk {
    async fn new(latency: Duration) -> Desk {
        let server = MockServer::start().await;
        let iam = Arc::new(MockIam::in_memory(Partition::Aws).with_page_size(2));
        let (canned, sent) = (Arc::new(Mutex::new(Vec::new())), Arc::new(Mutex::new(Vec::new())));
        Mock::given(method("POST")).respond_with(Scripted { iam: iam.clone(), canned: canned.clone(), sent: sent.clone(), latency }).mount(&server).await;
        let creds = aws_credential_types::Credentials::new(BASE_KEY, SECRET, None, None, "test");
        let conf = aws_config::SdkConfig::builder()
            .behavior_version(aws_config::BehaviorVersion::latest())
            .http_client(rolecall_aws::http_client())
            .endpoint_url(server.uri())
            .region(aws_config::Region::new("us-east-1"))
            .credentials_provider(aws_credential_types::provider::SharedCredentialsProvider::new(creds))
            .build();
        let aws = AwsIam::from_sdk_config(conf, &AwsOptions::default(), None);
        Desk { _server: server, iam, aws, canned, sent }
    }

    /// Answers `operation` (whose body holds `needle`) with `body`, `times` times or always.
    fn can(&self, operation: &'static str, needle: &str, times: Option<u32>, status: u16, body: impl Into<String>) {
        self.canned.lock().unwrap().push(Canned { operation, needle: needle.to_owned(), times, status, body: body.into() });
    }

    /// Like [`Desk::can`], ahead of every answer canned before.
    fn first(&self, operation: &'static str, needle: &str, times: Option<u32>, status: u16, body: impl Into<String>) {
        self.canned.lock().unwrap().insert(0, Canned { operation, needle: needle.to_owned(), times, status, body: body.into() });
    }

    fn sent(&self) -> Vec<Sent> {
        self.sent.lock().unwrap().clone()
    }

    fn count(&self, operation: &str) -> usize {
        self.sent().iter().filter(|s| s.operation == operation).count()
    }

    fn clear(&self) {
        self.sent.lock().unwrap().clear();
    }

    /// How many round trips deep the requests went: a request is one deeper than the deepest
    /// whose answer (sent `latency` after it arrived) came before it.
    fn depth(&self, latency: Duration) -> usize {
        let sent = self.sent();
        let mut depth: Vec<usize> = Vec::new();
        for s in &sent {
            let d = sent.iter().zip(&depth).filter(|(q, _)| q.at + latency <= s.at).map(|(_, d)| *d).max().unwrap_or(0) + 1;
            depth.push(d);
        }
        depth.into_iter().max().unwrap_or(0)
    }
}

fn iam_ok(action: &str, result: &str) -> String {
    format!("<{action}Response xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"><{action}Result>{result}</{action}Result><ResponseMetadata><RequestId>r-1</RequestId></ResponseMetadata></{action}Response>")
}

fn iam_error(code: &str, message: &str) -> String {
    format!("<ErrorResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"><Error><Type>Sender</Type><Code>{code}</Code><Message>{message}</Message></Error><RequestId>r-1</RequestId></ErrorResponse>")
}

fn enc(doc: &str) -> String {
    rolecall_mock::query::encode_document(doc)
}

/// GetRole of `name` as IAM answers it, with a boundary when given and the tags.
fn get_role(name: &str, boundary: Option<&str>, tags: &[(&str, &str)]) -> String {
    let boundary = boundary.map(|b| format!("<PermissionsBoundary><PermissionsBoundaryType>Policy</PermissionsBoundaryType><PermissionsBoundaryArn>{b}</PermissionsBoundaryArn></PermissionsBoundary>")).unwrap_or_default();
    let tags: String = tags.iter().map(|(k, v)| format!("<member><Key>{k}</Key><Value>{v}</Value></member>")).collect();
    iam_ok(
        "GetRole",
        &format!(
            "<Role><Path>/</Path><RoleName>{name}</RoleName><RoleId>AROAEXAMPLE</RoleId><Arn>arn:aws:iam::111122223333:role/{name}</Arn><CreateDate>2024-01-01T00:00:00Z</CreateDate><AssumeRolePolicyDocument>{}</AssumeRolePolicyDocument>{boundary}<Tags>{tags}</Tags></Role>",
            enc(NODE_TRUST)
        ),
    )
}

fn get_policy(arn: &str, version: &str) -> String {
    let name = arn.rsplit('/').next().unwrap();
    iam_ok(
        "GetPolicy",
        &format!("<Policy><PolicyName>{name}</PolicyName><PolicyId>ANPAEXAMPLE</PolicyId><Arn>{arn}</Arn><Path>/</Path><DefaultVersionId>{version}</DefaultVersionId><AttachmentCount>1</AttachmentCount><IsAttachable>true</IsAttachable><CreateDate>2024-01-01T00:00:00Z</CreateDate><UpdateDate>2024-01-01T00:00:00Z</UpdateDate></Policy>"),
    )
}

fn get_policy_version(doc: &str, version: &str) -> String {
    iam_ok("GetPolicyVersion", &format!("<PolicyVersion><Document>{}</Document><VersionId>{version}</VersionId><IsDefaultVersion>true</IsDefaultVersion><CreateDate>2024-01-01T00:00:00Z</CreateDate></PolicyVersion>", enc(doc)))
}

/// The form-encoded parameter a Query request carries.
fn param(name: &str, value: &str) -> String {
    format!("{name}={}", percent_encoding::utf8_percent_encode(value, percent_encoding::NON_ALPHANUMERIC))
}

const WORKER: &str = "arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy";
const EXTRAS: &str = "arn:aws:iam::111122223333:policy/NodeExtras";
const FENCE: &str = "arn:aws:iam::111122223333:policy/Fence";
const WORKER_DOC: &str = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["ec2:DescribeInstances","eks:DescribeCluster"],"Resource":"*"}]}"#;
const FENCE_DOC: &str = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}"#;
/// Characters IAM sends encoded: spaces, `&`, `+`, `%`, and more than ASCII.
const EXTRAS_DOC: &str = r#"{"Version":"2012-10-17","Statement":[{"Sid":"Logs & more","Effect":"Allow","Action":"logs:PutLogEvents","Resource":"arn:aws:logs:*:*:log-group:/a+b%20c/ü*"}]}"#;
const DENY_DOC: &str = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"ecr:*","Resource":"*"}]}"#;
const PULL_DOC: &str = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ecr:BatchGetImage","Resource":"*"}]}"#;
const LOGS_DOC: &str = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"logs:CreateLogStream","Resource":"*"}]}"#;

/// A node role with three inline policies (two pages of ListRolePolicies), an AWS managed and a
/// customer managed policy attached, and a boundary (GetRole canned: the mock has none).
async fn node_desk(latency: Duration) -> Desk {
    let d = Desk::new(latency).await;
    let role = "app-nodes";
    d.iam.apply_now(&Action::CreateRole { role_name: role.into(), path: "/".into(), assume_role_policy_document: NODE_TRUST.into(), description: String::new() }).unwrap();
    for (name, doc) in [("deny-ecr", DENY_DOC), ("pull", PULL_DOC), ("logs", LOGS_DOC)] {
        d.iam.apply_now(&Action::PutRolePolicy { role_name: role.into(), policy_name: name.into(), policy_document: doc.into() }).unwrap();
    }
    for (name, doc) in [("NodeExtras", EXTRAS_DOC), ("Fence", FENCE_DOC)] {
        d.iam.apply_now(&Action::CreatePolicy { policy_name: name.into(), policy_document: doc.into() }).unwrap();
    }
    for arn in [WORKER, EXTRAS] {
        d.iam.apply_now(&Action::AttachRolePolicy { role_name: role.into(), policy_arn: arn.into() }).unwrap();
    }
    d.can("GetRole", "RoleName=app-nodes", None, 200, get_role(role, Some(FENCE), &[("team", "ops"), ("eks:eks-cluster-name", "prod")]));
    // An AWS managed policy's default version, canned (not the committed document).
    d.can("GetPolicy", &param("PolicyArn", WORKER), None, 200, get_policy(WORKER, "v1"));
    d.can("GetPolicyVersion", &param("PolicyArn", WORKER), None, 200, get_policy_version(WORKER_DOC, "v1"));
    d
}

fn node_request(permissions: bool) -> ObserveRequest {
    ObserveRequest { inline_policies: vec!["pull".into()], permissions, ..ObserveRequest::role(RoleName::parse("app-nodes").unwrap()) }
}

fn version(arn: &str, v: &str, doc: &str) -> PolicyVersion {
    PolicyVersion { arn: arn.into(), version_id: v.into(), document: doc.into() }
}

/// observe with `permissions`: every inline policy in IAM's order, each attached policy's default
/// version, the boundary's, the tags, all decoded exactly; three round trips deep, though the
/// inline names take two pages.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn observe_reads_what_decides_a_roles_permissions() {
    let latency = Duration::from_millis(250);
    let d = node_desk(latency).await;
    let o = d.aws.observe(&node_request(true)).await.unwrap();
    let role = o.role.unwrap();
    let p = role.policies.unwrap();
    let inline: Vec<(&str, &str)> = p.inline.iter().map(|(n, d)| (n.as_str(), d.as_str())).collect();
    assert_eq!(inline, [("deny-ecr", DENY_DOC), ("logs", LOGS_DOC), ("pull", PULL_DOC)]);
    assert_eq!(p.attached, [version(WORKER, "v1", WORKER_DOC), version(EXTRAS, "v1", EXTRAS_DOC)]);
    assert_eq!(p.boundary, Some(version(FENCE, "v1", FENCE_DOC)));
    assert_eq!(p.tags, [("team".to_owned(), "ops".to_owned()), ("eks:eks-cluster-name".to_owned(), "prod".to_owned())]);
    // What the request asked for is as without `permissions`.
    assert_eq!(role.inline, [("pull".to_owned(), PULL_DOC.to_owned())]);
    assert_eq!(role.attached.iter().map(|a| a.arn.as_str()).collect::<Vec<_>>(), [WORKER, EXTRAS]);
    let counts: Vec<(&str, usize)> =
        ["GetRole", "ListAttachedRolePolicies", "ListRolePolicies", "ListInstanceProfilesForRole", "GetRolePolicy", "GetPolicy", "GetPolicyVersion"].iter().map(|a| (*a, d.count(a))).collect();
    // "pull" is read once, for the request; the other two after ListRolePolicies.
    assert_eq!(counts, [("GetRole", 1), ("ListAttachedRolePolicies", 1), ("ListRolePolicies", 2), ("ListInstanceProfilesForRole", 1), ("GetRolePolicy", 3), ("GetPolicy", 3), ("GetPolicyVersion", 3)]);
    assert_eq!(d.sent().len(), 14);
    assert_eq!(d.depth(latency), 3, "{:?}", d.sent().iter().map(|s| &s.operation).collect::<Vec<_>>());
}

/// Without `permissions` an observation sends what it always did, one round trip deep.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn observe_without_permissions_reads_nothing_more() {
    let latency = Duration::from_millis(250);
    let d = node_desk(latency).await;
    let o = d.aws.observe(&node_request(false)).await.unwrap();
    assert_eq!(o.role.unwrap().policies, None);
    let mut ops: Vec<String> = d.sent().into_iter().map(|s| s.operation).collect();
    ops.sort();
    assert_eq!(ops, ["GetRole", "GetRolePolicy", "ListAttachedRolePolicies", "ListInstanceProfilesForRole"]);
    assert_eq!(d.depth(latency), 1);
}

/// A role ListRoles gave is read with GetRole all the same when its permissions are asked for:
/// ListRoles has neither the boundary nor the tags.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_listed_role_is_read_again_for_its_boundary() {
    let d = node_desk(Duration::ZERO).await;
    let listed = rolecall_core::backend::RoleSummary { name: "app-nodes".into(), arn: "arn:aws:iam::111122223333:role/app-nodes".into(), path: "/".into(), trust: NODE_TRUST.into() };
    let o = d.aws.observe(&ObserveRequest { listed: Some(listed.clone()), ..node_request(false) }).await.unwrap();
    assert_eq!((d.count("GetRole"), o.role.unwrap().policies), (0, None));
    let o = d.aws.observe(&ObserveRequest { listed: Some(listed), ..node_request(true) }).await.unwrap();
    assert_eq!(d.count("GetRole"), 1);
    assert_eq!(o.role.unwrap().policies.unwrap().boundary, Some(version(FENCE, "v1", FENCE_DOC)));
}

/// A policy gone between two reads: an inline policy deleted and an attached one detached are
/// left out (IAM no longer weighs them); a default version replaced is read anew.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn policies_gone_between_reads_are_what_iam_now_weighs() {
    let d = node_desk(Duration::ZERO).await;
    d.can("GetRolePolicy", "PolicyName=logs", Some(1), 404, iam_error("NoSuchEntity", "The role policy with name logs cannot be found."));
    d.first("GetPolicy", &param("PolicyArn", WORKER), Some(1), 404, iam_error("NoSuchEntity", "Policy does not exist or is not attachable."));
    // NodeExtras: v1 is the default, then v2 replaces it before v1 is read.
    d.can("GetPolicyVersion", &format!("{}&{}", param("PolicyArn", EXTRAS), param("VersionId", "v1")), Some(1), 404, iam_error("NoSuchEntity", "Policy version v1 does not exist."));
    d.can("GetPolicy", &param("PolicyArn", EXTRAS), Some(1), 200, get_policy(EXTRAS, "v1"));
    d.can("GetPolicy", &param("PolicyArn", EXTRAS), Some(1), 200, get_policy(EXTRAS, "v2"));
    d.can("GetPolicyVersion", &param("VersionId", "v2"), Some(1), 200, get_policy_version(DENY_DOC, "v2"));
    let p = d.aws.observe(&node_request(true)).await.unwrap().role.unwrap().policies.unwrap();
    assert_eq!(p.inline.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>(), ["deny-ecr", "pull"]);
    assert_eq!(p.attached, [version(EXTRAS, "v2", DENY_DOC)]);
    // The twin: a version that stays missing though still the default is an error.
    d.can("GetPolicyVersion", &param("PolicyArn", EXTRAS), Some(1), 404, iam_error("NoSuchEntity", "Policy version v1 does not exist."));
    d.can("GetPolicyVersion", &param("PolicyArn", EXTRAS), Some(1), 404, iam_error("NoSuchEntity", "Policy version v1 does not exist."));
    let e = d.aws.observe(&node_request(true)).await.unwrap_err();
    assert_eq!((e.code, e.operation.as_deref()), (ErrorCode::NoSuchEntity, Some("GetPolicyVersion")));
}

/// A boundary is never just left out: gone from the role, it is no boundary; still named by the
/// role, an error that names it.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_boundary_whose_policy_is_gone_is_looked_up_on_the_role_again() {
    let d = node_desk(Duration::ZERO).await;
    d.canned.lock().unwrap().clear();
    d.can("GetPolicy", &param("PolicyArn", WORKER), None, 200, get_policy(WORKER, "v1"));
    d.can("GetPolicyVersion", &param("PolicyArn", WORKER), None, 200, get_policy_version(WORKER_DOC, "v1"));
    d.can("GetPolicy", &param("PolicyArn", FENCE), Some(1), 404, iam_error("NoSuchEntity", "Policy does not exist or is not attachable."));
    d.can("GetRole", "RoleName=app-nodes", Some(1), 200, get_role("app-nodes", Some(FENCE), &[]));
    d.can("GetRole", "RoleName=app-nodes", Some(1), 200, get_role("app-nodes", None, &[]));
    let p = d.aws.observe(&node_request(true)).await.unwrap().role.unwrap().policies.unwrap();
    assert_eq!((p.boundary, d.count("GetRole")), (None, 2));
    d.can("GetPolicy", &param("PolicyArn", FENCE), None, 404, iam_error("NoSuchEntity", "Policy does not exist or is not attachable."));
    d.can("GetRole", "RoleName=app-nodes", None, 200, get_role("app-nodes", Some(FENCE), &[]));
    let e = d.aws.observe(&node_request(true)).await.unwrap_err();
    assert_eq!((&e.code, e.detail(rolecall_core::backend::Detail::Policy)), (&ErrorCode::NoSuchEntity, Some(FENCE)));
}

// Organizations' JSON protocol.

fn org_error(kind: &str, message: &str) -> String {
    serde_json::json!({ "__type": kind, "Message": message }).to_string()
}

fn organization_of(management: &str, features: &str) -> String {
    serde_json::json!({ "Organization": {
        "Id": "o-exampleorgid", "Arn": format!("arn:aws:organizations::{management}:organization/o-exampleorgid"), "FeatureSet": features,
        "MasterAccountArn": format!("arn:aws:organizations::{management}:account/o-exampleorgid/{management}"), "MasterAccountId": management,
        "MasterAccountEmail": "admin@example.com", "AvailablePolicyTypes": []
    }})
    .to_string()
}

fn parents(id: &str, kind: &str) -> String {
    serde_json::json!({ "Parents": [{ "Id": id, "Type": kind }] }).to_string()
}

fn summaries(ids: &[&str], next: Option<&str>) -> String {
    let policies: Vec<Value> = ids
        .iter()
        .map(|id| serde_json::json!({ "Id": id, "Arn": format!("arn:aws:organizations::aws:policy/service_control_policy/{id}"), "Name": id.trim_start_matches("p-"), "Type": "SERVICE_CONTROL_POLICY", "AwsManaged": *id == FULL }))
        .collect();
    let mut v = serde_json::json!({ "Policies": policies });
    if let Some(n) = next {
        v["NextToken"] = n.into();
    }
    v.to_string()
}

fn described(id: &str, name: &str, content: &str) -> String {
    serde_json::json!({ "Policy": { "PolicySummary": { "Id": id, "Name": name, "Type": "SERVICE_CONTROL_POLICY", "AwsManaged": id == FULL }, "Content": content } }).to_string()
}

const FULL: &str = "p-FullAWSAccess";
const FULL_DOC: &str = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}"#;
const DENY_ECR_ID: &str = "p-examplepolicyid111";
const ROOT_ID: &str = "r-examplerootid111";
const OU_ID: &str = "ou-examplerootid111-exampleouid111";

/// Member account 444455556666 under an OU under the root: FullAWSAccess at every level, and at
/// the OU, on a second page, an SCP that denies ECR.
fn scp_tree(d: &Desk) {
    d.can("DescribeOrganization", "", None, 200, organization_of("111122223333", "ALL"));
    d.can("ListParents", &format!(r#""ChildId":"{MEMBER}""#), None, 200, parents(OU_ID, "ORGANIZATIONAL_UNIT"));
    d.can("ListParents", &format!(r#""ChildId":"{OU_ID}""#), None, 200, parents(ROOT_ID, "ROOT"));
    d.can("ListPoliciesForTarget", r#""NextToken":"page-2""#, None, 200, summaries(&[DENY_ECR_ID], None));
    d.can("ListPoliciesForTarget", &format!(r#""TargetId":"{OU_ID}""#), None, 200, summaries(&[FULL], Some("page-2")));
    for target in [ROOT_ID, MEMBER] {
        d.can("ListPoliciesForTarget", &format!(r#""TargetId":"{target}""#), None, 200, summaries(&[FULL], None));
    }
    d.can("DescribePolicy", FULL, None, 200, described(FULL, "FullAWSAccess", FULL_DOC));
    d.can("DescribePolicy", DENY_ECR_ID, None, 200, described(DENY_ECR_ID, "DenyEcr", DENY_DOC));
}

fn member() -> AccountId {
    AccountId::parse(MEMBER).unwrap()
}

/// The path from the root down to the account, each level with its SCPs (every page), read
/// through Organizations' JSON protocol.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn scps_are_read_from_the_root_down_to_the_account() {
    let latency = Duration::from_millis(250);
    let d = Desk::new(latency).await;
    scp_tree(&d);
    let full = || Scp { id: FULL.into(), name: "FullAWSAccess".into(), document: FULL_DOC.into() };
    let want = ScpRead::Read(vec![
        ScpTarget { target: ROOT_ID.into(), policies: vec![full()] },
        ScpTarget { target: OU_ID.into(), policies: vec![full(), Scp { id: DENY_ECR_ID.into(), name: "DenyEcr".into(), document: DENY_DOC.into() }] },
        ScpTarget { target: MEMBER.into(), policies: vec![full()] },
    ]);
    assert_eq!(d.aws.service_control_policies(Some(&member())).await, want);
    let counts: Vec<usize> = ["GetCallerIdentity", "DescribeOrganization", "ListParents", "ListPoliciesForTarget", "DescribePolicy"].iter().map(|o| d.count(o)).collect();
    // FullAWSAccess is described once for its three levels. DescribeOrganization, two levels of
    // ListParents, the OU's two pages, DescribePolicy: six round trips.
    assert_eq!(counts, [0, 1, 2, 4, 2], "{:?}", d.sent());
    assert_eq!(d.depth(latency), 6);
    assert!(d.sent().iter().filter(|s| s.operation == "ListPoliciesForTarget").all(|s| s.body.contains(r#""Filter":"SERVICE_CONTROL_POLICY""#)), "{:?}", d.sent());
    // The twin: the same account as the organization's management account is not bound.
    d.canned.lock().unwrap().retain(|c| c.operation != "DescribeOrganization");
    d.can("DescribeOrganization", "", None, 200, organization_of(MEMBER, "ALL"));
    d.clear();
    assert_eq!(d.aws.service_control_policies(Some(&member())).await, ScpRead::NotApplicable(ScpExempt::ManagementAccount));
    assert_eq!(d.count("ListParents"), 0);
}

/// Without an account, the caller's: GetCallerIdentity goes out beside DescribeOrganization.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn scps_of_the_callers_account_and_the_management_account() {
    let latency = Duration::from_millis(250);
    let d = Desk::new(latency).await;
    d.can("DescribeOrganization", "", None, 200, organization_of("111122223333", "ALL"));
    assert_eq!(d.aws.service_control_policies(None).await, ScpRead::NotApplicable(ScpExempt::ManagementAccount));
    assert_eq!((d.count("GetCallerIdentity"), d.count("DescribeOrganization"), d.depth(latency)), (1, 1, 1));
}

/// No organization, consolidated billing alone, a denied read (at the start or at one level):
/// each is said, never an error.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn scps_not_in_use_or_not_readable_are_said() {
    let d = Desk::new(Duration::ZERO).await;
    d.can("DescribeOrganization", "", Some(1), 400, org_error("AWSOrganizationsNotInUseException", "Your account is not a member of an organization."));
    assert_eq!(d.aws.service_control_policies(Some(&member())).await, ScpRead::NotApplicable(ScpExempt::NoOrganization));
    d.can("DescribeOrganization", "", Some(1), 400, org_error("AccessDeniedException", "You don't have permissions to access this resource."));
    let ScpRead::NotRead(e) = d.aws.service_control_policies(Some(&member())).await else { panic!("read") };
    assert_eq!((e.code, e.operation.as_deref()), (ErrorCode::AccessDenied, Some("DescribeOrganization")));
    d.can("DescribeOrganization", "", Some(1), 200, organization_of("111122223333", "CONSOLIDATED_BILLING"));
    assert_eq!(d.aws.service_control_policies(Some(&member())).await, ScpRead::Read(Vec::new()));
    // A member account may describe its organization but not walk it.
    scp_tree(&d);
    d.first("ListPoliciesForTarget", OU_ID, Some(1), 400, org_error("AccessDeniedException", "You don't have permissions to access this resource."));
    let ScpRead::NotRead(e) = d.aws.service_control_policies(Some(&member())).await else { panic!("read") };
    assert_eq!((e.code, e.operation.as_deref()), (ErrorCode::AccessDenied, Some("ListPoliciesForTarget")));
    // The twin: the next read is whole.
    assert!(matches!(d.aws.service_control_policies(Some(&member())).await, ScpRead::Read(levels) if levels.len() == 3));
}

fn details_page(roles: &str, policies: &str, marker: Option<&str>) -> String {
    let more = marker.map(|m| format!("<IsTruncated>true</IsTruncated><Marker>{m}</Marker>")).unwrap_or_else(|| "<IsTruncated>false</IsTruncated>".into());
    iam_ok("GetAccountAuthorizationDetails", &format!("<UserDetailList/><GroupDetailList/><RoleDetailList>{roles}</RoleDetailList><Policies>{policies}</Policies>{more}"))
}

fn role_detail(name: &str, extra: &str) -> String {
    format!(
        "<member><Path>/</Path><RoleName>{name}</RoleName><RoleId>AROAEXAMPLE{name}</RoleId><Arn>arn:aws:iam::111122223333:role/{name}</Arn><CreateDate>2024-01-01T00:00:00Z</CreateDate><AssumeRolePolicyDocument>{}</AssumeRolePolicyDocument>{extra}</member>",
        enc(NODE_TRUST)
    )
}

fn policy_detail(arn: &str, default: &str, versions: &[(&str, &str)]) -> String {
    let name = arn.rsplit('/').next().unwrap();
    let list: String = versions
        .iter()
        .map(|(v, doc)| format!("<member><Document>{}</Document><VersionId>{v}</VersionId><IsDefaultVersion>{}</IsDefaultVersion><CreateDate>2024-01-01T00:00:00Z</CreateDate></member>", enc(doc), v == &default))
        .collect();
    format!("<member><PolicyName>{name}</PolicyName><PolicyId>ANPA{name}</PolicyId><Arn>{arn}</Arn><Path>/</Path><DefaultVersionId>{default}</DefaultVersionId><AttachmentCount>1</AttachmentCount><PermissionsBoundaryUsageCount>0</PermissionsBoundaryUsageCount><IsAttachable>true</IsAttachable><CreateDate>2024-01-01T00:00:00Z</CreateDate><UpdateDate>2024-01-01T00:00:00Z</UpdateDate><PolicyVersionList>{list}</PolicyVersionList></member>")
}

/// GetAccountAuthorizationDetails page by page: roles with trust, inline and attached policies,
/// boundary, tags and instance profiles; each managed policy's default version only; decoded.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn authorization_details_are_read_page_by_page() {
    let d = Desk::new(Duration::ZERO).await;
    let nodes = role_detail(
        "app-nodes",
        &format!(
            "<InstanceProfileList><member><Path>/</Path><InstanceProfileName>app-nodes</InstanceProfileName><InstanceProfileId>AIPAEXAMPLE</InstanceProfileId><Arn>arn:aws:iam::111122223333:instance-profile/app-nodes</Arn><CreateDate>2024-01-01T00:00:00Z</CreateDate><Roles/></member></InstanceProfileList>\
             <RolePolicyList><member><PolicyName>deny-ecr</PolicyName><PolicyDocument>{}</PolicyDocument></member></RolePolicyList>\
             <AttachedManagedPolicies><member><PolicyName>NodeExtras</PolicyName><PolicyArn>{EXTRAS}</PolicyArn></member></AttachedManagedPolicies>\
             <PermissionsBoundary><PermissionsBoundaryType>Policy</PermissionsBoundaryType><PermissionsBoundaryArn>{FENCE}</PermissionsBoundaryArn></PermissionsBoundary>\
             <Tags><member><Key>team</Key><Value>ops</Value></member></Tags>",
            enc(DENY_DOC)
        ),
    );
    d.can("GetAccountAuthorizationDetails", "Marker=page-2", None, 200, details_page(&role_detail("plain", ""), &policy_detail(WORKER, "v7", &[("v7", WORKER_DOC)]), None));
    d.can("GetAccountAuthorizationDetails", "", None, 200, details_page(&nodes, &policy_detail(EXTRAS, "v2", &[("v1", DENY_DOC), ("v2", EXTRAS_DOC)]), Some("page-2")));
    let first = d.aws.authorization_details(None).await.unwrap();
    assert_eq!(first.marker.as_deref(), Some("page-2"));
    assert_eq!(first.policies, [version(EXTRAS, "v2", EXTRAS_DOC)]);
    let [r] = &first.roles[..] else { panic!("{first:?}") };
    assert_eq!((r.summary.name.as_str(), r.summary.path.as_str(), r.summary.trust.as_str()), ("app-nodes", "/", NODE_TRUST));
    assert_eq!(r.inline, [("deny-ecr".to_owned(), DENY_DOC.to_owned())]);
    assert_eq!(r.attached.iter().map(|a| (a.name.as_str(), a.arn.as_str())).collect::<Vec<_>>(), [("NodeExtras", EXTRAS)]);
    assert_eq!((r.boundary.as_deref(), &r.tags[..]), (Some(FENCE), &[("team".to_owned(), "ops".to_owned())][..]));
    assert_eq!(r.instance_profiles.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(), ["app-nodes"]);
    let second = d.aws.authorization_details(first.marker).await.unwrap();
    assert_eq!((second.marker, second.policies), (None, vec![version(WORKER, "v7", WORKER_DOC)]));
    assert_eq!((second.roles[0].summary.name.as_str(), second.roles[0].boundary.as_deref(), second.roles[0].inline.len()), ("plain", None, 0));
    let bodies: Vec<String> = d.sent().into_iter().map(|s| s.body).collect();
    assert_eq!(bodies.len(), 2);
    for b in &bodies {
        for p in ["Filter.member.1=Role", "Filter.member.2=LocalManagedPolicy", "Filter.member.3=AWSManagedPolicy", "MaxItems=1000"] {
            assert!(b.contains(p), "{p} in {b}");
        }
    }
    assert!(!bodies[0].contains("Marker=") && bodies[1].contains("Marker=page-2"), "{bodies:?}");
    // The twin: a page whose policy has no default version among its versions is refused.
    d.first("GetAccountAuthorizationDetails", "", Some(1), 200, details_page("", &policy_detail(EXTRAS, "v3", &[("v1", DENY_DOC)]), None));
    let e = d.aws.authorization_details(None).await.unwrap_err();
    assert_eq!((e.code, e.operation.as_deref()), (ErrorCode::BadResponse(rolecall_core::backend::BadAnswer::Unreadable), Some("GetAccountAuthorizationDetails")));
}
