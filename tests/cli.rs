//! The rolecall binary end to end on the mock backend: every command, JSON shapes, exit
//! statuses, and bad input that leaves the state file untouched.



use std::path::{Path, PathBuf};

use serde_json::{json, Value};

use crate::util::Sandbox;

const EC2_TRUST: &str = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#;
const FARGATE_OLD_TRUST: &str = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"eks-fargate-pods.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#;

fn no_isolation_marks(s: &str) {
    assert!(!s.contains(['\u{2068}', '\u{2069}', '\u{2066}', '\u{2067}']), "isolation marks in: {s}");
}

#[test]
fn roles_lists_every_kind() {
    let sb = Sandbox::new();
    let (code, out, _) = sb.run(&["roles"]);
    assert_eq!(code, 0);
    for s in [
        "fargate-pod-execution",
        "AmazonEKSFargatePodExecutionRole",
        "eks-node",
        "AmazonEKSNodeRole",
        "ecs-instance",
        "ecsInstanceRole",
        "eks-cluster",
        "eksClusterRole",
        "eks-auto-node",
        "AmazonEKSAutoNodeRole",
        "ecs-task-execution",
        "ecsTaskExecutionRole",
        "eks-pod-identity",
        "pods.eks.amazonaws.com",
    ] {
        assert!(out.contains(s), "{s} in {out}");
    }
    no_isolation_marks(&out);
    let (code, v) = sb.json(&["roles"]);
    assert_eq!(code, 0);
    assert_eq!(v["roles"].as_array().unwrap().len(), 7);
    assert_eq!(v["roles"][1]["managed_policies"], json!(["AmazonEKSWorkerNodePolicy", "AmazonEC2ContainerRegistryPullOnly"]));
    assert_eq!(v["roles"][3]["auto_mode"], true);
    assert_eq!(v["roles"][6]["default_role_name"], Value::Null, "Pod Identity roles are named by their users");
}

#[test]
fn show_prints_definitions_without_touching_state() {
    let sb = Sandbox::new();
    let (code, v) = sb.json(&["show", "fargate-pod-execution", "--cluster", "a", "--cluster", "b", "--cluster-region", "eu-west-1"]);
    assert_eq!(code, 0);
    for key in ["role_name", "trust_policy", "managed_policy_arns", "customer_managed_policies", "inline_policies", "instance_profile"] {
        assert!(v.get(key).is_some(), "{key}");
    }
    assert_eq!(
        v["trust_policy"]["Statement"][0]["Condition"]["ArnLike"]["aws:SourceArn"],
        json!(["arn:aws:eks:eu-west-1:111122223333:fargateprofile/a/*", "arn:aws:eks:eu-west-1:111122223333:fargateprofile/b/*"])
    );
    assert_eq!(v["instance_profile"], Value::Null);
    let (_, v) = sb.json(&["show", "ecs-instance", "--with", "ecr-pull", "--with", "cloudwatch-logs", "--region", "cn-north-1"]);
    assert_eq!(v["instance_profile"], "ecsInstanceRole-profile");
    assert_eq!(v["partition"], "aws-cn");
    assert_eq!(v["trust_policy"]["Statement"][0]["Principal"]["Service"], "ec2.amazonaws.com.cn");
    assert_eq!(v["inline_policies"], json!([]), "ECR pull is in AmazonEC2ContainerServiceforEC2Role");
    assert_eq!(v["covered"][0]["permission"], "ecr-pull");
    assert_eq!(v["customer_managed_policies"][0]["arn"], "arn:aws-cn:iam::111122223333:policy/cwlogspolicy");
    let (code, out, _) = sb.run(&["show", "eks-node", "--cni", "ipv6"]);
    assert_eq!(code, 0);
    assert!(out.contains("AmazonEKS_CNI_IPv6_Policy") && out.contains("ec2:AssignIpv6Addresses"));
    assert!(sb.state_bytes().is_none(), "show wrote nothing");
}

#[test]
fn check_create_check_create_again() {
    let sb = Sandbox::new();
    let (code, v) = sb.json(&["check", "eks-node"]);
    assert_eq!(code, 1);
    assert_eq!(v["status"], "missing");
    assert_eq!(v["findings"][0]["code"], "role-missing");
    assert_eq!(v["findings"][0]["severity"], "error");
    assert!(v["findings"][0]["message"].as_str().unwrap().contains("AmazonEKSNodeRole"));
    assert!(sb.state_bytes().is_none(), "check wrote nothing");

    let (code, v) = sb.json(&["create", "eks-node", "--cni", "ipv4"]);
    assert_eq!(code, 0, "{v}");
    assert_eq!(v["dry_run"], false);
    assert_eq!(v["role_name"], "AmazonEKSNodeRole");
    let actions: Vec<&str> = v["actions"].as_array().unwrap().iter().map(|a| a["action"].as_str().unwrap()).collect();
    assert_eq!(actions, ["CreateRole", "AttachRolePolicy", "AttachRolePolicy", "AttachRolePolicy"]);
    assert!(v["actions"].as_array().unwrap().iter().all(|a| a["done"] == true));

    let (code, v) = sb.json(&["check", "eks-node", "--cni", "ipv4"]);
    assert_eq!(code, 0);
    assert_eq!(v["status"], "ok");
    assert_eq!(v["findings"][0]["code"], "cni-on-node-role");
    assert_eq!(v["findings"][0]["severity"], "info");

    let before = sb.state_bytes();
    let (code, out, _) = sb.run(&["create", "eks-node"]);
    assert_eq!(code, 0);
    assert!(out.contains("rolecall repair eks-node"), "{out}");
    assert_eq!(sb.state_bytes(), before, "create on an existing role changes nothing");
}

/// The README's own first command.
#[test]
fn readme_quick_start() {
    let sb = Sandbox::new();
    assert_eq!(sb.run(&["create", "fargate-pod-execution", "--cluster", "my-cluster", "--cluster-region", "us-west-2"]).0, 0);
    assert_eq!(sb.run(&["check", "fargate-pod-execution", "--cluster", "my-cluster", "--cluster-region", "us-west-2"]).0, 0);
}

#[test]
fn dry_run_prints_aws_cli_commands_and_writes_nothing() {
    let sb = Sandbox::new();
    let (code, out, _) = sb.run(&["create", "ecs-instance", "--with", "cloudwatch-logs", "--dry-run"]);
    assert_eq!(code, 0);
    assert!(out.contains("aws iam create-role --role-name ecsInstanceRole"), "{out}");
    assert!(out.contains("aws iam create-instance-profile --instance-profile-name ecsInstanceRole-profile"));
    assert!(out.contains("aws iam add-role-to-instance-profile --instance-profile-name ecsInstanceRole-profile --role-name ecsInstanceRole"));
    assert!(out.contains("--policy-arn arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role"));
    assert!(out.contains("aws iam create-policy --policy-name cwlogspolicy"));
    assert!(sb.state_bytes().is_none());
    let (code, v) = sb.json(&["create", "ecs-instance", "--dry-run"]);
    assert_eq!(code, 0);
    assert_eq!(v["dry_run"], true);
    assert!(v["actions"].as_array().unwrap().iter().all(|a| a["done"] == false && a["command"].as_str().unwrap().starts_with("aws iam ")));
    assert!(sb.state_bytes().is_none());
}

#[test]
fn repair_merges_clusters_and_keeps_the_users_statements() {
    let sb = Sandbox::new();
    assert_eq!(sb.run(&["create", "fargate-pod-execution", "--cluster", "a", "--cluster-region", "us-west-2"]).0, 0);
    let (code, v) = sb.json(&["check", "fargate-pod-execution", "--cluster", "b", "--cluster-region", "us-west-2"]);
    assert_eq!(code, 1);
    assert_eq!(v["findings"][0]["code"], "trust-cluster-not-covered");
    let (code, v) = sb.json(&["repair", "fargate-pod-execution", "--cluster", "b", "--cluster-region", "us-west-2", "--dry-run"]);
    assert_eq!(code, 0);
    assert_eq!(v["actions"][0]["action"], "UpdateAssumeRolePolicy");
    let (code, _, _) = sb.run(&["repair", "fargate-pod-execution", "--cluster", "arn:aws:eks:us-west-2:111122223333:cluster/b"]);
    assert_eq!(code, 0);
    let state: Value = serde_json::from_slice(&sb.state_bytes().unwrap()).unwrap();
    let trust: Value = serde_json::from_str(state["partitions"]["aws"]["roles"]["amazoneksfargatepodexecutionrole"]["trust"].as_str().unwrap()).unwrap();
    assert_eq!(
        trust["Statement"][0]["Condition"]["ArnLike"]["aws:SourceArn"],
        json!(["arn:aws:eks:us-west-2:111122223333:fargateprofile/a/*", "arn:aws:eks:us-west-2:111122223333:fargateprofile/b/*"])
    );
    for c in ["a", "b"] {
        assert_eq!(sb.run(&["check", "fargate-pod-execution", "--cluster", c, "--cluster-region", "us-west-2"]).0, 0);
    }
    // A second repair has nothing to do.
    let (code, v) = sb.json(&["repair", "fargate-pod-execution", "--cluster", "a", "--cluster", "b", "--cluster-region", "us-west-2"]);
    assert_eq!(code, 0);
    assert_eq!(v["actions"], json!([]));
}

#[test]
fn older_guides_are_warnings_and_strict_fails_on_them() {
    let sb = Sandbox::new();
    sb.seed_role("AmazonEKSFargatePodExecutionRole", FARGATE_OLD_TRUST, &["arn:aws:iam::aws:policy/AmazonEKSFargatePodExecutionRolePolicy"]);
    let (code, v) = sb.json(&["check", "fargate-pod-execution", "--cluster", "prod", "--cluster-region", "us-west-2"]);
    assert_eq!(code, 0);
    assert_eq!(v["status"], "ok");
    assert_eq!(v["findings"][0]["code"], "trust-source-arn-missing");
    assert_eq!(sb.run(&["check", "fargate-pod-execution", "--strict"]).0, 1);
    // repair does not narrow the trust unless asked.
    let (_, v) = sb.json(&["repair", "fargate-pod-execution", "--cluster", "prod", "--cluster-region", "us-west-2", "--dry-run"]);
    assert_eq!(v["actions"], json!([]));
    let (_, v) = sb.json(&["repair", "fargate-pod-execution", "--cluster", "prod", "--cluster-region", "us-west-2", "--restrict-trust"]);
    assert_eq!(v["actions"][0]["action"], "UpdateAssumeRolePolicy");
    assert_eq!(sb.run(&["check", "fargate-pod-execution", "--strict", "--cluster", "prod", "--cluster-region", "us-west-2"]).0, 0);

    let sb = Sandbox::new();
    sb.seed_role("eksctl-nodegroup-NodeInstanceRole-1", EC2_TRUST, &["arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy", "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly"]);
    let (code, v) = sb.json(&["check", "eks-node"]);
    assert_eq!(code, 0);
    assert_eq!(v["role_name"], "eksctl-nodegroup-NodeInstanceRole-1", "found by the guide's names");
    assert_eq!(v["findings"][0]["code"], "policy-outdated");
    let (_, v) = sb.json(&["repair", "eks-node"]);
    let actions: Vec<&str> = v["actions"].as_array().unwrap().iter().map(|a| a["policy_arn"].as_str().unwrap_or_default()).collect();
    assert_eq!(actions, ["arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryPullOnly"], "ReadOnly stays attached");
    let (_, v) = sb.json(&["repair", "eks-node", "--replace-outdated"]);
    assert_eq!(v["actions"][0]["action"], "DetachRolePolicy");
    let (_, v) = sb.json(&["check", "eks-node", "--strict"]);
    assert_eq!(v["findings"], json!([]));
}

