//! What each command prints, as types: their `Serialize` is the JSON (`--output json`, and
//! `jsonl`), [`crate::render`] renders them as text. [`schemas`] publishes a JSON Schema per
//! command, generated from these types (committed as `book/schemas/<command>.schema.json`).
//!
//! Keys and codes are stable English; only `message` fields follow the operator's language.
//! The order of the fields is the order of the keys in the JSON.

use std::collections::BTreeMap;

use rolecall_core::audit::Summary;
use rolecall_core::backend::Action;
use rolecall_core::check::Status;
use rolecall_core::finding::{Code, Severity};
use rolecall_core::lint::DocKind;
use rolecall_core::org::OrgSummary;
use rolecall_core::permissions::Command as PermCommand;
use rolecall_core::role::{Permission, RoleKind};
use rolecall_core::trust::TrustVerdict;
use rolecall_core::Partition;
use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::Serialize;
use serde_json::Value;

/// A JSON object of IAM's policy grammar, as rolecall writes or reads it.
type PolicyDocument = serde_json::Map<String, Value>;

/// A finding, with its message in the operator's language.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct FindingReport {
    /// The finding's stable code (the book's findings chapter explains each).
    #[serde(serialize_with = "code_str")]
    #[schemars(schema_with = "code_schema")]
    pub code: Code,
    pub severity: Severity,
    /// What was found, in the operator's language.
    pub message: String,
    /// The values the message names, by stable English names.
    pub arguments: BTreeMap<String, String>,
}

fn code_str<S: serde::Serializer>(c: &Code, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(c.as_str())
}

fn code_schema(_: &mut SchemaGenerator) -> Schema {
    let codes: Vec<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
    schemars::json_schema!({ "type": "string", "enum": codes })
}

/// Whether the input or the backend failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum FailureKind {
    /// Bad input: nothing was sent to IAM and nothing written (exit status 2).
    Input,
    /// The backend failed (exit status 3).
    Backend,
}

/// Why a command (or an account, or an action) failed.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ErrorReport {
    pub kind: FailureKind,
    /// For input, the flag's field (`account`) or the message id; for the backend, IAM's error
    /// code (`AccessDenied`) or rolecall's (`Unreachable`, `Timeout`...).
    pub code: String,
    /// The error, in the operator's language.
    pub message: String,
}

/// Any command that fails (the message is also on standard error).
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct FailureOutput {
    pub error: ErrorReport,
}

/// `rolecall roles`: every role kind rolecall knows.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct RolesOutput {
    pub roles: Vec<RoleRow>,
}

/// One role kind.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct RoleRow {
    pub kind: RoleKind,
    /// The role's name in the operator's language.
    pub name: String,
    /// The guide's name for the role; `null` when the guide gives none (`--role-name` names it).
    pub default_role_name: Option<&'static str>,
    /// Whether `--auto-mode` selects an EKS Auto Mode variant.
    pub auto_mode: bool,
    /// The service principal the role trusts (in the `aws` partition).
    pub principal: &'static str,
    pub managed_policies: Vec<&'static str>,
    /// What `--cni` and `--with` may add.
    pub optional_permissions: Vec<Permission>,
    /// Whether the role needs an instance profile.
    pub instance_profile: bool,
}

/// `rolecall show`: a role as the guide defines it, in a context.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ShowOutput {
    pub kind: RoleKind,
    pub partition: Partition,
    pub role_name: String,
    pub path: String,
    pub description: &'static str,
    pub trust_policy: PolicyDocument,
    pub managed_policy_arns: Vec<String>,
    /// Customer managed policies `create` makes and attaches.
    pub customer_managed_policies: Vec<CustomerPolicy>,
    /// Inline policies `create` puts on the role.
    pub inline_policies: Vec<InlinePolicy>,
    pub instance_profile: Option<String>,
    /// Optional permissions asked for that a required policy already grants.
    pub covered: Vec<Covered>,
}

/// A customer managed policy.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct CustomerPolicy {
    pub name: String,
    /// `null` when the account is not known.
    pub arn: Option<String>,
    pub document: PolicyDocument,
}

