//! What decides what a role may do, as IAM and Organizations give it: a role's every inline
//! policy, the default version of each managed policy it has (attached, or as its permissions
//! boundary), the SCPs above an account, and GetAccountAuthorizationDetails pages.
//!
//! A policy that goes away between two reads: IAM answers `NoSuchEntity`, and what that means
//! decides what is right.
//! - An inline policy listed and then not found was deleted (DeleteRolePolicy): IAM no longer
//!   weighs it, so the observation leaves it out.
//! - An attached policy whose GetPolicy finds nothing was detached first (IAM refuses to delete a
//!   policy still attached, `DeleteConflict`): left out likewise.
//! - A default version not found by GetPolicyVersion was replaced (SetDefaultPolicyVersion, then
//!   DeletePolicyVersion of the old one) or the policy deleted: one more GetPolicy tells which,
//!   and the new default version is read (once; a second miss is the error it is).
//! - A boundary whose policy is not found is never just left out: a boundary only narrows, so
//!   leaving it out could grant what IAM denies. One more GetRole says whether the role still
//!   names it: no boundary now, or another one (read in its place), or the same, an error that
//!   names the policy.

use aws_sdk_iam::types::EntityType;
use aws_sdk_organizations::types::{OrganizationFeatureSet, ParentType, PolicyType};
use futures_util::future::{join_all, try_join_all};
use rolecall_core::backend::{
    AttachedPolicy, BadAnswer, DetailsPage, Detail, ErrorCode, IamError, PolicyVersion, RoleDetail, RoleSummary, Scp, ScpExempt, ScpRead, ScpTarget,
};
use rolecall_core::backend::Iam;
use rolecall_core::input::AccountId;

use crate::{absent, decode_document, profile_info, AwsIam};

/// The error Organizations answers when the account is in no organization.
const NOT_IN_USE: &str = "AWSOrganizationsNotInUseException";

/// The most ListParents calls from an account to its root: an account under five levels of OUs
/// (Organizations' limit) takes six; more is an answer rolecall cannot use.
const MAX_PARENTS: usize = 8;

/// GetAccountAuthorizationDetails' largest page (its `MaxItems` is 1 to 1000).
pub const DETAILS_PAGE: i32 = 1000;

fn unreadable(operation: &str) -> IamError {
    IamError::of(ErrorCode::BadResponse(BadAnswer::Unreadable)).during(operation)
}

/// An SCP's `Content` as Organizations sends it (plain JSON, not URL-encoded), within the same
/// bound as every other document.
fn bounded(content: &str, operation: &str) -> Result<String, IamError> {
    if content.len() > rolecall_policy::document::MAX_DOCUMENT_BYTES {
        return Err(IamError::of(ErrorCode::TooLarge(rolecall_core::backend::Oversized::PolicyDocument))
            .with(Detail::Size, content.len().to_string())
            .with(Detail::Limit, rolecall_policy::document::MAX_DOCUMENT_BYTES.to_string())
            .during(operation));
    }
    Ok(content.to_owned())
}

impl AwsIam {
    /// The names of every inline policy of a role (ListRolePolicies, every page); `None` when the
    /// role is gone.
    pub(crate) async fn inline_names(&self, role: &str) -> Result<Option<Vec<String>>, IamError> {
        let mut out = Vec::new();
        let mut marker: Option<String> = None;
        loop {
            let page = self.call("ListRolePolicies", self.iam.list_role_policies().role_name(role).max_items(1000).set_marker(marker.clone()).send());
            let Some(page) = absent(page.await)? else { return Ok(None) };
            out.extend(page.policy_names().iter().cloned());
            marker = page.marker().filter(|_| page.is_truncated()).map(str::to_owned);
            if marker.is_none() {
                return Ok(Some(out));
            }
        }
    }

    /// A managed policy's default version ID (GetPolicy); `None` when there is no such policy.
    async fn default_version_id(&self, arn: &str) -> Result<Option<String>, IamError> {
        let Some(out) = absent(self.call("GetPolicy", self.iam.get_policy().policy_arn(arn).send()).await)? else { return Ok(None) };
        match out.policy().and_then(|p| p.default_version_id()) {
            Some(v) if !v.is_empty() => Ok(Some(v.to_owned())),
            _ => Err(unreadable("GetPolicy")),
        }
    }

