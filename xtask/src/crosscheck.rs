//! `cargo xtask cross-check`: compares rolecall's trust-policy evaluator (`rolecall_policy::eval`)
//! with an independent implementation, the npm package `@cloud-copilot/iam-simulate`, on
//! generated trust policies and requests. A dev-time tool: it needs Node and npm, so CI never
//! runs it.
//!
//! 1. Generates `--cases N` trust policies and concrete requests from `--seed S`: Allow and Deny
//!    statements; `Principal` `*`, `{"AWS":"*"}`, services, role ARNs, account roots and IDs;
//!    `Action`/`NotAction` with wildcards and case variations; conditions from every operator
//!    family with `IfExists`, `ForAnyValue:`/`ForAllValues:`, several keys and values and policy
//!    variables; requests from services and roles with Fargate profile ARNs of several clusters,
//!    regions and partitions, multi-valued keys, and keys absent. Only keys whose value a request
//!    states are used (never the time, organizations or tags, which rolecall treats as unknowable).
//! 2. Evaluates each with [`rolecall_policy::eval::evaluate`].
//! 3. Writes the cases as JSON Lines and evaluates them with iam-simulate (`xtask/crosscheck/`,
//!    installed with `npm ci` into `target/crosscheck-node`): the trust policy as the role's
//!    resource policy, `sts:AssumeRole` on the role.
//! 4. Prints the counts and every disagreement.
//!
//! Some differences are known and explained (see [`CLASSES`]): constructs on which iam-simulate
//! departs from AWS's documentation, or that the documentation leaves open. By default the
//! generator does not produce them (it draws another case and counts what it skipped), so that
//! every disagreement printed is a new one. `--known` keeps them and prints the disagreements
//! they cause under their class. Never generated at all: NotPrincipal (IAM rejects it in a trust
//! policy), service principal names in another letter case, `Null` with a set qualifier or
//! `IfExists`, ARN operators on values that are not ARNs, multi-valued keys as policy variables,
//! fractional seconds and exponents in numbers.

use std::collections::{BTreeMap, BTreeSet};
use std::error::Error;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use rolecall_policy::eval::{evaluate, Caller, Context, Decision, Request, Tri, Value as CtxValue};
use rolecall_policy::document::{Effect, PolicyDocument};
use serde_json::{json, Map, Value};

/// The version of iam-simulate that `xtask/crosscheck/package.json` pins.
pub(crate) const IAM_SIMULATE: &str = "0.1.173";

const ACCOUNT: &str = "111122223333";
const OTHER: &str = "444455556666";
const ROLE: &str = "arn:aws:iam::111122223333:role/Target";

/// What `cargo xtask cross-check` was asked to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    pub cases: usize,
    pub seed: u64,
    pub known: bool,
    /// Compare permission verdicts (identity policies, boundary, SCP levels) instead of trust.
    pub permissions: bool,
}

impl Options {
    /// Parses `[--cases N] [--seed S] [--known] [--permissions]`.
    pub fn parse(args: &[&str]) -> Result<Options, String> {
        let mut o = Options { cases: 500, seed: 1, known: false, permissions: false };
        let mut it = args.iter();
        while let Some(a) = it.next() {
            match *a {
                "--cases" => o.cases = number(it.next(), "--cases")?,
                "--seed" => o.seed = number(it.next(), "--seed")?,
                "--known" => o.known = true,
                "--permissions" => o.permissions = true,
                other => return Err(format!("unknown argument {other:?}: expected --cases N, --seed S, --known or --permissions")),
            }
        }
        if o.cases == 0 {
            return Err("--cases: expected a whole number of at least 1".into());
        }
        Ok(o)
    }
}

fn number<T: std::str::FromStr>(v: Option<&&str>, flag: &str) -> Result<T, String> {
    v.and_then(|s| s.parse().ok()).ok_or_else(|| format!("{flag}: expected a whole number"))
}

