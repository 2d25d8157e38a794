//! IAM's policy evaluation for a role's trust policy: may this principal call this action with
//! this request context?
//!
//! The rules are IAM's ("Policy evaluation logic" and "IAM JSON policy elements: Condition
//! operators" in the IAM User Guide):
//! - a statement applies when its Principal (or NotPrincipal), its Action (or NotAction) and
//!   **every** condition in it match; within a condition block several operators AND, several
//!   keys AND, and several values of one key OR (NOR for the negated operators);
//! - an explicit Deny that applies wins; otherwise an Allow must apply; otherwise the request is
//!   denied;
//! - condition keys are case-insensitive, action names too; `...IfExists` holds when the key is
//!   absent; negated operators hold when the key is absent; `Null` tests presence;
//!   `ForAnyValue:`/`ForAllValues:` qualify multi-valued keys;
//! - a policy variable naming a key the request lacks (with no default) is null: no value equals
//!   or is like it, so the negated operators hold against it ("Policy variables with no value");
//!   a key with no values or an empty string is a null dataset: `Null` calls it null,
//!   `ForAllValues` holds and `ForAnyValue` does not.
//!
//! rolecall does not always know a key's value (the time, an organization path, request tags):
//! such a key is *unknown*, and every condition on it is neither true nor false. Evaluation uses
//! three-valued (Kleene) logic, so the answer is [`Decision::Undecided`] exactly when the unknown
//! values could change it; never a guess.
//!
//! One key may also be *symbolic*: a whole set of values described by a [`Lang`] (every Fargate
//! profile ARN of a cluster). [`evaluate_all`] answers for every member of the set at once,
//! exactly: it finds one representative member for each combination of condition values the
//! members can produce (a product of the patterns' automata), and evaluates each one.

use std::collections::{BTreeMap, BTreeSet, HashSet, VecDeque};
use std::net::IpAddr;

use crate::policy::{Effect, PolicyDocument, Principal, Statement};

/// Kleene's three truth values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tri {
    True,
    False,
    Unknown,
}

impl Tri {
    fn of(b: bool) -> Tri {
        if b {
            Tri::True
        } else {
            Tri::False
        }
    }
    fn not(self) -> Tri {
        match self {
            Tri::True => Tri::False,
            Tri::False => Tri::True,
            Tri::Unknown => Tri::Unknown,
        }
    }
    fn and(self, o: Tri) -> Tri {
        match (self, o) {
            (Tri::False, _) | (_, Tri::False) => Tri::False,
            (Tri::True, Tri::True) => Tri::True,
            _ => Tri::Unknown,
        }
    }
    fn or(self, o: Tri) -> Tri {
        match (self, o) {
            (Tri::True, _) | (_, Tri::True) => Tri::True,
            (Tri::False, Tri::False) => Tri::False,
            _ => Tri::Unknown,
        }
    }
    fn any(it: impl IntoIterator<Item = Tri>) -> Tri {
        it.into_iter().fold(Tri::False, Tri::or)
    }
    fn all(it: impl IntoIterator<Item = Tri>) -> Tri {
        it.into_iter().fold(Tri::True, Tri::and)
    }
}

/// IAM's answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Decision {
    Allowed,
    Denied,
    /// It depends on a value rolecall cannot know.
    Undecided,
}

impl Decision {
    /// `True` is allowed, `False` denied, `Unknown` undecided.
    pub fn from_tri(t: Tri) -> Decision {
        match t {
            Tri::True => Decision::Allowed,
            Tri::False => Decision::Denied,
            Tri::Unknown => Decision::Undecided,
        }
    }

    /// `Some(true)`, `Some(false)`, or `None` when undecided.
    pub fn as_option(self) -> Option<bool> {
        match self {
            Decision::Allowed => Some(true),
            Decision::Denied => Some(false),
            Decision::Undecided => None,
        }
    }
}

/// Who makes the request.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Caller {
    /// An AWS service principal, such as `ec2.amazonaws.com`.
    Service(String),
    /// An IAM principal (`arn:...:role/...`, `arn:...:root`) or an account ID.
    Aws(String),
    /// A federated identity provider.
    Federated(String),
    CanonicalUser(String),
}

impl Caller {
    /// `Service: ec2.amazonaws.com`, as IAM's Principal element names it.
    pub fn label(&self) -> String {
        let (k, v) = self.parts();
        format!("{k}: {v}")
    }

    pub fn parts(&self) -> (&'static str, &str) {
        match self {
            Caller::Service(v) => ("Service", v),
            Caller::Aws(v) => ("AWS", v),
            Caller::Federated(v) => ("Federated", v),
            Caller::CanonicalUser(v) => ("CanonicalUser", v),
        }
    }

    /// The caller a Principal element's entry names.
    pub fn from_principal(kind: &str, value: &str) -> Option<Caller> {
        Some(match kind {
            "Service" => Caller::Service(value.to_owned()),
            "AWS" => Caller::Aws(value.to_owned()),
            "Federated" => Caller::Federated(value.to_owned()),
            "CanonicalUser" => Caller::CanonicalUser(value.to_owned()),
            _ => return None,
        })
    }
}

