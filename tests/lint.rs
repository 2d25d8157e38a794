//! `rolecall lint` on whole texts: fixtures that reproduce each kind of mistake the guides make,
//! correct material that must lint clean (rolecall's own dry runs included), and the source
//! guides themselves, each of whose known errors must be reported at its line.



use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::{json, Value};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/lint")
}

fn rolecall(dir: &Path) -> Command {
    Command::from_std(crate::util::english(dir))
}

/// `rolecall --output json lint ARGS`: the exit status and the JSON.
fn lint_json(args: &[&str], stdin: Option<&str>) -> (i32, Value) {
    let dir = tempfile::tempdir().unwrap();
    let mut c = rolecall(dir.path());
    c.args(["--output", "json", "lint"]).args(args);
    if let Some(s) = stdin {
        c.write_stdin(s.to_owned());
    }
    let out = c.output().unwrap();
    let v = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&out.stdout)));
    (out.status.code().unwrap(), v)
}

fn found(v: &Value) -> Vec<(u64, String)> {
    v["findings"].as_array().unwrap().iter().map(|f| (f["line"].as_u64().unwrap(), f["code"].as_str().unwrap().to_owned())).collect()
}

fn expect(list: &[(u64, &str)]) -> Vec<(u64, String)> {
    list.iter().map(|(l, c)| (*l, (*c).to_owned())).collect()
}

#[test]
fn each_kind_of_mistake_is_reported_at_its_line() {
    let cases: [(&str, &[(u64, &str)]); 3] = [
        (
            "runbook.md",
            &[
                (6, "principal-no-cn-form"),
                (22, "resource-no-principal"),
                (39, "json-duplicate-key"),
                (43, "policy-name-unknown"),
                (47, "aws-policy-unknown"),
                (48, "aws-policy-unknown"),
                (49, "customer-policy-arn"),
                (50, "aws-policy-not-listed"),
                (51, "customer-policy-arn"),
                (52, "customer-policy-arn"),
            ],
        ),
        (
            "script.sh",
            &[(6, "trust-has-resource"), (15, "placeholder-left"), (15, "policy-has-principal"), (28, "action-malformed"), (30, "name-not-created"), (32, "placeholder-left")],
        ),
        (
            "flattened.txt",
            &[
                (3, "arn-corrected"),
                (3, "command-policy-outdated"),
                (11, "json-fragment-duplicate-key"),
                (15, "name-not-created"),
                (16, "arn-corrected"),
                (17, "arn-corrected"),
            ],
        ),
    ];
    for (file, want) in cases {
        let path = fixtures().join(file);
        let (code, v) = lint_json(&[path.to_str().unwrap()], None);
        assert_eq!(code, 1, "{file}");
        assert_eq!(v["document"], "text", "{file}");
        assert_eq!(found(&v), expect(want), "{file}: {v:#}");
    }
    let (_, v) = lint_json(&[fixtures().join("flattened.txt").to_str().unwrap()], None);
    let f = &v["findings"];
    assert_eq!(f[0]["arguments"]["corrected"], "arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy");
    assert_eq!(f[0]["column"], 5);
    assert_eq!(f[1]["arguments"]["current"], "AmazonEC2ContainerRegistryPullOnly");
    assert_eq!(f[1]["column"], 130, "the second command flattened onto line 3");
    assert_eq!(f[3]["arguments"]["created"], "cwlogspolicy");
    assert_eq!(f[4]["arguments"]["corrected"], "arn:aws:iam::111122223333:policy/cwlogspolicy");
    assert_eq!(f[5]["column"], 11, "after the prose on line 17");
    // Which documents were found, what they are, and which file each one is.
    let docs: Vec<(u64, &str, Value)> = v["documents"].as_array().unwrap().iter().map(|d| (d["line"].as_u64().unwrap(), d["kind"].as_str().unwrap(), d["name"].clone())).collect();
    assert_eq!(docs, vec![(7, "trust", json!("trust.json"))]);
    let (_, v) = lint_json(&[fixtures().join("script.sh").to_str().unwrap()], None);
    let docs: Vec<(u64, &str, Value)> = v["documents"].as_array().unwrap().iter().map(|d| (d["line"].as_u64().unwrap(), d["kind"].as_str().unwrap(), d["name"].clone())).collect();
    assert_eq!(docs, vec![(6, "trust", json!("web-trust.json")), (15, "identity", json!("web-perms.json")), (28, "identity", Value::Null)]);
    let (_, v) = lint_json(&[fixtures().join("runbook.md").to_str().unwrap()], None);
    let m = &v["findings"][4];
    assert_eq!(m["arguments"]["suggestion"], "arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy");
    assert_eq!(v["findings"][5]["arguments"]["suggestion"], "arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role");
    assert_eq!(v["findings"][3]["arguments"]["suggestion"], "AmazonEKS_CNI_Policy");
}