/// An inline policy.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct InlinePolicy {
    pub name: String,
    pub document: PolicyDocument,
}

/// An optional permission a required managed policy already grants.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Covered {
    pub permission: Permission,
    /// The managed policy that grants it.
    pub policy: &'static str,
}

/// `rolecall check`: a role as IAM has it, against its guide.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct CheckOutput {
    pub kind: RoleKind,
    /// The role checked (the guide's name, the one given, or the best of those found).
    pub role_name: String,
    pub status: Status,
    pub findings: Vec<FindingReport>,
    /// Whether the role's service may assume the role; `null` when there is no role.
    pub trust: Option<TrustVerdict>,
    /// What the role may do of what its workload needs, as IAM decides it; `null` when there is
    /// no role.
    pub permissions: Option<PermissionsReport>,
}

/// What a role may do of what its workload needs: each need judged as IAM judges it (identity
/// policies, the permissions boundary, the SCPs of every level of the organization).
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct PermissionsReport {
    /// Every need allowed (`true`), some need not (`false`), or some need undecided and none
    /// denied (`null`; also for a role whose permissions are the user's).
    pub granted: Option<bool>,
    /// Whether the SCPs were weighed.
    pub scps: ScpsWeighed,
    /// `false` for a role whose permissions are the user's to choose (EKS Pod Identity): it
    /// declares no needs.
    pub declared: bool,
    pub needs: Vec<NeedReport>,
}

/// Whether a permission verdict weighed the SCPs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ScpsWeighed {
    /// Every level, from the root to the account.
    Read,
    /// They could not be read (a member account's caller, no access): the verdict leaves them out.
    NotRead,
    /// They bind nothing here: the management account, an account in no organization, a
    /// service-linked role.
    NotApplicable,
}

/// One action the role's workload calls, on every resource of a set.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct NeedReport {
    pub action: String,
    /// `*`, or the ARN pattern of every resource it is called on.
    pub resource: String,
    /// Allowed for every member of the set (`true`), denied for some (`false`), or undecided (`null`).
    pub granted: Option<bool>,
    /// The AWS managed policy the guide attaches for it.
    pub policy: String,
    /// The statements that decided.
    pub decided_by: Vec<DecidedByReport>,
}

/// A statement that decided a need.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct DecidedByReport {
    #[serde(rename = "type")]
    pub kind: PolicyKind,
    /// The policy's ARN (an inline policy's name; an SCP's name and ID).
    pub policy: String,
    /// Its Sid, or `#N` (from 1).
    pub statement: String,
    pub effect: StatementEffect,
    /// The SCP's level: the root (`r-…`), an OU (`ou-…`) or the account.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
}

/// The type of a policy that decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum PolicyKind {
    Identity,
    Boundary,
    Scp,
    Session,
    Resource,
}

/// A statement's effect.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
pub enum StatementEffect {
    Allow,
    Deny,
}

/// One IAM write of a plan, named as the IAM API names it, with its parameters.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ActionReport {
    #[serde(flatten)]
    pub action: Action,
    /// Whether it was carried out (or found already done).
    pub done: bool,
    /// The equivalent `aws iam` command.
    pub command: String,
    /// What it does, in the operator's language.
    pub message: String,
}

/// `rolecall create` and `rolecall repair`: the plan and, unless `--dry-run`, how it ran. Its
/// JSON (and schema) is [`PlanJson`]'s.
#[derive(Debug, Clone, Serialize)]
#[serde(into = "PlanJson")]
pub struct PlanOutput {
    pub kind: RoleKind,
    pub role_name: String,
    pub actions: Vec<ActionReport>,
    /// Why nothing was written: changes rolecall's own evaluation refused.
    pub blocked: Vec<FindingReport>,
    /// What `check` reports once the plan has run (or, when it is not run, now).
    pub left: Vec<FindingReport>,
    pub state: PlanState,
}

