//! Findings: what a check or a lint found, with a stable code, a severity and the arguments of
//! its localized message (looked up by code as `finding-<code>`).

use std::collections::BTreeMap;

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
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

macro_rules! codes {
    ($($(#[$m:meta])* $name:ident = $code:literal, $sev:ident;)*) => {
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
        }
    };
}

codes! {
    /// No role by that name (or no role with one of the guide's names).
    RoleMissing = "role-missing", Error;
    /// Other roles that match the guide's names; the first one was checked.
    RoleAlsoFound = "role-also-found", Info;
    /// The trust policy is not a valid policy document.
    TrustInvalid = "trust-invalid", Error;
    /// The trust policy does not let the role's service principal assume the role.
    TrustPrincipalMissing = "trust-principal-missing", Error;
    /// aws-cn: the EKS node role trusts `ec2.amazonaws.com` but not `ec2.amazonaws.com.cn`,
    /// which EKS node groups require.
    TrustPrincipalPartition = "trust-principal-partition", Error;
    /// A Fargate pod execution role trusted without any `aws:SourceArn` condition.
    TrustSourceArnMissing = "trust-source-arn-missing", Warning;
    /// The `aws:SourceArn` condition does not let the Fargate profiles of a requested cluster
    /// (or region) through.
    TrustClusterNotCovered = "trust-cluster-not-covered", Error;
    /// The role also trusts a principal it does not need.
    TrustExtraPrincipal = "trust-extra-principal", Warning;
    /// One role trusted by both EC2 and EKS Fargate or the EKS control plane: the guides require separate roles.
    TrustSharedRole = "trust-shared-role", Error;
    /// A required managed policy is not attached.
    PolicyMissing = "policy-missing", Error;
    /// An older policy is attached in place of the current one.
    PolicyOutdated = "policy-outdated", Warning;
    /// The VPC CNI policy on the node role: current guidance puts it on the aws-node IRSA role.
    CniOnNodeRole = "cni-on-node-role", Info;
    /// The role is in no instance profile.
    InstanceProfileMissing = "instance-profile-missing", Error;
    /// The instance profile to use already holds another role.
    InstanceProfileTaken = "instance-profile-taken", Error;
    /// A requested optional permission is missing.
    PermissionMissing = "permission-missing", Error;
    /// An inline or customer policy of rolecall's name grants something other than the guide's document.
    PolicyDocumentDiffers = "policy-document-differs", Warning;
    /// Not JSON.
    JsonInvalid = "json-invalid", Error;
    /// A key given twice in one object: all but one value are silently lost.
    JsonDuplicateKey = "json-duplicate-key", Error;
    /// JSON, but not the structure of an IAM policy.
    PolicyStructure = "policy-structure", Error;
    /// No Version: IAM falls back to 2008-10-17, without policy variables.
    VersionMissing = "version-missing", Warning;
    /// A Version IAM does not know.
    VersionUnknown = "version-unknown", Error;
    /// A malformed ARN.
    ArnMalformed = "arn-malformed", Error;
    /// A malformed principal.
    PrincipalMalformed = "principal-malformed", Error;
    /// A malformed action.
    ActionMalformed = "action-malformed", Error;
    /// A placeholder from the guides left in the document.
    PlaceholderLeft = "placeholder-left", Error;
    /// An identity policy (not a trust policy) with a Principal.
    PolicyHasPrincipal = "policy-has-principal", Error;
    /// A trust policy statement without a Principal.
    TrustNoPrincipal = "trust-no-principal", Error;
    /// A trust policy statement with a Resource, which IAM rejects.
    TrustHasResource = "trust-has-resource", Error;
    /// A trust policy statement whose actions are not role-assumption actions.
    TrustActionInvalid = "trust-action-invalid", Error;
    /// The trust policy uses NotPrincipal, which IAM does not allow in a role's trust policy.
    TrustNotPrincipal = "trust-not-principal", Error;
    /// A Deny statement stops the service from assuming the role.
    TrustDenied = "trust-denied", Error;
    /// A statement lets the service assume the role only under a condition its requests do not meet.
    TrustConditionUnmet = "trust-condition-unmet", Error;
    /// Whether the service may assume the role depends on a value rolecall cannot know.
    TrustUndecided = "trust-undecided", Warning;
    /// Only some Fargate profiles of a requested cluster may assume the role.
    TrustClusterPartlyCovered = "trust-cluster-partly-covered", Error;
    /// aws-cn: the ECS container instance role trusts only `ec2.amazonaws.com`; it works, but the
    /// China regions document `ec2.amazonaws.com.cn`.
    TrustPrincipalPartitionLegacy = "trust-principal-partition-legacy", Warning;
    /// Both a policy and the older policy it replaces are attached; `--replace-outdated` detaches the older one.
    PolicySuperseded = "policy-superseded", Info;
    /// repair: the trust policy it would write still leaves a requested cluster uncovered, so it wrote nothing.
    RepairCannotCover = "repair-cannot-cover", Error;
    /// repair: the trust policy it would write takes something away, so it wrote nothing.
    RepairWouldNarrow = "repair-would-narrow", Error;
    /// audit: one role serves as both EKS node role and Fargate pod execution role.
    AuditRoleShared = "audit-role-shared", Error;
    /// audit: several Fargate pod execution roles cover the same cluster.
    AuditClusterSeveralRoles = "audit-cluster-several-roles", Warning;
    /// audit: an EKS node role in no instance profile (self-managed nodes need one).
    AuditNodeNoInstanceProfile = "audit-node-no-instance-profile", Info;
    /// A service principal written with `.amazonaws.com.cn` that has no such form (`eks-fargate-pods`).
    PrincipalNoCnForm = "principal-no-cn-form", Error;
    /// A malformed ARN whose intended form is clear (`arn:aws: iam::` -> `arn:aws:iam::`).
    ArnCorrected = "arn-corrected", Error;
    /// An AWS managed policy ARN whose name or path is wrong, with the nearest one that exists.
    AwsPolicyUnknown = "aws-policy-unknown", Error;
    /// An AWS managed policy ARN that names no policy in rolecall's list, and none near it.
    AwsPolicyNotListed = "aws-policy-not-listed", Warning;
    /// A customer managed policy's ARN without a 12-digit account (the account `aws`, or none).
    CustomerPolicyArn = "customer-policy-arn", Error;
    /// A name a command uses that the text never creates, next to one it does (`cwlogsppolicy`).
    NameNotCreated = "name-not-created", Warning;
    /// Prose that names a policy that does not exist, with the nearest real name.
    PolicyNameUnknown = "policy-name-unknown", Warning;
    /// A command attaches an older policy to a role whose current guide names another.
    CommandPolicyOutdated = "command-policy-outdated", Warning;
    /// A JSON line given to be added to the document above repeats a key that document has.
    JsonFragmentDuplicateKey = "json-fragment-duplicate-key", Error;
    /// A resource-based policy statement without a Principal.
    ResourceNoPrincipal = "resource-no-principal", Error;
    /// The trust policy lets the service call some of the actions it needs but not this one
    /// (`sts:TagSession` for EKS Auto Mode and EKS Pod Identity).
    TrustActionMissing = "trust-action-missing", Error;
    /// EKS Pod Identity: conditions on session tags limit which pods may assume the role.
    TrustScoped = "trust-scoped", Info;
    /// audit: one role serves both as an EKS cluster role and as a node role.
    AuditClusterNodeShared = "audit-cluster-node-shared", Error;
    /// audit: the role's service, acting for another account, may assume the role (no
    /// `aws:SourceAccount` or `aws:SourceArn` condition: the confused-deputy problem).
    AuditConfusedDeputy = "audit-confused-deputy", Warning;
}

impl Code {
    pub fn parse(s: &str) -> Option<Code> {
        Code::ALL.iter().copied().find(|c| c.as_str() == s)
    }
}

/// One finding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub code: Code,
    /// The values the localized message names (`policy`, `principal`, `cluster`...).
    pub args: BTreeMap<&'static str, String>,
}

impl Finding {
    pub fn new(code: Code) -> Self {
        Finding { code, args: BTreeMap::new() }
    }

    pub fn arg(mut self, key: &'static str, value: impl Into<String>) -> Self {
        self.args.insert(key, value.into());
        self
    }

    pub fn severity(&self) -> Severity {
        self.code.severity()
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
}
