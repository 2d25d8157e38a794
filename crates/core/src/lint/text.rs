//! `lint` of any text: a policy document, a shell script, a Markdown runbook, a guide page copied
//! from a browser. Every policy document (fenced or not, written by a heredoc, or given inline to
//! a command) and every `aws iam` command is linted, each finding placed at the line where its
//! document or command starts.

use std::collections::BTreeMap;

use serde_json::Value;

use super::command::{self, Names};
use super::{arn_value, detect_text, lint, DocKind, MAX_TEXT_BYTES};
use crate::verdicts::finding::{Arg, Code, Finding};
use crate::lint::managed;
use rolecall_policy::document::{parse_json_lenient_up_to, PolicyError};
use crate::model::role::RoleKind;
use crate::lint::scan::{self, LineIndex, Spans};

/// A finding and where it is: the 1-based line and column where its document or command starts
/// (for prose, where the name is).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located {
    pub finding: Finding,
    pub line: usize,
    pub column: usize,
}

/// A policy document found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentInfo {
    pub line: usize,
    pub column: usize,
    pub kind: DocKind,
    /// The file it is the content of, when the text says so (a heredoc, or a block after the name).
    pub name: Option<String>,
}

/// An `aws iam` command found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommandInfo {
    pub line: usize,
    pub column: usize,
    /// The subcommand: `create-role`...
    pub name: String,
}

/// What `lint` found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextReport {
    /// The kind of document, when the whole text is one document.
    pub whole: Option<DocKind>,
    pub documents: Vec<DocumentInfo>,
    pub commands: Vec<CommandInfo>,
    /// Sorted by position.
    pub findings: Vec<Located>,
}

impl TextReport {
    pub fn codes(&self) -> Vec<(usize, &'static str)> {
        self.findings.iter().map(|l| (l.line, l.finding.code.as_str())).collect()
    }
}

/// Moves a JSON error's line and column (relative to its document) to the text's.
fn absolute(mut f: Finding, line: usize, column: usize) -> Finding {
    if matches!(f.code, Code::JsonInvalid | Code::JsonDuplicateKey) {
        let rel_line: usize = f.get(Arg::Line).and_then(|l| l.parse().ok()).unwrap_or(1).max(1);
        let rel_col: usize = f.get(Arg::Column).and_then(|c| c.parse().ok()).unwrap_or(1);
        let col = if rel_line == 1 { column + rel_col.saturating_sub(1) } else { rel_col };
        f = f.arg(Arg::Line, (line + rel_line - 1).to_string()).arg(Arg::Column, col.to_string());
    }
    f
}

/// A JSON object of the text, read.
enum Obj {
    /// A policy document (an object with a Statement).
    Policy,
    /// Policy documents inside another JSON value (`AssumeRolePolicyDocument` of get-role's output...).
    Holder(Vec<(Option<DocKind>, Value)>),
    /// Something that says "Statement" but is not valid JSON (`lint` reports why).
    Broken,
    /// Anything else.
    Other,
}

fn read(text: &str, parsed: &Result<Value, PolicyError>) -> Obj {
    match parsed {
        Ok(Value::Object(m)) if m.contains_key("Statement") => Obj::Policy,
        Ok(v) => {
            let mut found = Vec::new();
            nested(v, None, &mut found);
            if found.is_empty() {
                Obj::Other
            } else {
                Obj::Holder(found)
            }
        }
        Err(_) if text.contains("\"Statement\"") => Obj::Broken,
        Err(_) => Obj::Other,
    }
}

/// The `aws iam` commands held in a JSON value's strings (rolecall's own `--output json`), one a line.
fn command_strings(v: &Value, out: &mut String) {
    match v {
        Value::String(s) if s.contains("aws iam ") => {
            out.push_str(s);
            out.push('\n');
        }
        Value::Object(m) => m.values().for_each(|v| command_strings(v, out)),
        Value::Array(a) => a.iter().for_each(|v| command_strings(v, out)),
        _ => {}
    }
}

