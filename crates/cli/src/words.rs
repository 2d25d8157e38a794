//! What rolecall says for each value of its enums: exhaustive matches from the core's types to
//! the message constants generated from `locales/en/` ([`rolecall_i18n::ids`]). A new finding
//! code, role kind, status, action, field or error without its message does not compile; a
//! finding's arguments are checked against its message by the tests below.

use std::borrow::Cow;

use rolecall_core::backend::{Action, BadAnswer, ErrorCode, IoStep, Oversized};
use rolecall_core::check::Status;
use rolecall_core::finding::{ArgValue, Code, Finding, Severity};
use rolecall_core::input::Field;
use rolecall_core::lint::DocKind;
use rolecall_policy::document::{Expected, JsonSyntax};
use rolecall_core::role::RoleKind;
use rolecall_i18n::{ids, text, Id, Messages, Msg, Plain, Value};

macro_rules! findings {
    ($($code:ident => $message:ident, $fix:ident;)*) => {
        /// A finding's message.
        pub fn finding(c: Code) -> Id {
            match c { $(Code::$code => Id::from(ids::$message),)* }
        }

        /// How to address a finding.
        pub fn finding_fix(c: Code) -> Id {
            match c { $(Code::$code => Id::from(ids::$fix),)* }
        }
    };
}

