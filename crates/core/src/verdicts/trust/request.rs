//! The requests each role's service makes when it assumes the role (from `RoleSpec::request`):
//! its principal and actions, its source keys (every Fargate profile of a cluster, every ECS task
//! of an account, as symbolic sets), China's EC2 principal rule, and for EKS Pod Identity every
//! combination of session-tag values the policy's conditions tell apart.


use rolecall_policy::eval::{self, Caller, Context, Lang, Request};
use crate::model::partition::Partition;
use rolecall_policy::document::PolicyDocument;
use crate::model::role::{ClusterScope, Desired, RoleSpec, Scope};

const REGION_FIRST: &str = "abcdefghijklmnopqrstuvwxyz";
const REGION_REST: &str = "abcdefghijklmnopqrstuvwxyz0123456789-";
const NAME_FIRST: &str = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const NAME_REST: &str = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
const ID_FIRST: &str = "0123456789abcdef";
const ID_REST: &str = "0123456789abcdef-";
const DIGITS: &str = "0123456789";

/// Every Fargate profile ARN of a cluster scope: `arn:P:eks:REGION:ACCOUNT:fargateprofile/CLUSTER/PROFILE/ID`,
/// where the profile name and ID are anything EKS may choose (and the region and cluster too,
/// for `*`).
pub fn fargate_profiles(partition: Partition, account: Option<&str>, scope: &ClusterScope) -> Lang {
    let l = Lang::new().lit(&format!("arn:{}:eks:", partition.id()));
    let l = match &scope.region {
        Scope::All => l.run(REGION_FIRST, REGION_REST),
        Scope::One(r) => l.lit(r.as_str()),
    };
    let l = l.lit(":");
    let l = match account {
        Some(a) => l.lit(a),
        None => l.run(DIGITS, DIGITS),
    };
    let l = l.lit(":fargateprofile/");
    let l = match &scope.name {
        Scope::All => l.run(NAME_FIRST, NAME_REST),
        Scope::One(c) => l.lit(c.as_str()),
    };
    l.lit("/").run(NAME_FIRST, NAME_REST).lit("/").run(ID_FIRST, ID_REST)
}

/// The context a service sends: its name, and (for Fargate) the source profile and account.
pub(super) fn service_context(principal: &str) -> Context {
    Context::service().known("aws:PrincipalServiceName", principal).known("aws:PrincipalIsAWSService", "true")
}

pub(super) fn request(spec: &RoleSpec, principal: &str, context: Context) -> Request {
    Request { caller: Caller::Service(principal.to_owned()), actions: spec.request.actions.iter().map(|a| (*a).to_owned()).collect(), context }
}

/// The request the role's service makes for the Fargate profiles of `scope`.
pub(super) fn fargate_request(spec: &RoleSpec, desired: &Desired, scope: &ClusterScope) -> Request {
    let principal = spec.principal(desired.partition);
    let account = desired.account.as_ref().map(|a| a.as_str());
    let mut ctx = service_context(principal).set("aws:SourceArn", eval::Value::Symbolic(fargate_profiles(desired.partition, account, scope)));
    ctx = match account {
        Some(a) => ctx.known("aws:SourceAccount", a),
        None => ctx.set("aws:SourceAccount", eval::Value::Unknown),
    };
    request(spec, principal, ctx)
}

/// The same request with no `aws:SourceArn` at all: allowed means no confused-deputy protection.
pub(super) fn sourceless_request(spec: &RoleSpec, desired: &Desired) -> Request {
    let principal = spec.principal(desired.partition);
    let ctx = service_context(principal);
    let ctx = match &desired.account {
        Some(a) => ctx.known("aws:SourceAccount", a.as_str()),
        None => ctx.set("aws:SourceAccount", eval::Value::Unknown),
    };
    request(spec, principal, ctx)
}

const TASK_REST: &str = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_/";

