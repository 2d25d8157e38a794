//! The workflows behind `check`, `create` and `repair`, written once against the [`Iam`] trait.
//! They are plain `async fn`s: the caller brings the executor.

use crate::model::backend::{Action, BadAnswer, Detail, ErrorCode, Iam, IamError, Observation, ObserveRequest};
use crate::verdicts::check::Status;
use crate::verdicts::diff::{diff, simulate};
use crate::verdicts::finding::{Arg, Code, Finding};
use crate::model::input::{AccountId, RoleName};
use crate::verdicts::diff::plan;
use crate::verdicts::plan::{Plan, PlanOptions};
use rolecall_policy::document::PolicyDocument;
use crate::model::role::{Context, Desired, RoleKind, RoleSpec, Variant};

/// What the user asked about: the one request, from the command line's flags to the core.
/// The CLI validates every value into it; [`Request::desired`] is the role it asks for.
#[derive(Debug, Clone)]
pub struct Request {
    pub kind: RoleKind,
    /// The kind's role, or its EKS Auto Mode variant (`--auto-mode`).
    pub variant: Variant,
    /// Where and with what: partition, clusters, permissions, name. Its account is the one
    /// given for `aws:SourceArn` patterns and customer policy ARNs; the backend's when `None`.
    pub context: Context,
}

impl Request {
    /// The role the request is about: the kind's, or its Auto Mode variant.
    pub fn spec(&self) -> &'static RoleSpec {
        self.kind.spec().variant(self.variant)
    }

    /// The context, in this account (when known).
    pub fn in_account(&self, account: Option<AccountId>) -> Context {
        Context { account, ..self.context.clone() }
    }

    /// The role as it should be, in the request's own account.
    pub fn desired(&self) -> Desired {
        self.spec().desired(&self.context)
    }

    /// Whether defining the role needs the account id.
    pub fn needs_account(&self) -> bool {
        self.spec().needs_account(&self.in_account(None))
    }

    /// The account: the one given (or already known), else the caller's when defining the role
    /// needs it (one STS call), else none.
    pub async fn account<B: Iam>(&self, iam: &B, known: Option<AccountId>) -> Result<Option<AccountId>, IamError> {
        match self.context.account.clone().or(known) {
            Some(a) => Ok(Some(a)),
            None if self.needs_account() => Ok(Some(iam.account_id().await?)),
            None => Ok(None),
        }
    }

    /// The role name asked for, or the guide's.
    pub fn name(&self) -> RoleName {
        self.context.role_name.clone().unwrap_or_else(|| self.spec().default_role_name())
    }

    /// What to observe for a role name (and, for plans, its desired state).
    pub fn observe_request(&self, desired: Option<&Desired>, role: RoleName) -> ObserveRequest {
        let mut req = ObserveRequest::role(role);
        // What the role may do is judged from what decides it, never from policy names.
        req.permissions = true;
        if let Some(d) = desired {
            req.inline_policies = d.inline_policies.iter().map(|p| p.name.clone()).collect();
            // A customer policy's ARN needs the account: without it, there is nothing to look up.
            if d.account.is_some() {
                req.customer_policies = d.customer_managed_policies.iter().filter_map(|c| c.arn.clone()).collect();
            }
            req.instance_profile = d.instance_profile.as_ref().map(|p| p.as_str().to_owned());
        }
        req
    }
}

pub use crate::verdicts::check::CheckReport;

/// Orders the roles that match the guide's names: the guide's own name first, then in the
/// order the guide lists its names, then by name.
fn rank(spec: &RoleSpec, name: &str) -> (usize, usize, String) {
    let lower = name.to_ascii_lowercase();
    let exact = usize::from(name != spec.default_name);
    let pos = spec.search_names.iter().position(|n| lower.contains(&n.to_ascii_lowercase())).unwrap_or(usize::MAX);
    (exact, pos, name.to_owned())
}