/// What became of a plan.
#[derive(Debug, Clone)]
pub enum PlanState {
    /// `--dry-run`: shown, nothing carried out.
    DryRun,
    /// Not run: `create` of a role that exists (`repair` is the way), or `repair` of one that
    /// does not (`create` is); why, in the operator's language.
    NotRun { exists: bool, message: String },
    /// Carried out: the failure that stopped it, if one did.
    Ran { error: Option<ErrorReport> },
}

// [`PlanOutput`] as its JSON says it: the keys of its [`PlanState`] after the plan's.
/// `rolecall create` and `rolecall repair`: the plan and, unless `--dry-run`, how it ran.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct PlanJson {
    pub kind: RoleKind,
    pub role_name: String,
    /// Whether nothing was to be carried out (`--dry-run`, or a plan that is not run).
    pub dry_run: bool,
    pub actions: Vec<ActionReport>,
    /// Why nothing was written: changes rolecall's own evaluation refused.
    pub blocked: Vec<FindingReport>,
    /// What `check` reports once the plan has run (or, when it is not run, now).
    pub left: Vec<FindingReport>,
    /// A plan that is not run: whether the role exists (`create` leaves an existing role to
    /// `repair`; `repair` leaves a missing one to `create`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exists: Option<bool>,
    /// Why a plan is not run, in the operator's language.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// A plan that ran: whether every action succeeded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ok: Option<bool>,
    /// A plan that ran: the failure that stopped it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<ErrorReport>,
}

impl JsonSchema for PlanOutput {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "PlanOutput".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        PlanJson::json_schema(generator)
    }
}

impl From<PlanOutput> for PlanJson {
    fn from(p: PlanOutput) -> PlanJson {
        let (dry_run, exists, message, ok, error) = match p.state {
            PlanState::DryRun => (true, None, None, None, None),
            PlanState::NotRun { exists, message } => (true, Some(exists), Some(message), None, None),
            PlanState::Ran { error } => (false, None, None, Some(error.is_none()), error),
        };
        PlanJson { kind: p.kind, role_name: p.role_name, dry_run, actions: p.actions, blocked: p.blocked, left: p.left, exists, message, ok, error }
    }
}

/// One role `audit` found and checked, with check's keys.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct AuditedRoleReport {
    pub kind: RoleKind,
    pub role_name: String,
    pub status: Status,
    pub findings: Vec<FindingReport>,
    /// What the role may do of what its workload needs, as `check` reports it; `null` when its
    /// policies could not be read.
    pub permissions: Option<PermissionsReport>,
}

/// `rolecall audit`: every role of the account that serves a purpose rolecall knows.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct AuditOutput {
    pub roles: Vec<AuditedRoleReport>,
    /// Findings about the account as a whole.
    pub account_findings: Vec<FindingReport>,
    pub summary: Summary,
}

/// `rolecall audit --organization` (or `--accounts`) with `--output json`.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct OrgAuditOutput {
    pub accounts: Vec<AccountReport>,
    pub summary: OrgSummary,
}

/// One account of an organization audit, its `status` written by serde's internal tagging.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(tag = "status")]
pub enum AccountReport {
    /// An account that was audited.
    #[serde(rename = "ok")]
    Audited(AuditedAccount),
    /// An account that could not be read.
    #[serde(rename = "failed")]
    Failed(FailedAccount),
}

/// An account that was audited: `audit`'s keys, and the account's.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct AuditedAccount {
    pub roles: Vec<AuditedRoleReport>,
    pub account_findings: Vec<FindingReport>,
    pub summary: Summary,
    pub account_id: String,
    /// The account's name in the organization, when it was listed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// An account that could not be read (its member role could not be assumed...).
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct FailedAccount {
    pub error: ErrorReport,
    /// Always empty.
    pub roles: Vec<AuditedRoleReport>,
    /// Always empty.
    pub account_findings: Vec<FindingReport>,
    pub account_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// One line of `rolecall audit --organization --output jsonl`, printed as results arrive: each
/// account's roles and account findings, then the account, and last the summary.
/// Its `type` is written by serde's internal tagging, first.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum OrgLine {
    Role(RoleLine),
    AccountFinding(AccountFindingLine),
    Account(AccountLine),
    Summary(SummaryLine),
}

