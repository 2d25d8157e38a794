//! What rolecall needs from IAM: the observed state of a role, the actions that change it, and
//! the [`Iam`] trait that both backends implement.
//!
//! The trait speaks in rolecall's terms (observe a role, apply an action), so each backend can
//! gather an observation its own way: the AWS backend issues its independent calls concurrently,
//! the mock answers from memory.

use std::fmt;
use std::future::Future;

use crate::model::input::{AccountId, RoleName};

/// An attached managed policy.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct AttachedPolicy {
    pub name: String,
    pub arn: String,
}

/// An instance profile and the roles in it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct InstanceProfileInfo {
    pub name: String,
    pub arn: String,
    pub roles: Vec<String>,
}

/// A role as IAM has it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ObservedRole {
    pub name: String,
    pub arn: String,
    pub path: String,
    /// The trust policy, decoded (IAM sends it URL-encoded).
    pub trust: String,
    pub attached: Vec<AttachedPolicy>,
    pub instance_profiles: Vec<InstanceProfileInfo>,
    /// The inline policies asked for in the request that exist, with their documents (decoded).
    pub inline: Vec<(String, String)>,
    /// What decides what the role may do (besides SCPs), when the request asked for it
    /// ([`ObserveRequest::permissions`]); `None` when it was not read.
    pub policies: Option<RolePolicies>,
    /// When IAM created the role (GetRole's `CreateDate`); `None` when the backend did not say.
    /// An EKS access entry created before it names an older role of the same ARN.
    pub create_date: Option<Timestamp>,
}

/// An instant as AWS answers it (IAM's `CreateDate`, EKS's `createdAt`): milliseconds since
/// 1970-01-01T00:00:00Z.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(i64);

impl Timestamp {
    pub fn from_millis(ms: i64) -> Self {
        Timestamp(ms)
    }

    pub fn from_secs(s: i64) -> Self {
        Timestamp(s.saturating_mul(1000))
    }

    pub fn millis(self) -> i64 {
        self.0
    }

    /// `YYYY-MM-DDTHH:MM:SSZ` (UTC; milliseconds when there are some), for messages.
    pub fn iso8601(self) -> String {
        let secs = self.0.div_euclid(1000);
        let ms = self.0.rem_euclid(1000);
        let days = secs.div_euclid(86_400);
        let rest = secs.rem_euclid(86_400);
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + i64::from(m <= 2);
        let (h, mi, s) = (rest / 3600, rest % 3600 / 60, rest % 60);
        if ms == 0 {
            format!("{y:04}-{m:02}-{d:02}T{h:02}:{mi:02}:{s:02}Z")
        } else {
            format!("{y:04}-{m:02}-{d:02}T{h:02}:{mi:02}:{s:02}.{ms:03}Z")
        }
    }
}

/// A managed policy's default version, as GetPolicy and GetPolicyVersion (or
/// GetAccountAuthorizationDetails) give it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PolicyVersion {
    pub arn: String,
    /// `v1`, `v2`...
    pub version_id: String,
    /// The document, decoded (IAM sends it URL-encoded).
    pub document: String,
}

/// Everything IAM weighs for a role's own requests, except SCPs: its identity policies (every
/// inline policy, the default version of every attached managed policy, AWS managed ones too:
/// they are versioned and differ by partition), its permissions boundary and its tags.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RolePolicies {
    /// Every inline policy (ListRolePolicies, GetRolePolicy): name and document, decoded.
    pub inline: Vec<(String, String)>,
    /// The default version of every attached managed policy, in ListAttachedRolePolicies' order.
    pub attached: Vec<PolicyVersion>,
    /// The permissions boundary (GetRole's `PermissionsBoundary`) and its default version.
    pub boundary: Option<PolicyVersion>,
    /// The role's tags (GetRole): its sessions carry them as `aws:PrincipalTag/*`.
    pub tags: Vec<(String, String)>,
}

/// One service control policy, as Organizations' DescribePolicy gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scp {
    /// `p-…`, or `p-FullAWSAccess`.
    pub id: String,
    pub name: String,
    /// The document (`Content`).
    pub document: String,
}

