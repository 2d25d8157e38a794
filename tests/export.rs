//! `rolecall show --format cloudformation|terraform`: each template is parsed back (YAML with
//! serde_norway, HCL with hcl-rs), its intrinsic functions and references are resolved for an
//! account and partition, and what it would deploy must be exactly what `rolecall show --output
//! json` defines: the role, its trust policy, every managed policy, every customer managed and
//! inline policy document and the instance profile.



use std::collections::BTreeMap;


use hcl::eval::{Context, Evaluate, FuncArgs, FuncDef, ParamType};
use serde_json::{json, Value};

const ACCOUNT: &str = "111122223333";

/// What a template deploys, in `show --output json`'s terms.
#[derive(Debug, PartialEq)]
struct Deployed {
    role_name: Value,
    path: Value,
    description: Value,
    trust_policy: Value,
    managed_policy_arns: Vec<String>,
    customer_managed_policies: BTreeMap<String, (String, Value)>,
    inline_policies: BTreeMap<String, Value>,
    instance_profile: Value,
}

fn expected(show: &Value) -> Deployed {
    Deployed {
        role_name: show["role_name"].clone(),
        path: show["path"].clone(),
        description: show["description"].clone(),
        trust_policy: show["trust_policy"].clone(),
        managed_policy_arns: show["managed_policy_arns"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a.as_str().unwrap().to_owned())
            .collect(),
        customer_managed_policies: show["customer_managed_policies"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| {
                (
                    c["name"].as_str().unwrap().to_owned(),
                    (c["arn"].as_str().unwrap().to_owned(), c["document"].clone()),
                )
            })
            .collect(),
        inline_policies: show["inline_policies"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| (c["name"].as_str().unwrap().to_owned(), c["document"].clone()))
            .collect(),
        instance_profile: show["instance_profile"].clone(),
    }
}

