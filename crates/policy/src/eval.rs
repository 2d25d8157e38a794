//! IAM's policy evaluation: may this principal call these actions with this request context,
//! given the policies of each type that apply ([`Policies`]; a role's trust policy alone for
//! `sts:AssumeRole`)?
//!
//! The rules are IAM's ("Policy evaluation logic" and "IAM JSON policy elements: Condition
//! operators" in the IAM User Guide):
//! - a statement applies when its Principal (or NotPrincipal), its Action (or NotAction) and
//!   **every** condition in it match; within a condition block several operators AND, several
//!   keys AND, and several values of one key OR (NOR for the negated operators);
//! - an explicit Deny that applies wins; otherwise an Allow must apply (and every limit that is
//!   set must allow: permissions boundary, each SCP level, session policy); otherwise the request
//!   is denied;
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
//! profile ARN of a cluster). [`Policies::evaluate_all`] answers for every member of the set at once,
//! exactly: it finds one representative member for each combination of condition values the
//! members can produce (a product of the patterns' automata, in `automaton.rs`), and evaluates
//! each one.

use std::net::IpAddr;

use crate::arn::glob_match;
use crate::automaton::{lit_string, members, Glob, Nfa, Tok};
use crate::document::{Effect, PolicyDocument, Principal, Statement};
pub use crate::request::{Caller, Context, Request, Value};
pub use crate::automaton::Lang;

/// Kleene's three truth values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tri {
    True,
    False,
    Unknown,
}

impl Tri {
    pub(crate) fn of(b: bool) -> Tri {
        if b {
            Tri::True
        } else {
            Tri::False
        }
    }
    pub(crate) fn not(self) -> Tri {
        match self {
            Tri::True => Tri::False,
            Tri::False => Tri::True,
            Tri::Unknown => Tri::Unknown,
        }
    }
    pub(crate) fn and(self, o: Tri) -> Tri {
        match (self, o) {
            (Tri::False, _) | (_, Tri::False) => Tri::False,
            (Tri::True, Tri::True) => Tri::True,
            _ => Tri::Unknown,
        }
    }
    pub(crate) fn or(self, o: Tri) -> Tri {
        match (self, o) {
            (Tri::True, _) | (_, Tri::True) => Tri::True,
            (Tri::False, Tri::False) => Tri::False,
            _ => Tri::Unknown,
        }
    }
    pub(crate) fn any(it: impl IntoIterator<Item = Tri>) -> Tri {
        it.into_iter().fold(Tri::False, Tri::or)
    }
    pub(crate) fn all(it: impl IntoIterator<Item = Tri>) -> Tri {
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
    /// The type of the policy the statement belongs to.
    pub policy: PolicyType,
    /// That policy's place in [`Policies::each`] (0 for a trust policy alone).
    pub document: usize,
    /// The statement's place in that policy.
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

/// The kinds of policy IAM weighs for a request ("Policy evaluation logic" in the IAM User
/// Guide).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PolicyType {
    /// A policy of the calling principal (inline or managed).
    Identity,
    /// The calling principal's permissions boundary.
    Boundary,
    /// A service control policy at one level of the organization: 0 is the root.
    Scp { level: usize },
    /// The session policy passed when the session was made.
    Session,
    /// The resource's own policy: for a role, its trust policy.
    Resource,
}

/// The policies that decide a request, by type. A request is allowed when no policy denies it
/// explicitly, an identity policy or the resource policy allows it, and each limit that is set
/// allows it too: the permissions boundary, every SCP level (root first; a level allows when one
/// of its policies does) and the session policy.
///
/// Only the resource policy's statements name principals; the others apply to the caller they
/// belong to. A [`Request`] names no resource, so `Resource` elements are not compared here: a
/// role's trust is the resource policy alone ([`Policies::trust`]). What a principal may do on
/// resources, with named documents and SCPs that may be unread or not applicable, is
/// [`crate::permission::PolicySet::decide`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Policies<'a> {
    pub identity: Vec<&'a PolicyDocument>,
    pub boundary: Option<&'a PolicyDocument>,
    /// Root first; every level must allow.
    pub scps: Vec<Vec<&'a PolicyDocument>>,
    pub session: Option<&'a PolicyDocument>,
    pub resource: Option<&'a PolicyDocument>,
}

