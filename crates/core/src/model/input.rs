//! Typed, validated input values and the errors that name what was wrong.
//!
//! Every value a user gives rolecall is parsed into one of these types before anything talks
//! to IAM. An [`InputError`] carries the field, the bad value and the rule it broke, as data:
//! the CLI turns it into a localized sentence.

use std::fmt;

use rolecall_policy::arn::is_region_code;

/// Which input a value was given for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    AccountId,
    Region,
    ClusterRegion,
    Cluster,
    RoleName,
    PolicyName,
    InstanceProfileName,
    Path,
    Partition,
    RoleKind,
    Cni,
    Permission,
    Arn,
    Language,
    Output,
    Backend,
    EndpointUrl,
    Concurrency,
    Timeout,
    ReadTimeout,
    ConnectTimeout,
    Format,
    Shell,
    Port,
    Listen,
    OperationTimeout,
    /// `--accounts` of `audit`.
    Accounts,
    /// `--assume-role` of `audit`: the member role's name, with its path.
    AssumeRole,
    /// `--external-id` of `audit`.
    ExternalId,
    /// `--account-concurrency` of `audit`.
    AccountConcurrency,
    Secret,
    /// `--header-timeout` of `mock serve`.
    HeaderTimeout,
    /// `--body-timeout` of `mock serve`.
    BodyTimeout,
    /// `--idle-timeout` of `mock serve`.
    IdleTimeout,
    /// `--max-connections` of `mock serve`.
    MaxConnections,
}

impl Field {
    /// A stable identifier, used as a message id suffix and in JSON.
    pub fn id(self) -> &'static str {
        match self {
            Field::AccountId => "account",
            Field::Region => "region",
            Field::ClusterRegion => "cluster-region",
            Field::Cluster => "cluster",
            Field::RoleName => "role-name",
            Field::PolicyName => "policy-name",
            Field::InstanceProfileName => "instance-profile-name",
            Field::Path => "path",
            Field::Partition => "partition",
            Field::RoleKind => "kind",
            Field::Cni => "cni",
            Field::Permission => "with",
            Field::Arn => "arn",
            Field::Language => "lang",
            Field::Output => "output",
            Field::Backend => "backend",
            Field::EndpointUrl => "endpoint-url",
            Field::Concurrency => "concurrency",
            Field::Timeout => "timeout",
            Field::ReadTimeout => "cli-read-timeout",
            Field::ConnectTimeout => "cli-connect-timeout",
            Field::Format => "format",
            Field::Shell => "shell",
            Field::Port => "port",
            Field::Listen => "listen",
            Field::OperationTimeout => "operation-timeout",
            Field::HeaderTimeout => "header-timeout",
            Field::BodyTimeout => "body-timeout",
            Field::IdleTimeout => "idle-timeout",
            Field::MaxConnections => "max-connections",
            Field::Accounts => "accounts",
            Field::AssumeRole => "assume-role",
            Field::ExternalId => "external-id",
            Field::AccountConcurrency => "account-concurrency",
            Field::Secret => "secret",
        }
    }
}

/// The rule a value broke: what is allowed instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rule {
    /// Exactly this many decimal digits.
    Digits(usize),
    /// Between `min` and `max` characters from IAM's name set `[A-Za-z0-9+=,.@_-]`.
    IamName { min: usize, max: usize },
    /// An EKS cluster name: 1-100 characters, a letter or digit first, then letters, digits, `-`, `_`.
    ClusterName,
    /// A region code such as `us-west-2`.
    RegionCode,
    /// One of these values.
    OneOf(Vec<&'static str>),
    /// An IAM path: `/` or `/segment/.../`, at most 512 characters.
    IamPath,
    /// An ARN of this shape.
    ArnShape(&'static str),
    /// A value that contradicts another one given.
    Conflicts { other: String },
    /// An `http://` or `https://` URL.
    Url,
    /// A whole number in this range.
    Range { min: u64, max: u64 },
    /// The value is required in this context.
    Required,
    /// An STS external ID: 2 to 1224 characters from `[A-Za-z0-9+=,.@:/_-]`.
    ExternalId,
    /// A role name, optionally after its IAM path (`/path/Name`).
    RoleWithPath,
    /// A non-empty, comma-separated list.
    NonEmptyList,
    /// An IP address, optionally with a port (`127.0.0.1`, `0.0.0.0:8080`, `[::1]:8080`).
    IpAddress,
    /// The value places the role in a partition where Amazon EKS on Fargate is not available
    /// (AWS GovCloud (US)): there is no Fargate pod execution role to show or make there.
    FargateUnavailable(crate::partition::Partition),
}

/// A value that is not allowed where it was given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    pub field: Field,
    pub value: String,
    pub rule: Rule,
}