/// A context key's value in a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// The key is present with these values (one for single-valued keys).
    Known(Vec<String>),
    /// The key may or may not be present, with any value: rolecall cannot know.
    Unknown,
    /// The key is present, with one value from this set (see [`evaluate_all`]).
    Symbolic(Lang),
}

/// What a request carries besides its principal and action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Context {
    /// Keys in lower case.
    entries: BTreeMap<String, Value>,
    /// Keys not listed are unknown rather than absent (a principal rolecall knows nothing of).
    opaque: bool,
    /// Keys known to be absent, even where they would otherwise be unknowable (request tags
    /// of a service that sends none).
    absent: BTreeSet<String>,
}

/// Keys no request rolecall models can settle: time, organization, tags, network.
const UNKNOWABLE: [&str; 6] = ["aws:currenttime", "aws:epochtime", "aws:sourceorgid", "aws:sourceorgpaths", "aws:tagkeys", "aws:requestedregion"];
const UNKNOWABLE_PREFIXES: [&str; 2] = ["aws:requesttag/", "aws:principaltag/"];

impl Context {
    /// A context in which the keys set are known, the unknowable keys unknown, and every
    /// other key absent (as for a service that sends only the keys it documents).
    pub fn service() -> Context {
        Context { entries: BTreeMap::new(), opaque: false, absent: BTreeSet::new() }
    }

    /// A context about which nothing is known (a principal whose requests rolecall cannot see).
    pub fn opaque() -> Context {
        Context { entries: BTreeMap::new(), opaque: true, absent: BTreeSet::new() }
    }

    pub fn set(mut self, key: &str, v: Value) -> Context {
        let k = key.to_ascii_lowercase();
        self.absent.remove(&k);
        self.entries.insert(k, v);
        self
    }

    /// The key is not in the request.
    pub fn without(mut self, key: &str) -> Context {
        let k = key.to_ascii_lowercase();
        self.entries.remove(&k);
        self.absent.insert(k);
        self
    }

    pub fn known(self, key: &str, v: impl Into<String>) -> Context {
        self.set(key, Value::Known(vec![v.into()]))
    }

    /// The value of a key: `None` when the key is absent.
    pub fn get(&self, key: &str) -> Option<Value> {
        let k = key.to_ascii_lowercase();
        if let Some(v) = self.entries.get(&k) {
            return Some(v.clone());
        }
        if self.absent.contains(&k) {
            return None;
        }
        if self.opaque || UNKNOWABLE.contains(&k.as_str()) || UNKNOWABLE_PREFIXES.iter().any(|p| k.starts_with(p)) {
            return Some(Value::Unknown);
        }
        None
    }

    fn symbolic(&self) -> Option<(&String, &Lang)> {
        self.entries.iter().find_map(|(k, v)| match v {
            Value::Symbolic(l) => Some((k, l)),
            _ => None,
        })
    }

    fn with(&self, key: &str, value: String) -> Context {
        let mut c = self.clone();
        c.entries.insert(key.to_owned(), Value::Known(vec![value]));
        c
    }
}

/// One request: a caller, the actions it calls (all must be allowed), and its context.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub caller: Caller,
    pub actions: Vec<String>,
    pub context: Context,
}

/// Why a condition did not hold, or could not be decided.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Why {
    /// The values did not match.
    Mismatch,
    /// The key is not in the request.
    Absent,
    /// The key's value cannot be known.
    Unknowable,
    /// A policy variable in the value cannot be resolved.
    Variable,
    /// The operator is not one IAM knows.
    UnknownOperator,
}

/// A condition of a statement, and what became of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConditionResult {
    pub operator: String,
    pub key: String,
    pub result: Tri,
    pub why: Option<Why>,
}

/// What one statement did for a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatementResult {
    pub index: usize,
    pub sid: Option<String>,
    pub effect: Effect,
    /// Whether its principal and action cover the request.
    pub applies: bool,
    /// Whether it matches: `applies` and every condition.
    pub matched: Tri,
    /// The conditions that failed or were undecided.
    pub conditions: Vec<ConditionResult>,
    /// It uses NotPrincipal, which a trust policy may not.
    pub not_principal: bool,
}

impl StatementResult {
    /// `Sid` or `#N` (1-based), to name the statement in messages.
    pub fn label(&self) -> String {
        statement_label(self.index, self.sid.as_deref())
    }

    /// The first condition that failed, else the first undecided one.
    pub fn blocking(&self) -> Option<&ConditionResult> {
        self.conditions.iter().find(|c| c.result == Tri::False).or_else(|| self.conditions.iter().find(|c| c.result == Tri::Unknown))
    }
}

/// `Sid` or `#N` (1-based).
pub fn statement_label(index: usize, sid: Option<&str>) -> String {
    match sid {
        Some(s) if !s.is_empty() => s.to_owned(),
        _ => format!("#{}", index + 1),
    }
}

/// IAM's answer for one request, with every statement's part in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evaluation {
    pub decision: Decision,
    /// Per action, per statement.
    pub statements: Vec<StatementResult>,
}

