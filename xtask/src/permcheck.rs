//! `cargo xtask cross-check --permissions`: compares rolecall's permission verdicts
//! ([`rolecall_policy::permission::PolicySet::decide`]) with `@cloud-copilot/iam-simulate` on
//! generated identity policies, permissions boundaries and SCP levels.
//!
//! Each case is a role (`arn:aws:iam::111122223333:role/node`) calling one action on one
//! concrete resource: `ecr:BatchGetImage` on a repository, `s3:GetObject` on an object,
//! `ec2:DescribeInstances` on `*`, `iam:PassRole` on a role. Its policies: one or two identity
//! policies, sometimes a boundary, and either no SCPs or two or three levels of one or two SCPs
//! each (FullAWSAccess often among them); statements with Action/NotAction and
//! Resource/NotResource drawn from wildcard patterns, and conditions on keys whose values the
//! case states or leaves absent (principal tags, the requested region, the source IP), never on
//! keys rolecall treats as unknown. Sets of resources are not compared here (iam-simulate
//! answers one resource): the property tests in rolecall-policy check sets against members.
//!
//! One known class of difference, generated only with `--known` ([`SHORT_PATTERN`]): a
//! Resource pattern of fewer than six parts ending with `*` (`arn:aws:ecr:*`).

use std::collections::BTreeMap;
use std::error::Error;
use std::path::Path;

use rolecall_policy::document::PolicyDocument;
use rolecall_policy::eval::{Caller, Context, Decision};
use rolecall_policy::permission::{Access, Failure, Named, PolicySet, ResourceSet, ScpLevel, Scps};
use serde_json::{json, Value};

use crate::crosscheck::{simulate_lines, Answer, Options, Rng, IAM_SIMULATE};

const ACCOUNT: &str = "111122223333";
const ROLE: &str = "arn:aws:iam::111122223333:role/node";

/// Actions and the concrete resources they are called on.
const REQUESTS: [(&str, &[&str]); 4] = [
    ("ecr:BatchGetImage", &["arn:aws:ecr:us-west-2:111122223333:repository/app", "arn:aws:ecr:eu-west-1:111122223333:repository/base", "arn:aws:ecr:us-west-2:444455556666:repository/app"]),
    ("s3:GetObject", &["arn:aws:s3:::bucket/key", "arn:aws:s3:::logs/2024/a.txt"]),
    ("ec2:DescribeInstances", &["*"]),
    ("iam:PassRole", &["arn:aws:iam::111122223333:role/app", "arn:aws:iam::111122223333:role/admin/x"]),
];

const ACTION_PATTERNS: [&str; 12] = ["*", "ecr:*", "ecr:BatchGet*", "ecr:batchgetimage", "s3:*", "s3:Get*", "ec2:Describe*", "ec2:*", "iam:PassRole", "iam:*", "sts:AssumeRole", "ecr:?atchGetImage"];

const RESOURCE_PATTERNS: [&str; 16] = [
    "*",
    "*",
    "arn:aws:ecr:*:*:repository/*",
    "arn:aws:ecr:us-west-2:111122223333:repository/app",
    "arn:aws:ecr:*:111122223333:repository/a*",
    "arn:aws:ecr:us-west-?:*:*",
    "arn:aws:s3:::bucket/*",
    "arn:aws:s3:::*",
    "arn:aws:s3:::logs/*/a.txt",
    "arn:aws:iam::111122223333:role/*",
    "arn:aws:iam::*:role/admin/*",
    "arn:aws:iam::111122223333:role/app",
    "arn:aws:*:*:111122223333:*",
    "arn:aws:ecr:*:444455556666:repository/*",
    "arn:aws:s3:::bucket/?ey",
    "arn:aws:ecr:eu-west-1:111122223333:repository/*",
];

/// Resource patterns of fewer than six parts that end with `*`: generated with `--known` only.
const SHORT_PATTERNS: [&str; 2] = ["arn:aws:ecr:*", "arn:aws:s3:::bucket:*"];

