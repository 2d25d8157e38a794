//! IAM's wire protocol (AWS Query: a form POST in, XML out) in front of a [`MockIam`].
//!
//! [`handle`] takes the body of a request to `POST /` and returns the status and XML IAM would
//! send: policy documents URL-encoded, lists paged with `Marker` / `IsTruncated` / `MaxItems`,
//! errors as `ErrorResponse` with IAM's codes and HTTP statuses. STS `GetCallerIdentity` is
//! answered too, so one endpoint serves everything rolecall calls.

use std::collections::HashMap;
use std::fmt::Write as _;

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use rolecall_core::backend::{Action, ErrorCode, IamError};

use crate::state::{PolicyRec, ProfileRec, RoleRec, Tag, VersionRec};
use crate::DetailItem;
use crate::{MockIam, ACCOUNT_ID, MAX_ITEMS};

const IAM_NS: &str = "https://iam.amazonaws.com/doc/2010-05-08/";
const STS_NS: &str = "https://sts.amazonaws.com/doc/2011-06-15/";

/// What IAM leaves unescaped when it URL-encodes a policy document.
const DOC_ENCODE: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'.').remove(b'*');

/// An HTTP answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    pub status: u16,
    pub body: String,
}

/// Escapes text for XML. A character XML 1.0 forbids (C0 controls other than tab, line feed and
/// carriage return; U+FFFE, U+FFFF) cannot be written even as a reference, so it becomes U+FFFD;
/// a carriage return is written as a reference, which parsers keep (a raw one they turn into a
/// line feed).
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\r' => out.push_str("&#13;"),
            '\t' | '\n' => out.push(c),
            c if c < ' ' || c == '\u{FFFE}' || c == '\u{FFFF}' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// URL-encodes a policy document as IAM does in its answers.
pub fn encode_document(doc: &str) -> String {
    utf8_percent_encode(doc, DOC_ENCODE).to_string()
}

fn el(out: &mut String, name: &str, value: &str) {
    let _ = write!(out, "<{name}>{}</{name}>", xml_escape(value));
}

fn request_id(serial: u64) -> String {
    format!("{:08x}-0000-4000-8000-{:012x}", serial, serial)
}

fn role_xml(out: &mut String, r: &RoleRec) {
    out.push_str("<Path>");
    out.push_str(&xml_escape(&r.path));
    out.push_str("</Path>");
    el(out, "RoleName", &r.name);
    el(out, "RoleId", &r.id);
    el(out, "Arn", &r.arn);
    el(out, "CreateDate", &r.created);
    el(out, "AssumeRolePolicyDocument", &encode_document(&r.trust));
    if !r.description.is_empty() {
        el(out, "Description", &r.description);
    }
    el(out, "MaxSessionDuration", "3600");
    boundary_xml(out, r.boundary.as_deref());
    tags_xml(out, &r.tags);
}

fn tags_xml(out: &mut String, tags: &[Tag]) {
    if tags.is_empty() {
        return;
    }
    out.push_str("<Tags>");
    for t in tags {
        out.push_str("<member>");
        el(out, "Key", &t.key);
        el(out, "Value", &t.value);
        out.push_str("</member>");
    }
    out.push_str("</Tags>");
}

fn profile_xml(out: &mut String, p: &ProfileRec, roles: &[RoleRec]) {
    el(out, "Path", &p.path);
    el(out, "InstanceProfileName", &p.name);
    el(out, "InstanceProfileId", &p.id);
    el(out, "Arn", &p.arn);
    el(out, "CreateDate", &p.created);
    out.push_str("<Roles>");
    for r in roles {
        out.push_str("<member>");
        role_xml(out, r);
        out.push_str("</member>");
    }
    out.push_str("</Roles>");
}

