//! `cargo xtask bench`: measures rolecall offline and prints tables. Never a pass/fail test.
//!
//! - cold start of `rolecall roles` and `rolecall show` (wall time, peak memory);
//! - `check` of each role against a mocked IAM endpoint with added latency, beside the lower
//!   bound (dependent calls x latency) and the target (two latencies + 20 ms);
//! - `audit` of accounts of 100, 1,000 and 10,000 roles (wall time, requests, peak memory);
//! - policy parse, normalize, compare and merge on realistic and maximum-size documents;
//! - how long `rolecall mock serve` takes to stop on SIGTERM with slow clients connected;
//! - `lint` on 64 KiB and 1 MiB of each worst case of its scanner (`lint::worst_cases`, the
//!   inputs whose steps the linearity test counts): the time should grow about 16 times.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use rolecall_core::backend::Action;
use rolecall_policy::document::PolicyDocument;
use rolecall_core::Partition;

use rolecall_mock::MockIam;
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

/// Runs a command to completion; returns (wall time, peak resident memory in KiB, exit code).
fn measure(cmd: &mut Command) -> std::io::Result<(Duration, u64, i32)> {
    let start = Instant::now();
    let child = cmd.stdout(Stdio::null()).stderr(Stdio::null()).spawn()?;
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    let mut usage: libc::rusage = zeroed_rusage();
    let r = wait4(pid, &mut status, &mut usage);
    let wall = start.elapsed();
    if r < 0 {
        return Err(std::io::Error::last_os_error());
    }
    let code = if libc::WIFEXITED(status) { libc::WEXITSTATUS(status) } else { -1 };
    Ok((wall, usage.ru_maxrss as u64, code))
}

// The only unsafe code in the workspace: std has no way to read a child's peak memory.
#[allow(unsafe_code)]
fn zeroed_rusage() -> libc::rusage {
    // SAFETY: rusage is plain old data; all-zero is a valid value.
    unsafe { std::mem::zeroed() }
}

#[allow(unsafe_code)]
fn wait4(pid: libc::pid_t, status: &mut libc::c_int, usage: &mut libc::rusage) -> libc::pid_t {
    // SAFETY: the pointers are valid for the call; pid is our own child.
    unsafe { libc::wait4(pid, status, 0, usage) }
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.1}", d.as_secs_f64() * 1000.0)
}

/// The IAM endpoint: the mock crate's Query handler, with latency, counting requests.
struct Endpoint {
    iam: Arc<MockIam>,
    latency: Duration,
    count: Arc<AtomicUsize>,
}

impl Respond for Endpoint {
    fn respond(&self, req: &Request) -> ResponseTemplate {
        self.count.fetch_add(1, Ordering::SeqCst);
        let header = |k: &str| req.headers.get(k).and_then(|v| v.to_str().ok()).map(str::to_owned);
        // IAM and STS, or Organizations, in the account whose credentials signed the request.
        let (status, content_type, body) = rolecall_mock::query::handle_http(&self.iam, header("authorization").as_deref(), header("x-amz-target").as_deref(), &String::from_utf8_lossy(&req.body));
        ResponseTemplate::new(status).set_body_raw(body, content_type).set_delay(self.latency)
    }
}

async fn endpoint(iam: Arc<MockIam>, latency: Duration) -> (MockServer, Arc<AtomicUsize>) {
    let server = MockServer::builder().disable_request_recording().start().await;
    let count = Arc::new(AtomicUsize::new(0));
    Mock::given(method("POST")).respond_with(Endpoint { iam, latency, count: count.clone() }).mount(&server).await;
    (server, count)
}

/// The time to read every GetAccountAuthorizationDetails page of the endpoint's account, one
/// after another as their markers require, through the AWS backend (no judging, no output).
async fn details_alone(endpoint: &str) -> Result<Duration, Box<dyn std::error::Error>> {
    use rolecall_core::backend::Iam;
    let creds = aws_credential_types::Credentials::new("AKIAIOSFODNN7EXAMPLE", "bench-secret", None, None, "bench");
    let conf = aws_config::SdkConfig::builder()
        .behavior_version(aws_config::BehaviorVersion::latest())
        .http_client(rolecall_aws::http_client())
        .endpoint_url(endpoint)
        .region(aws_config::Region::new("us-east-1"))
        .credentials_provider(aws_credential_types::provider::SharedCredentialsProvider::new(creds))
        .build();
    let aws = rolecall_aws::AwsIam::from_sdk_config(conf, &rolecall_aws::AwsOptions::default(), None);
    let start = Instant::now();
    let mut marker = None;
    loop {
        let page = aws.authorization_details(marker).await?;
        marker = page.marker;
        if marker.is_none() {
            return Ok(start.elapsed());
        }
    }
}

