//! Every JSON object rolecall prints validates against the schema committed for it in
//! `book/schemas/`: every command on the mock backend, with its variants (dry runs, plans that
//! ran and failed, plans not run, audits of one account and of an organization, JSON Lines,
//! failures), and a schema rejects what the command does not print.
//!
//! Each output is also recorded, byte for byte, in `tests/snapshots/json/` (a refactoring of the
//! report types must leave them as they are; `UPDATE_SNAPSHOTS=1` rewrites them), and the
//! recorded outputs are validated against the schemas on their own.


use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde_json::{json, Value};

const EC2_TRUST: &str = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#;

fn schema_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../book/schemas")
}

/// The committed schemas, by name (`check` for `check.schema.json`).
fn schemas() -> BTreeMap<String, jsonschema::Validator> {
    let mut out = BTreeMap::new();
    for e in std::fs::read_dir(schema_dir()).unwrap().flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let Some(name) = name.strip_suffix(".schema.json") else { continue };
        let schema: Value = serde_json::from_slice(&std::fs::read(e.path()).unwrap()).unwrap();
        assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema", "{name}");
        out.insert(name.to_owned(), jsonschema::validator_for(&schema).unwrap_or_else(|e| panic!("{name}: {e}")));
    }
    out
}

fn json_snapshot_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/snapshots/json")
}

/// The recorded outputs of one run of the test below: compared (or, with `UPDATE_SNAPSHOTS`,
/// written) one by one, and then the folder must hold nothing else.
struct JsonSnapshots {
    names: Vec<String>,
    /// The sandbox's temporary folder, recorded as `$SANDBOX` (the only part that varies).
    root: String,
}

impl JsonSnapshots {
    /// Records `stdout` as `NN-label.SCHEMA.json` (`.jsonl` for JSON Lines).
    fn record(&mut self, schema: &str, args: &[&str], stdout: &str, lines: bool) {
        let stdout = stdout.replace(&self.root, "$SANDBOX");
        let label: String = args
            .iter()
            .filter(|a| !matches!(**a, "--output" | "json" | "jsonl"))
            .map(|a| a.trim_start_matches('-'))
            .collect::<Vec<_>>()
            .join("-")
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() || c == '-' { c } else { '_' })
            .take(60)
            .collect();
        let name = format!("{:02}-{label}.{schema}.{}", self.names.len() + 1, if lines { "jsonl" } else { "json" });
        let path = json_snapshot_dir().join(&name);
        self.names.push(name);
        if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
            std::fs::create_dir_all(json_snapshot_dir()).unwrap();
            std::fs::write(&path, &stdout).unwrap();
            return;
        }
        let expected = std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("missing snapshot {}: run with UPDATE_SNAPSHOTS=1", path.display()));
        assert_eq!(stdout, expected, "rolecall {}: the JSON differs from {}", args.join(" "), path.display());
    }

    /// Every file in the folder was recorded by this run (with `UPDATE_SNAPSHOTS`, the others go).
    fn finish(self) {
        for e in std::fs::read_dir(json_snapshot_dir()).unwrap().flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            if !self.names.contains(&name) {
                if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
                    std::fs::remove_file(e.path()).unwrap();
                } else {
                    panic!("{name}: a recorded output no run makes any more (UPDATE_SNAPSHOTS=1 removes it)");
                }
            }
        }
    }
}

/// The tests' one sandbox, with the environment and arguments of each run.
struct Sandbox(crate::util::Sandbox);

impl Sandbox {
    fn new() -> Sandbox {
        let sb = crate::util::Sandbox::new();
        std::fs::create_dir_all(sb.state.parent().unwrap()).unwrap();
        Sandbox(sb)
    }

    fn cmd(&self, env: &[(&str, &str)], args: &[&str]) -> Command {
        let mut c = self.0.std_cmd();
        c.current_dir(&self.0.root).envs(env.iter().copied()).args(args);
        c
    }

