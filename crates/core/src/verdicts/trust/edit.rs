//! The edits rolecall makes to a trust policy. They work on the JSON as IAM has it, so every
//! statement rolecall does not touch stays exactly as the user wrote it; every edit is evaluated
//! before it is proposed, and one that would take anything away is refused.

use serde_json::{json, Map, Value};

use rolecall_policy::eval::{self, Caller, Context, Decision, Request};
use crate::verdicts::finding::{Arg, Code, Finding};
use crate::verdicts::plan::PlanOptions;
use rolecall_policy::document::{actions_cover, parse_json_strict, Effect, PolicyDocument, Principal};
use crate::model::role::{Desired, RoleSpec, Source};
use super::request::{EVERY_CLUSTER, ecs_request, fargate_request, pod_base_context, pod_contexts, request, service_context, sourceless_request};
use super::verdict::{judge, names_service, service_may, SOURCE_ARN_KEY};

/// Operators rolecall may add patterns to (they match wildcards).
const MERGEABLE_OPERATORS: [&str; 3] = ["ArnLike", "StringLike", "ArnEquals"];
fn statements_mut(doc: &mut Value) -> Option<&mut Vec<Value>> {
    let obj = doc.as_object_mut()?;
    let st = obj.get_mut("Statement")?;
    if st.is_object() {
        let one = st.take();
        *st = Value::Array(vec![one]);
    }
    st.as_array_mut()
}

/// Appends a statement to a document.
pub fn add_statement(doc: &mut Value, statement: Value) -> bool {
    match statements_mut(doc) {
        Some(list) => {
            list.push(statement);
            true
        }
        None => false,
    }
}

/// Adds `arns` to the `aws:SourceArn` value of statement `index`, under the first operator that
/// already limits it by pattern. The value becomes an array; nothing else in the statement
/// changes. Returns false when the statement has no such condition to merge into.
pub fn merge_source_arns(doc: &mut Value, index: usize, arns: &[String]) -> bool {
    let Some(st) = statements_mut(doc).and_then(|l| l.get_mut(index)) else { return false };
    let Some(cond) = st.get_mut("Condition").and_then(Value::as_object_mut) else { return false };
    for op in MERGEABLE_OPERATORS {
        let Some(keys) = cond.get_mut(op).and_then(Value::as_object_mut) else { continue };
        let Some(key) = keys.keys().find(|k| k.eq_ignore_ascii_case(SOURCE_ARN_KEY)).cloned() else { continue };
        let Some(slot) = keys.get_mut(&key) else { continue };
        let mut values: Vec<Value> = match slot.take() {
            Value::Array(a) => a,
            one => vec![one],
        };
        for a in arns {
            if !values.iter().any(|v| v.as_str() == Some(a)) {
                values.push(Value::String(a.clone()));
            }
        }
        *slot = Value::Array(values);
        return true;
    }
    false
}

/// Limits statement `index` to `arns` with an `ArnLike` `aws:SourceArn` condition. This narrows
/// who may assume the role: rolecall does it only when asked to.
pub fn restrict_source_arns(doc: &mut Value, index: usize, arns: &[String]) -> bool {
    let Some(st) = statements_mut(doc).and_then(|l| l.get_mut(index)).and_then(Value::as_object_mut) else { return false };
    let value = match arns {
        [one] => json!(one),
        many => json!(many),
    };
    let cond = st.entry("Condition").or_insert_with(|| Value::Object(Map::new()));
    let Some(cond) = cond.as_object_mut() else { return false };
    let op = cond.entry("ArnLike").or_insert_with(|| Value::Object(Map::new()));
    match op.as_object_mut() {
        Some(keys) => {
            keys.insert(SOURCE_ARN_KEY.into(), value);
            true
        }
        None => false,
    }
}


