//! IAM policy documents: strict parsing, one normal form, comparison by meaning, and the
//! merges rolecall makes to trust policies.
//!
//! Strict means that a key given twice in one object is an error (most JSON parsers keep the
//! last one silently, which loses a cluster's `aws:SourceArn`), and that the document must have
//! the structure IAM requires. The normal form keeps each single-value-or-array field as a list
//! in the order given; [`PolicyDocument::canonical`] sorts and de-duplicates them so that two
//! documents that mean the same compare equal.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

/// The policy language versions IAM knows.
pub const VERSIONS: [&str; 2] = ["2012-10-17", "2008-10-17"];
/// The current policy language version, used for every document rolecall writes.
pub const VERSION: &str = "2012-10-17";

/// The largest policy document rolecall parses, in bytes. IAM's own largest (a managed policy)
/// is a few KB; anything near this bound is not a policy, and is refused before parsing.
pub const MAX_DOCUMENT_BYTES: usize = 1 << 20;

/// Why a text is not a policy document. Data only: the CLI says it in the reader's language
/// (rolecall-core makes findings of it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PolicyError {
    /// Not JSON at all.
    Json { line: usize, column: usize, syntax: JsonSyntax },
    /// A key given twice in one object.
    DuplicateKey { key: String, line: usize, column: usize },
    /// JSON, but not the structure of a policy: `path` names the element, `expected` what IAM wants there.
    Structure { path: String, expected: Expected },
    /// Over [`MAX_DOCUMENT_BYTES`]: not parsed.
    TooLarge { size: usize, limit: usize },
}

/// For logs and tests: stable codes, never prose.
impl fmt::Display for PolicyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PolicyError::Json { line, column, syntax } => write!(f, "json {line}:{column}: {}", syntax.as_str()),
            PolicyError::DuplicateKey { key, line, column } => write!(f, "duplicate-key {key:?} {line}:{column}"),
            PolicyError::Structure { path, expected } => write!(f, "structure {path}: {}", expected.as_str()),
            PolicyError::TooLarge { size, limit } => write!(f, "too-large {size} > {limit}"),
        }
    }
}

macro_rules! stable_codes {
    ($(#[$doc:meta])* $ty:ident { $($(#[$m:meta])* $name:ident = $code:literal,)* }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $ty { $($(#[$m])* $name,)* }

        impl $ty {
            pub const ALL: &'static [$ty] = &[$($ty::$name,)*];

            /// A stable code (in JSON's finding arguments).
            pub fn as_str(self) -> &'static str {
                match self { $($ty::$name => $code,)* }
            }
        }
    };
}

stable_codes! {
    /// What IAM expects at an element of a policy document that has something else.
    Expected {
        /// The document: an object with Version and Statement.
        Document = "document",
        /// One of Version, Id, Statement.
        DocumentKey = "document-key",
        /// A statement object or a non-empty array of them.
        Statements = "statements",
        /// A statement: an object.
        Statement = "statement",
        /// One of Sid, Effect, Principal, NotPrincipal, Action, NotAction, Resource, NotResource, Condition.
        StatementKey = "statement-key",
        /// `"Allow"` or `"Deny"`.
        Effect = "effect",
        /// A string.
        String = "string",
        /// A string or an array of strings.
        StringOrList = "string-or-list",
        /// `"*"` or an object such as `{"Service": "..."}`.
        Principal = "principal",
        /// An object of condition operators.
        ConditionOperators = "condition-operators",
        /// An object of condition keys.
        ConditionKeys = "condition-keys",
        /// A string, boolean or number, or an array of them.
        ConditionValues = "condition-values",
        /// Exactly one of Action or NotAction.
        OneOfActionNotAction = "one-of-action-not-action",
        /// At most one of Principal or NotPrincipal.
        AtMostOnePrincipal = "at-most-one-principal",
        /// At most one of Resource or NotResource.
        AtMostOneResource = "at-most-one-resource",
    }
}