findings! {
    RoleMissing => FINDING_ROLE_MISSING, FINDING_ROLE_MISSING_FIX;
    RoleAlsoFound => FINDING_ROLE_ALSO_FOUND, FINDING_ROLE_ALSO_FOUND_FIX;
    TrustInvalid => FINDING_TRUST_INVALID, FINDING_TRUST_INVALID_FIX;
    TrustPrincipalMissing => FINDING_TRUST_PRINCIPAL_MISSING, FINDING_TRUST_PRINCIPAL_MISSING_FIX;
    TrustPrincipalPartition => FINDING_TRUST_PRINCIPAL_PARTITION, FINDING_TRUST_PRINCIPAL_PARTITION_FIX;
    TrustSourceArnMissing => FINDING_TRUST_SOURCE_ARN_MISSING, FINDING_TRUST_SOURCE_ARN_MISSING_FIX;
    TrustClusterNotCovered => FINDING_TRUST_CLUSTER_NOT_COVERED, FINDING_TRUST_CLUSTER_NOT_COVERED_FIX;
    TrustExtraPrincipal => FINDING_TRUST_EXTRA_PRINCIPAL, FINDING_TRUST_EXTRA_PRINCIPAL_FIX;
    TrustSharedRole => FINDING_TRUST_SHARED_ROLE, FINDING_TRUST_SHARED_ROLE_FIX;
    PolicyMissing => FINDING_POLICY_MISSING, FINDING_POLICY_MISSING_FIX;
    PolicyOutdated => FINDING_POLICY_OUTDATED, FINDING_POLICY_OUTDATED_FIX;
    CniOnNodeRole => FINDING_CNI_ON_NODE_ROLE, FINDING_CNI_ON_NODE_ROLE_FIX;
    InstanceProfileMissing => FINDING_INSTANCE_PROFILE_MISSING, FINDING_INSTANCE_PROFILE_MISSING_FIX;
    InstanceProfileTaken => FINDING_INSTANCE_PROFILE_TAKEN, FINDING_INSTANCE_PROFILE_TAKEN_FIX;
    PermissionMissing => FINDING_PERMISSION_MISSING, FINDING_PERMISSION_MISSING_FIX;
    PolicyDocumentDiffers => FINDING_POLICY_DOCUMENT_DIFFERS, FINDING_POLICY_DOCUMENT_DIFFERS_FIX;
    JsonInvalid => FINDING_JSON_INVALID, FINDING_JSON_INVALID_FIX;
    JsonDuplicateKey => FINDING_JSON_DUPLICATE_KEY, FINDING_JSON_DUPLICATE_KEY_FIX;
    PolicyStructure => FINDING_POLICY_STRUCTURE, FINDING_POLICY_STRUCTURE_FIX;
    VersionMissing => FINDING_VERSION_MISSING, FINDING_VERSION_MISSING_FIX;
    VersionUnknown => FINDING_VERSION_UNKNOWN, FINDING_VERSION_UNKNOWN_FIX;
    ArnMalformed => FINDING_ARN_MALFORMED, FINDING_ARN_MALFORMED_FIX;
    PrincipalMalformed => FINDING_PRINCIPAL_MALFORMED, FINDING_PRINCIPAL_MALFORMED_FIX;
    ActionMalformed => FINDING_ACTION_MALFORMED, FINDING_ACTION_MALFORMED_FIX;
    PlaceholderLeft => FINDING_PLACEHOLDER_LEFT, FINDING_PLACEHOLDER_LEFT_FIX;
    PolicyHasPrincipal => FINDING_POLICY_HAS_PRINCIPAL, FINDING_POLICY_HAS_PRINCIPAL_FIX;
    TrustNoPrincipal => FINDING_TRUST_NO_PRINCIPAL, FINDING_TRUST_NO_PRINCIPAL_FIX;
    TrustHasResource => FINDING_TRUST_HAS_RESOURCE, FINDING_TRUST_HAS_RESOURCE_FIX;
    TrustActionInvalid => FINDING_TRUST_ACTION_INVALID, FINDING_TRUST_ACTION_INVALID_FIX;
    TrustNotPrincipal => FINDING_TRUST_NOT_PRINCIPAL, FINDING_TRUST_NOT_PRINCIPAL_FIX;
    TrustDenied => FINDING_TRUST_DENIED, FINDING_TRUST_DENIED_FIX;
    TrustConditionUnmet => FINDING_TRUST_CONDITION_UNMET, FINDING_TRUST_CONDITION_UNMET_FIX;
    TrustUndecided => FINDING_TRUST_UNDECIDED, FINDING_TRUST_UNDECIDED_FIX;
    TrustClusterPartlyCovered => FINDING_TRUST_CLUSTER_PARTLY_COVERED, FINDING_TRUST_CLUSTER_PARTLY_COVERED_FIX;
    TrustPrincipalPartitionLegacy => FINDING_TRUST_PRINCIPAL_PARTITION_LEGACY, FINDING_TRUST_PRINCIPAL_PARTITION_LEGACY_FIX;
    PolicySuperseded => FINDING_POLICY_SUPERSEDED, FINDING_POLICY_SUPERSEDED_FIX;
    PolicySupersededWider => FINDING_POLICY_SUPERSEDED_WIDER, FINDING_POLICY_SUPERSEDED_WIDER_FIX;
    FargateUnavailable => FINDING_FARGATE_UNAVAILABLE, FINDING_FARGATE_UNAVAILABLE_FIX;
    RepairCannotCover => FINDING_REPAIR_CANNOT_COVER, FINDING_REPAIR_CANNOT_COVER_FIX;
    RepairWouldNarrow => FINDING_REPAIR_WOULD_NARROW, FINDING_REPAIR_WOULD_NARROW_FIX;
    AuditRoleShared => FINDING_AUDIT_ROLE_SHARED, FINDING_AUDIT_ROLE_SHARED_FIX;
    AuditClusterSeveralRoles => FINDING_AUDIT_CLUSTER_SEVERAL_ROLES, FINDING_AUDIT_CLUSTER_SEVERAL_ROLES_FIX;
    AuditNodeNoInstanceProfile => FINDING_AUDIT_NODE_NO_INSTANCE_PROFILE, FINDING_AUDIT_NODE_NO_INSTANCE_PROFILE_FIX;
    PrincipalNoCnForm => FINDING_PRINCIPAL_NO_CN_FORM, FINDING_PRINCIPAL_NO_CN_FORM_FIX;
    PrincipalCnUndocumented => FINDING_PRINCIPAL_CN_UNDOCUMENTED, FINDING_PRINCIPAL_CN_UNDOCUMENTED_FIX;
    ArnCorrected => FINDING_ARN_CORRECTED, FINDING_ARN_CORRECTED_FIX;
    AwsPolicyUnknown => FINDING_AWS_POLICY_UNKNOWN, FINDING_AWS_POLICY_UNKNOWN_FIX;
    AwsPolicyNotListed => FINDING_AWS_POLICY_NOT_LISTED, FINDING_AWS_POLICY_NOT_LISTED_FIX;
    CustomerPolicyArn => FINDING_CUSTOMER_POLICY_ARN, FINDING_CUSTOMER_POLICY_ARN_FIX;
    NameNotCreated => FINDING_NAME_NOT_CREATED, FINDING_NAME_NOT_CREATED_FIX;
    PolicyNameUnknown => FINDING_POLICY_NAME_UNKNOWN, FINDING_POLICY_NAME_UNKNOWN_FIX;
    CommandPolicyOutdated => FINDING_COMMAND_POLICY_OUTDATED, FINDING_COMMAND_POLICY_OUTDATED_FIX;
    JsonFragmentDuplicateKey => FINDING_JSON_FRAGMENT_DUPLICATE_KEY, FINDING_JSON_FRAGMENT_DUPLICATE_KEY_FIX;
    ResourceNoPrincipal => FINDING_RESOURCE_NO_PRINCIPAL, FINDING_RESOURCE_NO_PRINCIPAL_FIX;
    TrustActionMissing => FINDING_TRUST_ACTION_MISSING, FINDING_TRUST_ACTION_MISSING_FIX;
    TrustScoped => FINDING_TRUST_SCOPED, FINDING_TRUST_SCOPED_FIX;
    AuditClusterNodeShared => FINDING_AUDIT_CLUSTER_NODE_SHARED, FINDING_AUDIT_CLUSTER_NODE_SHARED_FIX;
    AuditConfusedDeputy => FINDING_AUDIT_CONFUSED_DEPUTY, FINDING_AUDIT_CONFUSED_DEPUTY_FIX;
    AuditTrustUnreadable => FINDING_AUDIT_TRUST_UNREADABLE, FINDING_AUDIT_TRUST_UNREADABLE_FIX;
    PermissionNotGranted => FINDING_PERMISSION_NOT_GRANTED, FINDING_PERMISSION_NOT_GRANTED_FIX;
    PermissionDenied => FINDING_PERMISSION_DENIED, FINDING_PERMISSION_DENIED_FIX;
    PermissionBlockedByBoundary => FINDING_PERMISSION_BLOCKED_BY_BOUNDARY, FINDING_PERMISSION_BLOCKED_BY_BOUNDARY_FIX;
    PermissionBlockedByScp => FINDING_PERMISSION_BLOCKED_BY_SCP, FINDING_PERMISSION_BLOCKED_BY_SCP_FIX;
    PermissionUndecided => FINDING_PERMISSION_UNDECIDED, FINDING_PERMISSION_UNDECIDED_FIX;
    ScpsNotRead => FINDING_SCPS_NOT_READ, FINDING_SCPS_NOT_READ_FIX;
    PolicyEquivalent => FINDING_POLICY_EQUIVALENT, FINDING_POLICY_EQUIVALENT_FIX;
    PolicyMissingGranted => FINDING_POLICY_MISSING_GRANTED, FINDING_POLICY_MISSING_GRANTED_FIX;
    FargateRoleNodeGroupShared => FINDING_FARGATE_ROLE_NODE_GROUP_SHARED, FINDING_FARGATE_ROLE_NODE_GROUP_SHARED_FIX;
    FargateProfileNotTrusted => FINDING_FARGATE_PROFILE_NOT_TRUSTED, FINDING_FARGATE_PROFILE_NOT_TRUSTED_FIX;
    FargateProfileTrustUndecided => FINDING_FARGATE_PROFILE_TRUST_UNDECIDED, FINDING_FARGATE_PROFILE_TRUST_UNDECIDED_FIX;
    AccessEntryMissing => FINDING_ACCESS_ENTRY_MISSING, FINDING_ACCESS_ENTRY_MISSING_FIX;
    AccessEntryMissingAwsAuth => FINDING_ACCESS_ENTRY_MISSING_AWS_AUTH, FINDING_ACCESS_ENTRY_MISSING_AWS_AUTH_FIX;
    AccessPolicyMissing => FINDING_ACCESS_POLICY_MISSING, FINDING_ACCESS_POLICY_MISSING_FIX;
    AccessEntryStale => FINDING_ACCESS_ENTRY_STALE, FINDING_ACCESS_ENTRY_STALE_FIX;
    AccessEntryRoleMissing => FINDING_ACCESS_ENTRY_ROLE_MISSING, FINDING_ACCESS_ENTRY_ROLE_MISSING_FIX;
    AwsAuthUnread => FINDING_AWS_AUTH_UNREAD, FINDING_AWS_AUTH_UNREAD_FIX;
    AwsAuthRolePath => FINDING_AWS_AUTH_ROLE_PATH, FINDING_AWS_AUTH_ROLE_PATH_FIX;
    OidcProviderMissing => FINDING_OIDC_PROVIDER_MISSING, FINDING_OIDC_PROVIDER_MISSING_FIX;
    PodIdentityTagsRejected => FINDING_POD_IDENTITY_TAGS_REJECTED, FINDING_POD_IDENTITY_TAGS_REJECTED_FIX;
    PodIdentityTagsUndecided => FINDING_POD_IDENTITY_TAGS_UNDECIDED, FINDING_POD_IDENTITY_TAGS_UNDECIDED_FIX;
    PodIdentityTargetNotTrusted => FINDING_POD_IDENTITY_TARGET_NOT_TRUSTED, FINDING_POD_IDENTITY_TARGET_NOT_TRUSTED_FIX;
    PodIdentityTargetUndecided => FINDING_POD_IDENTITY_TARGET_UNDECIDED, FINDING_POD_IDENTITY_TARGET_UNDECIDED_FIX;
    EksNotRead => FINDING_EKS_NOT_READ, FINDING_EKS_NOT_READ_FIX;
}

