//! IAM's and STS's constraints on the string fields of requests (their API references' "Length
//! Constraints" and "Pattern"), checked as IAM checks them: before anything else, answered with a
//! `ValidationError` worded as IAM words it.

use rolecall_core::backend::{ErrorCode, IamError};
use unicode_general_category::{get_general_category, GeneralCategory as G};

/// One field's constraint.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    /// The member's name in IAM's messages (`roleName`).
    pub member: &'static str,
    pub min: usize,
    pub max: usize,
    /// The pattern as IAM's reference writes it.
    pub pattern: &'static str,
    /// Whether the whole value matches the pattern.
    pub matches: fn(&str) -> bool,
}

fn name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || "_+=,.@-".contains(c)
}

fn names(s: &str) -> bool {
    s.chars().all(name_char)
}

/// `[\u0009\u000A\u000D\u0020-\u00FF]+`: policy documents.
fn document(s: &str) -> bool {
    s.chars().all(|c| matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{FF}'))
}

/// `[\u0009\u000A\u000D\u0020-\u007E\u00A1-\u00FF]*`: role descriptions.
fn description(s: &str) -> bool {
    s.chars().all(|c| matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{7E}' | '\u{A1}'..='\u{FF}'))
}

/// `(\u002F)|(\u002F[\u0021-\u007E]+\u002F)`: paths of roles and instance profiles.
fn path(s: &str) -> bool {
    s == "/" || (s.len() >= 3 && s.starts_with('/') && s.ends_with('/') && s.chars().all(|c| matches!(c, '\u{21}'..='\u{7E}')))
}

/// `\u002F[\u0021-\u007F]*`: path prefixes of ListRoles and ListInstanceProfiles.
fn path_prefix(s: &str) -> bool {
    s.starts_with('/') && s.chars().all(|c| matches!(c, '\u{21}'..='\u{7F}'))
}

/// `((/[A-Za-z0-9\.,\+@=_-]+)*)/`: ListPolicies' path prefix.
fn policy_path(s: &str) -> bool {
    s.ends_with('/') && s[..s.len() - 1].split('/').skip(1).all(|seg| !seg.is_empty() && seg.chars().all(|c| c.is_ascii_alphanumeric() || ".,+@=_-".contains(c))) && s.starts_with('/')
}

/// `[\u0020-\u00FF]+`: markers.
fn marker(s: &str) -> bool {
    s.chars().all(|c| matches!(c, '\u{20}'..='\u{FF}'))
}

/// `v[1-9][0-9]*(\.[A-Za-z0-9-]*)?`: policy version IDs.
fn version_id(s: &str) -> bool {
    let Some(rest) = s.strip_prefix('v') else { return false };
    let (num, suffix) = rest.split_once('.').map_or((rest, None), |(n, s)| (n, Some(s)));
    num.starts_with(|c: char| ('1'..='9').contains(&c))
        && num.bytes().all(|b| b.is_ascii_digit())
        && suffix.is_none_or(|s| s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
}

/// `[\w+=,.@:\/-]*`: STS external IDs.
fn external_id(s: &str) -> bool {
    s.chars().all(|c| name_char(c) || c == ':' || c == '/')
}

fn any(_: &str) -> bool {
    true
}

/// `\p{L}`, `\p{Z}` and `\p{N}`, and `_.:/=+-@`: tag keys and values.
pub fn tag_char(c: char) -> bool {
    use G::*;
    "_.:/=+-@".contains(c)
        || matches!(
            get_general_category(c),
            UppercaseLetter
                | LowercaseLetter
                | TitlecaseLetter
                | ModifierLetter
                | OtherLetter
                | SpaceSeparator
                | LineSeparator
                | ParagraphSeparator
                | DecimalNumber
                | LetterNumber
                | OtherNumber
        )
}

fn tags(s: &str) -> bool {
    s.chars().all(tag_char)
}

const NAME: &str = "[\\w+=,.@-]+";
const DOCUMENT: &str = "[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+";
const TAG_KEY: &str = "[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+";
const TAG_VALUE: &str = "[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*";

pub const ROLE_NAME: Rule = Rule { member: "roleName", min: 1, max: 64, pattern: NAME, matches: names };
pub const POLICY_NAME: Rule = Rule { member: "policyName", min: 1, max: 128, pattern: NAME, matches: names };
pub const INSTANCE_PROFILE_NAME: Rule = Rule { member: "instanceProfileName", min: 1, max: 128, pattern: NAME, matches: names };
pub const PATH: Rule = Rule { member: "path", min: 1, max: 512, pattern: "(\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)", matches: path };
pub const DESCRIPTION: Rule =
    Rule { member: "description", min: 0, max: 1000, pattern: "[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*", matches: description };
pub const TAG_KEY_RULE: Rule = Rule { member: "tags.member.key", min: 1, max: 128, pattern: TAG_KEY, matches: tags };
pub const TAG_VALUE_RULE: Rule = Rule { member: "tags.member.value", min: 0, max: 256, pattern: TAG_VALUE, matches: tags };
/// The most tags one request may carry (and one role hold).
pub const TAGS_MAX: usize = 50;

/// The rule of a request parameter of `action`, by the parameter's name.
pub fn rule_of(action: &str, param: &str) -> Option<Rule> {
    let document_rule = |member| Rule { member, min: 1, max: 131_072, pattern: DOCUMENT, matches: document };
    let arn = |member| Rule { member, min: 20, max: 2048, pattern: "", matches: any };
    Some(match param {
        "RoleName" => ROLE_NAME,
        "PolicyName" => POLICY_NAME,
        "InstanceProfileName" => INSTANCE_PROFILE_NAME,
        "Path" => PATH,
        "Description" => DESCRIPTION,
        "AssumeRolePolicyDocument" => document_rule("assumeRolePolicyDocument"),
        "PolicyDocument" => document_rule("policyDocument"),
        "PolicyArn" => arn("policyArn"),
        "RoleArn" => arn("roleArn"),
        "PermissionsBoundary" => arn("permissionsBoundary"),
        "Marker" => Rule { member: "marker", min: 1, max: 320, pattern: "[\\u0020-\\u00FF]+", matches: marker },
        "PathPrefix" if action == "ListPolicies" => {
            Rule { member: "pathPrefix", min: 1, max: 512, pattern: "((/[A-Za-z0-9\\.,\\+@=_-]+)*)/", matches: policy_path }
        }
        "PathPrefix" => Rule { member: "pathPrefix", min: 1, max: 512, pattern: "\\u002F[\\u0021-\\u007F]*", matches: path_prefix },
        "VersionId" => Rule { member: "versionId", min: 0, max: usize::MAX, pattern: "v[1-9][0-9]*(\\.[A-Za-z0-9-]*)?", matches: version_id },
        "RoleSessionName" => Rule { member: "roleSessionName", min: 2, max: 64, pattern: "[\\w+=,.@-]*", matches: names },
        "ExternalId" => Rule { member: "externalId", min: 2, max: 1224, pattern: "[\\w+=,.@:/-]*", matches: external_id },
        _ => return None,
    })
}

/// IAM's `ValidationError` for one value.
pub fn validation_error(value: &str, member: &str, constraint: &str) -> IamError {
    IamError::new(
        ErrorCode::Other("ValidationError".into()),
        format!("1 validation error detected: Value '{value}' at '{member}' failed to satisfy constraint: {constraint}"),
    )
}

/// Checks one value against a rule, naming the member as `member` (a list's member names its index).
pub fn check_as(rule: &Rule, member: &str, value: &str) -> Result<(), IamError> {
    let n = value.chars().count();
    if n < rule.min {
        return Err(validation_error(value, member, &format!("Member must have length greater than or equal to {}", rule.min)));
    }
    if n > rule.max {
        return Err(validation_error(value, member, &format!("Member must have length less than or equal to {}", rule.max)));
    }
    if !(rule.matches)(value) {
        return Err(validation_error(value, member, &format!("Member must satisfy regular expression pattern: {}", rule.pattern)));
    }
    Ok(())
}

/// Checks one value against a rule.
pub fn check(rule: &Rule, value: &str) -> Result<(), IamError> {
    check_as(rule, rule.member, value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_are_iams() {
        assert!(description("Allows EC2 instances to call AWS services. Ça va ¡sí! \t\r\n"));
        assert!(!description("bell \u{7}"), "C0 controls");
        assert!(!description("\u{7F}") && !description("\u{85}") && !description("\u{A0}"), "DEL, C1 controls and U+00A0");
        assert!(!description("日本"), "beyond Latin-1");
        assert!(document("{\"a\":\"é\"}\n") && !document("\u{1}") && !document("日"));
        assert!(path("/") && path("/a/b/") && !path("a/") && !path("//") && !path("/a b/"));
        assert!(path_prefix("/") && path_prefix("/a") && !path_prefix("a") && !path_prefix("/\u{1}"));
        assert!(policy_path("/") && policy_path("/a/b/") && !policy_path("/a//") && !policy_path("a/"));
        assert!(version_id("v1") && version_id("v12.a-b") && !version_id("v0") && !version_id("1"));
        assert!(tags("Cost Center 7 日本 é") && !tags("a\tb") && !tags("a\nb") && !tags("a!b"));
        assert!(names("a_b+c=d,e.f@g-h") && !names("a b") && !names("é"));
        assert!(external_id("a:b/c") && !external_id("a b"));
    }

    #[test]
    fn errors_are_worded_as_iams() {
        let e = check(&DESCRIPTION, "a\u{1}").unwrap_err();
        assert_eq!(e.code.as_str(), "ValidationError");
        assert!(e.message.starts_with("1 validation error detected: Value 'a\u{1}' at 'description' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\u0009"), "{}", e.message);
        let e = check(&ROLE_NAME, &"a".repeat(65)).unwrap_err();
        assert!(e.message.ends_with("Member must have length less than or equal to 64"), "{}", e.message);
        assert!(check(&DESCRIPTION, &"a".repeat(1000)).is_ok() && check(&DESCRIPTION, &"a".repeat(1001)).is_err());
    }
}