/// Copies of the Allow statements that let the service call some of its actions, for the
/// actions they miss, with the same conditions (so a scoped role keeps its scope), the service as
/// the only principal, and no Sid.
fn statements_for_missing_actions(spec: &RoleSpec, principal: &str, raw: &Value, doc: &PolicyDocument) -> Vec<Value> {
    let Some(list) = raw.get("Statement").map(|v| match v {
        Value::Array(a) => a.clone(),
        one => vec![one.clone()],
    }) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (st, json) in doc.statements.iter().zip(list) {
        let Some(actions) = &st.action else { continue };
        if st.effect != Effect::Allow || st.not_principal.is_some() || !names_service(st, principal) {
            continue;
        }
        let missing: Vec<&str> = spec.request.actions.iter().copied().filter(|a| !actions_cover(actions, a)).collect();
        if missing.len() == spec.request.actions.len() || missing.is_empty() {
            continue;
        }
        let Value::Object(mut copy) = json else { continue };
        copy.shift_remove("Sid");
        copy.insert("Principal".into(), json!({ "Service": principal }));
        copy.insert("Action".into(), if missing.len() == 1 { json!(missing[0]) } else { json!(missing) });
        let v = Value::Object(copy);
        if !out.contains(&v) {
            out.push(v);
        }
    }
    out
}

/// An edit rolecall would make to a trust policy, or why it makes none.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrustEdit {
    /// The new document, when one is needed and safe.
    pub document: Option<String>,
    /// Why the edit needed was not made: it would not do its job, or would take something away.
    pub refused: Vec<Finding>,
}

/// Allow statements that let the service's request through whatever its `aws:SourceArn`, as
/// indexes of the document.
fn unrestricted(doc: &PolicyDocument, spec: &RoleSpec, desired: &Desired) -> Vec<usize> {
    eval::evaluate(doc, &sourceless_request(spec, desired)).allowed_by().map(|s| s.index).collect()
}

/// Statement `index` trusts `principal` among others: moves `principal` into a statement of its
/// own (a copy of this one, without its Sid), so that the copy can be changed alone. Returns the
/// new statement's index.
fn split_out(raw: &mut Value, index: usize, principal: &str) -> Option<usize> {
    let list = statements_mut(raw)?;
    let st = list.get_mut(index)?.as_object_mut()?;
    let map = st.get_mut("Principal")?.as_object_mut()?;
    let others = map.len() > 1;
    let kept: Vec<Value> = match map.get("Service")? {
        Value::String(s) if s == principal => Vec::new(),
        Value::Array(items) if items.iter().any(|v| v.as_str() == Some(principal)) => items.iter().filter(|v| v.as_str() != Some(principal)).cloned().collect(),
        _ => return None,
    };
    match kept.as_slice() {
        [] if !others => return None,
        [] => {
            map.remove("Service");
        }
        [one] => {
            map.insert("Service".into(), one.clone());
        }
        _ => {
            map.insert("Service".into(), Value::Array(kept));
        }
    }
    let mut copy = st.clone();
    copy.remove("Sid");
    copy.insert("Principal".into(), json!({ "Service": principal }));
    list.push(Value::Object(copy));
    Some(list.len() - 1)
}