/// A finding's message, with its arguments: text values through `ext` (which escapes values from
/// outside for a terminal), dates as the locale writes them, the others through their messages.
pub fn finding_text(m: &Messages, f: &Finding, ext: &dyn Fn(&str) -> Cow<'_, str>) -> String {
    debug_assert!(f.missing_args().is_empty(), "{} lacks {:?}", f.code.as_str(), f.missing_args());
    let values: Vec<(&str, String)> = f
        .args
        .iter()
        .map(|(k, v)| {
            let shown = match v {
                ArgValue::Text(s) => ext(s).into_owned(),
                ArgValue::Date(d) => m.date(d),
                ArgValue::Expected(e) => m.get(expected(*e)),
                ArgValue::Syntax(s) => m.get(json_syntax(*s)),
                ArgValue::Cause(cause) => finding_text(m, cause, ext),
            };
            (k.name(), shown)
        })
        .collect();
    // An optional argument the finding lacks is given empty, which `PRESENT` tells from a value.
    let absent = f.code.optional_args().iter().filter(|a| f.args.get(**a).is_none()).map(|a| (a.name(), text("")));
    let args: Vec<(&str, Value<'_>)> = values.iter().map(|(k, v)| (*k, text(v))).chain(absent).collect();
    m.dynamic(finding(f.code), &args)
}

/// How to address a finding, with the arguments its report names (stable names, values as JSON
/// carries them, through `ext` like the message's).
pub fn finding_fix_text<'v>(m: &Messages, code: Code, args: impl IntoIterator<Item = (&'v str, &'v str)>, ext: &dyn Fn(&str) -> Cow<'_, str>) -> String {
    let values: Vec<(&str, String)> = args.into_iter().map(|(k, v)| (k, ext(v).into_owned())).collect();
    let absent = code.optional_args().iter().filter(|a| !values.iter().any(|(k, _)| *k == a.name())).map(|a| (a.name(), text("")));
    let args: Vec<(&str, Value<'_>)> = values.iter().map(|(k, v)| (*k, text(v))).chain(absent).collect();
    m.dynamic(finding_fix(code), &args)
}

/// What IAM expects at an element of a policy.
pub fn expected(e: Expected) -> Plain {
    match e {
        Expected::Document => ids::POLICY_EXPECTED_DOCUMENT,
        Expected::DocumentKey => ids::POLICY_EXPECTED_DOCUMENT_KEY,
        Expected::Statements => ids::POLICY_EXPECTED_STATEMENTS,
        Expected::Statement => ids::POLICY_EXPECTED_STATEMENT,
        Expected::StatementKey => ids::POLICY_EXPECTED_STATEMENT_KEY,
        Expected::Effect => ids::POLICY_EXPECTED_EFFECT,
        Expected::String => ids::POLICY_EXPECTED_STRING,
        Expected::StringOrList => ids::POLICY_EXPECTED_STRING_OR_LIST,
        Expected::Principal => ids::POLICY_EXPECTED_PRINCIPAL,
        Expected::ConditionOperators => ids::POLICY_EXPECTED_CONDITION_OPERATORS,
        Expected::ConditionKeys => ids::POLICY_EXPECTED_CONDITION_KEYS,
        Expected::ConditionValues => ids::POLICY_EXPECTED_CONDITION_VALUES,
        Expected::OneOfActionNotAction => ids::POLICY_EXPECTED_ONE_OF_ACTION_NOT_ACTION,
        Expected::AtMostOnePrincipal => ids::POLICY_EXPECTED_AT_MOST_ONE_PRINCIPAL,
        Expected::AtMostOneResource => ids::POLICY_EXPECTED_AT_MOST_ONE_RESOURCE,
    }
}

/// What is wrong with a JSON text.
pub fn json_syntax(s: JsonSyntax) -> Plain {
    match s {
        JsonSyntax::Eof => ids::JSON_SYNTAX_EOF,
        JsonSyntax::ExpectedColon => ids::JSON_SYNTAX_EXPECTED_COLON,
        JsonSyntax::ExpectedCommaOrEnd => ids::JSON_SYNTAX_EXPECTED_COMMA_OR_END,
        JsonSyntax::ExpectedValue => ids::JSON_SYNTAX_EXPECTED_VALUE,
        JsonSyntax::KeyNotString => ids::JSON_SYNTAX_KEY_NOT_STRING,
        JsonSyntax::TrailingComma => ids::JSON_SYNTAX_TRAILING_COMMA,
        JsonSyntax::TrailingCharacters => ids::JSON_SYNTAX_TRAILING_CHARACTERS,
        JsonSyntax::InvalidString => ids::JSON_SYNTAX_INVALID_STRING,
        JsonSyntax::InvalidNumber => ids::JSON_SYNTAX_INVALID_NUMBER,
        JsonSyntax::TooDeep => ids::JSON_SYNTAX_TOO_DEEP,
        JsonSyntax::TooLarge => ids::JSON_SYNTAX_TOO_LARGE,
        JsonSyntax::Other => ids::JSON_SYNTAX_OTHER,
    }
}

pub fn severity(s: Severity) -> Plain {
    match s {
        Severity::Error => ids::SEVERITY_ERROR,
        Severity::Warning => ids::SEVERITY_WARNING,
        Severity::Info => ids::SEVERITY_INFO,
    }
}

pub fn status(s: Status) -> Plain {
    match s {
        Status::Ok => ids::STATUS_OK,
        Status::Missing => ids::STATUS_MISSING,
        Status::Drift => ids::STATUS_DRIFT,
        Status::Undecided => ids::STATUS_UNDECIDED,
    }
}

/// A kind's name (`kind-eks-node`).
pub fn kind(k: RoleKind) -> Plain {
    match k {
        RoleKind::FargatePodExecution => ids::KIND_FARGATE_POD_EXECUTION,
        RoleKind::EksNode => ids::KIND_EKS_NODE,
        RoleKind::EcsInstance => ids::KIND_ECS_INSTANCE,
        RoleKind::EksCluster => ids::KIND_EKS_CLUSTER,
        RoleKind::EksAutoNode => ids::KIND_EKS_AUTO_NODE,
        RoleKind::EcsTaskExecution => ids::KIND_ECS_TASK_EXECUTION,
        RoleKind::EksPodIdentity => ids::KIND_EKS_POD_IDENTITY,
    }
}

/// What a kind of role is for.
pub fn kind_purpose(k: RoleKind) -> Plain {
    match k {
        RoleKind::FargatePodExecution => ids::KIND_FARGATE_POD_EXECUTION_PURPOSE,
        RoleKind::EksNode => ids::KIND_EKS_NODE_PURPOSE,
        RoleKind::EcsInstance => ids::KIND_ECS_INSTANCE_PURPOSE,
        RoleKind::EksCluster => ids::KIND_EKS_CLUSTER_PURPOSE,
        RoleKind::EksAutoNode => ids::KIND_EKS_AUTO_NODE_PURPOSE,
        RoleKind::EcsTaskExecution => ids::KIND_ECS_TASK_EXECUTION_PURPOSE,
        RoleKind::EksPodIdentity => ids::KIND_EKS_POD_IDENTITY_PURPOSE,
    }
}

/// The kind of document `lint` read.
pub fn document(d: DocKind) -> Plain {
    match d {
        DocKind::Identity => ids::DOCUMENT_IDENTITY,
        DocKind::Trust => ids::DOCUMENT_TRUST,
        DocKind::Resource => ids::DOCUMENT_RESOURCE,
    }
}

/// An IAM write, with the names it writes (each through `ext`, which escapes values from outside
/// for a terminal).
pub fn action<'a>(a: &'a Action, ext: &dyn Fn(&'a str) -> Cow<'a, str>) -> Msg<'a> {
    match a {
        Action::CreateRole { role_name, .. } => ids::ActionCreateRole { role: ext(role_name) }.into(),
        Action::UpdateAssumeRolePolicy { role_name, .. } => ids::ActionUpdateAssumeRolePolicy { role: ext(role_name) }.into(),
        Action::CreatePolicy { policy_name, .. } => ids::ActionCreatePolicy { policy: ext(policy_name) }.into(),
        Action::AttachRolePolicy { role_name, policy_arn } => ids::ActionAttachRolePolicy { role: ext(role_name), policy: ext(policy_arn) }.into(),
        Action::DetachRolePolicy { role_name, policy_arn } => ids::ActionDetachRolePolicy { role: ext(role_name), policy: ext(policy_arn) }.into(),
        Action::PutRolePolicy { role_name, policy_name, .. } => ids::ActionPutRolePolicy { role: ext(role_name), policy: ext(policy_name) }.into(),
        Action::CreateInstanceProfile { instance_profile_name, .. } => ids::ActionCreateInstanceProfile { profile: ext(instance_profile_name) }.into(),
        Action::AddRoleToInstanceProfile { instance_profile_name, role_name } => {
            ids::ActionAddRoleToInstanceProfile { profile: ext(instance_profile_name), role: ext(role_name) }.into()
        }
    }
}