impl Evaluation {
    /// The Deny statements that matched (or may have).
    pub fn denied_by(&self) -> impl Iterator<Item = &StatementResult> {
        self.statements.iter().filter(|s| s.effect == Effect::Deny && s.matched != Tri::False)
    }

    /// The Allow statements that matched.
    pub fn allowed_by(&self) -> impl Iterator<Item = &StatementResult> {
        self.statements.iter().filter(|s| s.effect == Effect::Allow && s.matched == Tri::True)
    }

    /// Allow statements that cover the caller and action but whose conditions did not hold.
    pub fn unmet(&self) -> impl Iterator<Item = &StatementResult> {
        self.statements.iter().filter(|s| s.effect == Effect::Allow && s.applies && s.matched != Tri::True)
    }

    /// Whether any statement that applies to the caller uses NotPrincipal.
    pub fn uses_not_principal(&self) -> bool {
        self.statements.iter().any(|s| s.not_principal)
    }
}

/// Evaluates a trust policy for one request. A symbolic context value is treated as unknown
/// here; [`evaluate_all`] resolves it.
pub fn evaluate(doc: &PolicyDocument, req: &Request) -> Evaluation {
    let vars = doc.version.as_deref() == Some("2012-10-17");
    let mut statements = Vec::new();
    let mut decision = Tri::True;
    for action in &req.actions {
        let mut allow = Tri::False;
        let mut deny = Tri::False;
        for (i, st) in doc.statements.iter().enumerate() {
            let r = statement(i, st, &req.caller, action, &req.context, vars);
            match st.effect {
                Effect::Allow => allow = allow.or(r.matched),
                Effect::Deny => deny = deny.or(r.matched),
            }
            if !statements.iter().any(|s: &StatementResult| s.index == i && s.matched == r.matched) {
                statements.push(r);
            }
        }
        decision = decision.and(allow.and(deny.not()));
    }
    Evaluation { decision: Decision::from_tri(decision), statements }
}

fn statement(index: usize, st: &Statement, caller: &Caller, action: &str, ctx: &Context, vars: bool) -> StatementResult {
    let (principal_ok, not_principal) = match (&st.principal, &st.not_principal) {
        (Some(p), _) => (principal_matches(p, caller), false),
        (None, Some(np)) => (!principal_matches(np, caller), true),
        (None, None) => (false, false),
    };
    let action_ok = match (&st.action, &st.not_action) {
        (Some(a), _) => a.iter().any(|p| crate::arn::glob_match(&p.to_ascii_lowercase(), &action.to_ascii_lowercase())),
        (None, Some(na)) => !na.iter().any(|p| crate::arn::glob_match(&p.to_ascii_lowercase(), &action.to_ascii_lowercase())),
        (None, None) => false,
    };
    let applies = principal_ok && action_ok;
    let mut conditions = Vec::new();
    let mut matched = Tri::of(applies);
    if applies {
        for (op, keys) in &st.condition {
            for (key, values) in keys {
                let (result, why) = condition(op, key, values, ctx, vars);
                if result != Tri::True {
                    conditions.push(ConditionResult { operator: op.clone(), key: key.clone(), result, why });
                }
                matched = matched.and(result);
            }
        }
    }
    StatementResult { index, sid: st.sid.clone(), effect: st.effect, applies, matched, conditions, not_principal }
}

fn principal_matches(p: &Principal, caller: &Caller) -> bool {
    match p {
        Principal::Any => true,
        Principal::Map(m) => {
            if m.get("AWS").is_some_and(|v| v.iter().any(|s| s == "*")) {
                return true;
            }
            let (kind, value) = caller.parts();
            let Some(values) = m.get(kind) else { return false };
            values.iter().any(|v| match caller {
                Caller::Service(_) => v.eq_ignore_ascii_case(value),
                Caller::Aws(_) => v == value || aws_account_covers(v, value),
                _ => v == value,
            })
        }
    }
}

/// `111122223333` and `arn:P:iam::111122223333:root` stand for every principal of the account.
fn aws_account_covers(policy: &str, caller: &str) -> bool {
    let account_of = |s: &str| -> Option<String> {
        if s.len() == 12 && s.bytes().all(|b| b.is_ascii_digit()) {
            return Some(s.to_owned());
        }
        let parts: Vec<&str> = s.splitn(6, ':').collect();
        (parts.len() == 6 && parts[0] == "arn").then(|| parts[4].to_owned())
    };
    let root = policy.len() == 12 || policy.ends_with(":root");
    root && account_of(policy).is_some() && account_of(policy) == account_of(caller)
}