/// Every ECS task ARN of an account (every account when `None`): `arn:P:ecs:REGION:ACCOUNT:task/...`.
pub fn ecs_tasks(partition: Partition, account: Option<&str>) -> Lang {
    let l = Lang::new().lit(&format!("arn:{}:ecs:", partition.id())).run(REGION_FIRST, REGION_REST).lit(":");
    let l = match account {
        Some(a) => l.lit(a),
        None => l.run(DIGITS, DIGITS),
    };
    l.lit(":task/").run(NAME_FIRST, TASK_REST)
}

/// The request ECS makes for the tasks of `account`: `aws:SourceArn` is one of its task ARNs.
pub(super) fn ecs_request(spec: &RoleSpec, partition: Partition, account: Option<&str>) -> Request {
    let principal = spec.principal(partition);
    let ctx = service_context(principal).set("aws:SourceArn", eval::Value::Symbolic(ecs_tasks(partition, account)));
    let ctx = match account {
        Some(a) => ctx.known("aws:SourceAccount", a),
        None => ctx.set("aws:SourceAccount", eval::Value::Unknown),
    };
    request(spec, principal, ctx)
}

/// An account that is not the role's, for confused-deputy checks.
pub(super) fn other_account(desired: &Desired) -> &'static str {
    match desired.account.as_ref().map(|a| a.as_str()) {
        Some("999999999999") => "000000000000",
        _ => "999999999999",
    }
}

/// The session tags EKS Pod Identity adds when it assumes a role (`aws:RequestTag/KEY`), unless
/// the association disables session tags.
pub const POD_IDENTITY_TAGS: [&str; 6] = ["eks-cluster-arn", "eks-cluster-name", "kubernetes-namespace", "kubernetes-service-account", "kubernetes-pod-name", "kubernetes-pod-uid"];
pub(super) const REQUEST_TAG: &str = "aws:requesttag/";
/// How many combinations of tag values [`pod_contexts`] tries before giving up (then: undecided).
const TAG_COMBINATIONS: usize = 4096;

/// EKS Pod Identity's context without its session tags: it documents no source keys, so a
/// condition on them cannot be decided.
pub(super) fn pod_base_context(principal: &str) -> Context {
    service_context(principal).set("aws:SourceArn", eval::Value::Unknown).set("aws:SourceAccount", eval::Value::Unknown)
}

/// Values worth trying for a tag: every value a condition names (with its wildcards filled in),
/// and one that none names.
fn tag_candidates(docs: &[&PolicyDocument], tag: &str) -> Vec<String> {
    let key = format!("{REQUEST_TAG}{tag}");
    let mut out: Vec<String> = Vec::new();
    for doc in docs {
        for st in &doc.statements {
            for keys in st.condition.values() {
                for (k, values) in keys {
                    if !k.eq_ignore_ascii_case(&key) {
                        continue;
                    }
                    for v in values {
                        for c in [v.clone(), v.replace('*', "").replace('?', "x")] {
                            if !out.contains(&c) {
                                out.push(c);
                            }
                        }
                    }
                }
            }
        }
    }
    if !out.is_empty() {
        out.push("rolecall-other-value".into());
    }
    out
}

/// The contexts EKS Pod Identity's requests may carry: session tags off (every tag absent), or
/// on with each combination of the tag values the documents' conditions distinguish. `None`
/// when there are too many combinations.
pub(super) fn pod_contexts(docs: &[&PolicyDocument], base: &Context) -> Option<Vec<Context>> {
    // Tags other than the six are never sent.
    let mut base = base.clone();
    for doc in docs {
        for keys in doc.statements.iter().flat_map(|st| st.condition.values()) {
            for k in keys.keys() {
                let lower = k.to_ascii_lowercase();
                if lower.strip_prefix(REQUEST_TAG).is_some_and(|t| !POD_IDENTITY_TAGS.contains(&t)) {
                    base = base.without(k);
                }
            }
        }
    }
    let base = &base;
    let mut off = base.clone().without("aws:TagKeys");
    for t in POD_IDENTITY_TAGS {
        off = off.without(&format!("{REQUEST_TAG}{t}"));
    }
    let on = base.clone().set("aws:TagKeys", eval::Value::Known(POD_IDENTITY_TAGS.iter().map(|t| (*t).to_owned()).collect()));
    let mut combos: Vec<Context> = vec![on];
    for t in POD_IDENTITY_TAGS {
        let key = format!("{REQUEST_TAG}{t}");
        let mut values = tag_candidates(docs, t);
        if values.is_empty() {
            values.push("rolecall-any-value".into());
        }
        if combos.len() * values.len() > TAG_COMBINATIONS {
            return None;
        }
        combos = combos.iter().flat_map(|c| values.iter().map(|v| c.clone().known(&key, v.clone()))).collect();
    }
    combos.insert(0, off);
    Some(combos)
}