/// A backend failure. Its message names `operation`, `code` and `message` (IAM's or the system's
/// own words) and the error's details.
pub fn error(code: &ErrorCode) -> Id {
    match code {
        ErrorCode::NoCredentials => ids::ERROR_NO_CREDENTIALS.id(),
        ErrorCode::AccessDenied => ids::ERROR_ACCESS_DENIED,
        ErrorCode::Unreachable => ids::ERROR_UNREACHABLE,
        ErrorCode::Timeout => ids::ERROR_TIMEOUT,
        ErrorCode::Throttling => ids::ERROR_THROTTLED,
        ErrorCode::BadResponse(b) => match b {
            BadAnswer::Unreadable => ids::ERROR_BAD_RESPONSE,
            BadAnswer::NoRole => ids::ERROR_BAD_RESPONSE_NO_ROLE,
            BadAnswer::NoAccountId => ids::ERROR_BAD_RESPONSE_NO_ACCOUNT_ID,
            BadAnswer::RoleName => ids::ERROR_BAD_RESPONSE_ROLE_NAME,
            BadAnswer::AccountId => ids::ERROR_BAD_RESPONSE_ACCOUNT_ID,
        },
        ErrorCode::Io(step) => match step {
            IoStep::Resolve => ids::ERROR_IO_RESOLVE,
            IoStep::CreateDir => ids::ERROR_IO_CREATE_DIR,
            IoStep::Open => ids::ERROR_IO_OPEN,
            IoStep::Lock => ids::ERROR_IO_LOCK,
            IoStep::Read => ids::ERROR_IO_READ,
            IoStep::Write => ids::ERROR_IO_WRITE,
            IoStep::NotStateFile => ids::ERROR_IO_NOT_STATE_FILE,
            IoStep::LockName => ids::ERROR_STATE_LOCK_NAME,
            IoStep::NotAFile => ids::ERROR_STATE_NOT_A_FILE,
            IoStep::NotWritable => ids::ERROR_STATE_NOT_WRITABLE,
            IoStep::Listen => ids::ERROR_LISTEN,
            IoStep::Signal => ids::ERROR_IO_SIGNAL,
            IoStep::Runtime => ids::ERROR_IO_RUNTIME,
        },
        ErrorCode::NotIam => ids::ERROR_NOT_IAM,
        ErrorCode::ProfileNotFound => ids::ERROR_PROFILE_NOT_FOUND,
        ErrorCode::ProfileFileInvalid => ids::ERROR_PROFILE_FILE_INVALID,
        ErrorCode::CredentialProcessFailed => ids::ERROR_CREDENTIAL_PROCESS,
        ErrorCode::ManagedPolicyMissing => ids::ERROR_MANAGED_POLICY_MISSING,
        ErrorCode::TooLarge(what) => match what {
            Oversized::PolicyDocument => ids::ERROR_TOO_LARGE_POLICY_DOCUMENT,
            Oversized::StateFile => ids::ERROR_TOO_LARGE_STATE_FILE,
            Oversized::StateWrite => ids::ERROR_TOO_LARGE_STATE_WRITE,
        },
        ErrorCode::StateFormat => ids::ERROR_STATE_FORMAT,
        ErrorCode::RequestConstruction => ids::ERROR_REQUEST_CONSTRUCTION,
        ErrorCode::Unknown => ids::ERROR_UNKNOWN,
        ErrorCode::EntityAlreadyExists
        | ErrorCode::NoSuchEntity
        | ErrorCode::MalformedPolicyDocument
        | ErrorCode::LimitExceeded
        | ErrorCode::InvalidInput
        | ErrorCode::DeleteConflict
        | ErrorCode::UnmodifiableEntity
        | ErrorCode::ConcurrentModification
        | ErrorCode::EntityTemporarilyUnmodifiable
        | ErrorCode::PolicyNotAttachable
        | ErrorCode::ServiceFailure
        | ErrorCode::Other(_) => ids::ERROR_IAM,
    }
}