/// The known class of difference, and who is right per AWS's documentation.
pub const SHORT_PATTERN: (&str, &str) = (
    "short-resource-pattern",
    "A Resource/NotResource pattern of fewer than six parts that ends with `*` (`arn:aws:ecr:*`). AWS (IAM JSON policy elements: Resource, Using wildcards in resource ARNs): \"If the * wildcard is the last character of a resource ARN segment, it can expand to match beyond the colon boundaries\", so `arn:aws:ecr:*` covers every ECR ARN; rolecall follows that. iam-simulate lets such a pattern match nothing (a Resource never applies, a NotResource never applies either). AWS recommends wildcards within segments; the documentation does not say more: open.",
);

/// Conditions on keys a case states or leaves absent.
const CONDITIONS: [&str; 8] = [
    r#"{"StringEquals":{"aws:PrincipalTag/team":"a"}}"#,
    r#"{"StringNotEquals":{"aws:PrincipalTag/team":"a"}}"#,
    r#"{"StringEqualsIfExists":{"aws:PrincipalTag/team":"b"}}"#,
    r#"{"StringEquals":{"aws:RequestedRegion":["us-west-2","eu-west-1"]}}"#,
    r#"{"StringNotEquals":{"aws:RequestedRegion":"us-west-2"}}"#,
    r#"{"IpAddress":{"aws:SourceIp":"10.0.0.0/8"}}"#,
    r#"{"NotIpAddress":{"aws:SourceIp":"10.0.0.0/8"}}"#,
    r#"{"Null":{"aws:PrincipalTag/team":"true"}}"#,
];

const KEYS: [(&str, &[&str]); 3] = [("aws:PrincipalTag/team", &["a", "b"]), ("aws:RequestedRegion", &["us-west-2", "eu-west-1"]), ("aws:SourceIp", &["10.1.2.3", "192.0.2.7"])];

/// One generated case.
#[derive(Debug, Clone)]
pub(crate) struct Case {
    id: usize,
    action: String,
    resource: String,
    identity: Vec<Value>,
    boundary: Option<Value>,
    /// Root first; empty: SCPs not applicable.
    scps: Vec<Vec<Value>>,
    context: BTreeMap<&'static str, String>,
    /// It uses a pattern of [`SHORT_PATTERNS`].
    short: bool,
}

fn full_aws_access() -> Value {
    json!({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]})
}

fn gen_statement(rng: &mut Rng, effect: &str, known: bool) -> Value {
    let mut st = serde_json::Map::new();
    st.insert("Effect".into(), json!(effect));
    let actions: Vec<&str> = rng.some(&ACTION_PATTERNS, 3);
    st.insert(if rng.chance(15) { "NotAction" } else { "Action" }.into(), json!(actions));
    let mut resources: Vec<&str> = rng.some(&RESOURCE_PATTERNS, 3);
    if known && rng.chance(20) {
        resources.push(*rng.pick(&SHORT_PATTERNS));
    }
    st.insert(if rng.chance(20) { "NotResource" } else { "Resource" }.into(), json!(resources));
    if rng.chance(30) {
        let text: &str = rng.pick::<&str>(&CONDITIONS);
        let c: Value = serde_json::from_str(text).expect("every condition in CONDITIONS is JSON");
        st.insert("Condition".into(), c);
    }
    Value::Object(st)
}

fn gen_policy(rng: &mut Rng, deny_percent: u64, known: bool) -> Value {
    let n = 1 + rng.below(3);
    let statements: Vec<Value> = (0..n)
        .map(|_| {
            let effect = if rng.chance(deny_percent) { "Deny" } else { "Allow" };
            gen_statement(rng, effect, known)
        })
        .collect();
    json!({"Version": "2012-10-17", "Statement": statements})
}