stable_codes! {
    /// What is wrong with a text that is not JSON (serde_json's errors, classified).
    JsonSyntax {
        /// The text ends before the JSON does.
        Eof = "eof",
        /// A `:` is missing after a key.
        ExpectedColon = "expected-colon",
        /// A `,` or the closing bracket is missing.
        ExpectedCommaOrEnd = "expected-comma-or-end",
        /// A value was expected.
        ExpectedValue = "expected-value",
        /// An object's key that is not a string.
        KeyNotString = "key-not-string",
        /// A comma before a closing bracket.
        TrailingComma = "trailing-comma",
        /// More text after the JSON.
        TrailingCharacters = "trailing-characters",
        /// A string with an invalid escape, control character or code point.
        InvalidString = "invalid-string",
        /// A number that is not one, or out of range.
        InvalidNumber = "invalid-number",
        /// Nested too deeply.
        TooDeep = "too-deep",
        /// Larger than any policy document ([`MAX_DOCUMENT_BYTES`]).
        TooLarge = "too-large",
        /// Anything else serde_json reports.
        Other = "other",
    }
}

impl JsonSyntax {
    /// Classifies a serde_json error by its message (serde_json's error codes are not public).
    fn of(e: &serde_json::Error) -> JsonSyntax {
        if e.classify() == serde_json::error::Category::Eof {
            return JsonSyntax::Eof;
        }
        let msg = e.to_string();
        let table: [(&str, JsonSyntax); 16] = [
            ("expected `:`", JsonSyntax::ExpectedColon),
            ("expected `,` or", JsonSyntax::ExpectedCommaOrEnd),
            ("expected value", JsonSyntax::ExpectedValue),
            ("expected ident", JsonSyntax::ExpectedValue),
            ("expected `\"`", JsonSyntax::ExpectedValue),
            ("key must be a string", JsonSyntax::KeyNotString),
            ("trailing comma", JsonSyntax::TrailingComma),
            ("trailing characters", JsonSyntax::TrailingCharacters),
            ("invalid escape", JsonSyntax::InvalidString),
            ("invalid unicode code point", JsonSyntax::InvalidString),
            ("control character", JsonSyntax::InvalidString),
            ("lone leading surrogate", JsonSyntax::InvalidString),
            ("unexpected end of hex escape", JsonSyntax::InvalidString),
            ("invalid number", JsonSyntax::InvalidNumber),
            ("number out of range", JsonSyntax::InvalidNumber),
            ("recursion limit exceeded", JsonSyntax::TooDeep),
        ];
        table.iter().find(|(prefix, _)| msg.starts_with(prefix)).map_or(JsonSyntax::Other, |(_, s)| *s)
    }
}

impl std::error::Error for PolicyError {}

const DUP_MARK: &str = "\u{1}duplicate key:";

struct Strict(Value);

impl<'de> Deserialize<'de> for Strict {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(StrictVisitor).map(Strict)
    }
}

struct StrictVisitor;

impl<'de> Visitor<'de> for StrictVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut out = Vec::new();
        while let Some(Strict(v)) = seq.next_element()? {
            out.push(v);
        }
        Ok(Value::Array(out))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut out = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            if out.contains_key(&key) {
                return Err(de::Error::custom(format!("{DUP_MARK}{key}")));
            }
            let Strict(v) = map.next_value()?;
            out.insert(key, v);
        }
        Ok(Value::Object(out))
    }
}

/// Parses JSON, rejecting a key that appears twice in one object, and a text over
/// [`MAX_DOCUMENT_BYTES`] before reading it.
pub fn parse_json_strict(text: &str) -> Result<Value, PolicyError> {
    if text.len() > MAX_DOCUMENT_BYTES {
        return Err(PolicyError::TooLarge { size: text.len(), limit: MAX_DOCUMENT_BYTES });
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let parsed = Strict::deserialize(&mut de).and_then(|v| de.end().map(|()| v.0));
    parsed.map_err(|e| {
        let msg = e.to_string();
        match msg.find(DUP_MARK) {
            Some(i) => {
                let rest = &msg[i + DUP_MARK.len()..];
                let key = rest.rsplit_once(" at line ").map_or(rest, |(k, _)| k).to_owned();
                PolicyError::DuplicateKey { key, line: e.line(), column: e.column() }
            }
            None => PolicyError::Json { line: e.line(), column: e.column(), syntax: JsonSyntax::of(&e) },
        }
    })
}

/// `Allow` or `Deny`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Effect {
    Allow,
    Deny,
}

/// A `Principal` or `NotPrincipal` element.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Principal {
    /// `"*"`: everyone.
    Any,
    /// `{"Service": [...], "AWS": [...], "Federated": [...]}`.
    Map(BTreeMap<String, Vec<String>>),
}

