//! What a principal may do, as IAM decides it: its identity policies, its permissions
//! boundary, the service control policies of every level of its organization and its session
//! policy, for one action on one resource or on every member of a set of resources.
//!
//! The rules ("Policy evaluation logic" in the IAM User Guide; "SCP evaluation" in the AWS
//! Organizations User Guide):
//! - an explicit Deny that applies, in any policy of any type, wins;
//! - otherwise an identity policy (or the resource's own policy, when given) must Allow;
//! - and the permissions boundary, when set, must Allow;
//! - and at **every** level of the organization (the root, each OU on the path, the account)
//!   some SCP attached there must Allow (none may Deny: that is an explicit Deny);
//! - and the session policy, when set, must Allow.
//!
//! A statement applies when its Action (or NotAction), its Resource (or NotResource: ARNs
//! matched part by part with `*` and `?`) and every condition match; conditions and policy
//! variables are evaluated as in [`crate::eval`], three-valued: a key whose value cannot be
//! known makes the answer undecided exactly when it could change it, never allowed.
//!
//! A set of resources ([`ResourceSet::Every`]: "every ARN matching this pattern") is granted
//! only when every member is: the automata of `automaton.rs` find one representative member
//! for each combination of the policies' Resource patterns the members can produce, and each
//! is evaluated, so a Resource narrower than the set is found, never guessed from a sample.
//!
//! SCPs can be read ([`Scps::Read`]), unreadable ([`Scps::NotRead`]: the answer is given
//! without them and says so) or not applicable ([`Scps::NotApplicable`]: the organization's
//! management account, a service-linked role). Resource-based policies, RCPs and VPC endpoint
//! policies are weighed only when given: rolecall does not read them.

use std::collections::BTreeSet;
use std::fmt;

use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

use crate::arn::glob_match;
use crate::automaton::{members, Lang};
use crate::document::{Effect, PolicyDocument, Statement};
use crate::eval::{resource_automaton, statement, Decision, PolicyType, StatementResult, Tri};
use crate::request::{Caller, Context};

/// A policy document with the name callers know it by (a managed policy's ARN, an inline
/// policy's name, an SCP's ID), to say which policy decided.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named<'a> {
    pub name: String,
    pub document: &'a PolicyDocument,
}

impl<'a> Named<'a> {
    pub fn new(name: impl Into<String>, document: &'a PolicyDocument) -> Named<'a> {
        Named { name: name.into(), document }
    }
}

/// One level of an organization: the root, an OU, or the account; with the SCPs attached there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScpLevel<'a> {
    /// Its ID (`r-…`, `ou-…`, the account ID), to say which level decided.
    pub target: String,
    pub policies: Vec<Named<'a>>,
}

/// The service control policies that apply to a principal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scps<'a> {
    /// Every level, root first (the root, each OU on the path, the account). Each level must
    /// allow; a level with no policy allows nothing.
    Read(Vec<ScpLevel<'a>>),
    /// They could not be read (AccessDenied, no organization rolecall may see): the answer is
    /// given without them, and says so ([`ScpStatus::NotRead`]).
    NotRead,
    /// SCPs do not apply: the organization's management account, or a service-linked role.
    NotApplicable,
}

/// Whether an answer weighed SCPs: JSON `"read"`, `"not_read"`, `"not_applicable"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ScpStatus {
    Read,
    NotRead,
    NotApplicable,
}

/// The policies that decide what a principal may do, by type, each document named.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PolicySet<'a> {
    /// Inline policies and the default version of each attached managed policy.
    pub identity: Vec<Named<'a>>,
    pub boundary: Option<Named<'a>>,
    pub scps: Scps<'a>,
    pub session: Option<Named<'a>>,
    /// The resource's own policy (a secret's, a key's), when it was read: its statements
    /// apply when their Principal names the caller, and its Allow grants like an identity
    /// policy's (same account). `None`: not read.
    pub resource: Option<Named<'a>>,
}

/// The kinds of policy, as JSON names them in `decided_by`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Identity,
    Boundary,
    Scp,
    Session,
    Resource,
}

/// What a request names as its resource.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResourceSet {
    /// `*`: the action names no resource (the Service Authorization Reference lists no resource
    /// type for it), so the request's resource is `*` and only a Resource that is `*` (or a
    /// NotResource that does not match `*`) covers it.
    Star,
    /// One ARN.
    One(String),
    /// Every ARN that this `Resource` pattern matches (`*` alone: every resource). Granted only
    /// when allowed for every member.
    Every(String),
}