fn policy_xml(out: &mut String, p: &PolicyRec, attachments: usize, boundaries: usize) {
    el(out, "PolicyName", &p.name);
    el(out, "PolicyId", &p.id);
    el(out, "Arn", &p.arn);
    el(out, "Path", &p.path);
    el(out, "DefaultVersionId", &p.default_version);
    el(out, "AttachmentCount", &attachments.to_string());
    el(out, "PermissionsBoundaryUsageCount", &boundaries.to_string());
    el(out, "IsAttachable", "true");
    el(out, "CreateDate", &p.created);
    el(out, "UpdateDate", &p.updated());
}

/// A policy version's fields (the document only where IAM sends it: GetPolicyVersion and
/// GetAccountAuthorizationDetails).
fn version_xml(out: &mut String, p: &PolicyRec, v: &VersionRec, document: bool) {
    if document {
        el(out, "Document", &encode_document(&v.document));
    }
    el(out, "VersionId", &v.id);
    el(out, "IsDefaultVersion", if v.id == p.default_version { "true" } else { "false" });
    el(out, "CreateDate", &v.created);
}

fn boundary_xml(out: &mut String, boundary: Option<&str>) {
    if let Some(b) = boundary {
        out.push_str("<PermissionsBoundary><PermissionsBoundaryType>PermissionsBoundaryPolicy</PermissionsBoundaryType>");
        el(out, "PermissionsBoundaryArn", b);
        out.push_str("</PermissionsBoundary>");
    }
}

/// GetAccountAuthorizationDetails' result: users and groups (the mock has none), roles, policies
/// with every version, and the marker.
fn details_xml(items: &[DetailItem], next: Option<String>) -> String {
    let mut r = String::new();
    truncation(&mut r, next);
    r.push_str("<UserDetailList/><GroupDetailList/><RoleDetailList>");
    for item in items {
        let DetailItem::Role(d) = item else { continue };
        let role = &d.role;
        r.push_str("<member>");
        el(&mut r, "Path", &role.path);
        el(&mut r, "RoleName", &role.name);
        el(&mut r, "RoleId", &role.id);
        el(&mut r, "Arn", &role.arn);
        el(&mut r, "CreateDate", &role.created);
        el(&mut r, "AssumeRolePolicyDocument", &encode_document(&role.trust));
        r.push_str("<InstanceProfileList>");
        for (pr, rs) in &d.profiles {
            r.push_str("<member>");
            profile_xml(&mut r, pr, rs);
            r.push_str("</member>");
        }
        r.push_str("</InstanceProfileList><RolePolicyList>");
        for (name, doc) in &role.inline {
            r.push_str("<member>");
            el(&mut r, "PolicyName", name);
            el(&mut r, "PolicyDocument", &encode_document(doc));
            r.push_str("</member>");
        }
        r.push_str("</RolePolicyList><AttachedManagedPolicies>");
        for (name, arn) in &d.attached {
            r.push_str("<member>");
            el(&mut r, "PolicyName", name);
            el(&mut r, "PolicyArn", arn);
            r.push_str("</member>");
        }
        r.push_str("</AttachedManagedPolicies>");
        boundary_xml(&mut r, role.boundary.as_deref());
        tags_xml(&mut r, &role.tags);
        r.push_str("<RoleLastUsed/></member>");
    }
    r.push_str("</RoleDetailList><Policies>");
    for item in items {
        let (DetailItem::Local(d) | DetailItem::Aws(d)) = item else { continue };
        r.push_str("<member>");
        policy_xml(&mut r, &d.policy, d.attachments, d.boundaries);
        r.push_str("<PolicyVersionList>");
        for v in d.policy.all_versions() {
            r.push_str("<member>");
            version_xml(&mut r, &d.policy, &v, true);
            r.push_str("</member>");
        }
        r.push_str("</PolicyVersionList></member>");
    }
    r.push_str("</Policies>");
    r
}