impl Principal {
    /// The values given for one principal type (`Service`, `AWS`, `Federated`, `CanonicalUser`).
    pub fn values(&self, kind: &str) -> &[String] {
        match self {
            Principal::Any => &[],
            Principal::Map(m) => m.get(kind).map_or(&[], Vec::as_slice),
        }
    }

}

/// Condition block: operator -> key -> values. Keys are kept as written; [`PolicyDocument::canonical`]
/// lower-cases them, as IAM treats condition keys case-insensitively.
pub type Conditions = BTreeMap<String, BTreeMap<String, Vec<String>>>;

/// One statement, in normal form.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Statement {
    pub sid: Option<String>,
    pub effect: Effect,
    pub principal: Option<Principal>,
    pub not_principal: Option<Principal>,
    pub action: Option<Vec<String>>,
    pub not_action: Option<Vec<String>>,
    pub resource: Option<Vec<String>>,
    pub not_resource: Option<Vec<String>>,
    pub condition: Conditions,
}

/// A policy document in normal form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PolicyDocument {
    pub version: Option<String>,
    pub id: Option<String>,
    pub statements: Vec<Statement>,
}

fn structure(path: impl Into<String>, expected: Expected) -> PolicyError {
    PolicyError::Structure { path: path.into(), expected }
}

/// A string, or an array of strings, as a list.
fn string_list(v: &Value, path: &str) -> Result<Vec<String>, PolicyError> {
    match v {
        Value::String(s) => Ok(vec![s.clone()]),
        Value::Array(items) if !items.is_empty() => items
            .iter()
            .map(|i| i.as_str().map(str::to_owned).ok_or_else(|| structure(path, Expected::StringOrList)))
            .collect(),
        _ => Err(structure(path, Expected::StringOrList)),
    }
}

/// Condition values may also be booleans or numbers; IAM compares them as strings.
fn condition_values(v: &Value, path: &str) -> Result<Vec<String>, PolicyError> {
    let one = |i: &Value| match i {
        Value::String(s) => Ok(s.clone()),
        Value::Bool(b) => Ok(b.to_string()),
        Value::Number(n) => Ok(n.to_string()),
        _ => Err(structure(path, Expected::ConditionValues)),
    };
    match v {
        Value::Array(items) => items.iter().map(one).collect(),
        other => Ok(vec![one(other)?]),
    }
}

fn principal(v: &Value, path: &str) -> Result<Principal, PolicyError> {
    match v {
        Value::String(s) if s == "*" => Ok(Principal::Any),
        Value::Object(m) if !m.is_empty() => {
            let mut out = BTreeMap::new();
            for (k, val) in m {
                out.insert(k.clone(), string_list(val, &format!("{path}.{k}"))?);
            }
            Ok(Principal::Map(out))
        }
        _ => Err(structure(path, Expected::Principal)),
    }
}

const STATEMENT_KEYS: [&str; 9] = ["Sid", "Effect", "Principal", "NotPrincipal", "Action", "NotAction", "Resource", "NotResource", "Condition"];

fn statement(v: &Value, path: &str) -> Result<Statement, PolicyError> {
    let m = v.as_object().ok_or_else(|| structure(path, Expected::Statement))?;
    if let Some(k) = m.keys().find(|k| !STATEMENT_KEYS.contains(&k.as_str())) {
        return Err(structure(format!("{path}.{k}"), Expected::StatementKey));
    }
    let effect = match m.get("Effect").and_then(Value::as_str) {
        Some("Allow") => Effect::Allow,
        Some("Deny") => Effect::Deny,
        _ => return Err(structure(format!("{path}.Effect"), Expected::Effect)),
    };
    let list = |key: &str| m.get(key).map(|v| string_list(v, &format!("{path}.{key}"))).transpose();
    let mut condition = Conditions::new();
    if let Some(c) = m.get("Condition") {
        let ops = c.as_object().ok_or_else(|| structure(format!("{path}.Condition"), Expected::ConditionOperators))?;
        for (op, keys) in ops {
            let keys = keys.as_object().ok_or_else(|| structure(format!("{path}.Condition.{op}"), Expected::ConditionKeys))?;
            let entry = condition.entry(op.clone()).or_default();
            for (k, vals) in keys {
                entry.insert(k.clone(), condition_values(vals, &format!("{path}.Condition.{op}.{k}"))?);
            }
        }
    }
    let st = Statement {
        sid: m.get("Sid").map(|s| s.as_str().map(str::to_owned).ok_or_else(|| structure(format!("{path}.Sid"), Expected::String))).transpose()?,
        effect,
        principal: m.get("Principal").map(|p| principal(p, &format!("{path}.Principal"))).transpose()?,
        not_principal: m.get("NotPrincipal").map(|p| principal(p, &format!("{path}.NotPrincipal"))).transpose()?,
        action: list("Action")?,
        not_action: list("NotAction")?,
        resource: list("Resource")?,
        not_resource: list("NotResource")?,
        condition,
    };
    if st.action.is_some() == st.not_action.is_some() {
        return Err(structure(path, Expected::OneOfActionNotAction));
    }
    if st.principal.is_some() && st.not_principal.is_some() {
        return Err(structure(path, Expected::AtMostOnePrincipal));
    }
    if st.resource.is_some() && st.not_resource.is_some() {
        return Err(structure(path, Expected::AtMostOneResource));
    }
    Ok(st)
}

