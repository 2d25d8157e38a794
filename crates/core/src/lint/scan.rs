//! Finding what `lint` checks in any text: `aws iam` commands (shell words, `\` continuations,
//! several commands flattened onto one line as in a page copied from a browser), JSON objects
//! (fenced or not), heredocs and file names that say which document a `file://` argument reads,
//! and JSON member lines given to be added to a document. Positions are byte offsets into the
//! text; [`LineIndex`] turns them into 1-based lines and columns.

/// Byte offsets of line starts, for turning an offset into a line and column.
#[derive(Debug)]
pub struct LineIndex<'t> {
    text: &'t str,
    starts: Vec<usize>,
}

impl<'t> LineIndex<'t> {
    pub fn new(text: &'t str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { text, starts }
    }

    /// The 1-based line and column (in characters) of a byte offset.
    pub fn pos(&self, offset: usize) -> (usize, usize) {
        let line = self.starts.partition_point(|s| *s <= offset);
        let start = self.starts[line - 1];
        let column = self.text.get(start..offset).map_or(1, |s| s.chars().count() + 1);
        (line, column)
    }
}

/// A shell word after quote removal, with the byte span it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    pub value: String,
    pub start: usize,
    pub end: usize,
}

/// One `--name value` of a command (`value` is `None` for a flag).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Opt {
    pub name: String,
    pub value: Option<Word>,
    pub start: usize,
}

/// An `aws iam` command found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Command {
    /// The subcommand: `create-role`, `attach-role-policy`...
    pub name: String,
    pub options: Vec<Opt>,
    /// Where `aws` starts and where the last word ends.
    pub start: usize,
    pub end: usize,
}

impl Command {
    /// The value of an option, if given.
    pub fn value(&self, name: &str) -> Option<&Word> {
        self.options.iter().find(|o| o.name == name).and_then(|o| o.value.as_ref())
    }
}

/// A token of the shell lexer.
#[derive(Debug)]
enum Tok {
    Word(Word),
    /// A command separator (newline, `;`, `&&`, `|`, `)`, a backtick, a comment).
    End,
}

fn is_boundary(c: char) -> bool {
    !(c.is_ascii_alphanumeric() || "_-./:=@$".contains(c))
}

/// Lexes shell words from `from` until the end of the command (a separator or the end of the text).
fn lex(text: &str, from: usize) -> Vec<Tok> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = from;
    let mut cur = String::new();
    let mut start: Option<usize> = None;
    let flush = |cur: &mut String, start: &mut Option<usize>, end: usize, out: &mut Vec<Tok>| {
        if let Some(s) = start.take() {
            out.push(Tok::Word(Word { value: std::mem::take(cur), start: s, end }));
        }
    };
    while i < b.len() {
        let Some(c) = text[i..].chars().next() else { break };
        let n = c.len_utf8();
        match c {
            '\\' => {
                let next = text[i + 1..].chars().next();
                match next {
                    // A continuation, or a flattened one (`\ --role-name`).
                    Some('\n') => i += 2,
                    Some('\r') if text[i + 2..].starts_with('\n') => i += 3,
                    Some(w) if w == ' ' || w == '\t' => {
                        flush(&mut cur, &mut start, i, &mut out);
                        i += 2;
                    }
                    Some(o) => {
                        start.get_or_insert(i);
                        cur.push(o);
                        i += 1 + o.len_utf8();
                    }
                    None => i += 1,
                }
            }
            '\'' | '"' => {
                let close = if c == '\'' { text[i + 1..].find('\'') } else { find_dquote(&text[i + 1..]) };
                match close {
                    Some(j) => {
                        start.get_or_insert(i);
                        let inner = &text[i + 1..i + 1 + j];
                        if c == '"' {
                            let mut chars = inner.chars().peekable();
                            while let Some(ch) = chars.next() {
                                if ch == '\\' && chars.peek().is_some_and(|p| "\"\\$`\n".contains(*p)) {
                                    if let Some(p) = chars.next() {
                                        if p != '\n' {
                                            cur.push(p);
                                        }
                                    }
                                } else {
                                    cur.push(ch);
                                }
                            }
                        } else {
                            cur.push_str(inner);
                        }
                        i += j + 2;
                    }
                    None => {
                        start.get_or_insert(i);
                        cur.push(c);
                        i += 1;
                    }
                }
            }
            ' ' | '\t' | '\u{a0}' | '\u{3000}' => {
                flush(&mut cur, &mut start, i, &mut out);
                i += n;
            }
            '\n' | '\r' | ';' | '|' | '&' | ')' | '`' | '。' | '，' | '、' | '；' => {
                flush(&mut cur, &mut start, i, &mut out);
                out.push(Tok::End);
                return out;
            }
            '#' if start.is_none() => {
                flush(&mut cur, &mut start, i, &mut out);
                out.push(Tok::End);
                return out;
            }
            _ => {
                start.get_or_insert(i);
                cur.push(c);
                i += n;
            }
        }
    }
    flush(&mut cur, &mut start, b.len(), &mut out);
    out
}

