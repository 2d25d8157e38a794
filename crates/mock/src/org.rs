//! The sandbox's AWS Organization: STS AssumeRole into its member accounts (the member role must
//! exist and its trust policy must let the caller in, evaluated as IAM does), Organizations over
//! its JSON protocol (accounts, the root, OUs and service control policies, with Organizations'
//! error types), the SCPs that bound an account as the `Iam` trait reads them, and the routing
//! of a signed request to the account whose credentials signed it (assumed credentials name
//! their account).

use std::time::{SystemTime, UNIX_EPOCH};

use rolecall_core::backend::{ErrorCode, IamError, Scp, ScpExempt, ScpRead, ScpTarget};
use rolecall_policy::eval::{self, Caller, Decision};
use rolecall_core::input::AccountId;
use rolecall_core::org::{AccountPage, MemberAccount, Organization};
use rolecall_policy::document::PolicyDocument;
use rolecall_core::Partition;
use serde_json::{json, Value};

use crate::state::{OrgPoliciesRec, OuRec, ScpRec};
use crate::{iso8601, MockIam, ACCOUNT_ID};

/// Numbers the credentials handed out.
static SERIAL: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

/// The session name rolecall uses (and the mock names its assumed roles after).
pub const SESSION_NAME: &str = "rolecall-audit";

pub use crate::caller_arn;

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
    // Cannot hide a failure: a resource that is no role names no role, and the assume is denied below.
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

/// An error as Organizations answers it: its `__type`, its words, and for some its `Reason`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrgError {
    pub kind: String,
    pub message: String,
    pub reason: Option<String>,
}

impl OrgError {
    fn new(kind: &str, message: impl Into<String>) -> OrgError {
        OrgError { kind: kind.to_owned(), message: message.into(), reason: None }
    }

    /// `ConstraintViolationException` with its `Reason`.
    fn constraint(reason: &str, message: &str) -> OrgError {
        OrgError::new("ConstraintViolationException", message).with_reason(reason)
    }

    fn with_reason(mut self, reason: &str) -> OrgError {
        self.reason = Some(reason.to_owned());
        self
    }

    /// The error as the `Iam` trait reports it (`AccessDeniedException` is `AccessDenied`).
    pub fn to_iam(&self, operation: &str) -> IamError {
        IamError::new(ErrorCode::from_code(&self.kind), self.message.clone()).during(operation)
    }

    fn body(&self) -> String {
        let mut v = json!({ "__type": self.kind, "Message": self.message });
        if let Some(r) = &self.reason {
            v["Reason"] = json!(r);
        }
        v.to_string()
    }
}

/// The organization's ID, the root's, and FullAWSAccess's.
pub const ORG_ID: &str = "o-mocksandbox";
pub const ROOT_ID: &str = "r-mock";
pub const FULL_AWS_ACCESS: &str = "p-FullAWSAccess";
/// The policy type rolecall reads (the only one the mock knows).
pub const SCP: &str = "SERVICE_CONTROL_POLICY";
/// FullAWSAccess's document.
pub const FULL_AWS_ACCESS_CONTENT: &str = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}"#;
/// The largest SCP document, in characters (Organizations' quota).
pub const SCP_MAX_CHARS: usize = 5120;
/// SCPs one target may have attached at most.
pub const SCPS_PER_TARGET: usize = 5;

/// Whether an Organizations operation changes anything.
pub fn is_mutating(op: &str) -> bool {
    !(op.starts_with("Describe") || op.starts_with("List"))
}

fn org_arn(p: Partition, kind: &str, id: &str) -> String {
    format!("arn:{}:organizations::{ACCOUNT_ID}:{kind}/{ORG_ID}/{id}", p.id())
}

fn policy_arn(p: Partition, id: &str) -> String {
    if id == FULL_AWS_ACCESS {
        format!("arn:{}:organizations::aws:policy/service_control_policy/{id}", p.id())
    } else {
        org_arn(p, "policy/service_control_policy", id)
    }
}