/// AmazonEKSBlockStoragePolicyV2 (2026-05-11): create --auto-mode attaches it; V1 alone is
/// outdated, V1 beside V2 a warning that V1's wider grants stay; repair --replace-outdated swaps.
#[test]
fn block_storage_v2_on_the_auto_mode_cluster_role() {
    let v1 = "arn:aws:iam::aws:policy/AmazonEKSBlockStoragePolicy";
    let v2 = "arn:aws:iam::aws:policy/AmazonEKSBlockStoragePolicyV2";
    let sb = Sandbox::new();
    let (code, v) = sb.json(&["create", "eks-cluster", "--auto-mode"]);
    assert_eq!(code, 0, "{v}");
    let attached: Vec<&str> = v["actions"].as_array().unwrap().iter().filter_map(|a| a["policy_arn"].as_str()).collect();
    assert!(attached.contains(&v2) && !attached.contains(&v1), "{attached:?}");
    assert_eq!(sb.json(&["check", "eks-cluster", "--auto-mode", "--strict"]).0, 0, "V2 is accepted");

    // A cluster role made before V2: the four others and V1.
    let sb = Sandbox::new();
    let trust = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"eks.amazonaws.com"},"Action":["sts:AssumeRole","sts:TagSession"]}]}"#;
    let others = ["AmazonEKSClusterPolicy", "AmazonEKSComputePolicy", "AmazonEKSLoadBalancingPolicy", "AmazonEKSNetworkingPolicy"].map(|n| format!("arn:aws:iam::aws:policy/{n}"));
    let mut with_v1: Vec<&str> = others.iter().map(String::as_str).collect();
    with_v1.push(v1);
    sb.seed_role("AmazonEKSAutoClusterRole", trust, &with_v1);
    let (code, v) = sb.json(&["check", "eks-cluster", "--auto-mode"]);
    assert_eq!(code, 0, "a warning: {v}");
    assert_eq!(v["findings"][0]["code"], "policy-outdated", "{v}");
    assert_eq!(v["findings"][0]["arguments"], json!({"policy": "AmazonEKSBlockStoragePolicy", "current": "AmazonEKSBlockStoragePolicyV2", "date": "2026-05-11"}));
    assert_eq!(sb.run(&["check", "eks-cluster", "--auto-mode", "--strict"]).0, 1);
    // The text says so in every language.
    let (_, out, _) = sb.run(&["--lang", "ja", "check", "eks-cluster", "--auto-mode"]);
    assert!(out.contains("AmazonEKSBlockStoragePolicyV2") && out.contains("アタッチ"), "{out}");
    // repair attaches V2 and says that V1 beside it keeps its wider grants.
    let (code, v) = sb.json(&["repair", "eks-cluster", "--auto-mode"]);
    assert_eq!(code, 0, "{v}");
    let sent = |v: &Value| v["actions"].as_array().unwrap().iter().map(|a| (a["action"].as_str().unwrap().to_owned(), a["policy_arn"].as_str().unwrap().to_owned(), a["done"] == true)).collect::<Vec<_>>();
    assert_eq!(sent(&v), [("AttachRolePolicy".to_owned(), v2.to_owned(), true)], "{v}");
    assert_eq!(v["left"][0]["code"], "policy-superseded-wider", "{v}");
    let (code, v) = sb.json(&["check", "eks-cluster", "--auto-mode"]);
    assert_eq!((code, &v["findings"][0]["code"], &v["findings"][0]["severity"]), (0, &json!("policy-superseded-wider"), &json!("warning")), "{v}");
    let (_, out, _) = sb.run(&["check", "eks-cluster", "--auto-mode"]);
    assert!(out.contains("wider permissions stay in force"), "{out}");
    // --replace-outdated detaches V1; then nothing is left.
    let (code, v) = sb.json(&["repair", "eks-cluster", "--auto-mode", "--replace-outdated"]);
    assert_eq!(code, 0, "{v}");
    assert_eq!(sent(&v), [("DetachRolePolicy".to_owned(), v1.to_owned(), true)], "{v}");
    assert_eq!(sb.json(&["check", "eks-cluster", "--auto-mode", "--strict"]), (0, sb.json(&["check", "eks-cluster", "--auto-mode"]).1));
    assert_eq!(sb.json(&["check", "eks-cluster", "--auto-mode"]).1["findings"], json!([]));
}

/// Amazon EKS on Fargate isn't available in AWS GovCloud (US): show and create refuse the
/// Fargate pod execution role there (exit 2, naming the value and the partition, nothing
/// written); check and audit report a role found there.
#[test]
fn fargate_in_govcloud_is_refused_and_reported() {
    let sb = Sandbox::new();
    for (args, value) in [
        (&["show", "fargate-pod-execution", "--cluster", "prod", "--partition", "aws-us-gov"][..], "aws-us-gov"),
        (&["--region", "us-gov-west-1", "show", "fargate-pod-execution", "--cluster", "prod"][..], "us-gov-west-1"),
        (&["create", "fargate-pod-execution", "--cluster", "arn:aws-us-gov:eks:us-gov-east-1:111122223333:cluster/prod"][..], "arn:aws-us-gov:eks:us-gov-east-1:111122223333:cluster/prod"),
        (&["create", "fargate-pod-execution", "--cluster", "prod", "--cluster-region", "us-gov-east-1"][..], "us-gov-east-1"),
        (&["repair", "fargate-pod-execution", "--cluster", "prod", "--partition", "aws-us-gov"][..], "aws-us-gov"),
    ] {
        let (code, out, err) = sb.run(args);
        assert_eq!(code, 2, "{args:?}: {out}{err}");
        assert!(err.contains(&format!("“{value}”")) && err.contains("Amazon EKS on Fargate isn't available in the partition aws-us-gov"), "{args:?}: {err}");
        assert!(sb.state_bytes().is_none(), "{args:?}: nothing written");
    }
    // In each locale, naming the partition.
    for (lang, words) in [("es", "Fargate no está disponible"), ("ja", "Fargate 上の Amazon EKS"), ("zh-TW", "不提供 Amazon EKS on Fargate"), ("zh-CN", "不提供 Amazon EKS on Fargate")] {
        let (code, _, err) = sb.run(&["--lang", lang, "create", "fargate-pod-execution", "--cluster", "prod", "--partition", "aws-us-gov"]);
        assert_eq!(code, 2);
        assert!(err.contains(words) && err.contains("aws-us-gov"), "{lang}: {err}");
    }
    // The twins: the same commands in the other partitions.
    assert_eq!(sb.run(&["show", "fargate-pod-execution", "--cluster", "prod", "--partition", "aws-cn"]).0, 0);
    assert_eq!(sb.run(&["--region", "us-gov-west-1", "show", "eks-node"]).0, 0, "only Fargate is missing there");
    let (code, v) = sb.json(&["create", "fargate-pod-execution", "--cluster", "prod", "--cluster-region", "us-east-1"]);
    assert_eq!(code, 0, "{v}");

    // check in GovCloud: the finding, and nothing to plan. Seeded: a role someone made there.
    let sb = Sandbox::new();
    let gov_trust = FARGATE_OLD_TRUST;
    let state = json!({
        "format": 1,
        "partitions": { "aws-us-gov": { "roles": { "amazoneksfargatepodexecutionrole": {
            "name": "AmazonEKSFargatePodExecutionRole", "path": "/", "id": "AROASEED", "arn": "arn:aws-us-gov:iam::111122223333:role/AmazonEKSFargatePodExecutionRole",
            "trust": gov_trust, "created": "2024-01-01T00:00:00Z", "attached": ["arn:aws-us-gov:iam::aws:policy/AmazonEKSFargatePodExecutionRolePolicy"]
        } } } }
    });
    std::fs::create_dir_all(sb.state.parent().unwrap()).unwrap();
    std::fs::write(&sb.state, serde_json::to_vec(&state).unwrap()).unwrap();
    let (code, v) = sb.json(&["check", "fargate-pod-execution", "--partition", "aws-us-gov"]);
    assert_eq!(code, 1, "{v}");
    let findings = v["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1, "{v}");
    assert_eq!((&findings[0]["code"], &findings[0]["severity"], &findings[0]["arguments"]), (&json!("fargate-unavailable"), &json!("error"), &json!({"partition": "aws-us-gov"})), "{v}");
    let (_, out, _) = sb.run(&["--lang", "es", "check", "fargate-pod-execution", "--partition", "aws-us-gov"]);
    assert!(out.contains("aws-us-gov") && out.contains("no está disponible"), "{out}");
    let (code, v) = sb.json(&["audit", "--partition", "aws-us-gov"]);
    assert_eq!(code, 1, "{v}");
    let fargate = v["roles"].as_array().unwrap().iter().find(|r| r["kind"] == "fargate-pod-execution").unwrap_or_else(|| panic!("{v}"));
    assert_eq!(fargate["findings"][0]["code"], "fargate-unavailable", "{v}");
    // The twin: the same role in aws is checked as the guide's.
    let mut state = state;
    let role = state["partitions"]["aws-us-gov"].take();
    let text = role.to_string().replace("arn:aws-us-gov:", "arn:aws:");
    state["partitions"] = json!({ "aws": serde_json::from_str::<Value>(&text).unwrap() });
    std::fs::write(&sb.state, serde_json::to_vec(&state).unwrap()).unwrap();
    let (_, v) = sb.json(&["check", "fargate-pod-execution"]);
    assert!(!v["findings"].to_string().contains("fargate-unavailable"), "{v}");
    let (_, v) = sb.json(&["audit"]);
    assert!(!v.to_string().contains("fargate-unavailable"), "{v}");
}

#[test]
fn a_failed_create_converges_when_run_again() {
    let sb = Sandbox::new();
    let out = sb.cmd().env("ROLECALL_MOCK_FAIL", "CreateInstanceProfile").args(["create", "ecs-instance"]).output().unwrap();
    assert_eq!(out.status.code(), Some(3));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("CreateInstanceProfile") && err.contains("ServiceFailure"), "{err}");
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("rolecall") || stdout.contains("Stopped"), "{stdout}");
    let (code, v) = sb.json(&["check", "ecs-instance"]);
    assert_eq!(code, 1);
    assert_eq!(v["findings"][0]["code"], "instance-profile-missing");
    // The same command again finishes the job.
    let (code, v) = sb.json(&["create", "ecs-instance"]);
    assert_eq!(code, 0, "{v}");
    let actions: Vec<&str> = v["actions"].as_array().unwrap().iter().map(|a| a["action"].as_str().unwrap()).collect();
    assert_eq!(actions, ["CreateInstanceProfile", "AddRoleToInstanceProfile"]);
    assert_eq!(sb.json(&["check", "ecs-instance"]).1["status"], "ok");
    // Once it is done, create changes nothing.
    assert_eq!(sb.json(&["create", "ecs-instance"]).1["exists"], true);
    // A failed write prints one JSON object, with the error inside.
    let out = sb.cmd().env("ROLECALL_MOCK_FAIL", "CreateRole").args(["--output", "json", "create", "eks-node"]).output().unwrap();
    assert_eq!(out.status.code(), Some(3));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["ok"], false);
    assert_eq!(v["error"]["code"], "ServiceFailure");
}