fn error_body(e: &IamError, rid: &str) -> String {
    let kind = if e.code.http_status() >= 500 { "Receiver" } else { "Sender" };
    format!(
        "<ErrorResponse xmlns=\"{IAM_NS}\"><Error><Type>{kind}</Type><Code>{}</Code><Message>{}</Message></Error><RequestId>{rid}</RequestId></ErrorResponse>",
        xml_escape(e.code.as_str()),
        xml_escape(&e.message)
    )
}

/// The `ErrorResponse` IAM sends for `code`, with its HTTP status.
pub fn error_response(code: ErrorCode, message: &str) -> Response {
    let e = IamError::new(code, message);
    Response { status: e.code.http_status(), body: error_body(&e, &request_id(0)) }
}

fn ok(action: &str, ns: &str, result: Option<&str>, rid: &str) -> Response {
    let mut body = format!("<{action}Response xmlns=\"{ns}\">");
    if let Some(r) = result {
        let _ = write!(body, "<{action}Result>{r}</{action}Result>");
    }
    let _ = write!(body, "<ResponseMetadata><RequestId>{rid}</RequestId></ResponseMetadata></{action}Response>");
    Response { status: 200, body }
}

struct Params(HashMap<String, String>);

impl Params {
    fn req(&self, k: &str) -> Result<&str, IamError> {
        self.0.get(k).map(String::as_str).ok_or_else(|| {
            IamError::new(ErrorCode::Other("MissingParameter".into()), format!("The request must contain the parameter {k}."))
        })
    }

    fn opt(&self, k: &str) -> Option<&str> {
        self.0.get(k).map(String::as_str)
    }

    /// A list parameter: `Name.member.1`, `Name.member.2`...
    fn members(&self, name: &str) -> Vec<String> {
        (1..).map_while(|i| self.opt(&format!("{name}.member.{i}")).map(str::to_owned)).collect()
    }

    fn tags(&self) -> Vec<Tag> {
        (1..)
            .map_while(|i| {
                let key = self.opt(&format!("Tags.member.{i}.Key"))?;
                // Cannot hide a failure: IAM takes a tag without a value as an empty one.
                Some(Tag { key: key.to_owned(), value: self.opt(&format!("Tags.member.{i}.Value")).unwrap_or_default().to_owned() })
            })
            .collect()
    }

    fn flag(&self, k: &str) -> bool {
        self.opt(k).is_some_and(|v| v.eq_ignore_ascii_case("true"))
    }

    fn max_items(&self) -> Result<usize, IamError> {
        match self.opt("MaxItems") {
            None => Ok(100),
            Some(v) => v.parse::<usize>().ok().filter(|n| (1..=MAX_ITEMS).contains(n)).ok_or_else(|| {
                IamError::new(
                    ErrorCode::Other("ValidationError".into()),
                    format!("1 validation error detected: Value '{v}' at 'maxItems' failed to satisfy constraint: Member must have value between 1 and 1000"),
                )
            }),
        }
    }
}

/// Pages a list by position, returning the page and the next marker.
fn page<T: Clone>(items: &[T], marker: Option<&str>, max: usize, cap: usize) -> Result<(Vec<T>, Option<String>), IamError> {
    let start = match marker {
        None => 0,
        Some(m) => m.parse::<usize>().ok().filter(|s| *s <= items.len()).ok_or_else(|| IamError::new(ErrorCode::InvalidInput, "Invalid Marker."))?,
    };
    let n = max.min(cap).max(1);
    let end = (start + n).min(items.len());
    let next = (end < items.len()).then(|| end.to_string());
    Ok((items[start..end].to_vec(), next))
}

fn truncation(out: &mut String, next: Option<String>) {
    match next {
        Some(m) => {
            out.push_str("<IsTruncated>true</IsTruncated>");
            el(out, "Marker", &m);
        }
        None => out.push_str("<IsTruncated>false</IsTruncated>"),
    }
}

/// The IAM API operation a request body asks for.
pub fn action_of(body: &str) -> Option<String> {
    form_urlencoded::parse(body.as_bytes()).find(|(k, _)| k == "Action").map(|(_, v)| v.into_owned())
}

