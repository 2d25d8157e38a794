//! A [`Desired`] role as infrastructure as code: a CloudFormation template (YAML) or Terraform
//! configuration (HCL), for `rolecall show --format`.
//!
//! Both are rendered from the one model and restate nothing: the role, its trust policy, its
//! managed policies (AWS managed by ARN, customer managed as resources of their own), its inline
//! policies and its instance profile. ARNs in the partition of the context take the partition
//! from the stack (`${AWS::Partition}`, `data.aws_partition`); an `aws:SourceArn` pattern whose
//! account was not given takes the account from the stack (`${AWS::AccountId}`,
//! `data.aws_caller_identity`). The output carries no human text beyond the model's own
//! description.

use std::fmt::Write as _;

use serde_json::Value;

use crate::model::role::Desired;

/// A piece of a string that the stack fills in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Param {
    Partition,
    Account,
}

/// A string, literal or with parameters.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Seg {
    Lit(String),
    Param(Param),
}

/// A value of a template.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Node {
    Text(Vec<Seg>),
    Bool(bool),
    Number(String),
    Null,
    List(Vec<Node>),
    Map(Vec<(String, Node)>),
    /// A reference to another resource's attribute: CloudFormation `Ref`/`GetAtt`, Terraform `type.name.attr`.
    Ref(Reference),
    /// A document, written as JSON: YAML in CloudFormation, `jsonencode(...)` in Terraform.
    Document(Box<Node>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Reference {
    /// CloudFormation: `Ref: id` when `attr` is `None`, else `Fn::GetAtt: [id, attr]`.
    cfn: (String, Option<&'static str>),
    /// Terraform: `aws_iam_role.eks_node.arn`.
    tf: String,
}

fn lit(s: &str) -> Node {
    Node::Text(vec![Seg::Lit(s.to_owned())])
}

/// The model's strings, with the stack's partition (and, for the SourceArn patterns when no
/// account was given, its account) in place of the context's.
fn text(d: &Desired, s: &str) -> Node {
    let prefix = format!("arn:{}:", d.partition.id());
    let Some(rest) = s.strip_prefix(&prefix) else { return lit(s) };
    let mut segs = vec![Seg::Lit("arn:".into()), Seg::Param(Param::Partition)];
    // service:region:account:resource
    let parts: Vec<&str> = rest.splitn(4, ':').collect();
    if d.account.is_none() && d.source_arns.iter().any(|a| a == s) && parts.len() == 4 && parts[2] == "*" {
        segs.push(Seg::Lit(format!(":{}:{}:", parts[0], parts[1])));
        segs.push(Seg::Param(Param::Account));
        segs.push(Seg::Lit(format!(":{}", parts[3])));
    } else {
        segs.push(Seg::Lit(format!(":{rest}")));
    }
    Node::Text(segs)
}

fn document(d: &Desired, v: &Value) -> Node {
    fn walk(d: &Desired, v: &Value) -> Node {
        match v {
            Value::String(s) => text(d, s),
            Value::Bool(b) => Node::Bool(*b),
            Value::Number(n) => Node::Number(n.to_string()),
            Value::Null => Node::Null,
            Value::Array(a) => Node::List(a.iter().map(|x| walk(d, x)).collect()),
            Value::Object(o) => Node::Map(o.iter().map(|(k, x)| (k.clone(), walk(d, x))).collect()),
        }
    }
    Node::Document(Box::new(walk(d, v)))
}

/// An identifier from a name: its letters and digits, first letter upper-cased.
fn pascal(name: &str) -> String {
    let mut s: String = name.chars().filter(char::is_ascii_alphanumeric).collect();
    if let Some(first) = s.get(..1).map(str::to_ascii_uppercase) {
        s.replace_range(..1, &first);
    }
    s
}

/// A Terraform name from a name: lower case, anything else an underscore.
fn snake(name: &str) -> String {
    let s: String = name.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '_' }).collect();
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        format!("_{s}")
    } else {
        s
    }
}