/// A known class of difference: its name, and who is right per AWS's documentation.
pub const CLASSES: [(&str, &str); 10] = [
    (
        "variables-outside-2012-10-17",
        "iam-simulate resolves ${...} in every document. AWS (IAM JSON policy elements: Version): policy variables were introduced with 2012-10-17; under 2008-10-17 (also the default when Version is missing) ${aws:username} is not recognized as a variable and is treated as a literal string. rolecall follows AWS.",
    ),
    (
        "variable-in-bool",
        "iam-simulate resolves variables in Bool values. AWS (IAM policy elements: Variables and tags, Where you can use policy variables): variables work with the string and ARN operators; \"You can't use a policy variable with other operators, such as Numeric, Date, Boolean, Binary, IP Address, or Null\". rolecall follows AWS (the value stays literal text, which is neither true nor false).",
    ),
    (
        "absent-variable-in-negated-operator",
        "A variable names a key the request does not have. AWS (Variables and tags, Policy variables with no value): the value is effectively null; StringEquals/StringLike do not match, and \"Inverted condition operators like StringNotEquals or StringNotLike do match against a null value\". iam-simulate makes every operator fail. rolecall follows AWS.",
    ),
    (
        "variable-in-arn-operator",
        "iam-simulate splits an ARN pattern at every ':' before resolving variables, so ${aws:SourceAccount} (a key name with a colon) breaks the pattern apart and nothing matches. AWS (Where you can use policy variables): variables work with ArnEquals and ArnLike. rolecall resolves first and follows AWS.",
    ),
    (
        "epoch-and-iso-dates",
        "iam-simulate reads an epoch number as seconds but an ISO 8601 date as milliseconds, so the two never compare correctly. AWS (Condition operators, Date condition operators): values are W3C ISO 8601 dates or epoch (UNIX) time. rolecall compares both as seconds and follows AWS.",
    ),
    (
        "plain-operator-on-multivalued-key",
        "An operator without ForAnyValue/ForAllValues on a multi-valued key. AWS (Single-valued vs. multivalued context keys) says only that multivalued keys \"require a condition set operator\", not what happens without one. iam-simulate never matches (citing AWS re:Inforce 2025 IAM431); rolecall matches when any value does. Undocumented: open.",
    ),
    (
        "null-dataset",
        "A key present with no values or an empty string. AWS (Condition operators, ForAllValues): it \"returns true if there are no context keys in the request or if the context key value resolves to a null dataset, such as an empty string\", and the Null operator with false checks \"if the context key exists and its value is not null\". iam-simulate treats such a key as present with a value. rolecall follows AWS.",
    ),
    (
        "set-operator-ifexists-absent-key",
        "ForAnyValue:...IfExists on a key the request lacks. AWS (Condition operators, ...IfExists): \"If the key is not present, evaluate the condition element as true.\" iam-simulate ignores IfExists under a set qualifier (ForAnyValue: false). rolecall follows AWS.",
    ),
    (
        "cidr-slash-zero",
        "iam-simulate computes an IPv4 mask as -1 << (32 - bits), which JavaScript reduces to -1 << 0 for /0, so 0.0.0.0/0 matches only 0.0.0.0. AWS (Condition operators, IP address condition operators): values are in standard CIDR format (RFC 4632), where /0 is every address. rolecall follows AWS.",
    ),
    (
        "escaped-wildcard-in-equals",
        "${*}, ${?} and ${$} in a StringEquals-family value. AWS (Variables and tags, Special characters): they stand for *, ? and $ \"in any string where you can use regular policy variables\". iam-simulate keeps them as the literal text ${*} in the StringEquals family. rolecall follows AWS.",
    ),
];

/// A deterministic generator (SplitMix64).
#[derive(Debug)]
pub(crate) struct Rng(pub(crate) u64);

impl Rng {
    pub(crate) fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    pub(crate) fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    /// True with probability `percent`/100.
    pub(crate) fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
    pub(crate) fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
    /// One to `max` distinct items.
    pub(crate) fn some<T: Clone + PartialEq>(&mut self, xs: &[T], max: usize) -> Vec<T> {
        let n = 1 + self.below(max.min(xs.len()));
        let mut out = Vec::new();
        while out.len() < n {
            let x = self.pick(xs).clone();
            if !out.contains(&x) {
                out.push(x);
            }
        }
        out
    }
}

/// A list as IAM writes it: one value as a string, several as an array.
fn one_or_many(v: Vec<String>) -> Value {
    if v.len() == 1 {
        // Cannot hide a failure: the list has exactly one value here.
        Value::String(v.into_iter().next().unwrap_or_default())
    } else {
        Value::Array(v.into_iter().map(Value::String).collect())
    }
}

/// What kind of value a key holds, which decides the operators used on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Str,
    Arn,
    Num,
    Date,
    Bool,
    Ip,
    Bin,
    /// Multi-valued strings (`ArrayOfString`).
    Multi,
}

const KEYS: [(&str, Kind); 13] = [
    ("aws:SourceArn", Kind::Arn),
    ("aws:SourceAccount", Kind::Str),
    ("aws:PrincipalServiceName", Kind::Str),
    ("aws:PrincipalServiceNamesList", Kind::Multi),
    ("aws:CalledVia", Kind::Multi),
    ("aws:SourceIp", Kind::Ip),
    ("aws:MultiFactorAuthAge", Kind::Num),
    ("aws:TokenIssueTime", Kind::Date),
    ("aws:SecureTransport", Kind::Bool),
    ("aws:PrincipalArn", Kind::Arn),
    ("aws:PrincipalAccount", Kind::Str),
    ("sts:ExternalId", Kind::Str),
    ("aws:UserAgent", Kind::Bin),
];

fn kind_of(key: &str) -> Option<Kind> {
    KEYS.iter().find(|(k, _)| k.eq_ignore_ascii_case(key)).map(|(_, kind)| *kind)
}

const SERVICES: [&str; 3] = ["eks-fargate-pods.amazonaws.com", "ec2.amazonaws.com", "ssm.amazonaws.com"];
const ROLES: [&str; 3] = ["arn:aws:iam::111122223333:role/Ops", "arn:aws:iam::444455556666:role/Deploy", "arn:aws:iam::444455556666:role/Ops"];

/// One generated case: a trust policy and a request.
#[derive(Debug, Clone)]
struct Case {
    id: usize,
    policy: Value,
    principal: String,
    /// Canonical key name to its values (one for single-valued keys).
    context: BTreeMap<&'static str, Vec<String>>,
    /// The known classes of difference the case contains.
    classes: BTreeSet<&'static str>,
}

impl Case {
    fn caller(&self) -> Caller {
        if self.principal.starts_with("arn:") {
            Caller::Aws(self.principal.clone())
        } else {
            Caller::Service(self.principal.clone())
        }
    }