/// Whether an operation changes anything.
pub fn is_mutating(action: &str) -> bool {
    !(action.starts_with("Get") || action.starts_with("List"))
}

/// Answers one HTTP request to the sandbox: Organizations (JSON protocol, by its `X-Amz-Target`
/// header) or IAM and STS (Query protocol), in the account whose credentials signed it (its
/// `Authorization` header). Returns the status, the content type and the body.
pub fn handle_http(iam: &MockIam, authorization: Option<&str>, target: Option<&str>, body: &str) -> (u16, &'static str, String) {
    let account = authorization.and_then(crate::org::account_of_authorization);
    let view;
    let iam = match &account {
        Some(a) => {
            view = iam.for_account(a);
            &view
        }
        None => iam,
    };
    match target {
        Some(t) if t.starts_with("AWSOrganizationsV20161128.") => {
            let (status, body) = crate::org::handle_json(iam, t, body);
            (status, "application/x-amz-json-1.1", body)
        }
        _ => {
            let r = handle(iam, body);
            (r.status, "text/xml", r.body)
        }
    }
}

/// Answers one Query-protocol request body.
pub fn handle(iam: &MockIam, body: &str) -> Response {
    let params = Params(form_urlencoded::parse(body.as_bytes()).into_owned().collect());
    let serial = iam.read(|a, _| a.serial);
    let rid = request_id(serial);
    match dispatch(iam, &params, &rid) {
        Ok(r) => r,
        Err(e) => Response { status: e.code.http_status(), body: error_body(&e, &rid) },
    }
}

/// Checks every string parameter of a request as IAM does, before anything else: the named
/// parameters by their API reference's rules, then tags and tag keys.
fn validate(action: &str, p: &Params) -> Result<(), IamError> {
    let mut named: Vec<(&String, &String)> = p.0.iter().collect();
    named.sort();
    for (k, v) in named {
        if let Some(rule) = crate::valid::rule_of(action, k) {
            crate::valid::check(&rule, v)?;
        }
    }
    if action == "CreateRole" || action == "TagRole" {
        crate::state::validate_tags(&p.tags())?;
    }
    let keys = p.members("TagKeys");
    if keys.len() > crate::valid::TAGS_MAX {
        return Err(crate::valid::validation_error(&format!("{} keys", keys.len()), "tagKeys", "Member must have length less than or equal to 50"));
    }
    for (i, k) in keys.iter().enumerate() {
        crate::valid::check_as(&crate::valid::TAG_KEY_RULE, &format!("tagKeys.{}.member", i + 1), k)?;
    }
    Ok(())
}