/// A role of an account.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct RoleLine {
    #[serde(flatten)]
    pub role: AuditedRoleReport,
    pub account_id: String,
}

/// A finding about an account as a whole.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct AccountFindingLine {
    #[serde(flatten)]
    pub finding: FindingReport,
    pub account_id: String,
}

/// An account, after its roles and findings.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(tag = "status")]
pub enum AccountLine {
    #[serde(rename = "ok")]
    Audited(AuditedAccountLine),
    #[serde(rename = "failed")]
    Failed(FailedAccountLine),
}

/// An account that was audited.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct AuditedAccountLine {
    pub summary: Summary,
    pub account_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// An account that could not be read.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct FailedAccountLine {
    pub error: ErrorReport,
    pub account_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// The summary across accounts.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct SummaryLine {
    pub summary: OrgSummary,
}

/// `rolecall lint`: the documents and commands found in a text, and the findings.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct LintOutput {
    /// The file as given (`-` for standard input).
    pub file: String,
    /// The kind of document when the whole file is one, `text` otherwise.
    pub document: WholeText,
    pub documents: Vec<DocumentReport>,
    pub commands: Vec<CommandReport>,
    pub findings: Vec<LocatedFinding>,
}

/// What a linted file is.
#[derive(Debug, Clone, Copy, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum WholeText {
    /// One policy document.
    Document(DocKind),
    /// Any other text: `"text"`.
    #[serde(serialize_with = "text")]
    #[schemars(schema_with = "text_schema")]
    Text,
}

fn text<S: serde::Serializer>(s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str("text")
}

fn text_schema(_: &mut SchemaGenerator) -> Schema {
    schemars::json_schema!({ "const": "text" })
}

/// A policy document found in the text.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct DocumentReport {
    pub line: usize,
    pub column: usize,
    pub kind: DocKind,
    /// The file it is the content of, when the text says so.
    pub name: Option<String>,
}

/// An `aws iam` command found in the text.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct CommandReport {
    pub line: usize,
    pub column: usize,
    /// The subcommand: `create-role`...
    pub command: String,
}

/// A finding, where its document or command starts.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct LocatedFinding {
    #[serde(flatten)]
    pub finding: FindingReport,
    pub line: usize,
    pub column: usize,
}

/// `rolecall permissions`: the least-privilege policy a command needs.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum PermissionsOutput {
    Account(AccountPermissions),
    Organization(OrganizationPermissions),
}

/// The policy for one account.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct AccountPermissions {
    pub command: PermCommand,
    pub policy: PolicyDocument,
}

/// `permissions audit --organization`: the caller's policy, and the member role's policy and
/// trust policy in every account.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct OrganizationPermissions {
    /// Always `audit`.
    pub command: PermCommand,
    /// Always true.
    pub organization: bool,
    /// The caller's policy.
    pub policy: PolicyDocument,
    /// The member role's path and name.
    pub member_role: String,
    pub member_policy: PolicyDocument,
    /// The trust policy that lets the management account assume the member role.
    pub member_trust_policy: PolicyDocument,
}

/// `rolecall mock serve`: where it listens (one line, first).
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ServeOutput {
    pub url: String,
    /// The state file it serves.
    pub state: String,
}

/// A command's JSON output and its schema.
#[derive(Debug, Clone, Copy)]
pub struct Published {
    /// The schema's file name: `book/schemas/<name>.schema.json`.
    pub name: &'static str,
    /// The command line that prints it.
    pub command: &'static str,
    /// The book's message that explains it.
    pub book_message: rolecall_i18n::Plain,
    pub schema: fn() -> Schema,
}