/// How an input is named in messages (its flag).
pub fn field(f: Field) -> Plain {
    match f {
        Field::AccountId => ids::FIELD_ACCOUNT,
        Field::Region => ids::FIELD_REGION,
        Field::ClusterRegion => ids::FIELD_CLUSTER_REGION,
        Field::Cluster => ids::FIELD_CLUSTER,
        Field::RoleName => ids::FIELD_ROLE_NAME,
        Field::PolicyName => ids::FIELD_POLICY_NAME,
        Field::InstanceProfileName => ids::FIELD_INSTANCE_PROFILE_NAME,
        Field::Path => ids::FIELD_PATH,
        Field::Partition => ids::FIELD_PARTITION,
        Field::RoleKind => ids::FIELD_KIND,
        Field::Cni => ids::FIELD_CNI,
        Field::Permission => ids::FIELD_WITH,
        Field::Arn => ids::FIELD_ARN,
        Field::Language => ids::FIELD_LANG,
        Field::Output => ids::FIELD_OUTPUT,
        Field::Backend => ids::FIELD_BACKEND,
        Field::EndpointUrl => ids::FIELD_ENDPOINT_URL,
        Field::Concurrency => ids::FIELD_CONCURRENCY,
        Field::Timeout => ids::FIELD_TIMEOUT,
        Field::ReadTimeout => ids::FIELD_CLI_READ_TIMEOUT,
        Field::ConnectTimeout => ids::FIELD_CLI_CONNECT_TIMEOUT,
        Field::Format => ids::FIELD_FORMAT,
        Field::Shell => ids::FIELD_SHELL,
        Field::Port => ids::FIELD_PORT,
        Field::Listen => ids::FIELD_LISTEN,
        Field::OperationTimeout => ids::FIELD_OPERATION_TIMEOUT,
        Field::Accounts => ids::FIELD_ACCOUNTS,
        Field::AssumeRole => ids::FIELD_ASSUME_ROLE,
        Field::ExternalId => ids::FIELD_EXTERNAL_ID,
        Field::AccountConcurrency => ids::FIELD_ACCOUNT_CONCURRENCY,
        Field::Secret => ids::FIELD_SECRET,
        Field::HeaderTimeout => ids::FIELD_HEADER_TIMEOUT,
        Field::BodyTimeout => ids::FIELD_BODY_TIMEOUT,
        Field::IdleTimeout => ids::FIELD_IDLE_TIMEOUT,
        Field::MaxConnections => ids::FIELD_MAX_CONNECTIONS,
    }
}

