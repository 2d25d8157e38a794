//! The sandbox's AWS Organization: STS AssumeRole into its member accounts (the member role must
//! exist and its trust policy must let the caller in, evaluated as IAM does), Organizations
//! ListAccounts over its JSON protocol, and the routing of a signed request to the account whose
//! credentials signed it (assumed credentials name their account).

use std::time::{SystemTime, UNIX_EPOCH};

use rolecall_core::backend::{ErrorCode, IamError};
use rolecall_policy::eval::{self, Caller, Decision};
use rolecall_core::input::AccountId;
use rolecall_core::org::{AccountPage, MemberAccount, Organization};
use rolecall_policy::document::PolicyDocument;
use rolecall_core::Partition;
use serde_json::{json, Value};

use crate::{iso8601, MockIam, ACCOUNT_ID};

/// Numbers the credentials handed out.
static SERIAL: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

/// The session name rolecall uses (and the mock names its assumed roles after).
pub const SESSION_NAME: &str = "rolecall-audit";

/// The identity of the sandbox's own credentials.
pub fn caller_arn(p: Partition) -> String {
    format!("arn:{}:iam::{ACCOUNT_ID}:user/rolecall-test", p.id())
}

/// Credentials STS hands out for an assumed role.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssumedCredentials {
    /// `ASIA` + the account ID + 4 hex digits: requests signed with it go to that account.
    pub access_key_id: String,
    pub secret_access_key: String,
    pub session_token: String,
    pub expiration: String,
    pub assumed_role_arn: String,
}

/// The account whose assumed credentials signed a request (`Authorization: AWS4-HMAC-SHA256
/// Credential=ASIA111122223333ABCD/...`); `None` for the sandbox's own credentials.
pub fn account_of_authorization(header: &str) -> Option<String> {
    let key = header.split("Credential=").nth(1)?.split('/').next()?;
    let digits = key.strip_prefix("ASIA")?.get(..12)?;
    (key.len() == 20 && digits.bytes().all(|b| b.is_ascii_digit())).then(|| digits.to_owned())
}

fn denied(caller: &str, arn: &str) -> IamError {
    IamError::new(ErrorCode::AccessDenied, format!("User: {caller} is not authorized to perform: sts:AssumeRole on resource: {arn}"))
}

/// STS AssumeRole from the sandbox's own credentials.
pub fn assume_role(iam: &MockIam, role_arn: &str, session: &str, external_id: Option<&str>, duration: Option<&str>) -> Result<AssumedCredentials, IamError> {
    let part = iam.partition();
    let caller = caller_arn(part);
    let parts: Vec<&str> = role_arn.splitn(6, ':').collect();
    let [_, _, "iam", "", account, resource] = parts.as_slice() else {
        return Err(IamError::new(ErrorCode::Other("ValidationError".into()), format!("{role_arn} is invalid")));
    };
    if AccountId::parse(account).is_err() {
        return Err(IamError::new(ErrorCode::Other("ValidationError".into()), format!("{role_arn} is invalid")));
    }
    let name = resource.strip_prefix("role").and_then(|r| r.rsplit('/').next()).unwrap_or_default();
    let member = iam.for_account(account);
    let role = member.read(|a, _| a.get_role(name).ok()).ok_or_else(|| denied(&caller, role_arn))?;
    if role.arn != role_arn {
        return Err(denied(&caller, role_arn));
    }
    let doc = PolicyDocument::parse(&role.trust).map_err(|_| denied(&caller, role_arn))?;
    let mut ctx = eval::Context::service()
        .known("aws:PrincipalArn", caller.as_str())
        .known("aws:PrincipalAccount", ACCOUNT_ID)
        .known("aws:PrincipalType", "User")
        .known("aws:username", "rolecall-test");
    if let Some(id) = external_id {
        ctx = ctx.known("sts:ExternalId", id);
    }
    let req = eval::Request { caller: Caller::Aws(caller.clone()), actions: vec!["sts:AssumeRole".into()], context: ctx };
    if eval::evaluate(&doc, &req).decision != Decision::Allowed {
        return Err(denied(&caller, role_arn));
    }
    let seconds = match duration {
        Some(d) => d.parse::<u64>().ok().filter(|s| (900..=43_200).contains(s)).ok_or_else(|| {
            IamError::new(ErrorCode::Other("ValidationError".into()), format!("1 validation error detected: Value '{d}' at 'durationSeconds' failed to satisfy constraint"))
        })?,
        None => iam.organization().and_then(|o| o.session_seconds).unwrap_or(3600),
    };
    let now = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let serial = SERIAL.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    Ok(AssumedCredentials {
        access_key_id: format!("ASIA{account}{:04X}", serial % 0x1_0000),
        secret_access_key: format!("mockAssumedSecret{serial:08}{account}"),
        session_token: format!("mockAssumedSessionToken{serial:08}{account}"),
        expiration: iso8601(now + seconds),
        assumed_role_arn: format!("arn:{}:sts::{account}:assumed-role/{}/{session}", part.id(), role.name),
    })
}