/// Every role in the account whose name matches the guide's names, best first.
pub async fn search_roles<B: Iam>(iam: &B, spec: &RoleSpec) -> Result<Vec<String>, IamError> {
    let mut found = Vec::new();
    let mut marker = None;
    loop {
        let page = iam.list_roles(marker).await?;
        found.extend(page.roles.into_iter().filter(|r| spec.matches_search_name(&r.name)).map(|r| r.name));
        marker = page.marker;
        if marker.is_none() {
            break;
        }
    }
    found.sort_by_key(|n| rank(spec, n));
    Ok(found)
}

/// Observes the role the request names, or, when it names none and the guide's name is not
/// there, the best of the roles the guide tells users to look for.
async fn locate<B: Iam>(
    iam: &B,
    req: &Request,
    desired_for: impl Fn(&RoleName) -> Option<Desired>,
) -> Result<(RoleName, Observation, Vec<String>), IamError> {
    let spec = req.spec();
    let name = req.name();
    // The SCPs that bound the account are read beside the role's first round of IAM reads.
    let (obs, scps) = futures_util::future::join(iam.observe(&req.observe_request(desired_for(&name).as_ref(), name.clone())), iam.service_control_policies(req.context.account.as_ref())).await;
    let mut obs = obs?;
    if obs.role.is_some() || req.context.role_name.is_some() {
        obs.scps = Some(scps);
        return Ok((name, obs, Vec::new()));
    }
    let mut found = search_roles(iam, spec).await?;
    if found.is_empty() {
        obs.scps = Some(scps);
        return Ok((name, obs, Vec::new()));
    }
    let first = found.remove(0);
    let first = RoleName::parse(&first).map_err(|_| IamError::of(ErrorCode::BadResponse(BadAnswer::RoleName)).with(Detail::Role, first))?;
    let mut obs = iam.observe(&req.observe_request(desired_for(&first).as_ref(), first.clone())).await?;
    obs.scps = Some(scps);
    Ok((first, obs, found))
}

/// `check`: reads, never writes. One round of IAM calls when the role is where the guide says.
pub async fn check<B: Iam>(iam: &B, req: &Request) -> Result<CheckReport, IamError> {
    let spec = req.spec();
    let desired_of = |name: &RoleName, account: Option<AccountId>| {
        let mut ctx = req.in_account(account);
        ctx.role_name = Some(name.clone());
        spec.desired(&ctx)
    };
    let (name, obs, also) = locate(iam, req, |name| Some(desired_of(name, req.context.account.clone()))).await?;
    let account = match obs.role.as_ref() {
        Some(role) => req.account(iam, role.account()).await?,
        None => req.context.account.clone(),
    };
    let desired = desired_of(&name, account);
    let d = diff(spec, &desired, &obs, PlanOptions::default());
    let mut findings = d.findings;
    if !also.is_empty() {
        findings.push(Finding::new(Code::RoleAlsoFound).arg(Arg::Roles, also.join(", ")));
    }
    Ok(CheckReport { kind: req.kind, role_name: name.as_str().to_owned(), status: Status::of(&findings), findings, trust: d.trust, permissions: d.permissions })
}

/// A plan for `create` or `repair`, with what it was made from.
#[derive(Debug, Clone)]
pub struct Planned {
    /// The role the plan is for (the kind's, or its variant).
    pub spec: &'static RoleSpec,
    pub desired: Desired,
    pub observation: Observation,
    pub plan: Plan,
}

impl Planned {
    pub fn role_existed(&self) -> bool {
        self.observation.role.is_some()
    }

    /// What `check` finds once the first `done` actions of the plan are carried out: the plan's
    /// `left` when all were, what there is now when none were, and otherwise the diff of the
    /// observation those writes produce ([`simulate`]), so a plan that stops part-way reports
    /// everything still missing.
    pub fn left_after(&self, done: usize) -> Vec<Finding> {
        if done >= self.plan.actions.len() {
            return self.plan.left.clone();
        }
        if done == 0 {
            return self.plan.findings.clone();
        }
        let after = simulate(&self.desired, &self.observation, &self.plan.actions[..done]);
        let mut left = diff(self.spec, &self.desired, &after, PlanOptions::default()).findings;
        // What the search found besides the role stays true whatever was written.
        left.extend(self.plan.left.iter().filter(|f| f.code == Code::RoleAlsoFound).cloned());
        left
    }