fn schema_of<T: JsonSchema>() -> Schema {
    let mut schema = schemars::generate::SchemaSettings::draft2020_12().for_serialize().into_generator().into_root_schema_for::<T>();
    if let Some(v) = schema.as_object_mut() {
        inline_tagged(v);
        for (key, value) in v.iter_mut() {
            close(key, value, false);
        }
        if v.contains_key("properties") && !v.contains_key("additionalProperties") {
            let key = if ["oneOf", "anyOf", "allOf"].iter().any(|k| v.contains_key(*k)) { "unevaluatedProperties" } else { "additionalProperties" };
            v.insert(key.into(), Value::Bool(false));
        }
    }
    schema
}

/// Writes each internally tagged variant (serde's `tag`: an object whose `properties` hold the
/// tag and whose `$ref` names the variant's type) as one object with the tag's and the type's
/// keys, so the object can be closed and the book shows the tag; definitions no longer
/// referenced go.
fn inline_tagged(root: &mut serde_json::Map<String, Value>) {
    let defs = root.get("$defs").and_then(Value::as_object).cloned().unwrap_or_default();
    for (key, value) in root.iter_mut() {
        if key != "$defs" {
            inline_in(value, &defs);
        }
    }
    if let Some(Value::Object(own)) = root.get_mut("$defs") {
        for value in own.values_mut() {
            inline_in(value, &defs);
        }
    }
    // Drop the definitions nothing refers to any more (until none goes).
    loop {
        let text = Value::Object(root.clone()).to_string();
        let Some(Value::Object(own)) = root.get_mut("$defs") else { return };
        let unused: Vec<String> = own.keys().filter(|name| !text.contains(&format!("\"#/$defs/{name}\""))).cloned().collect();
        if unused.is_empty() {
            return;
        }
        for name in unused {
            own.remove(&name);
        }
    }
}

fn inline_in(v: &mut Value, defs: &serde_json::Map<String, Value>) {
    match v {
        Value::Array(list) => list.iter_mut().for_each(|x| inline_in(x, defs)),
        Value::Object(obj) => {
            obj.values_mut().for_each(|x| inline_in(x, defs));
            if obj.contains_key("properties") {
                if let Some(target) = obj.get("$ref").and_then(Value::as_str).and_then(|r| r.strip_prefix("#/$defs/")).and_then(|name| defs.get(name)) {
                    let mut target = target.clone();
                    inline_in(&mut target, defs);
                    obj.remove("$ref");
                    *v = merge_tagged(obj, &target);
                }
            }
        }
        _ => {}
    }
}

/// The tag's object `tag` with the keys of `target`, an object or alternatives of objects.
fn merge_tagged(tag: &serde_json::Map<String, Value>, target: &Value) -> Value {
    if let Some(alternatives) = target.get("oneOf").and_then(Value::as_array) {
        let mut out = serde_json::Map::new();
        if let Some(d) = target.get("description") {
            out.insert("description".into(), d.clone());
        }
        out.insert("oneOf".into(), Value::Array(alternatives.iter().map(|alt| merge_tagged(tag, alt)).collect()));
        return Value::Object(out);
    }
    let mut out = tag.clone();
    let (Some(Value::Object(props)), Some(Value::Object(theirs))) = (out.get_mut("properties"), target.get("properties")) else { return target.clone() };
    for (k, s) in theirs {
        props.entry(k.clone()).or_insert_with(|| s.clone());
    }
    let mut required: Vec<Value> = out.get("required").and_then(Value::as_array).cloned().unwrap_or_default();
    for r in target.get("required").and_then(Value::as_array).into_iter().flatten() {
        if !required.contains(r) {
            required.push(r.clone());
        }
    }
    out.insert("required".into(), Value::Array(required));
    out.remove("additionalProperties");
    for key in ["description", "type"] {
        if let Some(d) = target.get(key) {
            out.insert(key.into(), d.clone());
        }
    }
    Value::Object(out)
}

/// Closes every object schema under `key`: rolecall prints exactly the keys its types have, so
/// a key the schema does not name is an error. The alternatives of an object with properties
/// of its own (a flattened enum: an action's parameters) stay open, and the object closes
/// over them (`unevaluatedProperties`).
fn close(key: &str, v: &mut Value, in_open_alternative: bool) {
    match key {
        "properties" | "$defs" => {
            if let Some(map) = v.as_object_mut() {
                for s in map.values_mut() {
                    close_schema(s, false);
                }
            }
        }
        "items" | "additionalProperties" => close_schema(v, false),
        "oneOf" | "anyOf" | "allOf" => {
            if let Some(list) = v.as_array_mut() {
                for s in list {
                    close_schema(s, in_open_alternative);
                }
            }
        }
        _ => {}
    }
}