fn rolecall(args: &[&str]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let out = crate::util::english(dir.path())
        .args(["--backend", "mock", "--state"])
        .arg(dir.path().join("iam.json"))
        .args(args)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "rolecall {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

// ---------------------------------------------------------------------------------------------
// CloudFormation

/// Resolves `Fn::Sub`, `Ref` and `Fn::GetAtt` as CloudFormation would in this account.
fn resolve(v: &Value, partition: &str, resources: &serde_json::Map<String, Value>) -> Value {
    match v {
        Value::Object(o) if o.len() == 1 && o.contains_key("Fn::Sub") => {
            let s = o["Fn::Sub"].as_str().unwrap();
            let out = s.replace("${AWS::Partition}", partition).replace("${AWS::AccountId}", ACCOUNT);
            assert!(!out.contains("${"), "unresolved substitution in {s}");
            Value::String(out)
        }
        Value::Object(o) if o.len() == 1 && o.contains_key("Ref") => {
            let id = o["Ref"].as_str().unwrap();
            let r = &resources[id];
            let props = &r["Properties"];
            // Ref: a role's name, a managed policy's ARN.
            match r["Type"].as_str().unwrap() {
                "AWS::IAM::Role" => props["RoleName"].clone(),
                "AWS::IAM::ManagedPolicy" => json!(format!(
                    "arn:{partition}:iam::{ACCOUNT}:policy/{}",
                    props["ManagedPolicyName"].as_str().unwrap()
                )),
                t => panic!("Ref to {t}"),
            }
        }
        Value::Object(o) if o.len() == 1 && o.contains_key("Fn::GetAtt") => json!(format!("GetAtt {}", o["Fn::GetAtt"])),
        Value::Object(o) => Value::Object(o.iter().map(|(k, x)| (k.clone(), resolve(x, partition, resources))).collect()),
        Value::Array(a) => Value::Array(a.iter().map(|x| resolve(x, partition, resources)).collect()),
        other => other.clone(),
    }
}

fn deployed_by_cloudformation(yaml: &str, partition: &str) -> Deployed {
    let t: Value = serde_norway::from_str(yaml).unwrap_or_else(|e| panic!("not YAML ({e}):\n{yaml}"));
    assert_eq!(t["AWSTemplateFormatVersion"], "2010-09-09");
    let raw = t["Resources"].as_object().unwrap().clone();
    let resources: BTreeMap<String, Value> = raw.iter().map(|(k, v)| (k.clone(), resolve(v, partition, &raw))).collect();
    let of_type = |ty: &str| {
        resources
            .values()
            .filter(move |r| r["Type"] == ty)
            .map(|r| &r["Properties"])
            .collect::<Vec<_>>()
    };
    for r in resources.values() {
        assert!(
            ["AWS::IAM::Role", "AWS::IAM::ManagedPolicy", "AWS::IAM::RolePolicy", "AWS::IAM::InstanceProfile"].contains(&r["Type"].as_str().unwrap()),
            "{r}"
        );
    }
    let roles = of_type("AWS::IAM::Role");
    assert_eq!(roles.len(), 1);
    let role = roles[0];
    let profiles = of_type("AWS::IAM::InstanceProfile");
    assert!(profiles.len() <= 1);
    for p in &profiles {
        assert_eq!(p["Roles"], json!([role["RoleName"]]));
        assert_eq!(p["Path"], role["Path"]);
    }
    for p in of_type("AWS::IAM::RolePolicy") {
        assert_eq!(p["RoleName"], role["RoleName"]);
    }
    Deployed {
        role_name: role["RoleName"].clone(),
        path: role["Path"].clone(),
        description: role["Description"].clone(),
        trust_policy: role["AssumeRolePolicyDocument"].clone(),
        managed_policy_arns: role["ManagedPolicyArns"]
            .as_array()
            .map(|a| a.iter().map(|x| x.as_str().unwrap().to_owned()).collect())
            .unwrap_or_default(),
        customer_managed_policies: of_type("AWS::IAM::ManagedPolicy")
            .iter()
            .map(|p| {
                let name = p["ManagedPolicyName"].as_str().unwrap().to_owned();
                (
                    name.clone(),
                    (format!("arn:{partition}:iam::{ACCOUNT}:policy/{name}"), p["PolicyDocument"].clone()),
                )
            })
            .collect(),
        inline_policies: of_type("AWS::IAM::RolePolicy")
            .iter()
            .map(|p| (p["PolicyName"].as_str().unwrap().to_owned(), p["PolicyDocument"].clone()))
            .collect(),
        instance_profile: profiles.first().map_or(Value::Null, |p| p["InstanceProfileName"].clone()),
    }
}

// ---------------------------------------------------------------------------------------------
// Terraform

fn identity(args: FuncArgs) -> Result<hcl::Value, String> {
    args.into_values().into_iter().next().ok_or_else(|| "jsonencode takes one argument".to_owned())
}

fn to_json(v: hcl::Value) -> Value {
    serde_json::to_value(v).unwrap()
}

fn deployed_by_terraform(text: &str, partition: &str) -> Deployed {
    let body: hcl::Body = hcl::from_str(text).unwrap_or_else(|e| panic!("not HCL ({e}):\n{text}"));
    let blocks: Vec<&hcl::Block> = body.blocks().collect();
    let resources = |ty: &str| {
        blocks
            .iter()
            .filter(move |b| b.identifier() == "resource" && b.labels()[0].as_str() == ty)
            .copied()
            .collect::<Vec<_>>()
    };
    let attr = |b: &hcl::Block, name: &str| {
        b.body()
            .attributes()
            .find(|a| a.key() == name)
            .map(|a| a.expr().clone())
            .unwrap_or_else(|| panic!("{name} missing"))
    };
    for b in &blocks {
        match b.identifier() {
            "terraform" | "output" => {}
            "data" => assert!(["aws_partition", "aws_caller_identity"].contains(&b.labels()[0].as_str())),
            "resource" => assert!(
                [
                    "aws_iam_role",
                    "aws_iam_policy",
                    "aws_iam_role_policy_attachment",
                    "aws_iam_role_policy",
                    "aws_iam_instance_profile"
                ]
                .contains(&b.labels()[0].as_str()),
                "{:?}",
                b.labels()
            ),
            other => panic!("unexpected block {other}"),
        }
    }

    let roles = resources("aws_iam_role");
    assert_eq!(roles.len(), 1);
    let role = roles[0];
    let role_label = role.labels()[1].as_str().to_owned();
    let mut ctx = Context::new();
    ctx.declare_func("jsonencode", FuncDef::builder().param(ParamType::Any).build(identity));
    ctx.declare_var(
        "data",
        hcl::value!({ aws_partition = { current = { partition = (partition) } }, aws_caller_identity = { current = { account_id = (ACCOUNT) } } }),
    );
    let eval = |ctx: &Context, e: hcl::Expression| -> Value { to_json(e.evaluate(ctx).unwrap_or_else(|err| panic!("{err}"))) };

    let role_name = eval(&ctx, attr(role, "name"));
    let mut role_var = hcl::Map::new();
    role_var.insert(
        role_label.clone(),
        hcl::value!({ name = (role_name.as_str().unwrap()), id = (role_name.as_str().unwrap()) }),
    );
    ctx.declare_var("aws_iam_role", hcl::Value::Object(role_var));
    let mut customer = BTreeMap::new();
    let mut policy_var = hcl::Map::new();
    for p in resources("aws_iam_policy") {
        let name = eval(&ctx, attr(p, "name")).as_str().unwrap().to_owned();
        let arn = format!("arn:{partition}:iam::{ACCOUNT}:policy/{name}");
        policy_var.insert(p.labels()[1].as_str().to_owned(), hcl::value!({ arn = (arn.as_str()) }));
        customer.insert(name, (arn, eval(&ctx, attr(p, "policy"))));
    }
    ctx.declare_var("aws_iam_policy", hcl::Value::Object(policy_var));

    let mut managed = Vec::new();
    for a in resources("aws_iam_role_policy_attachment") {
        assert_eq!(eval(&ctx, attr(a, "role")), role_name);
        let each = eval(&ctx, attr(a, "for_each"));
        for (_, arn) in each.as_object().unwrap() {
            let mut c = ctx.clone();
            c.declare_var("each", hcl::value!({ value = (arn.as_str().unwrap()) }));
            managed.push(eval(&c, attr(a, "policy_arn")).as_str().unwrap().to_owned());
        }
    }
    let inline = resources("aws_iam_role_policy")
        .iter()
        .map(|p| {
            assert_eq!(eval(&ctx, attr(p, "role")), role_name);
            (eval(&ctx, attr(p, "name")).as_str().unwrap().to_owned(), eval(&ctx, attr(p, "policy")))
        })
        .collect();
    let profiles = resources("aws_iam_instance_profile");
    assert!(profiles.len() <= 1);
    for p in &profiles {
        assert_eq!(eval(&ctx, attr(p, "role")), role_name);
    }
    Deployed {
        role_name,
        path: eval(&ctx, attr(role, "path")),
        description: eval(&ctx, attr(role, "description")),
        trust_policy: eval(&ctx, attr(role, "assume_role_policy")),
        managed_policy_arns: managed,
        customer_managed_policies: customer,
        inline_policies: inline,
        instance_profile: profiles.first().map_or(Value::Null, |p| eval(&ctx, attr(p, "name"))),
    }
}

#[test]
fn templates_deploy_exactly_what_show_defines() {
    let mut checked = 0;
    for (partition, region) in [("aws", "us-west-2"), ("aws-cn", "cn-north-1"), ("aws-us-gov", "us-gov-west-1")] {
        let cases: [&[&str]; 7] = [
            &["fargate-pod-execution", "--cluster", "prod", "--cluster-region", region],
            &["fargate-pod-execution", "--cluster", "a", "--cluster", "b", "--cluster-region", "*"],
            &[
                "fargate-pod-execution",
                "--cluster",
                "*",
                "--cluster-region",
                "*",
                "--role-name",
                "FargateRole",
                "--path",
                "/eks/",
            ],
            &["eks-node"],
            &["eks-node", "--cni", "ipv6"],
            &["eks-node", "--cni", "ipv4", "--role-name", "Nodes"],
            &[
                "ecs-instance",
                "--with",
                "ecr-pull",
                "--with",
                "cloudwatch-logs",
                "--with",
                "s3-read-only",
                "--path",
                "/ecs/",
            ],
        ];
        for case in cases {
            // EKS on Fargate isn't available in aws-us-gov: show refuses it there (tests/cli.rs).
            if partition == "aws-us-gov" && case[0] == "fargate-pod-execution" {
                continue;
            }
            for account in [None, Some(ACCOUNT)] {
                let mut args: Vec<&str> = vec!["show"];
                args.extend_from_slice(case);
                args.extend(["--partition", partition]);
                if let Some(a) = account {
                    args.extend(["--account", a]);
                }
                let show: Value = serde_json::from_str(&rolecall(&[&args[..], &["--output", "json"]].concat())).unwrap();
                let want = expected(&show);
                let cfn = rolecall(&[&args[..], &["--format", "cloudformation"]].concat());
                assert_eq!(deployed_by_cloudformation(&cfn, partition), want, "{args:?} cloudformation:\n{cfn}");
                let tf = rolecall(&[&args[..], &["--format", "terraform"]].concat());
                assert_eq!(deployed_by_terraform(&tf, partition), want, "{args:?} terraform:\n{tf}");
                // The partition comes from the stack, wherever an ARN names it.
                assert!(
                    !cfn.contains(&format!("arn:{partition}:")) && !tf.contains(&format!("arn:{partition}:")),
                    "{args:?}"
                );
                checked += 1;
            }
        }
    }
    assert_eq!(checked, 36);
}

#[test]
fn format_is_checked_before_anything_is_opened() {
    let dir = tempfile::tempdir().unwrap();
    for (args, value) in [
        (&["show", "eks-node", "--format", "pulumi"][..], "pulumi"),
        (&["--output", "json", "show", "eks-node", "--format", "terraform"][..], "terraform"),
    ] {
        let out = crate::util::english(dir.path())
            .args(["--backend", "mock", "--state"])
            .arg(dir.path().join("iam.json"))
            .args(args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains(value) && err.contains("--format"), "{err}");
    }
}