/// The offset of the closing `"` of a double-quoted string (`\"` does not close it).
fn find_dquote(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            b'"' => return Some(i),
            _ => i += 1,
        }
    }
    None
}

/// Global options of the AWS CLI that take a value (they may come between `aws` and `iam`).
const GLOBAL_WITH_VALUE: [&str; 7] = ["--profile", "--region", "--output", "--endpoint-url", "--query", "--color", "--ca-bundle"];

/// Options that take no value.
fn is_flag(name: &str) -> bool {
    name.starts_with("no-") || matches!(name, "only-attached" | "debug" | "generate-cli-skeleton" | "cli-auto-prompt")
}

fn is_option(w: &Word) -> bool {
    w.value.starts_with("--") && w.value.len() > 2
}

/// Every `aws iam` command in the text, in order.
pub fn commands(text: &str) -> Vec<Command> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(rel) = text[from..].find("aws") {
        let at = from + rel;
        from = at + 3;
        let before_ok = text[..at].chars().next_back().is_none_or(is_boundary);
        let after_ok = text[at + 3..].chars().next().is_some_and(|c| c == ' ' || c == '\t' || c == '\\');
        if !(before_ok && after_ok) {
            continue;
        }
        let toks = lex(text, at);
        let mut cmds = parse(&toks);
        if let Some(last) = cmds.last() {
            from = from.max(last.end);
        }
        out.append(&mut cmds);
    }
    out
}

/// Parses the words of one line of shell into `aws iam` commands (several when flattened).
fn parse(toks: &[Tok]) -> Vec<Command> {
    let words: Vec<&Word> = toks.iter().map_while(|t| if let Tok::Word(w) = t { Some(w) } else { None }).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if words[i].value != "aws" {
            break;
        }
        let start = words[i].start;
        let mut j = i + 1;
        while j < words.len() && words[j].value.starts_with("--") {
            j += if GLOBAL_WITH_VALUE.contains(&words[j].value.as_str()) { 2 } else { 1 };
        }
        if words.get(j).is_none_or(|w| w.value != "iam") {
            break;
        }
        let Some(sub) = words.get(j + 1).filter(|w| !w.value.is_empty() && w.value.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')) else {
            break;
        };
        let mut cmd = Command { name: sub.value.clone(), options: Vec::new(), start, end: sub.end };
        let starts_command = |k: usize| words.get(k).is_some_and(|w| w.value == "aws") && words.get(k + 1).is_some_and(|w| w.value == "iam" || w.value.starts_with("--"));
        let mut k = j + 2;
        while k < words.len() && !starts_command(k) {
            let w = words[k];
            if !is_option(w) {
                break;
            }
            let (name, inline) = match w.value[2..].split_once('=') {
                Some((n, v)) => (n.to_owned(), Some(Word { value: v.to_owned(), start: w.start + 3 + n.len(), end: w.end })),
                None => (w.value[2..].to_owned(), None),
            };
            k += 1;
            let mut value = inline;
            if value.is_none() && !is_flag(&name) && k < words.len() && !is_option(words[k]) && !starts_command(k) {
                value = Some(words[k].clone());
                k += 1;
            }
            // An ARN printed with a space (`arn:aws: iam::aws:policy/...`): the next word is its rest.
            if let Some(v) = value.as_mut() {
                while v.value.starts_with("arn:") && v.value.matches(':').count() < 5 && k < words.len() && !is_option(words[k]) && !starts_command(k) {
                    v.value.push(' ');
                    v.value.push_str(&words[k].value);
                    v.end = words[k].end;
                    k += 1;
                }
            }
            cmd.end = value.as_ref().map_or(w.end, |v| v.end);
            cmd.options.push(Opt { name, value, start: w.start });
        }
        out.push(cmd);
        i = k;
    }
    out
}

