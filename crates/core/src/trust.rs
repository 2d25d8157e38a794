//! Trust policies: who may assume a role, under which `aws:SourceArn` condition, and the edits
//! rolecall makes to them. Edits work on the JSON as IAM has it, so every statement rolecall does
//! not touch stays exactly as the user wrote it.

use serde_json::{json, Map, Value};

use crate::policy::{actions_cover, Effect, PolicyDocument, Principal};

/// Condition operators whose `aws:SourceArn` values are patterns that limit who may assume.
pub const SOURCE_ARN_OPERATORS: [&str; 4] = ["ArnLike", "ArnEquals", "StringLike", "StringEquals"];
/// Operators rolecall may add patterns to (they match wildcards).
const MERGEABLE_OPERATORS: [&str; 3] = ["ArnLike", "StringLike", "ArnEquals"];
pub const SOURCE_ARN_KEY: &str = "aws:SourceArn";

/// One `aws:SourceArn` value and the operator that compares it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourcePattern {
    pub op: String,
    pub value: String,
}

impl SourcePattern {
    /// Whether this condition value lets every ARN the `wanted` pattern stands for through.
    /// `ArnLike` and `ArnEquals` match each ARN part with wildcards; `StringLike` matches the
    /// whole string with wildcards; `StringEquals` is a literal comparison, which never covers a
    /// pattern with a wildcard (no real ARN equals `.../fargateprofile/c/*`).
    pub fn covers(&self, wanted: &str) -> bool {
        match self.op.as_str() {
            "ArnLike" | "ArnEquals" => crate::arn::arn_like(&self.value, wanted),
            "StringLike" => crate::arn::glob_match(&self.value, wanted),
            _ => self.value == wanted && !wanted.contains(['*', '?']),
        }
    }
}

/// One principal allowed to assume the role, and the statement that allows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assumer {
    /// `Service`, `AWS`, `Federated`, `CanonicalUser`, or `*`.
    pub kind: String,
    pub value: String,
    /// Index of the statement in the document.
    pub statement: usize,
    /// The `aws:SourceArn` values limiting it; `None` when the statement has none.
    pub source_arns: Option<Vec<SourcePattern>>,
}

impl Assumer {
    /// `Service: ec2.amazonaws.com`, for messages.
    pub fn label(&self) -> String {
        if self.kind == "*" {
            "*".to_owned()
        } else {
            format!("{}: {}", self.kind, self.value)
        }
    }
}

/// The `aws:SourceArn` values of a statement's conditions, if it has any.
fn source_arns(cond: &crate::policy::Conditions) -> Option<Vec<SourcePattern>> {
    let mut out: Option<Vec<SourcePattern>> = None;
    for (op, keys) in cond {
        if !SOURCE_ARN_OPERATORS.contains(&op.as_str()) {
            continue;
        }
        for (k, vals) in keys {
            if k.eq_ignore_ascii_case(SOURCE_ARN_KEY) {
                out.get_or_insert_with(Vec::new).extend(vals.iter().map(|v| SourcePattern { op: op.clone(), value: v.clone() }));
            }
        }
    }
    out
}

/// Every principal that an `Allow` statement lets call `sts:AssumeRole`.
pub fn assumers(doc: &PolicyDocument) -> Vec<Assumer> {
    let mut out = Vec::new();
    for (i, st) in doc.statements.iter().enumerate() {
        let (Effect::Allow, Some(principal), Some(actions)) = (st.effect, &st.principal, &st.action) else {
            continue;
        };
        if !actions_cover(actions, "sts:AssumeRole") {
            continue;
        }
        let arns = source_arns(&st.condition);
        match principal {
            Principal::Any => out.push(Assumer { kind: "*".into(), value: "*".into(), statement: i, source_arns: arns }),
            Principal::Map(m) => {
                for (kind, values) in m {
                    for v in values {
                        out.push(Assumer { kind: kind.clone(), value: v.clone(), statement: i, source_arns: arns.clone() });
                    }
                }
            }
        }
    }
    out
}

/// The service principals among the assumers.
pub fn services(assumers: &[Assumer]) -> impl Iterator<Item = &Assumer> {
    assumers.iter().filter(|a| a.kind == "Service")
}

fn statements_mut(doc: &mut Value) -> Option<&mut Vec<Value>> {
    let obj = doc.as_object_mut()?;
    let st = obj.get_mut("Statement")?;
    if st.is_object() {
        let one = st.take();
        *st = Value::Array(vec![one]);
    }
    st.as_array_mut()
}

/// Appends a statement to a document.
pub fn add_statement(doc: &mut Value, statement: Value) -> bool {
    match statements_mut(doc) {
        Some(list) => {
            list.push(statement);
            true
        }
        None => false,
    }
}

/// Adds `arns` to the `aws:SourceArn` value of statement `index`, under the first operator that
/// already limits it by pattern. The value becomes an array; nothing else in the statement
/// changes. Returns false when the statement has no such condition to merge into.
pub fn merge_source_arns(doc: &mut Value, index: usize, arns: &[String]) -> bool {
    let Some(st) = statements_mut(doc).and_then(|l| l.get_mut(index)) else { return false };
    let Some(cond) = st.get_mut("Condition").and_then(Value::as_object_mut) else { return false };
    for op in MERGEABLE_OPERATORS {
        let Some(keys) = cond.get_mut(op).and_then(Value::as_object_mut) else { continue };
        let Some(key) = keys.keys().find(|k| k.eq_ignore_ascii_case(SOURCE_ARN_KEY)).cloned() else { continue };
        let Some(slot) = keys.get_mut(&key) else { continue };
        let mut values: Vec<Value> = match slot.take() {
            Value::Array(a) => a,
            one => vec![one],
        };
        for a in arns {
            if !values.iter().any(|v| v.as_str() == Some(a)) {
                values.push(Value::String(a.clone()));
            }
        }
        *slot = Value::Array(values);
        return true;
    }
    false
}