fn gen_case(rng: &mut Rng, id: usize, known: bool) -> Case {
    let (action, resources) = *rng.pick(&REQUESTS);
    let resource = rng.pick(resources).to_string();
    let identity = (0..1 + rng.below(2)).map(|_| gen_policy(rng, 20, known)).collect();
    let boundary = rng.chance(40).then(|| gen_policy(rng, 15, known));
    let scps = if rng.chance(50) {
        Vec::new()
    } else {
        (0..2 + rng.below(2))
            .map(|_| {
                let mut level = Vec::new();
                if rng.chance(75) {
                    level.push(full_aws_access());
                }
                if level.is_empty() || rng.chance(40) {
                    level.push(gen_policy(rng, 50, known));
                }
                level
            })
            .collect()
    };
    let mut context = BTreeMap::new();
    for (k, values) in KEYS {
        if rng.chance(70) {
            context.insert(k, rng.pick(values).to_string());
        }
    }
    let mut case = Case { id, action: action.into(), resource, identity, boundary, scps, context, short: false };
    let text = case.json_line().to_string();
    case.short = SHORT_PATTERNS.iter().any(|p| text.contains(&format!("\"{p}\"")));
    case
}

impl Case {
    fn json_line(&self) -> Value {
        let named = |prefix: &str, docs: &[Value]| docs.iter().enumerate().map(|(i, p)| json!({"name": format!("{prefix}{i}"), "policy": p})).collect::<Vec<_>>();
        json!({
            "id": self.id,
            "mode": "permissions",
            "principal": ROLE,
            "account": ACCOUNT,
            "action": self.action,
            "resource": self.resource,
            "identity": named("identity", &self.identity),
            "boundary": self.boundary.as_ref().map(|b| named("boundary", std::slice::from_ref(b))),
            "scps": self.scps.iter().enumerate().map(|(l, docs)| json!({"orgIdentifier": format!("level-{l}"), "policies": named("scp", docs)})).collect::<Vec<_>>(),
            "context": self.context,
        })
    }
}

fn parse(v: &Value) -> Result<PolicyDocument, String> {
    PolicyDocument::from_value(v).map_err(|e| e.to_string())
}

fn rolecall(case: &Case) -> Result<Answer, String> {
    let identity: Vec<PolicyDocument> = case.identity.iter().map(parse).collect::<Result<_, _>>()?;
    let boundary = case.boundary.as_ref().map(parse).transpose()?;
    let scps: Vec<Vec<PolicyDocument>> = case.scps.iter().map(|l| l.iter().map(parse).collect::<Result<_, _>>()).collect::<Result<_, _>>()?;
    let set = PolicySet {
        identity: identity.iter().enumerate().map(|(i, d)| Named::new(format!("identity{i}"), d)).collect(),
        boundary: boundary.as_ref().map(|d| Named::new("boundary", d)),
        scps: if scps.is_empty() {
            Scps::NotApplicable
        } else {
            Scps::Read(scps.iter().enumerate().map(|(l, docs)| ScpLevel { target: format!("level-{l}"), policies: docs.iter().map(|d| Named::new("scp", d)).collect() }).collect())
        },
        session: None,
        resource: None,
    };
    // The case states every key it uses: the others are absent.
    let tags: Vec<(String, String)> = case.context.get("aws:PrincipalTag/team").map(|v| ("team".to_owned(), v.clone())).into_iter().collect();
    let mut context = Context::role_session(&tags, Some(&[])).known("aws:PrincipalArn", ROLE);
    for (k, _) in KEYS {
        context = match case.context.get(k) {
            Some(v) => context.known(k, v.clone()),
            None => context.without(k),
        };
    }
    let resource = if case.resource == "*" { ResourceSet::Star } else { ResourceSet::One(case.resource.clone()) };
    let v = set.decide(&Access { caller: Caller::Aws(ROLE.into()), action: case.action.clone(), resource, context });
    Ok(match v.decision {
        Decision::Allowed => Answer::Allowed,
        Decision::Undecided => Answer::Undecided,
        Decision::Denied if v.causes.iter().any(|c| c.why == Failure::ExplicitDeny) => Answer::ExplicitlyDenied,
        Decision::Denied => Answer::ImplicitlyDenied,
    })
}