    /// Whether the role `create` found is one an earlier `create` left unfinished: its trust
    /// policy is exactly the one create writes, and something remains to be done. Finishing it
    /// only adds; create leaves any other existing role alone (repair is the way).
    pub fn interrupted_create(&self) -> bool {
        !self.plan.is_empty() && self.observation.role.as_ref().and_then(|r| PolicyDocument::parse(&r.trust).ok()).is_some_and(|t| t.same_meaning(&self.desired.trust))
    }
}

/// Which role a plan is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Locate {
    /// The request's name, or the guide's (`create`).
    Named,
    /// The role `check` finds: the request's or the guide's name, else the best of the roles
    /// the guide tells users to look for (`repair`).
    Search,
}

/// Plans `create` ([`Locate::Named`]) or `repair` ([`Locate::Search`]).
pub async fn plan_changes<B: Iam>(iam: &B, req: &Request, locate_by: Locate, opts: PlanOptions) -> Result<Planned, IamError> {
    let spec = req.spec();
    let account = req.account(iam, None).await?;
    let desired_of = |name: &RoleName| {
        let mut ctx = req.in_account(account.clone());
        ctx.role_name = Some(name.clone());
        spec.desired(&ctx)
    };
    let desired_for = |name: &RoleName| Some(desired_of(name));
    let (name, observation, also) = if locate_by == Locate::Search {
        locate(iam, req, desired_for).await?
    } else {
        let name = req.name();
        let desired = desired_for(&name);
        let (obs, scps) = futures_util::future::join(iam.observe(&req.observe_request(desired.as_ref(), name.clone())), iam.service_control_policies(req.context.account.as_ref())).await;
        let mut obs = obs?;
        obs.scps = Some(scps);
        (name, obs, Vec::new())
    };
    let mut desired = desired_of(&name);
    if desired.account.is_none() {
        desired.account = observation.role.as_ref().and_then(|r| r.account());
    }
    let mut plan = plan(spec, &desired, &observation, opts);
    if !also.is_empty() {
        let f = Finding::new(Code::RoleAlsoFound).arg(Arg::Roles, also.join(", "));
        plan.left.push(f.clone());
        plan.findings.push(f);
    }
    Ok(Planned { spec, desired, observation, plan })
}

/// How one action of a plan went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Done,
    /// It was already so (a concurrent run, a retry whose first attempt succeeded but whose answer
    /// was lost, or IAM's eventual consistency): nothing to do.
    AlreadyDone,
}

/// Carries out a plan in order, stopping at the first failure. A write that fails because what
/// it makes is already there counts as done, so a run after any failure converges, and so does
/// a write the SDK retried after its first attempt succeeded unseen.
pub async fn apply<B: Iam>(iam: &B, actions: &[Action], mut on_done: impl FnMut(&Action, &Result<Outcome, IamError>)) -> Result<(), IamError> {
    for action in actions {
        let r = match iam.apply(action).await {
            Ok(()) => Ok(Outcome::Done),
            // If looking fails too, the write's own error is the one to report.
            Err(e) => match already_so(iam, action, &e).await {
                Ok(true) => Ok(Outcome::AlreadyDone),
                _ => Err(e.during(action.api_name())),
            },
        };
        on_done(action, &r);
        r?;
    }
    Ok(())
}

fn same_document(a: &str, b: &str) -> bool {
    match (PolicyDocument::parse(a), PolicyDocument::parse(b)) {
        (Ok(a), Ok(b)) => a.same_meaning(&b),
        _ => false,
    }
}