    fn context_json(&self) -> Value {
        let m: Map<String, Value> = self
            .context
            .iter()
            .map(|(k, v)| {
                // Cannot hide a failure: a single-valued key has one value.
                let value = if kind_of(k) == Some(Kind::Multi) { json!(v) } else { json!(v.first().cloned().unwrap_or_default()) };
                ((*k).to_owned(), value)
            })
            .collect();
        Value::Object(m)
    }

    fn json_line(&self) -> Value {
        json!({"id": self.id, "role": ROLE, "account": ACCOUNT, "principal": self.principal, "policy": self.policy, "context": self.context_json()})
    }
}

fn fargate_arn(rng: &mut Rng) -> String {
    let (partition, region) = *rng.pick(&[("aws", "us-west-2"), ("aws", "eu-west-1"), ("aws-cn", "cn-north-1"), ("aws", "us-east-1")]);
    let account = *rng.pick(&[ACCOUNT, ACCOUNT, OTHER]);
    let cluster = *rng.pick(&["c1", "c2", "c10", "prod-east"]);
    let profile = *rng.pick(&["p1", "dev-a", "default"]);
    let id = *rng.pick(&["0123-abcd", "9f8e-7d6c"]);
    format!("arn:{partition}:eks:{region}:{account}:fargateprofile/{cluster}/{profile}/{id}")
}

fn gen_context(rng: &mut Rng, principal: &str, known: bool) -> BTreeMap<&'static str, Vec<String>> {
    let service = !principal.starts_with("arn:");
    let mut ctx = BTreeMap::new();
    for (key, kind) in KEYS {
        let likely = matches!(key, "aws:SourceArn" | "aws:SourceAccount") && service;
        if !rng.chance(if likely { 75 } else { 50 }) {
            continue;
        }
        let values: Vec<String> = match key {
            "aws:SourceArn" => vec![fargate_arn(rng)],
            "aws:SourceAccount" | "aws:PrincipalAccount" => vec![rng.pick(&[ACCOUNT, OTHER]).to_string()],
            "aws:PrincipalServiceName" => vec![if service { principal.to_owned() } else { rng.pick(&SERVICES).to_string() }],
            "aws:PrincipalServiceNamesList" => {
                if known && rng.chance(10) {
                    Vec::new()
                } else {
                    rng.some(&["ec2.amazonaws.com", "ec2.amazonaws.com.cn", "eks-fargate-pods.amazonaws.com", "ssm.amazonaws.com"].map(String::from), 3)
                }
            }
            "aws:CalledVia" => rng.some(&["cloudformation.amazonaws.com", "athena.amazonaws.com", "dynamodb.amazonaws.com"].map(String::from), 2),
            "aws:SourceIp" => vec![rng.pick(&["203.0.113.7", "198.51.100.200", "10.1.2.3", "2001:db8::1", "192.0.2.1"]).to_string()],
            "aws:MultiFactorAuthAge" => vec![rng.pick(&["0", "299", "300", "3600", "86400"]).to_string()],
            "aws:TokenIssueTime" => {
                let pool: &[&str] = if known { &["2024-10-04T12:00:00Z", "2024-10-04T00:00:00Z", "2023-01-01T08:30:00Z", "1728043200"] } else { &["2024-10-04T12:00:00Z", "2024-10-04T00:00:00Z", "2023-01-01T08:30:00Z", "2025-06-30T23:59:59Z"] };
                vec![rng.pick(pool).to_string()]
            }
            "aws:SecureTransport" => vec![rng.pick(&["true", "false"]).to_string()],
            "aws:PrincipalArn" => vec![if service { rng.pick(&ROLES).to_string() } else { principal.to_owned() }],
            "sts:ExternalId" => {
                let pool: &[&str] = if known { &["Ext-1", "ext-1", "other", "a*b", ""] } else { &["Ext-1", "ext-1", "other", "a*b"] };
                vec![rng.pick(pool).to_string()]
            }
            "aws:UserAgent" => vec![rng.pick(&["QmluYXJ5", "Zm9v"]).to_string()],
            _ => continue,
        };
        debug_assert!(kind != Kind::Multi || key.starts_with("aws:"));
        ctx.insert(key, values);
    }
    ctx
}

fn gen_principal(rng: &mut Rng) -> Value {
    let services = ["eks-fargate-pods.amazonaws.com", "ec2.amazonaws.com", "ssm.amazonaws.com", "ecs-tasks.amazonaws.com"].map(String::from);
    let aws = [ROLES[0], ROLES[1], ROLES[2], "arn:aws:iam::111122223333:root", "arn:aws:iam::444455556666:root", OTHER, ACCOUNT].map(String::from);
    match rng.below(10) {
        0 => json!("*"),
        1 => json!({"AWS": "*"}),
        2..=5 => json!({"Service": one_or_many(rng.some(&services, 2))}),
        6..=8 => json!({"AWS": one_or_many(rng.some(&aws, 2))}),
        _ => json!({"Service": one_or_many(rng.some(&services, 2)), "AWS": one_or_many(rng.some(&aws, 2))}),
    }
}

const ACTIONS: [&str; 12] = [
    "sts:AssumeRole",
    "sts:assumerole",
    "STS:AssumeRole",
    "sts:*",
    "*",
    "sts:Assume*",
    "sts:AssumeRol?",
    "sts:TagSession",
    "sts:AssumeRoleWithWebIdentity",
    "iam:*",
    "sts:*Role",
    "sts:A*R?LE",
];