/// A repair that stops part-way reports as `left` what `check` then finds: everything still
/// missing, not the empty list a finished repair would leave.
#[test]
fn a_repair_that_stops_part_way_leaves_what_check_finds() {
    let sb = Sandbox::new();
    assert_eq!(sb.run(&["create", "eks-cluster"]).0, 0);
    // The Auto Mode repair attaches four policies; the second attach fails.
    let out = sb.cmd().env("ROLECALL_MOCK_FAIL", "AttachRolePolicy:2").args(["--output", "json", "repair", "eks-cluster", "--auto-mode", "--role-name", "eksClusterRole"]).output().unwrap();
    assert_eq!(out.status.code(), Some(3));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["ok"], false, "{v}");
    let done = v["actions"].as_array().unwrap().iter().filter(|a| a["done"] == true).count();
    assert!(done >= 1 && done < v["actions"].as_array().unwrap().len(), "{v}");
    let (code, check) = sb.json(&["check", "eks-cluster", "--auto-mode", "--role-name", "eksClusterRole"]);
    assert_eq!(code, 1);
    assert!(!check["findings"].as_array().unwrap().is_empty());
    assert_eq!(v["left"], check["findings"], "{v}");
    // In text too, under its own title.
    let out = sb.cmd().env("ROLECALL_MOCK_FAIL", "AttachRolePolicy:2").args(["repair", "eks-cluster", "--auto-mode", "--role-name", "eksClusterRole"]).output().unwrap();
    assert_eq!(out.status.code(), Some(3));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("What remains, as the plan stopped part-way"), "{text}");
    // The twin: the repair that finishes leaves nothing, and check agrees.
    let (code, v) = sb.json(&["repair", "eks-cluster", "--auto-mode", "--role-name", "eksClusterRole"]);
    assert_eq!(code, 0, "{v}");
    assert_eq!(v["left"], serde_json::json!([]));
    assert_eq!(sb.json(&["check", "eks-cluster", "--auto-mode", "--role-name", "eksClusterRole"]).1["status"], "ok");
}

#[test]
fn repair_of_a_missing_role_points_to_create() {
    let sb = Sandbox::new();
    let (code, _, err) = sb.run(&["repair", "ecs-instance"]);
    assert_eq!(code, 1);
    assert!(err.contains("rolecall create ecs-instance"), "{err}");
}

/// Bad input: exit 2, a message naming the value and what is allowed, nothing written.
#[test]
fn bad_input_is_rejected_before_anything_is_written() {
    let sb = Sandbox::new();
    assert_eq!(sb.run(&["create", "eks-node"]).0, 0);
    let before = sb.state_bytes().unwrap();
    let cases: &[(&[&str], &[&str])] = &[
        (&["create", "fargate-pod-execution", "--cluster", "a", "--cluster-region", "us-west-2", "--account", "12345"], &["12345", "--account", "12 digits"]),
        (&["create", "eks-node", "--cni", "ipv5"], &["ipv5", "--cni", "none, ipv4, ipv6"]),
        (&["create", "eks-clusters"], &["eks-clusters", "fargate-pod-execution, eks-node, ecs-instance, eks-cluster, eks-auto-node, ecs-task-execution, eks-pod-identity"]),
        (&["create", "eks-pod-identity"], &["--role-name", "is required"]),
        (&["create", "eks-node", "--auto-mode"], &["eks-node", "--auto-mode"]),
        (&["create", "eks-cluster", "--cni", "ipv4"], &["ipv4", "eks-cluster"]),
        (&["create", "ecs-task-execution", "--with", "secrets"], &["--secret", "is required"]),
        (&["create", "ecs-task-execution", "--secret", "arn:aws:secretsmanager:us-west-2:111122223333:secret:a"], &["--with", "is required"]),
        (&["create", "ecs-task-execution", "--with", "secrets", "--secret", "arn:aws:s3:::bucket"], &["arn:aws:s3:::bucket", "secretsmanager|ssm|kms"]),
        (&["create", "ecs-task-execution", "--with", "secrets", "--secret", "arn:aws-cn:secretsmanager:cn-north-1:111122223333:secret:a", "--partition", "aws"], &["aws-cn"]),
        (&["create", "ecs-task-execution", "--with", "ecr-pull"], &["ecr-pull", "secrets, private-registry"]),
        (&["create", "ecs-instance", "--with", "secrets"], &["secrets", "ecr-pull, cloudwatch-logs, s3-read-only"]),
        (&["create", "eks-node", "--secret", "arn:aws:kms:us-west-2:111122223333:key/k"], &["--secret", "eks-node"]),
        (&["create", "fargate-pod-execution", "--cluster", "bad name", "--cluster-region", "us-west-2"], &["bad name", "--cluster"]),
        (&["create", "fargate-pod-execution"], &["--cluster", "is required"]),
        (&["create", "fargate-pod-execution", "--cluster", "a"], &["--cluster-region", "is required"]),
        (&["create", "fargate-pod-execution", "--cluster", "a", "--cluster-region", "region-code"], &["region-code", "us-west-2"]),
        (&["create", "eks-node", "--partition", "aws-eu"], &["aws-eu", "aws, aws-cn, aws-us-gov"]),
        (&["create", "eks-node", "--role-name", "has space"], &["has space", "64"]),
        (&["create", "eks-node", "--path", "nodes"], &["nodes", "--path"]),
        (&["create", "eks-node", "--with", "s3-read-only"], &["s3-read-only", "eks-node"]),
        (&["create", "ecs-instance", "--with", "s3-write"], &["s3-write", "ecr-pull, cloudwatch-logs, s3-read-only"]),
        (&["create", "ecs-instance", "--cluster", "a"], &["--cluster", "ecs-instance"]),
        (&["create", "eks-node", "--partition", "aws-cn", "--region", "us-east-1"], &["aws-cn"]),
        (&["create", "fargate-pod-execution", "--cluster", "arn:aws:eks:us-west-2:111122223333:cluster/a", "--account", "444455556666"], &["444455556666"]),
        (&["create", "fargate-pod-execution", "--cluster", "arn:aws: eks:us-west-2:111122223333:cluster/a"], &["arn:aws: eks"]),
        (&["--output", "xml", "create", "eks-node"], &["xml", "text, json"]),
        (&["--lang", "xx", "create", "eks-node"], &["xx", "en, es, ja, zh-TW, zh-CN"]),
        (&["--endpoint-url", "localhost:9", "create", "eks-node"], &["localhost:9", "http"]),
        (&["--cli-read-timeout", "0", "create", "eks-node"], &["“0”", "--cli-read-timeout", "3,600"]),
        (&["create", "eks-node", "--bogus"], &["--bogus"]),
        (&["create"], &[]),
        (&["frobnicate"], &["frobnicate"]),
    ];
    for (args, wanted) in cases {
        let (code, out, err) = sb.run(args);
        assert_eq!(code, 2, "{args:?}: {out}{err}");
        for w in *wanted {
            assert!(err.contains(w), "{args:?}: expected {w:?} in {err}");
        }
        no_isolation_marks(&err);
        assert_eq!(sb.state_bytes().unwrap(), before, "{args:?} changed the state");
    }
    // On a fresh sandbox, bad input creates no directory or lock file either.
    let fresh = Sandbox::new();
    assert_eq!(fresh.run(&["create", "fargate-pod-execution", "--cluster", "a"]).0, 2);
    assert!(!fresh.state.parent().unwrap().exists(), "nothing was created");
    // The JSON form of a bad-input error.
    let (code, v) = sb.json(&["check", "eks-node", "--account", "x"]);
    assert_eq!(code, 2);
    assert_eq!(v["error"]["kind"], "input");
    assert_eq!(v["error"]["code"], "account");
}

