//! `audit --organization` and `audit --accounts`: the audit of many accounts, each through its own
//! client, with a bounded number of accounts in flight on top of each account's own bound.
//!
//! Faults stay local: an account whose role cannot be assumed, or that fails part way, is
//! reported with its error and the others go on. Only a failure to list the organization's
//! accounts stops everything.

use std::future::Future;

use crate::workflows::audit::{audit, Audit};
use crate::model::backend::{BadAnswer, Detail, ErrorCode, Iam, IamError};
use crate::verdicts::finding::Severity;
use crate::model::input::{AccountId, IamPath, RoleName};
use crate::model::partition::Partition;

/// The role rolecall assumes in each member account (`--member-role`, `--external-id`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberRole {
    pub path: IamPath,
    pub name: RoleName,
    pub external_id: Option<String>,
}

/// An account of the organization.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberAccount {
    /// The ID as Organizations listed it: 12 digits, unless the answer was malformed (such an
    /// account is reported as one that could not be audited, never skipped).
    pub id: String,
    pub name: String,
    /// `ACTIVE` (the account's `State`, or the older `Status` where `State` is absent).
    pub active: bool,
}

/// One page of Organizations ListAccounts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AccountPage {
    pub accounts: Vec<MemberAccount>,
    /// Where the next page starts; `None` on the last page.
    pub next: Option<String>,
}

/// What an organization-wide audit needs: the caller's account, the organization's accounts, and
/// a client per account. The caller's own account is read with the caller's credentials; every
/// other account through the member role assumed in it, with credentials of its own (the base
/// credentials are never replaced).
pub trait Organization: Sync {
    type Member: Iam + Send + Sync;

    /// The account the caller's credentials belong to.
    fn caller_account(&self) -> impl Future<Output = Result<AccountId, IamError>> + Send;

    /// One page of the organization's accounts.
    fn list_accounts(&self, next: Option<String>) -> impl Future<Output = Result<AccountPage, IamError>> + Send;

    /// A client for one account.
    fn member(&self, account: &AccountId) -> impl Future<Output = Result<Self::Member, IamError>> + Send;
}

/// Which accounts to audit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Accounts {
    /// Every active account of the organization, or only those listed that are in it.
    Organization { only: Option<Vec<AccountId>> },
    /// Exactly these accounts.
    Listed(Vec<AccountId>),
}

/// The audit of one account, or why it could not be read.
#[derive(Debug)]
pub struct AccountAudit {
    /// The account's ID; as Organizations listed it when that is not an account ID (then
    /// `result` is the `BadAnswer::AccountId` error).
    pub account_id: String,
    /// The account's name in the organization, when it was listed.
    pub name: Option<String>,
    pub result: Result<Audit, IamError>,
}

impl AccountAudit {
    pub fn has_errors(&self) -> bool {
        self.result.as_ref().is_ok_and(Audit::has_errors)
    }
}

/// Counts across accounts.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, schemars::JsonSchema)]
pub struct OrgSummary {
    /// Accounts audited (read to the end).
    pub accounts_audited: usize,
    /// Accounts that could not be read.
    pub accounts_failed: usize,
    /// Roles found across the audited accounts.
    pub roles_found: usize,
    /// Roles with at least one error finding.
    pub roles_with_errors: usize,
}

impl OrgSummary {
    fn add(&mut self, a: &AccountAudit) {
        match &a.result {
            Ok(audit) => {
                self.accounts_audited += 1;
                self.roles_found += audit.roles.len();
                self.roles_with_errors += audit.roles.iter().filter(|r| r.findings.iter().any(|f| f.severity() == Severity::Error)).count();
            }
            Err(_) => self.accounts_failed += 1,
        }
    }
}

/// The organization audit end to end: the caller's account and the first page of accounts are
/// asked for together, and accounts are audited as their pages arrive rather than after the
/// last one. A failure to list the accounts stops everything (after the accounts already
/// started are reported). `done` also gets how many accounts are listed so far.
pub async fn audit_organization<O: Organization>(
    org: &O,
    accounts: &Accounts,
    partition: Partition,
    account_concurrency: usize,
    concurrency: usize,
    mut done: impl FnMut(AccountAudit, usize),
) -> Result<OrgSummary, IamError> {
    use futures_util::StreamExt;
    let listed = std::cell::Cell::new(0usize);
    let only = match accounts {
        Accounts::Listed(ids) => {
            org.caller_account().await?;
            let targets = ids.iter().map(|a| Ok((a.as_str().to_owned(), None)));
            return audit_stream(org, futures_util::stream::iter(targets), partition, account_concurrency, concurrency, |a| done(a, ids.len())).await;
        }
        Accounts::Organization { only } => only.clone(),
    };
    let (caller, first) = futures_util::future::join(org.caller_account(), org.list_accounts(None)).await;
    caller?;
    let (only, listed) = (&only, &listed);
    // Pages, one after another, as a stream of accounts.
    let pages = futures_util::stream::unfold(Some(Ok(first?)), move |state| async move {
        let page: AccountPage = match state? {
            Ok(p) => p,
            Err(e) => return Some((vec![Err(e)], None)),
        };
        let next = match page.next {
            Some(token) => Some(org.list_accounts(Some(token)).await),
            None => None,
        };
        let accounts = page
            .accounts
            .into_iter()
            .filter(|a| a.active && only.as_ref().is_none_or(|o| o.iter().any(|id| id.as_str() == a.id)))
            .map(|a| Ok((a.id, Some(a.name))))
            .collect::<Vec<_>>();
        listed.set(listed.get() + accounts.len());
        Some((accounts, next))
    })
    .flat_map(futures_util::stream::iter);
    audit_stream(org, pages, partition, account_concurrency, concurrency, |a| done(a, listed.get())).await
}