/// The requests whose answers an edit must not take away: the role's service (every profile of
/// every cluster of the account, and a request without a source, for Fargate) and every principal
/// either document names.
fn guarded_requests(spec: &RoleSpec, desired: &Desired, docs: [&PolicyDocument; 2], opts: PlanOptions) -> Vec<Request> {
    let p = desired.partition;
    let service = spec.principal(p);
    let fargate = spec.request.source == Source::FargateProfile;
    // --restrict-trust narrows the Fargate service's access on purpose (and only that).
    let narrowing_service = fargate && opts.restrict_trust;
    let mut out = Vec::new();
    if !narrowing_service {
        match spec.request.source {
            Source::FargateProfile => {
                out.push(fargate_request(spec, desired, &EVERY_CLUSTER));
                out.push(sourceless_request(spec, desired));
            }
            Source::None => out.push(request(spec, service, service_context(service))),
            Source::EcsTask => out.push(ecs_request(spec, p, desired.account.as_ref().map(|a| a.as_str()))),
            Source::PodIdentity => {
                let base = pod_base_context(service);
                match pod_contexts(&docs, &base) {
                    Some(contexts) => out.extend(contexts.into_iter().map(|c| request(spec, service, c))),
                    None => out.push(request(spec, service, base)),
                }
            }
        }
    }
    let mut named = std::collections::BTreeSet::new();
    for doc in docs {
        for st in &doc.statements {
            if let Some(Principal::Map(m)) = &st.principal {
                for (kind, values) in m {
                    for v in values {
                        if let Some(c) = Caller::from_principal(kind, v) {
                            named.insert(c);
                        }
                    }
                }
            }
        }
    }
    for caller in named {
        let actions: Vec<String> = ["sts:AssumeRole", "sts:TagSession", "sts:AssumeRoleWithWebIdentity", "sts:AssumeRoleWithSAML", "sts:SetSourceIdentity"].iter().map(|a| (*a).to_owned()).collect();
        match &caller {
            Caller::Service(s) if s == service => continue,
            Caller::Service(s) => {
                let ctx = service_context(s).set("aws:SourceArn", eval::Value::Unknown).set("aws:SourceAccount", eval::Value::Unknown);
                for a in actions {
                    out.push(Request { caller: caller.clone(), actions: vec![a], context: ctx.clone() });
                }
            }
            _ => {
                for a in actions {
                    out.push(Request { caller: caller.clone(), actions: vec![a], context: Context::opaque() });
                }
            }
        }
    }
    out
}

/// The trust policy rolecall would write for an existing role, made only of additions: a
/// statement added, or `aws:SourceArn` values added to an Allow statement whose other conditions
/// let the cluster through. Deny statements and other conditions are never touched. With
/// `--restrict-trust`, Allow statements that let the Fargate service in without a source are
/// limited to the clusters asked for (a statement shared with other principals is split first,
/// so they keep exactly what they had). The result is evaluated before it is proposed: if it
/// would leave a requested cluster uncovered or deny anything allowed before, nothing is proposed
/// and `refused` says why.
pub fn repair_trust(spec: &RoleSpec, desired: &Desired, current: &str, opts: PlanOptions) -> Result<TrustEdit, Finding> {
    let invalid = |e: &rolecall_policy::document::PolicyError| Finding::new(Code::TrustInvalid).because(crate::verdicts::finding::policy_error(e));
    let mut raw: Value = parse_json_strict(current).map_err(|e| invalid(&e))?;
    let before = PolicyDocument::from_value(&raw).map_err(|e| invalid(&e))?;
    if before.statements.iter().any(|s| s.not_principal.is_some()) {
        return Ok(TrustEdit::default());
    }
    let p = desired.partition;
    let principal = spec.principal(p);
    let reparse = |raw: &Value| PolicyDocument::from_value(raw).map_err(|e| invalid(&e));
    let mut changed = false;
    match spec.request.source {
        Source::None | Source::EcsTask | Source::PodIdentity => {
            if service_may(spec, desired, &before) == Some(false) {
                // The actions a statement already lets the service call, for the ones it lacks:
                // copies with the same conditions, so a scoped role keeps its scope. Else the
                // guide's statement.
                let copies = statements_for_missing_actions(spec, principal, &raw, &before);
                let mut trial = raw.clone();
                for c in &copies {
                    add_statement(&mut trial, c.clone());
                }
                if !copies.is_empty() && service_may(spec, desired, &reparse(&trial)?) == Some(true) {
                    raw = trial;
                    changed = true;
                } else {
                    changed |= add_statement(&mut raw, spec.trust_statement(p, &[]));
                }
            }
        }
        Source::FargateProfile if desired.clusters.is_empty() => {
            let s = eval::evaluate_all(&before, &fargate_request(spec, desired, &EVERY_CLUSTER));
            if s.some() == Some(false) {
                changed |= add_statement(&mut raw, spec.trust_statement(p, &[]));
            }
        }
        Source::FargateProfile => {
            if opts.restrict_trust {
                for i in unrestricted(&before, spec, desired) {
                    let target = match &before.statements[i].principal {
                        Some(Principal::Map(m)) if m.len() == 1 && m.get("Service").is_some_and(|v| v.len() == 1) => Some(i),
                        Some(Principal::Map(_)) => split_out(&mut raw, i, principal),
                        _ => None,
                    };
                    if let Some(t) = target {
                        changed |= restrict_source_arns(&mut raw, t, &desired.source_arns);
                    }
                }
            }
            let mut pending = Vec::new();
            for (c, pattern) in desired.clusters.iter().zip(&desired.source_arns) {
                let doc = reparse(&raw)?;
                let req = fargate_request(spec, desired, c);
                let s = eval::evaluate_all(&doc, &req);
                if s.covered() != Some(false) {
                    continue;
                }
                let candidates: Vec<usize> = eval::evaluate(&doc, &sourceless_request(spec, desired))
                    .statements
                    .iter()
                    .filter(|st| st.effect == Effect::Allow && st.applies && st.conditions.iter().any(|c| c.key.eq_ignore_ascii_case(SOURCE_ARN_KEY)))
                    .map(|st| st.index)
                    .collect();
                let mut merged = false;
                for i in candidates {
                    let mut trial = raw.clone();
                    if merge_source_arns(&mut trial, i, std::slice::from_ref(pattern)) && eval::evaluate_all(&reparse(&trial)?, &req).covered() == Some(true) {
                        raw = trial;
                        merged = true;
                        break;
                    }
                }
                changed |= merged;
                if !merged {
                    pending.push(pattern.clone());
                }
            }
            if !pending.is_empty() {
                changed |= add_statement(&mut raw, spec.trust_statement(p, &pending));
            }
        }
    }
    if !changed {
        return Ok(TrustEdit::default());
    }
    let after = reparse(&raw)?;
    let refused = verify_edit(spec, desired, &before, &after, opts);
    if refused.is_empty() {
        Ok(TrustEdit { document: Some(raw.to_string()), refused })
    } else {
        Ok(TrustEdit { document: None, refused })
    }
}