/// Operator families.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Base {
    StringEquals,
    StringEqualsIgnoreCase,
    StringLike,
    Numeric(Cmp),
    Date(Cmp),
    Bool,
    Binary,
    Ip,
    Arn,
    Null,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cmp {
    Eq,
    Lt,
    Le,
    Gt,
    Ge,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Qualifier {
    None,
    AnyValue,
    AllValues,
}

struct Operator {
    base: Base,
    negated: bool,
    if_exists: bool,
    qualifier: Qualifier,
}

fn parse_operator(op: &str) -> Option<Operator> {
    let (qualifier, rest) = if let Some(r) = op.strip_prefix("ForAnyValue:") {
        (Qualifier::AnyValue, r)
    } else if let Some(r) = op.strip_prefix("ForAllValues:") {
        (Qualifier::AllValues, r)
    } else {
        (Qualifier::None, op)
    };
    let (if_exists, name) = match rest.strip_suffix("IfExists") {
        Some(n) => (true, n),
        None => (false, rest),
    };
    let (base, negated) = match name {
        "StringEquals" => (Base::StringEquals, false),
        "StringNotEquals" => (Base::StringEquals, true),
        "StringEqualsIgnoreCase" => (Base::StringEqualsIgnoreCase, false),
        "StringNotEqualsIgnoreCase" => (Base::StringEqualsIgnoreCase, true),
        "StringLike" => (Base::StringLike, false),
        "StringNotLike" => (Base::StringLike, true),
        "NumericEquals" => (Base::Numeric(Cmp::Eq), false),
        "NumericNotEquals" => (Base::Numeric(Cmp::Eq), true),
        "NumericLessThan" => (Base::Numeric(Cmp::Lt), false),
        "NumericLessThanEquals" => (Base::Numeric(Cmp::Le), false),
        "NumericGreaterThan" => (Base::Numeric(Cmp::Gt), false),
        "NumericGreaterThanEquals" => (Base::Numeric(Cmp::Ge), false),
        "DateEquals" => (Base::Date(Cmp::Eq), false),
        "DateNotEquals" => (Base::Date(Cmp::Eq), true),
        "DateLessThan" => (Base::Date(Cmp::Lt), false),
        "DateLessThanEquals" => (Base::Date(Cmp::Le), false),
        "DateGreaterThan" => (Base::Date(Cmp::Gt), false),
        "DateGreaterThanEquals" => (Base::Date(Cmp::Ge), false),
        "Bool" => (Base::Bool, false),
        "BinaryEquals" => (Base::Binary, false),
        "IpAddress" => (Base::Ip, false),
        "NotIpAddress" => (Base::Ip, true),
        "ArnEquals" | "ArnLike" => (Base::Arn, false),
        "ArnNotEquals" | "ArnNotLike" => (Base::Arn, true),
        "Null" if qualifier == Qualifier::None && !if_exists => (Base::Null, false),
        _ => return None,
    };
    Some(Operator { base, negated, if_exists, qualifier })
}

/// Whether the operator family takes wildcards and policy variables in its values.
fn takes_patterns(base: Base) -> bool {
    matches!(base, Base::StringEquals | Base::StringEqualsIgnoreCase | Base::StringLike | Base::Arn)
}

fn condition(op: &str, key: &str, values: &[String], ctx: &Context, vars: bool) -> (Tri, Option<Why>) {
    let Some(o) = parse_operator(op) else { return (Tri::Unknown, Some(Why::UnknownOperator)) };
    let value = ctx.get(key);
    if o.base == Base::Null {
        // "Null": false checks "if the context key exists and its value is not null"; an empty
        // set or an empty string is a null dataset (Condition operators, ForAllValues).
        let present = match &value {
            None => Tri::False,
            Some(Value::Known(xs)) => Tri::of(!null_dataset(xs)),
            Some(Value::Symbolic(_)) => Tri::True,
            Some(Value::Unknown) => return (Tri::Unknown, Some(Why::Unknowable)),
        };
        let r = Tri::any(values.iter().map(|v| if v.eq_ignore_ascii_case("true") { present.not() } else { present }));
        return (r, (r == Tri::False).then_some(Why::Mismatch));
    }
    let xs = match value {
        None => {
            let r = if o.if_exists || o.qualifier == Qualifier::AllValues || (o.negated && o.qualifier == Qualifier::None) {
                Tri::True
            } else {
                Tri::False
            };
            return (r, (r == Tri::False).then_some(Why::Absent));
        }
        Some(Value::Unknown) | Some(Value::Symbolic(_)) => return (Tri::Unknown, Some(Why::Unknowable)),
        Some(Value::Known(xs)) => xs,
    };
    // ForAllValues is true, ForAnyValue false, when the values resolve to a null dataset.
    if null_dataset(&xs) {
        match o.qualifier {
            Qualifier::AllValues => return (Tri::True, None),
            Qualifier::AnyValue => return (Tri::False, Some(Why::Mismatch)),
            Qualifier::None => {}
        }
    }
    let mut unresolved = false;
    let patterns: Vec<Resolved> = values
        .iter()
        .map(|v| {
            let p = if takes_patterns(o.base) { resolve(v, ctx, vars, o.base) } else { Resolved::Toks(v.chars().map(Tok::Lit).collect()) };
            unresolved |= p == Resolved::Unknown;
            p
        })
        .collect();
    let one = |x: &str| -> Tri {
        // A value whose variable has no value is null: equal to and like nothing, so the
        // negated operators hold against it ("Policy variables with no value").
        let hit = Tri::any(patterns.iter().zip(values).map(|(p, raw)| match p {
            Resolved::Unknown => Tri::Unknown,
            Resolved::Null => Tri::False,
            Resolved::Toks(toks) => Tri::of(matches_base(o.base, toks, raw, x)),
        }));
        if o.negated {
            hit.not()
        } else {
            hit
        }
    };
    let r = match o.qualifier {
        Qualifier::AllValues => Tri::all(xs.iter().map(|x| one(x))),
        Qualifier::None | Qualifier::AnyValue => Tri::any(xs.iter().map(|x| one(x))),
    };
    let why = match r {
        Tri::True => None,
        Tri::False => Some(Why::Mismatch),
        Tri::Unknown => Some(if unresolved { Why::Variable } else { Why::Unknowable }),
    };
    (r, why)
}

/// No values, or only empty strings: "a null dataset" to IAM.
fn null_dataset(xs: &[String]) -> bool {
    xs.iter().all(String::is_empty)
}

fn matches_base(base: Base, toks: &[Tok], raw: &str, x: &str) -> bool {
    match base {
        Base::StringEquals => toks.iter().all(|t| matches!(t, Tok::Lit(_))) && lit_string(toks) == x,
        Base::StringEqualsIgnoreCase => lit_string(toks).to_lowercase() == x.to_lowercase(),
        Base::StringLike | Base::Arn => Nfa::build(base, toks).accepts(x),
        Base::Numeric(c) => match (raw.trim().parse::<f64>(), x.trim().parse::<f64>()) {
            (Ok(p), Ok(v)) => compare(c, v.partial_cmp(&p)),
            _ => false,
        },
        Base::Date(c) => match (parse_date(raw), parse_date(x)) {
            (Some(p), Some(v)) => compare(c, Some(v.cmp(&p))),
            _ => false,
        },
        Base::Bool => raw.eq_ignore_ascii_case(x) && (x.eq_ignore_ascii_case("true") || x.eq_ignore_ascii_case("false")),
        Base::Binary => raw == x,
        Base::Ip => ip_in(raw, x),
        Base::Null => false,
    }
}

fn compare(c: Cmp, o: Option<std::cmp::Ordering>) -> bool {
    use std::cmp::Ordering::*;
    match (c, o) {
        (_, None) => false,
        (Cmp::Eq, Some(o)) => o == Equal,
        (Cmp::Lt, Some(o)) => o == Less,
        (Cmp::Le, Some(o)) => o != Greater,
        (Cmp::Gt, Some(o)) => o == Greater,
        (Cmp::Ge, Some(o)) => o != Less,
    }
}

/// Seconds since the epoch of an ISO 8601 date or date-time (`Z` or `±hh:mm`), or an epoch
/// number, as IAM accepts them.
pub fn parse_date(s: &str) -> Option<i64> {
    let s = s.trim();
    if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) {
        return s.parse().ok();
    }
    let num = |t: &str| -> Option<i64> { (!t.is_empty() && t.bytes().all(|b| b.is_ascii_digit())).then(|| t.parse().ok()).flatten() };
    let (date, time) = match s.split_once(['T', 't']) {
        Some((d, t)) => (d, Some(t)),
        None => (s, None),
    };
    let mut d = date.split('-');
    let (y, m, dd) = (num(d.next()?)?, num(d.next()?)?, num(d.next()?)?);
    if d.next().is_some() || !(1..=12).contains(&m) || !(1..=31).contains(&dd) {
        return None;
    }
    // Days from civil (Howard Hinnant's algorithm).
    let yy = if m <= 2 { y - 1 } else { y };
    let era = yy.div_euclid(400);
    let yoe = yy - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + dd - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    let mut secs = days * 86_400;
    if let Some(t) = time {
        let (clock, offset) = if let Some(c) = t.strip_suffix(['Z', 'z']) {
            (c, 0)
        } else if let Some(i) = t.rfind(['+', '-']) {
            let (c, o) = t.split_at(i);
            let sign = if o.starts_with('-') { -1 } else { 1 };
            let (oh, om) = o[1..].split_once(':').unwrap_or((&o[1..], "0"));
            (c, sign * (num(oh)? * 3600 + num(om)? * 60))
        } else {
            (t, 0)
        };
        let clock = clock.split('.').next()?;
        let mut parts = clock.split(':');
        let h = num(parts.next()?)?;
        let mi = parts.next().map_or(Some(0), num)?;
        let se = parts.next().map_or(Some(0), num)?;
        if h > 24 || mi > 59 || se > 60 {
            return None;
        }
        secs += h * 3600 + mi * 60 + se - offset;
    }
    Some(secs)
}

