//! The mock account's state and IAM's rules for changing it.

use std::collections::BTreeMap;

use rolecall_core::arn;
use rolecall_core::backend::{ErrorCode, IamError, InstanceProfileInfo};
use rolecall_core::input::{IamPath, InstanceProfileName, PolicyName, RoleName};
use rolecall_core::lint::{lint, DocKind};
use rolecall_policy::document::{quota_len, PolicyDocument};
use rolecall_core::model::managed_documents::{self, ManagedDocument};
use rolecall_core::role::{ManagedPolicy, AWS_MANAGED_POLICIES};
use rolecall_core::finding::Severity;
use rolecall_core::Partition;
use serde::{Deserialize, Serialize};

/// IAM's default quotas, which the mock enforces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quotas {
    /// `ACLSizePerRole`: characters of a trust policy (without white space).
    pub trust_policy_size: usize,
    /// `PoliciesPerRole`: managed policies attached to one role.
    pub managed_policies_per_role: usize,
    /// Characters of one customer managed policy (without white space).
    pub managed_policy_size: usize,
    /// Characters of all of a role's inline policies together.
    pub inline_policy_size_per_role: usize,
    /// Description length.
    pub description: usize,
    /// Roles in one instance profile.
    pub roles_per_instance_profile: usize,
}

impl Default for Quotas {
    fn default() -> Self {
        Quotas {
            trust_policy_size: 2048,
            managed_policies_per_role: 10,
            managed_policy_size: 6144,
            inline_policy_size_per_role: 10240,
            description: 1000,
            roles_per_instance_profile: 1,
        }
    }
}

/// A role.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoleRec {
    pub name: String,
    pub path: String,
    pub id: String,
    pub arn: String,
    pub trust: String,
    #[serde(default)]
    pub description: String,
    pub created: String,
    #[serde(default)]
    pub attached: Vec<String>,
    #[serde(default)]
    pub inline: BTreeMap<String, String>,
    /// Tags, in the order they were first set.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<Tag>,
    /// The permissions boundary: a managed policy's ARN.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub boundary: Option<String>,
}

/// A tag on a role.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tag {
    pub key: String,
    pub value: String,
}

/// Tags on one IAM resource, at most.
pub const TAGS_PER_ROLE: usize = 50;

/// Checks tags as IAM does: at most 50, keys of 1-128 and values of 0-256 letters, digits,
/// separators and `_.:/=+-@` (no control characters).
pub fn validate_tags(tags: &[Tag]) -> Result<(), IamError> {
    use crate::valid::{check_as, validation_error, TAGS_MAX, TAG_KEY_RULE, TAG_VALUE_RULE};
    if tags.len() > TAGS_MAX {
        return Err(validation_error(&format!("{} tags", tags.len()), "tags", &format!("Member must have length less than or equal to {TAGS_MAX}")));
    }
    for (i, t) in tags.iter().enumerate() {
        check_as(&TAG_KEY_RULE, &format!("tags.{}.member.key", i + 1), &t.key)?;
        check_as(&TAG_VALUE_RULE, &format!("tags.{}.member.value", i + 1), &t.value)?;
    }
    Ok(())
}

/// A managed policy: a customer managed one as the state keeps it, or an AWS managed one as the
/// mock serves it (from rolecall-core's committed documents).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PolicyRec {
    pub name: String,
    pub path: String,
    pub id: String,
    pub arn: String,
    /// The default version's document.
    pub document: String,
    pub created: String,
    /// Every version, oldest first. Empty in state files written before versions: the policy
    /// then has one version, `v1`, whose document is `document`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub versions: Vec<VersionRec>,
    /// The default version's ID.
    #[serde(default = "v1")]
    pub default_version: String,
    /// The number of the last version made: IAM never reuses a version ID.
    #[serde(default)]
    pub last_version: u32,
}

/// One version of a managed policy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VersionRec {
    /// `v1`, `v2`...
    pub id: String,
    pub document: String,
    pub created: String,
}

fn v1() -> String {
    "v1".into()
}

/// Versions one managed policy may have (IAM's quota).
pub const VERSIONS_PER_POLICY: usize = 5;

impl PolicyRec {
    /// Every version, oldest first (a policy from an older state file has its `v1`).
    pub fn all_versions(&self) -> Vec<VersionRec> {
        if self.versions.is_empty() {
            vec![VersionRec { id: self.default_version.clone(), document: self.document.clone(), created: self.created.clone() }]
        } else {
            self.versions.clone()
        }
    }