/// Why an edit from `before` to `after` must not be written: a requested cluster (or, without
/// clusters, the service) still cannot assume the role, or a request allowed before would be
/// denied after (or might be). Empty when the edit is safe.
pub fn verify_edit(spec: &RoleSpec, desired: &Desired, before: &PolicyDocument, after: &PolicyDocument, opts: PlanOptions) -> Vec<Finding> {
    let mut refused = Vec::new();
    let judged = judge(spec, desired, after);
    for c in &judged.verdict.clusters {
        if c.covered != Some(true) {
            refused.push(Finding::new(Code::RepairCannotCover).arg(Arg::Cluster, c.cluster.clone()).arg(Arg::Region, c.region.clone()));
        }
    }
    if desired.clusters.is_empty() && judged.verdict.assumable != Some(true) {
        refused.push(Finding::new(Code::RepairCannotCover).arg(Arg::Cluster, "*").arg(Arg::Region, "*"));
    }
    for req in guarded_requests(spec, desired, [before, after], opts) {
        let narrowed = match eval::compare_all(before, after, &req) {
            Some(rows) => rows.into_iter().find(|(_, b, a)| (*b == Decision::Allowed && *a != Decision::Allowed) || (*b == Decision::Undecided && *a == Decision::Denied)),
            None => Some((String::new(), Decision::Undecided, Decision::Undecided)),
        };
        if let Some((example, _, _)) = narrowed {
            let f = Finding::new(Code::RepairWouldNarrow).arg(Arg::Principal, req.caller.label()).arg(Arg::Example, example);
            if !refused.contains(&f) {
                refused.push(f);
            }
        }
    }
    refused
}