impl PolicyDocument {
    /// Parses a policy document strictly.
    pub fn parse(text: &str) -> Result<PolicyDocument, PolicyError> {
        Self::from_value(&parse_json_strict(text)?)
    }

    /// Reads a policy document from JSON already parsed.
    pub fn from_value(v: &Value) -> Result<PolicyDocument, PolicyError> {
        let m = v.as_object().ok_or_else(|| structure("$", Expected::Document))?;
        if let Some(k) = m.keys().find(|k| !["Version", "Id", "Statement"].contains(&k.as_str())) {
            return Err(structure(format!("$.{k}"), Expected::DocumentKey));
        }
        let version = m.get("Version").map(|s| s.as_str().map(str::to_owned).ok_or_else(|| structure("$.Version", Expected::String))).transpose()?;
        let id = m.get("Id").map(|s| s.as_str().map(str::to_owned).ok_or_else(|| structure("$.Id", Expected::String))).transpose()?;
        let statements = match m.get("Statement") {
            Some(Value::Array(items)) if !items.is_empty() => {
                items.iter().enumerate().map(|(i, s)| statement(s, &format!("$.Statement[{i}]"))).collect::<Result<_, _>>()?
            }
            Some(obj @ Value::Object(_)) => vec![statement(obj, "$.Statement")?],
            _ => return Err(structure("$.Statement", Expected::Statements)),
        };
        Ok(PolicyDocument { version, id, statements })
    }

    /// The same document with every list sorted and de-duplicated, condition keys and actions
    /// lower-cased (IAM treats both case-insensitively), Sids dropped and statements sorted:
    /// two documents mean the same exactly when their canonical forms are equal.
    pub fn canonical(&self) -> PolicyDocument {
        fn norm(v: &Option<Vec<String>>, lower: bool) -> Option<Vec<String>> {
            v.as_ref().map(|l| {
                let mut l: Vec<String> = l.iter().map(|s| if lower { s.to_ascii_lowercase() } else { s.clone() }).collect();
                l.sort();
                l.dedup();
                l
            })
        }
        fn norm_p(p: &Option<Principal>) -> Option<Principal> {
            p.as_ref().map(|p| match p {
                Principal::Any => Principal::Any,
                Principal::Map(m) => Principal::Map(m.iter().map(|(k, v)| (k.clone(), norm(&Some(v.clone()), false).unwrap_or_default())).collect()),
            })
        }
        let mut statements: Vec<Statement> = self
            .statements
            .iter()
            .map(|s| Statement {
                sid: None,
                effect: s.effect,
                principal: norm_p(&s.principal),
                not_principal: norm_p(&s.not_principal),
                action: norm(&s.action, true),
                not_action: norm(&s.not_action, true),
                resource: norm(&s.resource, false),
                not_resource: norm(&s.not_resource, false),
                condition: s
                    .condition
                    .iter()
                    .map(|(op, keys)| {
                        (op.clone(), keys.iter().map(|(k, v)| (k.to_ascii_lowercase(), norm(&Some(v.clone()), false).unwrap_or_default())).collect())
                    })
                    .collect(),
            })
            .collect();
        statements.sort();
        statements.dedup();
        PolicyDocument { version: self.version.clone(), id: None, statements }
    }

    /// Whether two documents grant the same thing.
    pub fn same_meaning(&self, other: &PolicyDocument) -> bool {
        self.canonical() == other.canonical()
    }