fn rolecall(bin: &Path, home: &Path, endpoint: &str, args: &[&str]) -> Command {
    let mut c = Command::new(bin);
    c.env_clear()
        .env("HOME", home)
        .env("LANG", "C")
        .env("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
        .env("AWS_SECRET_ACCESS_KEY", "bench-secret")
        .env("AWS_CONFIG_FILE", home.join("none"))
        .env("AWS_SHARED_CREDENTIALS_FILE", home.join("none"))
        .env("AWS_EC2_METADATA_DISABLED", "true")
        .args(["--region", "us-east-1", "--endpoint-url", endpoint])
        .args(args);
    c
}

const TRUST_EC2: &str = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#;
const TRUST_OTHER: &str = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#;

fn create(iam: &MockIam, name: &str, trust: &str, attach: &[&str]) {
    let _ = iam.apply_now(&Action::CreateRole { role_name: name.into(), path: "/".into(), assume_role_policy_document: trust.into(), description: String::new() });
    for a in attach {
        let _ = iam.apply_now(&Action::AttachRolePolicy { role_name: name.into(), policy_arn: (*a).into() });
    }
}

/// A account of `n` roles, one in twenty a container role.
fn account(n: usize) -> MockIam {
    let iam = MockIam::in_memory(Partition::Aws);
    fill(&iam, n);
    iam
}

/// An organization of `accounts` accounts of `n` roles each (the caller's account and members
/// whose OrganizationAccountAccessRole trusts it).
fn organization(accounts: usize, n: usize) -> MockIam {
    let iam = account(n);
    let mut recs = vec![rolecall_mock::state::OrgAccountRec { id: rolecall_mock::ACCOUNT_ID.into(), name: "management".into(), state: "ACTIVE".into() }];
    let trust = format!(r#"{{"Version":"2012-10-17","Statement":[{{"Effect":"Allow","Principal":{{"AWS":"arn:aws:iam::{}:root"}},"Action":"sts:AssumeRole"}}]}}"#, rolecall_mock::ACCOUNT_ID);
    for i in 1..accounts {
        let id = format!("{:012}", 200_000_000_000u64 + i as u64);
        let member = iam.for_account(&id);
        fill(&member, n);
        create(&member, "OrganizationAccountAccessRole", &trust, &[]);
        recs.push(rolecall_mock::state::OrgAccountRec { id, name: format!("member-{i}"), state: "ACTIVE".into() });
    }
    let _ = iam.set_organization(Some(rolecall_mock::state::OrganizationRec { accounts: recs, session_seconds: None }));
    iam
}

fn fill(iam: &MockIam, n: usize) {
    let node = ["arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy", "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryPullOnly"];
    for i in 0..n {
        if i % 20 == 0 {
            create(iam, &format!("nodes-{i:05}-NodeInstanceRole"), TRUST_EC2, &node);
        } else {
            create(iam, &format!("app-{i:05}"), TRUST_OTHER, &[]);
        }
    }
}

fn bench_fn(name: &str, iterations: u32, mut f: impl FnMut()) -> String {
    for _ in 0..iterations / 10 {
        f();
    }
    let start = Instant::now();
    for _ in 0..iterations {
        f();
    }
    let per = start.elapsed() / iterations;
    format!("| {name} | {:.2} µs |", per.as_secs_f64() * 1e6)
}

fn policy_benches() -> Vec<String> {
    let guide = r#"{ "Version": "2012-10-17", "Statement": [ { "Effect": "Allow", "Condition": { "ArnLike": { "aws:SourceArn": "arn:aws:eks:us-west-2:111122223333:fargateprofile/my-cluster/*" } }, "Principal": { "Service": "eks-fargate-pods.amazonaws.com" }, "Action": "sts:AssumeRole" } ] }"#;
    // The largest trust policy IAM accepts by default: as many clusters as fit in 2,048 characters.
    let mut arns = Vec::new();
    loop {
        arns.push(format!("arn:aws:eks:us-west-2:111122223333:fargateprofile/cluster-{:03}/*", arns.len()));
        let doc = serde_json::json!({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"eks-fargate-pods.amazonaws.com"},"Action":"sts:AssumeRole","Condition":{"ArnLike":{"aws:SourceArn":arns}}}]}).to_string();
        if rolecall_policy::document::quota_len(&doc) > 2048 {
            arns.pop();
            break;
        }
    }
    let max = serde_json::json!({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"eks-fargate-pods.amazonaws.com"},"Action":"sts:AssumeRole","Condition":{"ArnLike":{"aws:SourceArn":arns}}}]}).to_string();
    let mut rows = vec![format!("| document | {} chars (guide) / {} chars, {} clusters (maximum) |", guide.len(), max.len(), arns.len()), "|---|---|".into()];
    for (label, text) in [("guide", guide), ("maximum", max.as_str())] {
        let doc = PolicyDocument::parse(text).unwrap_or_else(|e| panic!("{e}"));
        let other = PolicyDocument::parse(text).unwrap_or_else(|e| panic!("{e}"));
        let value: serde_json::Value = serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}"));
        rows.push(bench_fn(&format!("parse (strict), {label}"), 2000, || {
            std::hint::black_box(PolicyDocument::parse(std::hint::black_box(text)).ok());
        }));
        rows.push(bench_fn(&format!("normalize, {label}"), 2000, || {
            std::hint::black_box(doc.canonical());
        }));
        rows.push(bench_fn(&format!("compare by meaning, {label}"), 2000, || {
            std::hint::black_box(doc.same_meaning(&other));
        }));
        rows.push(bench_fn(&format!("merge one cluster, {label}"), 2000, || {
            let mut v = value.clone();
            rolecall_core::trust::merge_source_arns(&mut v, 0, &["arn:aws:eks:eu-west-1:111122223333:fargateprofile/new/*".to_owned()]);
            std::hint::black_box(v);
        }));
    }
    rows
}

fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|c| c.lines().find(|l| l.starts_with("model name")).map(|l| l.split(':').nth(1).unwrap_or("").trim().to_owned()))
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    format!("{cpu}, {cores} cores")
}

/// Starts `rolecall mock serve`, connects `clients` that send half a request's headers and one
/// that sends half a body, then measures from SIGTERM to the server's exit.
fn serve_shutdown(bin: &Path, home: &Path, clients: usize) -> Result<Duration, Box<dyn std::error::Error>> {
    use std::io::{BufRead, Write};
    let mut child = Command::new(bin)
        .env_clear()
        .env("HOME", home)
        .env("LANG", "C")
        .args(["--state"])
        .arg(home.join("serve-bench.json"))
        .args(["mock", "serve"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()?;
    let mut url = String::new();
    std::io::BufReader::new(child.stdout.take().ok_or("no stdout")?).read_line(&mut url)?;
    let addr = url.trim().trim_start_matches("http://").to_owned();
    let mut slow = Vec::new();
    for i in 0..=clients {
        let mut c = std::net::TcpStream::connect(&addr)?;
        let auth = "Authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20240101/us-east-1/iam/aws4_request, SignedHeaders=host, Signature=00";
        if i == clients {
            write!(c, "POST / HTTP/1.1\r\nHost: {addr}\r\n{auth}\r\nContent-Length: 100\r\n\r\nAction=")?;
        } else {
            write!(c, "POST / HTTP/1.1\r\nHost: {addr}\r\n")?;
        }
        slow.push(c);
    }
    std::thread::sleep(Duration::from_millis(200));
    let start = Instant::now();
    Command::new("kill").args(["-TERM", &child.id().to_string()]).status()?;
    child.wait()?;
    Ok(start.elapsed())
}

/// `rolecall lint` on each worst case of the scanner, at 64 KiB and at 1 MiB (median of 3 runs).
fn lint_benches(bin: &Path, home: &Path) -> Result<(), Box<dyn std::error::Error>> {
    println!("\n## lint on the scanner's worst cases (median of 3 runs)\n");
    println!("Whole runs, start-up included (a few ms, most of the 64 KiB figure): a linear scan grows at most about 16 times.\n");
    println!("| input | 64 KiB ms | 1 MiB ms | ratio |\n|---|---|---|---|");
    let file = home.join("lint-input.txt");
    for (name, make) in rolecall_core::lint::worst_cases() {
        let mut row = Vec::new();
        let mut refused = false;
        for size in [64usize << 10, 1 << 20] {
            std::fs::write(&file, make(size))?;
            let mut times = Vec::new();
            for _ in 0..3 {
                let mut c = Command::new(bin);
                c.env_clear().env("HOME", home).env("LANG", "C").arg("lint").arg(&file);
                let (wall, _, code) = measure(&mut c)?;
                // 2: a file that is one policy document over 1 MiB, refused after it was scanned.
                refused |= code == 2;
                if code > 2 {
                    return Err(format!("lint of {name} ({size} bytes) exited {code}").into());
                }
                times.push(wall);
            }
            row.push(median(times));
        }
        let note = if refused { " (one document over 1 MiB: exit 2 after the scan)" } else { "" };
        println!("| {}{note} | {} | {} | {:.1} |", name.replace('|', "\\|"), ms(row[0]), ms(row[1]), row[1].as_secs_f64() / row[0].as_secs_f64());
    }
    let _ = std::fs::remove_file(file);
    Ok(())
}

/// Runs every benchmark, or only `lint`'s with `Some("lint")`.
pub fn run(root: &Path, only: Option<&str>) -> Result<(), Box<dyn std::error::Error>> {
    if cfg!(debug_assertions) {
        // Measure optimized code: run this same task from a release build.
        eprintln!("building xtask (release)…");
        let ok = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
            .args(["run", "--release", "--quiet", "-p", "xtask", "--", "bench"])
            .args(only)
            .current_dir(root)
            .status()?
            .success();
        return if ok { Ok(()) } else { Err("the release benchmark run failed".into()) };
    }
    eprintln!("building rolecall (release)…");
    let ok = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args(["build", "--release", "--quiet", "-p", "rolecall-cli"])
        .current_dir(root)
        .status()?
        .success();
    if !ok {
        return Err("cargo build --release failed".into());
    }
    let target = std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root.join("target"), PathBuf::from);
    let bin: PathBuf = target.join("release/rolecall");
    let home = std::env::temp_dir().join(format!("rolecall-bench-{}", std::process::id()));
    std::fs::create_dir_all(&home)?;
    println!("Machine: {}\n", machine());
    if only == Some("lint") {
        lint_benches(&bin, &home)?;
        let _ = std::fs::remove_dir_all(home);
        return Ok(());
    }

    // Cold start.
    println!("## Cold start (median of 20 runs)\n\n| command | wall ms | peak RSS MiB |\n|---|---|---|");
    for args in [&["roles"][..], &["show", "eks-node"][..], &["--backend", "mock", "--state", "/nonexistent/state.json", "check", "eks-node"][..]] {
        let mut times = Vec::new();
        let mut peak = 0;
        for _ in 0..20 {
            let mut c = Command::new(&bin);
            c.env_clear().env("HOME", &home).env("LANG", "C").args(args);
            let (wall, rss, _) = measure(&mut c)?;
            times.push(wall);
            peak = peak.max(rss);
        }
        println!("| rolecall {} | {} | {:.1} |", args.join(" "), ms(median(times)), peak as f64 / 1024.0);
    }

    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build()?;

    // check against the endpoint with latency.
    println!("\n## check against a mocked IAM endpoint (median of 5 runs)\n");
    println!("| role | latency ms | wall ms | requests | lower bound ms (3 round trips x latency) | target ms (3 x latency + 20) |\n|---|---|---|---|---|---|");
    let iam = Arc::new(MockIam::in_memory(Partition::Aws));
    for kind in rolecall_core::RoleKind::ALL {
        let context = rolecall_core::role::Context {
            partition: Partition::Aws,
            account: rolecall_core::input::AccountId::parse(rolecall_mock::ACCOUNT_ID).ok(),
            role_name: None,
            path: rolecall_core::input::IamPath::root(),
            clusters: if kind == rolecall_core::RoleKind::FargatePodExecution {
                vec![rolecall_core::role::ClusterScope {
                    name: rolecall_core::role::Scope::One(rolecall_core::input::ClusterName::parse("prod").map_err(|e| e.to_string())?),
                    region: rolecall_core::role::Scope::One(rolecall_core::input::Region::parse("us-east-1").map_err(|e| e.to_string())?),
                }]
            } else {
                vec![]
            },
            permissions: vec![],
            secrets: vec![],
        };
        let r = rolecall_core::engine::Request { kind, variant: rolecall_core::role::Variant::Standard, context };
        let d = r.desired();
        for a in rolecall_core::diff::plan(r.spec(), &d, &Default::default(), Default::default()).actions {
            iam.apply_now(&a)?;
        }
    }
    for latency_ms in [0u64, 20, 100] {
        let latency = Duration::from_millis(latency_ms);
        let (server, count) = rt.block_on(endpoint(iam.clone(), latency));
        for (kind, extra) in [("fargate-pod-execution", &["--cluster", "prod"][..]), ("eks-node", &[][..]), ("ecs-instance", &[][..])] {
            let mut times = Vec::new();
            let mut requests = 0;
            for _ in 0..5 {
                count.store(0, Ordering::SeqCst);
                let args: Vec<&str> = [&["check", kind][..], extra].concat();
                let (wall, _, code) = measure(&mut rolecall(&bin, &home, &server.uri(), &args))?;
                if code != 0 {
                    return Err(format!("check {kind} exited {code}").into());
                }
                times.push(wall);
                requests = count.load(Ordering::SeqCst);
            }
            // The role, its policy lists and the SCP reads; the policies; their default versions.
            println!("| {kind} | {latency_ms} | {} | {requests} | {} | {} |", ms(median(times)), 3 * latency_ms, 3 * latency_ms + 20);
        }
        drop(server);
    }

    // audit of growing accounts: GetAccountAuthorizationDetails pages (every role with its
    // policies), beside the time to read those pages alone.
    println!("\n## audit against a mocked IAM endpoint (20 ms latency, --concurrency 8)\n");
    println!("| roles | container roles | requests | wall ms | pages alone ms | target ms (1.2 x pages alone) | peak RSS MiB |\n|---|---|---|---|---|---|---|");
    for n in [100usize, 1_000, 2_000, 10_000] {
        let iam = Arc::new(account(n));
        let (server, count) = rt.block_on(endpoint(iam, Duration::from_millis(20)));
        let (wall, rss, code) = measure(&mut rolecall(&bin, &home, &server.uri(), &["audit", "--concurrency", "8"]))?;
        if code > 1 {
            return Err(format!("audit exited {code}").into());
        }
        let requests = count.load(Ordering::SeqCst);
        let alone = rt.block_on(details_alone(&server.uri()))?;
        let found = n.div_ceil(20);
        println!("| {n} | {found} | {requests} | {} | {} | {:.0} | {:.1} |", ms(wall), ms(alone), alone.as_secs_f64() * 1200.0, rss as f64 / 1024.0);
        drop(server);
    }

    // audit of an organization: accounts in flight on top of each account's own bound.
    let (accounts, roles, account_concurrency) = (50usize, 200usize, 4usize);
    println!("\n## audit --organization against a mocked IAM, STS and Organizations endpoint (20 ms latency, {accounts} accounts x {roles} roles, --account-concurrency {account_concurrency}, --concurrency 8)\n");
    println!("| what | requests | wall ms | peak RSS MiB | target ms (1.2 x one account x accounts / account-concurrency) |\n|---|---|---|---|---|");
    let iam = Arc::new(organization(accounts, roles));
    let (server, count) = rt.block_on(endpoint(iam, Duration::from_millis(20)));
    let (one, one_rss, code) = measure(&mut rolecall(&bin, &home, &server.uri(), &["audit", "--concurrency", "8"]))?;
    if code > 1 {
        return Err(format!("audit exited {code}").into());
    }
    let one_requests = count.swap(0, Ordering::SeqCst);
    println!("| one account | {one_requests} | {} | {:.1} | |", ms(one), one_rss as f64 / 1024.0);
    let ac = account_concurrency.to_string();
    let (wall, rss, code) = measure(&mut rolecall(&bin, &home, &server.uri(), &["audit", "--organization", "--concurrency", "8", "--account-concurrency", &ac]))?;
    if code > 1 {
        return Err(format!("audit --organization exited {code}").into());
    }
    let target = one.as_secs_f64() * 1.2 * accounts as f64 / account_concurrency as f64;
    println!("| organization | {} | {} | {:.1} | {:.1} |", count.load(Ordering::SeqCst), ms(wall), rss as f64 / 1024.0, target * 1000.0);
    drop(server);

    println!("\n## mock serve: SIGTERM with slow clients connected (median of 5 runs)\n");
    println!("| slow clients | stop ms |\n|---|---|");
    for clients in [0usize, 200] {
        let mut times = Vec::new();
        for _ in 0..5 {
            times.push(serve_shutdown(&bin, &home, clients)?);
        }
        println!("| {clients} | {} |", ms(median(times)));
    }

    println!("\n## Policy documents (per operation)\n");
    for row in policy_benches() {
        println!("{row}");
    }
    lint_benches(&bin, &home)?;
    let _ = std::fs::remove_dir_all(home);
    Ok(())
}