/// A condition value for a key of this kind: often derived from the request's own value (so
/// that conditions hold as often as they fail), otherwise from a pool.
fn gen_value(rng: &mut Rng, kind: Kind, key: &str, actual: Option<&String>, known: bool) -> String {
    if let Some(a) = actual.filter(|a| !a.is_empty()) {
        if rng.chance(45) {
            return derive(rng, kind, a);
        }
    }
    let pool: Vec<&str> = match (kind, key) {
        (Kind::Str, "aws:SourceAccount" | "aws:PrincipalAccount") => {
            vec![ACCOUNT, OTHER, "1111*", "*3333", "11112222333?", "${aws:PrincipalAccount}", "${aws:SourceAccount}", "${aws:SourceAccount, '111122223333'}", "${aws:PrincipalAccount, '444455556666'}"]
        }
        (Kind::Str, "aws:PrincipalServiceName") => {
            vec!["eks-fargate-pods.amazonaws.com", "EKS-Fargate-Pods.amazonaws.com", "ec2.amazonaws.com", "*.amazonaws.com", "ec2.*", "ssm.amazonaws.co?", "${aws:PrincipalServiceName}"]
        }
        (Kind::Str, _) => vec!["Ext-1", "EXT-1", "ext-*", "a*b", "Ext-?", "${sts:ExternalId}", "${aws:SourceAccount}", "a${*}b", "x${$}", "a${?}b"],
        (Kind::Arn, "aws:SourceArn") => vec![
            "arn:aws:eks:us-west-2:111122223333:fargateprofile/c1/*",
            "arn:aws:eks:*:111122223333:fargateprofile/c1/*",
            "arn:aws:eks:*:*:fargateprofile/c?/*",
            "arn:*:eks:*:111122223333:fargateprofile/*",
            "arn:aws-cn:eks:cn-north-1:111122223333:fargateprofile/prod-*/*",
            "arn:aws:eks:us-west-2:111122223333:fargateprofile/c1/p1/0123-abcd",
            "arn:aws:eks:*:444455556666:fargateprofile/*/*",
            "arn:aws:eks:us-west-2:111122223333:fargateprofile/c1*",
            "arn:aws:eks:*:${aws:SourceAccount}:fargateprofile/*",
            "arn:aws:eks:*:*:fargateprofile/${aws:PrincipalAccount}/*",
        ],
        (Kind::Arn, _) => vec![
            "arn:aws:iam::111122223333:role/Ops",
            "arn:aws:iam::*:role/Ops",
            "arn:aws:iam::444455556666:role/*",
            "arn:aws:iam::111122223333:role/O?s",
            "arn:aws:iam::${aws:PrincipalAccount}:role/*",
        ],
        (Kind::Num, _) => vec!["0", "300", "300.0", "3600", "-1", "86400"],
        (Kind::Date, _) => {
            let mut v = vec!["2024-10-04T12:00:00Z", "2024-10-04", "2024-10-04T14:00:00+02:00", "2023-06-01T00:00:00Z", "2030-01-01T00:00:00Z"];
            if known {
                v.push("1728043200");
            }
            v
        }
        (Kind::Bool, _) => {
            let mut v = vec!["true", "false", "TRUE", "False"];
            if known {
                v.push("${aws:SecureTransport}");
            }
            v
        }
        (Kind::Ip, _) => {
            let mut v = vec!["203.0.113.0/24", "198.51.100.0/25", "198.51.100.128/25", "10.0.0.0/8", "2001:db8::/32", "203.0.113.7/32", "192.0.2.0/24"];
            if known {
                v.push("0.0.0.0/0");
            }
            v
        }
        (Kind::Bin, _) => vec!["QmluYXJ5", "Zm9v", "YmFy"],
        (Kind::Multi, _) => vec!["ec2.amazonaws.com", "ec2.amazonaws.com*", "*.cn", "eks-fargate-pods.amazonaws.com", "cloudformation.amazonaws.com", "athena.*", "ssm.amazonaws.com"],
    };
    rng.pick(&pool).to_string()
}

/// A value close to `a`: itself, another letter case, a prefix wildcard, a `?`.
fn derive(rng: &mut Rng, kind: Kind, a: &str) -> String {
    match kind {
        Kind::Arn => {
            // Keep the six parts intact: vary the resource part, the region or the account.
            let parts: Vec<&str> = a.splitn(6, ':').collect();
            if parts.len() < 6 {
                return a.to_owned();
            }
            let mut p: Vec<String> = parts.iter().map(|s| s.to_string()).collect();
            match rng.below(4) {
                0 => {}
                1 => {
                    let r = &p[5];
                    let cut = r.find('/').map_or(r.len(), |i| i + 1 + rng.below(r.len() - i));
                    p[5] = format!("{}*", &r[..cut.min(r.len())]);
                }
                2 => p[3] = "*".into(),
                _ => p[4] = "?".repeat(p[4].len().max(1)),
            }
            p.join(":")
        }
        Kind::Str | Kind::Multi => match rng.below(4) {
            0 => a.to_owned(),
            1 => a.to_uppercase(),
            2 => format!("{}*", &a[..a.len() / 2]),
            _ => {
                let mut c: Vec<char> = a.chars().collect();
                let i = rng.below(c.len());
                c[i] = '?';
                c.into_iter().collect()
            }
        },
        Kind::Bool => if rng.chance(50) { a.to_uppercase() } else { a.to_owned() },
        Kind::Ip => {
            if a.contains(':') {
                format!("{a}/128")
            } else {
                format!("{a}/{}", rng.pick(&[32, 24, 16]))
            }
        }
        Kind::Num | Kind::Date | Kind::Bin => a.to_owned(),
    }
}