#[test]
fn backend_failures_exit_3() {
    let sb = Sandbox::new();
    std::fs::create_dir_all(sb.state.parent().unwrap()).unwrap();
    std::fs::write(&sb.state, "{broken").unwrap();
    let (code, _, err) = sb.run(&["check", "eks-node"]);
    assert_eq!(code, 3);
    assert!(err.contains("not a rolecall mock state file"), "{err}");
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

#[test]
fn lint_catches_the_guides_mistakes() {
    let sb = Sandbox::new();
    // The zh-TW node guide's IPv6 policy, as printed (a space inside the ARN).
    let bad = write(&sb.root, "ipv6.json", r#"{ "Version": "2012-10-17", "Statement": [ { "Effect": "Allow", "Action": [ "ec2:CreateTags" ], "Resource": [ "arn:aws: ec2:*:*:network-interface/*" ] } ] }"#);
    let (code, v) = sb.json(&["lint", bad.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert_eq!(v["findings"][0]["code"], "arn-corrected");
    assert_eq!(v["findings"][0]["arguments"]["value"], "arn:aws: ec2:*:*:network-interface/*");
    assert_eq!(v["findings"][0]["arguments"]["corrected"], "arn:aws:ec2:*:*:network-interface/*");
    assert_eq!(v["findings"][0]["line"], 1);
    assert_eq!(v["document"], "identity");
    // The Spanish Fargate guide's trust policy, placeholders left in.
    let guide = write(&sb.root, "trust.json", r#"{ "Version": "2012-10-17", "Statement": [ { "Effect": "Allow", "Condition": { "ArnLike": { "aws:SourceArn": "arn:aws:eks:region-code:111122223333:fargateprofile/my-cluster/*" } }, "Principal": { "Service": "eks-fargate-pods.amazonaws.com" }, "Action": "sts:AssumeRole" } ] }"#);
    let (code, v) = sb.json(&["lint", "--trust", guide.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert_eq!(v["findings"][0]["code"], "placeholder-left");
    // Without --trust, its statements make it a trust policy.
    let (_, auto) = sb.json(&["lint", guide.to_str().unwrap()]);
    assert_eq!(auto["document"], "trust");
    assert_eq!(auto["findings"], v["findings"]);
    // Two clusters added as the guide suggests: a duplicate key.
    let dup = write(&sb.root, "dup.json", r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Condition":{"ArnLike":{"aws:SourceArn":"arn:aws:eks:us-west-2:111122223333:fargateprofile/a/*","aws:SourceArn":"arn:aws:eks:us-west-2:111122223333:fargateprofile/b/*"}},"Principal":{"Service":"eks-fargate-pods.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#);
    let (code, out, _) = sb.run(&["lint", "--trust", dup.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(out.contains("json-duplicate-key") && out.contains("aws:SourceArn"), "{out}");
    // What rolecall show prints lints clean, from standard input too.
    let (_, v) = sb.json(&["show", "fargate-pod-execution", "--cluster", "a", "--cluster-region", "us-west-2"]);
    let out = sb.cmd().args(["lint", "--trust", "-"]).write_stdin(v["trust_policy"].to_string()).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stdout));
    // A file that is not there is bad input.
    let (code, _, err) = sb.run(&["lint", "/nonexistent/policy.json"]);
    assert_eq!(code, 2);
    assert!(err.contains("/nonexistent/policy.json"), "{err}");
}

#[test]
fn permissions_for_check_are_read_only() {
    let sb = Sandbox::new();
    let (code, v) = sb.json(&["permissions", "check"]);
    assert_eq!(code, 0);
    let actions: Vec<String> = v["policy"]["Statement"].as_array().unwrap().iter().flat_map(|s| s["Action"].as_array().unwrap().iter().map(|a| a.as_str().unwrap().to_owned())).collect();
    assert!(actions.iter().all(|a| ["iam:Get", "iam:List", "organizations:Describe", "organizations:List"].iter().any(|p| a.starts_with(p))), "{actions:?}");
    assert!(actions.iter().any(|a| a == "organizations:ListParents"), "the SCPs above the account: {actions:?}");
    let (code, v) = sb.json(&["permissions", "create", "--account", "111122223333"]);
    assert_eq!(code, 0);
    assert!(v["policy"].to_string().contains("arn:aws:iam::111122223333:role/*"));
    assert_eq!(sb.run(&["permissions", "delete"]).0, 2);
}

#[test]
fn help_teaches() {
    let sb = Sandbox::new();
    let (code, out, _) = sb.run(&["check", "--help"]);
    assert_eq!(code, 0);
    for s in ["--cluster", "--strict", "--role-name", "Exit status", "rolecall check eks-node"] {
        assert!(out.contains(s), "{s} in {out}");
    }
    let (code, out, _) = sb.run(&["--version"]);
    assert_eq!(code, 0);
    assert!(out.contains(env!("CARGO_PKG_VERSION")));
}

#[test]
fn default_state_lives_under_xdg_state_home() {
    let sb = Sandbox::new();
    let mut c = crate::util::rolecall(&sb.root);
    let xdg = sb.root.join("xdg");
    let out = c.env("XDG_STATE_HOME", &xdg).args(["--backend", "mock", "create", "eks-node"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(xdg.join("rolecall").join("mock-iam.json").exists());
    let mut c = crate::util::rolecall(&sb.root);
    let other = sb.root.join("env-state.json");
    let out = c.env("ROLECALL_MOCK_STATE", &other).env("ROLECALL_BACKEND", "mock").args(["create", "eks-node"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(other.exists());
}

#[test]
fn audit_finds_checks_and_reports_across_the_account() {
    let sb = Sandbox::new();
    let (code, v) = sb.json(&["audit"]);
    assert_eq!(code, 0);
    assert_eq!(v["roles"], json!([]));
    assert_eq!(sb.run(&["create", "eks-node"]).0, 0);
    assert_eq!(sb.run(&["create", "ecs-instance"]).0, 0);
    assert_eq!(sb.run(&["create", "fargate-pod-execution", "--cluster", "a", "--cluster-region", "us-west-2"]).0, 0);
    assert_eq!(sb.run(&["create", "fargate-pod-execution", "--role-name", "SecondFargate", "--cluster", "a", "--cluster-region", "us-west-2"]).0, 0);
    // A role for something else entirely is not reported.
    assert_eq!(sb.run(&["create", "eks-node", "--role-name", "unrelated-ec2-role"]).0, 0);
    let before = sb.state_bytes();
    let (code, v) = sb.json(&["audit"]);
    assert_eq!(code, 0, "{v}");
    assert_eq!(sb.state_bytes(), before, "audit writes nothing");
    let found: Vec<(String, String)> = v["roles"].as_array().unwrap().iter().map(|r| (r["role_name"].as_str().unwrap().to_owned(), r["kind"].as_str().unwrap().to_owned())).collect();
    assert!(found.contains(&("AmazonEKSNodeRole".into(), "eks-node".into())));
    assert!(found.contains(&("ecsInstanceRole".into(), "ecs-instance".into())));
    assert!(found.contains(&("SecondFargate".into(), "fargate-pod-execution".into())));
    // unrelated-ec2-role has the node policies attached, so it is a node role by its policies.
    assert!(found.contains(&("unrelated-ec2-role".into(), "eks-node".into())));
    assert_eq!(v["summary"]["scanned"], 5);
    assert_eq!(v["summary"]["found"], 5);
    let account: Vec<&str> = v["account_findings"].as_array().unwrap().iter().map(|f| f["code"].as_str().unwrap()).collect();
    assert!(account.contains(&"audit-cluster-several-roles"), "{account:?}");
    assert!(account.contains(&"audit-node-no-instance-profile"), "{account:?}");
    // A role for cluster a in every region overlaps the region-specific ones.
    assert_eq!(sb.run(&["create", "fargate-pod-execution", "--role-name", "EveryRegion", "--cluster", "a", "--cluster-region", "*"]).0, 0);
    let (_, v) = sb.json(&["audit"]);
    let overlap = v["account_findings"].as_array().unwrap().iter().find(|f| f["code"] == "audit-cluster-several-roles").unwrap().clone();
    assert!(overlap["arguments"]["roles"].as_str().unwrap().contains("EveryRegion"), "{overlap}");
    // A role shared between nodes and Fargate: an error, exit 1.
    sb.seed_role(
        "sharedNodeRole",
        r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":["ec2.amazonaws.com","eks-fargate-pods.amazonaws.com"]},"Action":"sts:AssumeRole"}]}"#,
        &["arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy"],
    );
    let (code, v) = sb.json(&["audit"]);
    assert_eq!(code, 1);
    let account: Vec<&str> = v["account_findings"].as_array().unwrap().iter().map(|f| f["code"].as_str().unwrap()).collect();
    assert!(account.contains(&"audit-role-shared"), "{account:?}");
    let (code, out, _) = sb.run(&["audit"]);
    assert_eq!(code, 1);
    assert!(out.contains("sharedNodeRole") && out.contains("trust-shared-role"), "{out}");
    assert_eq!(sb.run(&["audit", "--concurrency", "0"]).0, 2);
}

/// Completes the last word of a command line with the bash script `rolecall completions bash` writes.
fn bash_complete(script: &Path, words: &[&str]) -> Vec<String> {
    let line = words.iter().map(|w| format!("'{w}'")).collect::<Vec<_>>().join(" ");
    let prog = format!(
        "source '{}'; COMP_WORDS=({line}); COMP_CWORD=$(( ${{#COMP_WORDS[@]}} - 1 )); _clap_complete_rolecall rolecall \"${{COMP_WORDS[COMP_CWORD]}}\" \"${{COMP_WORDS[COMP_CWORD-1]}}\"; printf '%s\\n' \"${{COMPREPLY[@]}}\"",
        script.display()
    );
    let out = std::process::Command::new("bash").env_clear().env("LANG", "C").args(["--norc", "-c", &prog]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap().lines().filter(|l| !l.is_empty()).map(str::to_owned).collect()
}

#[test]
fn completions_complete_commands_kinds_and_values() {
    let sb = Sandbox::new();
    let (code, script, _) = sb.run(&["completions", "bash"]);
    assert_eq!(code, 0);
    assert!(script.contains(env!("CARGO_BIN_EXE_rolecall")), "the script asks this binary");
    let path = sb.root.join("rolecall.bash");
    std::fs::write(&path, &script).unwrap();
    let has = |words: &[&str], want: &[&str]| {
        let got = bash_complete(&path, words);
        for w in want {
            assert!(got.iter().any(|g| g == w), "{words:?}: {w} not in {got:?}");
        }
    };
    has(&["rolecall", ""], &["roles", "show", "check", "create", "repair", "audit", "lint", "permissions", "completions", "mock"]);
    has(&["rolecall", "--"], &["--lang", "--output", "--backend"]);
    has(&["rolecall", "check", ""], &["fargate-pod-execution", "eks-node", "ecs-instance"]);
    has(&["rolecall", "check", "eks-node", "--"], &["--cluster", "--strict"]);
    has(&["rolecall", "create", "eks-node", "--cni", ""], &["none", "ipv4", "ipv6"]);
    has(&["rolecall", "repair", "ecs-instance", "--with", ""], &["ecr-pull", "cloudwatch-logs", "s3-read-only"]);
    has(&["rolecall", "--output", ""], &["text", "json"]);
    has(&["rolecall", "roles", "--lang", ""], &["en", "es", "ja", "zh-TW", "zh-CN"]);
    has(&["rolecall", "show", "eks-node", "--format", ""], &["cloudformation", "terraform"]);
    has(&["rolecall", "show", "eks-node", "--partition", ""], &["aws", "aws-cn", "aws-us-gov"]);
    has(&["rolecall", "permissions", ""], &["check", "create", "repair", "audit"]);
    has(&["rolecall", "mock", ""], &["serve"]);
    has(&["rolecall", "mock", "serve", "--"], &["--port", "--listen"]);
    has(&["rolecall", "completions", ""], &["bash", "zsh", "fish", "powershell", "elvish"]);
    assert_eq!(bash_complete(&path, &["rolecall", "create", "eks-node", "--cni", "ip"]), ["ipv4", "ipv6"]);

    // Every shell's script asks the same engine, which describes candidates in the language of
    // --lang among the words (or of the environment).
    for shell in ["zsh", "fish", "powershell", "elvish"] {
        let (code, script, _) = sb.run(&["completions", shell]);
        assert_eq!(code, 0, "{shell}");
        assert!(script.contains("ROLECALL_COMPLETE") && script.contains(shell), "{shell}: {script}");
        let out = crate::util::english(&sb.root)
            .env("ROLECALL_COMPLETE", shell)
            .env("_CLAP_COMPLETE_INDEX", "4")
            .args(["--", "rolecall", "--lang", "ja", "check", ""])
            .output()
            .unwrap();
        let got = String::from_utf8(out.stdout).unwrap();
        for w in ["fargate-pod-execution", "eks-node", "ecs-instance"] {
            assert!(got.contains(w), "{shell}: {got}");
        }
        if shell != "elvish" {
            assert!(got.contains("ポッド実行ロール"), "{shell}: kinds are described in Japanese: {got}");
        }
    }

    let (code, out, err) = sb.run(&["completions", "tcsh"]);
    assert_eq!((code, out.as_str()), (2, ""));
    assert!(err.contains("tcsh") && err.contains("bash, zsh, fish, powershell, elvish"), "{err}");
}

/// The control characters a terminal obeys (C0 but the newline, DEL, C1, bidirectional controls).
fn raw_controls(s: &str) -> Vec<char> {
    s.chars().filter(|c| (c.is_control() && *c != '\n') || ('\u{202a}'..='\u{202e}').contains(c) || ('\u{2066}'..='\u{2069}').contains(c)).collect()
}

/// Values from outside rolecall (IAM's answers, the command line, a linted file) reach a
/// terminal with their control characters made visible; JSON carries them exactly.
#[test]
fn control_characters_from_outside_are_escaped_in_text_and_exact_in_json() {
    let sb = Sandbox::new();
    let hostile = "\u{1b}]0;PWNED\u{7}\u{1b}[2J\u{7f}\u{9b}\u{202e}\u{2066}";
    let trust = json!({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com", "AWS": hostile}, "Action": "sts:AssumeRole"}]});
    sb.seed_role("AmazonEKSNodeRole", &trust.to_string(), &[]);
    let (code, out, err) = sb.run(&["check", "eks-node"]);
    assert_eq!(code, 1, "{err}");
    assert_eq!(raw_controls(&out), Vec::<char>::new(), "{out:?}");
    assert!(out.contains(r"AWS: \u{1b}]0;PWNED\u{7}\u{1b}[2J\u{7f}\u{9b}\u{202e}\u{2066} assume"), "{out}");
    let (_, v) = sb.json(&["check", "eks-node"]);
    let extra = v["findings"].as_array().unwrap().iter().find(|f| f["code"] == "trust-extra-principal").unwrap();
    assert!(extra["message"].as_str().unwrap().contains(hostile), "{extra}");
    assert!(extra["arguments"].to_string().contains(r"\u001b]0;PWNED\u0007"), "{extra}");

    // The command line, echoed in an error.
    let (code, out, err) = sb.run(&["check", "fargate-pod-execution", "--cluster", "\u{1b}[31mx\u{202e}", "--cluster-region", "us-west-2"]);
    assert_eq!(code, 2);
    assert_eq!((raw_controls(&out), raw_controls(&err)), (vec![], vec![]), "{err:?}");
    assert!(err.contains(r"\u{1b}[31mx\u{202e}"), "{err}");

    // A linted document's values, and its file name.
    let name = "p\u{1b}[1m.json";
    let doc = write(&sb.root, name, "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:Get\u{202e}b\u{9b}\\u001b[2J\",\"Resource\":\"*\"}]}");
    let (code, out, _) = sb.run(&["lint", doc.to_str().unwrap()]);
    assert_eq!(code, 1, "{out}");
    assert_eq!(raw_controls(&out), Vec::<char>::new(), "{out:?}");
    assert!(out.contains(r"p\u{1b}[1m.json") && out.contains(r"s3:Get\u{202e}b\u{9b}\u{1b}[2J"), "{out}");
    let (_, v) = sb.json(&["lint", doc.to_str().unwrap()]);
    assert_eq!(v["file"], doc.to_str().unwrap());
    assert_eq!(v["findings"][0]["arguments"]["value"], "s3:Get\u{202e}b\u{9b}\u{1b}[2J");
    // A file that cannot be read, named in the error.
    let (code, _, err) = sb.run(&["lint", "/nonexistent/\u{1b}[2J.json"]);
    assert_eq!(code, 2);
    assert_eq!(raw_controls(&err), Vec::<char>::new(), "{err:?}");
}

/// A symlinked state file is one sandbox: writers through the link and through its target lock
/// the same lock, next to the real file, and the link stays a link.
#[test]
fn a_symlinked_state_file_stays_one_sandbox() {
    let sb = Sandbox::new();
    let real_dir = sb.root.join("real");
    std::fs::create_dir_all(&real_dir).unwrap();
    let real = real_dir.join("iam.json");
    let link = sb.root.join("link.json");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let children: Vec<_> = (0..8)
        .map(|i| {
            let state = if i % 2 == 0 { &link } else { &real };
            crate::util::rolecall(&sb.root)
                .args(["--backend", "mock", "--state"])
                .arg(state)
                .args(["create", "eks-node", "--role-name", &format!("node-{i}")])
                .stdout(std::process::Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    for mut c in children {
        assert!(c.wait().unwrap().success());
    }
    assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink(), "the link is still a link");
    let state: Value = serde_json::from_slice(&std::fs::read(&real).unwrap()).unwrap();
    assert_eq!(state["partitions"]["aws"]["roles"].as_object().unwrap().len(), 8, "every create is in the one file");
    assert!(real_dir.join("iam.lock").exists() && !sb.root.join("link.lock").exists(), "the lock is next to the real file");
}

/// The state file keeps its permissions when rewritten; a new one is readable by its owner only.
#[test]
fn the_state_files_permissions_are_kept() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    let sb = Sandbox::new();
    assert_eq!(sb.run(&["create", "eks-node"]).0, 0);
    assert_eq!(mode(&sb.state), 0o600, "a new state file");
    assert_eq!(mode(&sb.state.with_extension("lock")), 0o600, "its lock");
    assert_eq!(mode(sb.state.parent().unwrap()), 0o700, "its new directory");
    std::fs::set_permissions(&sb.state, std::fs::Permissions::from_mode(0o640)).unwrap();
    assert_eq!(sb.run(&["create", "ecs-instance"]).0, 0);
    assert_eq!(mode(&sb.state), 0o640, "kept on rewrite");
    let leftovers: Vec<_> = std::fs::read_dir(sb.state.parent().unwrap()).unwrap().filter_map(Result::ok).filter(|e| e.file_name().to_string_lossy().contains(".tmp")).collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

/// The old temporary name (`.NAME.tmp-PID`) was predictable and followed symlinks: a link planted
/// at any such name is never written through.
#[test]
fn a_link_planted_at_a_temporary_name_is_not_followed() {
    let sb = Sandbox::new();
    assert_eq!(sb.run(&["create", "eks-node"]).0, 0);
    let victim = sb.root.join("victim.txt");
    std::fs::write(&victim, "precious").unwrap();
    let dir = sb.state.parent().unwrap();
    // Whatever process id the next run gets, within reason.
    let me = std::process::id();
    for pid in me.saturating_sub(50)..me + 200 {
        let _ = std::os::unix::fs::symlink(&victim, dir.join(format!(".iam.json.tmp-{pid}")));
    }
    assert_eq!(sb.run(&["create", "ecs-instance"]).0, 0);
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious");
    let (_, v) = sb.json(&["check", "ecs-instance"]);
    assert_eq!(v["status"], "ok");
}

/// `--state` naming the lock file, or a directory, is bad input, refused before anything exists.
#[test]
fn a_state_path_that_cannot_be_a_state_file_is_bad_input() {
    let sb = Sandbox::new();
    let lockish = sb.root.join("fresh").join("x.lock");
    let dir = sb.root.join("adir");
    std::fs::create_dir_all(&dir).unwrap();
    let dir_link = sb.root.join("dir-link.json");
    std::os::unix::fs::symlink(&dir, &dir_link).unwrap();
    for (state, what) in [(&lockish, "ends in .lock"), (&dir, "is a directory"), (&dir_link, "is a directory")] {
        for cmd in [&["create", "eks-node"][..], &["check", "eks-node"]] {
            let out = crate::util::rolecall(&sb.root)
                .args(["--backend", "mock", "--state"])
                .arg(state)
                .args(cmd)
                .output()
                .unwrap();
            let err = String::from_utf8(out.stderr).unwrap();
            assert_eq!(out.status.code(), Some(2), "{err}");
            assert!(err.contains(what) && err.contains(&state.display().to_string()), "{err}");
        }
    }
    assert!(!lockish.parent().unwrap().exists(), "nothing was created");
    assert!(!sb.root.join("adir.lock").exists() && !sb.root.join("dir-link.lock").exists(), "no stray lock");
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 0);
}

/// A state file from a newer rolecall is refused, not rewritten without what this build does not
/// know; a state file far beyond any account's size is not read.
#[test]
fn a_newer_or_oversized_state_file_is_refused() {
    let sb = Sandbox::new();
    std::fs::create_dir_all(sb.state.parent().unwrap()).unwrap();
    // Its shape may have changed in ways this build cannot even parse.
    let newer = r#"{"format": 99, "partitions": [{"partition": "aws", "roles": []}], "also": "new"}"#;
    std::fs::write(&sb.state, newer).unwrap();
    for args in [&["check", "eks-node"][..], &["create", "eks-node"]] {
        let (code, _, err) = sb.run(args);
        assert_eq!(code, 3, "{err}");
        assert!(err.contains("newer rolecall (format 99") && err.contains(&sb.state.display().to_string()), "{err}");
    }
    let (_, v) = sb.json(&["create", "eks-node"]);
    assert_eq!(v["error"]["code"], "StateFormat");
    assert_eq!(std::fs::read_to_string(&sb.state).unwrap(), newer, "left as it was");

    let f = std::fs::File::create(&sb.state).unwrap();
    f.set_len(rolecall_mock::MAX_STATE_BYTES + 1).unwrap();
    let (code, _, err) = sb.run(&["check", "eks-node"]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("over rolecall's limit of 268435456 bytes"), "{err}");
}

/// lint reads at most 16 MiB; a file that is one policy document over 1 MiB is refused, a
/// document over 1 MiB inside a longer text is a finding and the rest is linted.
#[test]
fn lint_input_is_bounded() {
    let sb = Sandbox::new();
    let doc = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}"#;
    let padded = |n: usize| format!("{doc}{}", " ".repeat(n - doc.len()));
    let at_bound = write(&sb.root, "at-bound.json", &padded(1 << 20));
    assert_eq!(sb.run(&["lint", at_bound.to_str().unwrap()]).0, 0, "a document at the bound is read");
    let over = write(&sb.root, "over.json", &padded((1 << 20) + 1));
    let (code, v) = sb.json(&["lint", over.to_str().unwrap()]);
    assert_eq!(code, 2, "{v}");
    assert_eq!(v["error"]["code"], "error-document-too-large");
    let (_, _, err) = sb.run(&["lint", over.to_str().unwrap()]);
    assert!(err.contains("1048577 bytes") && err.contains("over 1048576 bytes") && err.contains("over.json"), "{err}");
    // Inside a longer text, a document over the bound is a finding of that document, and the
    // rest of the text is linted; its twin, at the bound, is read.
    let text = |doc_len: usize| {
        let big = format!("{}{}}}", &doc[..doc.len() - 1], " ".repeat(doc_len - doc.len()));
        assert_eq!(big.len(), doc_len);
        format!("# Runbook\n\n```json\n{big}\n```\n\nThen:\n\n```json\n{{\"Version\":\"2012-10-17\",\"Statement\":[{{\"Effect\":\"Allow\",\"Action\":\"s3 x\",\"Resource\":\"*\"}}]}}\n```\n")
    };
    let long = write(&sb.root, "long.md", &text((1 << 20) + 1));
    let (code, v) = sb.json(&["lint", long.to_str().unwrap()]);
    assert_eq!(code, 1, "{v}");
    let found: Vec<(u64, &str, &str)> = v["findings"].as_array().unwrap().iter().map(|f| (f["line"].as_u64().unwrap(), f["code"].as_str().unwrap(), f["arguments"]["detail"].as_str().unwrap_or(""))).collect();
    assert_eq!(found, vec![(4, "json-invalid", "too-large"), (10, "action-malformed", "")], "{v}");
    let at_bound = write(&sb.root, "at-bound.md", &text(1 << 20));
    let (code, v) = sb.json(&["lint", at_bound.to_str().unwrap()]);
    assert_eq!(code, 1, "{v}");
    assert_eq!(v["findings"].as_array().unwrap().iter().map(|f| f["code"].as_str().unwrap()).collect::<Vec<_>>(), vec!["action-malformed"], "{v}");
    let huge = padded((16 << 20) + 1);
    let out = sb.cmd().args(["lint", "-"]).write_stdin(huge).output().unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("larger than 16 MiB"), "{err}");
}

/// The verdict issue, as a user meets it: check says what IAM would decide, repair says what it
/// leaves, and check right after repair reports exactly that.
#[test]
fn verdicts_match_iam_and_repair_leaves_what_check_then_reports() {
    const ALLOW_C1: &str = r#"{"Effect":"Allow","Principal":{"Service":"eks-fargate-pods.amazonaws.com"},"Action":"sts:AssumeRole","Condition":{"ArnLike":{"aws:SourceArn":"arn:aws:eks:us-west-2:111122223333:fargateprofile/c1/*"}}}"#;
    const DENY: &str = r#"{"Effect":"Deny","Principal":{"Service":"eks-fargate-pods.amazonaws.com"},"Action":"sts:AssumeRole"}"#;
    const POLICY: &str = "arn:aws:iam::aws:policy/AmazonEKSFargatePodExecutionRolePolicy";
    let role = "AmazonEKSFargatePodExecutionRole";
    let doc = |s: &[&str]| format!(r#"{{"Version":"2012-10-17","Statement":[{}]}}"#, s.join(","));
    let check = |sb: &Sandbox, clusters: &[&str]| {
        let mut a = vec!["check", "fargate-pod-execution", "--cluster-region", "us-west-2"];
        for c in clusters {
            a.extend(["--cluster", c]);
        }
        sb.json(&a)
    };
    let repair = |sb: &Sandbox, clusters: &[&str], extra: &[&str]| {
        let mut a = vec!["repair", "fargate-pod-execution", "--cluster-region", "us-west-2"];
        for c in clusters {
            a.extend(["--cluster", c]);
        }
        a.extend_from_slice(extra);
        sb.json(&a)
    };

    // A Deny beside the guide's Allow: not ok, and the Deny is named.
    let sb = Sandbox::new();
    sb.seed_role(role, &doc(&[ALLOW_C1, DENY]), &[POLICY]);
    let (code, v) = check(&sb, &["c1"]);
    assert_eq!(code, 1);
    assert_eq!(v["status"], "drift");
    assert_eq!(v["findings"][0]["code"], "trust-denied");
    assert_eq!(v["findings"][0]["arguments"]["statement"], "#2");
    assert_eq!(v["trust"], json!({"principal": "eks-fargate-pods.amazonaws.com", "assumable": false, "clusters": [{"cluster": "c1", "region": "us-west-2", "covered": false}]}));
    // repair refuses, writes nothing, and says why; left is what check reports.
    let before = sb.state_bytes();
    let (code, r) = repair(&sb, &["c2"], &[]);
    assert_eq!(code, 1);
    assert_eq!(r["actions"], json!([]));
    assert_eq!(r["blocked"][0]["code"], "repair-cannot-cover");
    assert_eq!(sb.state_bytes(), before, "nothing written");
    assert_eq!(r["left"], check(&sb, &["c2"]).1["findings"]);

    // No SourceArn condition: a warning; repair leaves it (with the flag that would address it),
    // and never says the role matches its guide.
    let sb = Sandbox::new();
    sb.seed_role(role, FARGATE_OLD_TRUST, &[POLICY]);
    let (code, out, _) = sb.run(&["repair", "fargate-pod-execution", "--cluster", "c1", "--cluster-region", "us-west-2"]);
    assert_eq!(code, 0, "{out}");
    assert!(!out.contains("already matches"), "{out}");
    assert!(out.contains("trust-source-arn-missing") && out.contains("--restrict-trust"), "{out}");
    let (_, r) = repair(&sb, &["c1"], &["--dry-run"]);
    assert_eq!(r["left"], check(&sb, &["c1"]).1["findings"]);

    // --restrict-trust on a statement shared with an AWS principal: Ops keeps its statement.
    let shared = r#"{"Effect":"Allow","Principal":{"Service":"eks-fargate-pods.amazonaws.com","AWS":"arn:aws:iam::111122223333:role/Ops"},"Action":"sts:AssumeRole"}"#;
    let sb = Sandbox::new();
    sb.seed_role(role, &doc(&[shared]), &[POLICY]);
    let (code, r) = repair(&sb, &["c1"], &["--restrict-trust"]);
    assert_eq!(code, 0, "{r}");
    let (_, after) = sb.json(&["check", "fargate-pod-execution", "--cluster", "c1", "--cluster-region", "us-west-2"]);
    assert_eq!(after["findings"], r["left"], "check after repair reports exactly what repair left");
    assert_eq!(after["findings"].as_array().unwrap().len(), 1);
    assert_eq!(after["findings"][0]["code"], "trust-extra-principal");
    assert_eq!(after["trust"]["clusters"][0]["covered"], true);

    // An unknowable condition: undecided, exit 1, never ok.
    let timed = r#"{"Effect":"Allow","Principal":{"Service":"eks-fargate-pods.amazonaws.com"},"Action":"sts:AssumeRole","Condition":{"ArnLike":{"aws:SourceArn":"arn:aws:eks:*:111122223333:fargateprofile/c1/*"},"DateLessThan":{"aws:CurrentTime":"2030-01-01T00:00:00Z"}}}"#;
    let sb = Sandbox::new();
    sb.seed_role(role, &doc(&[timed]), &[POLICY]);
    let (code, v) = check(&sb, &["c1"]);
    assert_eq!(code, 1);
    assert_eq!(v["status"], "undecided");
    assert_eq!(v["trust"]["assumable"], Value::Null);
    let (code, out, _) = sb.run(&["check", "fargate-pod-execution", "--cluster", "c1", "--cluster-region", "us-west-2"]);
    assert_eq!(code, 1);
    assert!(out.contains("aws:CurrentTime") && out.contains("Result: undecided"), "{out}");

    // Merging a new cluster: check after repair equals left, and both clusters are covered.
    let sb = Sandbox::new();
    sb.seed_role(role, &doc(&[ALLOW_C1]), &[POLICY]);
    let (code, r) = repair(&sb, &["c1", "c2"], &[]);
    assert_eq!(code, 0, "{r}");
    let (code, v) = check(&sb, &["c1", "c2"]);
    assert_eq!(code, 0);
    assert_eq!(v["findings"], r["left"]);
    assert_eq!(v["trust"]["assumable"], true);
}

/// show and create come from one desired state: ECR pull is part of the ECS managed policy, so
/// neither lists nor makes a separate policy for it.
#[test]
fn show_lists_what_create_makes() {
    let sb = Sandbox::new();
    let (_, shown) = sb.json(&["show", "ecs-instance", "--with", "ecr-pull"]);
    assert_eq!(shown["inline_policies"], json!([]));
    assert_eq!(shown["covered"], json!([{"permission": "ecr-pull", "policy": "AmazonEC2ContainerServiceforEC2Role"}]));
    let (code, made) = sb.json(&["create", "ecs-instance", "--with", "ecr-pull"]);
    assert_eq!(code, 0);
    let names: Vec<&str> = made["actions"].as_array().unwrap().iter().map(|a| a["action"].as_str().unwrap()).collect();
    assert!(!names.contains(&"PutRolePolicy"), "{names:?}");
    let attached: Vec<&str> = made["actions"].as_array().unwrap().iter().filter_map(|a| a["policy_arn"].as_str()).collect();
    assert_eq!(attached, shown["managed_policy_arns"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect::<Vec<_>>());
    let (code, v) = sb.json(&["check", "ecs-instance", "--with", "ecr-pull"]);
    assert_eq!((code, v["status"].as_str()), (0, Some("ok")));
    assert_eq!(v["findings"], made["left"]);
}

// ---- the EKS cluster (and Auto Mode), Auto Mode node, ECS task execution and Pod Identity roles ----

impl Sandbox {
    /// Rewrites one role in the state file, as drift outside rolecall would.
    fn drift(&self, partition: &str, name: &str, f: impl FnOnce(&mut Value)) {
        let mut v: Value = serde_json::from_slice(&self.state_bytes().unwrap()).unwrap();
        f(&mut v["partitions"][partition]["roles"][name.to_ascii_lowercase()]);
        std::fs::write(&self.state, serde_json::to_vec(&v).unwrap()).unwrap();
    }
}

const SECRET_ARN: &str = "arn:aws:secretsmanager:us-west-2:111122223333:secret:db-AbCdEf";

/// Each new kind in each partition: check (missing), create, check (ok), drift, repair, check
/// (exactly what repair left).
#[test]
fn every_new_kind_in_every_partition() {
    for (region, partition) in [("us-west-2", "aws"), ("cn-north-1", "aws-cn"), ("us-gov-west-1", "aws-us-gov")] {
        let sb = Sandbox::new();
        let secret = SECRET_ARN.replace("arn:aws:", &format!("arn:{partition}:")).replace("us-west-2", region);
        let cases: [(&str, Vec<&str>); 5] = [
            ("eksClusterRole", vec!["eks-cluster"]),
            ("AmazonEKSAutoClusterRole", vec!["eks-cluster", "--auto-mode"]),
            ("AmazonEKSAutoNodeRole", vec!["eks-auto-node"]),
            ("ecsTaskExecutionRole", vec!["ecs-task-execution", "--with", "secrets", "--secret", &secret]),
            ("app-pods", vec!["eks-pod-identity", "--role-name", "app-pods"]),
        ];
        for (name, ctx) in &cases {
            let with = |cmd: &'static str| {
                let mut a = vec!["--region", region, cmd];
                a.extend(ctx.iter().copied());
                a
            };
            let (code, v) = sb.json(&with("check"));
            assert_eq!((code, v["status"].as_str()), (1, Some("missing")), "{partition} {name}: {v}");
            let (code, v) = sb.json(&with("create"));
            assert_eq!(code, 0, "{partition} {name}: {v}");
            assert_eq!(v["role_name"], *name);
            let (code, v) = sb.json(&with("check"));
            assert_eq!((code, v["status"].as_str()), (0, Some("ok")), "{partition} {name}: {v}");
            assert_eq!(v["trust"]["assumable"], true);
            // Drift: another service in the trust policy, the policies detached.
            sb.drift(partition, name, |r| {
                r["trust"] = json!(r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ssm.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#);
                r["attached"] = json!([]);
                r["inline"] = json!({});
            });
            let (code, v) = sb.json(&with("check"));
            assert_eq!((code, v["status"].as_str()), (1, Some("drift")), "{partition} {name}: {v}");
            let (code, r) = sb.json(&with("repair"));
            assert_eq!(code, 0, "{partition} {name}: {r}");
            assert!(r["actions"].as_array().unwrap().iter().all(|a| a["action"] != "DetachRolePolicy"));
            let (code, v) = sb.json(&with("check"));
            assert_eq!(code, 0, "{partition} {name}: {v}");
            assert_eq!(v["findings"], r["left"], "{partition} {name}: check after repair reports what repair left");
            assert_eq!(v["findings"][0]["code"], "trust-extra-principal");
        }
        // The trust policies create wrote, per partition.
        let state: Value = serde_json::from_slice(&sb.state_bytes().unwrap()).unwrap();
        let roles = &state["partitions"][partition]["roles"];
        let trust = |n: &str| serde_json::from_str::<Value>(roles[n]["trust"].as_str().unwrap()).unwrap();
        let auto_node = trust("amazoneksautonoderole");
        let services: Vec<&str> = auto_node["Statement"].as_array().unwrap().iter().filter_map(|s| s["Principal"]["Service"].as_str()).collect();
        assert!(services.contains(&"ec2.amazonaws.com"), "{partition}: {auto_node}");
        assert!(roles["ecstaskexecutionrole"]["attached"].as_array().unwrap().contains(&json!(format!("arn:{partition}:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"))));
    }
}

/// A standard cluster role checked for EKS Auto Mode: exit 1 with the missing policies and
/// sts:TagSession; repair --auto-mode adds them and removes nothing.
#[test]
fn a_standard_cluster_role_repaired_for_auto_mode() {
    let sb = Sandbox::new();
    assert_eq!(sb.run(&["create", "eks-cluster"]).0, 0);
    let auto = ["--auto-mode", "--role-name", "eksClusterRole"];
    let (code, v) = sb.json(&[&["check", "eks-cluster"][..], &auto].concat());
    assert_eq!(code, 1);
    let codes: Vec<&str> = v["findings"].as_array().unwrap().iter().map(|f| f["code"].as_str().unwrap()).collect();
    assert_eq!(codes, ["trust-action-missing", "policy-missing", "policy-missing", "policy-missing", "policy-missing"]);
    assert_eq!(v["findings"][0]["arguments"]["action"], "sts:TagSession");
    let (code, r) = sb.json(&[&["repair", "eks-cluster"][..], &auto].concat());
    assert_eq!(code, 0, "{r}");
    let actions: Vec<&str> = r["actions"].as_array().unwrap().iter().map(|a| a["action"].as_str().unwrap()).collect();
    assert_eq!(actions, ["UpdateAssumeRolePolicy", "AttachRolePolicy", "AttachRolePolicy", "AttachRolePolicy", "AttachRolePolicy"]);
    assert_eq!(sb.json(&[&["check", "eks-cluster"][..], &auto].concat()).0, 0);
    // Still the standard role it was: nothing was removed.
    let (code, v) = sb.json(&["check", "eks-cluster"]);
    assert_eq!((code, v["findings"].clone()), (0, json!([])));
    let (_, out, _) = sb.run(&["repair", "eks-cluster", "--auto-mode", "--role-name", "eksClusterRole"]);
    assert!(out.contains("already matches"), "{out}");
}

/// A Pod Identity role scoped by session tags: assumable for those Pods, and the scope is said.
#[test]
fn pod_identity_scope_is_reported() {
    let sb = Sandbox::new();
    assert_eq!(sb.run(&["create", "eks-pod-identity", "--role-name", "web"]).0, 0);
    sb.drift("aws", "web", |r| {
        r["trust"] = json!(r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"pods.eks.amazonaws.com"},"Action":"sts:AssumeRole","Condition":{"StringEquals":{"aws:RequestTag/kubernetes-namespace":"shop","aws:RequestTag/kubernetes-service-account":"web"}}}]}"#);
    });
    let (code, v) = sb.json(&["check", "eks-pod-identity", "--role-name", "web"]);
    assert_eq!(code, 1, "sts:TagSession is missing: {v}");
    assert_eq!(v["findings"][0]["code"], "trust-action-missing");
    let (code, r) = sb.json(&["repair", "eks-pod-identity", "--role-name", "web"]);
    assert_eq!(code, 0, "{r}");
    let (code, v) = sb.json(&["check", "eks-pod-identity", "--role-name", "web"]);
    assert_eq!((code, v["status"].as_str()), (0, Some("ok")), "{v}");
    assert_eq!(v["trust"]["assumable"], true);
    assert_eq!(v["findings"][0]["code"], "trust-scoped");
    assert!(v["trust"]["scope"][0].as_str().unwrap().contains("kubernetes-namespace = shop"), "{v}");
    assert_eq!(v["findings"], r["left"]);
}

/// audit with every kind in one account: each found as its kind, and the account findings no
/// single check can see.
#[test]
fn audit_with_every_kind() {
    let sb = Sandbox::new();
    for args in [
        &["create", "eks-node"][..],
        &["create", "ecs-instance"],
        &["create", "fargate-pod-execution", "--cluster", "a", "--cluster-region", "us-west-2"],
        &["create", "eks-cluster"],
        &["create", "eks-cluster", "--auto-mode"],
        &["create", "eks-auto-node"],
        &["create", "ecs-task-execution"],
        &["create", "ecs-task-execution", "--role-name", "lockedExecution"],
        &["create", "eks-pod-identity", "--role-name", "web"],
    ] {
        assert_eq!(sb.run(args).0, 0, "{args:?}");
    }
    // One execution role with the confused-deputy condition, one without.
    sb.drift("aws", "lockedExecution", |r| {
        r["trust"] = json!(r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ecs-tasks.amazonaws.com"},"Action":"sts:AssumeRole","Condition":{"StringEquals":{"aws:SourceAccount":"111122223333"}}}]}"#);
    });
    // A role used both as the cluster role and as a node role.
    sb.drift("aws", "eksClusterRole", |r| {
        r["trust"] = json!(r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":["eks.amazonaws.com","ec2.amazonaws.com"]},"Action":"sts:AssumeRole"}]}"#);
        r["attached"].as_array_mut().unwrap().push(json!("arn:aws:iam::aws:policy/AmazonEKSWorkerNodeMinimalPolicy"));
    });
    let (code, v) = sb.json(&["audit"]);
    assert_eq!(code, 1, "{v}");
    let found: Vec<(String, String)> = v["roles"].as_array().unwrap().iter().map(|r| (r["role_name"].as_str().unwrap().to_owned(), r["kind"].as_str().unwrap().to_owned())).collect();
    for (name, kind) in [
        ("AmazonEKSNodeRole", "eks-node"),
        ("ecsInstanceRole", "ecs-instance"),
        ("AmazonEKSFargatePodExecutionRole", "fargate-pod-execution"),
        ("eksClusterRole", "eks-cluster"),
        ("eksClusterRole", "eks-auto-node"),
        ("AmazonEKSAutoClusterRole", "eks-cluster"),
        ("AmazonEKSAutoNodeRole", "eks-auto-node"),
        ("ecsTaskExecutionRole", "ecs-task-execution"),
        ("lockedExecution", "ecs-task-execution"),
        ("web", "eks-pod-identity"),
    ] {
        assert!(found.contains(&(name.into(), kind.into())), "{name} as {kind} in {found:?}");
    }
    let status = |name: &str, kind: &str| v["roles"].as_array().unwrap().iter().find(|r| r["role_name"] == name && r["kind"] == kind).unwrap()["status"].clone();
    assert_eq!(status("AmazonEKSAutoClusterRole", "eks-cluster"), "ok", "checked as an Auto Mode cluster role");
    assert_eq!(status("web", "eks-pod-identity"), "ok");
    let account: Vec<(String, String)> = v["account_findings"].as_array().unwrap().iter().map(|f| (f["code"].as_str().unwrap().to_owned(), f["arguments"]["role"].as_str().unwrap_or_default().to_owned())).collect();
    assert!(account.contains(&("audit-cluster-node-shared".into(), "eksClusterRole".into())), "{account:?}");
    assert!(account.contains(&("audit-confused-deputy".into(), "ecsTaskExecutionRole".into())), "{account:?}");
    assert!(!account.iter().any(|(c, r)| c == "audit-confused-deputy" && r == "lockedExecution"), "{account:?}");
    assert!(!account.iter().any(|(c, _)| c == "audit-role-shared"), "{account:?}");
}

/// `audit --organization` on the mock: every active account of the sandbox's organization, each
/// through its member role; bad input is refused before anything is read.
#[test]
fn organization_audit_on_the_mock() {
    let sb = Sandbox::new();
    let node = |account: &str, name: &str| {
        json!({ name.to_ascii_lowercase(): {
            "name": name, "path": "/", "id": "AROASEED", "arn": format!("arn:aws:iam::{account}:role/{name}"),
            "trust": EC2_TRUST, "created": "2024-01-01T00:00:00Z", "attached": [
                "arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy", "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryPullOnly"] } })
    };
    let member_role = |account: &str, trusted: &str| {
        let trust = format!(r#"{{"Version":"2012-10-17","Statement":[{{"Effect":"Allow","Principal":{{"AWS":"arn:aws:iam::{trusted}:root"}},"Action":"sts:AssumeRole"}}]}}"#);
        json!({ "name": "OrganizationAccountAccessRole", "path": "/", "id": "AROAMEMBER", "arn": format!("arn:aws:iam::{account}:role/OrganizationAccountAccessRole"),
                "trust": trust, "created": "2024-01-01T00:00:00Z", "attached": [] })
    };
    let mut prod = node("444455556666", "AmazonEKSNodeRole");
    prod["organizationaccountaccessrole"] = member_role("444455556666", "111122223333");
    let mut locked = node("777788889999", "AmazonEKSNodeRole");
    locked["organizationaccountaccessrole"] = member_role("777788889999", "999999999999");
    let state = json!({
        "format": 2,
        "partitions": { "aws": { "roles": node("111122223333", "AmazonEKSNodeRole") } },
        "members": { "444455556666": { "aws": { "roles": prod } }, "777788889999": { "aws": { "roles": locked } } },
        "organization": { "accounts": [
            { "id": "111122223333", "name": "management" },
            { "id": "444455556666", "name": "prod" },
            { "id": "777788889999", "name": "locked" },
            { "id": "555566667777", "name": "gone", "state": "SUSPENDED" } ] }
    });
    std::fs::create_dir_all(sb.state.parent().unwrap()).unwrap();
    std::fs::write(&sb.state, serde_json::to_vec(&state).unwrap()).unwrap();

    let (code, v) = sb.json(&["audit", "--organization"]);
    assert_eq!(code, 3, "one account could not be read: {v}");
    let ids: Vec<&str> = v["accounts"].as_array().unwrap().iter().map(|a| a["account_id"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), 3, "{ids:?}");
    let locked = v["accounts"].as_array().unwrap().iter().find(|a| a["account_id"] == "777788889999").unwrap();
    assert_eq!((locked["status"].as_str(), locked["error"]["code"].as_str()), (Some("failed"), Some("AccessDenied")));
    assert!(locked["error"]["message"].as_str().unwrap().contains("sts:AssumeRole"), "{locked}");
    assert_eq!(v["summary"], json!({"accounts_audited": 2, "accounts_failed": 1, "roles_found": 2, "roles_with_errors": 0}));

    // Only the accounts that can be read: exit 0, and the text names each account.
    let (code, out, _) = sb.run(&["audit", "--accounts", "111122223333,444455556666"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("Account 444455556666") && out.contains("2 accounts audited, 0 could not be read"), "{out}");
    // --accounts with --organization keeps only the organization's accounts.
    let (_, v) = sb.json(&["audit", "--organization", "--accounts", "444455556666,123456789012"]);
    assert_eq!(v["accounts"].as_array().unwrap().len(), 1, "{v}");
    // JSON Lines: roles, the account's status, then the summary.
    let (code, out, _) = sb.run(&["--output", "jsonl", "audit", "--accounts", "444455556666"]);
    assert_eq!(code, 0);
    let types: Vec<String> = out.lines().map(|l| serde_json::from_str::<Value>(l).unwrap()["type"].as_str().unwrap().to_owned()).collect();
    assert_eq!(types, ["role", "account_finding", "account", "summary"], "the node role is in no instance profile: an account finding");

    // Bad input: exit 2, the value named, nothing read or written.
    let before = sb.state_bytes();
    for (args, value) in [
        (&["audit", "--accounts", "12345"][..], "12345"),
        (&["audit", "--accounts", ","], ","),
        (&["audit", "--organization", "--assume-role", "bad role!"], "bad role!"),
        (&["audit", "--organization", "--external-id", "x"], "x"),
        (&["audit", "--organization", "--account-concurrency", "0"], "0"),
        (&["audit", "--assume-role", "Reader"], "Reader"),
    ] {
        let (code, _, err) = sb.run(args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(err.contains(value), "{args:?} names {value}: {err}");
    }
    assert_eq!(sb.state_bytes(), before);
    // A path is part of the role's name.
    let (code, v) = sb.json(&["audit", "--accounts", "444455556666", "--assume-role", "/audit/Reader"]);
    assert_eq!(code, 3);
    assert!(v["accounts"][0]["error"]["message"].as_str().unwrap().contains("role/audit/Reader"), "{v}");
}

/// An account whose ID ListAccounts gives malformed is reported as an account that could not be
/// audited (named as listed, in the reader's language), never skipped; the twin with 12 digits
/// is audited.
#[test]
fn organization_audit_reports_a_malformed_account_id() {
    let sb = Sandbox::new();
    let write = |id: &str| {
        let state = json!({
            "format": 2,
            "partitions": { "aws": { "roles": {} } },
            "organization": { "accounts": [ { "id": "111122223333", "name": "management" }, { "id": id, "name": "typo" } ] }
        });
        std::fs::create_dir_all(sb.state.parent().unwrap()).unwrap();
        std::fs::write(&sb.state, serde_json::to_vec(&state).unwrap()).unwrap();
    };
    write("44445555666");
    let (code, v) = sb.json(&["audit", "--organization"]);
    assert_eq!(code, 3, "{v}");
    let bad = v["accounts"].as_array().unwrap().iter().find(|a| a["account_id"] == "44445555666").unwrap_or_else(|| panic!("reported: {v}"));
    assert_eq!((bad["status"].as_str(), bad["name"].as_str(), bad["error"]["code"].as_str()), (Some("failed"), Some("typo"), Some("BadResponse")), "{v}");
    assert!(bad["error"]["message"].as_str().unwrap().contains("“44445555666”, is not 12 digits"), "{v}");
    assert_eq!(v["summary"]["accounts_failed"], 1);
    let (_, out, _) = sb.run(&["--lang", "ja", "audit", "--organization"]);
    assert!(out.contains("44445555666") && out.contains("12 桁"), "{out}");
    let (_, out, _) = sb.run(&["--output", "jsonl", "audit", "--organization"]);
    assert!(out.lines().any(|l| l.contains("\"account_id\":\"44445555666\"") && l.contains("\"failed\"")), "{out}");
    // The twin: twelve digits is an account like the others (its member role is not there).
    write("444455556666");
    let (_, v) = sb.json(&["audit", "--organization"]);
    let other = v["accounts"].as_array().unwrap().iter().find(|a| a["account_id"] == "444455556666").unwrap_or_else(|| panic!("{v}"));
    assert_eq!(other["error"]["code"], "AccessDenied", "{v}");
}

#[test]
fn permissions_for_an_organization_audit() {
    let sb = Sandbox::new();
    let (code, v) = sb.json(&["permissions", "audit", "--organization", "--assume-role", "/audit/Reader", "--external-id", "ops-7", "--account", "111122223333"]);
    assert_eq!(code, 0);
    let caller = v["policy"].to_string();
    assert!(caller.contains("organizations:ListAccounts") && caller.contains("arn:aws:iam::*:role/audit/Reader"), "{caller}");
    assert!(!v["member_policy"].to_string().contains("iam:Create"), "the member role only reads");
    assert_eq!(v["member_trust_policy"]["Statement"][0]["Principal"]["AWS"], "arn:aws:iam::111122223333:root");
    assert_eq!(v["member_trust_policy"]["Statement"][0]["Condition"]["StringEquals"]["sts:ExternalId"], "ops-7");
    let (code, _, err) = sb.run(&["permissions", "create", "--organization"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("create") && err.contains("audit"), "{err}");
}

#[test]
fn a_state_file_that_may_not_be_written_or_is_no_state_is_refused_and_left_alone() {
    use std::os::unix::fs::PermissionsExt;
    // Read-only (even for root, whom permissions do not stop): exit 3, named, nothing replaced.
    let s = Sandbox::new();
    let (code, _, err) = s.run(&["create", "eks-node"]);
    assert_eq!(code, 0, "{err}");
    let before = std::fs::read(&s.state).unwrap();
    std::fs::set_permissions(&s.state, std::fs::Permissions::from_mode(0o444)).unwrap();
    let (code, _, err) = s.run(&["create", "eks-node", "--role-name", "Other"]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains(&s.state.display().to_string()) && err.contains("may not be written"), "{err}");
    assert_eq!(std::fs::read(&s.state).unwrap(), before);
    assert_eq!(std::fs::metadata(&s.state).unwrap().permissions().mode() & 0o777, 0o444);
    // check only reads: it still works.
    let (code, _, err) = s.run(&["check", "eks-node"]);
    assert_eq!(code, 0, "{err}");

    // A link to a file that is not a state file (/etc/passwd): refused, and no NAME.lock beside it.
    let dir = tempfile::tempdir().unwrap();
    let passwd = dir.path().join("passwd");
    std::fs::write(&passwd, "root:x:0:0:root:/root:/bin/bash\n").unwrap();
    let link = dir.path().join("state.json");
    std::os::unix::fs::symlink(&passwd, &link).unwrap();
    let out = crate::util::english(dir.path()).args(["--backend", "mock", "--state"]).arg(&link).args(["create", "eks-node"]).output().unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(!dir.path().join("passwd.lock").exists(), "a lock file was created beside it");
    assert_eq!(std::fs::read_to_string(&passwd).unwrap(), "root:x:0:0:root:/root:/bin/bash\n");
}