    /// One version.
    pub fn version(&self, id: &str) -> Result<VersionRec, IamError> {
        self.all_versions()
            .into_iter()
            .find(|v| v.id == id)
            .ok_or_else(|| err(ErrorCode::NoSuchEntity, format!("Policy {} version {id} does not exist or is not attachable.", self.arn)))
    }

    /// When the policy last changed: its newest version's date.
    pub fn updated(&self) -> String {
        self.all_versions().iter().map(|v| v.created.clone()).max().unwrap_or_else(|| self.created.clone())
    }

    /// The versions written out, so that they can be changed.
    fn materialize(&mut self) {
        if self.versions.is_empty() {
            self.versions = self.all_versions();
        }
        let highest = self.versions.iter().filter_map(|v| v.id.strip_prefix('v')?.parse::<u32>().ok()).max().unwrap_or(1);
        self.last_version = self.last_version.max(highest);
    }
}

/// An AWS managed policy the model names, and its committed default version, by ARN.
pub fn aws_managed(partition: Partition, arn: &str) -> Option<(ManagedPolicy, &'static ManagedDocument)> {
    let m = AWS_MANAGED_POLICIES.iter().find(|m| m.arn(partition) == arn)?;
    Some((*m, managed_documents::find(*m)?))
}

/// IAM's time format from the committed documents' (`2018-05-27T21:09:01+00:00`).
fn iam_time(t: &str) -> String {
    t.strip_suffix("+00:00").map_or_else(|| t.to_owned(), |s| format!("{s}Z"))
}

/// An AWS managed policy as IAM serves it in a partition: its committed default version, the
/// only version the mock knows.
pub fn aws_managed_rec(partition: Partition, m: ManagedPolicy, d: &ManagedDocument) -> PolicyRec {
    // Cannot hide a failure: a JSON value always serializes.
    let document = serde_json::to_string(&d.value(partition)).unwrap_or_default();
    let version = VersionRec { id: d.default_version_id.clone(), document: document.clone(), created: iam_time(&d.update_date) };
    PolicyRec {
        name: m.name.to_owned(),
        path: format!("/{}", m.path),
        id: format!("ANPA{:017X}", m.name.len()),
        arn: m.arn(partition),
        document,
        created: iam_time(&d.create_date),
        versions: vec![version],
        default_version: d.default_version_id.clone(),
        last_version: 0,
    }
}

/// The document a policy the mock does not know stands for where its default version is asked
/// for (an AWS managed policy outside the model, in a hand-edited state file: the mock's own
/// operations refuse to attach one or set it as a boundary): a policy that allows nothing (its
/// one statement denies no action; IAM refuses a document without statements).
pub const UNKNOWN_POLICY_DOCUMENT: &str = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","NotAction":"*","Resource":"*"}]}"#;

/// An instance profile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileRec {
    pub name: String,
    pub path: String,
    pub id: String,
    pub arn: String,
    pub created: String,
    #[serde(default)]
    pub roles: Vec<String>,
}

/// One account in one partition.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Account {
    /// Keyed by lower-cased name: IAM names are unique case-insensitively.
    #[serde(default)]
    pub roles: BTreeMap<String, RoleRec>,
    /// Keyed by ARN.
    #[serde(default)]
    pub policies: BTreeMap<String, PolicyRec>,
    /// Keyed by lower-cased name.
    #[serde(default)]
    pub instance_profiles: BTreeMap<String, ProfileRec>,
    #[serde(default)]
    pub serial: u64,
}

/// The whole sandbox: the caller's account (111122223333) per partition, and the other accounts
/// of its organization.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct State {
    pub format: u32,
    /// The caller's account, per partition.
    #[serde(default)]
    pub partitions: BTreeMap<String, Account>,
    /// Other accounts, by account ID, then partition.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub members: BTreeMap<String, BTreeMap<String, Account>>,
    /// The organization the caller's account manages, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<OrganizationRec>,
    /// The organization's OUs and service control policies (kept beside `organization`, which
    /// names its accounts).
    #[serde(default, skip_serializing_if = "OrgPoliciesRec::is_empty")]
    pub org_policies: OrgPoliciesRec,
}

