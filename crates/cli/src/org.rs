//! `audit --organization` and `audit --accounts`: the accounts to read, the client for each, and
//! the report (a table per account and a summary; JSON; or JSON Lines as results arrive).

use rolecall_core::backend::IamError;
use rolecall_core::input::{parse_accounts, parse_external_id, parse_role_with_path, AccountId, Field, InputError, Rule};
use rolecall_core::org::{AccountAudit, AccountPage, Accounts, OrgSummary, Organization};
use rolecall_i18n::num;
use serde_json::{json, Value};

use crate::backend::Backend;
use crate::flags::{self, Args};
use crate::render::Out;
use crate::Failure;

/// The member role rolecall assumes by default: the one AWS Organizations creates in every
/// account it creates.
pub const DEFAULT_MEMBER_ROLE: &str = "OrganizationAccountAccessRole";

/// How many accounts at a time by default: each account has its own IAM rate limit, and every
/// account costs one STS AssumeRole from the caller.
pub const DEFAULT_ACCOUNT_CONCURRENCY: usize = 4;

/// What `audit` was asked to cover beyond the caller's account.
#[derive(Debug, Clone)]
pub struct OrgRequest {
    pub accounts: Accounts,
    pub role: rolecall_aws::org::MemberRole,
    pub account_concurrency: usize,
}

/// Reads the organization flags; `None` for a single-account audit. Every value is checked
/// before anything is sent.
pub fn request(a: &Args<'_>) -> Result<Option<OrgRequest>, InputError> {
    let organization = a.switch(flags::ORGANIZATION);
    let listed = a.values(flags::ACCOUNTS);
    let listed = if listed.is_empty() { None } else { Some(parse_accounts(listed.into_iter())?) };
    let role = member_role_flags(a)?;
    let account_concurrency = match a.value(flags::ACCOUNT_CONCURRENCY) {
        None => DEFAULT_ACCOUNT_CONCURRENCY,
        Some(v) => v.parse::<usize>().ok().filter(|n| (1..=64).contains(n)).ok_or_else(|| InputError::new(Field::AccountConcurrency, v, Rule::Range { min: 1, max: 64 }))?,
    };
    let accounts = match (organization, listed) {
        (true, only) => Accounts::Organization { only },
        (false, Some(ids)) => Accounts::Listed(ids),
        (false, None) => {
            // The member-role flags mean nothing for one account: say so rather than ignore them.
            for (flag, field) in [(flags::ASSUME_ROLE, Field::AssumeRole), (flags::EXTERNAL_ID, Field::ExternalId), (flags::ACCOUNT_CONCURRENCY, Field::AccountConcurrency)] {
                if let Some(v) = a.value(flag) {
                    return Err(InputError::new(field, v, Rule::Conflicts { other: "--organization / --accounts".into() }));
                }
            }
            return Ok(None);
        }
    };
    Ok(Some(OrgRequest { accounts, role, account_concurrency }))
}

/// The member role that `--assume-role` and `--external-id` name (the default role without them).
pub fn member_role_flags(a: &Args<'_>) -> Result<rolecall_aws::org::MemberRole, InputError> {
    let (path, name) = parse_role_with_path(a.value(flags::ASSUME_ROLE).unwrap_or(DEFAULT_MEMBER_ROLE))?;
    let external_id = a.value(flags::EXTERNAL_ID).map(parse_external_id).transpose()?;
    Ok(rolecall_aws::org::MemberRole { path, name, external_id })
}

/// The organization through the backend in use.
#[derive(Debug)]
pub enum OrgBackend {
    Aws(rolecall_aws::org::AwsOrganization),
    Mock(rolecall_mock::org::MockOrganization),
}

impl OrgBackend {
    pub fn new(be: Backend, role: rolecall_aws::org::MemberRole) -> OrgBackend {
        match be {
            Backend::Aws(a) => OrgBackend::Aws(rolecall_aws::org::AwsOrganization::new(a, role)),
            Backend::Mock(m, region) => OrgBackend::Mock(rolecall_mock::org::MockOrganization::new(m, region, role.path.as_str(), role.name.as_str(), role.external_id)),
        }
    }
}

impl Organization for OrgBackend {
    type Member = Backend;

    async fn caller_account(&self) -> Result<AccountId, IamError> {
        match self {
            OrgBackend::Aws(o) => o.caller_account().await,
            OrgBackend::Mock(o) => o.caller_account().await,
        }
    }

    async fn list_accounts(&self, next: Option<String>) -> Result<AccountPage, IamError> {
        match self {
            OrgBackend::Aws(o) => o.list_accounts(next).await,
            OrgBackend::Mock(o) => o.list_accounts(next).await,
        }
    }