/// Limits statement `index` to `arns` with an `ArnLike` `aws:SourceArn` condition. This narrows
/// who may assume the role: rolecall does it only when asked to.
pub fn restrict_source_arns(doc: &mut Value, index: usize, arns: &[String]) -> bool {
    let Some(st) = statements_mut(doc).and_then(|l| l.get_mut(index)).and_then(Value::as_object_mut) else { return false };
    let value = match arns {
        [one] => json!(one),
        many => json!(many),
    };
    let cond = st.entry("Condition").or_insert_with(|| Value::Object(Map::new()));
    let Some(cond) = cond.as_object_mut() else { return false };
    let op = cond.entry("ArnLike").or_insert_with(|| Value::Object(Map::new()));
    match op.as_object_mut() {
        Some(keys) => {
            keys.insert(SOURCE_ARN_KEY.into(), value);
            true
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::parse_json_strict;

    const ONE_CLUSTER: &str = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Condition":{"ArnLike":{"aws:SourceArn":"arn:aws:eks:us-west-2:111122223333:fargateprofile/a/*"}},"Principal":{"Service":"eks-fargate-pods.amazonaws.com"},"Action":"sts:AssumeRole"},{"Sid":"Mine","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"sts:AssumeRole"}]}"#;

    #[test]
    fn finds_assumers_and_conditions() {
        let doc = PolicyDocument::parse(ONE_CLUSTER).unwrap();
        let a = assumers(&doc);
        assert_eq!(a.len(), 2);
        assert_eq!(a[0].value, "eks-fargate-pods.amazonaws.com");
        let want = SourcePattern { op: "ArnLike".into(), value: "arn:aws:eks:us-west-2:111122223333:fargateprofile/a/*".into() };
        assert_eq!(a[0].source_arns.as_deref(), Some(&[want][..]));
        assert_eq!(a[1].label(), "AWS: arn:aws:iam::111122223333:root");
        assert_eq!(a[1].source_arns, None);
    }

    #[test]
    fn operators_decide_coverage() {
        let wanted = "arn:aws:eks:us-west-2:111122223333:fargateprofile/prod/*";
        let p = |op: &str, v: &str| SourcePattern { op: op.into(), value: v.into() };
        assert!(p("ArnLike", wanted).covers(wanted));
        assert!(p("ArnEquals", "arn:aws:eks:*:111122223333:fargateprofile/*/*").covers(wanted));
        assert!(p("StringLike", "*").covers(wanted));
        assert!(p("StringLike", "arn:aws:eks:*").covers(wanted));
        assert!(!p("ArnLike", "*").covers(wanted), "ArnLike compares six parts");
        assert!(!p("StringEquals", wanted).covers(wanted), "a literal with * matches no profile");
        assert!(!p("ArnLike", "arn:aws:eks:us-west-2:111122223333:fargateprofile/?/*").covers("arn:aws:eks:us-west-2:111122223333:fargateprofile/*/*"));
    }

    #[test]
    fn deny_and_other_actions_are_not_assumers() {
        let doc = PolicyDocument::parse(r#"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","Action":"sts:AssumeRole"},{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:TagSession"}]}"#).unwrap();
        assert!(assumers(&doc).is_empty());
    }

    #[test]
    fn merge_adds_into_one_array_and_leaves_the_rest() {
        let mut v = parse_json_strict(ONE_CLUSTER).unwrap();
        let before_other = v["Statement"][1].clone();
        assert!(merge_source_arns(&mut v, 0, &["arn:aws:eks:us-west-2:111122223333:fargateprofile/b/*".into()]));
        assert_eq!(
            v["Statement"][0]["Condition"]["ArnLike"]["aws:SourceArn"],
            json!(["arn:aws:eks:us-west-2:111122223333:fargateprofile/a/*", "arn:aws:eks:us-west-2:111122223333:fargateprofile/b/*"])
        );
        assert_eq!(v["Statement"][1], before_other);
        // Merging again changes nothing.
        let again = v.clone();
        assert!(merge_source_arns(&mut v, 0, &["arn:aws:eks:us-west-2:111122223333:fargateprofile/b/*".into()]));
        assert_eq!(v, again);
        // And the result is still a strict, valid document.
        assert!(PolicyDocument::parse(&v.to_string()).is_ok());
    }

    #[test]
    fn merge_needs_a_pattern_condition() {
        let mut v = parse_json_strict(r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"Service":"eks-fargate-pods.amazonaws.com"},"Action":"sts:AssumeRole"}}"#).unwrap();
        assert!(!merge_source_arns(&mut v, 0, &["x".into()]));
        assert!(restrict_source_arns(&mut v, 0, &["arn:aws:eks:*:111122223333:fargateprofile/*/*".into()]));
        assert_eq!(v["Statement"][0]["Condition"]["ArnLike"]["aws:SourceArn"], json!("arn:aws:eks:*:111122223333:fargateprofile/*/*"));
    }

    #[test]
    fn add_statement_turns_an_object_into_an_array() {
        let mut v = parse_json_strict(r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"sts:AssumeRole"}}"#).unwrap();
        assert!(add_statement(&mut v, json!({"Effect":"Allow"})));
        assert_eq!(v["Statement"].as_array().map(Vec::len), Some(2));
    }
}