/// One level of the organization above an account: the root, an OU, or the account itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScpTarget {
    /// `r-…`, `ou-…`, or the account's ID.
    pub target: String,
    /// The SCPs attached there (ListPoliciesForTarget, DescribePolicy).
    pub policies: Vec<Scp>,
}

/// The SCPs that bound an account's principals, as far as the caller may read them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScpRead {
    /// Every level, root first, the account last (ListParents up to the root).
    Read(Vec<ScpTarget>),
    /// They could not be read: the error says why (AccessDenied from a member account, an
    /// endpoint that does not serve Organizations...).
    NotRead(IamError),
    /// SCPs bound no principal of this account.
    NotApplicable(ScpExempt),
}

/// Why SCPs bound nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScpExempt {
    /// The organization's management account.
    ManagementAccount,
    /// The account is in no organization (`AWSOrganizationsNotInUseException`).
    NoOrganization,
    /// A service-linked role (path `/aws-service-role/`).
    ServiceLinkedRole,
}

/// One role of GetAccountAuthorizationDetails (`Filter` Role).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleDetail {
    pub summary: RoleSummary,
    pub attached: Vec<AttachedPolicy>,
    /// Every inline policy, decoded.
    pub inline: Vec<(String, String)>,
    /// The permissions boundary's ARN.
    pub boundary: Option<String>,
    pub tags: Vec<(String, String)>,
    pub instance_profiles: Vec<InstanceProfileInfo>,
}

/// One page of GetAccountAuthorizationDetails (`Filter` Role, LocalManagedPolicy,
/// AWSManagedPolicy): its roles, and the default version of each managed policy it lists.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DetailsPage {
    pub roles: Vec<RoleDetail>,
    pub policies: Vec<PolicyVersion>,
    /// Where the next page starts; `None` on the last page.
    pub marker: Option<String>,
}

impl ObservedRole {
    /// The account the role lives in, from its ARN.
    pub fn account(&self) -> Option<AccountId> {
        self.arn.split(':').nth(4).and_then(|a| AccountId::parse(a).ok())
    }
}

/// What to look at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ObserveRequest {
    pub role: RoleName,
    /// Inline policies whose documents are wanted (GetRolePolicy; absent ones are left out).
    pub inline_policies: Vec<String>,
    /// Customer managed policies whose existence is wanted (GetPolicy).
    pub customer_policies: Vec<String>,
    /// An instance profile to look up by name (GetInstanceProfile).
    pub instance_profile: Option<String>,
    /// The role as ListRoles already gave it: GetRole is skipped.
    pub listed: Option<RoleSummary>,
    /// Read what decides what the role may do: every inline policy, the default version of each
    /// attached policy, the boundary and its document, the tags ([`ObservedRole::policies`]).
    pub permissions: bool,
}

impl ObserveRequest {
    pub fn role(role: RoleName) -> Self {
        ObserveRequest { role, inline_policies: Vec::new(), customer_policies: Vec::new(), instance_profile: None, listed: None, permissions: false }
    }

    /// The `aws iam` commands that read what this request reads, one shell line each.
    pub fn aws_cli_lines(&self) -> Vec<String> {
        let role = shell_quote(self.role.as_str());
        let mut out = vec![
            format!("aws iam get-role --role-name {role}"),
            format!("aws iam list-attached-role-policies --role-name {role}"),
            format!("aws iam list-instance-profiles-for-role --role-name {role}"),
        ];
        for p in &self.inline_policies {
            out.push(format!("aws iam get-role-policy --role-name {role} --policy-name {}", shell_quote(p)));
        }
        for arn in &self.customer_policies {
            out.push(format!("aws iam get-policy --policy-arn {}", shell_quote(arn)));
        }
        if let Some(p) = &self.instance_profile {
            out.push(format!("aws iam get-instance-profile --instance-profile-name {}", shell_quote(p)));
        }
        out
    }
}