/// Whether a write that failed finds exactly what it was to make: a role with the trust policy
/// (and path) it sent, a policy with the document it sent, the instance profile, the role
/// already in the instance profile, the policy already detached. Anything else (someone
/// else's role or policy of that name, a full instance profile) stays a failure.
async fn already_so<B: Iam>(iam: &B, action: &Action, e: &IamError) -> Result<bool, IamError> {
    let role = |name: &str| RoleName::parse(name).ok();
    Ok(match (action, &e.code) {
        (Action::CreateRole { role_name, path, assume_role_policy_document, .. }, ErrorCode::EntityAlreadyExists) => {
            let Some(name) = role(role_name) else { return Ok(false) };
            let obs = iam.observe(&ObserveRequest::role(name)).await?;
            obs.role.is_some_and(|r| r.path == *path && same_document(&r.trust, assume_role_policy_document))
        }
        (Action::CreatePolicy { policy_name, policy_document }, ErrorCode::EntityAlreadyExists) => {
            iam.customer_policy_document(policy_name).await?.is_some_and(|d| same_document(&d, policy_document))
        }
        (Action::CreateInstanceProfile { .. }, ErrorCode::EntityAlreadyExists) => true,
        (Action::AddRoleToInstanceProfile { instance_profile_name, role_name }, ErrorCode::LimitExceeded) => {
            let Some(name) = role(role_name) else { return Ok(false) };
            let mut req = ObserveRequest::role(name);
            req.instance_profile = Some(instance_profile_name.clone());
            let obs = iam.observe(&req).await?;
            obs.instance_profile.is_some_and(|p| p.roles.iter().any(|r| r.eq_ignore_ascii_case(role_name)))
        }
        (Action::DetachRolePolicy { role_name, policy_arn }, ErrorCode::NoSuchEntity) => {
            let Some(name) = role(role_name) else { return Ok(false) };
            let obs = iam.observe(&ObserveRequest::role(name)).await?;
            obs.role.is_some_and(|r| !r.attached.iter().any(|a| a.arn == *policy_arn))
        }
        _ => false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::backend::ObservedRole;
    use crate::model::input::{AccountId, IamPath};
    use crate::model::partition::Partition;
    use crate::model::role::EKS_NODE;
    use crate::verdicts::diff::plan;

    fn planned(trust: &str) -> Planned {
        let ctx = Context { partition: Partition::Aws, account: Some(AccountId::parse("111122223333").unwrap()), role_name: None, path: IamPath::root(), clusters: vec![], permissions: vec![], secrets: vec![] };
        let desired = EKS_NODE.desired(&ctx);
        let role = ObservedRole {
            name: desired.role_name.as_str().into(),
            arn: format!("arn:aws:iam::111122223333:role/{}", desired.role_name.as_str()),
            path: "/".into(),
            trust: trust.into(),
            attached: vec![],
            instance_profiles: vec![],
            inline: vec![],
            policies: None,
            create_date: None,
        };
        let observation = Observation { role: Some(role), ..Default::default() };
        let plan = plan(&EKS_NODE, &desired, &observation, PlanOptions::default());
        Planned { spec: &EKS_NODE, desired, observation, plan }
    }

    /// A role with create's own trust policy (written in another order) and its policies still
    /// to attach is an interrupted create; one whose trust differs, or with nothing left to
    /// do, is not.
    #[test]
    fn an_interrupted_create_is_the_role_create_writes() {
        let mine = planned(r#"{"Statement":[{"Action":"sts:AssumeRole","Principal":{"Service":"ec2.amazonaws.com"},"Effect":"Allow"}],"Version":"2012-10-17"}"#);
        assert!(mine.role_existed() && !mine.plan.is_empty());
        assert!(mine.interrupted_create());
        let other = planned(r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":["ec2.amazonaws.com","eks.amazonaws.com"]},"Action":"sts:AssumeRole"}]}"#);
        assert!(!other.plan.is_empty());
        assert!(!other.interrupted_create());
        let mut done = planned(r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#);
        done.plan.actions.clear();
        assert!(!done.interrupted_create());
    }
}