/// A JSON object found in the text: its span and, when it parses, its value.
#[derive(Debug, Clone)]
pub struct JsonObject {
    pub start: usize,
    pub end: usize,
}

/// The end (exclusive) of the balanced `{...}` starting at `start`, minding strings.
fn balanced(text: &str, start: usize) -> Option<usize> {
    let b = text.as_bytes();
    let mut depth = 0usize;
    let mut in_str = false;
    let mut i = start;
    while i < b.len() {
        let c = b[i];
        if in_str {
            match c {
                b'\\' => i += 1,
                b'"' => in_str = false,
                _ => {}
            }
        } else {
            match c {
                b'"' => in_str = true,
                b'{' | b'[' => depth += 1,
                b'}' | b']' => {
                    depth = depth.checked_sub(1)?;
                    if depth == 0 {
                        return (c == b'}').then_some(i + 1);
                    }
                }
                _ => {}
            }
        }
        i += 1;
    }
    None
}

/// Every outermost balanced `{...}` of the text outside the `skip` spans.
pub fn objects(text: &str, skip: &[(usize, usize)]) -> Vec<JsonObject> {
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(rel) = text[i..].find('{') {
        let at = i + rel;
        if let Some(&(_, e)) = skip.iter().find(|(s, e)| *s <= at && at < *e) {
            i = e;
            continue;
        }
        match balanced(text, at) {
            Some(end) => {
                out.push(JsonObject { start: at, end });
                i = end;
            }
            None => i = at + 1,
        }
    }
    out
}

/// A heredoc (`cat > NAME <<EOF ... EOF`): the file it writes and its body's span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heredoc {
    pub name: String,
    pub body: (usize, usize),
}

/// Every heredoc that writes a named file.
pub fn heredocs(text: &str) -> Vec<Heredoc> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(rel) = text[from..].find("<<") {
        let at = from + rel;
        from = at + 2;
        let mut rest = &text[at + 2..];
        rest = rest.strip_prefix('-').unwrap_or(rest).trim_start_matches([' ', '\t']);
        let quote = rest.chars().next().filter(|c| *c == '\'' || *c == '"');
        if let Some(q) = quote {
            rest = &rest[1..];
            let Some(end) = rest.find(q) else { continue };
            rest = &rest[..end];
        }
        let delim: String = rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
        if delim.is_empty() {
            continue;
        }
        let delim_end = text[at..].find(delim.as_str()).map_or(at, |i| at + i + delim.len() + usize::from(quote.is_some()));
        let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[delim_end..].find('\n').map_or(text.len(), |i| delim_end + i);
        let head = &text[line_start..at];
        let name = redirect_target(&head[head.rfind("cat").or_else(|| head.rfind("tee")).unwrap_or(0)..])
            .or_else(|| redirect_target(&text[delim_end..line_end]));
        let Some(name) = name else { continue };
        // The body ends at the delimiter standing alone (on its own line, or flattened onto one).
        let mut search = delim_end;
        let mut body_end = None;
        while let Some(r) = text[search..].find(delim.as_str()) {
            let s = search + r;
            let e = s + delim.len();
            let alone_before = text[..s].chars().next_back().is_none_or(char::is_whitespace);
            let alone_after = text[e..].chars().next().is_none_or(char::is_whitespace);
            if alone_before && alone_after {
                body_end = Some(s);
                break;
            }
            search = e;
        }
        if let Some(e) = body_end {
            out.push(Heredoc { name, body: (delim_end, e) });
            from = e;
        }
    }
    out
}