impl fmt::Display for ResourceSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ResourceSet::Star => f.write_str("*"),
            ResourceSet::One(s) | ResourceSet::Every(s) => f.write_str(s),
        }
    }
}

/// One request a principal makes: an action on a resource (or a set of them), with its context.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Access {
    /// Whom a resource policy's Principal must name (the role's ARN for a role's sessions).
    pub caller: Caller,
    pub action: String,
    pub resource: ResourceSet,
    /// See [`Context::role_session`] for a role's own requests.
    pub context: Context,
}

/// A statement that took part in the answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DecidedBy {
    #[serde(rename = "type")]
    pub kind: Kind,
    /// The SCP level (0 is the root).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<usize>,
    /// The SCP level's target (`r-…`, `ou-…`, the account ID).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    /// The policy's name (see [`Named`]).
    pub policy: String,
    /// The statement's Sid, or `#N` (1-based).
    pub statement: String,
    #[serde(serialize_with = "effect_name")]
    pub effect: Effect,
    /// The keys whose unknown values leave this statement undecided (empty when it matched).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub unknown: Vec<String>,
}

fn effect_name<S: Serializer>(e: &Effect, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(match e {
        Effect::Allow => "Allow",
        Effect::Deny => "Deny",
    })
}

/// Why a part of the evaluation did not allow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Failure {
    /// A Deny statement matched.
    ExplicitDeny,
    /// No Allow statement matched (an implicit deny).
    NoAllow,
    /// It depends on a value that cannot be known.
    Undecided,
    /// The set of resources is too complex to enumerate (or names no ARN): undecided.
    TooComplex,
}

/// One reason an answer is not "allowed": which type of policy (which SCP level) and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cause {
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<Kind>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    pub why: Failure,
}

/// The answer in one word, one per finding of issue 20.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    Granted,
    /// No identity policy allows (`permission-not-granted`).
    NotGranted,
    /// An explicit Deny in an identity, session or resource policy (`permission-denied`).
    Denied,
    /// The permissions boundary does not allow, or denies (`permission-blocked-by-boundary`).
    BlockedByBoundary,
    /// An SCP level does not allow, or denies (`permission-blocked-by-scp`).
    BlockedByScp,
    /// The session policy does not allow.
    BlockedBySession,
    /// It depends on an unknown value (`permission-undecided`).
    Undecided,
}

/// IAM's answer for one [`Access`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdict {
    pub action: String,
    /// The resource or resource pattern asked about.
    pub resource: String,
    /// Allowed (for every member of a set), denied (for some member), or undecided.
    pub decision: Decision,
    pub scps: ScpStatus,
    /// The statements that decided: the Allow statements of each type when allowed, the Deny
    /// statements that matched when explicitly denied, the undecided statements when undecided.
    pub decided_by: Vec<DecidedBy>,
    /// Why it is not allowed, most decisive first: explicit Denies, then the types with no
    /// Allow (identity, boundary, each SCP level, session). Empty when allowed.
    pub causes: Vec<Cause>,
    /// For a set of resources, the member this answer is about: one denied, else one
    /// undecided. `None` when allowed or for one resource.
    pub member: Option<String>,
}

impl Verdict {
    /// `Some(true)`, `Some(false)`, `None` (undecided).
    pub fn granted(&self) -> Option<bool> {
        self.decision.as_option()
    }

    /// The answer in one word, from the first cause.
    pub fn outcome(&self) -> Outcome {
        match self.decision {
            Decision::Allowed => return Outcome::Granted,
            Decision::Undecided => return Outcome::Undecided,
            Decision::Denied => {}
        }
        match self.causes.first() {
            Some(Cause { kind: Some(Kind::Boundary), .. }) => Outcome::BlockedByBoundary,
            Some(Cause { kind: Some(Kind::Scp), .. }) => Outcome::BlockedByScp,
            Some(Cause { why: Failure::ExplicitDeny, .. }) => Outcome::Denied,
            Some(Cause { kind: Some(Kind::Session), .. }) => Outcome::BlockedBySession,
            _ => Outcome::NotGranted,
        }
    }
}