#[test]
fn correct_material_lints_clean() {
    let (code, v) = lint_json(&[fixtures().join("clean.md").to_str().unwrap()], None);
    assert_eq!(code, 0, "{v:#}");
    assert_eq!(v["findings"], json!([]));
    assert_eq!(v["documents"].as_array().unwrap().len(), 5);
    assert_eq!(v["commands"].as_array().unwrap().len(), 10);
}

#[test]
fn text_output_shows_file_and_line_and_reads_standard_input() {
    let dir = tempfile::tempdir().unwrap();
    let path = fixtures().join("flattened.txt");
    let out = rolecall(dir.path()).args(["lint"]).arg(&path).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(text.starts_with(&format!("Linting {}: one policy document, 7 aws iam commands", path.display())), "{text}");
    for line in [3, 11, 15, 16, 17] {
        assert!(text.contains(&format!("{}:{line} ", path.display())), "{line} in {text}");
    }
    let body = std::fs::read_to_string(&path).unwrap();
    let out = rolecall(dir.path()).args(["lint", "-"]).write_stdin(body.clone()).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("standard input:16 "), "{text}");
    let (code, v) = lint_json(&["-"], Some(&body));
    assert_eq!(code, 1);
    assert_eq!(v["file"], "-");
    assert_eq!(found(&v).len(), 6);
    // In another language, the same places.
    let out = rolecall(dir.path()).args(["--lang", "ja", "lint"]).arg(&path).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("ポリシードキュメント 1 件、aws iam コマンド 7 件") && text.contains("flattened.txt:17 "), "{text}");
}

#[test]
fn the_kind_of_a_document_is_recognised_or_forced() {
    let trust = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#;
    let bucket = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"111122223333"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}]}"#;
    let perms = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}]}"#;
    for (doc, kind) in [(trust, "trust"), (bucket, "resource"), (perms, "identity")] {
        let (code, v) = lint_json(&["-"], Some(doc));
        assert_eq!((code, v["document"].as_str().unwrap()), (0, kind), "{v:#}");
    }
    let (code, v) = lint_json(&["--permissions", "-"], Some(trust));
    assert_eq!(code, 1);
    assert_eq!(found(&v), expect(&[(1, "policy-has-principal")]));
    let (code, v) = lint_json(&["--trust", "-"], Some(bucket));
    assert_eq!(code, 1);
    assert!(found(&v).contains(&(1, "trust-action-invalid".to_owned())), "{v:#}");
    // The .cn form of the Fargate pods principal does not exist.
    let (code, v) = lint_json(&["--trust", "-"], Some(&trust.replace("ec2.amazonaws.com", "eks-fargate-pods.amazonaws.com.cn")));
    assert_eq!(code, 1);
    assert_eq!(found(&v)[0].1, "principal-no-cn-form");
    let dir = tempfile::tempdir().unwrap();
    let out = rolecall(dir.path()).args(["lint", "--trust", "--permissions", "-"]).write_stdin(trust).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

/// Writes a mock state holding one role whose trust and policies are the older guides'.
fn seed(state: &Path) {
    let role = |name: &str, trust: &str, attached: &[&str]| {
        json!({ "name": name, "path": "/", "id": "AROASEED", "arn": format!("arn:aws:iam::111122223333:role/{name}"), "trust": trust, "created": "2024-01-01T00:00:00Z", "attached": attached })
    };
    let fargate = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"eks-fargate-pods.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#;
    let ec2 = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#;
    let v = json!({ "format": 1, "partitions": { "aws": { "roles": {
        "amazoneksfargatepodexecutionrole": role("AmazonEKSFargatePodExecutionRole", fargate, &[]),
        "amazoneksnoderole": role("AmazonEKSNodeRole", ec2, &["arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly"]),
    } } } });
    std::fs::create_dir_all(state.parent().unwrap()).unwrap();
    std::fs::write(state, serde_json::to_vec(&v).unwrap()).unwrap();
}