/// An organization's structure below its root and its service control policies.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrgPoliciesRec {
    /// Whether the policy type SERVICE_CONTROL_POLICY is enabled on the root.
    #[serde(default)]
    pub scp_enabled: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ous: Vec<OuRec>,
    /// Each account's parent (an OU's ID) when it is not the root.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub parents: BTreeMap<String, String>,
    /// The SCPs created (FullAWSAccess is not here: it is AWS's).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub policies: Vec<ScpRec>,
    /// The SCPs attached to each target (the root's, an OU's or an account's ID), besides
    /// FullAWSAccess, in the order they were attached.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub attached: BTreeMap<String, Vec<String>>,
    /// The targets FullAWSAccess was detached from: while SCPs are enabled it is attached to
    /// every other one, as Organizations attaches it to each new OU and account.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub full_access_detached: Vec<String>,
    #[serde(default)]
    pub serial: u64,
}

impl OrgPoliciesRec {
    pub fn is_empty(&self) -> bool {
        *self == OrgPoliciesRec::default()
    }
}

/// An organizational unit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OuRec {
    /// `ou-mock-00000001`.
    pub id: String,
    pub name: String,
    /// The root's or another OU's ID.
    pub parent: String,
}

/// A service control policy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScpRec {
    /// `p-mock00000001`.
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub description: String,
    /// The document.
    pub content: String,
}

impl State {
    /// An account in a partition, if it holds anything.
    pub fn account(&self, id: &str, partition: &str) -> Option<&Account> {
        if id == crate::ACCOUNT_ID {
            self.partitions.get(partition)
        } else {
            self.members.get(id)?.get(partition)
        }
    }

    /// An account in a partition, made when first written.
    pub fn account_mut(&mut self, id: &str, partition: &str) -> &mut Account {
        if id == crate::ACCOUNT_ID {
            self.partitions.entry(partition.to_owned()).or_default()
        } else {
            self.members.entry(id.to_owned()).or_default().entry(partition.to_owned()).or_default()
        }
    }
}

/// An AWS Organization: its accounts (the caller's is its management account).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrganizationRec {
    pub accounts: Vec<OrgAccountRec>,
    /// How long assumed credentials last, in seconds (STS's default: 3600).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_seconds: Option<u64>,
}

/// One account of the organization.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrgAccountRec {
    pub id: String,
    pub name: String,
    /// ACTIVE, SUSPENDED, PENDING_CLOSURE or CLOSED.
    #[serde(default = "active")]
    pub state: String,
}

fn active() -> String {
    "ACTIVE".into()
}

fn err(code: ErrorCode, msg: impl Into<String>) -> IamError {
    IamError::new(code, msg)
}

fn validation(field: &str, value: &str, constraint: &str) -> IamError {
    err(
        ErrorCode::Other("ValidationError".into()),
        format!("1 validation error detected: Value '{value}' at '{field}' failed to satisfy constraint: {constraint}"),
    )
}

fn name_pattern(max: usize) -> String {
    format!("Member must have length between 1 and {max} and satisfy regular expression pattern: [\\w+=,.@-]+")
}

/// Validates a document as IAM does on write: JSON, structure, principals and the kind's rules.
fn validate_document(text: &str, kind: DocKind) -> Result<(), IamError> {
    let doc = PolicyDocument::parse(text).map_err(|_| err(ErrorCode::MalformedPolicyDocument, "This policy contains invalid Json"))?;
    for f in lint(text, kind).into_iter().filter(|f| f.severity() == Severity::Error) {
        use rolecall_core::finding::{Arg, Code};
        let msg = match f.code {
            // Cannot hide a failure: the lint declares `value` for these codes, so it is always there.
            Code::PrincipalMalformed => format!("Invalid principal in policy: {}", f.get(Arg::Value).unwrap_or_default()),
            Code::TrustHasResource => "Has prohibited field Resource".to_owned(),
            Code::PolicyHasPrincipal => "Policy document should not specify a principal.".to_owned(),
            Code::TrustNoPrincipal => "Missing required field Principal".to_owned(),
            // IAM checks the ARNs of Resource elements; condition values are plain strings to it.
            Code::ArnMalformed | Code::PlaceholderLeft if f.get(Arg::Path).is_some_and(|p| p.ends_with("Resource")) => {
                // Cannot hide a failure: the lint declares `value` for this code, so it is always there.
                format!("Resource {} must be in ARN format or \"*\".", f.get(Arg::Value).unwrap_or_default())
            }
            // Cannot hide a failure: the lint declares `value` for this code, so it is always there.
            Code::ActionMalformed => format!("Action {} is not valid.", f.get(Arg::Value).unwrap_or_default()),
            Code::VersionUnknown => "The policy failed legacy parsing".to_owned(),
            _ => continue,
        };
        return Err(err(ErrorCode::MalformedPolicyDocument, msg));
    }
    if kind == DocKind::Trust && doc.statements.iter().any(|s| s.not_principal.is_some()) {
        return Err(err(ErrorCode::MalformedPolicyDocument, "Has prohibited field NotPrincipal".to_owned()));
    }
    Ok(())
}