/// What IAM answered.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Observation {
    pub role: Option<ObservedRole>,
    /// For each requested customer policy ARN, whether it exists.
    pub customer_policies: Vec<(String, bool)>,
    /// The requested instance profile, if it exists.
    pub instance_profile: Option<InstanceProfileInfo>,
    /// The SCPs that bound the role's account, when they were asked for (read beside the IAM
    /// reads, not by `observe`).
    pub scps: Option<ScpRead>,
    /// The backend read what decides the role's permissions ([`ObserveRequest::permissions`]):
    /// [`ObservedRole::policies`] when the role exists, and a role a plan creates is judged
    /// from what the plan attaches.
    pub permissions_read: bool,
}

/// A role in a ListRoles page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleSummary {
    pub name: String,
    pub arn: String,
    pub path: String,
    /// The trust policy, decoded.
    pub trust: String,
}

/// One page of ListRoles.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RolePage {
    pub roles: Vec<RoleSummary>,
    /// Where the next page starts; `None` on the last page.
    pub marker: Option<String>,
}

/// An IAM write, named as the IAM API names it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, schemars::JsonSchema)]
#[serde(tag = "action")]
pub enum Action {
    CreateRole { role_name: String, path: String, assume_role_policy_document: String, description: String },
    UpdateAssumeRolePolicy { role_name: String, policy_document: String },
    CreatePolicy { policy_name: String, policy_document: String },
    AttachRolePolicy { role_name: String, policy_arn: String },
    DetachRolePolicy { role_name: String, policy_arn: String },
    PutRolePolicy { role_name: String, policy_name: String, policy_document: String },
    CreateInstanceProfile { instance_profile_name: String, path: String },
    AddRoleToInstanceProfile { instance_profile_name: String, role_name: String },
}

impl Action {
    /// The IAM API operation.
    pub fn api_name(&self) -> &'static str {
        match self {
            Action::CreateRole { .. } => "CreateRole",
            Action::UpdateAssumeRolePolicy { .. } => "UpdateAssumeRolePolicy",
            Action::CreatePolicy { .. } => "CreatePolicy",
            Action::AttachRolePolicy { .. } => "AttachRolePolicy",
            Action::DetachRolePolicy { .. } => "DetachRolePolicy",
            Action::PutRolePolicy { .. } => "PutRolePolicy",
            Action::CreateInstanceProfile { .. } => "CreateInstanceProfile",
            Action::AddRoleToInstanceProfile { .. } => "AddRoleToInstanceProfile",
        }
    }

    /// Whether the action creates something (after which IAM may be eventually consistent).
    pub fn is_create(&self) -> bool {
        matches!(self, Action::CreateRole { .. } | Action::CreatePolicy { .. } | Action::CreateInstanceProfile { .. })
    }

    /// The main subject of the action (role, policy or instance profile name), for messages.
    pub fn subject(&self) -> &str {
        match self {
            Action::CreateRole { role_name, .. }
            | Action::UpdateAssumeRolePolicy { role_name, .. }
            | Action::AttachRolePolicy { role_name, .. }
            | Action::DetachRolePolicy { role_name, .. }
            | Action::PutRolePolicy { role_name, .. } => role_name,
            Action::CreatePolicy { policy_name, .. } => policy_name,
            Action::CreateInstanceProfile { instance_profile_name, .. } | Action::AddRoleToInstanceProfile { instance_profile_name, .. } => {
                instance_profile_name
            }
        }
    }

    /// The equivalent `aws iam` command line, as argv words (policy documents inline as JSON).
    pub fn aws_cli(&self) -> Vec<String> {
        let mut v: Vec<String> = vec!["aws".into(), "iam".into()];
        let mut arg = |k: &str, val: &str| {
            v.push(format!("--{k}"));
            v.push(val.to_owned());
        };
        let cmd = match self {
            Action::CreateRole { role_name, path, assume_role_policy_document, description } => {
                let words = ["create-role"];
                arg("role-name", role_name);
                if path != "/" {
                    arg("path", path);
                }
                arg("description", description);
                arg("assume-role-policy-document", assume_role_policy_document);
                words
            }
            Action::UpdateAssumeRolePolicy { role_name, policy_document } => {
                arg("role-name", role_name);
                arg("policy-document", policy_document);
                ["update-assume-role-policy"]
            }
            Action::CreatePolicy { policy_name, policy_document } => {
                arg("policy-name", policy_name);
                arg("policy-document", policy_document);
                ["create-policy"]
            }
            Action::AttachRolePolicy { role_name, policy_arn } => {
                arg("role-name", role_name);
                arg("policy-arn", policy_arn);
                ["attach-role-policy"]
            }
            Action::DetachRolePolicy { role_name, policy_arn } => {
                arg("role-name", role_name);
                arg("policy-arn", policy_arn);
                ["detach-role-policy"]
            }
            Action::PutRolePolicy { role_name, policy_name, policy_document } => {
                arg("role-name", role_name);
                arg("policy-name", policy_name);
                arg("policy-document", policy_document);
                ["put-role-policy"]
            }
            Action::CreateInstanceProfile { instance_profile_name, path } => {
                arg("instance-profile-name", instance_profile_name);
                if path != "/" {
                    arg("path", path);
                }
                ["create-instance-profile"]
            }
            Action::AddRoleToInstanceProfile { instance_profile_name, role_name } => {
                arg("instance-profile-name", instance_profile_name);
                arg("role-name", role_name);
                ["add-role-to-instance-profile"]
            }
        };
        v.insert(2, cmd[0].to_owned());
        v
    }

    /// The command line as one shell-quoted string.
    pub fn aws_cli_line(&self) -> String {
        self.aws_cli().iter().map(|w| shell_quote(w)).collect::<Vec<_>>().join(" ")
    }
}