pub(crate) fn generate(opts: &Options) -> Vec<Case> {
    let mut rng = Rng(opts.seed);
    (0..opts.cases).map(|id| gen_case(&mut rng, id, opts.known)).collect()
}

/// Runs the permission cross-check. `Ok(true)` when rolecall and iam-simulate agree on every case.
pub fn run(root: &Path, opts: &Options) -> Result<bool, Box<dyn Error>> {
    let cases = generate(opts);
    let (cases_file, theirs) = simulate_lines(root, "permission-cases.jsonl", cases.iter().map(Case::json_line))?;

    let mut agree: BTreeMap<&str, usize> = BTreeMap::new();
    let mut disagree = Vec::new();
    let mut known = Vec::new();
    let mut errors = Vec::new();
    for c in &cases {
        let ours = match rolecall(c) {
            Ok(a) => a,
            Err(e) => {
                errors.push(format!("#{}: rolecall cannot parse a policy: {e}", c.id));
                continue;
            }
        };
        match theirs.get(&c.id) {
            None => errors.push(format!("#{}: no answer from iam-simulate", c.id)),
            Some(Err(e)) => errors.push(format!("#{}: iam-simulate: {e}", c.id)),
            Some(Ok(t)) if *t == ours => *agree.entry(ours.label()).or_default() += 1,
            Some(Ok(t)) if c.short => known.push((c, ours, *t)),
            Some(Ok(t)) => disagree.push((c, ours, *t)),
        }
    }
    for (title, list) in [(SHORT_PATTERN.0, &known), ("unexplained", &disagree)] {
        if list.is_empty() {
            continue;
        }
        println!("== {title}: {} disagreement(s)", list.len());
        if title == SHORT_PATTERN.0 {
            println!("   {}", SHORT_PATTERN.1);
        }
        for (c, ours, theirs) in list {
            println!("#{} rolecall: {}  iam-simulate: {}", c.id, ours.label(), theirs.label());
            println!("  {}", c.json_line());
        }
    }
    for e in &errors {
        println!("error {e}");
    }
    println!();
    println!("permission cross-check against @cloud-copilot/iam-simulate {IAM_SIMULATE}: {} cases, seed {}", cases.len(), opts.seed);
    println!("  agree:    {}  ({})", agree.values().sum::<usize>(), agree.iter().map(|(k, v)| format!("{k} {v}")).collect::<Vec<_>>().join(", "));
    println!("  disagree: {}  (unexplained {}, {} {})", disagree.len() + known.len(), disagree.len(), SHORT_PATTERN.0, known.len());
    println!("  errors:   {}", errors.len());
    println!("  cases: {}", cases_file.display());
    Ok(disagree.is_empty() && errors.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generation_is_deterministic_and_parses() {
        let opts = Options { cases: 100, seed: 7, known: false, permissions: true };
        assert!(generate(&opts).iter().all(|c| !c.short), "short patterns only with --known");
        assert!(generate(&Options { known: true, ..opts.clone() }).iter().any(|c| c.short));
        let a: Vec<Value> = generate(&opts).iter().map(Case::json_line).collect();
        let b: Vec<Value> = generate(&opts).iter().map(Case::json_line).collect();
        assert_eq!(a, b);
        let answers: Vec<Answer> = generate(&opts).iter().map(|c| rolecall(c).unwrap()).collect();
        for want in [Answer::Allowed, Answer::ExplicitlyDenied, Answer::ImplicitlyDenied] {
            assert!(answers.contains(&want), "{want:?} never generated");
        }
        assert!(!answers.contains(&Answer::Undecided), "every key a case uses is stated or absent");
    }
}
