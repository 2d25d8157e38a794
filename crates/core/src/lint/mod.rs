//! `lint`: checks a policy document a user pastes, catching the mistakes the guides themselves
//! contain (malformed ARNs, placeholders left in place, duplicate condition keys). [`text`]
//! lints any text: every policy document and every `aws iam` command in it.

mod command;
mod managed;
mod scan;
pub mod text;

use crate::model::arn;
use crate::verdicts::finding::{policy_error, Arg, Code, Finding};
use crate::model::partition::Partition;
use rolecall_policy::document::{parse_json_strict, PolicyDocument, Principal, Statement, VERSIONS};
use crate::verdicts::trust::assumers;

/// Which kind of document is linted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum DocKind {
    /// A permissions (identity) policy.
    Identity,
    /// A role trust policy.
    Trust,
    /// A resource-based policy (a bucket, key or queue policy...): Principals with any actions.
    Resource,
}

impl DocKind {
    /// The stable name of the kind in JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            DocKind::Identity => "identity",
            DocKind::Trust => "trust",
            DocKind::Resource => "resource",
        }
    }
}

/// The kind of a document, from its statements: a Principal allowed only `sts:` actions
/// (`sts:AssumeRole`, `sts:TagSession`...) makes a trust policy, a Principal with other actions
/// a resource-based policy, no Principal anywhere a permissions policy.
pub fn detect(doc: &PolicyDocument) -> DocKind {
    let with_principal: Vec<&Statement> = doc.statements.iter().filter(|s| s.principal.is_some() || s.not_principal.is_some()).collect();
    if with_principal.is_empty() {
        return DocKind::Identity;
    }
    let assumes = |s: &&Statement| {
        s.not_action.is_none() && s.action.as_ref().is_some_and(|a| !a.is_empty() && a.iter().all(|a| a.to_ascii_lowercase().starts_with("sts:")))
    };
    if with_principal.iter().all(assumes) {
        DocKind::Trust
    } else {
        DocKind::Resource
    }
}

/// The kind of a document's text ([`detect`]); a permissions policy when it cannot be read.
pub fn detect_text(text: &str) -> DocKind {
    parse_json_strict(text).ok().and_then(|v| PolicyDocument::from_value(&v).ok()).map_or(DocKind::Identity, |d| detect(&d))
}

/// The most text `lint` reads, in bytes (every document in it is also bounded by
/// [`rolecall_policy::document::MAX_DOCUMENT_BYTES`]).
pub const MAX_TEXT_BYTES: usize = 16 << 20;

/// Placeholders the guides ask users to replace that can never be real values (`region-code` is
/// no region). `my-cluster` and `111122223333` are placeholders too, but also valid values.
pub const PLACEHOLDERS: [&str; 2] = ["region-code", "your-account-id"];

/// Actions a trust policy may allow.
const TRUST_ACTIONS: [&str; 6] =
    ["sts:AssumeRole", "sts:AssumeRoleWithWebIdentity", "sts:AssumeRoleWithSAML", "sts:TagSession", "sts:SetSourceIdentity", "sts:SetContext"];

fn valid_action(a: &str) -> bool {
    if a == "*" {
        return true;
    }
    match a.split_once(':') {
        Some((svc, act)) => {
            !svc.is_empty()
                && svc.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
                && !act.is_empty()
                && act.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'*' || b == b'?')
        }
        None => false,
    }
}

fn valid_service_principal(s: &str) -> bool {
    let host = s.strip_suffix(".amazonaws.com").or_else(|| s.strip_suffix(".amazonaws.com.cn"));
    host.is_some_and(|h| !h.is_empty() && h.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.'))
}

fn valid_aws_principal(s: &str) -> bool {
    s == "*" || (s.len() == 12 && s.bytes().all(|b| b.is_ascii_digit())) || arn::parse(s).is_ok_and(|a| a.service == "iam" || a.service == "sts")
}

fn placeholder(v: &str) -> Option<&'static str> {
    PLACEHOLDERS.into_iter().find(|p| v.contains(p))
}

/// Checks an ARN-valued string, reporting a placeholder in preference to a malformed ARN, and
/// the ARN it most likely meant when that is clear.
fn arn_value(out: &mut Vec<Finding>, v: &str, path: String) {
    if let Some(p) = placeholder(v) {
        out.push(Finding::new(Code::PlaceholderLeft).arg(Arg::Value, v).arg(Arg::Placeholder, p).arg(Arg::Path, path));
    } else if v != "*" && arn::parse(v).is_err() {
        out.push(match arn::corrected(v) {
            Some(c) => Finding::new(Code::ArnCorrected).arg(Arg::Value, v).arg(Arg::Path, path).arg(Arg::Corrected, c),
            None => Finding::new(Code::ArnMalformed).arg(Arg::Value, v).arg(Arg::Path, path),
        });
    }
}

