//! `audit --organization` and `audit --accounts`: the accounts to read, the client for each, and
//! the report (a table per account and a summary; JSON; or JSON Lines as results arrive).

use rolecall_core::backend::IamError;
use rolecall_core::input::{parse_accounts, parse_external_id, parse_role_with_path, AccountId, Field, InputError, Rule};
use rolecall_core::org::{AccountAudit, AccountPage, Accounts, OrgSummary, Organization};
use rolecall_i18n::ids;

use crate::backend::Backend;
use crate::flags::{self, Args};
use crate::global::Output;
use crate::render::{Out, Report, Tone};
use crate::report::*;
use crate::exit::Failure;

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
    pub role: rolecall_core::org::MemberRole,
    pub account_concurrency: usize,
}

/// Reads the organization flags; `None` for a single-account audit. Every value is checked
/// before anything is sent.
pub fn request(a: &Args<'_>) -> Result<Option<OrgRequest>, InputError> {
    let organization = a.switch(flags::ORGANIZATION);
    let listed = a.values(flags::ACCOUNTS);
    let listed = if listed.is_empty() { None } else { Some(parse_accounts(listed)?) };
    let role = member_role_flags(a)?;
    let account_concurrency = a.number(flags::ACCOUNT_CONCURRENCY)?.map_or(DEFAULT_ACCOUNT_CONCURRENCY, |n| n as usize);
    let accounts = match (organization, listed) {
        (true, only) => Accounts::Organization { only },
        (false, Some(ids)) => Accounts::Listed(ids),
        (false, None) => {
            // The member-role flags mean nothing for one account: say so rather than ignore them.
            for (flag, field) in [(flags::ASSUME_ROLE, Field::AssumeRole), (flags::EXTERNAL_ID, Field::ExternalId), (flags::ACCOUNT_CONCURRENCY.text(), Field::AccountConcurrency)] {
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
pub fn member_role_flags(a: &Args<'_>) -> Result<rolecall_core::org::MemberRole, InputError> {
    let (path, name) = parse_role_with_path(a.value(flags::ASSUME_ROLE).unwrap_or(DEFAULT_MEMBER_ROLE))?;
    let external_id = a.value(flags::EXTERNAL_ID).map(parse_external_id).transpose()?;
    Ok(rolecall_core::org::MemberRole { path, name, external_id })
}

/// The organization through the backend in use.
#[derive(Debug)]
pub enum OrgBackend {
    Aws(rolecall_aws::org::AwsOrganization),
    Mock(rolecall_mock::org::MockOrganization),
}

impl OrgBackend {
    pub fn new(be: Backend, role: rolecall_core::org::MemberRole) -> OrgBackend {
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
    /// One account's result as JSON (`--output json`).
    fn account_report(&self, a: &AccountAudit) -> AccountReport {
        let account_id = a.account_id.as_str().to_owned();
        let name = a.name.clone();
        match &a.result {
            Ok(audit) => {
                let AuditOutput { roles, account_findings, summary } = self.audit(audit);
                AccountReport::Audited(AuditedAccount { roles, account_findings, summary, account_id, name })
            }
            Err(e) => AccountReport::Failed(FailedAccount {
                error: self.error_report(&Failure::Backend(e.clone())),
                roles: Vec::new(),
                account_findings: Vec::new(),
                account_id,
                name,
            }),
        }
    }

    /// One account's result as it arrives: as JSON Lines (its roles, its account findings, then
    /// the account), or as text (a title and the account's table); nothing with plain JSON
    /// (every account is in the object printed at the end).
    pub fn org_account(&self, a: &AccountAudit) -> Result<(), Failure> {
        let report = self.account_report(a);
        match self.output() {
            Output::Json => {}
            Output::JsonLines => {
                for line in report.lines() {
                    self.emit_line(&line)?;
                }
            }
            Output::Text => report.text(self),
        }
        Ok(())
    }

    /// The summary across accounts: with plain JSON, the object with every account's result.
    pub fn org_summary(&self, accounts: &[AccountAudit], s: &OrgSummary) -> Result<(), Failure> {
        match self.output() {
            Output::JsonLines => self.emit_line(&OrgLine::Summary(SummaryLine { summary: s.clone() }))?,
            Output::Json => self.emit(&OrgAuditOutput { accounts: accounts.iter().map(|a| self.account_report(a)).collect(), summary: s.clone() })?,
            // Every account was printed as it arrived.
            Output::Text => self.org_summary_text(s),
        }
        Ok(())
    }

    fn org_summary_text(&self, s: &OrgSummary) {
        self.say("");
        self.say(&self.bold(&self.m.text(ids::OrgSummary { audited: s.accounts_audited, failed: s.accounts_failed, roles: s.roles_found, errors: s.roles_with_errors })));
    }
}

impl AccountReport {
    /// The account as JSON Lines: its roles, its account findings, then the account.
    fn lines(self) -> Vec<OrgLine> {
        match self {
            AccountReport::Audited(a) => {
                let id = &a.account_id;
                let mut lines: Vec<OrgLine> = a.roles.into_iter().map(|role| OrgLine::Role(RoleLine { role, account_id: id.clone() })).collect();
                lines.extend(
                    a.account_findings.into_iter().map(|finding| OrgLine::AccountFinding(AccountFindingLine { finding, account_id: id.clone() })),
                );
                lines.push(OrgLine::Account(AccountLine::Audited(AuditedAccountLine {
                    summary: a.summary,
                    account_id: a.account_id,
                    name: a.name,
                })));
                lines
            }
            AccountReport::Failed(a) => {
                vec![OrgLine::Account(AccountLine::Failed(FailedAccountLine { error: a.error, account_id: a.account_id, name: a.name }))]
            }
        }
    }
}

impl Report for AccountReport {
    /// The account's title, then its table (or why it could not be read).
    fn text(&self, out: &Out<'_>) {
        let (id, name) = match self {
            AccountReport::Audited(a) => (&a.account_id, &a.name),
            AccountReport::Failed(a) => (&a.account_id, &a.name),
        };
        let name = name.as_deref().map_or_else(|| "none".to_owned(), |n| out.ext(n).into_owned());
        out.say("");
        out.say(&out.bold(&out.m.text(ids::OrgAccountTitle { account: id, name: &name })));
        match self {
            AccountReport::Audited(a) => out.audit_body(&a.roles, &a.account_findings, &a.summary),
            AccountReport::Failed(a) => out.say(&format!("  {}", out.paint(&out.m.text(ids::OrgAccountFailed { reason: &a.error.message }), Tone::Bad))),
        }
    }
}

impl Report for OrgAuditOutput {
    fn text(&self, out: &Out<'_>) {
        for a in &self.accounts {
            a.text(out);
        }
        out.org_summary_text(&self.summary);
    }
}
