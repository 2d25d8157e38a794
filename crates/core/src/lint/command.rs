//! Checks of `aws iam` commands: policy ARNs (well-formed, an AWS managed policy that exists with
//! its path, a customer managed policy in a 12-digit account), names used but never created, and
//! older policies attached where the current guide names another.

use crate::model::arn;
use crate::model::partition::Partition;
use crate::verdicts::finding::{Arg, ArgValue, Code, Finding};
use crate::lint::DocKind;
use crate::lint::managed::{self, AwsPolicy};
use crate::model::role::RoleKind;
use crate::lint::scan::{Command, Word};

/// What a name names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameKind {
    Role,
    /// A customer managed policy.
    Policy,
    /// An inline policy of a role.
    InlinePolicy,
    InstanceProfile,
    /// A name in a `--query` that says not what it is.
    Any,
}

/// A name a command creates or uses.
#[derive(Debug, Clone)]
pub struct Named {
    pub kind: NameKind,
    pub name: String,
    /// The option it was given with (`--role-name`, `--query`...).
    pub option: String,
    /// The offset of the command.
    pub at: usize,
}

/// The names the commands of a text create and use.
#[derive(Debug, Default)]
pub struct Names {
    pub created: Vec<Named>,
    pub used: Vec<Named>,
}

impl Names {
    pub fn collect(cmds: &[Command]) -> Names {
        let mut n = Names::default();
        for c in cmds {
            let creates = match c.name.as_str() {
                "create-role" => Some(("role-name", NameKind::Role)),
                "create-policy" => Some(("policy-name", NameKind::Policy)),
                "put-role-policy" => Some(("policy-name", NameKind::InlinePolicy)),
                "create-instance-profile" => Some(("instance-profile-name", NameKind::InstanceProfile)),
                _ => None,
            };
            for o in &c.options {
                let Some(v) = &o.value else { continue };
                let named = |kind, name: &str| Named { kind, name: name.to_owned(), option: format!("--{}", o.name), at: c.start };
                if creates.is_some_and(|(opt, _)| opt == o.name) {
                    if let Some((_, kind)) = creates {
                        n.created.push(named(kind, &v.value));
                    }
                    continue;
                }
                match o.name.as_str() {
                    "role-name" => n.used.push(named(NameKind::Role, &v.value)),
                    "instance-profile-name" => n.used.push(named(NameKind::InstanceProfile, &v.value)),
                    "policy-name" => n.used.push(named(NameKind::InlinePolicy, &v.value)),
                    "policy-arn" => {
                        if let Ok(a) = arn::parse(&v.value) {
                            if a.service == "iam" && a.account != "aws" {
                                if let Some(name) = a.resource.strip_prefix("policy/").and_then(|r| r.rsplit('/').next()) {
                                    n.used.push(named(NameKind::Policy, name));
                                }
                            }
                        }
                    }
                    "query" => {
                        for (kind, name) in query_names(&v.value) {
                            n.used.push(named(kind, &name));
                        }
                    }
                    _ => {}
                }
            }
        }
        n
    }

    /// Whether the text creates a customer managed policy of this name.
    fn creates_policy(&self, name: &str) -> bool {
        self.created.iter().any(|c| c.kind == NameKind::Policy && c.name == name)
    }

    /// Names used but never created, each with the created name within two edits of it.
    pub fn not_created(&self) -> Vec<(&Named, &Named)> {
        let mut out = Vec::new();
        for u in &self.used {
            if u.name.chars().count() < 5 || self.created.iter().any(|c| c.name == u.name) {
                continue;
            }
            let near = self
                .created
                .iter()
                .filter(|c| u.kind == NameKind::Any || c.kind == u.kind)
                .filter_map(|c| managed::edit_distance(&u.name, &c.name, 2).map(|d| (d, c)))
                .min_by_key(|(d, _)| *d);
            if let Some((_, c)) = near {
                out.push((u, c));
            }
        }
        out
    }
}