impl Account {
    fn next_id(&mut self, prefix: &str) -> String {
        self.serial += 1;
        format!("{prefix}{:017X}", 0x5EED_0000_0000u64 + self.serial)
    }

    fn role(&self, name: &str) -> Result<&RoleRec, IamError> {
        self.roles.get(&name.to_ascii_lowercase()).ok_or_else(|| err(ErrorCode::NoSuchEntity, format!("The role with name {name} cannot be found.")))
    }

    fn role_mut(&mut self, name: &str) -> Result<&mut RoleRec, IamError> {
        self.roles.get_mut(&name.to_ascii_lowercase()).ok_or_else(|| err(ErrorCode::NoSuchEntity, format!("The role with name {name} cannot be found.")))
    }

    pub fn get_role(&self, name: &str) -> Result<RoleRec, IamError> {
        self.role(name).cloned()
    }

    /// The managed policy's name if it exists in this account and partition.
    pub fn policy_name(&self, partition: Partition, arn: &str) -> Option<String> {
        if let Some(p) = self.policies.get(arn) {
            return Some(p.name.clone());
        }
        AWS_MANAGED_POLICIES.iter().find(|m| m.arn(partition) == arn).map(|m| m.name.to_owned())
    }

    pub fn attached(&self, partition: Partition, role: &str) -> Result<Vec<(String, String)>, IamError> {
        // Cannot hide a failure: `attach` refuses a policy it cannot name, so every attached ARN has a name.
        Ok(self.role(role)?.attached.iter().map(|arn| (self.policy_name(partition, arn).unwrap_or_default(), arn.clone())).collect())
    }

    pub fn inline_names(&self, role: &str) -> Result<Vec<String>, IamError> {
        Ok(self.role(role)?.inline.keys().cloned().collect())
    }

    pub fn get_role_policy(&self, role: &str, name: &str) -> Result<String, IamError> {
        self.role(role)?
            .inline
            .get(name)
            .cloned()
            .ok_or_else(|| err(ErrorCode::NoSuchEntity, format!("The role policy with name {name} cannot be found.")))
    }

    pub fn profile_info(p: &ProfileRec) -> InstanceProfileInfo {
        InstanceProfileInfo { name: p.name.clone(), arn: p.arn.clone(), roles: p.roles.clone() }
    }

    pub fn profiles_for_role(&self, role: &str) -> Result<Vec<ProfileRec>, IamError> {
        let r = self.role(role)?;
        Ok(self.instance_profiles.values().filter(|p| p.roles.iter().any(|n| n == &r.name)).cloned().collect())
    }

    pub fn get_instance_profile(&self, name: &str) -> Result<ProfileRec, IamError> {
        self.instance_profiles
            .get(&name.to_ascii_lowercase())
            .cloned()
            .ok_or_else(|| err(ErrorCode::NoSuchEntity, format!("Instance Profile {name} cannot be found.")))
    }

    pub fn get_policy(&self, partition: Partition, arn: &str) -> Result<PolicyRec, IamError> {
        if let Some(p) = self.policies.get(arn) {
            return Ok(p.clone());
        }
        match aws_managed(partition, arn) {
            Some((m, d)) => Ok(aws_managed_rec(partition, m, d)),
            None => Err(err(ErrorCode::NoSuchEntity, format!("Policy {arn} does not exist or is not attachable."))),
        }
    }

    pub fn create_role(&mut self, ctx: &Ctx, name: &str, path: &str, trust: &str, description: &str) -> Result<RoleRec, IamError> {
        self.create_role_bounded(ctx, name, path, trust, description, None)
    }

