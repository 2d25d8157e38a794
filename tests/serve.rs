//! `rolecall mock serve` over a real socket on the loopback interface: the AWS backend and
//! aws-sdk-iam talk to it as they would to IAM, other `--backend mock` runs work beside it, and
//! it stops cleanly on SIGTERM and Ctrl-C (SIGINT).



use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use aws_sdk_iam::config::{BehaviorVersion, Credentials, Region};
use aws_sdk_iam::error::ProvideErrorMetadata;
use aws_sdk_iam::types::Tag;
use serde_json::Value;

const SECRET: &str = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYSECRETKEY";

struct Served {
    child: Child,
    url: String,
    dir: tempfile::TempDir,
    state: PathBuf,
}

fn rolecall(home: &std::path::Path) -> Command {
    crate::util::english(home)
}

impl Served {
    fn start(args: &[&str]) -> Served {
        let dir = tempfile::tempdir().unwrap();
        let state = dir.path().join("state").join("iam.json");
        Self::start_at(dir, state, args).unwrap_or_else(|(code, err)| panic!("mock serve exited with {code:?}: {err}"))
    }

    /// Starts the server; on failure, its exit status and standard error.
    fn start_at(dir: tempfile::TempDir, state: PathBuf, args: &[&str]) -> Result<Served, (Option<i32>, String)> {
        let err_path = dir.path().join("serve.err");
        let mut child = rolecall(dir.path())
            .arg("--state")
            .arg(&state)
            .args(["mock", "serve"])
            .args(args)
            .stdout(Stdio::piped())
            .stderr(std::fs::File::create(&err_path).unwrap())
            .spawn()
            .unwrap();
        let mut first = String::new();
        BufReader::new(child.stdout.take().unwrap()).read_line(&mut first).unwrap();
        if first.is_empty() {
            let status = child.wait().unwrap();
            return Err((status.code(), std::fs::read_to_string(&err_path).unwrap()));
        }
        Ok(Served { child, url: first.trim_end().to_owned(), dir, state })
    }

    fn port(&self) -> u16 {
        self.url.rsplit(':').next().unwrap().parse().unwrap()
    }