/// Quotes a word for POSIX shells when it needs it.
pub fn shell_quote(w: &str) -> String {
    if !w.is_empty() && w.chars().all(|c| c.is_ascii_alphanumeric() || "-_./:=@,+".contains(c)) {
        w.to_owned()
    } else {
        format!("'{}'", w.replace('\'', r"'\''"))
    }
}

/// IAM's error codes, and the failures around them. Data only: the CLI says each in the
/// operator's language; IAM's own words, when it sent some, are [`IamError::message`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ErrorCode {
    EntityAlreadyExists,
    NoSuchEntity,
    MalformedPolicyDocument,
    LimitExceeded,
    InvalidInput,
    DeleteConflict,
    UnmodifiableEntity,
    ConcurrentModification,
    EntityTemporarilyUnmodifiable,
    PolicyNotAttachable,
    ServiceFailure,
    Throttling,
    AccessDenied,
    /// No credentials were found in the standard chain.
    NoCredentials,
    /// The endpoint could not be reached (DNS, connection refused, TLS).
    Unreachable,
    /// No answer in time.
    Timeout,
    /// An answer rolecall cannot use, and what is wrong with it.
    BadResponse(BadAnswer),
    /// Local I/O, and what rolecall was doing (details `file` or `address`; the message is the
    /// operating system's).
    Io(IoStep),
    /// The endpoint answered with something that is not an IAM response (details `status`,
    /// `content_type`).
    NotIam,
    /// The chosen profile is in neither shared file (details `profile`, `config_file`,
    /// `credentials_file`).
    ProfileNotFound,
    /// A shared config or credentials file cannot be parsed (details `file`, `line`).
    ProfileFileInvalid,
    /// The profile's `credential_process` failed (details `profile`, `file`).
    CredentialProcessFailed,
    /// An AWS managed policy that GetPolicy does not find in this partition, after IAM answered
    /// `NoSuchEntity` to attaching it (details `policy`, `partition`).
    ManagedPolicyMissing,
    /// A document or file over rolecall's size bound, and which (details `size`, `limit`, and
    /// `file` for a file).
    TooLarge(Oversized),
    /// The mock's state file was written by a newer rolecall (details `file`, `format`, `known`).
    StateFormat,
    /// The SDK could not build the request (its configuration, such as the endpoint, is unusable).
    RequestConstruction,
    /// A failure the SDK could not classify.
    Unknown,
    /// Anything else IAM answered.
    Other(String),
}