/// Everything rolecall's dry runs print (the plan and its "equivalent AWS CLI commands") lints clean.
#[test]
fn rolecalls_own_dry_runs_lint_clean() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty/iam.json");
    let seeded = dir.path().join("seeded/iam.json");
    seed(&seeded);
    let runs: [(&Path, &[&str]); 5] = [
        (&empty, &["create", "fargate-pod-execution", "--cluster", "a", "--cluster", "b", "--cluster-region", "*"]),
        (&empty, &["create", "eks-node", "--cni", "ipv6"]),
        (&empty, &["create", "ecs-instance", "--with", "ecr-pull", "--with", "cloudwatch-logs", "--with", "s3-read-only"]),
        (&seeded, &["repair", "fargate-pod-execution", "--cluster", "a", "--cluster-region", "us-west-2", "--restrict-trust"]),
        (&seeded, &["repair", "eks-node", "--replace-outdated", "--cni", "ipv4"]),
    ];
    let mut checked = 0;
    for (state, args) in runs {
        for partition in ["aws", "aws-cn", "aws-us-gov"] {
            // EKS on Fargate isn't available in aws-us-gov: create refuses it there (tests/cli.rs).
            if (state == seeded.as_path() && partition != "aws") || (partition == "aws-us-gov" && args[1] == "fargate-pod-execution") {
                continue;
            }
            for (lang, output) in [("en", "text"), ("ja", "text"), ("es", "json")] {
                let out = rolecall(dir.path())
                    .args(["--backend", "mock", "--state"])
                    .arg(state)
                    .args(["--lang", lang, "--output", output])
                    .args(args)
                    .args(["--partition", partition, "--account", "111122223333", "--dry-run"])
                    .output()
                    .unwrap();
                let printed = String::from_utf8(out.stdout).unwrap();
                assert!(printed.contains("aws iam "), "{args:?}: {printed}");
                let (code, v) = lint_json(&["-"], Some(&printed));
                assert_eq!(code, 0, "{args:?} {partition} {lang} {output}: {v:#}\n{printed}");
                assert!(!v["commands"].as_array().unwrap().is_empty());
                checked += 1;
            }
        }
    }
    assert_eq!(checked, 30);
}

/// The source guides, as given: every known error at its line, and nothing else.
#[test]
fn every_known_error_of_the_guides_is_reported() {
    let guides = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/guides");
    if !guides.is_dir() {
        println!("{} is absent: the guides are not checked here", guides.display());
        return;
    }
    let cases: [(&str, &[(u64, &str)]); 5] = [
        (
            "ecs-container-instance-role.es.txt",
            &[
                // The text calls the policy AmazonEC2ContainerServiceRoleForEC2Role.
                (67, "policy-name-unknown"),
                // arn:aws::iam::aws:policy/AmazonS3ReadOnlyAccess
                (105, "arn-corrected"),
                // The query looks for cwlogsppolicy after creating cwlogspolicy.
                (149, "name-not-created"),
                // arn:aws:iam:111122223333:aws:policy/cwlogspolicy
                (152, "arn-corrected"),
            ],
        ),
        (
            "eks-fargate-pod-execution-role.es.txt",
            &[
                // region-code left in each trust policy, and in the line to add.
                (48, "placeholder-left"),
                // The line to add for another cluster repeats aws:SourceArn in the ArnLike object.
                (52, "json-fragment-duplicate-key"),
                (52, "placeholder-left"),
                (100, "placeholder-left"),
                (107, "placeholder-left"),
            ],
        ),
        // The older guide's trust policy has no aws:SourceArn condition.
        ("eks-fargate-pod-execution-role.ja.txt", &[(35, "trust-source-arn-missing")]),
        // The older guide attaches AmazonEC2ContainerRegistryReadOnly.
        ("eks-node-role.ja.txt", &[(111, "command-policy-outdated")]),
        (
            "eks-node-role.zh-TW.txt",
            // "arn:aws: iam::..." in four commands (two flattened onto line 111) and "arn:aws: ec2:..." in the IPv6 policy.
            &[(111, "arn-corrected"), (111, "arn-corrected"), (117, "arn-corrected"), (123, "arn-corrected"), (130, "arn-corrected")],
        ),
    ];
    for (file, want) in cases {
        let (code, v) = lint_json(&[guides.join(file).to_str().unwrap()], None);
        assert_eq!(found(&v), expect(want), "{file}: {v:#}");
        assert_eq!(code, 1, "{file}");
    }
}