    /// One version's document (GetPolicyVersion), decoded.
    async fn version_document(&self, arn: &str, version: &str) -> Result<String, IamError> {
        let out = self.call("GetPolicyVersion", self.iam.get_policy_version().policy_arn(arn).version_id(version).send()).await?;
        let doc = out.policy_version().and_then(|v| v.document()).ok_or_else(|| unreadable("GetPolicyVersion"))?;
        decode_document(doc, "GetPolicyVersion")
    }

    /// A managed policy's default version: GetPolicy, then GetPolicyVersion (two round trips).
    /// `None` when the policy is gone; a default version replaced between the two calls is read
    /// again once (see the module's comment).
    pub(crate) async fn default_version(&self, arn: &str) -> Result<Option<PolicyVersion>, IamError> {
        let Some(id) = self.default_version_id(arn).await? else { return Ok(None) };
        let missed = match self.version_document(arn, &id).await {
            Ok(document) => return Ok(Some(PolicyVersion { arn: arn.to_owned(), version_id: id, document })),
            Err(e) if e.code == ErrorCode::NoSuchEntity => e,
            Err(e) => return Err(e),
        };
        let Some(now) = self.default_version_id(arn).await? else { return Ok(None) };
        if now == id {
            return Err(missed);
        }
        let document = self.version_document(arn, &now).await?;
        Ok(Some(PolicyVersion { arn: arn.to_owned(), version_id: now, document }))
    }

    /// The permissions boundary `arn` of `role` with its default version. A boundary whose policy
    /// is gone is looked up on the role again (see the module's comment).
    pub(crate) async fn boundary(&self, role: &str, arn: Option<String>) -> Result<Option<PolicyVersion>, IamError> {
        let Some(arn) = arn else { return Ok(None) };
        if let Some(v) = self.default_version(&arn).await? {
            return Ok(Some(v));
        }
        let gone = || IamError::new(ErrorCode::NoSuchEntity, String::new()).with(Detail::Policy, arn.clone()).during("GetPolicy");
        let now = self.get_role(role).await?.and_then(|r| r.permissions_boundary().and_then(|b| b.permissions_boundary_arn()).map(str::to_owned));
        match now {
            None => Ok(None),
            Some(other) if other != arn => self.default_version(&other).await?.map(Some).ok_or_else(gone),
            Some(_) => Err(gone()),
        }
    }

    /// The SCPs above `account` (the caller's when `None`), as [`Iam::service_control_policies`]
    /// says. DescribeOrganization and GetCallerIdentity go out together; then ListParents from
    /// the account up to the root, one level at a time; then every level's
    /// ListPoliciesForTarget, the levels concurrently, and DescribePolicy once per SCP.
    pub(crate) async fn scps(&self, account: Option<&AccountId>) -> ScpRead {
        let org = self.call("DescribeOrganization", self.orgs.describe_organization().send());
        let caller = async {
            match account {
                Some(a) => Ok(a.clone()),
                None => self.account_id().await,
            }
        };
        let (org, caller) = tokio::join!(org, caller);
        let org = match org {
            Ok(o) => o,
            Err(e) if e.code == ErrorCode::Other(NOT_IN_USE.into()) => return ScpRead::NotApplicable(ScpExempt::NoOrganization),
            Err(e) => return ScpRead::NotRead(e),
        };
        let account = match caller {
            Ok(a) => a,
            Err(e) => return ScpRead::NotRead(e),
        };
        let Some(org) = org.organization() else { return ScpRead::NotRead(unreadable("DescribeOrganization")) };
        if org.master_account_id() == Some(account.as_str()) {
            return ScpRead::NotApplicable(ScpExempt::ManagementAccount);
        }
        // An organization of consolidated billing alone has no SCPs: no level bounds anything.
        if org.feature_set() == Some(&OrganizationFeatureSet::ConsolidatedBilling) {
            return ScpRead::Read(Vec::new());
        }
        match self.scp_levels(&account).await {
            // While SCPs are enabled every root, OU and account holds at least one (Organizations
            // refuses to detach the last); none anywhere is the SCP policy type disabled.
            Ok(levels) if levels.iter().all(|l| l.policies.is_empty()) => ScpRead::Read(Vec::new()),
            Ok(levels) => ScpRead::Read(levels),
            Err(e) => ScpRead::NotRead(e),
        }
    }