/// Organizations over its JSON protocol (`X-Amz-Target: AWSOrganizationsV20161128.OPERATION`):
/// the HTTP status and the JSON body.
pub fn handle_json(iam: &MockIam, target: &str, body: &str) -> (u16, String) {
    let op = target.rsplit('.').next().unwrap_or_default();
    let err = |status: u16, kind: &str, message: &str| (status, json!({ "__type": kind, "Message": message }).to_string());
    if iam.account() != ACCOUNT_ID {
        return err(400, "AccessDeniedException", "You don't have permissions to access this resource.");
    }
    match op {
        "ListAccounts" => {
            let input: Value = serde_json::from_str(if body.trim().is_empty() { "{}" } else { body }).unwrap_or(Value::Null);
            let max = input.get("MaxResults").and_then(Value::as_u64).unwrap_or(20).clamp(1, 20) as usize;
            let start = match input.get("NextToken").and_then(Value::as_str) {
                None => 0,
                Some(t) => match t.parse::<usize>() {
                    Ok(n) => n,
                    Err(_) => return err(400, "InvalidInputException", "The provided NextToken is not valid."),
                },
            };
            let Some(org) = iam.organization() else {
                return err(400, "AWSOrganizationsNotInUseException", "Your account is not a member of an organization.");
            };
            let end = (start + max).min(org.accounts.len());
            let accounts: Vec<Value> = org.accounts[start.min(end)..end]
                .iter()
                .map(|a| {
                    let status = if a.state == "CLOSED" { "SUSPENDED" } else { a.state.as_str() };
                    json!({
                        "Id": a.id,
                        "Arn": format!("arn:{}:organizations::{ACCOUNT_ID}:account/o-mocksandbox/{}", iam.partition().id(), a.id),
                        "Email": format!("{}@example.com", a.id),
                        "Name": a.name,
                        "Status": status,
                        "State": a.state,
                        "JoinedMethod": "CREATED",
                        "JoinedTimestamp": 1_700_000_000.0,
                    })
                })
                .collect();
            let mut out = json!({ "Accounts": accounts });
            if end < org.accounts.len() {
                out["NextToken"] = json!(end.to_string());
            }
            (200, out.to_string())
        }
        _ => err(400, "UnknownOperationException", &format!("Unknown operation {op}")),
    }
}

/// The sandbox's organization, for `rolecall --backend mock audit --organization`.
#[derive(Debug)]
pub struct MockOrganization {
    base: MockIam,
    region: Option<String>,
    role_path: String,
    role_name: String,
    external_id: Option<String>,
}

impl MockOrganization {
    pub fn new(base: MockIam, region: Option<String>, role_path: &str, role_name: &str, external_id: Option<String>) -> MockOrganization {
        MockOrganization { base, region, role_path: role_path.to_owned(), role_name: role_name.to_owned(), external_id }
    }

    /// The region the sandbox answers for.
    pub fn region(&self) -> Option<String> {
        self.region.clone()
    }
}

impl Organization for MockOrganization {
    type Member = MockIam;

    async fn caller_account(&self) -> Result<AccountId, IamError> {
        AccountId::parse(ACCOUNT_ID).map_err(|_| IamError::of(ErrorCode::BadResponse(rolecall_core::backend::BadAnswer::NoAccountId)))
    }

    async fn list_accounts(&self, next: Option<String>) -> Result<AccountPage, IamError> {
        let body = match &next {
            Some(t) => json!({ "NextToken": t }).to_string(),
            None => "{}".into(),
        };
        let (status, text) = handle_json(&self.base, "AWSOrganizationsV20161128.ListAccounts", &body);
        let v: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
        if status != 200 {
            let kind = v["__type"].as_str().unwrap_or("Unknown").to_owned();
            return Err(IamError::new(ErrorCode::Other(kind), v["Message"].as_str().unwrap_or_default()).during("ListAccounts"));
        }
        let accounts = v["Accounts"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|a| {
                        let state = a["State"].as_str().or_else(|| a["Status"].as_str());
                        // The ID as listed: the core reports one that is not an account ID.
                        MemberAccount { id: a["Id"].as_str().unwrap_or_default().to_owned(), name: a["Name"].as_str().unwrap_or_default().to_owned(), active: state == Some("ACTIVE") }
                    })
                    .collect()
            })
            .unwrap_or_default();
        Ok(AccountPage { accounts, next: v["NextToken"].as_str().map(str::to_owned) })
    }

    async fn member(&self, account: &AccountId) -> Result<MockIam, IamError> {
        if account.as_str() == ACCOUNT_ID {
            return Ok(self.base.for_account(ACCOUNT_ID));
        }
        let arn = format!("arn:{}:iam::{}:role{}{}", self.base.partition().id(), account.as_str(), self.role_path, self.role_name);
        assume_role(&self.base, &arn, SESSION_NAME, self.external_id.as_deref(), None).map_err(|e| e.during("AssumeRole"))?;
        Ok(self.base.for_account(account.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn assumed_credentials_name_their_account() {
        assert_eq!(account_of_authorization("AWS4-HMAC-SHA256 Credential=ASIA444455556666000A/20240101/us-east-1/iam/aws4_request, SignedHeaders=host, Signature=00"), Some("444455556666".into()));
        assert_eq!(account_of_authorization("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20240101/us-east-1/iam/aws4_request"), None);
        assert_eq!(account_of_authorization("garbage"), None);
    }
}