/// What is wrong with an answer rolecall cannot use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BadAnswer {
    /// It could not be read at all.
    Unreadable,
    /// GetRole answered without a role.
    NoRole,
    /// GetCallerIdentity answered without an account id.
    NoAccountId,
    /// A role name that is not one (detail `role`).
    RoleName,
    /// Organizations listed an account whose ID is not 12 digits (detail `account`, as listed).
    AccountId,
}

/// What rolecall was doing when local I/O failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IoStep {
    /// Resolving a path's symbolic links.
    Resolve,
    /// Creating a directory.
    CreateDir,
    /// Opening a file.
    Open,
    /// Locking a file.
    Lock,
    /// Reading a file.
    Read,
    /// Writing a file.
    Write,
    /// Reading the mock's state file, which is not one (details `line`, `column`).
    NotStateFile,
    /// The state file is named like its lock file.
    LockName,
    /// The state file is a directory or another special file.
    NotAFile,
    /// The state file may not be written (by this user, or by anyone: no write permission).
    NotWritable,
    /// Listening on an address (detail `address`).
    Listen,
    /// Waiting for Ctrl-C or SIGTERM.
    Signal,
    /// Starting the asynchronous runtime.
    Runtime,
}

/// What was over rolecall's size bound.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Oversized {
    /// A policy document in an answer.
    PolicyDocument,
    /// The mock's state file.
    StateFile,
    /// The mock's state file as a write would make it (details `file`, `size`, `limit`).
    StateWrite,
}

impl ErrorCode {
    pub fn as_str(&self) -> &str {
        match self {
            ErrorCode::EntityAlreadyExists => "EntityAlreadyExists",
            ErrorCode::NoSuchEntity => "NoSuchEntity",
            ErrorCode::MalformedPolicyDocument => "MalformedPolicyDocument",
            ErrorCode::LimitExceeded => "LimitExceeded",
            ErrorCode::InvalidInput => "InvalidInput",
            ErrorCode::DeleteConflict => "DeleteConflict",
            ErrorCode::UnmodifiableEntity => "UnmodifiableEntity",
            ErrorCode::ConcurrentModification => "ConcurrentModification",
            ErrorCode::EntityTemporarilyUnmodifiable => "EntityTemporarilyUnmodifiable",
            ErrorCode::PolicyNotAttachable => "PolicyNotAttachable",
            ErrorCode::ServiceFailure => "ServiceFailure",
            ErrorCode::Throttling => "Throttling",
            ErrorCode::AccessDenied => "AccessDenied",
            ErrorCode::NoCredentials => "NoCredentials",
            ErrorCode::Unreachable => "Unreachable",
            ErrorCode::Timeout => "Timeout",
            ErrorCode::BadResponse(_) => "BadResponse",
            ErrorCode::Io(_) => "Io",
            ErrorCode::NotIam => "NotIamResponse",
            ErrorCode::ProfileNotFound => "ProfileNotFound",
            ErrorCode::ProfileFileInvalid => "ProfileFileInvalid",
            ErrorCode::CredentialProcessFailed => "CredentialProcessFailed",
            ErrorCode::ManagedPolicyMissing => "ManagedPolicyMissing",
            ErrorCode::TooLarge(_) => "TooLarge",
            ErrorCode::StateFormat => "StateFormat",
            ErrorCode::RequestConstruction => "RequestConstruction",
            ErrorCode::Unknown => "Unknown",
            ErrorCode::Other(s) => s,
        }
    }