/// The policy name at the end of a policy ARN.
fn policy_name(arn: &str) -> &str {
    arn.rsplit('/').next().unwrap_or(arn)
}

/// The role and what belongs to it, as resources common to both formats.
struct Model {
    role_cfn: String,
    role_tf: String,
    /// (name, ARN or reference) of every managed policy to attach, in the model's order.
    attachments: Vec<(String, Node)>,
    /// Customer managed policies: (cfn id, tf name, policy name, document).
    customer: Vec<(String, String, String, Node)>,
    /// Inline policies: (cfn id, tf name, policy name, document).
    inline: Vec<(String, String, String, Node)>,
}

fn model(d: &Desired) -> Model {
    let role_tf = snake(d.kind.slug());
    let customer: Vec<(String, String, String, Node)> = d
        .customer_managed_policies
        .iter()
        .map(|c| (format!("{}ManagedPolicy", pascal(&c.name)), snake(&c.name), c.name.clone(), document(d, &c.document)))
        .collect();
    let attachments = d
        .managed_policy_arns
        .iter()
        .map(|arn| match d.customer_managed_policies.iter().zip(&customer).find(|(c, _)| c.arn.as_deref() == Some(arn.as_str())) {
            Some((c, (id, tf, _, _))) => (c.name.clone(), Node::Ref(Reference { cfn: (id.clone(), None), tf: format!("aws_iam_policy.{tf}.arn") })),
            None => (policy_name(arn).to_owned(), text(d, arn)),
        })
        .collect();
    let inline = d
        .inline_policies
        .iter()
        .map(|p| (format!("{}RolePolicy", pascal(&p.name)), snake(&p.name), p.name.clone(), document(d, &p.document)))
        .collect();
    Model { role_cfn: "Role".into(), role_tf, attachments, customer, inline }
}

fn uses(node: &Node, p: Param) -> bool {
    match node {
        Node::Text(segs) => segs.contains(&Seg::Param(p)),
        Node::List(l) => l.iter().any(|n| uses(n, p)),
        Node::Map(m) => m.iter().any(|(_, n)| uses(n, p)),
        Node::Document(n) => uses(n, p),
        _ => false,
    }
}

// ---------------------------------------------------------------------------------------------
// CloudFormation (YAML)

/// Whether a string can be written as a plain YAML scalar and read back as the same string.
fn yaml_plain(s: &str) -> bool {
    let reserved = ["true", "false", "yes", "no", "on", "off", "null", "y", "n", "~"];
    !s.is_empty()
        && s.starts_with(|c: char| c.is_ascii_alphabetic() || c == '/' || c == '_')
        && s.chars().all(|c| c.is_ascii_alphanumeric() || "_./:@*+=,-".contains(c))
        && !s.ends_with(':')
        && !reserved.contains(&s.to_ascii_lowercase().as_str())
}

fn yaml_str(s: &str) -> String {
    if yaml_plain(s) {
        s.to_owned()
    } else {
        // A JSON string is a YAML double-quoted scalar.
        Value::String(s.to_owned()).to_string()
    }
}

/// A node with CloudFormation's intrinsic functions in place of parameters and references.
fn cfn_node(n: &Node) -> Node {
    match n {
        Node::Text(segs) if segs.iter().any(|s| matches!(s, Seg::Param(_))) => {
            let mut s = String::new();
            for seg in segs {
                match seg {
                    Seg::Lit(l) => s.push_str(&l.replace("${", "${!")),
                    Seg::Param(Param::Partition) => s.push_str("${AWS::Partition}"),
                    Seg::Param(Param::Account) => s.push_str("${AWS::AccountId}"),
                }
            }
            Node::Map(vec![("Fn::Sub".into(), lit(&s))])
        }
        Node::Ref(r) => match r.cfn.1 {
            None => Node::Map(vec![("Ref".into(), lit(&r.cfn.0))]),
            Some(attr) => Node::Map(vec![("Fn::GetAtt".into(), Node::List(vec![lit(&r.cfn.0), lit(attr)]))]),
        },
        Node::List(l) => Node::List(l.iter().map(cfn_node).collect()),
        Node::Map(m) => Node::Map(m.iter().map(|(k, x)| (k.clone(), cfn_node(x))).collect()),
        Node::Document(x) => cfn_node(x),
        other => other.clone(),
    }
}