fn ip_in(cidr: &str, ip: &str) -> bool {
    let (net, bits) = match cidr.split_once('/') {
        Some((n, b)) => (n, b.parse::<u32>().ok()),
        None => (cidr, None),
    };
    let (Ok(net), Ok(ip)) = (net.parse::<IpAddr>(), ip.parse::<IpAddr>()) else { return false };
    // Both families as 128-bit numbers with their own width; the prefix compares the top bits.
    let (n, i, width) = match (net, ip) {
        (IpAddr::V4(n), IpAddr::V4(i)) => (u128::from(u32::from(n)), u128::from(u32::from(i)), 32),
        (IpAddr::V6(n), IpAddr::V6(i)) => (u128::from(n), u128::from(i), 128),
        _ => return false,
    };
    let bits = bits.unwrap_or(width);
    if bits > width {
        return false;
    }
    // A shift by the whole width (a /0 prefix) leaves nothing to compare.
    n.checked_shr(width - bits).unwrap_or(0) == i.checked_shr(width - bits).unwrap_or(0)
}

/// A pattern token after policy variables are resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tok {
    Lit(char),
    /// `*`
    Star,
    /// `?`
    One,
}

fn lit_string(toks: &[Tok]) -> String {
    toks.iter()
        .map(|t| match t {
            Tok::Lit(c) => *c,
            Tok::Star => '*',
            Tok::One => '?',
        })
        .collect()
}