fn operators(kind: Kind, key: &str) -> Vec<&'static str> {
    let strings = vec!["StringEquals", "StringNotEquals", "StringEqualsIgnoreCase", "StringNotEqualsIgnoreCase", "StringLike", "StringNotLike"];
    let mut v = match kind {
        Kind::Str | Kind::Multi => strings,
        Kind::Arn => vec!["ArnLike", "ArnEquals", "ArnNotLike", "ArnNotEquals", "StringLike", "StringEquals", "StringNotLike"],
        Kind::Num => vec!["NumericEquals", "NumericNotEquals", "NumericLessThan", "NumericLessThanEquals", "NumericGreaterThan", "NumericGreaterThanEquals"],
        Kind::Date => vec!["DateEquals", "DateNotEquals", "DateLessThan", "DateLessThanEquals", "DateGreaterThan", "DateGreaterThanEquals"],
        Kind::Bool => vec!["Bool"],
        Kind::Ip => vec!["IpAddress", "NotIpAddress"],
        Kind::Bin => vec!["BinaryEquals"],
    };
    if key == "sts:ExternalId" {
        v.push("BinaryEquals");
    }
    v
}

fn gen_condition(rng: &mut Rng, ctx: &BTreeMap<&'static str, Vec<String>>, known: bool) -> Map<String, Value> {
    let mut cond: Map<String, Value> = Map::new();
    let n = *rng.pick(&[0, 0, 0, 1, 1, 1, 1, 2, 2, 3]);
    for _ in 0..n {
        let (key, kind) = *rng.pick(&KEYS);
        let actual = ctx.get(key);
        let op = if rng.chance(12) {
            "Null".to_owned()
        } else {
            let base = *rng.pick(&operators(kind, key));
            let qualifier = match kind {
                Kind::Multi if known && rng.chance(15) => "",
                Kind::Multi => *rng.pick(&["ForAnyValue:", "ForAllValues:"]),
                _ if rng.chance(10) => *rng.pick(&["ForAnyValue:", "ForAllValues:"]),
                _ => "",
            };
            let if_exists = if rng.chance(if qualifier.is_empty() { 25 } else { 10 }) { "IfExists" } else { "" };
            format!("{qualifier}{base}{if_exists}")
        };
        let values: Vec<String> = if op == "Null" {
            vec![rng.pick(&["true", "false"]).to_string()]
        } else {
            let count = *rng.pick(&[1, 1, 1, 2, 2, 3]);
            let mut vs = Vec::new();
            for _ in 0..count {
                // Against a multi-valued key, derive from one of its values.
                let a = actual.and_then(|xs| if xs.is_empty() { None } else { Some(&xs[rng.below(xs.len())]) });
                let v = gen_value(rng, kind, key, a, known);
                if !vs.contains(&v) {
                    vs.push(v);
                }
            }
            vs
        };
        // Condition keys are case-insensitive: sometimes write them in another case.
        let spelled = match rng.below(10) {
            0 => key.to_uppercase(),
            1 => key.to_lowercase(),
            _ => key.to_owned(),
        };
        let entry = cond.entry(op).or_insert_with(|| Value::Object(Map::new()));
        if let Value::Object(keys) = entry {
            if !keys.keys().any(|k| k.eq_ignore_ascii_case(key)) {
                keys.insert(spelled, one_or_many(values));
            }
        }
    }
    cond
}

fn gen_statement(rng: &mut Rng, ctx: &BTreeMap<&'static str, Vec<String>>, known: bool) -> Value {
    let mut st = Map::new();
    st.insert("Effect".into(), json!(if rng.chance(25) { "Deny" } else { "Allow" }));
    st.insert("Principal".into(), gen_principal(rng));
    let actions = one_or_many(rng.some(&ACTIONS.map(String::from), 3));
    st.insert(if rng.chance(20) { "NotAction" } else { "Action" }.into(), actions);
    let cond = gen_condition(rng, ctx, known);
    if !cond.is_empty() {
        st.insert("Condition".into(), Value::Object(cond));
    }
    Value::Object(st)
}

fn gen_case(rng: &mut Rng, id: usize, known: bool) -> Case {
    let principal = if rng.chance(60) { rng.pick(&SERVICES).to_string() } else { rng.pick(&ROLES).to_string() };
    let context = gen_context(rng, &principal, known);
    let n = 1 + rng.below(3);
    let statements: Vec<Value> = (0..n).map(|_| gen_statement(rng, &context, known)).collect();
    let mut policy = Map::new();
    match rng.below(20) {
        0 => {}
        1 | 2 => {
            policy.insert("Version".into(), json!("2008-10-17"));
        }
        _ => {
            policy.insert("Version".into(), json!("2012-10-17"));
        }
    }
    policy.insert("Statement".into(), Value::Array(statements));
    let mut case = Case { id, policy: Value::Object(policy), principal, context, classes: BTreeSet::new() };
    case.classes = classify(&case);
    case
}

/// The values of a string-or-array JSON element.
fn strings(v: &Value) -> Vec<String> {
    match v {
        Value::Array(items) => items.iter().map(|i| i.as_str().map_or_else(|| i.to_string(), str::to_owned)).collect(),
        Value::String(s) => vec![s.clone()],
        other => vec![other.to_string()],
    }
}