    /// CreateRole with its optional `PermissionsBoundary`, checked before anything is created.
    pub fn create_role_bounded(&mut self, ctx: &Ctx, name: &str, path: &str, trust: &str, description: &str, boundary: Option<&str>) -> Result<RoleRec, IamError> {
        RoleName::parse(name).map_err(|_| validation("roleName", name, &name_pattern(RoleName::MAX)))?;
        IamPath::parse(path).map_err(|_| validation("path", path, "Member must satisfy regular expression pattern: (\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)"))?;
        if description.chars().count() > ctx.quotas.description {
            return Err(validation("description", description, &format!("Member must have length less than or equal to {}", ctx.quotas.description)));
        }
        crate::valid::check(&crate::valid::DESCRIPTION, description)?;
        if self.roles.contains_key(&name.to_ascii_lowercase()) {
            return Err(err(ErrorCode::EntityAlreadyExists, format!("Role with name {name} already exists.")));
        }
        self.check_trust(ctx, trust)?;
        if let Some(b) = boundary {
            self.check_boundary(ctx.partition, b)?;
        }
        let rec = RoleRec {
            name: name.to_owned(),
            path: path.to_owned(),
            id: self.next_id("AROA"),
            arn: arn::role(ctx.partition, ctx.account, path, name),
            trust: trust.to_owned(),
            description: description.to_owned(),
            created: ctx.now.clone(),
            attached: Vec::new(),
            inline: BTreeMap::new(),
            tags: Vec::new(),
            boundary: boundary.map(str::to_owned),
        };
        self.roles.insert(name.to_ascii_lowercase(), rec.clone());
        Ok(rec)
    }

    fn check_trust(&self, ctx: &Ctx, trust: &str) -> Result<(), IamError> {
        validate_document(trust, DocKind::Trust)?;
        let n = quota_len(trust);
        if n > ctx.quotas.trust_policy_size {
            return Err(err(ErrorCode::LimitExceeded, format!("Cannot exceed quota for ACLSizePerRole: {}", ctx.quotas.trust_policy_size)));
        }
        Ok(())
    }

    pub fn update_trust(&mut self, ctx: &Ctx, role: &str, trust: &str) -> Result<(), IamError> {
        self.role(role)?;
        self.check_trust(ctx, trust)?;
        self.role_mut(role)?.trust = trust.to_owned();
        Ok(())
    }

    pub fn create_policy(&mut self, ctx: &Ctx, name: &str, document: &str) -> Result<PolicyRec, IamError> {
        PolicyName::parse(name).map_err(|_| validation("policyName", name, &name_pattern(PolicyName::MAX)))?;
        let arn = arn::customer_policy(ctx.partition, ctx.account, name);
        if self.policies.values().any(|p| p.name.eq_ignore_ascii_case(name)) {
            return Err(err(ErrorCode::EntityAlreadyExists, format!("A policy called {name} already exists. Duplicate names are not allowed.")));
        }
        validate_document(document, DocKind::Identity)?;
        if quota_len(document) > ctx.quotas.managed_policy_size {
            return Err(err(ErrorCode::LimitExceeded, format!("Cannot exceed quota for PolicySize: {}", ctx.quotas.managed_policy_size)));
        }
        let v1 = VersionRec { id: v1(), document: document.to_owned(), created: ctx.now.clone() };
        let rec = PolicyRec {
            name: name.to_owned(),
            path: "/".into(),
            id: self.next_id("ANPA"),
            arn: arn.clone(),
            document: document.to_owned(),
            created: ctx.now.clone(),
            versions: vec![v1],
            default_version: "v1".into(),
            last_version: 1,
        };
        self.policies.insert(arn, rec.clone());
        Ok(rec)
    }

    pub fn attach(&mut self, ctx: &Ctx, role: &str, arn: &str) -> Result<(), IamError> {
        if arn::parse(arn).is_err() {
            return Err(err(ErrorCode::InvalidInput, format!("ARN {arn} is not valid.")));
        }
        self.role(role)?;
        if self.policy_name(ctx.partition, arn).is_none() {
            return Err(err(ErrorCode::NoSuchEntity, format!("Policy {arn} does not exist or is not attachable.")));
        }
        let quota = ctx.quotas.managed_policies_per_role;
        let r = self.role_mut(role)?;
        if r.attached.iter().any(|a| a == arn) {
            return Ok(());
        }
        if r.attached.len() >= quota {
            return Err(err(ErrorCode::LimitExceeded, format!("Cannot exceed quota for PoliciesPerRole: {quota}")));
        }
        r.attached.push(arn.to_owned());
        Ok(())
    }

    pub fn detach(&mut self, role: &str, arn: &str) -> Result<(), IamError> {
        let r = self.role_mut(role)?;
        let before = r.attached.len();
        r.attached.retain(|a| a != arn);
        if r.attached.len() == before {
            return Err(err(ErrorCode::NoSuchEntity, format!("Policy {arn} was not found.")));
        }
        Ok(())
    }