/// Policy documents nested in a JSON value, with the kind their key says (`AssumeRolePolicyDocument`, `trust_policy`).
fn nested(v: &Value, key: Option<&str>, out: &mut Vec<(Option<DocKind>, Value)>) {
    match v {
        Value::Object(m) if m.contains_key("Statement") => {
            // Cannot hide a failure: a document at the top level has no key, hence no hint.
            let lower = key.unwrap_or_default().to_ascii_lowercase();
            let hint = (lower.contains("assumerole") || lower.contains("trust")).then_some(DocKind::Trust);
            out.push((hint, v.clone()));
        }
        Value::Object(m) => m.iter().for_each(|(k, v)| nested(v, Some(k), out)),
        Value::Array(a) => a.iter().for_each(|v| nested(v, key, out)),
        _ => {}
    }
}

/// Every key of every object in a JSON value, at any depth.
fn all_keys(v: &Value, out: &mut std::collections::HashSet<String>) {
    match v {
        Value::Object(m) => {
            for (k, v) in m {
                out.insert(k.clone());
                all_keys(v, out);
            }
        }
        Value::Array(a) => a.iter().for_each(|v| all_keys(v, out)),
        _ => {}
    }
}

/// Whether a text that starts like JSON is one policy document to lint as a whole (as a file
/// holding a policy is): JSON whose keys are a policy's (or nearly: `Statment`) and that holds no
/// other policy document, or broken JSON that says what policies say. Other JSON (get-role's
/// output, rolecall's own) is linted as text: the policy documents inside it, if any.
fn one_document(text: &str) -> bool {
    const KEYS: [&str; 7] = ["Version", "Id", "Statement", "Effect", "Action", "Principal", "Resource"];
    match parse_json_lenient_up_to(text, MAX_TEXT_BYTES).map(|(v, _)| v) {
        Ok(v) => {
            let mut found = Vec::new();
            nested(&v, None, &mut found);
            let policy_keys = v.as_object().is_some_and(|m| {
                m.keys().any(|k| KEYS.contains(&k.as_str()) || ["Version", "Statement"].iter().any(|p| managed::edit_distance(k, p, 2).is_some()))
            });
            policy_keys && (v.get("Statement").is_some() || found.is_empty())
        }
        Err(_) => KEYS[..4].iter().any(|k| text.contains(&format!("\"{k}\""))),
    }
}