/// The context keys that `${...}` variables in `v` name, with whether they have a default.
fn variables(v: &str) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    let mut rest = v;
    while let Some(i) = rest.find("${") {
        let after = &rest[i + 2..];
        let Some(end) = after.find('}') else { break };
        let inner = &after[..end];
        if !matches!(inner, "*" | "?" | "$") {
            let (name, default) = match inner.split_once(',') {
                Some((n, _)) => (n.trim(), true),
                None => (inner.trim(), false),
            };
            out.push((name.to_owned(), default));
        }
        rest = &after[end + 1..];
    }
    out
}

/// The known classes of difference that a case contains (see [`CLASSES`]).
fn classify(case: &Case) -> BTreeSet<&'static str> {
    let mut out = BTreeSet::new();
    let v2012 = case.policy.get("Version").and_then(Value::as_str) == Some("2012-10-17");
    let get = |key: &str| case.context.iter().find(|(k, _)| k.eq_ignore_ascii_case(key)).map(|(_, v)| v);
    let null_dataset = |xs: &Vec<String>| xs.iter().all(String::is_empty);
    let Some(statements) = case.policy.get("Statement").and_then(Value::as_array) else { return out };
    for st in statements {
        let Some(cond) = st.get("Condition").and_then(Value::as_object) else { continue };
        for (op, keys) in cond {
            let (qualified, rest) = match op.split_once(':') {
                Some((_, r)) => (true, r),
                None => (false, op.as_str()),
            };
            let (if_exists, base) = match rest.strip_suffix("IfExists") {
                Some(b) => (true, b),
                None => (false, rest),
            };
            let negated = base.contains("Not");
            let Some(keys) = keys.as_object() else { continue };
            for (key, values) in keys {
                let actual = get(key);
                let values = strings(values);
                for v in &values {
                    if !v2012 && v.contains("${") {
                        out.insert("variables-outside-2012-10-17");
                    }
                    if !v2012 {
                        continue;
                    }
                    if base == "Bool" && v.contains("${") {
                        out.insert("variable-in-bool");
                    }
                    if base.starts_with("Arn") && !variables(v).is_empty() {
                        out.insert("variable-in-arn-operator");
                    }
                    if base.starts_with("String") && base.contains("Equals") && ["${*}", "${?}", "${$}"].iter().any(|s| v.contains(s)) {
                        out.insert("escaped-wildcard-in-equals");
                    }
                    for (name, default) in variables(v) {
                        let missing = get(&name).is_none_or(null_dataset);
                        if missing && !default && negated && (base.starts_with("String") || base.starts_with("Arn")) {
                            out.insert("absent-variable-in-negated-operator");
                        }
                        if get(&name).is_some_and(null_dataset) {
                            out.insert("null-dataset");
                        }
                    }
                }
                if base.starts_with("Date") {
                    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
                    if let Some(xs) = actual {
                        if values.iter().any(|v| xs.iter().any(|x| digits(v) != digits(x))) {
                            out.insert("epoch-and-iso-dates");
                        }
                    }
                }
                if base.ends_with("IpAddress") && values.iter().any(|v| v.ends_with("/0")) {
                    out.insert("cidr-slash-zero");
                }
                if kind_of(key) == Some(Kind::Multi) && !qualified && base != "Null" && actual.is_some() {
                    out.insert("plain-operator-on-multivalued-key");
                }
                if actual.is_some_and(null_dataset) {
                    out.insert("null-dataset");
                }
                if qualified && if_exists && actual.is_none() {
                    out.insert("set-operator-ifexists-absent-key");
                }
            }
        }
    }
    out
}

/// An answer, as precise as both sides give it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Answer {
    Allowed,
    ExplicitlyDenied,
    ImplicitlyDenied,
    Undecided,
}

impl Answer {
    pub(crate) fn label(self) -> &'static str {
        match self {
            Answer::Allowed => "Allowed",
            Answer::ExplicitlyDenied => "ExplicitlyDenied",
            Answer::ImplicitlyDenied => "ImplicitlyDenied",
            Answer::Undecided => "Undecided",
        }
    }
}

fn rolecall(case: &Case) -> Result<Answer, String> {
    let doc = PolicyDocument::from_value(&case.policy).map_err(|e| e.to_string())?;
    let mut context = Context::service();
    for (k, v) in &case.context {
        context = context.set(k, CtxValue::Known(v.clone()));
    }
    let e = evaluate(&doc, &Request { caller: case.caller(), actions: vec!["sts:AssumeRole".into()], context });
    Ok(match e.decision {
        Decision::Allowed => Answer::Allowed,
        Decision::Undecided => Answer::Undecided,
        Decision::Denied if e.statements.iter().any(|s| s.effect == Effect::Deny && s.matched == Tri::True) => Answer::ExplicitlyDenied,
        Decision::Denied => Answer::ImplicitlyDenied,
    })
}

pub(crate) fn target_dir(root: &Path) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).map_or_else(|| root.join("target"), |p| if p.is_absolute() { p } else { root.join(p) })
}

