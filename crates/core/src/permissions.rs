//! The IAM permissions rolecall itself needs, per command: a least-privilege policy teams can grant.

use serde_json::{json, Value};

use crate::partition::Partition;
use crate::policy::VERSION;

/// A command whose permissions can be printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
            Command::Check | Command::Audit => &["iam:GetRole", "iam:GetRolePolicy", "iam:ListAttachedRolePolicies", "iam:ListInstanceProfilesForRole", "iam:ListRoles"],
            Command::Create | Command::Repair => &[
                "iam:GetInstanceProfile",
                "iam:GetPolicy",
                // A retried CreatePolicy compares the policy it finds with the one it sent.
                "iam:GetPolicyVersion",
                "iam:GetRole",
                "iam:GetRolePolicy",
                "iam:ListAttachedRolePolicies",
                "iam:ListInstanceProfilesForRole",
                "iam:ListRoles",
            ],
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::{lint, DocKind};

    #[test]
    fn check_is_read_only() {
        for c in [Command::Check, Command::Audit] {
            let v = policy(c, Partition::Aws, Some("111122223333"));
            let actions: Vec<&str> = v["Statement"].as_array().unwrap().iter().flat_map(|s| s["Action"].as_array().unwrap()).filter_map(|a| a.as_str()).collect();
            assert!(!actions.is_empty());
            assert!(actions.iter().all(|a| a.starts_with("iam:Get") || a.starts_with("iam:List")), "{actions:?}");
        }
    }

    #[test]
    fn policies_lint_clean() {
        for c in Command::ALL {
            for p in Partition::ALL {
                let text = policy(c, p, Some("111122223333")).to_string();
                assert!(lint(&text, DocKind::Identity).is_empty(), "{text}");
            }
        }
    }
}