fn close_schema(v: &mut Value, open: bool) {
    let Some(obj) = v.as_object_mut() else { return };
    let has_properties = obj.contains_key("properties");
    let combines = ["oneOf", "anyOf", "allOf"].iter().any(|k| obj.contains_key(*k));
    for (key, value) in obj.iter_mut() {
        close(key, value, has_properties);
    }
    if has_properties && !open && !obj.contains_key("additionalProperties") {
        obj.insert((if combines { "unevaluatedProperties" } else { "additionalProperties" }).into(), Value::Bool(false));
    }
}

/// Every JSON output rolecall prints, with its schema, in the order of the book's chapter.
pub const PUBLISHED: [Published; 12] = [
    Published { name: "roles", command: "rolecall roles --output json", book_message: rolecall_i18n::ids::BOOK_JSON_ROLES, schema: schema_of::<RolesOutput> },
    Published { name: "show", command: "rolecall show KIND --output json", book_message: rolecall_i18n::ids::BOOK_JSON_SHOW, schema: schema_of::<ShowOutput> },
    Published { name: "check", command: "rolecall check KIND --output json", book_message: rolecall_i18n::ids::BOOK_JSON_CHECK, schema: schema_of::<CheckOutput> },
    Published { name: "create", command: "rolecall create KIND --output json", book_message: rolecall_i18n::ids::BOOK_JSON_CREATE, schema: schema_of::<PlanOutput> },
    Published { name: "repair", command: "rolecall repair KIND --output json", book_message: rolecall_i18n::ids::BOOK_JSON_REPAIR, schema: schema_of::<PlanOutput> },
    Published { name: "audit", command: "rolecall audit --output json", book_message: rolecall_i18n::ids::BOOK_JSON_AUDIT, schema: schema_of::<AuditOutput> },
    Published { name: "audit-organization", command: "rolecall audit --organization --output json", book_message: rolecall_i18n::ids::BOOK_JSON_AUDIT_ORGANIZATION, schema: schema_of::<OrgAuditOutput> },
    Published { name: "audit-organization-line", command: "rolecall audit --organization --output jsonl", book_message: rolecall_i18n::ids::BOOK_JSON_AUDIT_ORGANIZATION_LINE, schema: schema_of::<OrgLine> },
    Published { name: "lint", command: "rolecall lint FILE --output json", book_message: rolecall_i18n::ids::BOOK_JSON_LINT, schema: schema_of::<LintOutput> },
    Published { name: "permissions", command: "rolecall permissions COMMAND --output json", book_message: rolecall_i18n::ids::BOOK_JSON_PERMISSIONS, schema: schema_of::<PermissionsOutput> },
    Published { name: "mock-serve", command: "rolecall mock serve --output json", book_message: rolecall_i18n::ids::BOOK_JSON_MOCK_SERVE, schema: schema_of::<ServeOutput> },
    Published { name: "error", command: "rolecall … --output json (any command that fails)", book_message: rolecall_i18n::ids::BOOK_JSON_ERROR, schema: schema_of::<FailureOutput> },
];

/// Every schema, by file name, as committed in `book/schemas/` (pretty JSON, one final newline).
pub fn schemas() -> Vec<(String, String)> {
    PUBLISHED
        .iter()
        .map(|p| {
            let mut schema = (p.schema)();
            schema.insert("title".into(), Value::String(p.command.to_owned()));
            // A `Schema` is a JSON object (string keys, no hand-written `Serialize`): serde_json
            // cannot refuse it, and the book's test compares every file with the committed one.
            (format!("{}.schema.json", p.name), format!("{}\n", serde_json::to_string_pretty(&schema).unwrap_or_default()))
        })
        .collect()
}