async fn audit_stream<O: Organization, S>(
    org: &O,
    targets: S,
    partition: Partition,
    account_concurrency: usize,
    concurrency: usize,
    mut done: impl FnMut(AccountAudit),
) -> Result<OrgSummary, IamError>
where
    S: futures_util::Stream<Item = Result<(String, Option<String>), IamError>>,
{
    use futures_util::StreamExt;
    let mut summary = OrgSummary::default();
    let mut listing = None;
    let n = account_concurrency.max(1);
    // Two stages driven together: the member role of the next accounts is assumed (up to `n`
    // ahead) while `n` accounts are audited, so an account's AssumeRole is off its audit's
    // critical path.
    let mut assumed = std::pin::pin!(targets
        .map(|t| async move {
            let (id, name) = t?;
            // An ID that is not one is this account's failure, not the listing's: it is reported.
            let client = match AccountId::parse(&id) {
                Ok(account) => org.member(&account).await,
                Err(_) => Err(IamError::of(ErrorCode::BadResponse(BadAnswer::AccountId)).with(Detail::Account, id.clone()).during("ListAccounts")),
            };
            Ok::<_, IamError>((id, name, client))
        })
        .buffer_unordered(n));
    let mut audits = futures_util::stream::FuturesUnordered::new();
    let mut ready = std::collections::VecDeque::new();
    let mut upstream_done = false;
    loop {
        let next = std::future::poll_fn(|cx| {
            use std::task::Poll;
            while !upstream_done && ready.len() < n {
                match assumed.as_mut().poll_next_unpin(cx) {
                    Poll::Ready(Some(x)) => ready.push_back(x),
                    Poll::Ready(None) => upstream_done = true,
                    Poll::Pending => break,
                }
            }
            while audits.len() < n {
                let Some(x) = ready.pop_front() else { break };
                audits.push(async move {
                    let (id, name, client) = x?;
                    let result = match client {
                        Ok(client) => audit(&client, partition, concurrency, |_, _| {}).await,
                        Err(e) => Err(e),
                    };
                    Ok::<_, IamError>(AccountAudit { account_id: id, name, result })
                });
            }
            match audits.poll_next_unpin(cx) {
                Poll::Ready(Some(r)) => Poll::Ready(Some(r)),
                _ if upstream_done && ready.is_empty() && audits.is_empty() => Poll::Ready(None),
                _ => Poll::Pending,
            }
        })
        .await;
        match next {
            Some(Ok(a)) => {
                summary.add(&a);
                done(a);
            }
            Some(Err(e)) => {
                listing.get_or_insert(e);
            }
            None => break,
        }
    }
    match listing {
        Some(e) => Err(e),
        None => Ok(summary),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::backend::{Action, ErrorCode, Observation, ObserveRequest, RolePage, RoleSummary};
    use std::collections::BTreeMap;
    use std::sync::Mutex;

    /// An account with `n` node roles, or one whose member role cannot be assumed.
    #[derive(Debug, Clone)]
    struct Fake {
        id: AccountId,
        roles: usize,
    }

    const TRUST: &str = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#;

    impl Iam for Fake {
        async fn account_id(&self) -> Result<AccountId, IamError> {
            Ok(self.id.clone())
        }
        async fn observe(&self, req: &ObserveRequest) -> Result<Observation, IamError> {
            let name = req.role.as_str().to_owned();
            Ok(Observation {
                role: Some(crate::model::backend::ObservedRole {
                    arn: format!("arn:aws:iam::{}:role/{name}", self.id.as_str()),
                    name,
                    path: "/".into(),
                    trust: TRUST.into(),
                    attached: vec![],
                    instance_profiles: vec![],
                    inline: vec![],
                    policies: None,
                    create_date: None,
                }),
                ..Default::default()
            })
        }
        async fn list_roles(&self, _: Option<String>) -> Result<RolePage, IamError> {
            Ok(RolePage {
                roles: (0..self.roles)
                    .map(|i| RoleSummary { name: format!("eksNodeRole{i}"), arn: format!("arn:aws:iam::{}:role/eksNodeRole{i}", self.id.as_str()), path: "/".into(), trust: TRUST.into() })
                    .collect(),
                marker: None,
            })
        }
        async fn apply(&self, _: &Action) -> Result<(), IamError> {
            unreachable!("an audit never writes")
        }
    }

    struct FakeOrg {
        accounts: BTreeMap<String, (usize, bool)>,
        opened: Mutex<Vec<String>>,
    }

    impl Organization for FakeOrg {
        type Member = Fake;
        async fn caller_account(&self) -> Result<AccountId, IamError> {
            Ok(AccountId::parse("111122223333").unwrap_or_else(|_| unreachable!()))
        }
        async fn list_accounts(&self, next: Option<String>) -> Result<AccountPage, IamError> {
            // Two accounts a page.
            let start: usize = next.map_or(0, |n| n.parse().unwrap_or(0));
            let all: Vec<_> = self.accounts.keys().collect();
            let accounts = all[start..(start + 2).min(all.len())]
                .iter()
                .map(|id| MemberAccount { id: (*id).clone(), name: format!("acct-{id}"), active: !id.starts_with('9') })
                .collect();
            Ok(AccountPage { accounts, next: (start + 2 < all.len()).then(|| (start + 2).to_string()) })
        }
        async fn member(&self, account: &AccountId) -> Result<Fake, IamError> {
            self.opened.lock().unwrap_or_else(|e| e.into_inner()).push(account.as_str().to_owned());
            match self.accounts.get(account.as_str()) {
                Some((n, true)) => Ok(Fake { id: account.clone(), roles: *n }),
                _ => Err(IamError::new(ErrorCode::AccessDenied, "not authorized to perform: sts:AssumeRole")),
            }
        }
    }

    fn block_on<F: Future>(f: F) -> F::Output {
        let mut f = std::pin::pin!(f);
        let waker = std::task::Waker::noop();
        let mut cx = std::task::Context::from_waker(waker);
        loop {
            if let std::task::Poll::Ready(v) = f.as_mut().poll(&mut cx) {
                return v;
            }
        }
    }

    #[test]
    fn faults_stay_local_and_inactive_accounts_are_skipped() {
        let org = FakeOrg {
            accounts: BTreeMap::from([
                ("111122223333".into(), (3, true)),
                ("222233334444".into(), (2, false)),
                ("333344445555".into(), (1, true)),
                ("999988887777".into(), (5, true)),
            ]),
            opened: Mutex::new(Vec::new()),
        };
        let mut seen = Vec::new();
        let mut listed = 0;
        let summary = block_on(audit_organization(&org, &Accounts::Organization { only: None }, Partition::Aws, 2, 4, |a, n| {
            listed = n;
            seen.push((a.account_id.as_str().to_owned(), a.result.is_ok()))
        }))
        .unwrap();
        assert_eq!(listed, 3, "accounts listed page by page, two a page; the suspended one is not audited");
        seen.sort();
        assert_eq!(seen, [("111122223333".to_owned(), true), ("222233334444".to_owned(), false), ("333344445555".to_owned(), true)]);
        assert_eq!(summary, OrgSummary { accounts_audited: 2, accounts_failed: 1, roles_found: 4, roles_with_errors: 4 });
        let only = Accounts::Organization { only: Some(vec![AccountId::parse("333344445555").unwrap()]) };
        let mut audited = Vec::new();
        block_on(audit_organization(&org, &only, Partition::Aws, 2, 4, |a, _| audited.push(a.account_id))).unwrap();
        assert_eq!(audited, ["333344445555"]);
        let listed = Accounts::Listed(vec![AccountId::parse("333344445555").unwrap()]);
        let s = block_on(audit_organization(&org, &listed, Partition::Aws, 1, 1, |_, _| {})).unwrap();
        assert_eq!(s.accounts_audited, 1);
    }

    /// An account whose ID Organizations lists malformed is reported as an account that could
    /// not be audited, with the ID as listed; its member role is never asked for.
    #[test]
    fn a_malformed_account_id_is_reported() {
        let org = |bad: &str| FakeOrg {
            accounts: BTreeMap::from([("111122223333".into(), (1, true)), (bad.to_owned(), (1, true))]),
            opened: Mutex::new(Vec::new()),
        };
        let run = |org: &FakeOrg| {
            let mut seen = Vec::new();
            let summary = block_on(audit_organization(org, &Accounts::Organization { only: None }, Partition::Aws, 2, 4, |a, _| seen.push(a))).unwrap();
            (summary, seen)
        };
        let bad = org("12345678901x");
        let (summary, seen) = run(&bad);
        assert_eq!((summary.accounts_audited, summary.accounts_failed), (1, 1));
        let failed = seen.iter().find(|a| a.account_id == "12345678901x").unwrap_or_else(|| panic!("reported: {seen:?}"));
        let e = failed.result.as_ref().unwrap_err();
        assert_eq!(e.code, ErrorCode::BadResponse(BadAnswer::AccountId));
        assert_eq!((e.details.as_slice(), e.operation.as_deref()), (&[(Detail::Account, "12345678901x".to_owned())][..], Some("ListAccounts")));
        assert_eq!(*bad.opened.lock().unwrap_or_else(|e| e.into_inner()), ["111122223333"]);
        // The twin: twelve digits is an account like any other.
        let good = org("123456789012");
        let (summary, _) = run(&good);
        assert_eq!((summary.accounts_audited, summary.accounts_failed), (2, 0));
        assert_eq!(good.opened.lock().unwrap_or_else(|e| e.into_inner()).len(), 2);
    }
}