/// How to give an input that is required and missing, for the inputs that can be.
pub fn hint(f: Field) -> Option<Plain> {
    match f {
        Field::Cluster => Some(ids::HINT_CLUSTER),
        Field::ClusterRegion => Some(ids::HINT_CLUSTER_REGION),
        Field::Backend => Some(ids::HINT_BACKEND),
        Field::Secret => Some(ids::HINT_SECRET),
        Field::RoleName => Some(ids::HINT_ROLE_NAME),
        Field::Permission => Some(ids::HINT_WITH),
        Field::AccountId
        | Field::Region
        | Field::PolicyName
        | Field::InstanceProfileName
        | Field::Path
        | Field::Partition
        | Field::RoleKind
        | Field::Cni
        | Field::Arn
        | Field::Language
        | Field::Output
        | Field::EndpointUrl
        | Field::Concurrency
        | Field::Timeout
        | Field::ReadTimeout
        | Field::ConnectTimeout
        | Field::Format
        | Field::Shell
        | Field::Port
        | Field::Listen
        | Field::OperationTimeout
        | Field::Accounts
        | Field::AssumeRole
        | Field::ExternalId
        | Field::AccountConcurrency
        | Field::HeaderTimeout
        | Field::BodyTimeout
        | Field::IdleTimeout
        | Field::MaxConnections => None,
    }
}