/// Installs the pinned iam-simulate into `dir` with `npm ci` unless it is already there.
pub(crate) fn install(root: &Path, dir: &Path) -> Result<(), Box<dyn Error>> {
    let src = root.join("xtask").join("crosscheck");
    let lock = std::fs::read(src.join("package-lock.json"))?;
    let stamp = dir.join("installed-package-lock.json");
    if std::fs::read(&stamp).ok().as_deref() == Some(lock.as_slice()) && dir.join("node_modules").is_dir() {
        return Ok(());
    }
    std::fs::create_dir_all(dir)?;
    std::fs::copy(src.join("package.json"), dir.join("package.json"))?;
    std::fs::write(dir.join("package-lock.json"), &lock)?;
    eprintln!("installing @cloud-copilot/iam-simulate {IAM_SIMULATE} into {} (npm ci)", dir.display());
    let status = Command::new("npm").args(["ci", "--no-audit", "--no-fund", "--loglevel=error"]).current_dir(dir).status().map_err(|e| format!("npm: {e} (cross-check needs Node and npm)"))?;
    if !status.success() {
        return Err(format!("npm ci failed in {}", dir.display()).into());
    }
    std::fs::write(stamp, lock)?;
    Ok(())
}

/// iam-simulate's answer to each case, by the case's index.
pub(crate) type Answers = BTreeMap<usize, Result<Answer, String>>;

/// Writes one case per line to `target/crosscheck/NAME`, installs iam-simulate and answers them.
/// Returns the cases file and the answers.
pub(crate) fn simulate_lines(root: &Path, name: &str, lines: impl Iterator<Item = impl std::fmt::Display>) -> Result<(PathBuf, Answers), Box<dyn Error>> {
    let out_dir = target_dir(root).join("crosscheck");
    std::fs::create_dir_all(&out_dir)?;
    let cases_file = out_dir.join(name);
    let mut f = std::io::BufWriter::new(std::fs::File::create(&cases_file)?);
    for line in lines {
        writeln!(f, "{line}")?;
    }
    f.flush()?;
    drop(f);
    let node_dir = target_dir(root).join("crosscheck-node");
    install(root, &node_dir)?;
    let answers = iam_simulate(root, &node_dir, &cases_file)?;
    Ok((cases_file, answers))
}

/// iam-simulate's answers, by case id.
pub(crate) fn iam_simulate(root: &Path, node_dir: &Path, cases_file: &Path) -> Result<BTreeMap<usize, Result<Answer, String>>, Box<dyn Error>> {
    let script = root.join("xtask").join("crosscheck").join("evaluate.cjs");
    let out = Command::new("node")
        .arg(&script)
        .arg(cases_file)
        .env("NODE_PATH", node_dir.join("node_modules"))
        // Dates without a zone are local time to JavaScript; IAM reads them as UTC.
        .env("TZ", "UTC")
        .output()
        .map_err(|e| format!("node: {e} (cross-check needs Node)"))?;
    if !out.status.success() {
        return Err(format!("node {} failed: {}", script.display(), String::from_utf8_lossy(&out.stderr)).into());
    }
    let mut answers = BTreeMap::new();
    for line in String::from_utf8(out.stdout)?.lines().filter(|l| !l.trim().is_empty()) {
        let v: Value = serde_json::from_str(line)?;
        let id = v["id"].as_u64().ok_or("a result without an id")? as usize;
        let answer = if let Some(err) = v.get("error") {
            Err(err.to_string())
        } else if v["ignored"].as_array().is_some_and(|a| !a.is_empty()) {
            Err(format!("iam-simulate ignored context keys {}", v["ignored"]))
        } else {
            match v["result"].as_str() {
                Some("Allowed") => Ok(Answer::Allowed),
                Some("ExplicitlyDenied") => Ok(Answer::ExplicitlyDenied),
                Some("ImplicitlyDenied") => Ok(Answer::ImplicitlyDenied),
                other => Err(format!("unexpected result {other:?}")),
            }
        };
        answers.insert(id, answer);
    }
    Ok(answers)
}

/// Generates the cases: without `known`, a case that contains a known class of difference is
/// replaced by another (the counts of what was skipped are returned).
fn generate(opts: &Options) -> (Vec<Case>, BTreeMap<&'static str, usize>) {
    let mut rng = Rng(opts.seed);
    let mut skipped: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut cases = Vec::with_capacity(opts.cases);
    for id in 0..opts.cases {
        let mut case = gen_case(&mut rng, id, opts.known);
        let mut tries = 0;
        while !opts.known && !case.classes.is_empty() && tries < 1000 {
            for c in &case.classes {
                *skipped.entry(c).or_default() += 1;
            }
            case = gen_case(&mut rng, id, opts.known);
            tries += 1;
        }
        cases.push(case);
    }
    (cases, skipped)
}