/// The literal names a JMESPath `--query` compares with: `` PolicyName==`cwlogspolicy` ``, `'x'`.
fn query_names(q: &str) -> Vec<(NameKind, String)> {
    let mut out = Vec::new();
    for quote in ['`', '\''] {
        let parts: Vec<&str> = q.split(quote).collect();
        for (i, lit) in parts.iter().enumerate().skip(1).step_by(2) {
            if i + 1 >= parts.len() || lit.is_empty() {
                continue;
            }
            let lit = lit.trim_matches('"');
            let before = parts[i - 1].trim_end().trim_end_matches(['=', '!']).trim_end();
            let field = before.rsplit(|c: char| !c.is_ascii_alphanumeric()).next().unwrap_or("");
            let kind = match field {
                "PolicyName" => NameKind::Policy,
                "RoleName" => NameKind::Role,
                "InstanceProfileName" => NameKind::InstanceProfile,
                _ => NameKind::Any,
            };
            if lit.chars().all(|c| c.is_ascii_alphanumeric() || "+=,.@_-".contains(c)) {
                out.push((kind, lit.to_owned()));
            }
        }
    }
    out
}

/// The kind of document an option of a command takes, if it takes one.
pub fn document_option(cmd: &str, option: &str) -> Option<Option<DocKind>> {
    match (cmd, option) {
        ("create-role", "assume-role-policy-document") | ("update-assume-role-policy", "policy-document") => Some(Some(DocKind::Trust)),
        ("create-policy" | "create-policy-version" | "put-role-policy" | "put-user-policy" | "put-group-policy", "policy-document") => Some(Some(DocKind::Identity)),
        (_, o) if o == "policy-document" || o.ends_with("-policy-document") => Some(None),
        _ => None,
    }
}

/// An AWS managed policy ARN for this partition.
fn managed_arn(partition: &str, p: AwsPolicy) -> String {
    format!("arn:{partition}:iam::aws:policy/{}", p.path_and_name())
}

/// The most edits a near miss of a policy name may be from the real one.
pub fn near_miss_edits(name: &str) -> usize {
    (name.chars().count() / 8).max(2)
}

/// Checks a policy ARN given to a command (`--policy-arn`, `--permissions-boundary`).
fn policy_arn(out: &mut Vec<Finding>, names: &Names, w: &Word, option: &str) {
    let v = w.value.as_str();
    if let Some(p) = super::placeholder(v) {
        out.push(Finding::new(Code::PlaceholderLeft).arg(Arg::Value, v).arg(Arg::Placeholder, p).arg(Arg::Path, option));
        return;
    }
    let parsed = arn::parse(v);
    let (arn, corrected) = match parsed {
        Ok(a) => (a, false),
        Err(_) => match arn::corrected(v).and_then(|c| arn::parse(&c).ok()) {
            Some(a) => (a, true),
            None => {
                out.push(Finding::new(Code::ArnMalformed).arg(Arg::Value, v).arg(Arg::Path, option));
                return;
            }
        },
    };
    let wild = |s: &str| s.contains(['*', '?']);
    let customer_name = (!arn.resource.contains('/')).then_some(arn.resource.as_str()).or_else(|| arn.resource.strip_prefix("policy/"));
    if arn.service == "iam" && arn.account != "aws" && !wild(&arn.resource) && (wild(&arn.account) || !arn.resource.starts_with("policy/")) {
        if let Some(name) = customer_name.filter(|n| !n.is_empty()) {
            let name = name.rsplit('/').next().unwrap_or(name);
            out.push(Finding::new(Code::CustomerPolicyArn).arg(Arg::Value, v).arg(Arg::Path, option).arg(Arg::Policy, name));
            return;
        }
    }
    let Some(path_and_name) = arn.resource.strip_prefix("policy/").filter(|_| arn.service == "iam" && !wild(&arn.account) && !wild(&arn.resource)) else {
        out.push(Finding::new(Code::ArnMalformed).arg(Arg::Value, v).arg(Arg::Path, option));
        return;
    };
    let name = path_and_name.rsplit('/').next().unwrap_or(path_and_name);
    let partition = arn.partition.as_str();
    if arn.account == "aws" {
        let suggestion = match managed::find(name) {
            Some(p) if p.path_and_name() == path_and_name => None,
            Some(p) => Some(managed_arn(partition, p)),
            None => match managed::nearest(name, near_miss_edits(name)) {
                Some((p, _)) => Some(managed_arn(partition, p)),
                None if names.creates_policy(name) => {
                    out.push(Finding::new(Code::CustomerPolicyArn).arg(Arg::Value, v).arg(Arg::Path, option).arg(Arg::Policy, name));
                    return;
                }
                None => {
                    out.push(Finding::new(Code::AwsPolicyNotListed).arg(Arg::Value, v).arg(Arg::Path, option).arg(Arg::Source, managed::source()));
                    return;
                }
            },
        };
        match (corrected, suggestion) {
            (true, s) => out.push(Finding::new(Code::ArnCorrected).arg(Arg::Value, v).arg(Arg::Path, option).arg(Arg::Corrected, s.unwrap_or_else(|| arn.to_string()))),
            (false, Some(s)) => out.push(Finding::new(Code::AwsPolicyUnknown).arg(Arg::Value, v).arg(Arg::Path, option).arg(Arg::Suggestion, s)),
            (false, None) => {}
        }
    } else if corrected {
        out.push(Finding::new(Code::ArnCorrected).arg(Arg::Value, v).arg(Arg::Path, option).arg(Arg::Corrected, arn.to_string()));
    }
}