/// A subcommand's short and long help, by its message suffix (`mock-serve` for `mock serve`).
/// The test `every_command_has_its_words` checks every command of [`crate::app::command`].
pub fn command_help(id: &str) -> Option<(Plain, Plain)> {
    Some(match id {
        "roles" => (ids::CMD_ROLES, ids::CMD_ROLES_LONG),
        "show" => (ids::CMD_SHOW, ids::CMD_SHOW_LONG),
        "check" => (ids::CMD_CHECK, ids::CMD_CHECK_LONG),
        "create" => (ids::CMD_CREATE, ids::CMD_CREATE_LONG),
        "repair" => (ids::CMD_REPAIR, ids::CMD_REPAIR_LONG),
        "audit" => (ids::CMD_AUDIT, ids::CMD_AUDIT_LONG),
        "lint" => (ids::CMD_LINT, ids::CMD_LINT_LONG),
        "permissions" => (ids::CMD_PERMISSIONS, ids::CMD_PERMISSIONS_LONG),
        "completions" => (ids::CMD_COMPLETIONS, ids::CMD_COMPLETIONS_LONG),
        "mock" => (ids::CMD_MOCK, ids::CMD_MOCK_LONG),
        "mock-serve" => (ids::CMD_MOCK_SERVE, ids::CMD_MOCK_SERVE_LONG),
        _ => return None,
    })
}

/// A command's examples, by its message suffix (`rolecall` for the whole command line); `None`
/// for the commands without examples.
pub fn examples(id: &str) -> Option<Plain> {
    Some(match id {
        "rolecall" => ids::EXAMPLES_ROLECALL,
        "show" => ids::EXAMPLES_SHOW,
        "check" => ids::EXAMPLES_CHECK,
        "create" => ids::EXAMPLES_CREATE,
        "repair" => ids::EXAMPLES_REPAIR,
        "audit" => ids::EXAMPLES_AUDIT,
        "lint" => ids::EXAMPLES_LINT,
        "permissions" => ids::EXAMPLES_PERMISSIONS,
        "completions" => ids::EXAMPLES_COMPLETIONS,
        "mock-serve" => ids::EXAMPLES_MOCK_SERVE,
        _ => return None,
    })
}