impl<'a> Policies<'a> {
    /// A role's trust policy, evaluated as the resource policy of `sts:AssumeRole` and its kin.
    pub fn trust(doc: &'a PolicyDocument) -> Policies<'a> {
        Policies { resource: Some(doc), ..Policies::default() }
    }

    /// Every policy with its type, in a stable order.
    pub fn each(&self) -> impl Iterator<Item = (PolicyType, &'a PolicyDocument)> + '_ {
        let identity = self.identity.iter().map(|d| (PolicyType::Identity, *d));
        let boundary = self.boundary.map(|d| (PolicyType::Boundary, d));
        let scps = self.scps.iter().enumerate().flat_map(|(level, docs)| docs.iter().map(move |d| (PolicyType::Scp { level }, *d)));
        let session = self.session.map(|d| (PolicyType::Session, d));
        let resource = self.resource.map(|d| (PolicyType::Resource, d));
        identity.chain(boundary).chain(scps).chain(session).chain(resource)
    }

    /// IAM's answer for one request. A symbolic context value is treated as unknown here;
    /// [`Policies::evaluate_all`] resolves it.
    pub fn evaluate(&self, req: &Request) -> Evaluation {
        let mut statements: Vec<StatementResult> = Vec::new();
        let mut decision = Tri::True;
        for action in &req.actions {
            let mut deny = Tri::False;
            let mut grant = Tri::False;
            let mut boundary = Tri::True;
            let mut scps = vec![Tri::False; self.scps.len()];
            let mut session = Tri::True;
            for (d, (ty, doc)) in self.each().enumerate() {
                let vars = doc.version.as_deref() == Some("2012-10-17");
                let mut allow = Tri::False;
                for (i, st) in doc.statements.iter().enumerate() {
                    let r = statement((ty, d), i, st, &req.caller, action, None, &req.context, vars);
                    match st.effect {
                        Effect::Allow => allow = allow.or(r.matched),
                        Effect::Deny => deny = deny.or(r.matched),
                    }
                    if !statements.iter().any(|s| s.document == d && s.index == i && s.matched == r.matched) {
                        statements.push(r);
                    }
                }
                match ty {
                    PolicyType::Identity | PolicyType::Resource => grant = grant.or(allow),
                    PolicyType::Boundary => boundary = allow,
                    PolicyType::Scp { level } => scps[level] = scps[level].or(allow),
                    PolicyType::Session => session = allow,
                }
            }
            let limits = Tri::all(scps).and(boundary).and(session);
            decision = decision.and(grant.and(limits).and(deny.not()));
        }
        Evaluation { decision: Decision::from_tri(decision), statements }
    }

    /// Evaluates a request whose context has one symbolic value, for every member of its set.
    pub fn evaluate_all(&self, req: &Request) -> SetEvaluation {
        let reps = representatives(&[self], req);
        summarize(self, req, reps.as_deref())
    }
}

/// Evaluates a trust policy for one request (see [`Policies::trust`]). A symbolic context value
/// is treated as unknown here; [`evaluate_all`] resolves it.
pub fn evaluate(doc: &PolicyDocument, req: &Request) -> Evaluation {
    Policies::trust(doc).evaluate(req)
}

/// What one statement does for a request. `resource`: the resource the request names, compared
/// with the statement's `Resource`/`NotResource` (`None`: not compared, as for a role's trust).
#[allow(clippy::too_many_arguments)]
pub(crate) fn statement(
    (policy, document): (PolicyType, usize),
    index: usize,
    st: &Statement,
    caller: &Caller,
    action: &str,
    resource: Option<&str>,
    ctx: &Context,
    vars: bool,
) -> StatementResult {
    let (principal_ok, not_principal) = match (&st.principal, &st.not_principal) {
        // Only a resource policy names its principals; the others apply to whoever they are
        // attached to (or, for SCPs and boundaries, whom they limit).
        _ if policy != PolicyType::Resource => (true, false),
        (Some(p), _) => (principal_matches(p, caller), false),
        (None, Some(np)) => (!principal_matches(np, caller), true),
        (None, None) => (false, false),
    };
    let action_ok = match (&st.action, &st.not_action) {
        (Some(a), _) => a.iter().any(|p| glob_match(&p.to_ascii_lowercase(), &action.to_ascii_lowercase())),
        (None, Some(na)) => !na.iter().any(|p| glob_match(&p.to_ascii_lowercase(), &action.to_ascii_lowercase())),
        (None, None) => false,
    };
    let resource_ok = match resource {
        Some(r) if principal_ok && action_ok => resource_matches(st, r, ctx, vars),
        _ => Tri::True,
    };
    let applies = principal_ok && action_ok && resource_ok != Tri::False;
    let mut conditions = Vec::new();
    let mut matched = Tri::of(applies).and(resource_ok);
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
    StatementResult { policy, document, index, sid: st.sid.clone(), effect: st.effect, applies, matched, conditions, not_principal }
}

/// Whether a statement's `Resource` (or `NotResource`) covers `resource`: part by part with
/// `*` and `?` ([`Glob::Resource`]), case-sensitively, policy variables resolved (in the
/// 2012-10-17 language). A statement with neither element covers every resource.
fn resource_matches(st: &Statement, resource: &str, ctx: &Context, vars: bool) -> Tri {
    let any = |patterns: &[String]| Tri::any(patterns.iter().map(|p| resource_pattern_matches(p, resource, ctx, vars)));
    match (&st.resource, &st.not_resource) {
        (Some(r), _) => any(r),
        (None, Some(nr)) => any(nr).not(),
        (None, None) => Tri::True,
    }
}

/// Whether one `Resource` pattern covers `resource`; unknown when a variable in it is.
pub(crate) fn resource_pattern_matches(pattern: &str, resource: &str, ctx: &Context, vars: bool) -> Tri {
    match resolve(pattern, ctx, vars, Base::Arn) {
        Resolved::Toks(toks) => Tri::of(Nfa::build(Glob::Resource, &toks).accepts(resource)),
        // A variable with no value: the pattern matches nothing.
        Resolved::Null => Tri::False,
        Resolved::Unknown => Tri::Unknown,
    }
}

/// A `Resource` pattern after its policy variables are resolved, as an automaton; `None` when
/// it matches nothing (a variable with no value), `Some(Err(()))` when a variable is unknown.
pub(crate) fn resource_automaton(pattern: &str, ctx: &Context, vars: bool) -> Option<Result<Nfa, ()>> {
    match resolve(pattern, ctx, vars, Base::Arn) {
        Resolved::Toks(toks) => Some(Ok(Nfa::build(Glob::Resource, &toks))),
        Resolved::Null => None,
        Resolved::Unknown => Some(Err(())),
    }
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
/// How an operator family's patterns match, as an automaton.
fn glob(base: Base) -> Glob {
    match base {
        Base::Arn => Glob::Arn,
        Base::StringEqualsIgnoreCase => Glob::IgnoreCase,
        _ => Glob::Plain,
    }
}

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
        Base::StringLike | Base::Arn => Nfa::build(glob(base), toks).accepts(x),
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
        let Some(c) = chars.next() else { break };
        out.push(lit_or_wild(c));
        rest = chars.as_str();
    }
    Resolved::Toks(out)
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

/// Evaluates a trust policy for a request whose context has one symbolic value, for every
/// member of its set (see [`Policies::evaluate_all`]).
pub fn evaluate_all(doc: &PolicyDocument, req: &Request) -> SetEvaluation {
    Policies::trust(doc).evaluate_all(req)
}

/// For each representative member, the decisions of trust policy `before` and `after`. `None`
/// when the request is too complex to enumerate.
pub fn compare_all(before: &PolicyDocument, after: &PolicyDocument, req: &Request) -> Option<Vec<(String, Decision, Decision)>> {
    compare_sets(&Policies::trust(before), &Policies::trust(after), req)
}

/// For each representative member, the decisions of `before` and `after`: the members
/// distinguish every pattern of both, so the answers can be compared member by member. `None`
/// when the request is too complex to enumerate.
pub fn compare_sets(before: &Policies, after: &Policies, req: &Request) -> Option<Vec<(String, Decision, Decision)>> {
    let Some((key, _)) = req.context.symbolic() else {
        return Some(vec![(String::new(), before.evaluate(req).decision, after.evaluate(req).decision)]);
    };
    let key = key.clone();
    let reps = representatives(&[before, after], req)?;
    Some(
        reps.into_iter()
            .map(|m| {
                let r = Request { context: req.context.with(&key, m.clone()), ..req.clone() };
                (m, before.evaluate(&r).decision, after.evaluate(&r).decision)
            })
            .collect(),
    )
}

fn representatives(sets: &[&Policies], req: &Request) -> Option<Vec<String>> {
    let (key, lang) = req.context.symbolic()?;
    let mut patterns = Vec::new();
    for (_, doc) in sets.iter().flat_map(|s| s.each()) {
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
                            patterns.push(Nfa::build(glob(o.base), &toks));
                        }
                    }
                }
            }
        }
    }
    members(lang, &patterns)
}

fn summarize(set: &Policies, req: &Request, reps: Option<&[String]>) -> SetEvaluation {
    let mut out = SetEvaluation { all: Decision::Undecided, allowed: None, denied: None, undecided: None };
    let Some((key, lang)) = req.context.symbolic() else {
        let e = set.evaluate(req);
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
        out.undecided = Some((example, set.evaluate(&r)));
        return out;
    };
    for m in reps {
        let r = Request { context: req.context.with(key, m.clone()), ..req.clone() };
        let e = set.evaluate(&r);
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
