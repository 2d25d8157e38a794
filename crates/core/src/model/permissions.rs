//! The IAM permissions rolecall itself needs, per command: a least-privilege policy teams can grant.

use serde_json::{json, Value};

use crate::model::partition::Partition;
use rolecall_policy::document::VERSION;

/// A command whose permissions can be printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Command {
    Check,
    Create,
    Repair,
    Audit,
}

impl Command {
    pub const ALL: [Command; 4] = [Command::Check, Command::Create, Command::Repair, Command::Audit];

    pub fn slug(self) -> &'static str {
        match self {
            Command::Check => "check",
            Command::Create => "create",
            Command::Repair => "repair",
            Command::Audit => "audit",
        }
    }

    /// The read actions the command uses. (sts:GetCallerIdentity needs no permission.)
    pub fn reads(self) -> &'static [&'static str] {
        match self {
            // check looks up the instance profile and customer policies of the guide's names
            // in the same round trip, as repair does (one comparison).
            // What decides the role's permissions too: every inline policy (ListRolePolicies,
            // GetRolePolicy), the default version of each attached policy and of the boundary
            // (GetPolicy, GetPolicyVersion).
            Command::Check => &[
                "iam:GetInstanceProfile",
                "iam:GetPolicy",
                "iam:GetPolicyVersion",
                "iam:GetRole",
                "iam:GetRolePolicy",
                "iam:ListAttachedRolePolicies",
                "iam:ListInstanceProfilesForRole",
                "iam:ListRolePolicies",
                "iam:ListRoles",
            ],
            // The whole account in GetAccountAuthorizationDetails' pages; role by role where that
            // call is denied.
            Command::Audit => &[
                "iam:GetAccountAuthorizationDetails",
                "iam:GetPolicy",
                "iam:GetPolicyVersion",
                "iam:GetRole",
                "iam:GetRolePolicy",
                "iam:ListAttachedRolePolicies",
                "iam:ListInstanceProfilesForRole",
                "iam:ListRolePolicies",
                "iam:ListRoles",
            ],
            Command::Create | Command::Repair => &[
                "iam:GetInstanceProfile",
                "iam:GetPolicy",
                // A retried CreatePolicy compares the policy it finds with the one it sent.
                "iam:GetPolicyVersion",
                "iam:GetRole",
                "iam:GetRolePolicy",
                "iam:ListAttachedRolePolicies",
                "iam:ListInstanceProfilesForRole",
                "iam:ListRolePolicies",
                "iam:ListRoles",
            ],
        }
    }

    /// The Organizations reads of the SCPs above the account (DescribeOrganization, ListParents up
    /// to the root, ListPoliciesForTarget and DescribePolicy per level), in a statement of their
    /// own (`RolecallReadServiceControlPolicies`). They are optional: without them the SCPs are
    /// reported as not read (`"scps": "not_read"`, a note), never an error. Organizations answers
    /// the last three only to the management account and delegated administrators.
    pub fn scp_reads(self) -> &'static [&'static str] {
        match self {
            Command::Check | Command::Repair | Command::Audit => {
                &["organizations:DescribeOrganization", "organizations:DescribePolicy", "organizations:ListParents", "organizations:ListPoliciesForTarget"]
            }
            Command::Create => &[],
        }
    }

    /// The write actions the command may use, by resource type.
    pub fn writes(self) -> &'static [(&'static str, &'static [&'static str])] {
        match self {
            Command::Check | Command::Audit => &[],
            Command::Create => &[
                // AddRoleToInstanceProfile passes the role: it needs iam:PassRole on it.
                ("role", &["iam:AttachRolePolicy", "iam:CreateRole", "iam:PassRole", "iam:PutRolePolicy"]),
                ("policy", &["iam:CreatePolicy"]),
                ("instance-profile", &["iam:AddRoleToInstanceProfile", "iam:CreateInstanceProfile"]),
            ],
            Command::Repair => &[
                ("role", &["iam:AttachRolePolicy", "iam:DetachRolePolicy", "iam:PassRole", "iam:PutRolePolicy", "iam:UpdateAssumeRolePolicy"]),
                ("policy", &["iam:CreatePolicy"]),
                ("instance-profile", &["iam:AddRoleToInstanceProfile", "iam:CreateInstanceProfile"]),
            ],
        }
    }
}