impl InputError {
    pub fn new(field: Field, value: impl Into<String>, rule: Rule) -> Self {
        InputError { field, value: value.into(), rule }
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid {} {:?}: {:?}", self.field.id(), self.value, self.rule)
    }
}

impl std::error::Error for InputError {}

fn is_iam_name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || "+=,.@_-".contains(c)
}

fn check_iam_name(field: Field, s: &str, max: usize) -> Result<(), InputError> {
    let n = s.chars().count();
    if n == 0 || n > max || !s.chars().all(is_iam_name_char) {
        return Err(InputError::new(field, s, Rule::IamName { min: 1, max }));
    }
    Ok(())
}

macro_rules! string_newtype {
    ($(#[$m:meta])* $name:ident) => {
        $(#[$m])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }
    };
}

string_newtype!(
    /// A 12-digit AWS account id.
    AccountId
);
string_newtype!(
    /// An IAM role name: 1-64 characters of `[A-Za-z0-9+=,.@_-]`.
    RoleName
);
string_newtype!(
    /// An IAM policy name (customer managed or inline): 1-128 characters of the name set.
    PolicyName
);
string_newtype!(
    /// An instance profile name: 1-128 characters of the name set.
    InstanceProfileName
);
string_newtype!(
    /// A region code such as `us-west-2`.
    Region
);
string_newtype!(
    /// An EKS cluster name.
    ClusterName
);
string_newtype!(
    /// An IAM path such as `/` or `/eks/`.
    IamPath
);

impl AccountId {
    pub const LEN: usize = 12;

    pub fn parse(s: &str) -> Result<Self, InputError> {
        if s.len() == Self::LEN && s.bytes().all(|b| b.is_ascii_digit()) {
            Ok(AccountId(s.to_owned()))
        } else {
            Err(InputError::new(Field::AccountId, s, Rule::Digits(Self::LEN)))
        }
    }
}

impl RoleName {
    pub const MAX: usize = 64;

    pub fn parse(s: &str) -> Result<Self, InputError> {
        check_iam_name(Field::RoleName, s, Self::MAX)?;
        Ok(RoleName(s.to_owned()))
    }
}

impl PolicyName {
    pub const MAX: usize = 128;

    pub fn parse(s: &str) -> Result<Self, InputError> {
        check_iam_name(Field::PolicyName, s, Self::MAX)?;
        Ok(PolicyName(s.to_owned()))
    }
}

impl InstanceProfileName {
    pub const MAX: usize = 128;

    pub fn parse(s: &str) -> Result<Self, InputError> {
        check_iam_name(Field::InstanceProfileName, s, Self::MAX)?;
        Ok(InstanceProfileName(s.to_owned()))
    }
}

impl Region {
    pub fn parse(s: &str) -> Result<Self, InputError> {
        Self::parse_for(Field::Region, s)
    }

    pub fn parse_for(field: Field, s: &str) -> Result<Self, InputError> {
        if is_region_code(s) {
            Ok(Region(s.to_owned()))
        } else {
            Err(InputError::new(field, s, Rule::RegionCode))
        }
    }
}

impl ClusterName {
    pub const MAX: usize = 100;

    pub fn parse(s: &str) -> Result<Self, InputError> {
        let mut chars = s.chars();
        let first_ok = chars.next().is_some_and(|c| c.is_ascii_alphanumeric());
        let rest_ok = chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if first_ok && rest_ok && s.len() <= Self::MAX {
            Ok(ClusterName(s.to_owned()))
        } else {
            Err(InputError::new(Field::Cluster, s, Rule::ClusterName))
        }
    }
}

impl IamPath {
    pub const MAX: usize = 512;

    pub fn root() -> Self {
        IamPath("/".to_owned())
    }

    pub fn parse(s: &str) -> Result<Self, InputError> {
        let ok = s.len() <= Self::MAX
            && s.starts_with('/')
            && s.ends_with('/')
            && !s.contains("//")
            && s.bytes().all(|b| (0x21..=0x7e).contains(&b));
        if ok {
            Ok(IamPath(s.to_owned()))
        } else {
            Err(InputError::new(Field::Path, s, Rule::IamPath))
        }
    }
}

/// An STS external ID (`--external-id`): 2 to 1224 characters from `[A-Za-z0-9+=,.@:/_-]`.
pub fn parse_external_id(s: &str) -> Result<String, InputError> {
    let n = s.chars().count();
    if (2..=1224).contains(&n) && s.chars().all(|c| c.is_ascii_alphanumeric() || "+=,.@:/_-".contains(c)) {
        Ok(s.to_owned())
    } else {
        Err(InputError::new(Field::ExternalId, s, Rule::ExternalId))
    }
}

/// A role name with its optional IAM path (`OrganizationAccountAccessRole`, `/audit/Reader`).
pub fn parse_role_with_path(s: &str) -> Result<(IamPath, RoleName), InputError> {
    let bad = || InputError::new(Field::AssumeRole, s, Rule::RoleWithPath);
    match s.rfind('/') {
        None => Ok((IamPath::root(), RoleName::parse(s).map_err(|_| bad())?)),
        Some(i) => {
            let (path, name) = s.split_at(i + 1);
            let path = if path.starts_with('/') { path.to_owned() } else { format!("/{path}") };
            Ok((IamPath::parse(&path).map_err(|_| bad())?, RoleName::parse(name).map_err(|_| bad())?))
        }
    }
}

/// `--accounts ID[,ID…]` (the flag may also be repeated): account IDs, without repeats.
pub fn parse_accounts<'a>(values: impl IntoIterator<Item = &'a str>) -> Result<Vec<AccountId>, InputError> {
    let mut out: Vec<AccountId> = Vec::new();
    let mut given = String::new();
    for v in values {
        given.push_str(v);
        for part in v.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let id = AccountId::parse(part).map_err(|_| InputError::new(Field::Accounts, part, Rule::Digits(12)))?;
            if !out.contains(&id) {
                out.push(id);
            }
        }
    }
    if out.is_empty() {
        return Err(InputError::new(Field::Accounts, given, Rule::NonEmptyList));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn account_ids() {
        assert!(AccountId::parse("111122223333").is_ok());
        for bad in ["11112222333", "1111222233334", "11112222333a", "", " 111122223333"] {
            let e = AccountId::parse(bad).unwrap_err();
            assert_eq!(e.rule, Rule::Digits(12), "{bad}");
            assert_eq!(e.value, bad);
        }
    }

    #[test]
    fn role_names() {
        assert!(RoleName::parse("AmazonEKSNodeRole").is_ok());
        assert!(RoleName::parse("a+=,.@_-b").is_ok());
        assert!(RoleName::parse(&"a".repeat(64)).is_ok());
        assert!(RoleName::parse(&"a".repeat(65)).is_err());
        assert!(RoleName::parse("").is_err());
        assert!(RoleName::parse("bad name").is_err());
        assert!(RoleName::parse("bad/name").is_err());
        assert!(RoleName::parse("nombre-ñ").is_err());
        assert!(PolicyName::parse(&"p".repeat(128)).is_ok());
        assert!(PolicyName::parse(&"p".repeat(129)).is_err());
        assert!(InstanceProfileName::parse(&"p".repeat(129)).is_err());
    }

    #[test]
    fn regions() {
        for ok in ["us-west-2", "cn-north-1", "cn-northwest-1", "us-gov-west-1", "ap-southeast-5", "eu-central-2"] {
            assert!(Region::parse(ok).is_ok(), "{ok}");
        }
        for bad in ["region-code", "us-west", "USA-west-2", "us_west_2", "", "us--2", "*"] {
            assert!(Region::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn cluster_names() {
        assert!(ClusterName::parse("my-cluster").is_ok());
        assert!(ClusterName::parse("0prod_eu").is_ok());
        assert!(ClusterName::parse(&"c".repeat(100)).is_ok());
        assert!(ClusterName::parse(&"c".repeat(101)).is_err());
        assert!(ClusterName::parse("-lead").is_err());
        assert!(ClusterName::parse("has.dot").is_err());
        assert!(ClusterName::parse("").is_err());
    }

    #[test]
    fn paths() {
        assert!(IamPath::parse("/").is_ok());
        assert!(IamPath::parse("/eks/nodes/").is_ok());
        assert!(IamPath::parse("eks/").is_err());
        assert!(IamPath::parse("/eks").is_err());
        assert!(IamPath::parse("/a b/").is_err());
        assert!(IamPath::parse(&format!("/{}/", "a".repeat(511))).is_err());
    }
}