/// JSON: `{"action","resource","granted","decided_by","causes","member"?}` (issue 20's need).
impl Serialize for Verdict {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Verdict", 6)?;
        st.serialize_field("action", &self.action)?;
        st.serialize_field("resource", &self.resource)?;
        st.serialize_field("granted", &self.granted())?;
        st.serialize_field("decided_by", &self.decided_by)?;
        st.serialize_field("causes", &self.causes)?;
        if let Some(m) = &self.member {
            st.serialize_field("member", m)?;
        } else {
            st.skip_field("member")?;
        }
        st.end()
    }
}

/// One policy of a set, with its type, SCP level and target.
struct Entry<'s, 'a> {
    kind: Kind,
    level: Option<usize>,
    target: Option<&'s str>,
    named: &'s Named<'a>,
}

/// What the policies did for one concrete resource.
struct One<'s, 'a> {
    deny: Tri,
    grant: Tri,
    boundary: Tri,
    /// Per SCP level.
    scps: Vec<Tri>,
    session: Tri,
    statements: Vec<(&'s Entry<'s, 'a>, StatementResult)>,
}

impl One<'_, '_> {
    fn decision(&self) -> Tri {
        self.deny.not().and(self.grant).and(self.boundary).and(Tri::all(self.scps.iter().copied())).and(self.session)
    }
}

impl<'a> PolicySet<'a> {
    /// Identity policies alone (no boundary, SCPs not applicable, no session policy).
    pub fn identity(identity: Vec<Named<'a>>) -> PolicySet<'a> {
        PolicySet { identity, boundary: None, scps: Scps::NotApplicable, session: None, resource: None }
    }

    /// Whether this answer weighs SCPs.
    pub fn scp_status(&self) -> ScpStatus {
        match self.scps {
            Scps::Read(_) => ScpStatus::Read,
            Scps::NotRead => ScpStatus::NotRead,
            Scps::NotApplicable => ScpStatus::NotApplicable,
        }
    }

    fn entries(&self) -> Vec<Entry<'_, 'a>> {
        let mut out: Vec<Entry<'_, 'a>> = self.identity.iter().map(|n| Entry { kind: Kind::Identity, level: None, target: None, named: n }).collect();
        out.extend(self.boundary.iter().map(|n| Entry { kind: Kind::Boundary, level: None, target: None, named: n }));
        if let Scps::Read(levels) = &self.scps {
            for (i, l) in levels.iter().enumerate() {
                out.extend(l.policies.iter().map(|n| Entry { kind: Kind::Scp, level: Some(i), target: Some(l.target.as_str()), named: n }));
            }
        }
        out.extend(self.session.iter().map(|n| Entry { kind: Kind::Session, level: None, target: None, named: n }));
        out.extend(self.resource.iter().map(|n| Entry { kind: Kind::Resource, level: None, target: None, named: n }));
        out
    }

    fn levels(&self) -> &[ScpLevel<'a>] {
        match &self.scps {
            Scps::Read(l) => l,
            _ => &[],
        }
    }

    /// IAM's answer for one action on one resource or on every member of a set.
    pub fn decide(&self, access: &Access) -> Verdict {
        let entries = self.entries();
        let concrete = |r: &str| self.one(&entries, access, r);
        match &access.resource {
            ResourceSet::Star => self.verdict(access, &concrete("*"), None),
            ResourceSet::One(arn) => self.verdict(access, &concrete(arn), None),
            ResourceSet::Every(pattern) => {
                let lang = Lang::resource_pattern(pattern);
                let reps = representatives(&entries, access, &lang).filter(|r| !r.is_empty());
                let Some(reps) = reps else {
                    return Verdict {
                        action: access.action.clone(),
                        resource: access.resource.to_string(),
                        decision: Decision::Undecided,
                        scps: self.scp_status(),
                        decided_by: Vec::new(),
                        causes: vec![Cause { kind: None, level: None, target: None, why: Failure::TooComplex }],
                        member: None,
                    };
                };
                let each: Vec<(String, Verdict)> = reps
                    .into_iter()
                    .map(|m| {
                        let v = self.verdict(access, &concrete(&m), Some(m.clone()));
                        (m, v)
                    })
                    .collect();
                for wanted in [Decision::Denied, Decision::Undecided] {
                    if let Some((_, v)) = each.iter().find(|(_, v)| v.decision == wanted) {
                        return v.clone();
                    }
                }
                // Every member allowed: the statements that allowed any of them.
                let mut decided_by: Vec<DecidedBy> = Vec::new();
                for (_, v) in &each {
                    for d in &v.decided_by {
                        if !decided_by.contains(d) {
                            decided_by.push(d.clone());
                        }
                    }
                }
                let mut v = each.into_iter().next().map(|(_, v)| v).expect("representatives are not empty");
                v.decided_by = decided_by;
                v.member = None;
                v
            }
        }
    }

    /// Every policy's statements for one concrete resource.
    fn one<'s>(&self, entries: &'s [Entry<'s, 'a>], access: &Access, resource: &str) -> One<'s, 'a> {
        let mut one = One {
            deny: Tri::False,
            grant: Tri::False,
            boundary: if self.boundary.is_some() { Tri::False } else { Tri::True },
            scps: vec![Tri::False; self.levels().len()],
            session: if self.session.is_some() { Tri::False } else { Tri::True },
            statements: Vec::new(),
        };
        for (d, e) in entries.iter().enumerate() {
            let doc = e.named.document;
            let vars = doc.version.as_deref() == Some("2012-10-17");
            let ty = match e.kind {
                Kind::Identity => PolicyType::Identity,
                Kind::Boundary => PolicyType::Boundary,
                Kind::Scp => PolicyType::Scp { level: e.level.unwrap_or(0) },
                Kind::Session => PolicyType::Session,
                Kind::Resource => PolicyType::Resource,
            };
            let mut allow = Tri::False;
            for (i, st) in doc.statements.iter().enumerate() {
                let r = statement((ty, d), i, st, &access.caller, &access.action, Some(resource), &access.context, vars);
                match st.effect {
                    Effect::Allow => allow = allow.or(r.matched),
                    Effect::Deny => one.deny = one.deny.or(r.matched),
                }
                one.statements.push((e, r));
            }
            match e.kind {
                Kind::Identity | Kind::Resource => one.grant = one.grant.or(allow),
                Kind::Boundary => one.boundary = allow,
                Kind::Scp => {
                    let l = e.level.unwrap_or(0);
                    one.scps[l] = one.scps[l].or(allow);
                }
                Kind::Session => one.session = allow,
            }
        }
        one
    }