/// A condition value after its policy variables are resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Resolved {
    Toks(Vec<Tok>),
    /// A variable names a key the request does not have, and gives no default: the value is
    /// effectively null and matches nothing.
    Null,
    /// A variable's value cannot be known (or is a set: multi-valued keys are no variables).
    Unknown,
}

/// Resolves `${key}`, `${key, 'default'}`, `${*}`, `${?}` and `${$}`. Wildcards count only for
/// the `Like` and ARN operators.
fn resolve(v: &str, ctx: &Context, vars: bool, base: Base) -> Resolved {
    let wild = matches!(base, Base::StringLike | Base::Arn);
    let lit_or_wild = |c: char| match c {
        '*' if wild => Tok::Star,
        '?' if wild => Tok::One,
        c => Tok::Lit(c),
    };
    let mut out = Vec::new();
    let mut rest = v;
    while !rest.is_empty() {
        if vars {
            if let Some(after) = rest.strip_prefix("${") {
                if let Some(end) = after.find('}') {
                    let inner = &after[..end];
                    rest = &after[end + 1..];
                    match inner {
                        "*" | "?" | "$" => out.push(Tok::Lit(inner.chars().next().unwrap_or('$'))),
                        _ => {
                            let (key, default) = match inner.split_once(',') {
                                Some((k, d)) => (k.trim(), Some(d.trim().trim_matches('\'').to_owned())),
                                None => (inner.trim(), None),
                            };
                            let value = match (ctx.get(key), default) {
                                (Some(Value::Known(vs)), _) if vs.len() == 1 => vs[0].clone(),
                                (None, Some(d)) => d,
                                (Some(Value::Known(vs)), Some(d)) if vs.is_empty() => d,
                                (None, None) => return Resolved::Null,
                                (Some(Value::Known(vs)), None) if vs.is_empty() => return Resolved::Null,
                                _ => return Resolved::Unknown,
                            };
                            out.extend(value.chars().map(Tok::Lit));
                        }
                    }
                    continue;
                }
            }
        }
        let mut chars = rest.chars();
        let c = chars.next().unwrap_or_default();
        out.push(lit_or_wild(c));
        rest = chars.as_str();
    }
    Resolved::Toks(out)
}

/// A set of characters: the listed ones, or all but the listed ones.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Chars {
    In(Vec<char>),
    NotIn(Vec<char>),
}

impl Chars {
    fn has(&self, c: char) -> bool {
        match self {
            Chars::In(v) => v.contains(&c),
            Chars::NotIn(v) => !v.contains(&c),
        }
    }
    fn listed(&self) -> &[char] {
        match self {
            Chars::In(v) | Chars::NotIn(v) => v,
        }
    }
}

/// A nondeterministic automaton: states `0..=n`, `n` accepting.
#[derive(Debug, Clone)]
struct Nfa {
    /// `(from, chars, to)`.
    edges: Vec<(usize, Chars, usize)>,
    /// `(from, to)` without input.
    eps: Vec<(usize, usize)>,
    accept: usize,
}

impl Nfa {
    /// The automaton of a glob. ARN patterns are matched part by part: `*` and `?` never cross
    /// one of the first five colons, and a pattern of fewer than six parts matches nothing.
    fn build(base: Base, toks: &[Tok]) -> Nfa {
        let mut nfa = Nfa { edges: Vec::new(), eps: Vec::new(), accept: 0 };
        let mut state = 0usize;
        let mut colons = 0usize;
        let arn = base == Base::Arn;
        if arn && toks.iter().filter(|t| **t == Tok::Lit(':')).count() < 5 {
            // Matches nothing: an accepting state no edge reaches.
            nfa.accept = 1;
            return nfa;
        }
        for t in toks {
            let wild = if arn && colons < 5 { Chars::NotIn(vec![':']) } else { Chars::NotIn(vec![]) };
            match t {
                Tok::Lit(c) => {
                    let set = if base == Base::StringEqualsIgnoreCase {
                        let mut v = vec![*c];
                        v.extend(c.to_lowercase().chain(c.to_uppercase()).filter(|x| x != c));
                        Chars::In(v)
                    } else {
                        Chars::In(vec![*c])
                    };
                    nfa.edges.push((state, set, state + 1));
                    if *c == ':' {
                        colons += 1;
                    }
                }
                Tok::One => nfa.edges.push((state, wild, state + 1)),
                Tok::Star => {
                    nfa.edges.push((state, wild, state));
                    nfa.eps.push((state, state + 1));
                }
            }
            state += 1;
        }
        nfa.accept = state;
        nfa
    }