    pub fn put_role_policy(&mut self, ctx: &Ctx, role: &str, name: &str, document: &str) -> Result<(), IamError> {
        PolicyName::parse(name).map_err(|_| validation("policyName", name, &name_pattern(PolicyName::MAX)))?;
        self.role(role)?;
        validate_document(document, DocKind::Identity)?;
        let r = self.role_mut(role)?;
        let others: usize = r.inline.iter().filter(|(n, _)| n.as_str() != name).map(|(_, d)| quota_len(d)).sum();
        if others + quota_len(document) > ctx.quotas.inline_policy_size_per_role {
            return Err(err(
                ErrorCode::LimitExceeded,
                format!("Maximum policy size of {} bytes exceeded for role {}", ctx.quotas.inline_policy_size_per_role, r.name),
            ));
        }
        r.inline.insert(name.to_owned(), document.to_owned());
        Ok(())
    }

    pub fn create_instance_profile(&mut self, ctx: &Ctx, name: &str, path: &str) -> Result<ProfileRec, IamError> {
        InstanceProfileName::parse(name).map_err(|_| validation("instanceProfileName", name, &name_pattern(InstanceProfileName::MAX)))?;
        IamPath::parse(path).map_err(|_| validation("path", path, "Member must satisfy regular expression pattern: (\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)"))?;
        if self.instance_profiles.contains_key(&name.to_ascii_lowercase()) {
            return Err(err(ErrorCode::EntityAlreadyExists, format!("Instance Profile {name} already exists.")));
        }
        let rec = ProfileRec {
            name: name.to_owned(),
            path: path.to_owned(),
            id: self.next_id("AIPA"),
            arn: arn::instance_profile(ctx.partition, ctx.account, path, name),
            created: ctx.now.clone(),
            roles: Vec::new(),
        };
        self.instance_profiles.insert(name.to_ascii_lowercase(), rec.clone());
        Ok(rec)
    }

    pub fn add_role_to_profile(&mut self, ctx: &Ctx, profile: &str, role: &str) -> Result<(), IamError> {
        let role_name = self.role(role)?.name.clone();
        let p = self
            .instance_profiles
            .get_mut(&profile.to_ascii_lowercase())
            .ok_or_else(|| err(ErrorCode::NoSuchEntity, format!("Instance Profile {profile} cannot be found.")))?;
        if p.roles.len() >= ctx.quotas.roles_per_instance_profile {
            return Err(err(
                ErrorCode::LimitExceeded,
                format!("Cannot exceed quota for InstanceSessionsPerInstanceProfile: {}", ctx.quotas.roles_per_instance_profile),
            ));
        }
        p.roles.push(role_name);
        Ok(())
    }
}

impl Account {
    /// How many roles have the policy attached.
    pub fn attachment_count(&self, arn: &str) -> usize {
        self.roles.values().filter(|r| r.attached.iter().any(|a| a == arn)).count()
    }

    /// The policies ListPolicies shows for a scope (`All`, `AWS` or `Local`), sorted by name.
    pub fn list_policies(&self, partition: Partition, scope: &str, only_attached: bool, path_prefix: &str) -> Result<Vec<PolicyRec>, IamError> {
        let (aws, local) = match scope {
            "All" => (true, true),
            "AWS" => (true, false),
            "Local" => (false, true),
            other => return Err(validation("scope", other, "Member must satisfy enum value set: [All, AWS, Local]")),
        };
        let mut out: Vec<PolicyRec> = Vec::new();
        if aws {
            out.extend(AWS_MANAGED_POLICIES.iter().filter_map(|m| self.get_policy(partition, &m.arn(partition)).ok()));
        }
        if local {
            out.extend(self.policies.values().cloned());
        }
        out.retain(|p| p.path.starts_with(path_prefix) && (!only_attached || self.attachment_count(&p.arn) > 0));
        out.sort_by(|a, b| a.name.cmp(&b.name).then_with(|| a.arn.cmp(&b.arn)));
        Ok(out)
    }

    /// One version of a policy: any of a customer managed policy's, the committed default
    /// version of an AWS managed one.
    pub fn policy_version(&self, partition: Partition, arn: &str, version: &str) -> Result<(PolicyRec, VersionRec), IamError> {
        let p = self.get_policy(partition, arn)?;
        let v = p.version(version)?;
        Ok((p, v))
    }

    /// A customer managed policy of this account, to change; an AWS managed one is refused as
    /// IAM refuses it (the caller may not write the `aws` account's policies).
    fn customer_policy_mut(&mut self, partition: Partition, arn: &str, operation: &str) -> Result<&mut PolicyRec, IamError> {
        if !self.policies.contains_key(arn) && aws_managed(partition, arn).is_some() {
            return Err(err(ErrorCode::AccessDenied, format!("User: {} is not authorized to perform: iam:{operation} on resource: policy {arn}", crate::caller_arn(partition))));
        }
        if arn::parse(arn).is_err() {
            return Err(err(ErrorCode::InvalidInput, format!("ARN {arn} is not valid.")));
        }
        self.policies.get_mut(arn).ok_or_else(|| err(ErrorCode::NoSuchEntity, format!("Policy {arn} was not found.")))
    }