    async fn member(&self, account: &AccountId) -> Result<Backend, IamError> {
        match self {
            OrgBackend::Aws(o) => o.member(account).await.map(Backend::Aws),
            OrgBackend::Mock(o) => o.member(account).await.map(|m| Backend::Mock(m, o.region())),
        }
    }
}

impl Out<'_> {
    /// `permissions audit --organization`: the caller's policy, then the member role's policy and
    /// the trust policy that lets the management account assume it.
    pub fn organization_permissions(&self, partition: rolecall_core::Partition, account: Option<&str>, member: &rolecall_aws::org::MemberRole) {
        use rolecall_core::permissions::{member_role_trust, organization_caller_policy, policy, Command};
        let caller = organization_caller_policy(partition, member.path.as_str(), member.name.as_str());
        let member_policy = policy(Command::Audit, partition, None);
        let trust = member_role_trust(partition, account.unwrap_or("MANAGEMENT-ACCOUNT-ID"), member.external_id.as_deref());
        let role = format!("{}{}", member.path.as_str(), member.name.as_str());
        if self.json {
            self.json_out(&json!({ "command": "audit", "organization": true, "policy": caller, "member_role": role, "member_policy": member_policy, "member_trust_policy": trust }));
            return;
        }
        let pretty = |v: &Value| serde_json::to_string_pretty(v).unwrap_or_default();
        self.say(&self.m.get("permissions-intro-organization"));
        self.say(&pretty(&caller));
        self.say("");
        self.say(&self.m.with("permissions-member", &[("role", &role)]));
        self.say(&pretty(&member_policy));
        self.say("");
        self.say(&self.m.with("permissions-member-trust", &[("role", &role)]));
        self.say(&pretty(&trust));
    }

    fn account_value(&self, a: &AccountAudit) -> Value {
        let mut v = match &a.result {
            Ok(audit) => {
                let mut v = self.audit_value(audit);
                v["status"] = json!("ok");
                v
            }
            Err(e) => {
                let (kind, code, message) = self.failure_parts(&Failure::Backend(e.clone()));
                json!({ "status": "failed", "error": { "kind": kind, "code": code, "message": message }, "roles": [], "account_findings": [] })
            }
        };
        v["account_id"] = json!(a.account_id.as_str());
        if let Some(n) = &a.name {
            v["name"] = json!(n);
        }
        v
    }

    /// One account's result: as JSON Lines (roles, account findings, then the account's status),
    /// or as text (a title and the account's table); nothing with plain JSON (printed at the end).
    pub fn org_account(&self, a: &AccountAudit) {
        let id = a.account_id.as_str();
        if self.lines {
            if let Ok(audit) = &a.result {
                for r in &audit.roles {
                    let mut v = self.audited_role_value(r);
                    v["type"] = json!("role");
                    v["account_id"] = json!(id);
                    self.json_out(&v);
                }
                for f in &audit.account {
                    let mut v = self.finding_json(f);
                    v["type"] = json!("account_finding");
                    v["account_id"] = json!(id);
                    self.json_out(&v);
                }
            }
            let mut v = self.account_value(a);
            for k in ["roles", "account_findings"] {
                if let Some(o) = v.as_object_mut() {
                    o.remove(k);
                }
            }
            v["type"] = json!("account");
            self.json_out(&v);
            return;
        }
        if self.json {
            return;
        }
        let name = a.name.as_deref().map_or_else(|| "none".to_owned(), |n| self.ext(n).into_owned());
        self.say("");
        self.say(&self.bold(&self.m.with("org-account-title", &[("account", id), ("name", &name)])));
        match &a.result {
            Ok(audit) => self.audit_body(audit),
            Err(e) => {
                let (_, _, message) = self.failure_parts(&Failure::Backend(e.clone()));
                self.say(&format!("  {}", self.paint(&self.m.with("org-account-failed", &[("reason", &message)]), "31;1")));
            }
        }
    }

    /// The summary across accounts (and, with plain JSON, every account's result).
    pub fn org_summary(&self, accounts: &[AccountAudit], s: &OrgSummary) {
        let summary = json!(s);
        if self.lines {
            self.json_out(&json!({ "type": "summary", "summary": summary }));
        } else if self.json {
            self.json_out(&json!({ "accounts": accounts.iter().map(|a| self.account_value(a)).collect::<Vec<_>>(), "summary": summary }));
        } else {
            self.say("");
            self.say(&self.bold(&self.m.args(
                "org-summary",
                &[("audited", num(s.accounts_audited)), ("failed", num(s.accounts_failed)), ("roles", num(s.roles_found)), ("errors", num(s.roles_with_errors))],
            )));
        }
    }
}