fn yaml_scalar(n: &Node) -> Option<String> {
    match n {
        Node::Text(segs) => Some(yaml_str(&segs.iter().map(|s| if let Seg::Lit(l) = s { l.as_str() } else { "" }).collect::<String>())),
        Node::Bool(b) => Some(b.to_string()),
        Node::Number(x) => Some(x.clone()),
        Node::Null => Some("null".into()),
        Node::List(l) if l.is_empty() => Some("[]".into()),
        Node::Map(m) if m.is_empty() => Some("{}".into()),
        _ => None,
    }
}

fn yaml(out: &mut String, n: &Node, indent: usize) {
    let pad = " ".repeat(indent);
    match n {
        Node::Map(m) => {
            for (k, v) in m {
                match yaml_scalar(v) {
                    Some(s) => {
                        let _ = writeln!(out, "{pad}{}: {s}", yaml_str(k));
                    }
                    None => {
                        let _ = writeln!(out, "{pad}{}:", yaml_str(k));
                        yaml(out, v, indent + 2);
                    }
                }
            }
        }
        Node::List(l) => {
            for v in l {
                match yaml_scalar(v) {
                    Some(s) => {
                        let _ = writeln!(out, "{pad}- {s}");
                    }
                    None => {
                        // The first line of the item follows the dash.
                        let mut item = String::new();
                        yaml(&mut item, v, indent + 2);
                        let _ = write!(out, "{pad}- {}", &item[indent + 2..]);
                    }
                }
            }
        }
        other => {
            let _ = writeln!(out, "{pad}{}", yaml_scalar(other).unwrap_or_default());
        }
    }
}

/// The role as a CloudFormation template (YAML).
pub fn cloudformation(d: &Desired) -> String {
    let md = model(d);
    let role_ref = Node::Ref(Reference { cfn: (md.role_cfn.clone(), None), tf: String::new() });
    let mut resources: Vec<(String, Node)> = Vec::new();
    for (id, _, name, doc) in &md.customer {
        resources.push((
            id.clone(),
            Node::Map(vec![
                ("Type".into(), lit("AWS::IAM::ManagedPolicy")),
                ("Properties".into(), Node::Map(vec![("ManagedPolicyName".into(), lit(name)), ("PolicyDocument".into(), doc.clone())])),
            ]),
        ));
    }
    let mut role_props = vec![
        ("RoleName".into(), lit(d.role_name.as_str())),
        ("Path".into(), lit(d.path.as_str())),
        ("Description".into(), lit(d.description)),
        ("AssumeRolePolicyDocument".into(), document(d, &d.trust.to_value())),
    ];
    if !md.attachments.is_empty() {
        role_props.push(("ManagedPolicyArns".into(), Node::List(md.attachments.iter().map(|(_, n)| n.clone()).collect())));
    }
    resources.push((md.role_cfn.clone(), Node::Map(vec![("Type".into(), lit("AWS::IAM::Role")), ("Properties".into(), Node::Map(role_props))])));
    for (id, _, name, doc) in &md.inline {
        resources.push((
            id.clone(),
            Node::Map(vec![
                ("Type".into(), lit("AWS::IAM::RolePolicy")),
                (
                    "Properties".into(),
                    Node::Map(vec![("RoleName".into(), role_ref.clone()), ("PolicyName".into(), lit(name)), ("PolicyDocument".into(), doc.clone())]),
                ),
            ]),
        ));
    }
    let mut outputs = vec![("RoleArn".to_owned(), Node::Map(vec![("Value".into(), Node::Ref(Reference { cfn: (md.role_cfn.clone(), Some("Arn")), tf: String::new() }))]))];
    if let Some(p) = &d.instance_profile {
        resources.push((
            "InstanceProfile".into(),
            Node::Map(vec![
                ("Type".into(), lit("AWS::IAM::InstanceProfile")),
                (
                    "Properties".into(),
                    Node::Map(vec![("InstanceProfileName".into(), lit(p.as_str())), ("Path".into(), lit(d.path.as_str())), ("Roles".into(), Node::List(vec![role_ref.clone()]))]),
                ),
            ]),
        ));
        outputs.push((
            "InstanceProfileArn".into(),
            Node::Map(vec![("Value".into(), Node::Ref(Reference { cfn: ("InstanceProfile".into(), Some("Arn")), tf: String::new() }))]),
        ));
    }
    let template = Node::Map(vec![
        ("AWSTemplateFormatVersion".into(), lit("2010-09-09")),
        ("Description".into(), lit(d.description)),
        ("Resources".into(), Node::Map(resources)),
        ("Outputs".into(), Node::Map(outputs)),
    ]);
    let mut out = String::new();
    yaml(&mut out, &cfn_node(&template), 0);
    out
}