    /// Reads an IAM error code.
    pub fn from_code(s: &str) -> ErrorCode {
        match s {
            "EntityAlreadyExists" => ErrorCode::EntityAlreadyExists,
            "NoSuchEntity" => ErrorCode::NoSuchEntity,
            "MalformedPolicyDocument" => ErrorCode::MalformedPolicyDocument,
            "LimitExceeded" => ErrorCode::LimitExceeded,
            "InvalidInput" => ErrorCode::InvalidInput,
            "DeleteConflict" => ErrorCode::DeleteConflict,
            "UnmodifiableEntity" => ErrorCode::UnmodifiableEntity,
            "ConcurrentModification" => ErrorCode::ConcurrentModification,
            "EntityTemporarilyUnmodifiable" => ErrorCode::EntityTemporarilyUnmodifiable,
            "PolicyNotAttachable" => ErrorCode::PolicyNotAttachable,
            "ServiceFailure" => ErrorCode::ServiceFailure,
            "Throttling" | "ThrottlingException" | "RequestLimitExceeded" => ErrorCode::Throttling,
            "AccessDenied" | "AccessDeniedException" | "UnauthorizedOperation" => ErrorCode::AccessDenied,
            other => ErrorCode::Other(other.to_owned()),
        }
    }

    /// The HTTP status IAM answers this error with.
    pub fn http_status(&self) -> u16 {
        match self {
            ErrorCode::NoSuchEntity => 404,
            ErrorCode::EntityAlreadyExists
            | ErrorCode::LimitExceeded
            | ErrorCode::DeleteConflict
            | ErrorCode::ConcurrentModification
            | ErrorCode::EntityTemporarilyUnmodifiable => 409,
            ErrorCode::ServiceFailure => 500,
            ErrorCode::AccessDenied => 403,
            _ => 400,
        }
    }
}

/// A fact an error's message names. The names are the messages' variables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Detail {
    File,
    Line,
    Column,
    Status,
    ContentType,
    Profile,
    ConfigFile,
    CredentialsFile,
    Size,
    Limit,
    Format,
    Known,
    Address,
    Role,
    Policy,
    Partition,
    Account,
}

impl Detail {
    pub fn name(self) -> &'static str {
        match self {
            Detail::File => "file",
            Detail::Line => "line",
            Detail::Column => "column",
            Detail::Status => "status",
            Detail::ContentType => "content_type",
            Detail::Profile => "profile",
            Detail::ConfigFile => "config_file",
            Detail::CredentialsFile => "credentials_file",
            Detail::Size => "size",
            Detail::Limit => "limit",
            Detail::Format => "format",
            Detail::Known => "known",
            Detail::Address => "address",
            Detail::Role => "role",
            Detail::Policy => "policy",
            Detail::Partition => "partition",
            Detail::Account => "account",
        }
    }
}

/// A failed IAM call, or a failure around one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IamError {
    pub code: ErrorCode,
    /// What IAM (or STS, Organizations, the operating system) said, exactly as it said it (never
    /// carries credentials); empty when only rolecall describes the failure, by `code` and
    /// `details`. rolecall's own words are never here.
    pub message: String,
    /// The IAM operation that failed, if known.
    pub operation: Option<String>,
    /// Facts a message about this error names (a profile, a file, an HTTP status).
    pub details: Vec<(Detail, String)>,
}

impl IamError {
    /// An error with the words IAM (or another service, or the system) sent.
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        IamError { code, message: message.into(), operation: None, details: Vec::new() }
    }

    /// An error rolecall describes by its code and details alone.
    pub fn of(code: ErrorCode) -> Self {
        IamError::new(code, String::new())
    }

    /// Adds a fact for the message.
    pub fn with(mut self, key: Detail, value: impl Into<String>) -> Self {
        self.details.push((key, value.into()));
        self
    }

    /// A fact added with [`IamError::with`].
    pub fn detail(&self, key: Detail) -> Option<&str> {
        self.details.iter().find(|(k, _)| *k == key).map(|(_, v)| v.as_str())
    }

    pub fn during(mut self, operation: &str) -> Self {
        self.operation.get_or_insert_with(|| operation.to_owned());
        self
    }
}

/// For logs and tests: the operation, the code and the words that came with it.
impl fmt::Display for IamError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.operation {
            Some(op) => write!(f, "{op}: {}: {}", self.code.as_str(), self.message),
            None => write!(f, "{}: {}", self.code.as_str(), self.message),
        }
    }
}

impl std::error::Error for IamError {}