/// Lints a text. With `force`, every document is linted as that kind; otherwise the command
/// that reads a document says its kind, or its statements do ([`super::detect`]).
pub fn lint_text(text: &str, force: Option<DocKind>) -> TextReport {
    let idx = LineIndex::new(text);
    let trimmed = text.trim_start();
    if (trimmed.starts_with('{') || trimmed.starts_with('[')) && one_document(text) {
        let (line, column) = idx.pos(text.len() - trimmed.len());
        let kind = force.unwrap_or_else(|| detect_text(text));
        let findings = lint(text, kind).into_iter().map(|f| Located { finding: f, line, column }).collect();
        return TextReport { whole: Some(kind), documents: vec![DocumentInfo { line, column, kind, name: None }], commands: Vec::new(), findings };
    }

    // JSON first: a command inside a JSON string is linted with that JSON (below), and a JSON
    // argument inside a command with that command.
    let all = scan::objects(text);
    let parsed: Vec<Result<Value, PolicyError>> = all.iter().map(|o| parse_json_lenient_up_to(&text[o.start..o.end], MAX_TEXT_BYTES).map(|(v, _)| v)).collect();
    let json_spans = Spans::new(all.iter().zip(&parsed).filter(|(_, p)| p.is_ok()).map(|(o, _)| (o.start, o.end)).collect());
    let cmds: Vec<scan::Command> = scan::commands(text).into_iter().filter(|c| !json_spans.contains(c.start)).collect();
    let cmd_spans: Vec<(usize, usize)> = cmds.iter().map(|c| (c.start, c.end)).collect();
    let in_cmd = Spans::new(cmd_spans.clone());
    let (objs, parsed): (Vec<scan::JsonObject>, Vec<Result<Value, PolicyError>>) = all.into_iter().zip(parsed).filter(|(o, _)| !in_cmd.contains(o.start)).unzip();
    let read: Vec<Obj> = objs.iter().zip(&parsed).map(|(o, p)| read(&text[o.start..o.end], p)).collect();
    let heredocs = scan::heredocs(text);
    let mut skip = cmd_spans;
    skip.extend(objs.iter().map(|o| (o.start, o.end)));
    skip.extend(heredocs.iter().map(|h| h.body));
    let heredoc_lines: Vec<(usize, usize)> = heredocs.iter().map(|h| (idx.line_start(h.body.0), h.body.0)).collect();
    // The first object that starts at or after an offset (objects are sorted and disjoint).
    let object_from = |at: usize| {
        scan::step(1);
        objs.partition_point(|o| o.start < at)
    };

    // Which document is which file's content: a heredoc's, or the block right after a file name.
    let mut named: BTreeMap<String, usize> = BTreeMap::new();
    for h in &heredocs {
        let i = object_from(h.body.0);
        if objs.get(i).is_some_and(|o| o.end <= h.body.1) {
            named.entry(h.name.rsplit('/').next().unwrap_or(&h.name).to_owned()).or_insert(i);
        }
    }
    let mut mention_skip = skip.clone();
    mention_skip.extend(&heredoc_lines);
    let mentions = scan::mentions(text, &Spans::new(mention_skip));
    for (n, m) in mentions.iter().enumerate() {
        let i = object_from(m.end);
        let Some(o) = objs.get(i) else { continue };
        scan::step(1);
        // Another command or another name between the name and the block: the block is not that file.
        let next_cmd = cmds.partition_point(|c| c.start < m.end);
        let cmd_between = cmds.get(next_cmd).is_some_and(|c| c.start < o.start);
        let later = &mentions[n + 1..];
        let next_mention = later.partition_point(|x| x.start < m.end);
        let mention_between = later.get(next_mention).is_some_and(|x| x.start < o.start);
        let interrupted = cmd_between || mention_between || !matches!(read[i], Obj::Policy | Obj::Broken);
        if !interrupted {
            named.entry(m.name.clone()).or_insert(i);
        }
    }
    // Each object's name: the first in name order, as the map is read.
    let mut name_of: Vec<Option<String>> = vec![None; objs.len()];
    for (n, i) in &named {
        name_of[*i].get_or_insert_with(|| n.clone());
    }

    let names = Names::collect(&cmds);
    let mut findings: Vec<Located> = Vec::new();
    let mut documents: Vec<DocumentInfo> = Vec::new();
    let mut commands = Vec::new();
    let mut kinds: BTreeMap<usize, DocKind> = BTreeMap::new();
    for c in &cmds {
        let (line, column) = idx.pos(c.start);
        commands.push(CommandInfo { line, column, name: c.name.clone() });
        findings.extend(command::check(c, &names).into_iter().map(|f| Located { finding: f, line, column }));
        for o in &c.options {
            scan::step(1);
            let (Some(v), Some(kind)) = (&o.value, command::document_option(&c.name, &o.name)) else { continue };
            if let Some(file) = scan::file_arg(&v.value) {
                if let (Some(&i), Some(k)) = (named.get(file), kind) {
                    kinds.entry(i).or_insert(k);
                }
            } else if v.value.trim_start().starts_with('{') {
                scan::step(v.value.len());
                let kind = force.or(kind).unwrap_or_else(|| detect_text(&v.value));
                let (vl, vc) = idx.pos(v.start);
                documents.push(DocumentInfo { line: vl, column: vc, kind, name: None });
                findings.extend(lint(&v.value, kind).into_iter().map(|f| Located { finding: f, line: vl, column: vc }));
            }
        }
    }

    for (i, (o, r)) in objs.iter().zip(&read).enumerate() {
        scan::step(o.end - o.start);
        let (line, column) = idx.pos(o.start);
        let name = name_of[i].clone();
        match r {
            Obj::Policy | Obj::Broken => {
                let body = &text[o.start..o.end];
                let kind = force.or_else(|| kinds.get(&i).copied()).unwrap_or_else(|| detect_text(body));
                documents.push(DocumentInfo { line, column, kind, name });
                findings.extend(lint(body, kind).into_iter().map(|f| Located { finding: absolute(f, line, column), line, column }));
            }
            Obj::Holder(docs) => {
                for (hint, v) in docs {
                    let body = v.to_string();
                    let kind = force.or(*hint).unwrap_or_else(|| detect_text(&body));
                    documents.push(DocumentInfo { line, column, kind, name: name.clone() });
                    findings.extend(lint(&body, kind).into_iter().map(|f| Located { finding: f, line, column }));
                }
            }
            Obj::Other => {}
        }
        let mut held = String::new();
        if let Ok(v) = &parsed[i] {
            command_strings(v, &mut held);
        }
        if !held.is_empty() {
            let sub = lint_text(&held, force);
            commands.extend(sub.commands.into_iter().map(|c| CommandInfo { line, column, ..c }));
            documents.extend(sub.documents.into_iter().map(|d| DocumentInfo { line, column, ..d }));
            findings.extend(sub.findings.into_iter().map(|l| Located { line, column, ..l }));
        }
    }

    // A line given to be added to the document above.
    let policies: Vec<usize> = (0..objs.len()).filter(|i| matches!(read[*i], Obj::Policy)).collect();
    let mut keys_of: BTreeMap<usize, std::collections::HashSet<String>> = BTreeMap::new();
    for f in scan::fragments(text, &Spans::new(skip.clone())) {
        let (line, column) = idx.pos(f.start);
        let mut out = Vec::new();
        scan::step(1);
        let above = policies.partition_point(|i| objs[*i].end <= f.start).checked_sub(1).map(|k| policies[k]);
        if let Some(i) = above {
            // Every key of the document, gathered once however many lines follow it.
            let keys = keys_of.entry(i).or_insert_with(|| {
                let mut keys = std::collections::HashSet::new();
                if let Ok(v) = &parsed[i] {
                    scan::step(objs[i].end - objs[i].start);
                    all_keys(v, &mut keys);
                }
                keys
            });
            if keys.contains(&f.key) {
                out.push(Finding::new(Code::JsonFragmentDuplicateKey).arg(Arg::Key, f.key.clone()));
            }
        }
        if f.key.to_ascii_lowercase().ends_with("arn") {
            let values = match &f.value {
                Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
                v => v.as_str().into_iter().collect::<Vec<_>>(),
            };
            for v in values {
                arn_value(&mut out, v, f.key.clone());
            }
        }
        findings.extend(out.into_iter().map(|finding| Located { finding, line, column }));
    }

    for (used, created) in names.not_created() {
        let (line, column) = idx.pos(used.at);
        let f = Finding::new(Code::NameNotCreated)
            .arg(Arg::Value, used.name.clone())
            .arg(Arg::Path, used.option.clone())
            .arg(Arg::Created, created.name.clone())
            .arg(Arg::CreatedLine, idx.pos(created.at).0.to_string());
        findings.push(Located { finding: f, line, column });
    }

    let mut prose_skip = skip;
    prose_skip.extend(heredoc_lines);
    for (at, value, suggestion) in prose_policy_names(text, &Spans::new(prose_skip), &names) {
        let (line, column) = idx.pos(at);
        findings.push(Located { finding: Finding::new(Code::PolicyNameUnknown).arg(Arg::Value, value).arg(Arg::Suggestion, suggestion), line, column });
    }

    findings.sort_by_key(|l| (l.line, l.column, std::cmp::Reverse(l.finding.severity())));
    documents.sort_by_key(|d| (d.line, d.column));
    TextReport { whole: None, documents, commands, findings }
}