fn dispatch(iam: &MockIam, p: &Params, rid: &str) -> Result<Response, IamError> {
    let action = p.req("Action")?;
    validate(action, p)?;
    let part = iam.partition();
    let cap = iam.page_size;
    match action {
        "GetCallerIdentity" => {
            let mut r = String::new();
            let arn = if iam.account() == ACCOUNT_ID {
                crate::org::caller_arn(part)
            } else {
                format!("arn:{}:sts::{}:assumed-role/member/{}", part.id(), iam.account(), crate::org::SESSION_NAME)
            };
            el(&mut r, "Arn", &arn);
            el(&mut r, "UserId", "AIDASEEDEXAMPLE");
            el(&mut r, "Account", iam.account());
            Ok(ok(action, STS_NS, Some(&r), rid))
        }
        "AssumeRole" => {
            let c = crate::org::assume_role(iam, p.req("RoleArn")?, p.req("RoleSessionName")?, p.opt("ExternalId"), p.opt("DurationSeconds"))?;
            let mut r = String::from("<Credentials>");
            el(&mut r, "AccessKeyId", &c.access_key_id);
            el(&mut r, "SecretAccessKey", &c.secret_access_key);
            el(&mut r, "SessionToken", &c.session_token);
            el(&mut r, "Expiration", &c.expiration);
            r.push_str("</Credentials><AssumedRoleUser>");
            el(&mut r, "AssumedRoleId", "AROAMOCK:rolecall");
            el(&mut r, "Arn", &c.assumed_role_arn);
            r.push_str("</AssumedRoleUser>");
            Ok(ok(action, STS_NS, Some(&r), rid))
        }
        "GetRole" => {
            let role = iam.read(|a, _| a.get_role(p.req("RoleName")?))?;
            let mut r = String::from("<Role>");
            role_xml(&mut r, &role);
            r.push_str("</Role>");
            Ok(ok(action, IAM_NS, Some(&r), rid))
        }
        "ListRoles" => {
            let (roles, next) = iam.list_roles_page(p.opt("Marker"), p.max_items()?);
            let mut r = String::from("<Roles>");
            for role in &roles {
                r.push_str("<member>");
                role_xml(&mut r, role);
                r.push_str("</member>");
            }
            r.push_str("</Roles>");
            truncation(&mut r, next);
            Ok(ok(action, IAM_NS, Some(&r), rid))
        }
        "ListAttachedRolePolicies" => {
            let all = iam.read(|a, c| a.attached(c.partition, p.req("RoleName")?))?;
            let (items, next) = page(&all, p.opt("Marker"), p.max_items()?, cap)?;
            let mut r = String::from("<AttachedPolicies>");
            for (name, arn) in items {
                r.push_str("<member>");
                el(&mut r, "PolicyName", &name);
                el(&mut r, "PolicyArn", &arn);
                r.push_str("</member>");
            }
            r.push_str("</AttachedPolicies>");
            truncation(&mut r, next);
            Ok(ok(action, IAM_NS, Some(&r), rid))
        }
        "ListRolePolicies" => {
            let all = iam.read(|a, _| a.inline_names(p.req("RoleName")?))?;
            let (items, next) = page(&all, p.opt("Marker"), p.max_items()?, cap)?;
            let mut r = String::from("<PolicyNames>");
            for n in items {
                el(&mut r, "member", &n);
            }
            r.push_str("</PolicyNames>");
            truncation(&mut r, next);
            Ok(ok(action, IAM_NS, Some(&r), rid))
        }
        "GetRolePolicy" => {
            let (role, name) = (p.req("RoleName")?, p.req("PolicyName")?);
            let (role_name, doc) = iam.read(|a, _| Ok::<_, IamError>((a.get_role(role)?.name, a.get_role_policy(role, name)?)))?;
            let mut r = String::new();
            el(&mut r, "RoleName", &role_name);
            el(&mut r, "PolicyName", name);
            el(&mut r, "PolicyDocument", &encode_document(&doc));
            Ok(ok(action, IAM_NS, Some(&r), rid))
        }
        "ListInstanceProfilesForRole" => {
            let (all, roles) = iam.read(|a, _| {
                let profiles = a.profiles_for_role(p.req("RoleName")?)?;
                let roles: Vec<Vec<RoleRec>> = profiles.iter().map(|pr| pr.roles.iter().filter_map(|n| a.get_role(n).ok()).collect()).collect();
                Ok::<_, IamError>((profiles, roles))
            })?;
            let (items, next) = page(&all.iter().cloned().zip(roles).collect::<Vec<_>>(), p.opt("Marker"), p.max_items()?, cap)?;
            let mut r = String::from("<InstanceProfiles>");
            for (pr, rs) in items {
                r.push_str("<member>");
                profile_xml(&mut r, &pr, &rs);
                r.push_str("</member>");
            }
            r.push_str("</InstanceProfiles>");
            truncation(&mut r, next);
            Ok(ok(action, IAM_NS, Some(&r), rid))
        }
        "GetInstanceProfile" => {
            let (pr, roles) = iam.read(|a, _| {
                let pr = a.get_instance_profile(p.req("InstanceProfileName")?)?;
                let roles: Vec<RoleRec> = pr.roles.iter().filter_map(|n| a.get_role(n).ok()).collect();
                Ok::<_, IamError>((pr, roles))
            })?;
            let mut r = String::from("<InstanceProfile>");
            profile_xml(&mut r, &pr, &roles);
            r.push_str("</InstanceProfile>");
            Ok(ok(action, IAM_NS, Some(&r), rid))
        }
        "GetPolicy" => {
            let arn = p.req("PolicyArn")?;
            let (pol, n) = iam.read(|a, c| {
                let pol = a.get_policy(c.partition, arn)?;
                Ok::<_, IamError>((pol, (a.attachment_count(arn), a.boundary_count(arn))))
            })?;
            let mut r = String::from("<Policy>");
            policy_xml(&mut r, &pol, n.0, n.1);
            r.push_str("</Policy>");
            Ok(ok(action, IAM_NS, Some(&r), rid))
        }
        "ListPolicies" => {
            let all = iam.read(|a, c| {
                let list = a.list_policies(c.partition, p.opt("Scope").unwrap_or("All"), p.flag("OnlyAttached"), p.opt("PathPrefix").unwrap_or("/"))?;
                Ok::<_, IamError>(list.into_iter().map(|pol| ((a.attachment_count(&pol.arn), a.boundary_count(&pol.arn)), pol)).collect::<Vec<_>>())
            })?;
            let (items, next) = page(&all, p.opt("Marker"), p.max_items()?, cap)?;
            let mut r = String::from("<Policies>");
            for (n, pol) in items {
                r.push_str("<member>");
                policy_xml(&mut r, &pol, n.0, n.1);
                r.push_str("</member>");
            }
            r.push_str("</Policies>");
            truncation(&mut r, next);
            Ok(ok(action, IAM_NS, Some(&r), rid))
        }
        "GetPolicyVersion" => {
            let (arn, version) = (p.req("PolicyArn")?, p.req("VersionId")?);
            let (pol, v) = iam.read(|a, c| a.policy_version(c.partition, arn, version))?;
            let mut r = String::from("<PolicyVersion>");
            version_xml(&mut r, &pol, &v, true);
            r.push_str("</PolicyVersion>");
            Ok(ok(action, IAM_NS, Some(&r), rid))
        }
        "ListPolicyVersions" => {
            let pol = iam.read(|a, c| a.get_policy(c.partition, p.req("PolicyArn")?))?;
            // Newest first, as IAM lists them.
            let mut all = pol.all_versions();
            all.reverse();
            let (items, next) = page(&all, p.opt("Marker"), p.max_items()?, cap)?;
            let mut r = String::from("<Versions>");
            for v in &items {
                r.push_str("<member>");
                version_xml(&mut r, &pol, v, false);
                r.push_str("</member>");
            }
            r.push_str("</Versions>");
            truncation(&mut r, next);
            Ok(ok(action, IAM_NS, Some(&r), rid))
        }
        "CreatePolicyVersion" => {
            let (arn, doc) = (p.req("PolicyArn")?, p.req("PolicyDocument")?);
            let v = iam.write(action, |a, c| a.create_policy_version(c, arn, doc, p.flag("SetAsDefault")))?;
            let pol = iam.read(|a, c| a.get_policy(c.partition, arn))?;
            let mut r = String::from("<PolicyVersion>");
            version_xml(&mut r, &pol, &v, false);
            r.push_str("</PolicyVersion>");
            Ok(ok(action, IAM_NS, Some(&r), rid))
        }
        "SetDefaultPolicyVersion" => {
            let (arn, version) = (p.req("PolicyArn")?, p.req("VersionId")?);
            iam.write(action, |a, c| a.set_default_policy_version(c.partition, arn, version))?;
            Ok(ok(action, IAM_NS, None, rid))
        }
        "DeletePolicyVersion" => {
            let (arn, version) = (p.req("PolicyArn")?, p.req("VersionId")?);
            iam.write(action, |a, c| a.delete_policy_version(c.partition, arn, version))?;
            Ok(ok(action, IAM_NS, None, rid))
        }
        "PutRolePermissionsBoundary" => {
            let (role, arn) = (p.req("RoleName")?, p.req("PermissionsBoundary")?);
            iam.write(action, |a, c| a.put_role_boundary(c.partition, role, arn))?;
            Ok(ok(action, IAM_NS, None, rid))
        }
        "DeleteRolePermissionsBoundary" => {
            let role = p.req("RoleName")?;
            iam.write(action, |a, _| a.delete_role_boundary(role))?;
            Ok(ok(action, IAM_NS, None, rid))
        }
        "GetAccountAuthorizationDetails" => {
            let filter = p.members("Filter");
            let (items, next) = iam.authorization_details_page(&filter, p.opt("Marker"), p.max_items()?)?;
            Ok(ok(action, IAM_NS, Some(&details_xml(&items, next)), rid))
        }
        "ListInstanceProfiles" => {
            let all = iam.read(|a, _| {
                a.list_instance_profiles(p.opt("PathPrefix").unwrap_or("/"))
                    .into_iter()
                    .map(|pr| {
                        let roles: Vec<RoleRec> = pr.roles.iter().filter_map(|n| a.get_role(n).ok()).collect();
                        (pr, roles)
                    })
                    .collect::<Vec<_>>()
            });
            let (items, next) = page(&all, p.opt("Marker"), p.max_items()?, cap)?;
            let mut r = String::from("<InstanceProfiles>");
            for (pr, rs) in items {
                r.push_str("<member>");
                profile_xml(&mut r, &pr, &rs);
                r.push_str("</member>");
            }
            r.push_str("</InstanceProfiles>");
            truncation(&mut r, next);
            Ok(ok(action, IAM_NS, Some(&r), rid))
        }
        "ListRoleTags" => {
            let role = iam.read(|a, _| a.get_role(p.req("RoleName")?))?;
            let mut r = String::from("<Tags>");
            for t in &role.tags {
                r.push_str("<member>");
                el(&mut r, "Key", &t.key);
                el(&mut r, "Value", &t.value);
                r.push_str("</member>");
            }
            r.push_str("</Tags><IsTruncated>false</IsTruncated>");
            Ok(ok(action, IAM_NS, Some(&r), rid))
        }
        "TagRole" => {
            let (role, tags) = (p.req("RoleName")?, p.tags());
            iam.write(action, |a, _| a.tag_role(role, &tags))?;
            Ok(ok(action, IAM_NS, None, rid))
        }
        "UntagRole" => {
            let (role, keys) = (p.req("RoleName")?, p.members("TagKeys"));
            iam.write(action, |a, _| a.untag_role(role, &keys))?;
            Ok(ok(action, IAM_NS, None, rid))
        }
        "DeleteRole" => {
            let role = p.req("RoleName")?;
            iam.write(action, |a, _| a.delete_role(role))?;
            Ok(ok(action, IAM_NS, None, rid))
        }
        "DeleteRolePolicy" => {
            let (role, name) = (p.req("RoleName")?, p.req("PolicyName")?);
            iam.write(action, |a, _| a.delete_role_policy(role, name))?;
            Ok(ok(action, IAM_NS, None, rid))
        }
        "DeletePolicy" => {
            let arn = p.req("PolicyArn")?;
            iam.write(action, |a, c| a.delete_policy(c.partition, arn))?;
            Ok(ok(action, IAM_NS, None, rid))
        }
        "DeleteInstanceProfile" => {
            let name = p.req("InstanceProfileName")?;
            iam.write(action, |a, _| a.delete_instance_profile(name))?;
            Ok(ok(action, IAM_NS, None, rid))
        }
        "RemoveRoleFromInstanceProfile" => {
            let (profile, role) = (p.req("InstanceProfileName")?, p.req("RoleName")?);
            iam.write(action, |a, _| a.remove_role_from_profile(profile, role))?;
            Ok(ok(action, IAM_NS, None, rid))
        }
        "CreateRole" => {
            let tags = p.tags();
            crate::state::validate_tags(&tags)?;
            let (name, path, trust) = (p.req("RoleName")?, p.opt("Path").unwrap_or("/"), p.req("AssumeRolePolicyDocument")?);
            // Cannot hide a failure: the description is optional and empty by default, as in IAM.
            let description = p.opt("Description").unwrap_or_default();
            iam.write(action, |a, c| a.create_role_bounded(c, name, path, trust, description, p.opt("PermissionsBoundary")).map(|_| ()))?;
            if !tags.is_empty() {
                iam.write("TagRole", |acc, _| acc.tag_role(name, &tags))?;
            }
            let role = iam.read(|acc, _| acc.get_role(name))?;
            let mut r = String::from("<Role>");
            role_xml(&mut r, &role);
            r.push_str("</Role>");
            Ok(ok(action, IAM_NS, Some(&r), rid))
        }
        "CreatePolicy" => {
            let name = p.req("PolicyName")?;
            iam.apply_now(&Action::CreatePolicy { policy_name: name.to_owned(), policy_document: p.req("PolicyDocument")?.to_owned() })?;
            let arn = rolecall_core::arn::customer_policy(part, iam.account(), name);
            let pol = iam.read(|a, c| a.get_policy(c.partition, &arn))?;
            let mut r = String::from("<Policy>");
            policy_xml(&mut r, &pol, 0, 0);
            r.push_str("</Policy>");
            Ok(ok(action, IAM_NS, Some(&r), rid))
        }
        "CreateInstanceProfile" => {
            let name = p.req("InstanceProfileName")?;
            iam.apply_now(&Action::CreateInstanceProfile { instance_profile_name: name.to_owned(), path: p.opt("Path").unwrap_or("/").to_owned() })?;
            let pr = iam.read(|a, _| a.get_instance_profile(name))?;
            let mut r = String::from("<InstanceProfile>");
            profile_xml(&mut r, &pr, &[]);
            r.push_str("</InstanceProfile>");
            Ok(ok(action, IAM_NS, Some(&r), rid))
        }
        "UpdateAssumeRolePolicy" => {
            iam.apply_now(&Action::UpdateAssumeRolePolicy { role_name: p.req("RoleName")?.to_owned(), policy_document: p.req("PolicyDocument")?.to_owned() })?;
            Ok(ok(action, IAM_NS, None, rid))
        }
        "AttachRolePolicy" => {
            iam.apply_now(&Action::AttachRolePolicy { role_name: p.req("RoleName")?.to_owned(), policy_arn: p.req("PolicyArn")?.to_owned() })?;
            Ok(ok(action, IAM_NS, None, rid))
        }
        "DetachRolePolicy" => {
            iam.apply_now(&Action::DetachRolePolicy { role_name: p.req("RoleName")?.to_owned(), policy_arn: p.req("PolicyArn")?.to_owned() })?;
            Ok(ok(action, IAM_NS, None, rid))
        }
        "PutRolePolicy" => {
            iam.apply_now(&Action::PutRolePolicy {
                role_name: p.req("RoleName")?.to_owned(),
                policy_name: p.req("PolicyName")?.to_owned(),
                policy_document: p.req("PolicyDocument")?.to_owned(),
            })?;
            Ok(ok(action, IAM_NS, None, rid))
        }
        "AddRoleToInstanceProfile" => {
            iam.apply_now(&Action::AddRoleToInstanceProfile {
                instance_profile_name: p.req("InstanceProfileName")?.to_owned(),
                role_name: p.req("RoleName")?.to_owned(),
            })?;
            Ok(ok(action, IAM_NS, None, rid))
        }
        other => Err(IamError::new(
            ErrorCode::Other("InvalidAction".into()),
            format!("Could not find operation {other} for version 2010-05-08"),
        )),
    }
}