/// The IAM operations rolecall needs. Every future is `Send`, so a backend can be driven by any
/// executor; the core itself never runs one.
pub trait Iam: Sync {
    /// The account the caller's credentials belong to.
    fn account_id(&self) -> impl Future<Output = Result<AccountId, IamError>> + Send;

    /// Looks at a role and the things around it that checks and plans need.
    fn observe(&self, req: &ObserveRequest) -> impl Future<Output = Result<Observation, IamError>> + Send;

    /// One page of ListRoles, of the maximum size.
    fn list_roles(&self, marker: Option<String>) -> impl Future<Output = Result<RolePage, IamError>> + Send;

    /// Carries out one write.
    fn apply(&self, action: &Action) -> impl Future<Output = Result<(), IamError>> + Send;

    /// The document (default version, decoded) of the account's customer managed policy of this
    /// name at path `/`, if there is one. A CreatePolicy that finds its policy already there
    /// compares it with what it sent. A backend that cannot look answers `None`, and such a
    /// CreatePolicy stays a failure.
    fn customer_policy_document(&self, name: &str) -> impl Future<Output = Result<Option<String>, IamError>> + Send {
        let _ = name;
        std::future::ready(Ok(None))
    }

    /// The SCPs that bound the principals of `account` (the caller's when `None`): Organizations'
    /// DescribeOrganization, ListParents up to the root, ListPoliciesForTarget and DescribePolicy
    /// per level. Never an error: what cannot be read is [`ScpRead::NotRead`].
    fn service_control_policies(&self, account: Option<&AccountId>) -> impl Future<Output = ScpRead> + Send {
        let _ = account;
        std::future::ready(ScpRead::NotRead(IamError::of(ErrorCode::Other("UnsupportedOperation".into())).during("DescribeOrganization")))
    }

    /// One page of GetAccountAuthorizationDetails with `Filter` Role, LocalManagedPolicy and
    /// AWSManagedPolicy. A backend that cannot answers an error, and `audit` reads role by role.
    fn authorization_details(&self, marker: Option<String>) -> impl Future<Output = Result<DetailsPage, IamError>> + Send {
        let _ = marker;
        std::future::ready(Err(IamError::of(ErrorCode::Other("UnsupportedOperation".into())).during("GetAccountAuthorizationDetails")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cli_lines_quote_documents() {
        let a = Action::AttachRolePolicy { role_name: "r".into(), policy_arn: "arn:aws:iam::aws:policy/X".into() };
        assert_eq!(a.aws_cli_line(), "aws iam attach-role-policy --role-name r --policy-arn arn:aws:iam::aws:policy/X");
        let p = Action::PutRolePolicy { role_name: "r".into(), policy_name: "p".into(), policy_document: r#"{"a":"it's"}"#.into() };
        assert!(p.aws_cli_line().ends_with(r#"--policy-document '{"a":"it'\''s"}'"#));
    }

    #[test]
    fn error_codes_round_trip() {
        for c in ["EntityAlreadyExists", "NoSuchEntity", "MalformedPolicyDocument", "LimitExceeded", "InvalidInput", "DeleteConflict", "UnmodifiableEntity", "ConcurrentModification", "EntityTemporarilyUnmodifiable", "PolicyNotAttachable", "ServiceFailure", "Throttling"] {
            assert_eq!(ErrorCode::from_code(c).as_str(), c);
        }
        assert_eq!(ErrorCode::NoSuchEntity.http_status(), 404);
        assert_eq!(ErrorCode::LimitExceeded.http_status(), 409);
        assert_eq!(ErrorCode::Throttling.http_status(), 400);
    }

    #[test]
    fn timestamps_read_as_utc() {
        assert_eq!(Timestamp::from_secs(0).iso8601(), "1970-01-01T00:00:00Z");
        assert_eq!(Timestamp::from_secs(1_709_251_199).iso8601(), "2024-02-29T23:59:59Z");
        assert_eq!(Timestamp::from_millis(951_782_400_123).iso8601(), "2000-02-29T00:00:00.123Z");
        assert!(Timestamp::from_secs(1) < Timestamp::from_millis(1001));
    }
}