/// Every finding for one command (its documents are linted by the caller).
pub fn check(cmd: &Command, names: &Names) -> Vec<Finding> {
    let mut out = Vec::new();
    for o in &cmd.options {
        let Some(w) = &o.value else { continue };
        let option = format!("--{}", o.name);
        match o.name.as_str() {
            "policy-arn" | "permissions-boundary" => policy_arn(&mut out, names, w, &option),
            _ if w.value.starts_with("arn:") => super::arn_value(&mut out, &w.value, option),
            _ => {}
        }
    }
    if cmd.name == "attach-role-policy" {
        outdated(&mut out, cmd);
    }
    out
}

/// An older policy attached to a role of a kind whose current guide names another.
fn outdated(out: &mut Vec<Finding>, cmd: &Command) {
    let (Some(role), Some(arn)) = (cmd.value("role-name"), cmd.value("policy-arn")) else { return };
    let Ok(arn) = arn::parse(&arn.value) else { return };
    let Ok(partition) = Partition::parse(&arn.partition) else { return };
    // Each kind's role and its Auto Mode variant, each by its own names.
    for spec in RoleKind::ALL.into_iter().flat_map(|k| std::iter::once(k.spec()).chain(k.spec().auto_mode)) {
        if !(spec.matches_search_name(&role.value) || spec.default_name == role.value) {
            continue;
        }
        for req in spec.required {
            if req.older.iter().any(|o| o.arn(partition) == arn.to_string()) {
                out.push(
                    Finding::new(Code::CommandPolicyOutdated)
                        .arg(Arg::Policy, arn.resource.rsplit('/').next().unwrap_or_default())
                        .arg(Arg::Current, req.policy.name)
                        .arg(Arg::Role, role.value.clone())
                        .arg(Arg::Date, ArgValue::Date(req.changed.unwrap_or_default())),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_literals() {
        assert_eq!(query_names("Policies[?PolicyName==`cwlogsppolicy`].Arn"), vec![(NameKind::Policy, "cwlogsppolicy".to_owned())]);
        assert_eq!(query_names("Roles[?RoleName == 'x-y'].Arn"), vec![(NameKind::Role, "x-y".to_owned())]);
        assert_eq!(query_names("Policies[].Arn"), vec![]);
    }

    /// A command that attaches AmazonEKSBlockStoragePolicy to the Auto Mode cluster role: the
    /// current set-up attaches its V2 (the Auto Mode variant's names count, as the kind's do).
    #[test]
    fn block_storage_v1_on_the_auto_mode_cluster_role_is_outdated() {
        let cmd = |policy: &str| format!("aws iam attach-role-policy --role-name AmazonEKSAutoClusterRole --policy-arn arn:aws:iam::aws:policy/{policy}\n");
        let codes = crate::lint::text::lint_text(&cmd("AmazonEKSBlockStoragePolicy"), None).codes();
        assert_eq!(codes, [(1, "command-policy-outdated")]);
        assert!(crate::lint::text::lint_text(&cmd("AmazonEKSBlockStoragePolicyV2"), None).codes().is_empty());
    }
}