/// Runs the cross-check. `Ok(true)` when every disagreement belongs to a known class.
pub fn run(root: &Path, opts: &Options) -> Result<bool, Box<dyn Error>> {
    if opts.permissions {
        return crate::permcheck::run(root, opts);
    }
    let (cases, skipped) = generate(opts);
    let (cases_file, theirs) = simulate_lines(root, "cases.jsonl", cases.iter().map(Case::json_line))?;

    let mut agree = 0usize;
    let mut by_answer: BTreeMap<&str, usize> = BTreeMap::new();
    let mut errors = Vec::new();
    let mut disagreements: BTreeMap<&str, Vec<(&Case, Answer, Answer)>> = BTreeMap::new();
    for c in &cases {
        let ours = match rolecall(c) {
            Ok(a) => a,
            Err(e) => {
                errors.push(format!("#{}: rolecall cannot parse the policy: {e}", c.id));
                continue;
            }
        };
        let Some(theirs) = theirs.get(&c.id) else {
            errors.push(format!("#{}: no answer from iam-simulate", c.id));
            continue;
        };
        let theirs = match theirs {
            Ok(a) => *a,
            Err(e) => {
                errors.push(format!("#{}: iam-simulate: {e}", c.id));
                continue;
            }
        };
        if ours == theirs {
            agree += 1;
            *by_answer.entry(ours.label()).or_default() += 1;
        } else {
            let class = c.classes.iter().next().copied().unwrap_or("unexplained");
            disagreements.entry(class).or_default().push((c, ours, theirs));
        }
    }

    let unexplained = disagreements.get("unexplained").map_or(0, Vec::len);
    let total_disagree: usize = disagreements.values().map(Vec::len).sum();
    for (class, list) in &disagreements {
        println!("== {class}: {} disagreement(s)", list.len());
        if let Some((_, verdict)) = CLASSES.iter().find(|(name, _)| name == class) {
            println!("   {verdict}");
        }
        for (c, ours, theirs) in list {
            let classes: Vec<&str> = c.classes.iter().copied().collect();
            println!("#{} rolecall: {}  iam-simulate: {}{}", c.id, ours.label(), theirs.label(), if classes.is_empty() { String::new() } else { format!("  classes: {}", classes.join(", ")) });
            println!("  principal: {}", c.principal);
            println!("  context:   {}", c.context_json());
            println!("  policy:    {}", c.policy);
        }
    }
    for e in &errors {
        println!("error {e}");
    }
    println!();
    println!("cross-check of rolecall's evaluator against @cloud-copilot/iam-simulate {IAM_SIMULATE}: {} cases, seed {}{}", cases.len(), opts.seed, if opts.known { ", known classes included" } else { "" });
    println!("  agree:    {agree}  ({})", by_answer.iter().map(|(k, v)| format!("{k} {v}")).collect::<Vec<_>>().join(", "));
    println!("  disagree: {total_disagree}  (unexplained {unexplained}{})", disagreements.iter().filter(|(k, _)| **k != "unexplained").map(|(k, v)| format!(", {k} {}", v.len())).collect::<String>());
    println!("  errors:   {}", errors.len());
    if !skipped.is_empty() {
        println!("  cases drawn again because they contained a known class (see --known): {}", skipped.iter().map(|(k, v)| format!("{k} {v}")).collect::<Vec<_>>().join(", "));
    }
    println!("  cases: {}", cases_file.display());
    Ok(unexplained == 0 && errors.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options() {
        assert_eq!(Options::parse(&[]).unwrap(), Options { cases: 500, seed: 1, known: false, permissions: false });
        assert_eq!(Options::parse(&["--cases", "7", "--seed", "9", "--known"]).unwrap(), Options { cases: 7, seed: 9, known: true, permissions: false });
        assert!(Options::parse(&["--permissions"]).unwrap().permissions);
        assert!(Options::parse(&["--cases", "x"]).is_err());
        assert!(Options::parse(&["--cases", "0"]).is_err());
        assert!(Options::parse(&["--bogus"]).is_err());
    }

    #[test]
    fn generation_is_deterministic_and_parses() {
        let opts = Options { cases: 200, seed: 42, known: false, permissions: false };
        let (a, _) = generate(&opts);
        let (b, _) = generate(&opts);
        assert_eq!(a.iter().map(|c| c.json_line()).collect::<Vec<_>>(), b.iter().map(|c| c.json_line()).collect::<Vec<_>>());
        for c in &a {
            assert!(c.classes.is_empty(), "#{} {:?}", c.id, c.classes);
            assert!(rolecall(c).is_ok(), "#{}: {}", c.id, c.policy);
        }
    }

    #[test]
    fn classes_are_found() {
        let case = |cond: Value, ctx: &[(&'static str, &[&str])]| Case {
            id: 0,
            policy: json!({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "*", "Condition": cond}]}),
            principal: SERVICES[0].into(),
            context: ctx.iter().map(|(k, v)| (*k, v.iter().map(|s| s.to_string()).collect())).collect(),
            classes: BTreeSet::new(),
        };
        let c = case(json!({"StringNotEquals": {"sts:ExternalId": "${aws:PrincipalAccount}"}}), &[("sts:ExternalId", &["a"])]);
        assert_eq!(classify(&c), BTreeSet::from(["absent-variable-in-negated-operator"]));
        let c = case(json!({"StringEquals": {"sts:ExternalId": "${aws:PrincipalAccount}"}}), &[("sts:ExternalId", &["a"])]);
        assert!(classify(&c).is_empty(), "positive operators agree on a null variable");
        let c = case(json!({"ForAnyValue:StringLikeIfExists": {"aws:CalledVia": "x"}}), &[]);
        assert_eq!(classify(&c), BTreeSet::from(["set-operator-ifexists-absent-key"]));
        let c = case(json!({"StringEquals": {"aws:CalledVia": "x"}}), &[("aws:CalledVia", &["x"])]);
        assert_eq!(classify(&c), BTreeSet::from(["plain-operator-on-multivalued-key"]));
        let c = case(json!({"DateEquals": {"aws:TokenIssueTime": "1728043200"}}), &[("aws:TokenIssueTime", &["2024-10-04T12:00:00Z"])]);
        assert_eq!(classify(&c), BTreeSet::from(["epoch-and-iso-dates"]));
        let c = case(json!({"ArnLike": {"aws:SourceArn": "arn:aws:eks:*:${aws:SourceAccount}:*"}}), &[]);
        assert_eq!(classify(&c), BTreeSet::from(["variable-in-arn-operator"]));
    }
}
