//! `lint` of any text: a policy document, a shell script, a Markdown runbook, a guide page copied
//! from a browser. Every policy document (fenced or not, written by a heredoc, or given inline to
//! a command) and every `aws iam` command is linted, each finding placed at the line where its
//! document or command starts.

use std::collections::BTreeMap;

use serde_json::Value;

use super::command::{self, Names};
use super::{arn_value, detect_text, lint, DocKind};
use crate::verdicts::finding::{Arg, Code, Finding};
use crate::lint::managed;
use rolecall_policy::document::{parse_json_strict, PolicyError};
use crate::model::role::RoleKind;
use crate::lint::scan::{self, LineIndex};

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
            let lower = key.unwrap_or_default().to_ascii_lowercase();
            let hint = (lower.contains("assumerole") || lower.contains("trust")).then_some(DocKind::Trust);
            out.push((hint, v.clone()));
        }
        Value::Object(m) => m.iter().for_each(|(k, v)| nested(v, Some(k), out)),
        Value::Array(a) => a.iter().for_each(|v| nested(v, key, out)),
        _ => {}
    }
}

/// Whether a JSON value holds an object with this key, at any depth.
fn has_key(v: &Value, key: &str) -> bool {
    match v {
        Value::Object(m) => m.contains_key(key) || m.values().any(|v| has_key(v, key)),
        Value::Array(a) => a.iter().any(|v| has_key(v, key)),
        _ => false,
    }
}

/// Whether a text that starts like JSON is one policy document to lint as a whole (as a file
/// holding a policy is): JSON whose keys are a policy's (or nearly: `Statment`) and that holds no
/// other policy document, or broken JSON that says what policies say. Other JSON (get-role's
/// output, rolecall's own) is linted as text: the policy documents inside it, if any.
fn one_document(text: &str) -> bool {
    const KEYS: [&str; 7] = ["Version", "Id", "Statement", "Effect", "Action", "Principal", "Resource"];
    match parse_json_strict(text) {
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
    let all = scan::objects(text, &[]);
    let parsed: Vec<Result<Value, PolicyError>> = all.iter().map(|o| parse_json_strict(&text[o.start..o.end])).collect();
    let inside = |spans: &[(usize, usize)], at: usize| spans.iter().any(|(s, e)| *s <= at && at < *e);
    let json_spans: Vec<(usize, usize)> = all.iter().zip(&parsed).filter(|(_, p)| p.is_ok()).map(|(o, _)| (o.start, o.end)).collect();
    let cmds: Vec<scan::Command> = scan::commands(text).into_iter().filter(|c| !inside(&json_spans, c.start)).collect();
    let cmd_spans: Vec<(usize, usize)> = cmds.iter().map(|c| (c.start, c.end)).collect();
    let (objs, parsed): (Vec<scan::JsonObject>, Vec<Result<Value, PolicyError>>) = all.into_iter().zip(parsed).filter(|(o, _)| !inside(&cmd_spans, o.start)).unzip();
    let read: Vec<Obj> = objs.iter().zip(&parsed).map(|(o, p)| read(&text[o.start..o.end], p)).collect();
    let heredocs = scan::heredocs(text);
    let mut skip = cmd_spans.clone();
    skip.extend(objs.iter().map(|o| (o.start, o.end)));
    skip.extend(heredocs.iter().map(|h| h.body));
    let heredoc_lines: Vec<(usize, usize)> = heredocs
        .iter()
        .map(|h| {
            let s = text[..h.body.0].rfind('\n').map_or(0, |i| i + 1);
            (s, h.body.0)
        })
        .collect();

    // Which document is which file's content: a heredoc's, or the block right after a file name.
    let mut named: BTreeMap<String, usize> = BTreeMap::new();
    for h in &heredocs {
        if let Some(i) = objs.iter().position(|o| h.body.0 <= o.start && o.end <= h.body.1) {
            named.entry(h.name.rsplit('/').next().unwrap_or(&h.name).to_owned()).or_insert(i);
        }
    }
    let mut mention_skip = skip.clone();
    mention_skip.extend(&heredoc_lines);
    let mentions = scan::mentions(text, &mention_skip);
    for (n, m) in mentions.iter().enumerate() {
        let Some(i) = objs.iter().position(|o| o.start >= m.end) else { continue };
        let o = &objs[i];
        let between = |s: usize| m.end <= s && s < o.start;
        let interrupted = cmds.iter().any(|c| between(c.start)) || mentions[n + 1..].iter().any(|x| between(x.start)) || !matches!(read[i], Obj::Policy | Obj::Broken);
        if !interrupted {
            named.entry(m.name.clone()).or_insert(i);
        }
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
            let (Some(v), Some(kind)) = (&o.value, command::document_option(&c.name, &o.name)) else { continue };
            if let Some(file) = scan::file_arg(&v.value) {
                if let (Some(&i), Some(k)) = (named.get(file), kind) {
                    kinds.entry(i).or_insert(k);
                }
            } else if v.value.trim_start().starts_with('{') {
                let kind = force.or(kind).unwrap_or_else(|| detect_text(&v.value));
                let (vl, vc) = idx.pos(v.start);
                documents.push(DocumentInfo { line: vl, column: vc, kind, name: None });
                findings.extend(lint(&v.value, kind).into_iter().map(|f| Located { finding: f, line: vl, column: vc }));
            }
        }
    }

    for (i, (o, r)) in objs.iter().zip(&read).enumerate() {
        let (line, column) = idx.pos(o.start);
        let name = named.iter().find(|(_, j)| **j == i).map(|(n, _)| n.clone());
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
    for f in scan::fragments(text, &skip) {
        let (line, column) = idx.pos(f.start);
        let mut out = Vec::new();
        let above = objs.iter().zip(&read).rev().find(|(o, r)| o.end <= f.start && matches!(r, Obj::Policy));
        if let Some((o, _)) = above {
            if parse_json_strict(&text[o.start..o.end]).is_ok_and(|v| has_key(&v, &f.key)) {
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
    for (at, value, suggestion) in prose_policy_names(text, &prose_skip, &names) {
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
fn prose_policy_names(text: &str, skip: &[(usize, usize)], names: &Names) -> Vec<(usize, String, String)> {
    let name_char = |c: char| c.is_ascii_alphanumeric() || "_+=,.@-".contains(c);
    let known = |n: &str| {
        RoleKind::ALL.iter().any(|k| k.spec().default_name == n || k.spec().search_names.contains(&n)) || names.created.iter().chain(&names.used).any(|x| x.name == n)
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < text.len() {
        let Some(c) = text[i..].chars().next() else { break };
        if !name_char(c) {
            i += c.len_utf8();
            continue;
        }
        let end = text[i..].find(|c: char| !name_char(c)).map_or(text.len(), |e| i + e);
        let run = &text[i..end];
        let run_start = i;
        i = end;
        if skip.iter().any(|(s, e)| *s <= run_start && run_start < *e) {
            continue;
        }
        let mut cuts: Vec<usize> = run.match_indices("Amazon").chain(run.match_indices("AWS")).map(|(j, _)| j).collect();
        cuts.sort_unstable();
        cuts.dedup();
        for (n, &from) in cuts.iter().enumerate() {
            let to = cuts.get(n + 1).copied().unwrap_or(run.len());
            let cand = run[from..to].trim_end_matches(['.', ',', '-', '=', '@', '+']);
            if cand.len() < 12 || managed::find(cand).is_some() || known(cand) {
                continue;
            }
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
