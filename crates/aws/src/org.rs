//! An AWS Organization: its accounts through Organizations ListAccounts, and a client per
//! member account through STS AssumeRole.
//!
//! The caller's credentials stay what they are: they list the organization, assume the member
//! role, and read the caller's own account. Each member account gets a client of its own whose
//! credentials come from an `AssumeRoleProvider` (cached, and refreshed before they expire),
//! so no account's credentials ever stand in for another's.

use std::sync::Arc;

use aws_config::sts::AssumeRoleProvider;
use aws_credential_types::provider::{ProvideCredentials, SharedCredentialsProvider};
use rolecall_core::backend::{ErrorCode, Iam, IamError};
use rolecall_core::input::AccountId;
use rolecall_core::org::{AccountPage, MemberAccount, MemberRole, Organization};

use crate::{credentials, AwsIam};

/// The session name rolecall uses in every member account (CloudTrail shows it).
pub const SESSION_NAME: &str = "rolecall-audit";

/// The organization, seen from the caller's account.
#[derive(Debug, Clone)]
pub struct AwsOrganization {
    base: AwsIam,
    orgs: aws_sdk_organizations::Client,
    role: MemberRole,
    caller: Arc<tokio::sync::OnceCell<AccountId>>,
}

impl AwsOrganization {
    /// `base` is the caller's client; `role` the member role to assume.
    pub fn new(base: AwsIam, role: MemberRole) -> AwsOrganization {
        let orgs = base.orgs.clone();
        AwsOrganization { base, orgs, role, caller: Arc::new(tokio::sync::OnceCell::new()) }
    }

    /// The ARN of the member role in an account.
    pub fn role_arn(&self, account: &AccountId) -> String {
        format!("arn:{}:iam::{}:role{}{}", self.base.partition().id(), account.as_str(), self.role.path.as_str(), self.role.name.as_str())
    }
}

impl Organization for AwsOrganization {
    type Member = AwsIam;

    async fn caller_account(&self) -> Result<AccountId, IamError> {
        self.caller.get_or_try_init(|| self.base.account_id()).await.cloned()
    }

    async fn list_accounts(&self, next: Option<String>) -> Result<AccountPage, IamError> {
        let out = self.base.call("ListAccounts", self.orgs.list_accounts().set_next_token(next).send()).await?;
        let accounts = out
            .accounts()
            .iter()
            .map(|a| {
                // `State` replaces the older `Status`; either says ACTIVE.
                let active = match (a.state(), a.status()) {
                    (Some(s), _) => s.as_str() == "ACTIVE",
                    (None, Some(s)) => s.as_str() == "ACTIVE",
                    (None, None) => false,
                };
                // The ID as listed: the core reports one that is not an account ID (an empty one
                // too). Cannot hide a failure: an account's name is only shown.
                MemberAccount { id: a.id().unwrap_or_default().to_owned(), name: a.name().unwrap_or_default().to_owned(), active }
            })
            .collect();
        Ok(AccountPage { accounts, next: out.next_token().map(str::to_owned) })
    }

    async fn member(&self, account: &AccountId) -> Result<AwsIam, IamError> {
        if *account == self.caller_account().await? {
            return Ok(self.base.clone());
        }
        let mut builder = AssumeRoleProvider::builder(self.role_arn(account)).session_name(SESSION_NAME);
        if let Some(id) = &self.role.external_id {
            builder = builder.external_id(id);
        }
        let provider = builder.configure(&self.base.conf).build().await;
        let noting = credentials::Noting { inner: SharedCredentialsProvider::new(provider), secrets: self.base.secrets.clone() };
        // Assume now, so that an account whose role cannot be assumed is reported as such; the
        // client's first call uses these credentials rather than assume the role again.
        let start = std::time::Instant::now();
        let first = noting.provide_credentials().await;
        self.base.tell(crate::Progress::Call { operation: "AssumeRole", millis: start.elapsed().as_millis(), ok: first.is_ok() });
        let first = first.map_err(|e| assume_error(&e).during("AssumeRole"))?;
        let primed = Primed { first: std::sync::Mutex::new(Some(first)), inner: noting };
        let conf = (*self.base.conf).clone().into_builder().credentials_provider(SharedCredentialsProvider::new(primed)).build();
        Ok(self.base.with_config(conf))
    }
}

/// Hands out credentials fetched ahead once, then asks the provider behind it (which assumes the
/// role again when they are about to expire).
#[derive(Debug)]
struct Primed<P> {
    first: std::sync::Mutex<Option<aws_credential_types::Credentials>>,
    inner: P,
}

impl<P: ProvideCredentials> ProvideCredentials for Primed<P> {
    fn provide_credentials<'a>(&'a self) -> aws_credential_types::provider::future::ProvideCredentials<'a>
    where
        Self: 'a,
    {
        let first = self.first.lock().unwrap_or_else(std::sync::PoisonError::into_inner).take();
        match first {
            Some(c) => aws_credential_types::provider::future::ProvideCredentials::ready(Ok(c)),
            None => self.inner.provide_credentials(),
        }
    }
}

/// What went wrong assuming the member role, in IAM's terms: STS's own error when the provider
/// passes it on (its code and its words), else classified from the provider's error.
fn assume_error(e: &aws_credential_types::provider::error::CredentialsError) -> IamError {
    type StsError = aws_smithy_runtime_api::client::result::SdkError<aws_sdk_sts::operation::assume_role::AssumeRoleError, aws_smithy_runtime_api::http::Response>;
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(s) = source {
        if let Some(sts) = s.downcast_ref::<StsError>() {
            return crate::to_iam_error(sts);
        }
        source = s.source();
    }
    let mut text = String::new();
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(s) = source {
        text.push_str(&s.to_string());
        text.push(' ');
        source = s.source();
    }
    let code = if text.contains("AccessDenied") || text.contains("not authorized") {
        ErrorCode::AccessDenied
    } else if text.contains("Throttling") || text.contains("Rate exceeded") {
        ErrorCode::Throttling
    } else if text.contains("timeout") || text.contains("timed out") {
        ErrorCode::Timeout
    } else if text.contains("dispatch failure") || text.contains("connection") {
        ErrorCode::Unreachable
    } else {
        ErrorCode::Other("AssumeRole".into())
    };
    IamError::new(code, text.trim().to_owned())
}