    /// Renders the document as JSON in the style of the AWS guides: a single value as a
    /// string, several as an array, keys in the usual order.
    pub fn to_value(&self) -> Value {
        fn list(l: &[String]) -> Value {
            match l {
                [one] => Value::String(one.clone()),
                many => Value::Array(many.iter().cloned().map(Value::String).collect()),
            }
        }
        fn principal(p: &Principal) -> Value {
            match p {
                Principal::Any => Value::String("*".into()),
                Principal::Map(m) => Value::Object(m.iter().map(|(k, v)| (k.clone(), list(v))).collect()),
            }
        }
        let statements = self
            .statements
            .iter()
            .map(|s| {
                let mut m = Map::new();
                if let Some(sid) = &s.sid {
                    m.insert("Sid".into(), sid.clone().into());
                }
                m.insert("Effect".into(), Value::String(format!("{:?}", s.effect)));
                if let Some(p) = &s.principal {
                    m.insert("Principal".into(), principal(p));
                }
                if let Some(p) = &s.not_principal {
                    m.insert("NotPrincipal".into(), principal(p));
                }
                for (key, v) in [("Action", &s.action), ("NotAction", &s.not_action), ("Resource", &s.resource), ("NotResource", &s.not_resource)] {
                    if let Some(v) = v {
                        m.insert(key.into(), list(v));
                    }
                }
                if !s.condition.is_empty() {
                    let c = s
                        .condition
                        .iter()
                        .map(|(op, keys)| (op.clone(), Value::Object(keys.iter().map(|(k, v)| (k.clone(), list(v))).collect())))
                        .collect();
                    m.insert("Condition".into(), Value::Object(c));
                }
                Value::Object(m)
            })
            .collect();
        let mut m = Map::new();
        if let Some(v) = &self.version {
            m.insert("Version".into(), v.clone().into());
        }
        if let Some(id) = &self.id {
            m.insert("Id".into(), id.clone().into());
        }
        m.insert("Statement".into(), Value::Array(statements));
        Value::Object(m)
    }

    /// Compact JSON, as sent to IAM.
    pub fn to_json(&self) -> String {
        self.to_value().to_string()
    }

    /// Indented JSON, for people.
    pub fn to_json_pretty(&self) -> String {
        serde_json::to_string_pretty(&self.to_value()).unwrap_or_default()
    }
}

/// IAM's length of a policy for its size quotas: the document without white space outside strings.
pub fn quota_len(text: &str) -> usize {
    let mut n = 0;
    let mut in_str = false;
    let mut escaped = false;
    for c in text.chars() {
        if in_str {
            n += 1;
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_str = false;
            }
        } else if !c.is_whitespace() {
            n += 1;
            if c == '"' {
                in_str = true;
            }
        }
    }
    n
}

