//! Requests: who calls (a [`Caller`]), which actions, and the context keys the request carries.

use std::collections::{BTreeMap, BTreeSet};

use crate::automaton::Lang;

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
    /// The key is present, with one value from this set (see `eval::Policies::evaluate_all`).
    Symbolic(Lang),
}

/// What a request carries besides its principal and action: the one key model. Each condition
/// key is, for a request,
/// - *present*, with its values ([`Value::Known`], or one of a set, [`Value::Symbolic`]);
/// - *absent*, when AWS documents that such a request does not carry it (the **Availability**
///   of each global condition key: a service principal has no `aws:PrincipalTag/*`; a service
///   sends only the keys it documents): conditions on it are decided;
/// - *unknown* ([`Value::Unknown`]), when its value exists but cannot be known beforehand (the
///   time, the organization, tags a service puts on the session), or the request is opaque.
///   Only unknown keys make an answer undecided.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Context {
    /// Present (or unknown) keys, in lower case.
    entries: BTreeMap<String, Value>,
    /// Keys not listed are unknown rather than absent (a principal rolecall knows nothing of).
    opaque: bool,
    /// Keys documented absent, even where they would otherwise be unknown (request tags of a
    /// service that sends none).
    absent: BTreeSet<String>,
    /// Families of keys documented absent (`aws:principaltag/`), in lower case.
    absent_prefixes: BTreeSet<String>,
}

/// Keys whose values no request rolecall models can settle: time, organization, tags, network.
const UNKNOWABLE: [&str; 6] = ["aws:currenttime", "aws:epochtime", "aws:sourceorgid", "aws:sourceorgpaths", "aws:tagkeys", "aws:requestedregion"];
const UNKNOWABLE_PREFIXES: [&str; 2] = ["aws:requesttag/", "aws:principaltag/"];

/// Keys a service principal's request never carries ("AWS global condition context keys",
/// Availability): a service principal has no principal tags.
const ABSENT_FOR_SERVICES: [&str; 1] = ["aws:principaltag/"];

impl Context {
    /// The request of a service principal: the keys set are present, the unknowable keys
    /// unknown, the keys a service principal never has (its principal tags) absent, and every
    /// other key absent (a service sends only the keys it documents).
    pub fn service() -> Context {
        Context { entries: BTreeMap::new(), opaque: false, absent: BTreeSet::new(), absent_prefixes: ABSENT_FOR_SERVICES.iter().map(|p| (*p).to_owned()).collect() }
    }

    /// A context about which nothing is known (a principal whose requests rolecall cannot see).
    pub fn opaque() -> Context {
        Context { entries: BTreeMap::new(), opaque: true, absent: BTreeSet::new(), absent_prefixes: BTreeSet::new() }
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

    /// No key that starts with `prefix` is in the request, except those set (a role session's
    /// `aws:PrincipalTag/` keys beyond its tags).
    pub fn without_prefix(mut self, prefix: &str) -> Context {
        self.absent_prefixes.insert(prefix.to_ascii_lowercase());
        self
    }

    pub fn known(self, key: &str, v: impl Into<String>) -> Context {
        self.set(key, Value::Known(vec![v.into()]))
    }

    /// The value of a key: `None` when the key is absent, [`Value::Unknown`] when it is unknown.
    pub fn get(&self, key: &str) -> Option<Value> {
        let k = key.to_ascii_lowercase();
        if let Some(v) = self.entries.get(&k) {
            return Some(v.clone());
        }
        if self.absent.contains(&k) || self.absent_prefixes.iter().any(|p| k.starts_with(p.as_str())) {
            return None;
        }
        if self.opaque || UNKNOWABLE.contains(&k.as_str()) || UNKNOWABLE_PREFIXES.iter().any(|p| k.starts_with(p)) {
            return Some(Value::Unknown);
        }
        None
    }

    pub(crate) fn symbolic(&self) -> Option<(&String, &Lang)> {
        self.entries.iter().find_map(|(k, v)| match v {
            Value::Symbolic(l) => Some((k, l)),
            _ => None,
        })
    }

    pub(crate) fn with(&self, key: &str, value: String) -> Context {
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