    /// Runs rolecall; returns the exit status and what it printed on stdout.
    fn run(&self, env: &[(&str, &str)], args: &[&str]) -> (i32, String) {
        let out = self.cmd(env, args).output().unwrap();
        (out.status.code().unwrap_or(-1), String::from_utf8(out.stdout).unwrap())
    }

    /// The state of `audit --organization`: a management account with roles of several kinds,
    /// a member account whose role may be assumed, one whose role may not, and a suspended one.
    fn seed_organization(&self) {
        let rec = |account: &str, name: &str, trust: &str, attached: &[&str]| {
            json!({ "name": name, "path": "/", "id": "AROASEED", "arn": format!("arn:aws:iam::{account}:role/{name}"),
                    "trust": trust, "created": "2024-01-01T00:00:00Z", "attached": attached })
        };
        let member = |account: &str, trusted: &str| {
            let trust = format!(r#"{{"Version":"2012-10-17","Statement":[{{"Effect":"Allow","Principal":{{"AWS":"arn:aws:iam::{trusted}:root"}},"Action":"sts:AssumeRole"}}]}}"#);
            rec(account, "OrganizationAccountAccessRole", &trust, &[])
        };
        let node = |account: &str| rec(account, "AmazonEKSNodeRole", EC2_TRUST, &["arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy"]);
        let state = json!({
            "format": 2,
            "partitions": { "aws": { "roles": { "amazoneksnoderole": node("111122223333") } } },
            "members": {
                "444455556666": { "aws": { "roles": { "amazoneksnoderole": node("444455556666"), "organizationaccountaccessrole": member("444455556666", "111122223333") } } },
                "777788889999": { "aws": { "roles": { "organizationaccountaccessrole": member("777788889999", "999999999999") } } }
            },
            "organization": { "accounts": [
                { "id": "111122223333", "name": "management" },
                { "id": "444455556666", "name": "prod" },
                { "id": "777788889999", "name": "locked" },
                { "id": "555566667777", "name": "gone", "state": "SUSPENDED" } ] }
        });
        std::fs::write(&self.0.state, serde_json::to_vec(&state).unwrap()).unwrap();
    }
}

/// Checks every JSON object of an output against a schema; returns how many there were.
fn validate(schemas: &BTreeMap<String, jsonschema::Validator>, schema: &str, args: &[&str], stdout: &str, lines: bool) -> Vec<Value> {
    let v = &schemas[schema];
    let objects: Vec<Value> = if lines {
        stdout.lines().map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{args:?}: not a JSON line ({e}): {l}"))).collect()
    } else {
        vec![serde_json::from_str(stdout).unwrap_or_else(|e| panic!("{args:?}: not JSON ({e}): {stdout}"))]
    };
    assert!(!objects.is_empty(), "{args:?}: no output");
    for o in &objects {
        let errors: Vec<String> = v.iter_errors(o).map(|e| format!("{} at {}", e, e.instance_path())).collect();
        assert!(errors.is_empty(), "rolecall {}: not valid against {schema}.schema.json:\n{}\n{o:#}", args.join(" "), errors.join("\n"));
    }
    objects
}

#[test]
fn every_commands_json_matches_its_published_schema() {
    let schemas = schemas();
    let sb = Sandbox::new();
    let mut used: BTreeMap<&str, usize> = BTreeMap::new();
    let mut seen: Vec<(String, Value)> = Vec::new();
    let mut snaps = JsonSnapshots { names: Vec::new(), root: sb.0.root.to_string_lossy().into_owned() };
    let secret = "arn:aws:secretsmanager:us-west-2:111122223333:secret:my-secret-AbCdEf";
    // A Pod Identity role scoped to one namespace: its verdict names the scope.
    let pods = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"pods.eks.amazonaws.com"},"Action":["sts:AssumeRole","sts:TagSession"],"Condition":{"StringEquals":{"aws:RequestTag/kubernetes-namespace":"shop"}}}]}"#;
    let state = json!({ "format": 1, "partitions": { "aws": { "roles": { "web": {
        "name": "web", "path": "/", "id": "AROASEED", "arn": "arn:aws:iam::111122223333:role/web", "trust": pods, "created": "2024-01-01T00:00:00Z", "attached": [] } } } } });
    std::fs::write(&sb.0.state, serde_json::to_vec(&state).unwrap()).unwrap();
    // (expected exit status, schema, environment, arguments after --output json)
    type Run<'a> = (i32, &'a str, &'a [(&'a str, &'a str)], Vec<&'a str>);
    let runs: Vec<Run<'_>> = vec![
        (0, "roles", &[], vec!["roles"]),
        (0, "show", &[], vec!["show", "eks-node", "--cni", "ipv6", "--account", "111122223333"]),
        (0, "show", &[], vec!["show", "ecs-instance", "--with", "ecr-pull", "--with", "cloudwatch-logs"]),
        (0, "show", &[], vec!["show", "fargate-pod-execution", "--cluster", "my-cluster", "--cluster-region", "us-west-2"]),
        (0, "show", &[], vec!["show", "ecs-task-execution", "--with", "secrets", "--secret", secret]),
        (0, "show", &[], vec!["show", "eks-cluster", "--auto-mode", "--partition", "aws-cn"]),
        (1, "check", &[], vec!["check", "eks-node"]),
        (0, "create", &[], vec!["create", "ecs-instance", "--dry-run"]),
        (3, "create", &[("ROLECALL_MOCK_FAIL", "CreateInstanceProfile")], vec!["create", "ecs-instance"]),
        (0, "create", &[], vec!["create", "ecs-instance"]),
        (0, "create", &[], vec!["create", "ecs-instance"]),
        (0, "check", &[], vec!["check", "ecs-instance"]),
        (0, "create", &[], vec!["create", "fargate-pod-execution", "--cluster", "my-cluster", "--cluster-region", "us-west-2"]),
        (1, "check", &[], vec!["check", "fargate-pod-execution", "--cluster", "my-cluster", "--cluster", "other", "--cluster-region", "us-west-2"]),
        (0, "repair", &[], vec!["repair", "fargate-pod-execution", "--cluster", "my-cluster", "--cluster", "other", "--cluster-region", "us-west-2", "--dry-run"]),
        (0, "repair", &[], vec!["repair", "fargate-pod-execution", "--cluster", "my-cluster", "--cluster", "other", "--cluster-region", "us-west-2"]),
        (1, "repair", &[], vec!["repair", "eks-node"]),
        (0, "check", &[], vec!["check", "eks-pod-identity", "--role-name", "web"]),
        (0, "audit", &[], vec!["audit"]),
        (0, "permissions", &[], vec!["permissions", "check", "--account", "111122223333"]),
        (0, "permissions", &[], vec!["permissions", "audit", "--organization", "--assume-role", "/audit/Reader", "--external-id", "ops-7"]),
        (2, "error", &[], vec!["check", "eks-node", "--account", "12"]),
        (2, "error", &[], vec!["show", "eks-node", "--with", "ecr-pull"]),
        (2, "error", &[], vec!["lint", "no-such-file.md"]),
        (2, "error", &[], vec!["permissions", "create", "--organization"]),
    ];
    for (code, schema, env, args) in &runs {
        let mut a = vec!["--output", "json"];
        a.extend(args);
        let (got, out) = sb.run(env, &a);
        assert_eq!(got, *code, "rolecall {}: {out}", a.join(" "));
        snaps.record(schema, &a, &out, false);
        for o in validate(&schemas, schema, &a, &out, false) {
            seen.push((schema.to_string(), o));
        }
        *used.entry(schema).or_default() += 1;
    }

    // lint: a text with documents and commands, and one whole document.
    let runbook = sb.0.root.join("runbook.md");
    std::fs::write(
        &runbook,
        "aws iam create-role --role-name x --assume-role-policy-document file://trust.json\n```json\n{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"eks-fargate-pods.amazonaws.com.cn\"},\"Action\":\"sts:AssumeRole\"}]}\n```\n",
    )
    .unwrap();
    std::fs::write(sb.0.root.join("trust.json"), EC2_TRUST).unwrap();
    for (code, args) in [(1, vec!["lint", "runbook.md"]), (0, vec!["lint", "trust.json"])] {
        let mut a = vec!["--output", "json"];
        a.extend(&args);
        let (got, out) = sb.run(&[], &a);
        assert_eq!(got, code, "{out}");
        snaps.record("lint", &a, &out, false);
        for o in validate(&schemas, "lint", &a, &out, false) {
            seen.push(("lint".into(), o));
        }
        *used.entry("lint").or_default() += 1;
    }

    // An organization: an account audited, one that could not be read; as one object and as lines.
    sb.seed_organization();
    for (schema, output, lines) in [("audit-organization", "json", false), ("audit-organization-line", "jsonl", true)] {
        let a = ["--output", output, "audit", "--organization"];
        let (got, out) = sb.run(&[], &a);
        assert_eq!(got, 3, "{out}");
        snaps.record(schema, &a, &out, lines);
        for o in validate(&schemas, schema, &a, &out, lines) {
            seen.push((schema.into(), o));
        }
        *used.entry(schema).or_default() += 1;
    }
    // A backend failure.
    std::fs::write(&sb.0.state, r#"{"format": 99}"#).unwrap();
    let a = ["--output", "json", "audit"];
    let (got, out) = sb.run(&[], &a);
    assert_eq!(got, 3, "{out}");
    snaps.record("error", &a, &out, false);
    seen.extend(validate(&schemas, "error", &a, &out, false).into_iter().map(|o| ("error".to_owned(), o)));

    // mock serve's first line.
    std::fs::remove_file(&sb.0.state).unwrap();
    let mut child = sb.cmd(&[], &["--output", "json", "mock", "serve"]).stdout(Stdio::piped()).stderr(Stdio::null()).spawn().unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut first).unwrap();
    child.kill().unwrap();
    child.wait().unwrap();
    seen.extend(validate(&schemas, "mock-serve", &["mock", "serve"], &first, true).into_iter().map(|o| ("mock-serve".to_owned(), o)));
    *used.entry("mock-serve").or_default() += 1;

    snaps.finish();

    // Every published schema was used, and every variant of each output was seen.
    for name in schemas.keys() {
        assert!(used.contains_key(name.as_str()), "{name}.schema.json: no command's output was checked against it");
    }
    let has = |schema: &str, f: &dyn Fn(&Value) -> bool| seen.iter().any(|(s, o)| s == schema && f(o));
    assert!(has("create", &|o| o["dry_run"] == true && o.get("exists").is_none()), "a dry run");
    assert!(has("create", &|o| o["ok"] == false && o["error"]["kind"] == "backend"), "a plan that failed");
    assert!(has("create", &|o| o["ok"] == true), "a plan that ran");
    assert!(has("create", &|o| o["exists"] == true), "create of a role that exists");
    assert!(has("repair", &|o| o["exists"] == false), "repair of a role that is missing");
    assert!(has("check", &|o| o["trust"]["clusters"].is_array()), "a Fargate verdict per cluster");
    assert!(has("check", &|o| o["trust"]["scope"].is_array()), "a Pod Identity verdict with its scope");
    assert!(has("check", &|o| o["trust"].is_null()), "a missing role");
    assert!(has("permissions", &|o| o["organization"] == true), "the organization's permissions");
    assert!(has("lint", &|o| o["document"] == "text") && has("lint", &|o| o["document"] == "trust"), "a text and a document");
    assert!(has("error", &|o| o["error"]["kind"] == "input") && has("error", &|o| o["error"]["kind"] == "backend"), "both kinds of failure");
    assert!(has("audit-organization", &|o| {
        let statuses: Vec<&Value> = o["accounts"].as_array().unwrap().iter().map(|a| &a["status"]).collect();
        statuses.contains(&&json!("ok")) && statuses.contains(&&json!("failed"))
    }));
    for t in ["role", "account_finding", "account", "summary"] {
        assert!(has("audit-organization-line", &|o| o["type"] == t), "a JSON line of type {t}");
    }
}