/// The file after `>` (or `tee`) in a fragment of a shell line.
fn redirect_target(s: &str) -> Option<String> {
    let after = match s.find('>') {
        Some(i) => s[i..].trim_start_matches('>'),
        None => s.strip_prefix("tee")?,
    };
    let name: String = after.trim_start().chars().take_while(|c| !c.is_whitespace() && *c != '<' && *c != ';').filter(|c| *c != '"' && *c != '\'').collect();
    (!name.is_empty()).then_some(name)
}

/// A file name (`NAME.json`) the text mentions outside commands: the document that follows may be its content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    pub name: String,
    pub start: usize,
    pub end: usize,
}

/// Every `NAME.json` mentioned in the text outside the `skip` spans and not as `file://NAME`.
pub fn mentions(text: &str, skip: &[(usize, usize)]) -> Vec<Mention> {
    let mut out = Vec::new();
    let name_char = |c: char| c.is_ascii_alphanumeric() || "_.-".contains(c);
    for (at, _) in text.match_indices(".json") {
        let end = at + ".json".len();
        if text[end..].chars().next().is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-') {
            continue;
        }
        let start = text[..at].char_indices().rev().take_while(|(_, c)| name_char(*c)).last().map_or(at, |(i, _)| i);
        if start == at || text[..start].ends_with("://") || text[..start].ends_with('/') || skip.iter().any(|(s, e)| *s <= start && start < *e) {
            continue;
        }
        out.push(Mention { name: text[start..end].to_owned(), start, end });
    }
    out
}

/// The file name a `file://` argument reads, without quotes, `./` or directories.
pub fn file_arg(value: &str) -> Option<&str> {
    let path = value.strip_prefix("file://").or_else(|| value.strip_prefix("fileb://"))?;
    Some(path.rsplit('/').next().unwrap_or(path))
}

/// A line that is one JSON object member (`"aws:SourceArn": "...",`), as guides print a line to add.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fragment {
    pub key: String,
    pub value: serde_json::Value,
    pub start: usize,
}