/// Organizations over its JSON protocol (`X-Amz-Target: AWSOrganizationsV20161128.OPERATION`):
/// the HTTP status and the JSON body.
pub fn handle_json(iam: &MockIam, target: &str, body: &str) -> (u16, String) {
    // Cannot hide a failure: `rsplit` yields at least one piece.
    let op = target.rsplit('.').next().unwrap_or_default();
    let input: Value = match serde_json::from_str(if body.trim().is_empty() { "{}" } else { body }) {
        Ok(v @ Value::Object(_)) => v,
        _ => return (400, OrgError::new("SerializationException", "The request body is not a JSON object.").body()),
    };
    match call(iam, op, &input) {
        Ok(v) => (200, v.to_string()),
        Err(e) => (400, e.body()),
    }
}

/// One Organizations operation, its input and output as JSON values.
pub fn call(iam: &MockIam, op: &str, input: &Value) -> Result<Value, OrgError> {
    let (organization, pol) = iam.read_state(|st| (st.organization.clone(), st.org_policies.clone()));
    let known = ["DescribeOrganization", "ListAccounts", "ListRoots", "ListParents", "ListPoliciesForTarget", "DescribePolicy", "EnablePolicyType", "DisablePolicyType", "CreateOrganizationalUnit", "MoveAccount", "CreatePolicy", "AttachPolicy", "DetachPolicy"];
    if !known.contains(&op) {
        return Err(OrgError::new("UnknownOperationException", format!("Unknown operation {op}")));
    }
    let caller = iam.account();
    let org = match &organization {
        Some(o) if caller == ACCOUNT_ID || o.accounts.iter().any(|a| a.id == caller) => o,
        _ => return Err(OrgError::new("AWSOrganizationsNotInUseException", "Your account is not a member of an organization.")),
    };
    let p = iam.partition();
    if op == "DescribeOrganization" {
        // Any account of the organization may describe it.
        let types: Vec<Value> = if pol.scp_enabled { vec![json!({ "Type": SCP, "Status": "ENABLED" })] } else { Vec::new() };
        return Ok(json!({ "Organization": {
            "Id": ORG_ID,
            "Arn": format!("arn:{}:organizations::{ACCOUNT_ID}:organization/{ORG_ID}", p.id()),
            "FeatureSet": "ALL",
            "MasterAccountArn": format!("arn:{}:organizations::{ACCOUNT_ID}:account/{ORG_ID}/{ACCOUNT_ID}", p.id()),
            "MasterAccountId": ACCOUNT_ID,
            "MasterAccountEmail": format!("{ACCOUNT_ID}@example.com"),
            "AvailablePolicyTypes": types,
        }}));
    }
    // Only the management account reads or changes the rest (the mock has no delegated administrator).
    if caller != ACCOUNT_ID {
        return Err(OrgError::new("AccessDeniedException", "You don't have permissions to access this resource."));
    }
    let str_in = |k: &str| -> Result<&str, OrgError> {
        input.get(k).and_then(Value::as_str).ok_or_else(|| OrgError::new("InvalidInputException", format!("You provided a value that does not match the required pattern for {k}.")).with_reason("INVALID_PATTERN"))
    };
    let pol = &pol;
    let is_account = |id: &str| id == ACCOUNT_ID || org.accounts.iter().any(|a| a.id == id);
    let is_ou = |id: &str| pol.ous.iter().any(|o| o.id == id);
    let parent_of = |id: &str| -> Option<String> {
        if is_account(id) {
            Some(pol.parents.get(id).cloned().unwrap_or_else(|| ROOT_ID.to_owned()))
        } else {
            pol.ous.iter().find(|o| o.id == id).map(|o| o.parent.clone())
        }
    };
    let policy_of = |id: &str| -> Result<ScpRec, OrgError> {
        if id == FULL_AWS_ACCESS {
            return Ok(ScpRec { id: FULL_AWS_ACCESS.into(), name: "FullAWSAccess".into(), description: "Allows access to every operation".into(), content: FULL_AWS_ACCESS_CONTENT.into() });
        }
        pol.policies.iter().find(|s| s.id == id).cloned().ok_or_else(|| OrgError::new("PolicyNotFoundException", "We can't find a policy with the PolicyId that you specified."))
    };
    let summary = |s: &ScpRec| json!({ "Id": s.id, "Arn": policy_arn(p, &s.id), "Name": s.name, "Description": s.description, "Type": SCP, "AwsManaged": s.id == FULL_AWS_ACCESS });
    let root = |enabled: bool| {
        let types: Vec<Value> = if enabled { vec![json!({ "Type": SCP, "Status": "ENABLED" })] } else { Vec::new() };
        json!({ "Id": ROOT_ID, "Arn": org_arn(p, "root", ROOT_ID), "Name": "Root", "PolicyTypes": types })
    };
    let policy_type = |k: &str| -> Result<(), OrgError> {
        match str_in(k)? {
            SCP => Ok(()),
            "TAG_POLICY" | "BACKUP_POLICY" | "AISERVICES_OPT_OUT_POLICY" | "RESOURCE_CONTROL_POLICY" | "CHATBOT_POLICY" | "DECLARATIVE_POLICY_EC2" => {
                Err(OrgError::new("PolicyTypeNotAvailableForOrganizationException", "The rolecall mock knows only service control policies."))
            }
            other => Err(OrgError::new("InvalidInputException", format!("{other} is not a policy type.")).with_reason("INVALID_ENUM")),
        }
    };
    match op {
        "ListAccounts" => {
            let (start, max) = paging(input)?;
            let end = (start + max).min(org.accounts.len());
            let accounts: Vec<Value> = org.accounts[start.min(end)..end]
                .iter()
                .map(|a| {
                    let status = if a.state == "CLOSED" { "SUSPENDED" } else { a.state.as_str() };
                    json!({
                        "Id": a.id,
                        "Arn": org_arn(p, "account", &a.id),
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
            Ok(out)
        }
        "ListRoots" => Ok(json!({ "Roots": [root(pol.scp_enabled)] })),
        "ListParents" => {
            let child = str_in("ChildId")?;
            let parent = parent_of(child).ok_or_else(|| OrgError::new("ChildNotFoundException", "We can't find an organizational unit (OU) or AWS account with the ChildId that you specified."))?;
            let kind = if parent == ROOT_ID { "ROOT" } else { "ORGANIZATIONAL_UNIT" };
            Ok(json!({ "Parents": [{ "Id": parent, "Type": kind }] }))
        }
        "ListPoliciesForTarget" => {
            policy_type("Filter")?;
            let target = str_in("TargetId")?;
            if target != ROOT_ID && !is_ou(target) && !is_account(target) {
                return Err(OrgError::new("TargetNotFoundException", "We can't find a root, OU, account, or policy with the TargetId that you specified."));
            }
            let ids = attached_to(pol, target);
            let (start, max) = paging(input)?;
            let end = (start + max).min(ids.len());
            let policies: Vec<Value> = ids[start.min(end)..end].iter().filter_map(|id| policy_of(id).ok()).map(|s| summary(&s)).collect();
            let mut out = json!({ "Policies": policies });
            if end < ids.len() {
                out["NextToken"] = json!(end.to_string());
            }
            Ok(out)
        }
        "DescribePolicy" => {
            let s = policy_of(str_in("PolicyId")?)?;
            Ok(json!({ "Policy": { "PolicySummary": summary(&s), "Content": s.content } }))
        }
        "EnablePolicyType" | "DisablePolicyType" => {
            if str_in("RootId")? != ROOT_ID {
                return Err(OrgError::new("RootNotFoundException", "We can't find a root with the RootId that you specified."));
            }
            policy_type("PolicyType")?;
            let enable = op == "EnablePolicyType";
            write(iam, op, |o| {
                match (enable, o.scp_enabled) {
                    (true, true) => return Err(OrgError::new("PolicyTypeAlreadyEnabledException", "The specified policy type is already enabled.")),
                    (false, false) => return Err(OrgError::new("PolicyTypeNotEnabledException", "This operation can be performed only for enabled policy types.")),
                    _ => {}
                }
                // Disabling detaches every SCP; enabling attaches FullAWSAccess everywhere.
                o.scp_enabled = enable;
                o.attached.clear();
                o.full_access_detached.clear();
                Ok(json!({ "Root": root(enable) }))
            })
        }
        "CreateOrganizationalUnit" => {
            let (parent, name) = (str_in("ParentId")?, str_in("Name")?);
            if parent != ROOT_ID && !is_ou(parent) {
                return Err(OrgError::new("ParentNotFoundException", "We can't find a root or OU with the ParentId that you specified."));
            }
            if name.is_empty() || name.chars().count() > 128 {
                return Err(OrgError::new("InvalidInputException", "You provided a value that does not match the required pattern.").with_reason("INVALID_NAME"));
            }
            write(iam, op, |o| {
                if o.ous.iter().any(|u| u.parent == parent && u.name == name) {
                    return Err(OrgError::new("DuplicateOrganizationalUnitException", "An OU with the same name already exists."));
                }
                o.serial += 1;
                let id = format!("ou-mock-{:08x}", o.serial);
                o.ous.push(OuRec { id: id.clone(), name: name.to_owned(), parent: parent.to_owned() });
                Ok(json!({ "OrganizationalUnit": { "Id": id, "Arn": org_arn(p, "ou", &id), "Name": name } }))
            })
        }
        "MoveAccount" => {
            let (account, source, dest) = (str_in("AccountId")?, str_in("SourceParentId")?, str_in("DestinationParentId")?);
            if !is_account(account) {
                return Err(OrgError::new("AccountNotFoundException", "You specified an account that doesn't exist."));
            }
            if source != ROOT_ID && !is_ou(source) || parent_of(account).as_deref() != Some(source) {
                return Err(OrgError::new("SourceParentNotFoundException", "We can't find a source root or OU with the ParentId that you specified."));
            }
            if dest != ROOT_ID && !is_ou(dest) {
                return Err(OrgError::new("DestinationParentNotFoundException", "We can't find the destination container (a root or OU) with the ParentId that you specified."));
            }
            if dest == source {
                return Err(OrgError::new("DuplicateAccountException", "That account is already present in the specified destination."));
            }
            write(iam, op, |o| {
                if dest == ROOT_ID {
                    o.parents.remove(account);
                } else {
                    o.parents.insert(account.to_owned(), dest.to_owned());
                }
                Ok(json!({}))
            })
        }
        "CreatePolicy" => {
            let (name, content) = (str_in("Name")?, str_in("Content")?);
            // Cannot hide a failure: the description is optional.
            let description = input.get("Description").and_then(Value::as_str).unwrap_or_default();
            policy_type("Type")?;
            if name.is_empty() || name.chars().count() > 128 {
                return Err(OrgError::new("InvalidInputException", "You provided a value that does not match the required pattern.").with_reason("INVALID_NAME"));
            }
            validate_scp(content)?;
            write(iam, op, |o| {
                if o.policies.iter().any(|s| s.name == name) {
                    return Err(OrgError::new("DuplicatePolicyException", "A policy with the same name already exists."));
                }
                o.serial += 1;
                let s = ScpRec { id: format!("p-mock{:08x}", o.serial), name: name.to_owned(), description: description.to_owned(), content: content.to_owned() };
                o.policies.push(s.clone());
                Ok(json!({ "Policy": { "PolicySummary": summary(&s), "Content": s.content } }))
            })
        }
        "AttachPolicy" | "DetachPolicy" => {
            let (id, target) = (str_in("PolicyId")?, str_in("TargetId")?);
            policy_of(id)?;
            if target != ROOT_ID && !is_ou(target) && !is_account(target) {
                return Err(OrgError::new("TargetNotFoundException", "We can't find a root, OU, account, or policy with the TargetId that you specified."));
            }
            let attach = op == "AttachPolicy";
            write(iam, op, |o| {
                if !o.scp_enabled {
                    return Err(OrgError::new("PolicyTypeNotEnabledException", "This operation can be performed only for enabled policy types."));
                }
                let now = attached_to(o, target);
                let there = now.iter().any(|a| a == id);
                if attach {
                    if there {
                        return Err(OrgError::new("DuplicatePolicyAttachmentException", "The selected policy is already attached to the specified target."));
                    }
                    if now.len() >= SCPS_PER_TARGET {
                        return Err(OrgError::constraint("POLICY_NUMBER_LIMIT_EXCEEDED", "You have attached the maximum number of policies to this target."));
                    }
                } else {
                    if !there {
                        return Err(OrgError::new("PolicyNotAttachedException", "The policy isn't attached to the specified target in the specified root."));
                    }
                    if now.len() == 1 {
                        return Err(OrgError::constraint("MIN_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED", "A target must have at least one service control policy attached."));
                    }
                }
                match (id == FULL_AWS_ACCESS, attach) {
                    (true, true) => o.full_access_detached.retain(|t| t != target),
                    (true, false) => o.full_access_detached.push(target.to_owned()),
                    (false, true) => o.attached.entry(target.to_owned()).or_default().push(id.to_owned()),
                    (false, false) => {
                        let list = o.attached.entry(target.to_owned()).or_default();
                        list.retain(|a| a != id);
                        if list.is_empty() {
                            o.attached.remove(target);
                        }
                    }
                }
                Ok(json!({}))
            })
        }
        // Cannot hide a failure: every operation in `known` is matched above.
        _ => Err(OrgError::new("UnknownOperationException", format!("Unknown operation {op}"))),
    }
}

/// `NextToken` and `MaxResults` (1-20).
fn paging(input: &Value) -> Result<(usize, usize), OrgError> {
    let max = input.get("MaxResults").and_then(Value::as_u64).unwrap_or(20).clamp(1, 20) as usize;
    let start = match input.get("NextToken").and_then(Value::as_str) {
        None => 0,
        Some(t) => t.parse::<usize>().map_err(|_| OrgError::new("InvalidInputException", "The provided NextToken is not valid.").with_reason("INVALID_NEXT_TOKEN"))?,
    };
    Ok((start, max))
}

/// The SCPs attached to a target: FullAWSAccess first unless it was detached, then the others
/// in the order they were attached (none while SCPs are not enabled).
pub fn attached_to(o: &OrgPoliciesRec, target: &str) -> Vec<String> {
    if !o.scp_enabled {
        return Vec::new();
    }
    let full = (!o.full_access_detached.iter().any(|t| t == target)).then(|| FULL_AWS_ACCESS.to_owned());
    full.into_iter().chain(o.attached.get(target).cloned().unwrap_or_default()).collect()
}

/// Checks an SCP as Organizations does: a policy document, without `Principal` (SCPs bound the
/// account's principals), at most [`SCP_MAX_CHARS`] characters.
fn validate_scp(content: &str) -> Result<(), OrgError> {
    if content.chars().count() > SCP_MAX_CHARS {
        return Err(OrgError::constraint("POLICY_CONTENT_LIMIT_EXCEEDED", "The provided policy document exceeds the maximum size."));
    }
    let malformed = |why: &str| OrgError::new("MalformedPolicyDocumentException", format!("The provided policy document doesn't meet the requirements of the specified policy type: {why}"));
    let doc = PolicyDocument::parse(content).map_err(|_| malformed("it is not a valid policy document"))?;
    if doc.statements.iter().any(|s| s.principal.is_some() || s.not_principal.is_some()) {
        return Err(malformed("an SCP may not have a Principal"));
    }
    Ok(())
}

/// Changes the organization's policies and persists them.
fn write(iam: &MockIam, op: &str, f: impl FnOnce(&mut OrgPoliciesRec) -> Result<Value, OrgError>) -> Result<Value, OrgError> {
    match iam.write_state(op, |st| f(&mut st.org_policies)) {
        Ok(r) => r,
        Err(e) => Err(OrgError::new("ServiceException", e.to_string())),
    }
}

/// The SCPs that bound `account`'s principals, read as the AWS backend reads them, through the
/// Organizations operations the caller may call: DescribeOrganization, then ListParents up to the
/// root and ListPoliciesForTarget and DescribePolicy at each level. While the SCP policy type is
/// not enabled on the root, SCPs bound nothing, as in no organization.
pub fn service_control_policies(iam: &MockIam, account: &str) -> ScpRead {
    let org = match call(iam, "DescribeOrganization", &json!({})) {
        Ok(v) => v,
        Err(e) if e.kind == "AWSOrganizationsNotInUseException" => return ScpRead::NotApplicable(ScpExempt::NoOrganization),
        Err(e) => return ScpRead::NotRead(e.to_iam("DescribeOrganization")),
    };
    let org = &org["Organization"];
    let member = iam.read_state(|st| st.organization.as_ref().is_some_and(|o| o.accounts.iter().any(|a| a.id == account)));
    if org["MasterAccountId"].as_str() == Some(account) {
        return ScpRead::NotApplicable(ScpExempt::ManagementAccount);
    }
    if !member {
        return ScpRead::NotApplicable(ScpExempt::NoOrganization);
    }
    let enabled = org["AvailablePolicyTypes"].as_array().is_some_and(|t| t.iter().any(|t| t["Type"] == SCP && t["Status"] == "ENABLED"));
    if !enabled {
        return ScpRead::NotApplicable(ScpExempt::NoOrganization);
    }
    let read = || -> Result<Vec<ScpTarget>, IamError> {
        let mut path = vec![account.to_owned()];
        loop {
            // Cannot hide a failure: `path` starts with one element and only grows.
            let child = path.last().cloned().unwrap_or_default();
            let parents = call(iam, "ListParents", &json!({ "ChildId": child })).map_err(|e| e.to_iam("ListParents"))?;
            let parent = &parents["Parents"][0];
            let id = parent["Id"].as_str().ok_or_else(|| IamError::of(ErrorCode::BadResponse(rolecall_core::backend::BadAnswer::Unreadable)).during("ListParents"))?;
            path.push(id.to_owned());
            if parent["Type"] == "ROOT" || path.len() > 7 {
                break;
            }
        }
        path.reverse();
        let mut levels = Vec::new();
        for target in path {
            let mut policies = Vec::new();
            let mut next: Option<String> = None;
            loop {
                let mut input = json!({ "TargetId": target, "Filter": SCP });
                if let Some(t) = &next {
                    input["NextToken"] = json!(t);
                }
                let page = call(iam, "ListPoliciesForTarget", &input).map_err(|e| e.to_iam("ListPoliciesForTarget"))?;
                for s in page["Policies"].as_array().into_iter().flatten() {
                    // Cannot hide a failure: the mock's own answer always has the policy's Id.
                    let d = call(iam, "DescribePolicy", &json!({ "PolicyId": s["Id"] })).map_err(|e| e.to_iam("DescribePolicy"))?;
                    let p = &d["Policy"];
                    policies.push(Scp {
                        id: p["PolicySummary"]["Id"].as_str().unwrap_or_default().to_owned(),
                        name: p["PolicySummary"]["Name"].as_str().unwrap_or_default().to_owned(),
                        document: p["Content"].as_str().unwrap_or_default().to_owned(),
                    });
                }
                next = page["NextToken"].as_str().map(str::to_owned);
                if next.is_none() {
                    break;
                }
            }
            levels.push(ScpTarget { target, policies });
        }
        Ok(levels)
    };
    match read() {
        Ok(levels) => ScpRead::Read(levels),
        Err(e) => ScpRead::NotRead(e),
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
            // Cannot hide a failure: the error keeps its code; the message is only its words.
            return Err(IamError::new(ErrorCode::Other(kind), v["Message"].as_str().unwrap_or_default()).during("ListAccounts"));
        }
        let accounts = v["Accounts"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|a| {
                        let state = a["State"].as_str().or_else(|| a["Status"].as_str());
                        // The ID as listed: the core reports one that is not an account ID (an empty
                        // one too). Cannot hide a failure: an account's name is only shown.
                        MemberAccount { id: a["Id"].as_str().unwrap_or_default().to_owned(), name: a["Name"].as_str().unwrap_or_default().to_owned(), active: state == Some("ACTIVE") }
                    })
                    .collect()
            })
            // Cannot hide a failure: the answer is the mock's own (`handle_json`), which always lists `Accounts`.
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