    /// rolecall through the AWS backend, with dummy credentials and an isolated AWS config.
    fn aws(&self, region: &str, args: &[&str]) -> (i32, String, String) {
        let home = self.dir.path();
        let out = rolecall(home)
            .env("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
            .env("AWS_SECRET_ACCESS_KEY", SECRET)
            .env("AWS_CONFIG_FILE", home.join("no-config"))
            .env("AWS_SHARED_CREDENTIALS_FILE", home.join("no-credentials"))
            .env("AWS_EC2_METADATA_DISABLED", "true")
            .env("ROLECALL_CONSISTENCY_INTERVAL", "0.05")
            .args(["--region", region, "--endpoint-url", &self.url])
            .args(args)
            .output()
            .unwrap();
        (out.status.code().unwrap_or(-1), String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
    }

    /// rolecall on the mock backend, on the same state file.
    fn mock(&self, args: &[&str]) -> (i32, String, String) {
        let out = rolecall(self.dir.path()).args(["--backend", "mock", "--state"]).arg(&self.state).args(args).output().unwrap();
        (out.status.code().unwrap_or(-1), String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
    }

    fn signal(&mut self, sig: &str) -> ExitStatus {
        let ok = Command::new("kill").args([sig, &self.child.id().to_string()]).status().unwrap();
        assert!(ok.success());
        let start = Instant::now();
        loop {
            if let Some(s) = self.child.try_wait().unwrap() {
                return s;
            }
            assert!(start.elapsed() < Duration::from_secs(20), "mock serve did not stop on {sig}");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn stderr(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("serve.err")).unwrap_or_default()
    }

    async fn iam(&self, region: &'static str) -> aws_sdk_iam::Client {
        let conf = aws_sdk_iam::Config::builder()
            .behavior_version(BehaviorVersion::latest())
            .http_client(rolecall_aws::http_client())
            .endpoint_url(&self.url)
            .region(Region::new(region))
            .credentials_provider(Credentials::new("AKIAIOSFODNN7EXAMPLE", SECRET, None, None, "test"))
            .build();
        aws_sdk_iam::Client::from_conf(conf)
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn status(out: &str) -> String {
    let v: Value = serde_json::from_str(out).unwrap_or_else(|e| panic!("not JSON ({e}): {out}"));
    v["status"].as_str().unwrap_or_default().to_owned()
}

#[test]
fn the_aws_backend_creates_and_checks_every_role_through_it() {
    let mut s = Served::start(&[]);
    assert!(s.url.starts_with("http://127.0.0.1:") && s.port() > 0, "{}", s.url);
    let cases: [&[&str]; 3] = [
        &["fargate-pod-execution", "--cluster", "prod", "--cluster-region", "us-west-2"],
        &["eks-node", "--cni", "ipv6"],
        &["ecs-instance", "--with", "ecr-pull", "--with", "cloudwatch-logs", "--with", "s3-read-only"],
    ];
    for args in cases {
        let (code, _, err) = s.aws("us-east-1", &[&["check", "--output", "json"], args].concat());
        assert_eq!(code, 1, "{args:?}: missing before: {err}");
        let (code, out, err) = s.aws("us-east-1", &[&["create"], args].concat());
        assert_eq!(code, 0, "{args:?}: {out}{err}");
        let (code, out, err) = s.aws("us-east-1", &[&["check", "--output", "json"], args].concat());
        assert_eq!((code, status(&out).as_str()), (0, "ok"), "{args:?}: {out}{err}");
        // The mock backend reads the same state while the server runs.
        let (code, out, err) = s.mock(&[&["check", "--output", "json"], args].concat());
        assert_eq!((code, status(&out).as_str()), (0, "ok"), "{args:?}: {out}{err}");
    }
    // A write of the mock backend beside the server, then seen through it.
    let (code, _, err) = s.mock(&["create", "eks-node", "--role-name", "SecondNodeRole"]);
    assert_eq!(code, 0, "{err}");
    let (code, out, _) = s.aws("us-east-1", &["check", "eks-node", "--role-name", "SecondNodeRole", "--output", "json"]);
    assert_eq!((code, status(&out).as_str()), (0, "ok"));
    let (code, out, _) = s.aws("us-east-1", &["audit", "--output", "json"]);
    assert_eq!(code, 0, "{out}");

    let exit = s.signal("-TERM");
    assert_eq!(exit.code(), Some(0), "{}", s.stderr());
    let v: Value = serde_json::from_slice(&std::fs::read(&s.state).unwrap()).unwrap();
    assert!(v["partitions"]["aws"]["roles"]["secondnoderole"].is_object());
    assert!(s.stderr().contains("Stopped"), "{}", s.stderr());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn aws_sdk_iam_runs_the_guides_commands_and_cleans_up() {
    let s = Served::start(&[]);
    let iam = s.iam("us-east-1").await;
    let trust = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#;
    let logs = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["logs:CreateLogGroup"],"Resource":["arn:aws:logs:*:*:*"]}]}"#;
    let tag = |k: &str, v: &str| Tag::builder().key(k).value(v).build().unwrap();

    // The ECS guide's commands, in its order.
    let role = iam.create_role().role_name("ecsInstanceRole").assume_role_policy_document(trust).tags(tag("team", "ops")).send().await.unwrap();
    assert_eq!(role.role().unwrap().arn(), "arn:aws:iam::111122223333:role/ecsInstanceRole");
    let profile = iam.create_instance_profile().instance_profile_name("ecsInstanceRole-profile").send().await.unwrap();
    assert_eq!(profile.instance_profile().unwrap().roles().len(), 0);
    iam.add_role_to_instance_profile().instance_profile_name("ecsInstanceRole-profile").role_name("ecsInstanceRole").send().await.unwrap();
    iam.attach_role_policy().role_name("ecsInstanceRole").policy_arn("arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role").send().await.unwrap();
    let created = iam.create_policy().policy_name("cwlogspolicy").policy_document(logs).send().await.unwrap();
    let arn = created.policy().unwrap().arn().unwrap().to_owned();
    let local = iam.list_policies().scope(aws_sdk_iam::types::PolicyScopeType::Local).send().await.unwrap();
    assert_eq!(local.policies().iter().map(|p| p.arn().unwrap()).collect::<Vec<_>>(), [arn.as_str()]);
    let aws_managed = iam.list_policies().scope(aws_sdk_iam::types::PolicyScopeType::Aws).only_attached(true).send().await.unwrap();
    assert_eq!(aws_managed.policies().iter().map(|p| p.policy_name().unwrap()).collect::<Vec<_>>(), ["AmazonEC2ContainerServiceforEC2Role"]);
    iam.attach_role_policy().role_name("ecsInstanceRole").policy_arn(&arn).send().await.unwrap();
    let got = iam.get_policy().policy_arn(&arn).send().await.unwrap();
    assert_eq!(got.policy().unwrap().attachment_count(), Some(1));
    let version = iam.get_policy_version().policy_arn(&arn).version_id("v1").send().await.unwrap();
    let doc = percent_encoding::percent_decode_str(version.policy_version().unwrap().document().unwrap()).decode_utf8().unwrap().into_owned();
    assert_eq!(serde_json::from_str::<Value>(&doc).unwrap(), serde_json::from_str::<Value>(logs).unwrap());
    iam.put_role_policy().role_name("ecsInstanceRole").policy_name("AmazonECRPull").policy_document(logs).send().await.unwrap();
    let inline = iam.list_role_policies().role_name("ecsInstanceRole").send().await.unwrap();
    assert_eq!(inline.policy_names(), ["AmazonECRPull"]);
    iam.tag_role().role_name("ecsInstanceRole").tags(tag("env", "sandbox")).tags(tag("team", "platform")).send().await.unwrap();
    let tags = iam.list_role_tags().role_name("ecsInstanceRole").send().await.unwrap();
    let tags: Vec<(&str, &str)> = tags.tags().iter().map(|t| (t.key(), t.value())).collect();
    assert_eq!(tags, [("team", "platform"), ("env", "sandbox")]);
    let fetched = iam.get_role().role_name("ecsinstancerole").send().await.unwrap();
    assert_eq!(fetched.role().unwrap().tags().len(), 2);

    // rolecall agrees that this is the guide's role.
    let (code, out, err) = s.aws("us-east-1", &["check", "ecs-instance", "--output", "json"]);
    assert_eq!((code, status(&out).as_str()), (0, "ok"), "{out}{err}");

    // Deleting needs the order IAM wants.
    let e = iam.delete_role().role_name("ecsInstanceRole").send().await.unwrap_err();
    assert_eq!(e.code(), Some("DeleteConflict"));
    let e = iam.delete_policy().policy_arn(&arn).send().await.unwrap_err();
    assert_eq!(e.code(), Some("DeleteConflict"));
    iam.detach_role_policy().role_name("ecsInstanceRole").policy_arn(&arn).send().await.unwrap();
    iam.delete_policy().policy_arn(&arn).send().await.unwrap();
    iam.detach_role_policy().role_name("ecsInstanceRole").policy_arn("arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role").send().await.unwrap();
    iam.delete_role_policy().role_name("ecsInstanceRole").policy_name("AmazonECRPull").send().await.unwrap();
    iam.untag_role().role_name("ecsInstanceRole").tag_keys("env").send().await.unwrap();
    let e = iam.delete_instance_profile().instance_profile_name("ecsInstanceRole-profile").send().await.unwrap_err();
    assert_eq!(e.code(), Some("DeleteConflict"));
    let e = iam.delete_role().role_name("ecsInstanceRole").send().await.unwrap_err();
    assert_eq!(e.code(), Some("DeleteConflict"), "still in its instance profile");
    iam.remove_role_from_instance_profile().instance_profile_name("ecsInstanceRole-profile").role_name("ecsInstanceRole").send().await.unwrap();
    iam.delete_instance_profile().instance_profile_name("ecsInstanceRole-profile").send().await.unwrap();
    iam.delete_role().role_name("ecsInstanceRole").send().await.unwrap();
    let e = iam.get_role().role_name("ecsInstanceRole").send().await.unwrap_err();
    assert_eq!(e.code(), Some("NoSuchEntity"));
    assert!(iam.list_roles().send().await.unwrap().roles().is_empty());

    // STS answers too, and the region a request is signed for selects the partition.
    let sts = aws_sdk_sts::Client::from_conf(
        aws_sdk_sts::Config::builder()
            .behavior_version(BehaviorVersion::latest())
            .http_client(rolecall_aws::http_client())
            .endpoint_url(&s.url)
            .region(Region::new("us-east-1"))
            .credentials_provider(Credentials::new("AKIAIOSFODNN7EXAMPLE", SECRET, None, None, "test"))
            .build(),
    );
    assert_eq!(sts.get_caller_identity().send().await.unwrap().account(), Some("111122223333"));
    let china = s.iam("cn-north-1").await;
    let r = china.create_role().role_name("r").assume_role_policy_document(trust.replace("amazonaws.com", "amazonaws.com.cn")).send().await.unwrap();
    assert_eq!(r.role().unwrap().arn(), "arn:aws-cn:iam::111122223333:role/r");
}

#[test]
fn stops_on_ctrl_c_and_checks_its_flags() {
    let mut s = Served::start(&["--listen", "127.0.0.1", "--port", "0", "--output", "json"]);
    let v: Value = serde_json::from_str(&s.url).unwrap();
    assert!(v["url"].as_str().unwrap().starts_with("http://127.0.0.1:"), "{v}");
    assert_eq!(s.signal("-INT").code(), Some(0));

    let home = tempfile::tempdir().unwrap();
    for bad in [&["--port", "70000"][..], &["--listen", "localhost"], &["--listen", "127.0.0.1:5000", "--port", "5001"]] {
        let out = rolecall(home.path()).args(["--state"]).arg(home.path().join("s.json")).args(["mock", "serve"]).args(bad).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{bad:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains(bad[1]), "{bad:?}: the message names the value: {err}");
        assert!(!home.path().join("s.json").exists());
    }

    // A port in use is the environment's failure (3), named with its address.
    let a = Served::start(&[]);
    let port = a.port().to_string();
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("b.json");
    match Served::start_at(dir, state, &["--port", &port]) {
        Ok(_) => panic!("a second server on port {port}"),
        Err((code, err)) => {
            assert_eq!(code, Some(3), "{err}");
            assert!(err.contains(&format!("127.0.0.1:{port}")), "{err}");
        }
    }
}

/// Sends raw bytes to the server and reads what it answers until it closes the connection (the
/// read timeout only keeps a broken server from hanging the test).
fn raw(port: u16, request: &[u8]) -> std::io::Result<String> {
    use std::io::{Read, Write};
    let mut c = std::net::TcpStream::connect(("127.0.0.1", port))?;
    c.set_read_timeout(Some(Duration::from_secs(20)))?;
    c.write_all(request)?;
    let mut out = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        match c.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => out.extend_from_slice(&buf[..n]),
            // A server that closes with bytes unread resets the connection: what came before counts.
            Err(e) if e.kind() == std::io::ErrorKind::ConnectionReset => break,
            Err(e) => return Err(e),
        }
    }
    Ok(String::from_utf8_lossy(&out).into_owned())
}

const SIGNED: &str = "Authorization: AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20240101/us-east-1/iam/aws4_request, SignedHeaders=host, Signature=00\r\n";

fn post(host: &str, extra: &str, body: &str) -> Vec<u8> {
    format!("POST / HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/x-www-form-urlencoded\r\n{extra}Content-Length: {}\r\nConnection: close\r\n\r\n{body}", body.len()).into_bytes()
}

#[test]
fn web_pages_other_hosts_and_unsigned_requests_are_refused_in_each_protocols_shape() {
    let s = Served::start(&[]);
    let port = s.port();
    let here = format!("127.0.0.1:{port}");
    let trust = percent_encoding::utf8_percent_encode(
        r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#,
        percent_encoding::NON_ALPHANUMERIC,
    )
    .to_string();
    let create = |name: &str| format!("Action=CreateRole&RoleName={name}&AssumeRolePolicyDocument={trust}");
    // A cross-origin form POST (CSRF), DNS rebinding (another Host), no signature.
    for (what, host, extra) in [
        ("Origin", here.clone(), format!("{SIGNED}Origin: http://evil.example\r\n")),
        ("Host", format!("evil.example:{port}"), SIGNED.to_owned()),
        ("Host on another port", "127.0.0.1:1".to_owned(), SIGNED.to_owned()),
        ("unsigned", here.clone(), String::new()),
        ("not SigV4", here.clone(), "Authorization: Basic YTpi\r\n".to_owned()),
    ] {
        let r = raw(port, &post(&host, &extra, &create("csrf"))).unwrap();
        assert!(r.starts_with("HTTP/1.1 403"), "{what}: {r}");
        assert!(r.contains("<ErrorResponse") && (r.contains("<Code>AccessDenied</Code>") || r.contains("<Code>MissingAuthenticationToken</Code>")), "{what}: {r}");
    }
    // Organizations answers in its JSON shape.
    let org = format!("POST / HTTP/1.1\r\nHost: {here}\r\nX-Amz-Target: AWSOrganizationsV20161128.ListAccounts\r\nContent-Type: application/x-amz-json-1.1\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{{}}");
    let r = raw(port, org.as_bytes()).unwrap();
    assert!(r.starts_with("HTTP/1.1 403") && r.contains("\"__type\":\"MissingAuthenticationToken\""), "{r}");
    let (code, out, _) = s.mock(&["roles", "--output", "json"]);
    assert_eq!(code, 0);
    assert!(!out.contains("csrf"), "nothing was created: {out}");
    // The twins: signed, for localhost, [::1] or 127.0.0.1 on the served port, with any key.
    for (i, host) in [format!("localhost:{port}"), format!("[::1]:{port}"), here.clone()].iter().enumerate() {
        let r = raw(port, &post(host, SIGNED, &create(&format!("ok{i}")))).unwrap();
        assert!(r.starts_with("HTTP/1.1 200"), "{host}: {r}");
    }
    // Loopback: no warning. Another address: a warning that there is no authentication.
    assert!(!s.stderr().contains("no authentication"), "{}", s.stderr());
    let open = Served::start(&["--listen", "0.0.0.0"]);
    let start = Instant::now();
    while !open.stderr().contains("no authentication") && start.elapsed() < Duration::from_secs(20) {
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(open.stderr().contains("0.0.0.0 is not a loopback address") && open.stderr().contains("no authentication"), "{}", open.stderr());
}

#[test]
fn slow_and_idle_clients_are_cut_off_and_connections_are_capped() {
    let s = Served::start(&["--header-timeout", "0.2", "--body-timeout", "0.2", "--idle-timeout", "0.3"]);
    let port = s.port();
    let here = format!("127.0.0.1:{port}");
    // Headers that never end: the connection is closed (read_to_end returns).
    let r = raw(port, format!("POST / HTTP/1.1\r\nHost: {here}\r\n{SIGNED}X-Slow: ").as_bytes()).unwrap();
    assert!(r.is_empty(), "{r}");
    // A body that never ends: 408 and closed.
    let r = raw(port, format!("POST / HTTP/1.1\r\nHost: {here}\r\n{SIGNED}Content-Length: 100\r\n\r\nAction=Get").as_bytes()).unwrap();
    assert!(r.starts_with("HTTP/1.1 408") && r.contains("RequestTimeout"), "{r}");
    // A kept-alive connection with no next request: answered, then closed.
    let keep = format!("POST / HTTP/1.1\r\nHost: {here}\r\n{SIGNED}Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 24\r\n\r\nAction=GetCallerIdentity");
    let r = raw(port, keep.as_bytes()).unwrap();
    assert!(r.starts_with("HTTP/1.1 200") && r.contains("<Account>111122223333</Account>"), "{r}");

    // Over the cap: 503 in IAM's shape.
    let capped = Served::start(&["--max-connections", "2"]);
    let port = capped.port();
    let _a = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    let _b = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    let r = raw(port, &post(&format!("127.0.0.1:{port}"), SIGNED, "Action=GetCallerIdentity")).unwrap();
    assert!(r.starts_with("HTTP/1.1 503") && r.contains("<Code>ServiceUnavailable</Code>"), "{r}");
    drop((_a, _b));

    // Each limit is in --help, with its default, and a bad value is refused naming it.
    let home = tempfile::tempdir().unwrap();
    let help = rolecall(home.path()).args(["mock", "serve", "--help"]).output().unwrap();
    let help = String::from_utf8(help.stdout).unwrap();
    for flag in ["--header-timeout", "--body-timeout", "--idle-timeout", "--max-connections"] {
        assert!(help.contains(flag), "{flag}: {help}");
    }
    for d in ["[default: 10]", "[default: 30]", "[default: 60]", "[default: 256]"] {
        assert!(help.contains(d), "{d}: {help}");
    }
    for bad in [["--header-timeout", "0"], ["--idle-timeout", "soon"], ["--max-connections", "0"]] {
        let out = rolecall(home.path()).arg("--state").arg(home.path().join("s.json")).args(["mock", "serve"]).args(bad).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{bad:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains(bad[0]) && err.contains(bad[1]), "{bad:?}: {err}");
    }
}

#[test]
fn a_corrupt_state_answers_service_failure_naming_the_problem_and_logs_it() {
    let s = Served::start(&[]);
    let (code, _, err) = s.mock(&["create", "eks-node"]);
    assert_eq!(code, 0, "{err}");
    std::fs::write(&s.state, "{\"format\": 2, \"partitions\": [").unwrap();
    let port = s.port();
    let r = raw(port, &post(&format!("127.0.0.1:{port}"), SIGNED, "Action=ListRoles")).unwrap();
    assert!(r.starts_with("HTTP/1.1 500") && r.contains("<Code>ServiceFailure</Code>"), "{r}");
    let state = s.state.display().to_string();
    assert!(r.contains(&format!("The state file {state} is not a rolecall state file (line 1")), "the message names the problem: {r}");
    let start = Instant::now();
    while !s.stderr().contains("could not use the state file") && start.elapsed() < Duration::from_secs(20) {
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(s.stderr().contains("could not use the state file") && s.stderr().contains(&state), "logged without --verbose: {}", s.stderr());
}

/// The body of an HTTP answer.
fn body_of(r: &str) -> &str {
    r.split("\r\n\r\n").nth(1).unwrap_or_default()
}

/// Sets up boundaries, policy versions and SCPs as the aws CLI sends them (`aws iam
/// create-policy-version --set-as-default`, `aws organizations create-policy`...), and reads them
/// back through GetAccountAuthorizationDetails and from the state file the server wrote.
#[test]
fn the_aws_cli_sets_up_boundaries_versions_and_scps_through_it() {
    use rolecall_core::backend::{Iam, ScpRead};
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state").join("iam.json");
    {
        // The organization's accounts (Organizations has no CreateAccount in the mock).
        let m = rolecall_mock::MockIam::open(&state, rolecall_core::Partition::Aws, rolecall_mock::Access::Write).unwrap();
        let account = |id: &str, name: &str| rolecall_mock::state::OrgAccountRec { id: id.into(), name: name.into(), state: "ACTIVE".into() };
        m.set_organization(Some(rolecall_mock::state::OrganizationRec { accounts: vec![account("111122223333", "management"), account("444455556666", "member")], session_seconds: None })).unwrap();
    }
    let s = Served::start_at(dir, state, &[]).unwrap_or_else(|(code, err)| panic!("mock serve exited with {code:?}: {err}"));
    let port = s.port();
    let host = format!("127.0.0.1:{port}");
    let enc = |v: &str| percent_encoding::utf8_percent_encode(v, percent_encoding::NON_ALPHANUMERIC).to_string();
    let iam = |query: &str| {
        let r = raw(port, &post(&host, SIGNED, &format!("{query}&Version=2010-05-08"))).unwrap();
        assert!(r.starts_with("HTTP/1.1 200"), "{query}: {r}");
        body_of(&r).to_owned()
    };
    let s3 = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}"#;
    let ec2 = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ec2:Describe*","Resource":"*"}]}"#;
    let trust = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#;
    let bound = "arn:aws:iam::111122223333:policy/bound";
    iam(&format!("Action=CreatePolicy&PolicyName=bound&PolicyDocument={}", enc(s3)));
    iam(&format!("Action=CreatePolicyVersion&PolicyArn={}&PolicyDocument={}&SetAsDefault=true", enc(bound), enc(ec2)));
    iam(&format!("Action=CreateRole&RoleName=node&AssumeRolePolicyDocument={}&PermissionsBoundary={}", enc(trust), enc(bound)));
    iam("Action=AttachRolePolicy&RoleName=node&PolicyArn=arn%3Aaws%3Aiam%3A%3Aaws%3Apolicy%2FAmazonEKSWorkerNodePolicy");
    let role = iam("Action=GetRole&RoleName=node");
    assert!(role.contains(&format!("<PermissionsBoundaryType>PermissionsBoundaryPolicy</PermissionsBoundaryType><PermissionsBoundaryArn>{bound}</PermissionsBoundaryArn>")), "{role}");
    assert!(iam(&format!("Action=GetPolicy&PolicyArn={}", enc(bound))).contains("<DefaultVersionId>v2</DefaultVersionId>"));
    let r = raw(port, &post(&host, SIGNED, &format!("Action=DeletePolicyVersion&PolicyArn={}&VersionId=v2&Version=2010-05-08", enc(bound)))).unwrap();
    assert!(r.starts_with("HTTP/1.1 409") && r.contains("<Code>DeleteConflict</Code>"), "{r}");
    // aws iam get-account-authorization-details --filter Role LocalManagedPolicy AWSManagedPolicy --max-items 1
    let mut marker = String::new();
    let mut details = String::new();
    for _ in 0..10 {
        let page = iam(&format!("Action=GetAccountAuthorizationDetails&Filter.member.1=Role&Filter.member.2=LocalManagedPolicy&Filter.member.3=AWSManagedPolicy&MaxItems=1{marker}"));
        details.push_str(&page);
        match page.split("<Marker>").nth(1) {
            Some(m) => marker = format!("&Marker={}", enc(m.split('<').next().unwrap())),
            None => break,
        }
    }
    assert_eq!(details.matches("<GetAccountAuthorizationDetailsResult>").count(), 3, "{details}");
    assert!(details.contains(&format!("<PermissionsBoundaryArn>{bound}</PermissionsBoundaryArn>")) && details.contains("<PolicyName>AmazonEKSWorkerNodePolicy</PolicyName>"), "{details}");
    assert!(details.contains("<VersionId>v2</VersionId><IsDefaultVersion>true</IsDefaultVersion>"), "{details}");

    // Organizations' JSON protocol: aws organizations enable-policy-type, create-organizational-unit,
    // move-account, create-policy --type SERVICE_CONTROL_POLICY, attach-policy.
    let org = |op: &str, input: Value| -> (u16, Value) {
        let body = input.to_string();
        let req = format!("POST / HTTP/1.1\r\nHost: {host}\r\n{SIGNED}X-Amz-Target: AWSOrganizationsV20161128.{op}\r\nContent-Type: application/x-amz-json-1.1\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}", body.len());
        let r = raw(port, req.as_bytes()).unwrap();
        let status = r[9..12].parse().unwrap();
        (status, serde_json::from_str(body_of(&r)).unwrap_or_else(|e| panic!("{op}: {e}: {r}")))
    };
    let ok = |op: &str, input: Value| {
        let (status, v) = org(op, input);
        assert_eq!(status, 200, "{op}: {v}");
        v
    };
    let root = ok("ListRoots", serde_json::json!({}))["Roots"][0]["Id"].as_str().unwrap().to_owned();
    ok("EnablePolicyType", serde_json::json!({ "RootId": root, "PolicyType": "SERVICE_CONTROL_POLICY" }));
    let ou = ok("CreateOrganizationalUnit", serde_json::json!({ "ParentId": root, "Name": "prod" }))["OrganizationalUnit"]["Id"].as_str().unwrap().to_owned();
    ok("MoveAccount", serde_json::json!({ "AccountId": "444455556666", "SourceParentId": root, "DestinationParentId": ou }));
    let deny = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"ecr:*","Resource":"*"}]}"#;
    let p = ok("CreatePolicy", serde_json::json!({ "Name": "deny-ecr", "Description": "", "Type": "SERVICE_CONTROL_POLICY", "Content": deny }));
    let id = p["Policy"]["PolicySummary"]["Id"].as_str().unwrap().to_owned();
    ok("AttachPolicy", serde_json::json!({ "PolicyId": id, "TargetId": ou }));
    let (status, e) = org("AttachPolicy", serde_json::json!({ "PolicyId": id, "TargetId": ou }));
    assert_eq!((status, e["__type"].as_str()), (400, Some("DuplicatePolicyAttachmentException")));