    fn verdict(&self, access: &Access, one: &One<'_, 'a>, member: Option<String>) -> Verdict {
        let decision = Decision::from_tri(one.decision());
        let entry = |(e, r): &(&Entry<'_, 'a>, StatementResult)| DecidedBy {
            kind: e.kind,
            level: e.level,
            target: e.target.map(str::to_owned),
            policy: e.named.name.clone(),
            statement: r.label(),
            effect: r.effect,
            unknown: r.conditions.iter().filter(|c| c.result == Tri::Unknown).map(|c| c.key.clone()).collect(),
        };
        let pick = |effect: Effect, matched: Tri| one.statements.iter().filter(|(_, r)| r.effect == effect && r.matched == matched).map(entry).collect::<Vec<_>>();
        let levels = self.levels();
        let scp_cause = |l: usize, why: Failure| Cause { kind: Some(Kind::Scp), level: Some(l), target: levels.get(l).map(|x| x.target.clone()), why };
        let mut causes = Vec::new();
        let decided_by = match decision {
            Decision::Allowed => pick(Effect::Allow, Tri::True),
            Decision::Denied => {
                let denies = pick(Effect::Deny, Tri::True);
                for d in &denies {
                    let c = Cause { kind: Some(d.kind), level: d.level, target: d.target.clone(), why: Failure::ExplicitDeny };
                    if !causes.contains(&c) {
                        causes.push(c);
                    }
                }
                self.implicit(one, Tri::False, Failure::NoAllow, &scp_cause, &mut causes);
                denies
            }
            Decision::Undecided => {
                let mut undecided = pick(Effect::Deny, Tri::Unknown);
                for d in &undecided {
                    let c = Cause { kind: Some(d.kind), level: d.level, target: d.target.clone(), why: Failure::Undecided };
                    if !causes.contains(&c) {
                        causes.push(c);
                    }
                }
                self.implicit(one, Tri::Unknown, Failure::Undecided, &scp_cause, &mut causes);
                // The Allow statements that may match, of the types whose Allow is undecided.
                let open: Vec<Cause> = causes.clone();
                undecided.extend(pick(Effect::Allow, Tri::Unknown).into_iter().filter(|d| {
                    let kind = if d.kind == Kind::Resource { Kind::Identity } else { d.kind };
                    open.iter().any(|c| c.kind == Some(kind) && c.level == d.level && c.why == Failure::Undecided)
                }));
                undecided
            }
        };
        Verdict { action: access.action.clone(), resource: access.resource.to_string(), decision, scps: self.scp_status(), decided_by, causes, member }
    }