    fn closure(&self, set: &mut BTreeSet<usize>) {
        let mut stack: Vec<usize> = set.iter().copied().collect();
        while let Some(s) = stack.pop() {
            for &(f, t) in &self.eps {
                if f == s && set.insert(t) {
                    stack.push(t);
                }
            }
        }
    }

    fn start(&self) -> BTreeSet<usize> {
        let mut s = BTreeSet::from([0]);
        self.closure(&mut s);
        s
    }

    fn step(&self, from: &BTreeSet<usize>, c: char) -> BTreeSet<usize> {
        let mut next: BTreeSet<usize> = self.edges.iter().filter(|(f, set, _)| from.contains(f) && set.has(c)).map(|(_, _, t)| *t).collect();
        self.closure(&mut next);
        next
    }

    fn accepts(&self, x: &str) -> bool {
        let mut s = self.start();
        for c in x.chars() {
            s = self.step(&s, c);
            if s.is_empty() {
                return false;
            }
        }
        s.contains(&self.accept)
    }

    fn mentioned(&self) -> impl Iterator<Item = char> + '_ {
        self.edges.iter().flat_map(|(_, c, _)| c.listed().iter().copied())
    }
}

/// A set of strings: a sequence of literal text and runs of characters from a class (one or
/// more; the first may come from a narrower class).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lang {
    parts: Vec<Part>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Part {
    Lit(String),
    Run { first: &'static str, rest: &'static str },
}

impl Lang {
    pub fn new() -> Lang {
        Lang { parts: Vec::new() }
    }

    /// Literal text.
    pub fn lit(mut self, s: &str) -> Lang {
        match self.parts.last_mut() {
            Some(Part::Lit(l)) => l.push_str(s),
            _ => self.parts.push(Part::Lit(s.to_owned())),
        }
        self
    }

    /// One or more characters: the first from `first`, the others from `rest`.
    pub fn run(mut self, first: &'static str, rest: &'static str) -> Lang {
        self.parts.push(Part::Run { first, rest });
        self
    }

    fn nfa(&self) -> Nfa {
        let mut nfa = Nfa { edges: Vec::new(), eps: Vec::new(), accept: 0 };
        let mut s = 0;
        for p in &self.parts {
            match p {
                Part::Lit(l) => {
                    for c in l.chars() {
                        nfa.edges.push((s, Chars::In(vec![c]), s + 1));
                        s += 1;
                    }
                }
                Part::Run { first, rest } => {
                    nfa.edges.push((s, Chars::In(first.chars().collect()), s + 1));
                    nfa.edges.push((s + 1, Chars::In(rest.chars().collect()), s + 1));
                    s += 1;
                }
            }
        }
        nfa.accept = s;
        nfa
    }

    /// One member of the set.
    pub fn example(&self) -> String {
        self.parts
            .iter()
            .map(|p| match p {
                Part::Lit(l) => l.clone(),
                Part::Run { first, .. } => first.chars().next().map(String::from).unwrap_or_default(),
            })
            .collect()
    }
}

impl Default for Lang {
    fn default() -> Self {
        Lang::new()
    }
}

/// The answer for every member of a symbolic value's set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetEvaluation {
    /// Allowed when every member is allowed, Denied when every member is denied, otherwise
    /// Undecided (see `some_allowed`/`some_denied`).
    pub all: Decision,
    /// A member allowed, with its evaluation.
    pub allowed: Option<(String, Evaluation)>,
    /// A member denied, with its evaluation.
    pub denied: Option<(String, Evaluation)>,
    /// A member whose answer depends on something unknown.
    pub undecided: Option<(String, Evaluation)>,
}

impl SetEvaluation {
    /// Every member is allowed: `Some(true)`; some member is denied: `Some(false)`; else `None`.
    pub fn covered(&self) -> Option<bool> {
        if self.denied.is_some() {
            Some(false)
        } else if self.undecided.is_some() {
            None
        } else {
            Some(true)
        }
    }

    /// Some member is allowed: `Some(true)`; every member denied: `Some(false)`; else `None`.
    pub fn some(&self) -> Option<bool> {
        if self.allowed.is_some() {
            Some(true)
        } else if self.undecided.is_some() {
            None
        } else {
            Some(false)
        }
    }
}

/// How many product states [`members`] explores before giving up (then: undecided).
const STATE_LIMIT: usize = 200_000;