    /// The levels from the root down to `account`, each with its SCPs.
    async fn scp_levels(&self, account: &AccountId) -> Result<Vec<ScpTarget>, IamError> {
        let mut path = vec![account.as_str().to_owned()];
        loop {
            if path.len() > MAX_PARENTS {
                return Err(unreadable("ListParents"));
            }
            let child = path.last().cloned().unwrap_or_default();
            let out = self.call("ListParents", self.orgs.list_parents().child_id(child).send()).await?;
            // An account or an OU has exactly one parent.
            let [parent] = out.parents() else { return Err(unreadable("ListParents")) };
            let (Some(id), Some(kind)) = (parent.id().filter(|id| !id.is_empty()), parent.r#type()) else { return Err(unreadable("ListParents")) };
            path.push(id.to_owned());
            match kind {
                ParentType::Root => break,
                ParentType::OrganizationalUnit => {}
                _ => return Err(unreadable("ListParents")),
            }
        }
        path.reverse();
        // Every level's list at once; then each SCP described once, though FullAWSAccess is
        // attached at every level.
        let lists = try_join_all(path.iter().map(|target| self.scp_ids(target))).await?;
        let mut unique: Vec<&String> = lists.iter().flatten().collect();
        unique.sort();
        unique.dedup();
        let described = try_join_all(unique.iter().map(|id| self.scp(id))).await?;
        let levels = path
            .into_iter()
            .zip(lists)
            .map(|(target, ids)| ScpTarget { target, policies: ids.iter().filter_map(|id| described.iter().find(|p| &p.id == id).cloned()).collect() })
            .collect();
        Ok(levels)
    }

    /// The IDs of the SCPs attached to one root, OU or account (ListPoliciesForTarget, every page).
    async fn scp_ids(&self, target: &str) -> Result<Vec<String>, IamError> {
        let mut ids = Vec::new();
        let mut next: Option<String> = None;
        loop {
            let page = self
                .call(
                    "ListPoliciesForTarget",
                    self.orgs.list_policies_for_target().target_id(target).filter(PolicyType::ServiceControlPolicy).set_next_token(next.clone()).send(),
                )
                .await?;
            for p in page.policies() {
                ids.push(p.id().filter(|id| !id.is_empty()).ok_or_else(|| unreadable("ListPoliciesForTarget"))?.to_owned());
            }
            next = page.next_token().filter(|t| !t.is_empty()).map(str::to_owned);
            if next.is_none() {
                return Ok(ids);
            }
        }
    }

    async fn scp(&self, id: &str) -> Result<Scp, IamError> {
        let out = self.call("DescribePolicy", self.orgs.describe_policy().policy_id(id).send()).await?;
        let policy = out.policy().ok_or_else(|| unreadable("DescribePolicy"))?;
        let content = policy.content().ok_or_else(|| unreadable("DescribePolicy"))?;
        // Cannot hide a failure: the name is only shown; the ID and the document decide.
        let name = policy.policy_summary().and_then(|s| s.name()).unwrap_or_default().to_owned();
        Ok(Scp { id: id.to_owned(), name, document: bounded(content, "DescribePolicy")? })
    }

    /// One page of GetAccountAuthorizationDetails (`Filter` Role, LocalManagedPolicy,
    /// AWSManagedPolicy): its roles, and the default version of each managed policy.
    pub(crate) async fn details(&self, marker: Option<String>) -> Result<DetailsPage, IamError> {
        const OP: &str = "GetAccountAuthorizationDetails";
        let out = self
            .call(
                OP,
                self.iam
                    .get_account_authorization_details()
                    .filter(EntityType::Role)
                    .filter(EntityType::LocalManagedPolicy)
                    .filter(EntityType::AwsManagedPolicy)
                    .max_items(DETAILS_PAGE)
                    .set_marker(marker)
                    .send(),
            )
            .await?;
        let roles = out.role_detail_list().iter().map(role_detail).collect::<Result<Vec<_>, _>>()?;
        let mut policies = Vec::new();
        for p in out.policies() {
            let arn = p.arn().filter(|a| !a.is_empty()).ok_or_else(|| unreadable(OP))?;
            let versions = p.policy_version_list();
            // The version marked default; the one DefaultVersionId names if none is marked.
            let default = versions.iter().find(|v| v.is_default_version()).or_else(|| versions.iter().find(|v| v.version_id().is_some() && v.version_id() == p.default_version_id()));
            let Some(v) = default else { return Err(unreadable(OP)) };
            let (Some(version_id), Some(doc)) = (v.version_id(), v.document()) else { return Err(unreadable(OP)) };
            policies.push(PolicyVersion { arn: arn.to_owned(), version_id: version_id.to_owned(), document: decode_document(doc, OP)? });
        }
        Ok(DetailsPage { roles, policies, marker: out.marker().filter(|_| out.is_truncated()).map(str::to_owned) })
    }
}

fn role_detail(r: &aws_sdk_iam::types::RoleDetail) -> Result<RoleDetail, IamError> {
    const OP: &str = "GetAccountAuthorizationDetails";
    let (Some(name), Some(arn), Some(path)) = (r.role_name().filter(|n| !n.is_empty()), r.arn().filter(|a| !a.is_empty()), r.path()) else {
        return Err(unreadable(OP));
    };
    // Cannot hide a failure: a role without a trust policy reads as an empty one, which is reported (`audit-trust-unreadable`).
    let trust = decode_document(r.assume_role_policy_document().unwrap_or_default(), OP)?;
    let inline = r
        .role_policy_list()
        .iter()
        .map(|p| match (p.policy_name(), p.policy_document()) {
            (Some(n), Some(d)) => Ok((n.to_owned(), decode_document(d, OP)?)),
            _ => Err(unreadable(OP)),
        })
        .collect::<Result<Vec<_>, _>>()?;
    let attached = r
        .attached_managed_policies()
        .iter()
        .map(|p| match (p.policy_name(), p.policy_arn()) {
            (Some(n), Some(a)) => Ok(AttachedPolicy { name: n.to_owned(), arn: a.to_owned() }),
            _ => Err(unreadable(OP)),
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(RoleDetail {
        summary: RoleSummary { name: name.to_owned(), arn: arn.to_owned(), path: path.to_owned(), trust },
        attached,
        inline,
        boundary: r.permissions_boundary().and_then(|b| b.permissions_boundary_arn()).map(str::to_owned),
        tags: r.tags().iter().map(|t| (t.key().to_owned(), t.value().to_owned())).collect(),
        instance_profiles: r.instance_profile_list().iter().map(profile_info).collect(),
    })
}

/// Every inline policy of a role in ListRolePolicies' order: the documents read already (the
/// request's own names), else those read for the rest; one gone in between is left out.
pub(crate) fn all_inline(names: &[String], requested: &[(String, String)], rest: &[(String, String)]) -> Vec<(String, String)> {
    names.iter().filter_map(|n| requested.iter().chain(rest).find(|(m, _)| m == n).cloned()).collect()
}

/// Reads the documents of the inline policies `names` not among `requested`, concurrently.
pub(crate) async fn read_rest(iam: &AwsIam, role: &str, names: &[String], requested: &[String]) -> Result<Vec<(String, String)>, IamError> {
    let rest = names.iter().filter(|n| !requested.contains(n));
    let found = join_all(rest.map(|n| iam.inline(role, n))).await;
    let mut out = Vec::new();
    for r in found {
        out.extend(r?);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_policies_keep_the_listed_order_and_leave_out_the_deleted() {
        let names = ["a".to_owned(), "b".to_owned(), "gone".to_owned(), "c".to_owned()];
        let requested = [("c".to_owned(), "C".to_owned())];
        let rest = [("b".to_owned(), "B".to_owned()), ("a".to_owned(), "A".to_owned())];
        let all = all_inline(&names, &requested, &rest);
        assert_eq!(all, [("a".to_owned(), "A".to_owned()), ("b".to_owned(), "B".to_owned()), ("c".to_owned(), "C".to_owned())]);
    }

    #[test]
    fn scp_documents_are_bounded() {
        let at = "a".repeat(rolecall_policy::document::MAX_DOCUMENT_BYTES);
        assert!(bounded(&at, "DescribePolicy").is_ok());
        let e = bounded(&format!("{at}a"), "DescribePolicy").unwrap_err();
        assert_eq!((e.code, e.operation.as_deref()), (ErrorCode::TooLarge(rolecall_core::backend::Oversized::PolicyDocument), Some("DescribePolicy")));
    }
}