/// Every line outside the `skip` spans that is a single JSON member.
pub fn fragments(text: &str, skip: &[(usize, usize)]) -> Vec<Fragment> {
    let mut out = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let start = offset + (line.len() - line.trim_start().len());
        offset += line.len();
        let t = line.trim();
        if !t.starts_with('"') || skip.iter().any(|(s, e)| *s <= start && start < *e) {
            continue;
        }
        let body = t.strip_suffix(',').unwrap_or(t);
        if let Ok(serde_json::Value::Object(m)) = serde_json::from_str::<serde_json::Value>(&format!("{{{body}}}")) {
            if let (1, Some((k, v))) = (m.len(), m.iter().next()) {
                out.push(Fragment { key: k.clone(), value: v.clone(), start });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(c: &Command) -> Vec<(String, Option<String>)> {
        c.options.iter().map(|o| (o.name.clone(), o.value.as_ref().map(|v| v.value.clone()))).collect()
    }

    #[test]
    fn flattened_commands_split_and_keep_their_arns() {
        let line = "aws iam attach-role-policy \\ --policy-arn arn:aws: iam::aws:policy/AmazonEKSWorkerNodePolicy \\ --role-name AmazonEKSNodeRole aws iam attach-role-policy \\ --policy-arn arn:aws:iam::aws:policy/X \\ --role-name R";
        let c = commands(line);
        assert_eq!(c.len(), 2);
        assert_eq!(c[0].name, "attach-role-policy");
        assert_eq!(c[0].value("policy-arn").unwrap().value, "arn:aws: iam::aws:policy/AmazonEKSWorkerNodePolicy");
        assert_eq!(c[0].value("role-name").unwrap().value, "AmazonEKSNodeRole");
        assert_eq!(c[1].value("policy-arn").unwrap().value, "arn:aws:iam::aws:policy/X");
        assert_eq!(&line[c[1].start..c[1].start + 7], "aws iam");
    }

    #[test]
    fn quotes_continuations_and_separators() {
        let t = "$ aws iam create-role --role-name r \\\n  --assume-role-policy-document '{\"a\": \"b c\"}' --description \"it's\"; echo done\naws iam list-policies --scope Local --query 'Policies[?PolicyName==`p`].Arn'\n";
        let c = commands(t);
        assert_eq!(c.len(), 2);
        assert_eq!(opts(&c[0]), vec![("role-name".into(), Some("r".into())), ("assume-role-policy-document".into(), Some("{\"a\": \"b c\"}".into())), ("description".into(), Some("it's".into()))]);
        assert_eq!(c[1].value("query").unwrap().value, "Policies[?PolicyName==`p`].Arn");
        let q = "aws iam create-role --role-name x --assume-role-policy-document file://\"trust.json\"";
        assert_eq!(file_arg(&commands(q)[0].value("assume-role-policy-document").unwrap().value), Some("trust.json"));
        // Prose after a command ends it; "aws" inside a word starts none.
        assert_eq!(commands("run aws iam get-role --role-name r then check").len(), 1);
        assert_eq!(opts(&commands("run aws iam get-role --role-name r then check")[0]).len(), 1);
        assert!(commands("laws iam x; aws s3 ls; aws iam").is_empty());
        // After CJK text on the same line, and with a global option.
        let z = commands("使用您的帳戶 ID。aws --profile p iam get-role --role-name r");
        assert_eq!(z.len(), 1);
        assert_eq!(z[0].name, "get-role");
    }

    #[test]
    fn json_objects_heredocs_and_mentions() {
        let t = "Create trust.json:\n\n```json\n{ \"a\": { \"b\": \"}\" } }\n```\ncat >node.json <<EOF { \"x\": 1 } EOF\n";
        let objs = objects(t, &[]);
        assert_eq!(objs.len(), 2);
        assert_eq!(&t[objs[0].start..objs[0].end], "{ \"a\": { \"b\": \"}\" } }");
        let h = heredocs(t);
        assert_eq!(h.len(), 1);
        assert_eq!(h[0].name, "node.json");
        assert_eq!(t[h[0].body.0..h[0].body.1].trim(), "{ \"x\": 1 }");
        let m = mentions(t, &[]);
        assert_eq!(m.iter().map(|m| m.name.as_str()).collect::<Vec<_>>(), vec!["trust.json", "node.json"]);
        let multi = "cat <<'END' > policy.json\n{\n}\nEND\n";
        assert_eq!(heredocs(multi)[0].name, "policy.json");
        assert_eq!(mentions("--policy-document file://x.json", &[]), vec![]);
    }

    #[test]
    fn fragments_are_single_members() {
        let t = "Add this line:\n\n    \"aws:SourceArn\": \"arn:aws:eks:region-code:111122223333:fargateprofile/my-cluster/*\",\n\n\"not\": 1, \"two\": 2\n";
        let f = fragments(t, &[]);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].key, "aws:SourceArn");
        assert_eq!(LineIndex::new(t).pos(f[0].start), (3, 5));
    }

    #[test]
    fn positions_count_characters() {
        let t = "一\n使用 aws";
        let i = LineIndex::new(t);
        assert_eq!(i.pos(0), (1, 1));
        assert_eq!(i.pos(t.find("aws").unwrap()), (2, 4));
    }
}