/// The request EKS on Fargate makes for one profile: its exact ARN as `aws:SourceArn`.
pub fn fargate_profile_request(spec: &RoleSpec, partition: Partition, account: &str, profile_arn: &str) -> Request {
    let principal = spec.principal(partition);
    request(spec, principal, service_context(principal).known("aws:SourceArn", profile_arn).known("aws:SourceAccount", account))
}

/// What EKS Pod Identity knows of one association when it tags the session: the cluster, the
/// namespace and the service account (a pod's name and UID differ per pod).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AssociationTags<'a> {
    pub cluster_arn: &'a str,
    pub cluster_name: &'a str,
    pub namespace: &'a str,
    pub service_account: &'a str,
}

impl AssociationTags<'_> {
    /// The six session tags: the four known, the pod's name and UID unknown (not absent).
    pub fn values(&self) -> [(&'static str, Option<&str>); 6] {
        [
            ("eks-cluster-arn", Some(self.cluster_arn)),
            ("eks-cluster-name", Some(self.cluster_name)),
            ("kubernetes-namespace", Some(self.namespace)),
            ("kubernetes-service-account", Some(self.service_account)),
            ("kubernetes-pod-name", None),
            ("kubernetes-pod-uid", None),
        ]
    }
}

/// The request EKS Pod Identity makes for one association: its session tags, or none when the
/// association disables them (`None`).
pub fn pod_identity_request(spec: &RoleSpec, partition: Partition, tags: Option<&AssociationTags<'_>>) -> Request {
    let principal = spec.principal(partition);
    let base = pod_base_context(principal);
    let ctx = match tags {
        None => POD_IDENTITY_TAGS.iter().fold(base.without("aws:TagKeys"), |c, t| c.without(&format!("{REQUEST_TAG}{t}"))),
        Some(t) => t.values().into_iter().fold(base.set("aws:TagKeys", eval::Value::Known(POD_IDENTITY_TAGS.iter().map(|t| (*t).to_owned()).collect())), |c, (k, v)| {
            let key = format!("{REQUEST_TAG}{k}");
            match v {
                Some(v) => c.known(&key, v),
                None => c.set(&key, eval::Value::Unknown),
            }
        }),
    };
    request(spec, principal, ctx.without_prefix(REQUEST_TAG))
}

/// The request an association's role makes when EKS Pod Identity chains into the target role:
/// `sts:AssumeRole` and `sts:TagSession` by the role's session, carrying the role's tags and the
/// association's session tags as principal tags, and the association's external ID.
pub fn chained_request(role_arn: &str, role_tags: &[(String, String)], tags: Option<&AssociationTags<'_>>, external_id: Option<&str>) -> Request {
    let session: Option<Vec<(String, String)>> = tags.map(|t| t.values().into_iter().filter_map(|(k, v)| v.map(|v| (k.to_owned(), v.to_owned()))).collect());
    let mut ctx = Context::role_session(role_tags, session.as_deref());
    if let Some(t) = tags {
        for (k, v) in t.values() {
            if v.is_none() {
                ctx = ctx.set(&format!("aws:PrincipalTag/{k}"), eval::Value::Unknown);
            }
        }
    }
    ctx = match external_id {
        Some(id) => ctx.known("sts:ExternalId", id),
        None => ctx.without("sts:ExternalId"),
    };
    Request { caller: Caller::Aws(role_arn.to_owned()), actions: vec!["sts:AssumeRole".into(), "sts:TagSession".into()], context: ctx }
}

pub(super) const EVERY_CLUSTER: ClusterScope = ClusterScope { name: Scope::All, region: Scope::All };