/// Every finding for a document's text.
pub fn lint(text: &str, kind: DocKind) -> Vec<Finding> {
    let value = match parse_json_strict(text) {
        Ok(v) => v,
        Err(e) => return vec![policy_error(&e)],
    };
    let doc = match PolicyDocument::from_value(&value) {
        Ok(d) => d,
        Err(e) => return vec![policy_error(&e)],
    };
    let mut out = Vec::new();
    match &doc.version {
        None => out.push(Finding::new(Code::VersionMissing)),
        Some(v) if !VERSIONS.contains(&v.as_str()) => out.push(Finding::new(Code::VersionUnknown).arg(Arg::Version, v.clone())),
        Some(_) => {}
    }
    let arrayish = matches!(value.get("Statement"), Some(serde_json::Value::Array(_)));
    for (i, st) in doc.statements.iter().enumerate() {
        let at = if arrayish { format!("$.Statement[{i}]") } else { "$.Statement".to_owned() };
        for (key, list) in [("Action", &st.action), ("NotAction", &st.not_action)] {
            for a in list.iter().flatten() {
                if !valid_action(a) {
                    out.push(Finding::new(Code::ActionMalformed).arg(Arg::Value, a.clone()).arg(Arg::Path, format!("{at}.{key}")));
                }
            }
        }
        for (key, list) in [("Resource", &st.resource), ("NotResource", &st.not_resource)] {
            for r in list.iter().flatten() {
                arn_value(&mut out, r, format!("{at}.{key}"));
            }
        }
        for (op, keys) in &st.condition {
            for (k, vals) in keys {
                let arn_valued = op.starts_with("Arn") || k.to_ascii_lowercase().ends_with("arn");
                for v in vals {
                    let path = format!("{at}.Condition.{op}.{k}");
                    if arn_valued {
                        arn_value(&mut out, v, path);
                    } else if let Some(p) = placeholder(v) {
                        out.push(Finding::new(Code::PlaceholderLeft).arg(Arg::Value, v.clone()).arg(Arg::Placeholder, p).arg(Arg::Path, path));
                    }
                }
            }
        }
        for (key, pr) in [("Principal", &st.principal), ("NotPrincipal", &st.not_principal)] {
            let Some(Principal::Map(m)) = pr else { continue };
            for (kind_name, vals) in m {
                for v in vals {
                    if kind_name == "Service" {
                        if let Some(p) = crate::model::partition::without_cn_form(v) {
                            out.push(Finding::new(Code::PrincipalNoCnForm).arg(Arg::Value, format!("{kind_name}: {v}")).arg(Arg::Path, format!("{at}.{key}")).arg(Arg::Principal, p));
                            continue;
                        }
                    }
                    let ok = match kind_name.as_str() {
                        "Service" => valid_service_principal(v),
                        "AWS" => valid_aws_principal(v),
                        "Federated" | "CanonicalUser" => !v.is_empty() && !v.chars().any(char::is_whitespace),
                        _ => false,
                    };
                    if !ok {
                        out.push(Finding::new(Code::PrincipalMalformed).arg(Arg::Value, format!("{kind_name}: {v}")).arg(Arg::Path, format!("{at}.{key}")));
                    }
                }
            }
        }
        match kind {
            DocKind::Identity => {
                if st.principal.is_some() || st.not_principal.is_some() {
                    out.push(Finding::new(Code::PolicyHasPrincipal).arg(Arg::Path, at.clone()));
                }
            }
            DocKind::Resource => {
                if st.principal.is_none() && st.not_principal.is_none() {
                    out.push(Finding::new(Code::ResourceNoPrincipal).arg(Arg::Path, at.clone()));
                }
            }
            DocKind::Trust => {
                if st.principal.is_none() && st.not_principal.is_none() {
                    out.push(Finding::new(Code::TrustNoPrincipal).arg(Arg::Path, at.clone()));
                }
                if st.resource.is_some() || st.not_resource.is_some() {
                    out.push(Finding::new(Code::TrustHasResource).arg(Arg::Path, at.clone()));
                }
                for a in st.action.iter().flatten() {
                    let ok = a == "*" || TRUST_ACTIONS.iter().any(|t| rolecall_policy::arn::glob_match(&a.to_ascii_lowercase(), &t.to_ascii_lowercase()));
                    if !ok {
                        out.push(Finding::new(Code::TrustActionInvalid).arg(Arg::Value, a.clone()).arg(Arg::Path, format!("{at}.Action")));
                    }
                }
            }
        }
    }
    if kind == DocKind::Trust {
        let all = assumers(&doc);
        let fargate = Partition::Aws.fargate_pods_principal();
        if all.iter().any(|a| a.kind == "Service" && a.value == fargate && a.source_arns.is_none()) {
            out.push(Finding::new(Code::TrustSourceArnMissing).arg(Arg::Principal, fargate));
        }
        let ec2 = all.iter().any(|a| a.kind == "Service" && crate::model::partition::is_ec2_principal(&a.value));
        if ec2 {
            for a in all.iter().filter(|a| crate::verdicts::trust::shared_with(crate::model::role::Trustee::Ec2, a)) {
                out.push(Finding::new(Code::TrustSharedRole).arg(Arg::Principal, a.label()));
            }
        }
    }
    out.sort_by_key(|f| std::cmp::Reverse(f.severity()));
    out
}