/// An exit status's meaning (the book's table and the manual pages).
pub fn exit(e: crate::exit::ExitStatus) -> Plain {
    e.book_message()
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use rolecall_core::finding::Arg;

    use super::*;

    /// Every argument a finding's message (or its fix) names is declared by its code, and every
    /// argument the code declares is named by its English message or fix.
    #[test]
    fn findings_name_exactly_their_declared_arguments() {
        for c in Code::ALL {
            let declared: BTreeSet<&str> = c.args().iter().chain(c.optional_args()).map(|a| a.name()).collect();
            let named: BTreeSet<&str> = finding(*c).variables().iter().chain(finding_fix(*c).variables()).copied().collect();
            assert_eq!(declared, named, "{}: the declaration and English's message disagree", c.as_str());
            assert!(finding(*c).name().ends_with(c.as_str()) && finding_fix(*c).name() == format!("{}-fix", finding(*c).name()));
        }
        let used: BTreeSet<Arg> = Code::ALL.iter().flat_map(|c| c.args().iter().chain(c.optional_args())).copied().collect();
        assert_eq!(used.len(), Arg::ALL.len(), "an argument no code declares");
    }

    /// An unreadable trust policy says why in the reader's language, through the finding that
    /// explains it; JSON keeps a stable code.
    #[test]
    fn a_finding_explained_by_another_says_both() {
        let cause = rolecall_core::finding::policy_error(&rolecall_policy::document::PolicyDocument::parse(r#"{"Statement": "x"}"#).unwrap_err());
        let f = Finding::new(Code::TrustInvalid).because(cause);
        fn plain(s: &str) -> Cow<'_, str> {
            Cow::Borrowed(s)
        }
        let en = finding_text(&Messages::new("en"), &f, &plain);
        assert_eq!(en, "The trust policy cannot be read: $.Statement is not what IAM expects: a statement object or a non-empty array of them.");
        let ja = finding_text(&Messages::new("ja"), &f, &plain);
        assert!(ja.contains("信頼ポリシー") && ja.contains("ステートメント") && !ja.contains("statement object"), "{ja}");
        assert_eq!(serde_json::to_value(&f.args).unwrap(), serde_json::json!({ "detail": "policy-structure" }));
    }

    /// The fix printed under a plan's findings names the finding's values, from its report's
    /// arguments, for every code (a value left out would be a Fluent error).
    #[test]
    fn a_fix_names_the_findings_values() {
        fn plain(s: &str) -> Cow<'_, str> {
            Cow::Borrowed(s)
        }
        let m = Messages::new("en");
        for c in Code::ALL {
            let args: Vec<(&str, &str)> = c.args().iter().map(|a| (a.name(), "‹v›")).collect();
            let fix = finding_fix_text(&m, *c, args.iter().copied(), &plain);
            assert!(!fix.contains('{') && fix.contains("‹v›") != finding_fix(*c).variables().is_empty(), "{}: {fix}", c.as_str());
        }
        let args = [("policy", "AmazonEKS_CNI_Policy"), ("current", "AmazonEKSWorkerNodeMinimalPolicy")];
        let fix = finding_fix_text(&m, Code::PolicyOutdated, args, &plain);
        assert!(fix.contains("AmazonEKS_CNI_Policy") && fix.contains("AmazonEKSWorkerNodeMinimalPolicy"), "{fix}");
    }

    #[test]
    fn kinds_name_their_messages() {
        for k in RoleKind::ALL {
            assert_eq!(kind(k).name(), format!("kind-{}", k.slug()));
            assert_eq!(kind_purpose(k).name(), format!("kind-{}-purpose", k.slug()));
        }
    }

    /// Every subcommand of the command line has its help (the flags' help and value names are
    /// in the flag table, checked by `flags::tests`).
    #[test]
    fn every_command_has_its_words() {
        fn walk(cmd: &clap::Command, id: &str) {
            if id != "rolecall" {
                assert!(command_help(id).is_some(), "command {id}");
            }
            for sub in cmd.get_subcommands() {
                let sub_id = if id == "rolecall" { sub.get_name().to_owned() } else { format!("{id}-{}", sub.get_name()) };
                walk(sub, &sub_id);
            }
        }
        walk(&crate::app::command(&Messages::new("en")), "rolecall");
    }
}