    /// CreatePolicyVersion: at most [`VERSIONS_PER_POLICY`] versions; the new one is the default
    /// when `set_default`.
    pub fn create_policy_version(&mut self, ctx: &Ctx, arn: &str, document: &str, set_default: bool) -> Result<VersionRec, IamError> {
        self.customer_policy_mut(ctx.partition, arn, "CreatePolicyVersion")?;
        validate_document(document, DocKind::Identity)?;
        if quota_len(document) > ctx.quotas.managed_policy_size {
            return Err(err(ErrorCode::LimitExceeded, format!("Cannot exceed quota for PolicySize: {}", ctx.quotas.managed_policy_size)));
        }
        let p = self.customer_policy_mut(ctx.partition, arn, "CreatePolicyVersion")?;
        p.materialize();
        if p.versions.len() >= VERSIONS_PER_POLICY {
            return Err(err(
                ErrorCode::LimitExceeded,
                format!("A managed policy can have up to {VERSIONS_PER_POLICY} versions. Before you create a new version, you must delete an existing version."),
            ));
        }
        p.last_version += 1;
        let v = VersionRec { id: format!("v{}", p.last_version), document: document.to_owned(), created: ctx.now.clone() };
        p.versions.push(v.clone());
        if set_default {
            p.default_version = v.id.clone();
            p.document = v.document.clone();
        }
        Ok(v)
    }

    /// SetDefaultPolicyVersion.
    pub fn set_default_policy_version(&mut self, partition: Partition, arn: &str, version: &str) -> Result<(), IamError> {
        let p = self.customer_policy_mut(partition, arn, "SetDefaultPolicyVersion")?;
        let v = p.version(version)?;
        p.materialize();
        p.default_version = v.id;
        p.document = v.document;
        Ok(())
    }

    /// DeletePolicyVersion: never the default version.
    pub fn delete_policy_version(&mut self, partition: Partition, arn: &str, version: &str) -> Result<(), IamError> {
        let p = self.customer_policy_mut(partition, arn, "DeletePolicyVersion")?;
        p.version(version)?;
        if p.default_version == version {
            return Err(err(ErrorCode::DeleteConflict, "Cannot delete the default version of a policy."));
        }
        p.materialize();
        p.versions.retain(|v| v.id != version);
        Ok(())
    }

    /// Checks that a permissions boundary names a managed policy there is (IAM's words).
    fn check_boundary(&self, partition: Partition, arn: &str) -> Result<(), IamError> {
        let is_policy = arn::parse(arn).is_ok() && arn.split(':').nth(5).is_some_and(|r| r.starts_with("policy/"));
        if !is_policy {
            return Err(err(ErrorCode::InvalidInput, format!("ARN {arn} is not valid.")));
        }
        if self.policy_name(partition, arn).is_none() {
            return Err(err(ErrorCode::NoSuchEntity, format!("Scope ARN: {arn} does not exist or is not attachable.")));
        }
        Ok(())
    }

    /// A service-linked role may not be changed by its account.
    fn modifiable(&self, role: &str) -> Result<(), IamError> {
        let r = self.role(role)?;
        if r.path.starts_with("/aws-service-role/") {
            return Err(err(ErrorCode::UnmodifiableEntity, format!("Cannot perform the operation on the protected role '{}' - this role is only modifiable by AWS", r.name)));
        }
        Ok(())
    }

    /// PutRolePermissionsBoundary (and CreateRole's `PermissionsBoundary`).
    pub fn put_role_boundary(&mut self, partition: Partition, role: &str, arn: &str) -> Result<(), IamError> {
        self.modifiable(role)?;
        self.check_boundary(partition, arn)?;
        self.role_mut(role)?.boundary = Some(arn.to_owned());
        Ok(())
    }

    /// DeleteRolePermissionsBoundary (a role without one is left as it is).
    pub fn delete_role_boundary(&mut self, role: &str) -> Result<(), IamError> {
        self.modifiable(role)?;
        self.role_mut(role)?.boundary = None;
        Ok(())
    }

    /// How many roles have the policy as their permissions boundary.
    pub fn boundary_count(&self, arn: &str) -> usize {
        self.roles.values().filter(|r| r.boundary.as_deref() == Some(arn)).count()
    }

