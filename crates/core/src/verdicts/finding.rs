//! Findings: what a check or a lint found, with a stable code, a severity and the arguments of
//! its localized message. Each code declares the arguments its message names ([`Code::args`]);
//! a finding is built through that declaration, and the CLI's test checks it against English's
//! message, so that the code, its message and the book agree.

use std::collections::BTreeMap;

use rolecall_policy::document::{Expected, JsonSyntax, PolicyError};

/// How much a finding matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// For information only.
    Info,
    /// The role works, against current guidance or security advice.
    Warning,
    /// The role will not do its job, or the document is not valid.
    Error,
}

impl Severity {
    pub const ALL: [Severity; 3] = [Severity::Error, Severity::Warning, Severity::Info];

    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

macro_rules! args {
    ($($(#[$m:meta])* $name:ident = $key:literal;)*) => {
        /// What a finding's message names. The names are stable: they are the keys of JSON's
        /// `arguments` and the variables of the messages.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Arg { $($(#[$m])* $name,)* }

        impl Arg {
            pub const ALL: &'static [Arg] = &[$(Arg::$name,)*];

            /// The argument's name in messages and in JSON.
            pub fn name(self) -> &'static str {
                match self { $(Arg::$name => $key,)* }
            }
        }
    };
}

args! {
    /// A role's name.
    Role = "role";
    /// Several roles' names, comma-separated.
    Roles = "roles";
    /// Why: the JSON syntax error ([`ArgValue::Syntax`]), or the finding that explains an
    /// unreadable trust policy ([`ArgValue::Cause`]).
    Detail = "detail";
    /// A principal (`ec2.amazonaws.com`, an ARN).
    Principal = "principal";
    /// The `aws:SourceArn` pattern the guide writes.
    SourceArn = "source_arn";
    /// A policy's name or ARN.
    Policy = "policy";
    /// The policy the current guide names.
    Current = "current";
    /// A date ([`ArgValue::Date`]).
    Date = "date";
    /// An instance profile's name.
    Profile = "profile";
    /// An optional permission's flag value.
    Permission = "permission";
    /// A line (from 1; 0 when unknown).
    Line = "line";
    /// A column (from 1; 0 when unknown).
    Column = "column";
    /// A JSON key, or a condition key.
    Key = "key";
    /// Where in a document (`$.Statement[0].Principal`), or the command-line option.
    Path = "path";
    /// What IAM expects there ([`ArgValue::Expected`]).
    Expected = "expected";
    /// A policy language version as written.
    Version = "version";
    /// A value as written.
    Value = "value";
    /// The guide's placeholder left in a value.
    Placeholder = "placeholder";
    /// An EKS cluster's name.
    Cluster = "cluster";
    /// The corrected ARN.
    Corrected = "corrected";
    /// The nearest real name.
    Suggestion = "suggestion";
    /// Where rolecall's list of AWS managed policies comes from.
    Source = "source";
    /// A name the text creates.
    Created = "created";
    /// The line where that name is created.
    CreatedLine = "created_line";
    /// A statement's label (its Sid or its index).
    Statement = "statement";
    /// A condition operator.
    Operator = "operator";
    /// Whether a verdict is about the role (`role`) or one cluster (`cluster`): the message selects on it.
    Scope = "scope";
    /// A region code.
    Region = "region";
    /// The principal written the older way (`ec2.amazonaws.com` in China).
    Legacy = "legacy";
    /// A Fargate profile ARN the trust policy allows.
    Allowed = "allowed";
    /// A Fargate profile ARN the trust policy denies.
    Denied = "denied";
    /// A request value that would lose access (empty when the request has no such value).
    Example = "example";
    /// An action (`sts:TagSession`).
    Action = "action";
    /// The session-tag conditions that scope a role.
    Conditions = "conditions";
    /// A partition (`aws-us-gov`).
    Partition = "partition";
    /// A resource ARN, or the pattern of a set of resources (`*`).
    Resource = "resource";
    /// How many (as digits).
    Count = "count";
    /// A level of an organization: its root (`r-…`), an OU (`ou-…`) or an account.
    Target = "target";
    /// An EKS managed node group's name.
    NodeGroup = "node_group";
    /// An EKS Fargate profile's name.
    FargateProfile = "fargate_profile";
    /// An EKS access entry type (`EC2_LINUX`), or several separated by ` or `.
    EntryType = "entry_type";
    /// The type an existing access entry has (empty when there is no entry).
    Found = "found";
    /// When an access entry was created (ISO 8601, UTC).
    EntryCreated = "entry_created";
    /// When the role was created (ISO 8601, UTC).
    RoleCreated = "role_created";
    /// An AWS API operation (`ListAccessEntries`).
    Api = "api";
    /// A Kubernetes namespace.
    Namespace = "namespace";
    /// A Kubernetes service account.
    ServiceAccount = "service_account";
    /// An OIDC issuer URL.
    Issuer = "issuer";
}

/// The value of an argument.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ArgValue {
    /// A name, ARN, path or other value, shown as it is.
    Text(String),
    /// A date (`YYYY-MM-DD`), shown as the reader's language writes dates.
    Date(&'static str),
    /// What IAM expects at an element of a policy document.
    Expected(Expected),
    /// What is wrong with a JSON text.
    Syntax(JsonSyntax),
    /// The finding that explains this one (why a trust policy cannot be read).
    Cause(Box<Finding>),
}

impl ArgValue {
    /// The value in JSON: the text or date as it is, a stable code for the others.
    pub fn as_str(&self) -> &str {
        match self {
            ArgValue::Text(s) => s,
            ArgValue::Date(d) => d,
            ArgValue::Expected(e) => e.as_str(),
            ArgValue::Syntax(s) => s.as_str(),
            ArgValue::Cause(f) => f.code.as_str(),
        }
    }

    /// Whether this kind of value can stand for `arg`.
    fn fits(&self, arg: Arg) -> bool {
        match self {
            ArgValue::Text(_) => !matches!(arg, Arg::Date | Arg::Expected | Arg::Detail),
            ArgValue::Date(_) => arg == Arg::Date,
            ArgValue::Expected(_) => arg == Arg::Expected,
            ArgValue::Syntax(_) | ArgValue::Cause(_) => arg == Arg::Detail,
        }
    }
}

impl From<String> for ArgValue {
    fn from(s: String) -> Self {
        ArgValue::Text(s)
    }
}

impl From<&str> for ArgValue {
    fn from(s: &str) -> Self {
        ArgValue::Text(s.to_owned())
    }
}

impl From<&String> for ArgValue {
    fn from(s: &String) -> Self {
        ArgValue::Text(s.clone())
    }
}

impl From<Expected> for ArgValue {
    fn from(e: Expected) -> Self {
        ArgValue::Expected(e)
    }
}

impl From<JsonSyntax> for ArgValue {
    fn from(s: JsonSyntax) -> Self {
        ArgValue::Syntax(s)
    }
}

/// A finding's arguments. In JSON, an object of the arguments' names and their values' strings
/// ([`ArgValue::as_str`]), sorted by name.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Args(BTreeMap<Arg, ArgValue>);

impl Args {
    pub fn get(&self, arg: Arg) -> Option<&ArgValue> {
        self.0.get(&arg)
    }

    /// An argument's value as a string (see [`ArgValue::as_str`]).
    pub fn text(&self, arg: Arg) -> Option<&str> {
        self.0.get(&arg).map(ArgValue::as_str)
    }

    pub fn iter(&self) -> impl Iterator<Item = (Arg, &ArgValue)> {
        self.0.iter().map(|(k, v)| (*k, v))
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// `args[Arg::Policy]`: the value as a string; panics when the finding lacks it.
impl std::ops::Index<Arg> for Args {
    type Output = str;

    fn index(&self, arg: Arg) -> &str {
        self.text(arg).unwrap_or_else(|| panic!("no argument {}", arg.name()))
    }
}

impl serde::Serialize for Args {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let sorted: BTreeMap<&str, &str> = self.0.iter().map(|(k, v)| (k.name(), v.as_str())).collect();
        sorted.serialize(s)
    }
}

macro_rules! codes {
    ($($(#[$m:meta])* $name:ident = $code:literal, $sev:ident, [$($arg:ident),*] $([$($opt:ident),*])?;)*) => {
        /// Every finding rolecall reports. The code strings are stable: scripts match on them.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code { $($(#[$m])* $name,)* }

        impl Code {
            pub const ALL: &'static [Code] = &[$(Code::$name,)*];

            pub fn as_str(self) -> &'static str {
                match self { $(Code::$name => $code,)* }
            }

            /// The severity this finding always has.
            pub fn severity(self) -> Severity {
                match self { $(Code::$name => Severity::$sev,)* }
            }

            /// The arguments every finding of this code has.
            pub fn args(self) -> &'static [Arg] {
                match self { $(Code::$name => &[$(Arg::$arg),*],)* }
            }

            /// The arguments a finding of this code has in some cases only (a cluster, when the
            /// verdict is about one cluster).
            pub fn optional_args(self) -> &'static [Arg] {
                match self { $(Code::$name => &[$($(Arg::$opt),*)?],)* }
            }
        }
    };
}

// Each code: its stable string, its severity, the arguments its message always names and, in a
// second list, those it names in some cases only.
codes! {
    /// No role by that name (or no role with one of the guide's names).
    RoleMissing = "role-missing", Error, [Role];
    /// Other roles that match the guide's names; the first one was checked.
    RoleAlsoFound = "role-also-found", Info, [Roles];
    /// The trust policy is not a valid policy document.
    TrustInvalid = "trust-invalid", Error, [Detail];
    /// The trust policy does not let the role's service principal assume the role.
    TrustPrincipalMissing = "trust-principal-missing", Error, [Principal];
    /// aws-cn: the EKS node role trusts `ec2.amazonaws.com` but not `ec2.amazonaws.com.cn`,
    /// which EKS node groups require.
    TrustPrincipalPartition = "trust-principal-partition", Error, [Principal, Legacy];
    /// A Fargate pod execution role trusted without any `aws:SourceArn` condition.
    TrustSourceArnMissing = "trust-source-arn-missing", Warning, [Principal];
    /// The `aws:SourceArn` condition does not let the Fargate profiles of a requested cluster
    /// (or region) through.
    TrustClusterNotCovered = "trust-cluster-not-covered", Error, [Cluster, Region, SourceArn];
    /// The role also trusts a principal it does not need.
    TrustExtraPrincipal = "trust-extra-principal", Warning, [Principal];
    /// One role trusted by both EC2 and EKS Fargate or the EKS control plane: the guides require separate roles.
    TrustSharedRole = "trust-shared-role", Error, [Principal];
    /// A required managed policy is not attached.
    PolicyMissing = "policy-missing", Error, [Policy];
    /// An older policy is attached in place of the current one.
    PolicyOutdated = "policy-outdated", Warning, [Policy, Current, Date];
    /// The VPC CNI policy on the node role: current guidance puts it on the aws-node IRSA role.
    CniOnNodeRole = "cni-on-node-role", Info, [Policy];
    /// The role is in no instance profile.
    InstanceProfileMissing = "instance-profile-missing", Error, [Profile];
    /// The instance profile to use already holds another role.
    InstanceProfileTaken = "instance-profile-taken", Error, [Profile, Role];
    /// A requested optional permission is missing.
    PermissionMissing = "permission-missing", Error, [Permission, Policy];
    /// An inline or customer policy of rolecall's name grants something other than the guide's document.
    PolicyDocumentDiffers = "policy-document-differs", Warning, [Policy];
    /// Not JSON.
    JsonInvalid = "json-invalid", Error, [Line, Column, Detail];
    /// A key given twice in one object: all but one value are silently lost.
    JsonDuplicateKey = "json-duplicate-key", Error, [Key, Line, Column];
    /// JSON, but not the structure of an IAM policy.
    PolicyStructure = "policy-structure", Error, [Path, Expected];
    /// No Version: IAM falls back to 2008-10-17, without policy variables.
    VersionMissing = "version-missing", Warning, [];
    /// A Version IAM does not know.
    VersionUnknown = "version-unknown", Error, [Version];
    /// A malformed ARN.
    ArnMalformed = "arn-malformed", Error, [Value, Path];
    /// A malformed principal.
    PrincipalMalformed = "principal-malformed", Error, [Value, Path];
    /// A malformed action.
    ActionMalformed = "action-malformed", Error, [Value, Path];
    /// A placeholder from the guides left in the document.
    PlaceholderLeft = "placeholder-left", Error, [Value, Path, Placeholder];
    /// An identity policy (not a trust policy) with a Principal.
    PolicyHasPrincipal = "policy-has-principal", Error, [Path];
    /// A trust policy statement without a Principal.
    TrustNoPrincipal = "trust-no-principal", Error, [Path];
    /// A trust policy statement with a Resource, which IAM rejects.
    TrustHasResource = "trust-has-resource", Error, [Path];
    /// A trust policy statement whose actions are not role-assumption actions.
    TrustActionInvalid = "trust-action-invalid", Error, [Value, Path];
    /// The trust policy uses NotPrincipal, which IAM does not allow in a role's trust policy.
    TrustNotPrincipal = "trust-not-principal", Error, [Statement];
    /// A Deny statement stops the service from assuming the role.
    TrustDenied = "trust-denied", Error, [Principal, Statement, Scope] [Cluster, Region];
    /// A statement lets the service assume the role only under a condition its requests do not meet.
    TrustConditionUnmet = "trust-condition-unmet", Error, [Principal, Statement, Operator, Key, Scope] [Cluster, Region];
    /// Whether the service may assume the role depends on a value rolecall cannot know.
    TrustUndecided = "trust-undecided", Warning, [Principal, Statement, Operator, Key, Scope] [Cluster, Region];
    /// Only some Fargate profiles of a requested cluster may assume the role.
    TrustClusterPartlyCovered = "trust-cluster-partly-covered", Error, [Cluster, Region, Allowed, Denied];
    /// aws-cn: the ECS container instance role trusts only `ec2.amazonaws.com`; it works, but the
    /// China regions document `ec2.amazonaws.com.cn`.
    TrustPrincipalPartitionLegacy = "trust-principal-partition-legacy", Warning, [Principal, Legacy];
    /// Both a policy and the older policy it replaces are attached; `--replace-outdated` detaches the older one.
    PolicySuperseded = "policy-superseded", Info, [Policy, Current];
    /// Amazon EKS on Fargate is not available in the role's partition (AWS GovCloud (US)): no
    /// pod can use the role there.
    FargateUnavailable = "fargate-unavailable", Error, [Partition];
    /// Both a policy and the older, wider policy it replaces are attached: IAM adds their grants
    /// up, so the older one's wider grants stay in force (AmazonEKSBlockStoragePolicy beside its V2).
    PolicySupersededWider = "policy-superseded-wider", Warning, [Policy, Current];
    /// repair: the trust policy it would write still leaves a requested cluster uncovered, so it wrote nothing.
    RepairCannotCover = "repair-cannot-cover", Error, [Cluster, Region];
    /// repair: the trust policy it would write takes something away, so it wrote nothing.
    RepairWouldNarrow = "repair-would-narrow", Error, [Principal, Example];
    /// audit: one role serves as both EKS node role and Fargate pod execution role.
    AuditRoleShared = "audit-role-shared", Error, [Role];
    /// audit: several Fargate pod execution roles cover the same cluster.
    AuditClusterSeveralRoles = "audit-cluster-several-roles", Warning, [Cluster, Roles];
    /// audit: an EKS node role in no instance profile (self-managed nodes need one).
    AuditNodeNoInstanceProfile = "audit-node-no-instance-profile", Info, [Role];
    /// A service principal written with `.amazonaws.com.cn` that has no such form (`eks-fargate-pods`).
    PrincipalNoCnForm = "principal-no-cn-form", Error, [Value, Path, Principal];
    /// A `.amazonaws.com.cn` form AWS does not document (`eks.amazonaws.com.cn`,
    /// `pods.eks.amazonaws.com.cn`): the China pages show `principal`.
    PrincipalCnUndocumented = "principal-cn-undocumented", Warning, [Value, Path, Principal];
    /// A malformed ARN whose intended form is clear (`arn:aws: iam::` -> `arn:aws:iam::`).
    ArnCorrected = "arn-corrected", Error, [Value, Path, Corrected];
    /// An AWS managed policy ARN whose name or path is wrong, with the nearest one that exists.
    AwsPolicyUnknown = "aws-policy-unknown", Error, [Value, Path, Suggestion];
    /// An AWS managed policy ARN that names no policy in rolecall's list, and none near it.
    AwsPolicyNotListed = "aws-policy-not-listed", Warning, [Value, Path, Source];
    /// A customer managed policy's ARN without a 12-digit account (the account `aws`, or none).
    CustomerPolicyArn = "customer-policy-arn", Error, [Value, Path, Policy];
    /// A name a command uses that the text never creates, next to one it does (`cwlogsppolicy`).
    NameNotCreated = "name-not-created", Warning, [Value, Path, Created, CreatedLine];
    /// Prose that names a policy that does not exist, with the nearest real name.
    PolicyNameUnknown = "policy-name-unknown", Warning, [Value, Suggestion];
    /// A command attaches an older policy to a role whose current guide names another.
    CommandPolicyOutdated = "command-policy-outdated", Warning, [Policy, Current, Role, Date];
    /// A JSON line given to be added to the document above repeats a key that document has.
    JsonFragmentDuplicateKey = "json-fragment-duplicate-key", Error, [Key];
    /// A resource-based policy statement without a Principal.
    ResourceNoPrincipal = "resource-no-principal", Error, [Path];
    /// The trust policy lets the service call some of the actions it needs but not this one
    /// (`sts:TagSession` for EKS Auto Mode and EKS Pod Identity).
    TrustActionMissing = "trust-action-missing", Error, [Principal, Action];
    /// EKS Pod Identity: conditions on session tags limit which pods may assume the role.
    TrustScoped = "trust-scoped", Info, [Principal, Conditions];
    /// audit: one role serves both as an EKS cluster role and as a node role.
    AuditClusterNodeShared = "audit-cluster-node-shared", Error, [Role];
    /// audit: the role's service, acting for another account, may assume the role (no
    /// `aws:SourceAccount` or `aws:SourceArn` condition: the confused-deputy problem).
    AuditConfusedDeputy = "audit-confused-deputy", Warning, [Role, Principal];
    /// audit: a role whose trust policy cannot be read, so audit cannot tell whether it serves
    /// one of the purposes (it is checked when its name is one of the guides').
    AuditTrustUnreadable = "audit-trust-unreadable", Warning, [Role, Detail];
    /// No identity policy of the role allows something its workload needs (`count` needs in all).
    PermissionNotGranted = "permission-not-granted", Error, [Action, Resource, Count];
    /// An explicit Deny in one of the role's policies stops something its workload needs.
    PermissionDenied = "permission-denied", Error, [Action, Resource, Count, Policy, Statement];
    /// The permissions boundary does not allow (or denies) something the workload needs.
    PermissionBlockedByBoundary = "permission-blocked-by-boundary", Error, [Action, Resource, Count, Policy] [Statement];
    /// A service control policy level does not allow (or denies) something the workload needs.
    PermissionBlockedByScp = "permission-blocked-by-scp", Error, [Action, Resource, Count, Target] [Policy, Statement];
    /// Whether the role may do something its workload needs depends on a value rolecall cannot
    /// know (or on a policy it could not read).
    PermissionUndecided = "permission-undecided", Warning, [Action, Resource, Count] [Key];
    /// The service control policies could not be read (`value`: why): permission verdicts are
    /// given without them.
    ScpsNotRead = "scps-not-read", Info, [Value];
    /// A required managed policy is not attached, but the role's other policies grant every
    /// need it serves, and the guide accepts equivalent permissions.
    PolicyEquivalent = "policy-equivalent", Info, [Policy];
    /// A required managed policy is not attached; the role's other policies grant every need
    /// it serves, but the guide names the policy itself.
    PolicyMissingGranted = "policy-missing-granted", Warning, [Policy];
    /// A Fargate profile's pod execution role is also a node group's node role (the Fargate
    /// guide forbids it).
    FargateRoleNodeGroupShared = "fargate-role-node-group-shared", Error, [Role, FargateProfile, NodeGroup];
    /// The role's trust does not let EKS Fargate in for this profile's exact ARN.
    FargateProfileNotTrusted = "fargate-profile-not-trusted", Error, [Role, FargateProfile, SourceArn] [Statement, Key];
    /// Whether the role's trust lets EKS Fargate in for this profile depends on a value
    /// rolecall cannot know.
    FargateProfileTrustUndecided = "fargate-profile-trust-undecided", Warning, [Role, FargateProfile, Statement, Key];
    /// API mode: no access entry of the type a node, Fargate or Auto Mode role needs (or one of
    /// another type, `found`): its nodes or pods cannot join.
    AccessEntryMissing = "access-entry-missing", Error, [Role, EntryType] [Found];
    /// API_AND_CONFIG_MAP mode: no such access entry; the aws-auth ConfigMap, which rolecall
    /// cannot read, may map the role.
    AccessEntryMissingAwsAuth = "access-entry-missing-aws-auth", Info, [Role, EntryType] [Found];
    /// EKS Auto Mode's node role entry has no AmazonEKSAutoNodePolicy association.
    AccessPolicyMissing = "access-policy-missing", Error, [Role, Policy];
    /// The access entry was created before the role: it names a deleted role of the same ARN
    /// and no longer works.
    AccessEntryStale = "access-entry-stale", Error, [Role, EntryCreated, RoleCreated];
    /// An access entry names a role that does not exist.
    AccessEntryRoleMissing = "access-entry-role-missing", Warning, [Role, EntryType];
    /// CONFIG_MAP mode: the mappings live in the aws-auth ConfigMap, a Kubernetes object
    /// rolecall cannot read.
    AwsAuthUnread = "aws-auth-unread", Info, [Cluster];
    /// The role has a path: aws-auth must name it by its ARN without the path.
    AwsAuthRolePath = "aws-auth-role-path", Info, [Role, Value];
    /// Roles trust the cluster's OIDC issuer, but the account has no IAM OIDC provider for it.
    OidcProviderMissing = "oidc-provider-missing", Error, [Issuer, Roles];
    /// A Pod Identity association's role trusts EKS Pod Identity, but its conditions reject
    /// the session tags EKS sets for this association.
    PodIdentityTagsRejected = "pod-identity-tags-rejected", Error, [Role, Namespace, ServiceAccount, Statement, Key];
    /// Whether the role lets this association in depends on a value rolecall cannot know (a
    /// pod's name or UID).
    PodIdentityTagsUndecided = "pod-identity-tags-undecided", Warning, [Role, Namespace, ServiceAccount, Statement, Key];
    /// The association's target role does not trust the association's role (with its external ID).
    PodIdentityTargetNotTrusted = "pod-identity-target-not-trusted", Error, [Role, Principal] [Statement, Key];
    /// Whether the target role trusts the association's role depends on a value rolecall
    /// cannot know.
    PodIdentityTargetUndecided = "pod-identity-target-undecided", Warning, [Role, Principal, Statement, Key];
    /// A part of the cluster could not be read (`value`: why): what it decides is left out.
    EksNotRead = "eks-not-read", Info, [Api, Value];
}

impl Code {
    pub fn parse(s: &str) -> Option<Code> {
        Code::ALL.iter().copied().find(|c| c.as_str() == s)
    }

    /// Whether a finding of this code may have this argument.
    pub fn declares(self, arg: Arg) -> bool {
        self.args().contains(&arg) || self.optional_args().contains(&arg)
    }
}

/// One finding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub code: Code,
    /// The values the localized message names, as the code declares them.
    pub args: Args,
}

impl Finding {
    pub fn new(code: Code) -> Self {
        Finding { code, args: Args::default() }
    }