/// The outputs recorded in `tests/snapshots/json/` (the test above proves they are what rolecall
/// prints) are valid against today's schemas, each against the one its name ends with.
#[test]
fn recorded_json_outputs_match_the_published_schemas() {
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        return; // The test above is rewriting them.
    }
    let schemas = schemas();
    let mut checked = 0;
    for e in std::fs::read_dir(json_snapshot_dir()).unwrap().flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let (stem, lines) = match (name.strip_suffix(".jsonl"), name.strip_suffix(".json")) {
            (Some(stem), _) => (stem, true),
            (None, Some(stem)) => (stem, false),
            _ => panic!("{name}: not a recorded output"),
        };
        let schema = stem.rsplit('.').next().unwrap();
        assert!(schemas.contains_key(schema), "{name}: no schema {schema}.schema.json");
        let text = std::fs::read_to_string(e.path()).unwrap();
        validate(&schemas, schema, &[&name], &text, lines);
        checked += 1;
    }
    assert!(checked >= 30, "only {checked} recorded outputs");
}

/// The schemas reject what rolecall does not print: an unknown key, a missing one, a value
/// outside an enumeration (so the test above can fail).
#[test]
fn schemas_reject_what_rolecall_does_not_print() {
    let schemas = schemas();
    let sb = Sandbox::new();
    let (_, out) = sb.run(&[], &["--output", "json", "create", "ecs-instance", "--dry-run"]);
    let plan: Value = serde_json::from_str(&out).unwrap();
    let (_, out) = sb.run(&[], &["--output", "json", "check", "ecs-instance"]);
    let check: Value = serde_json::from_str(&out).unwrap();
    assert!(schemas["create"].is_valid(&plan) && schemas["check"].is_valid(&check));
    let broken: Vec<(&str, Value)> = vec![
        ("create", { let mut v = plan.clone(); v["surprise"] = json!(1); v }),
        ("create", { let mut v = plan.clone(); v["actions"][0]["surprise"] = json!(1); v }),
        ("create", { let mut v = plan.clone(); v.as_object_mut().unwrap().remove("left"); v }),
        ("create", { let mut v = plan.clone(); v["actions"][0]["action"] = json!("DeleteRole"); v }),
        ("check", { let mut v = check.clone(); v["status"] = json!("fine"); v }),
        ("check", { let mut v = check.clone(); v["findings"][0]["code"] = json!("no-such-code"); v }),
        ("check", { let mut v = check.clone(); v.as_object_mut().unwrap().remove("findings"); v }),
        ("check", { let mut v = check.clone(); v["trust"] = json!("yes"); v }),
    ];
    for (schema, v) in broken {
        assert!(!schemas[schema].is_valid(&v), "{schema}.schema.json accepts {v:#}");
    }
}

/// The tags serde writes (`type` of a JSON Lines object, `status` of an account) are in the
/// schemas with the keys of their own variant only: a line keeps its keys under another tag,
/// or loses its tag, and the schema refuses it.
#[test]
fn tagged_lines_are_refused_under_another_tag() {
    let schemas = schemas();
    let line = &schemas["audit-organization-line"];
    let summary = json!({"type":"summary","summary":{"accounts_audited":1,"accounts_failed":0,"roles_found":0,"roles_with_errors":0}});
    let failed = json!({"type":"account","status":"failed","error":{"kind":"backend","code":"AccessDenied","message":"no"},"account_id":"111122223333"});
    assert!(line.is_valid(&summary) && line.is_valid(&failed));
    for v in [
        { let mut v = summary.clone(); v["type"] = json!("account"); v },
        { let mut v = summary.clone(); v.as_object_mut().unwrap().remove("type"); v },
        { let mut v = failed.clone(); v["status"] = json!("ok"); v },
        { let mut v = failed.clone(); v["type"] = json!("role"); v },
    ] {
        assert!(!line.is_valid(&v), "audit-organization-line.schema.json accepts {v:#}");
    }
}