// ---------------------------------------------------------------------------------------------
// Terraform (HCL)

fn hcl_ident(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_') && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

fn hcl_lit(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            // Template sequences are escaped by doubling their first character.
            '$' | '%' if chars.peek() == Some(&'{') => {
                out.push(c);
                out.push(c);
            }
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out
}

fn hcl_text(segs: &[Seg]) -> String {
    let mut s = String::from("\"");
    for seg in segs {
        match seg {
            Seg::Lit(l) => s.push_str(&hcl_lit(l)),
            Seg::Param(Param::Partition) => s.push_str("${data.aws_partition.current.partition}"),
            Seg::Param(Param::Account) => s.push_str("${data.aws_caller_identity.current.account_id}"),
        }
    }
    s.push('"');
    s
}

/// An HCL expression, at an indentation.
fn hcl(n: &Node, indent: usize) -> String {
    let pad = " ".repeat(indent + 2);
    let end = " ".repeat(indent);
    match n {
        Node::Text(segs) => hcl_text(segs),
        Node::Bool(b) => b.to_string(),
        Node::Number(x) => x.clone(),
        Node::Null => "null".into(),
        Node::Ref(r) => r.tf.clone(),
        Node::Document(x) => format!("jsonencode({})", hcl(x, indent)),
        Node::List(l) if l.is_empty() => "[]".into(),
        Node::List(l) => {
            let items: Vec<String> = l.iter().map(|x| format!("{pad}{},\n", hcl(x, indent + 2))).collect();
            format!("[\n{}{end}]", items.concat())
        }
        Node::Map(m) if m.is_empty() => "{}".into(),
        Node::Map(m) => {
            let items: Vec<(String, String)> = m.iter().map(|(k, x)| (hcl_key(k), hcl(x, indent + 2))).collect();
            format!("{{\n{}{end}}}", aligned(&items, &pad))
        }
    }
}

fn hcl_key(k: &str) -> String {
    if hcl_ident(k) {
        k.to_owned()
    } else {
        hcl_text(&[Seg::Lit(k.to_owned())])
    }
}

/// A block's body: `name = value` lines, aligned as `terraform fmt` aligns them.
fn block(out: &mut String, header: &str, attrs: &[(&str, Node)]) {
    let items: Vec<(String, String)> = attrs.iter().map(|(k, v)| ((*k).to_owned(), hcl(v, 2))).collect();
    let _ = write!(out, "{header} {{\n{}}}\n\n", aligned(&items, "  "));
}

/// `name = value` lines with their equals signs aligned as `terraform fmt` aligns them: in runs
/// of attributes, a run ending at an attribute whose value spans several lines.
fn aligned(items: &[(String, String)], pad: &str) -> String {
    let mut out = String::new();
    let mut start = 0;
    while start < items.len() {
        let end = items[start..].iter().position(|(_, v)| v.contains('\n')).map_or(items.len(), |i| start + i + 1);
        let width = items[start..end].iter().map(|(k, _)| k.chars().count()).max().unwrap_or(0);
        for (k, v) in &items[start..end] {
            let _ = writeln!(out, "{pad}{k:<width$} = {v}");
        }
        start = end;
    }
    out
}

/// The role as Terraform configuration (HCL) for the AWS provider.
pub fn terraform(d: &Desired) -> String {
    let md = model(d);
    let role = format!("aws_iam_role.{}", md.role_tf);
    let reference = |tf: String| Node::Ref(Reference { cfn: (String::new(), None), tf });
    let trust = document(d, &d.trust.to_value());
    let mut body = String::new();
    for (_, tf, name, doc) in &md.customer {
        block(&mut body, &format!("resource \"aws_iam_policy\" \"{tf}\""), &[("name", lit(name)), ("policy", doc.clone())]);
    }
    block(
        &mut body,
        &format!("resource \"aws_iam_role\" \"{}\"", md.role_tf),
        &[("name", lit(d.role_name.as_str())), ("path", lit(d.path.as_str())), ("description", lit(d.description)), ("assume_role_policy", trust.clone())],
    );
    if !md.attachments.is_empty() {
        let map = Node::Map(md.attachments.clone());
        block(
            &mut body,
            &format!("resource \"aws_iam_role_policy_attachment\" \"{}\"", md.role_tf),
            &[("for_each", map), ("role", reference(format!("{role}.name"))), ("policy_arn", reference("each.value".into()))],
        );
    }
    for (_, tf, name, doc) in &md.inline {
        block(&mut body, &format!("resource \"aws_iam_role_policy\" \"{tf}\""), &[("name", lit(name)), ("role", reference(format!("{role}.id"))), ("policy", doc.clone())]);
    }
    if let Some(p) = &d.instance_profile {
        block(
            &mut body,
            &format!("resource \"aws_iam_instance_profile\" \"{}\"", md.role_tf),
            &[("name", lit(p.as_str())), ("path", lit(d.path.as_str())), ("role", reference(format!("{role}.name")))],
        );
    }
    block(&mut body, "output \"role_arn\"", &[("value", reference(format!("{role}.arn")))]);
    if d.instance_profile.is_some() {
        block(&mut body, "output \"instance_profile_arn\"", &[("value", reference(format!("aws_iam_instance_profile.{}.arn", md.role_tf)))]);
    }
    let all: Vec<&Node> = std::iter::once(&trust).chain(md.attachments.iter().map(|(_, n)| n)).chain(md.customer.iter().map(|c| &c.3)).chain(md.inline.iter().map(|c| &c.3)).collect();
    let mut out = String::from("terraform {\n  required_providers {\n    aws = {\n      source = \"hashicorp/aws\"\n    }\n  }\n}\n\n");
    if all.iter().any(|n| uses(n, Param::Partition)) {
        out.push_str("data \"aws_partition\" \"current\" {}\n\n");
    }
    if all.iter().any(|n| uses(n, Param::Account)) {
        out.push_str("data \"aws_caller_identity\" \"current\" {}\n\n");
    }
    out.push_str(&body);
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::input::{AccountId, ClusterName, IamPath, Region};
    use crate::model::role::{ClusterScope, Context, Permission, Scope, ECS_INSTANCE, FARGATE_POD_EXECUTION};
    use crate::model::partition::Partition;

    fn fargate(account: Option<&str>) -> Desired {
        FARGATE_POD_EXECUTION.desired(&Context {
            partition: Partition::Aws,
            account: account.map(|a| AccountId::parse(a).unwrap_or_else(|_| unreachable!())),
            role_name: None,
            path: IamPath::root(),
            secrets: vec![],
            clusters: vec![ClusterScope {
                name: Scope::One(ClusterName::parse("c").unwrap_or_else(|_| unreachable!())),
                region: Scope::One(Region::parse("us-west-2").unwrap_or_else(|_| unreachable!())),
            }],
            permissions: vec![],
        })
    }

    #[test]
    fn the_account_comes_from_the_stack_only_when_not_given() {
        let t = cloudformation(&fargate(None));
        assert!(t.contains("\"arn:${AWS::Partition}:eks:us-west-2:${AWS::AccountId}:fargateprofile/c/*\""), "{t}");
        let t = cloudformation(&fargate(Some("111122223333")));
        assert!(t.contains("\"arn:${AWS::Partition}:eks:us-west-2:111122223333:fargateprofile/c/*\""), "{t}");
        let t = terraform(&fargate(None));
        assert!(t.contains("data \"aws_caller_identity\" \"current\" {}"), "{t}");
        assert!(t.contains("\"arn:${data.aws_partition.current.partition}:eks:us-west-2:${data.aws_caller_identity.current.account_id}:fargateprofile/c/*\""), "{t}");
        assert!(!terraform(&fargate(Some("111122223333"))).contains("aws_caller_identity"));
    }

    #[test]
    fn escapes() {
        assert_eq!(hcl_lit("a${b}%{c}\"\\"), "a$${b}%%{c}\\\"\\\\");
        assert_eq!(yaml_str("sts:AssumeRole"), "sts:AssumeRole");
        assert_eq!(yaml_str("2012-10-17"), "\"2012-10-17\"");
        assert_eq!(yaml_str("yes"), "\"yes\"");
        assert_eq!(yaml_str("*"), "\"*\"");
        assert_eq!(yaml_str("a: b"), "\"a: b\"");
        assert_eq!(snake("AmazonEKS_CNI_IPv6_Policy"), "amazoneks_cni_ipv6_policy");
        assert_eq!(pascal("cwlogspolicy"), "Cwlogspolicy");
    }

    #[test]
    fn every_kind_of_policy_has_its_resource() {
        let mut d = ECS_INSTANCE.desired(&Context {
            partition: Partition::AwsCn,
            account: None,
            role_name: None,
            path: IamPath::root(),
            clusters: vec![],
            secrets: vec![],
            permissions: vec![Permission::EcrPull, Permission::CloudWatchLogs, Permission::S3ReadOnly],
        });
        // The ECS policy covers ECR pull today; an inline policy still gets its resource.
        if d.inline_policies.is_empty() {
            d.inline_policies.push(crate::model::role::NamedDocument { name: "AmazonECRPull".into(), arn: None, document: crate::model::role::ecr_pull_document(Partition::AwsCn) });
        }
        let cfn = cloudformation(&d);
        for s in ["Type: AWS::IAM::Role", "Type: AWS::IAM::ManagedPolicy", "Type: AWS::IAM::RolePolicy", "Type: AWS::IAM::InstanceProfile", "Ref: CwlogspolicyManagedPolicy"] {
            assert!(cfn.contains(s), "{s}: {cfn}");
        }
        assert!(!cfn.contains("arn:aws-cn:"), "the partition comes from the stack: {cfn}");
        let tf = terraform(&d);
        for s in ["resource \"aws_iam_role\" \"ecs_instance\"", "resource \"aws_iam_policy\" \"cwlogspolicy\"", "resource \"aws_iam_role_policy\" \"amazonecrpull\"", "resource \"aws_iam_instance_profile\" \"ecs_instance\"", "aws_iam_policy.cwlogspolicy.arn", "jsonencode("] {
            assert!(tf.contains(s), "{s}: {tf}");
        }
    }
}