/// Whether an action pattern list covers `action` (IAM action names and wildcards are case-insensitive).
pub fn actions_cover(patterns: &[String], action: &str) -> bool {
    let action = action.to_ascii_lowercase();
    patterns.iter().any(|p| crate::arn::glob_match(&p.to_ascii_lowercase(), &action))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn duplicate_keys_are_errors() {
        let text = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"eks-fargate-pods.amazonaws.com"},"Action":"sts:AssumeRole",
            "Condition":{"ArnLike":{"aws:SourceArn":"arn:aws:eks:us-west-2:111122223333:fargateprofile/a/*","aws:SourceArn":"arn:aws:eks:us-west-2:111122223333:fargateprofile/b/*"}}}]}"#;
        match PolicyDocument::parse(text) {
            Err(PolicyError::DuplicateKey { key, line, .. }) => {
                assert_eq!(key, "aws:SourceArn");
                assert_eq!(line, 2);
            }
            other => panic!("expected a duplicate key error, got {other:?}"),
        }
    }

    #[test]
    fn invalid_json_reports_position() {
        match PolicyDocument::parse("{\"Version\": \"2012-10-17\",\n  \"Statement\": [}") {
            Err(PolicyError::Json { line, .. }) => assert_eq!(line, 2),
            other => panic!("{other:?}"),
        }
        assert!(matches!(PolicyDocument::parse("{} trailing"), Err(PolicyError::Json { .. })));
    }

    /// serde_json's messages are matched by their start: a new serde_json that words one
    /// differently fails here rather than showing "other".
    #[test]
    fn json_syntax_errors_are_classified() {
        let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
        for (text, want) in [
            (r#"{"a": [1, 2"#, JsonSyntax::Eof),
            (r#"{"a" 1}"#, JsonSyntax::ExpectedColon),
            (r#"{"a": 1 "b": 2}"#, JsonSyntax::ExpectedCommaOrEnd),
            ("[1 2]", JsonSyntax::ExpectedCommaOrEnd),
            (r#"{"a": }"#, JsonSyntax::ExpectedValue),
            (r#"{"a": tru}"#, JsonSyntax::ExpectedValue),
            ("{a: 1}", JsonSyntax::KeyNotString),
            (r#"{"a": 1,}"#, JsonSyntax::TrailingComma),
            ("{} {}", JsonSyntax::TrailingCharacters),
            (r#"{"a": "\q"}"#, JsonSyntax::InvalidString),
            ("{\"a\": \"x\u{1}\"}", JsonSyntax::InvalidString),
            (r#"{"a": 1e999}"#, JsonSyntax::InvalidNumber),
            (r#"{"a": -}"#, JsonSyntax::InvalidNumber),
            (deep.as_str(), JsonSyntax::TooDeep),
        ] {
            match parse_json_strict(text) {
                Err(PolicyError::Json { syntax, .. }) => assert_eq!(syntax, want, "{text}"),
                other => panic!("{text}: {other:?}"),
            }
        }
    }

    #[test]
    fn structure_errors_name_the_element() {
        let e = PolicyDocument::parse(r#"{"Version":"2012-10-17","Statement":{"Effect":"Permit","Action":"s3:*"}}"#).unwrap_err();
        assert_eq!(e, PolicyError::Structure { path: "$.Statement.Effect".into(), expected: Expected::Effect });
        let e = PolicyDocument::parse(r#"{"Version":"2012-10-17","Statement":[]}"#).unwrap_err();
        assert!(matches!(e, PolicyError::Structure { ref path, .. } if path == "$.Statement"));
        let e = PolicyDocument::parse(r#"{"Statement":{"Effect":"Allow","Action":"s3:*","NotAction":"s3:Get*"}}"#).unwrap_err();
        assert!(matches!(e, PolicyError::Structure { .. }));
        let e = PolicyDocument::parse(r#"{"Statement":{"Effect":"Allow","Action":"s3:*","Acton":"x"}}"#).unwrap_err();
        assert!(matches!(e, PolicyError::Structure { ref path, .. } if path == "$.Statement.Acton"));
    }

    #[test]
    fn same_meaning_ignores_shape_and_order() {
        let a = PolicyDocument::parse(
            r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}}"#,
        )
        .unwrap();
        let b = PolicyDocument::parse(
            r#"{"Statement":[{"Action":["STS:AssumeRole","sts:AssumeRole"],"Sid":"x","Principal":{"Service":["ec2.amazonaws.com"]},"Effect":"Allow"}],"Version":"2012-10-17"}"#,
        )
        .unwrap();
        assert!(a.same_meaning(&b));
        let c = PolicyDocument::parse(
            r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"Service":"eks.amazonaws.com"},"Action":"sts:AssumeRole"}}"#,
        )
        .unwrap();
        assert!(!a.same_meaning(&c));
    }

    #[test]
    fn renders_and_parses_back() {
        let text = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["ecr:BatchGetImage","ecr:GetAuthorizationToken"],"Resource":"*","Condition":{"Bool":{"aws:SecureTransport":true}}}]}"#;
        let d = PolicyDocument::parse(text).unwrap();
        let again = PolicyDocument::parse(&d.to_json()).unwrap();
        assert_eq!(d, again);
        assert!(d.to_json().contains(r#""aws:SecureTransport":"true""#));
        assert!(d.to_json_pretty().contains('\n'));
    }

    #[test]
    fn quota_length_skips_whitespace_outside_strings() {
        assert_eq!(quota_len("{ \"a b\" : 1 }"), 9);
        assert_eq!(quota_len("{\"a\\\"b\":1}"), 10);
    }

    #[test]
    fn action_patterns() {
        let p = vec!["sts:*".to_owned()];
        assert!(actions_cover(&p, "sts:AssumeRole"));
        assert!(actions_cover(&["STS:ASSUMEROLE".to_owned()], "sts:AssumeRole"));
        assert!(!actions_cover(&["sts:TagSession".to_owned()], "sts:AssumeRole"));
    }
}