/// Names in prose that look like AWS managed policies (`Amazon...`, `AWS...`) but are none, with
/// the nearest real name. Role names of the guides and names the commands create or use are not
/// policies; a real name glued to the next word (`AmazonEKSWorkerNodePolicyWord`) is a real name.
fn prose_policy_names(text: &str, skip: &Spans, names: &Names) -> Vec<(usize, String, String)> {
    let name_char = |c: char| c.is_ascii_alphanumeric() || "_+=,.@-".contains(c);
    let mut known: std::collections::HashSet<&str> = names.created.iter().chain(&names.used).map(|x| x.name.as_str()).collect();
    for k in RoleKind::ALL {
        known.insert(k.spec().default_name);
        known.extend(k.spec().search_names.iter().copied());
    }
    let mut out = Vec::new();
    let mut i = 0;
    while i < text.len() {
        let Some(c) = text[i..].chars().next() else { break };
        if !name_char(c) {
            scan::step(1);
            i += c.len_utf8();
            continue;
        }
        let end = text[i..].find(|c: char| !name_char(c)).map_or(text.len(), |e| i + e);
        let run = &text[i..end];
        scan::step(run.len());
        let run_start = i;
        i = end;
        if skip.contains(run_start) {
            continue;
        }
        let mut cuts: Vec<usize> = run.match_indices("Amazon").chain(run.match_indices("AWS")).map(|(j, _)| j).collect();
        cuts.sort_unstable();
        cuts.dedup();
        for (n, &from) in cuts.iter().enumerate() {
            let to = cuts.get(n + 1).copied().unwrap_or(run.len());
            let cand = run[from..to].trim_end_matches(['.', ',', '-', '=', '@', '+']);
            if cand.len() < 12 || managed::find(cand).is_some() || known.contains(cand) {
                continue;
            }
            scan::step(managed::all().len());
            let Some((p, _)) = managed::nearest(cand, command::near_miss_edits(cand)) else { continue };
            let glued = cand.len() > p.name.len() && cand.starts_with(p.name) && cand[p.name.len()..].starts_with(|c: char| c.is_ascii_uppercase());
            if !glued {
                out.push((run_start + from, cand.to_owned(), p.name.to_owned()));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(text: &str) -> Vec<(usize, &'static str)> {
        lint_text(text, None).codes()
    }

    #[test]
    fn one_document_files_are_linted_as_before() {
        let r = lint_text("\n  {\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"s3 x\",\"Resource\":\"*\"}}", None);
        assert_eq!(r.whole, Some(DocKind::Identity));
        assert_eq!(r.codes(), vec![(2, "action-malformed")]);
        // Broken JSON that is a policy says so, with the position in the file.
        assert_eq!(codes("{\"Version\": \"2012-10-17\", \"Statement\": ["), vec![(1, "json-invalid")]);
        // A typo in a top-level key is still a policy's mistake.
        assert_eq!(codes("{\"Version\": \"2012-10-17\", \"Statment\": []}"), vec![(1, "policy-structure")]);
        // JSON that is no policy holds nothing to lint.
        assert_eq!(lint_text("{\"kind\": \"eks-node\"}", None).documents, vec![]);
    }

    #[test]
    fn json_errors_inside_a_text_point_into_the_text() {
        let text = "Intro\n\n```json\n{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [ { \"Effect\": \"Allow\" \"Action\": \"s3:GetObject\" } ]\n}\n```\n";
        let r = lint_text(text, None);
        assert_eq!(r.codes(), vec![(4, "json-invalid")]);
        assert_eq!(&r.findings[0].finding.args[Arg::Line], "6");
    }

    #[test]
    fn policies_and_commands_inside_json_output() {
        let get_role = "{\"Role\": {\"RoleName\": \"r\", \"AssumeRolePolicyDocument\": {\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Principal\": {\"Service\": \"eks-fargate-pods.amazonaws.com\"}, \"Action\": \"sts:AssumeRole\"}]}}}";
        let r = lint_text(get_role, None);
        assert_eq!(r.whole, None);
        assert_eq!(r.documents.iter().map(|d| d.kind).collect::<Vec<_>>(), vec![DocKind::Trust]);
        assert_eq!(r.codes(), vec![(1, "trust-source-arn-missing")]);
        let plan = "{\"actions\": [{\"command\": \"aws iam attach-role-policy --role-name r --policy-arn arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicyy\"}]}";
        let r = lint_text(plan, None);
        assert_eq!(r.commands.len(), 1);
        assert_eq!(r.codes(), vec![(1, "aws-policy-unknown")]);
    }

    #[test]
    fn prose_names_and_what_is_not_a_policy() {
        assert_eq!(codes("Attach AmazonEKSWorkerNodePolicy and AmazonEC2ContainerRegistryPullOnly."), vec![]);
        // A role name of the guides, a real name glued to the next word, names too far from any policy.
        assert_eq!(codes("Look for AmazonEKSNodeRole; AmazonEKSWorkerNodePolicyWord; AmazonLinux2023Instances."), vec![]);
        assert_eq!(codes("La política administradaAmazonEC2ContainerServiceforEC2Role"), vec![]);
        assert_eq!(codes("x\nuse AmazonEC2ContainerServiceRoleForEC2Role."), vec![(2, "policy-name-unknown")]);
        // A name the text creates is not a misspelt AWS policy.
        assert_eq!(codes("aws iam create-role --role-name AmazonEKSWorkerNodeRole2\nthen check AmazonEKSWorkerNodeRole2"), vec![]);
    }

    #[test]
    fn a_duplicate_key_hides_nothing_else_in_its_document() {
        let doc = |principal: &str, second_key: &str| {
            format!("Trust:\n\n```json\n{{\"Version\": \"2012-10-17\", \"Statement\": [{{\"Effect\": \"Allow\", \"Principal\": {{\"Service\": \"{principal}\"}}, \"Action\": \"sts:AssumeRole\",\n  \"Condition\": {{\"ArnLike\": {{\"aws:SourceArn\": \"arn:aws:eks:region-code:111122223333:fargateprofile/a/*\",\n  \"{second_key}\": \"arn:aws:eks:us-west-2:111122223333:fargateprofile/b/*\"}}}}}}]}}\n```\n")
        };
        let r = lint_text(&doc("eks-fargate-pods.amazonaws.com.cn", "aws:SourceArn"), None);
        let mut found: Vec<&str> = r.findings.iter().map(|l| l.finding.code.as_str()).collect();
        found.sort_unstable();
        // The duplicate, the principal and the placeholder in the value the duplicate shadows.
        assert_eq!(found, vec!["json-duplicate-key", "placeholder-left", "principal-no-cn-form"]);
        let dup = r.findings.iter().find(|l| l.finding.code == Code::JsonDuplicateKey).unwrap();
        assert_eq!((dup.finding.get(Arg::Line), dup.finding.get(Arg::Key)), (Some("6"), Some("aws:SourceArn")));
        // Twins: the principal written right, and the second key not a duplicate.
        let codes = |t: &str| lint_text(t, None).findings.iter().map(|l| l.finding.code.as_str()).collect::<std::collections::BTreeSet<_>>();
        assert!(!codes(&doc("eks-fargate-pods.amazonaws.com", "aws:SourceArn")).contains("principal-no-cn-form"));
        assert!(codes(&doc("eks-fargate-pods.amazonaws.com", "aws:SourceArn")).contains("json-duplicate-key"));
        assert!(!codes(&doc("eks-fargate-pods.amazonaws.com.cn", "aws:SourceAccount")).contains("json-duplicate-key"));
        // Every duplicate is reported, and a whole file is read the same way.
        let whole = "{\"Version\": \"2012-10-17\", \"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\", \"Action\": \"s3 x\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}}";
        assert_eq!(codes(whole), ["action-malformed", "json-duplicate-key"].into_iter().collect());
        assert_eq!(lint_text(whole, None).findings.iter().filter(|l| l.finding.code == Code::JsonDuplicateKey).count(), 2);
        // What cannot be read at all still says only why.
        assert_eq!(codes("{\"Version\": \"2012-10-17\", \"Version\": 1, \"Statement\": ["), ["json-invalid"].into_iter().collect());
    }

    #[test]
    fn undocumented_cn_principals_are_warned_about() {
        let trust = |p: &str| format!("{{\"Version\": \"2012-10-17\", \"Statement\": [{{\"Effect\": \"Allow\", \"Principal\": {{\"Service\": \"{p}\"}}, \"Action\": [\"sts:AssumeRole\", \"sts:TagSession\"]}}]}}");
        for (cn, plain) in [("eks.amazonaws.com.cn", "eks.amazonaws.com"), ("pods.eks.amazonaws.com.cn", "pods.eks.amazonaws.com")] {
            let r = lint_text(&trust(cn), None);
            assert_eq!(r.codes(), vec![(1, "principal-cn-undocumented")], "{cn}");
            assert_eq!(r.findings[0].finding.get(Arg::Principal), Some(plain));
            assert_eq!(r.findings[0].finding.severity(), crate::verdicts::finding::Severity::Warning);
            // The twin: the documented form.
            assert_eq!(lint_text(&trust(plain), None).codes(), vec![], "{plain}");
        }
        // ec2's .cn form is documented (and required for EKS node groups in China).
        assert_eq!(lint_text(&trust("ec2.amazonaws.com.cn"), None).codes(), vec![]);
    }

    #[test]
    fn a_file_argument_reads_the_document_shown_under_its_name() {
        let text = "Save this as perms.json:\n\n{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}\n\naws iam create-policy --policy-name p --policy-document file://perms.json\n";
        let r = lint_text(text, None);
        assert_eq!(r.documents[0].name.as_deref(), Some("perms.json"));
        assert_eq!(r.codes(), vec![(3, "policy-has-principal")]);
        // Another command between the name and the block: the block is not that file.
        let apart = text.replace("\n\n{", "\naws iam get-role --role-name r\n{");
        assert_eq!(lint_text(&apart, None).documents[0].name, None);
        // --trust forces every document's kind.
        assert_eq!(lint_text(text, Some(DocKind::Trust)).codes(), vec![]);
    }
}

/// The scanner's work grows linearly with the text: each pattern that made it quadratic (an
/// opener never closed, fences, heredoc starts, `aws` words, names, commands on one line...)
/// repeated to 64 KiB and to 1 MiB must cost about 16 times as many steps, not 256 (a little
/// less is fine: some work is bounded per name). Steps are
/// counted, never timed (`cargo xtask bench` times the same inputs).
#[cfg(test)]
mod linear {
    use super::*;

    #[test]
    fn the_scanner_is_linear_in_its_text() {
        let mut failures = Vec::new();
        for (name, make) in crate::lint::worst_cases() {
            let steps = |size: usize| {
                let text = make(size);
                scan::take_steps();
                std::hint::black_box(lint_text(&text, None));
                scan::take_steps()
            };
            let (small, large) = (steps(64 << 10), steps(1 << 20));
            let ratio = large as f64 / small.max(1) as f64;
            if !(10.0..=20.0).contains(&ratio) {
                failures.push(format!("{name}: {small} steps on 64 KiB, {large} on 1 MiB (x{ratio:.1})"));
            }
        }
        assert!(failures.is_empty(), "not linear:\n{}", failures.join("\n"));
    }

    #[test]
    fn the_step_counter_sees_quadratic_work() {
        // The twin: the same measure on a scan that really is quadratic fails the bound.
        let quadratic = |size: usize| {
            let text = "{".repeat(size);
            scan::take_steps();
            for i in 0..text.len() {
                scan::find_counted(&text[i..], "}");
            }
            scan::take_steps()
        };
        let ratio = quadratic(1 << 14) as f64 / quadratic(1 << 10) as f64;
        assert!(ratio > 200.0, "{ratio}");
    }
}