    // The server wrote all of it to the state file.
    let m = rolecall_mock::MockIam::open(&s.state, rolecall_core::Partition::Aws, rolecall_mock::Access::Read).unwrap();
    let member = rolecall_core::input::AccountId::parse("444455556666").unwrap();
    let read = futures_lite_ready(m.service_control_policies(Some(&member)));
    let ScpRead::Read(levels) = read else { panic!("{read:?}") };
    let names: Vec<Vec<&str>> = levels.iter().map(|l| l.policies.iter().map(|p| p.name.as_str()).collect()).collect();
    assert_eq!(names, [vec!["FullAWSAccess"], vec!["FullAWSAccess", "deny-ecr"], vec!["FullAWSAccess"]]);
}

/// The mock's futures are always ready: poll once.
fn futures_lite_ready<F: std::future::Future>(f: F) -> F::Output {
    let mut f = std::pin::pin!(f);
    match f.as_mut().poll(&mut std::task::Context::from_waker(std::task::Waker::noop())) {
        std::task::Poll::Ready(v) => v,
        std::task::Poll::Pending => panic!("mock future was not ready"),
    }
}

/// aws-sdk-iam reads what the mock answers for boundaries, policy versions and
/// GetAccountAuthorizationDetails, page by page.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn aws_sdk_iam_reads_boundaries_versions_and_authorization_details() {
    use aws_sdk_iam::types::EntityType;
    let s = Served::start(&[]);
    let iam = s.iam("us-east-1").await;
    let trust = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#;
    let s3 = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}"#;
    let ec2 = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ec2:Describe*","Resource":"*"}]}"#;
    let bound = iam.create_policy().policy_name("bound").policy_document(s3).send().await.unwrap().policy().unwrap().arn().unwrap().to_owned();
    let v2 = iam.create_policy_version().policy_arn(&bound).policy_document(ec2).set_as_default(true).send().await.unwrap();
    assert_eq!((v2.policy_version().unwrap().version_id(), v2.policy_version().unwrap().is_default_version()), (Some("v2"), true));
    iam.create_role().role_name("b").assume_role_policy_document(trust).permissions_boundary(&bound).send().await.unwrap();
    iam.create_role().role_name("a").assume_role_policy_document(trust).send().await.unwrap();
    iam.put_role_permissions_boundary().role_name("a").permissions_boundary("arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy").send().await.unwrap();
    let role = iam.get_role().role_name("b").send().await.unwrap();
    assert_eq!(role.role().unwrap().permissions_boundary().unwrap().permissions_boundary_arn(), Some(bound.as_str()));
    let versions = iam.list_policy_versions().policy_arn(&bound).send().await.unwrap();
    assert_eq!(versions.versions().iter().map(|v| v.version_id().unwrap()).collect::<Vec<_>>(), ["v2", "v1"]);
    let e = iam.delete_policy_version().policy_arn(&bound).version_id("v2").send().await.unwrap_err();
    assert_eq!(e.code(), Some("DeleteConflict"));
    iam.delete_role_permissions_boundary().role_name("a").send().await.unwrap();
    iam.attach_role_policy().role_name("a").policy_arn("arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy").send().await.unwrap();

    let (mut roles, mut policies, mut marker, mut pages) = (Vec::new(), Vec::new(), None::<String>, 0);
    loop {
        let page = iam
            .get_account_authorization_details()
            .filter(EntityType::Role)
            .filter(EntityType::LocalManagedPolicy)
            .filter(EntityType::AwsManagedPolicy)
            .max_items(1)
            .set_marker(marker.take())
            .send()
            .await
            .unwrap();
        pages += 1;
        for r in page.role_detail_list() {
            roles.push((r.role_name().unwrap().to_owned(), r.permissions_boundary().and_then(|b| b.permissions_boundary_arn()).map(str::to_owned), r.attached_managed_policies().len()));
        }
        for p in page.policies() {
            let default = p.policy_version_list().iter().find(|v| v.is_default_version()).unwrap();
            let doc = percent_encoding::percent_decode_str(default.document().unwrap()).decode_utf8().unwrap().into_owned();
            policies.push((p.arn().unwrap().to_owned(), default.version_id().unwrap().to_owned(), doc, p.policy_version_list().len()));
        }
        assert_eq!(page.is_truncated(), page.marker().is_some());
        match page.marker() {
            Some(m) => marker = Some(m.to_owned()),
            None => break,
        }
    }
    assert_eq!(pages, 4);
    assert_eq!(roles, [("a".to_owned(), None, 1), ("b".to_owned(), Some(bound.clone()), 0)]);
    let worker = rolecall_core::model::managed_documents::find(rolecall_core::role::WORKER_NODE_POLICY).unwrap();
    let got: Vec<(&str, &str, usize)> = policies.iter().map(|p| (p.0.as_str(), p.1.as_str(), p.3)).collect();
    assert_eq!(got, [(bound.as_str(), "v2", 2), ("arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy", worker.default_version_id.as_str(), 1)]);
    assert_eq!(serde_json::from_str::<Value>(&policies[1].2).unwrap(), worker.value(rolecall_core::Partition::Aws));
    assert_eq!(policies[0].2, ec2);
}