    pub fn delete_role(&mut self, role: &str) -> Result<(), IamError> {
        let r = self.role(role)?;
        if !r.attached.is_empty() {
            return Err(err(ErrorCode::DeleteConflict, "Cannot delete entity, must detach all policies first."));
        }
        if !r.inline.is_empty() {
            return Err(err(ErrorCode::DeleteConflict, "Cannot delete entity, must delete policies first."));
        }
        let name = r.name.clone();
        if self.instance_profiles.values().any(|p| p.roles.contains(&name)) {
            return Err(err(ErrorCode::DeleteConflict, "Cannot delete entity, must remove roles from instance profile first."));
        }
        self.roles.remove(&role.to_ascii_lowercase());
        Ok(())
    }

    pub fn delete_role_policy(&mut self, role: &str, name: &str) -> Result<(), IamError> {
        self.role_mut(role)?
            .inline
            .remove(name)
            .map(|_| ())
            .ok_or_else(|| err(ErrorCode::NoSuchEntity, format!("The role policy with name {name} cannot be found.")))
    }

    pub fn delete_policy(&mut self, partition: Partition, arn: &str) -> Result<(), IamError> {
        if !self.policies.contains_key(arn) {
            if AWS_MANAGED_POLICIES.iter().any(|m| m.arn(partition) == arn) {
                return Err(err(ErrorCode::UnmodifiableEntity, format!("Policy {arn} is managed by AWS and cannot be deleted.")));
            }
            return Err(err(ErrorCode::NoSuchEntity, format!("Policy {arn} was not found.")));
        }
        if self.attachment_count(arn) > 0 || self.boundary_count(arn) > 0 {
            return Err(err(ErrorCode::DeleteConflict, "Cannot delete a policy attached to entities."));
        }
        if self.policies.get(arn).is_some_and(|p| p.all_versions().len() > 1) {
            return Err(err(
                ErrorCode::DeleteConflict,
                "This policy has more than one version. Before you delete a policy, you must delete the policy's versions. The default version is deleted with the policy.",
            ));
        }
        self.policies.remove(arn);
        Ok(())
    }

    pub fn delete_instance_profile(&mut self, name: &str) -> Result<(), IamError> {
        let p = self.get_instance_profile(name)?;
        if !p.roles.is_empty() {
            return Err(err(ErrorCode::DeleteConflict, "Cannot delete entity, must remove roles from instance profile first."));
        }
        self.instance_profiles.remove(&name.to_ascii_lowercase());
        Ok(())
    }

    pub fn remove_role_from_profile(&mut self, profile: &str, role: &str) -> Result<(), IamError> {
        let role_name = self.role(role)?.name.clone();
        let p = self
            .instance_profiles
            .get_mut(&profile.to_ascii_lowercase())
            .ok_or_else(|| err(ErrorCode::NoSuchEntity, format!("Instance Profile {profile} cannot be found.")))?;
        let before = p.roles.len();
        p.roles.retain(|r| r != &role_name);
        if p.roles.len() == before {
            return Err(err(ErrorCode::NoSuchEntity, format!("The role with name {role_name} cannot be found in instance profile {}.", p.name)));
        }
        Ok(())
    }

    /// Adds or replaces tags on a role.
    pub fn tag_role(&mut self, role: &str, tags: &[Tag]) -> Result<(), IamError> {
        validate_tags(tags)?;
        let r = self.role(role)?;
        let mut merged = r.tags.clone();
        for t in tags {
            match merged.iter_mut().find(|m| m.key == t.key) {
                Some(m) => m.value = t.value.clone(),
                None => merged.push(t.clone()),
            }
        }
        if merged.len() > TAGS_PER_ROLE {
            return Err(err(ErrorCode::LimitExceeded, format!("Cannot exceed quota for TagsPerRole: {TAGS_PER_ROLE}")));
        }
        self.role_mut(role)?.tags = merged;
        Ok(())
    }

    pub fn untag_role(&mut self, role: &str, keys: &[String]) -> Result<(), IamError> {
        self.role_mut(role)?.tags.retain(|t| !keys.contains(&t.key));
        Ok(())
    }

    pub fn list_instance_profiles(&self, path_prefix: &str) -> Vec<ProfileRec> {
        self.instance_profiles.values().filter(|p| p.path.starts_with(path_prefix)).cloned().collect()
    }
}

/// What a write needs to know beyond the state.
#[derive(Debug, Clone)]
pub struct Ctx<'a> {
    pub partition: Partition,
    pub account: &'a str,
    pub quotas: Quotas,
    pub now: String,
}