    /// The types whose Allow is `t` (false: no Allow; unknown: undecided), in order.
    fn implicit(&self, one: &One<'_, 'a>, t: Tri, why: Failure, scp_cause: &dyn Fn(usize, Failure) -> Cause, causes: &mut Vec<Cause>) {
        let plain = |kind: Kind| Cause { kind: Some(kind), level: None, target: None, why };
        if one.grant == t {
            causes.push(plain(Kind::Identity));
        }
        if one.boundary == t {
            causes.push(plain(Kind::Boundary));
        }
        for (l, s) in one.scps.iter().enumerate() {
            if *s == t {
                causes.push(scp_cause(l, why));
            }
        }
        if one.session == t {
            causes.push(plain(Kind::Session));
        }
    }
}

/// Whether a statement's Action (or NotAction) covers an action.
fn covers_action(st: &Statement, action: &str) -> bool {
    let action = action.to_ascii_lowercase();
    let any = |ps: &[String]| ps.iter().any(|p| glob_match(&p.to_ascii_lowercase(), &action));
    match (&st.action, &st.not_action) {
        (Some(a), _) => any(a),
        (None, Some(na)) => !any(na),
        (None, None) => false,
    }
}

/// Representative members of a resource set: one for each combination of the Resource and
/// NotResource patterns (of the statements that cover the action) that its members produce.
fn representatives(entries: &[Entry<'_, '_>], access: &Access, lang: &Lang) -> Option<Vec<String>> {
    // Each pattern once: policies repeat theirs (`*` above all), and each costs the search.
    let mut seen: BTreeSet<(&str, bool)> = BTreeSet::new();
    let mut patterns = Vec::new();
    for e in entries {
        let doc = e.named.document;
        let vars = doc.version.as_deref() == Some("2012-10-17");
        for st in doc.statements.iter().filter(|st| covers_action(st, &access.action)) {
            for p in st.resource.iter().chain(&st.not_resource).flatten() {
                if !seen.insert((p.as_str(), vars && p.contains("${"))) {
                    continue;
                }
                // A pattern with an unknown variable is undecided for every member alike.
                if let Some(Ok(nfa)) = resource_automaton(p, &access.context, vars) {
                    patterns.push(nfa);
                }
            }
        }
    }
    members(lang, &patterns)
}

/// Keys a role session's own requests never carry ("AWS global condition context keys",
/// Availability): those of service principals, and the source keys, present only when a
/// service principal calls.
const ABSENT_FOR_ROLE_SESSIONS: [&str; 4] = ["aws:principalservicename", "aws:principalservicenameslist", "aws:sourcearn", "aws:sourceaccount"];

impl Context {
    /// The context of a role session's own requests: `aws:PrincipalTag/*` are the role's tags
    /// and the session's tags (`session_tags`: `None` when the service may set tags rolecall
    /// cannot know, so that other principal tags are unknown rather than absent);
    /// `aws:PrincipalIsAWSService` is false and `aws:PrincipalType` `AssumedRole`; the keys of
    /// service principals are absent. Every other key is unknown until set (the caller sets
    /// what it knows: `aws:PrincipalArn`, `aws:PrincipalAccount`, `aws:RequestedRegion`, the
    /// keys the service's request carries).
    pub fn role_session(role_tags: &[(String, String)], session_tags: Option<&[(String, String)]>) -> Context {
        let mut c = Context::opaque().known("aws:PrincipalIsAWSService", "false").known("aws:PrincipalType", "AssumedRole");
        for k in ABSENT_FOR_ROLE_SESSIONS {
            c = c.without(k);
        }
        // Session tags override the role's tags of the same key ("Passing session tags").
        for (k, v) in role_tags.iter().chain(session_tags.unwrap_or_default()) {
            c = c.known(&format!("aws:PrincipalTag/{k}"), v.clone());
        }
        if session_tags.is_some() {
            c = c.without_prefix("aws:PrincipalTag/");
        }
        c
    }
}

#[cfg(test)]
mod tests;