    /// Sets an argument the code declares ([`Code::args`], [`Code::optional_args`]), with a value
    /// of its kind. Anything else is a bug, caught by the tests (debug builds panic).
    pub fn arg(mut self, key: Arg, value: impl Into<ArgValue>) -> Self {
        let value = value.into();
        debug_assert!(self.code.declares(key), "{} does not declare the argument {}", self.code.as_str(), key.name());
        debug_assert!(value.fits(key), "{}: {value:?} cannot stand for {}", self.code.as_str(), key.name());
        self.args.0.insert(key, value);
        self
    }

    /// The finding whose message says why this one arose (`trust-invalid`'s detail).
    pub fn because(self, cause: Finding) -> Self {
        self.arg(Arg::Detail, ArgValue::Cause(Box::new(cause)))
    }

    /// An argument's value as a string.
    pub fn get(&self, arg: Arg) -> Option<&str> {
        self.args.text(arg)
    }

    /// The arguments the code always names that this finding lacks (none, when it was built right).
    pub fn missing_args(&self) -> Vec<Arg> {
        self.code.args().iter().copied().filter(|a| self.args.get(*a).is_none()).collect()
    }

    pub fn severity(&self) -> Severity {
        self.code.severity()
    }
}

/// The finding that says why a text is not a policy document.
pub fn policy_error(e: &PolicyError) -> Finding {
    let at = |f: Finding, line: usize, column: usize| f.arg(Arg::Line, line.to_string()).arg(Arg::Column, column.to_string());
    match e {
        PolicyError::DuplicateKey { key, line, column } => at(Finding::new(Code::JsonDuplicateKey).arg(Arg::Key, key), *line, *column),
        PolicyError::Json { line, column, syntax } => at(Finding::new(Code::JsonInvalid).arg(Arg::Detail, *syntax), *line, *column),
        PolicyError::TooLarge { .. } => at(Finding::new(Code::JsonInvalid).arg(Arg::Detail, JsonSyntax::TooLarge), 0, 0),
        PolicyError::Structure { path, expected } => Finding::new(Code::PolicyStructure).arg(Arg::Path, path).arg(Arg::Expected, *expected),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_kebab_case() {
        let mut seen = std::collections::BTreeSet::new();
        for c in Code::ALL {
            assert!(seen.insert(c.as_str()), "{}", c.as_str());
            assert!(c.as_str().bytes().all(|b| b.is_ascii_lowercase() || b == b'-'));
            assert_eq!(Code::parse(c.as_str()), Some(*c));
        }
    }

    #[test]
    fn arguments_are_declared_once_per_code() {
        for c in Code::ALL {
            let mut all: Vec<Arg> = c.args().iter().chain(c.optional_args()).copied().collect();
            let n = all.len();
            all.sort();
            all.dedup();
            assert_eq!(all.len(), n, "{} declares an argument twice", c.as_str());
        }
        let mut names: Vec<&str> = Arg::ALL.iter().map(|a| a.name()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), Arg::ALL.len());
    }

    #[test]
    fn arguments_serialize_by_name_with_stable_values() {
        let f = Finding::new(Code::PolicyOutdated).arg(Arg::Policy, "Old").arg(Arg::Date, ArgValue::Date("2023-10-03")).arg(Arg::Current, "New");
        assert_eq!(serde_json::to_string(&f.args).unwrap_or_default(), r#"{"current":"New","date":"2023-10-03","policy":"Old"}"#);
        assert!(f.missing_args().is_empty());
        assert_eq!(Finding::new(Code::PolicyOutdated).missing_args(), [Arg::Policy, Arg::Current, Arg::Date]);
    }

    #[test]
    #[should_panic(expected = "does not declare")]
    #[cfg(debug_assertions)]
    fn an_undeclared_argument_is_a_bug() {
        let _ = Finding::new(Code::RoleMissing).arg(Arg::Policy, "x");
    }
}