/// Representative members of `lang`: one for each combination of the patterns' answers that
/// some member produces. `None` when the search is too large.
fn members(lang: &Lang, patterns: &[Nfa]) -> Option<Vec<String>> {
    let l = lang.nfa();
    let mentioned: BTreeSet<char> = patterns.iter().flat_map(Nfa::mentioned).collect();
    type State = (BTreeSet<usize>, Vec<BTreeSet<usize>>);
    let start: State = (l.start(), patterns.iter().map(Nfa::start).collect());
    let mut seen: HashSet<State> = HashSet::from([start.clone()]);
    let mut queue: VecDeque<(State, String)> = VecDeque::from([(start, String::new())]);
    let mut found: BTreeMap<Vec<bool>, String> = BTreeMap::new();
    while let Some(((ls, ps), text)) = queue.pop_front() {
        if ls.contains(&l.accept) {
            let bits: Vec<bool> = patterns.iter().zip(&ps).map(|(p, s)| s.contains(&p.accept)).collect();
            found.entry(bits).or_insert_with(|| text.clone());
        }
        // The characters worth trying: those the patterns name, and one that none names.
        let mut alphabet: BTreeSet<char> = BTreeSet::new();
        for (f, set, _) in &l.edges {
            if ls.contains(f) {
                if let Chars::In(cs) = set {
                    alphabet.extend(cs.iter().filter(|c| mentioned.contains(c)));
                    if let Some(c) = cs.iter().find(|c| !mentioned.contains(c)) {
                        alphabet.insert(*c);
                    }
                }
            }
        }
        for c in alphabet {
            let nl = l.step(&ls, c);
            if nl.is_empty() {
                continue;
            }
            let np: Vec<BTreeSet<usize>> = patterns.iter().zip(&ps).map(|(p, s)| p.step(s, c)).collect();
            let st = (nl, np);
            if seen.insert(st.clone()) {
                if seen.len() > STATE_LIMIT {
                    return None;
                }
                let mut t = text.clone();
                t.push(c);
                queue.push_back((st, t));
            }
        }
    }
    Some(found.into_values().collect())
}

/// Evaluates a request whose context has one symbolic value, for every member of its set.
/// Several documents may be given: the members then distinguish every pattern of all of them,
/// so that [`SetEvaluation`]s of the same request on each document can be compared member by
/// member (see [`compare_all`]).
pub fn evaluate_all(doc: &PolicyDocument, req: &Request) -> SetEvaluation {
    let reps = representatives(&[doc], req);
    summarize(doc, req, reps.as_deref())
}

/// For each representative member, the decisions of `before` and `after`. `None` when the
/// request is too complex to enumerate.
pub fn compare_all(before: &PolicyDocument, after: &PolicyDocument, req: &Request) -> Option<Vec<(String, Decision, Decision)>> {
    let Some((key, _)) = req.context.symbolic() else {
        return Some(vec![(String::new(), evaluate(before, req).decision, evaluate(after, req).decision)]);
    };
    let key = key.clone();
    let reps = representatives(&[before, after], req)?;
    Some(
        reps.into_iter()
            .map(|m| {
                let r = Request { context: req.context.with(&key, m.clone()), ..req.clone() };
                (m, evaluate(before, &r).decision, evaluate(after, &r).decision)
            })
            .collect(),
    )
}

fn representatives(docs: &[&PolicyDocument], req: &Request) -> Option<Vec<String>> {
    let (key, lang) = req.context.symbolic()?;
    let mut patterns = Vec::new();
    for doc in docs {
        let vars = doc.version.as_deref() == Some("2012-10-17");
        for st in &doc.statements {
            for (op, keys) in &st.condition {
                let Some(o) = parse_operator(op) else { continue };
                for (k, values) in keys {
                    if !k.eq_ignore_ascii_case(key) || o.base == Base::Null {
                        continue;
                    }
                    for v in values {
                        let toks = if takes_patterns(o.base) { resolve(v, &req.context, vars, o.base) } else { Resolved::Toks(v.chars().map(Tok::Lit).collect()) };
                        if let Resolved::Toks(toks) = toks {
                            // Values of the other families are literals: an exact glob.
                            let base = match o.base {
                                Base::Arn | Base::StringEqualsIgnoreCase => o.base,
                                _ => Base::StringLike,
                            };
                            patterns.push(Nfa::build(base, &toks));
                        }
                    }
                }
            }
        }
    }
    members(lang, &patterns)
}

fn summarize(doc: &PolicyDocument, req: &Request, reps: Option<&[String]>) -> SetEvaluation {
    let mut out = SetEvaluation { all: Decision::Undecided, allowed: None, denied: None, undecided: None };
    let Some((key, lang)) = req.context.symbolic() else {
        let e = evaluate(doc, req);
        out.all = e.decision;
        let slot = match e.decision {
            Decision::Allowed => &mut out.allowed,
            Decision::Denied => &mut out.denied,
            Decision::Undecided => &mut out.undecided,
        };
        *slot = Some((String::new(), e));
        return out;
    };
    let Some(reps) = reps else {
        let example = lang.example();
        let r = Request { context: req.context.clone().set(key, Value::Unknown), ..req.clone() };
        out.undecided = Some((example, evaluate(doc, &r)));
        return out;
    };
    for m in reps {
        let r = Request { context: req.context.with(key, m.clone()), ..req.clone() };
        let e = evaluate(doc, &r);
        let slot = match e.decision {
            Decision::Allowed => &mut out.allowed,
            Decision::Denied => &mut out.denied,
            Decision::Undecided => &mut out.undecided,
        };
        if slot.is_none() {
            *slot = Some((m.clone(), e));
        }
    }
    out.all = match (&out.allowed, &out.denied, &out.undecided) {
        (_, None, None) => Decision::Allowed,
        (None, _, None) => Decision::Denied,
        _ => Decision::Undecided,
    };
    out
}

#[cfg(test)]
mod tests;