/// The policy a principal needs to run `command` in `account` (`*` when unknown).
pub fn policy(command: Command, partition: Partition, account: Option<&str>) -> Value {
    let account = account.unwrap_or("*");
    let p = partition.id();
    let mut statements = vec![json!({
        "Sid": "RolecallRead",
        "Effect": "Allow",
        "Action": command.reads(),
        "Resource": "*"
    })];
    if !command.scp_reads().is_empty() {
        statements.push(json!({
            "Sid": "RolecallReadServiceControlPolicies",
            "Effect": "Allow",
            "Action": command.scp_reads(),
            "Resource": "*"
        }));
    }
    for (kind, actions) in command.writes() {
        let sid = match *kind {
            "role" => "RolecallWriteRoles",
            "policy" => "RolecallWritePolicies",
            _ => "RolecallWriteInstanceProfiles",
        };
        statements.push(json!({
            "Sid": sid,
            "Effect": "Allow",
            "Action": actions,
            "Resource": format!("arn:{p}:iam::{account}:{kind}/*")
        }));
    }
    json!({ "Version": VERSION, "Statement": statements })
}

/// The caller's policy for `audit --organization` (and `--accounts`): audit's reads in its own
/// account, the organization's accounts, and the member role in each account.
pub fn organization_caller_policy(partition: Partition, member_role_path: &str, member_role_name: &str) -> Value {
    let mut doc = policy(Command::Audit, partition, None);
    if let Some(list) = doc["Statement"].as_array_mut() {
        list.push(json!({ "Sid": "RolecallListAccounts", "Effect": "Allow", "Action": ["organizations:ListAccounts"], "Resource": "*" }));
        list.push(json!({
            "Sid": "RolecallAssumeMemberRole",
            "Effect": "Allow",
            "Action": ["sts:AssumeRole"],
            "Resource": format!("arn:{}:iam::*:role{member_role_path}{member_role_name}", partition.id())
        }));
    }
    doc
}

/// The trust policy of the member role rolecall assumes in each account: the management
/// account's principals may assume it (with the external ID, when one is used).
pub fn member_role_trust(partition: Partition, management_account: &str, external_id: Option<&str>) -> Value {
    let mut st = json!({
        "Effect": "Allow",
        "Principal": { "AWS": format!("arn:{}:iam::{management_account}:root", partition.id()) },
        "Action": "sts:AssumeRole"
    });
    if let Some(id) = external_id {
        st["Condition"] = json!({ "StringEquals": { "sts:ExternalId": id } });
    }
    json!({ "Version": VERSION, "Statement": [st] })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_is_read_only() {
        for c in [Command::Check, Command::Audit] {
            let v = policy(c, Partition::Aws, Some("111122223333"));
            let actions: Vec<&str> = v["Statement"].as_array().unwrap().iter().flat_map(|s| s["Action"].as_array().unwrap()).filter_map(|a| a.as_str()).collect();
            assert!(!actions.is_empty());
            assert!(actions.iter().all(|a| ["iam:Get", "iam:List", "organizations:Describe", "organizations:List"].iter().any(|p| a.starts_with(p))), "{actions:?}");
        }
    }

    /// The SCP reads are a statement of their own, for the commands that judge permissions.
    #[test]
    fn scp_reads_are_their_own_statement() {
        for c in Command::ALL {
            let v = policy(c, Partition::Aws, None);
            let scp = v["Statement"].as_array().unwrap().iter().find(|s| s["Sid"] == "RolecallReadServiceControlPolicies");
            assert_eq!(scp.is_some(), c != Command::Create, "{}", c.slug());
            assert!(c.reads().iter().all(|a| a.starts_with("iam:")), "{}", c.slug());
        }
    }
}
