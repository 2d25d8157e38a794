//! Finding what `lint` checks in any text: `aws iam` commands (shell words, `\` continuations,
//! several commands flattened onto one line as in a page copied from a browser), JSON objects
//! (fenced or not), heredocs and file names that say which document a `file://` argument reads,
//! and JSON member lines given to be added to a document. Positions are byte offsets into the
//! text; [`LineIndex`] turns them into 1-based lines and columns.

// The scanner's work counter, in test builds: every loop of `lint`'s scanner (this module,
// `lint/text.rs`, `lint/command.rs`) adds the bytes or items it examines, so that a test can
// check that the work grows linearly with the text. It compiles to nothing otherwise.
#[cfg(test)]
thread_local! {
    static STEPS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Counts `n` steps of scanner work (test builds only).
#[inline]
pub(crate) fn step(n: usize) {
    #[cfg(test)]
    STEPS.with(|s| s.set(s.get() + n as u64));
    #[cfg(not(test))]
    let _ = n;
}

/// The steps counted on this thread since the last call.
#[cfg(test)]
pub(crate) fn take_steps() -> u64 {
    STEPS.with(|s| s.replace(0))
}

/// `haystack.find(needle)`, counting the bytes it looks at.
pub(crate) fn find_counted(haystack: &str, needle: &str) -> Option<usize> {
    let r = haystack.find(needle);
    step(r.map_or(haystack.len(), |i| i + needle.len()));
    r
}

/// Sorted, merged byte spans, asked whether they hold an offset in logarithmic time.
#[derive(Debug, Default)]
pub struct Spans(Vec<(usize, usize)>);

impl Spans {
    pub fn new(mut spans: Vec<(usize, usize)>) -> Spans {
        step(spans.len());
        spans.retain(|(s, e)| s < e);
        spans.sort_unstable();
        let mut out: Vec<(usize, usize)> = Vec::with_capacity(spans.len());
        for (s, e) in spans {
            match out.last_mut() {
                Some(last) if s <= last.1 => last.1 = last.1.max(e),
                _ => out.push((s, e)),
            }
        }
        Spans(out)
    }

    /// Whether a span holds `at` (`start <= at < end`).
    pub fn contains(&self, at: usize) -> bool {
        step(1);
        let k = self.0.partition_point(|(s, _)| *s <= at);
        k > 0 && at < self.0[k - 1].1
    }
}

/// Bytes per block of [`LineIndex`]'s character counts.
const BLOCK: usize = 256;

/// Byte offsets of line starts, for turning an offset into a line and column.
#[derive(Debug)]
pub struct LineIndex<'t> {
    text: &'t str,
    starts: Vec<usize>,
    /// The number of characters before each block of [`BLOCK`] bytes.
    blocks: Vec<usize>,
}

impl<'t> LineIndex<'t> {
    pub fn new(text: &'t str) -> Self {
        step(text.len());
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        let mut blocks = Vec::with_capacity(text.len() / BLOCK + 1);
        let mut chars = 0;
        for chunk in text.as_bytes().chunks(BLOCK) {
            blocks.push(chars);
            chars += chunk.iter().filter(|b| !is_continuation(**b)).count();
        }
        blocks.push(chars);
        LineIndex { text, starts, blocks }
    }

    /// The characters before a byte offset (a character boundary).
    fn chars_before(&self, offset: usize) -> usize {
        let block = offset / BLOCK;
        step(offset % BLOCK + 1);
        self.blocks[block] + self.text.as_bytes()[block * BLOCK..offset].iter().filter(|b| !is_continuation(**b)).count()
    }

    /// The index (0-based) of the line holding a byte offset.
    fn line_of(&self, offset: usize) -> usize {
        step(1);
        self.starts.partition_point(|s| *s <= offset) - 1
    }

    /// Where the line holding a byte offset starts.
    pub fn line_start(&self, offset: usize) -> usize {
        self.starts[self.line_of(offset)]
    }

    /// Where the line holding a byte offset ends (its `\n`, or the end of the text).
    pub fn line_end(&self, offset: usize) -> usize {
        self.starts.get(self.line_of(offset) + 1).map_or(self.text.len(), |s| s - 1)
    }

    /// The 1-based line and column (in characters) of a byte offset.
    pub fn pos(&self, offset: usize) -> (usize, usize) {
        let line = self.line_of(offset);
        let start = self.starts[line];
        let column = if offset <= self.text.len() && self.text.is_char_boundary(offset) && start <= offset {
            self.chars_before(offset) - self.chars_before(start) + 1
        } else {
            1
        };
        (line + 1, column)
    }
}

/// Whether a byte continues a UTF-8 character.
fn is_continuation(b: u8) -> bool {
    b & 0xC0 == 0x80
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

/// The shell lexer, lazily: the words of one command from an offset until a separator (newline,
/// `;`, `&&`, `|`, `)`, a backtick, a comment) or the end of the text, lexed only as far as the
/// parser asks.
struct Lexer<'t> {
    text: &'t str,
    i: usize,
    done: bool,
}

impl Lexer<'_> {
    /// The next word, or `None` at the end of the command.
    fn next_word(&mut self) -> Option<Word> {
        let text = self.text;
        let b = text.as_bytes();
        let from = self.i;
        let mut i = self.i;
        let mut cur = String::new();
        let mut start: Option<usize> = None;
        let word = |cur: String, start: Option<usize>, end: usize| start.map(|s| Word { value: cur, start: s, end });
        let result = loop {
            if self.done || i >= b.len() {
                self.done = true;
                break word(cur, start, b.len().min(i));
            }
            let Some(c) = text[i..].chars().next() else {
                self.done = true;
                break word(cur, start, i);
            };
            let n = c.len_utf8();
            match c {
                '\\' => {
                    let next = text[i + 1..].chars().next();
                    match next {
                        // A continuation, or a flattened one (`\ --role-name`).
                        Some('\n') => i += 2,
                        Some('\r') if text[i + 2..].starts_with('\n') => i += 3,
                        Some(w) if w == ' ' || w == '\t' => {
                            i += 2;
                            if start.is_some() {
                                break word(cur, start, i - 2);
                            }
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
                    let rest = &text[i + 1..];
                    let close = if c == '\'' { rest.find('\'') } else { find_dquote(rest) };
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
                            // The search looked at the rest of the text.
                            step(rest.len());
                            start.get_or_insert(i);
                            cur.push(c);
                            i += 1;
                        }
                    }
                }
                ' ' | '\t' | '\u{a0}' | '\u{3000}' => {
                    i += n;
                    if start.is_some() {
                        break word(cur, start, i - n);
                    }
                }
                '\n' | '\r' | ';' | '|' | '&' | ')' | '`' | '。' | '，' | '、' | '；' => {
                    self.done = true;
                    i += n;
                    break word(cur, start, i - n);
                }
                '#' if start.is_none() => {
                    self.done = true;
                    i += n;
                    break None;
                }
                _ => {
                    start.get_or_insert(i);
                    cur.push(c);
                    i += n;
                }
            }
        };
        step(i - from + 1);
        self.i = i;
        result
    }
}

/// The words of a command, lexed as the parser reads them.
struct Words<'t> {
    lexer: Lexer<'t>,
    words: Vec<Word>,
}

impl Words<'_> {
    fn get(&mut self, k: usize) -> Option<&Word> {
        while self.words.len() <= k && !self.lexer.done {
            match self.lexer.next_word() {
                Some(w) => self.words.push(w),
                None => break,
            }
        }
        self.words.get(k)
    }

    fn is(&mut self, k: usize, f: impl FnOnce(&Word) -> bool) -> bool {
        self.get(k).is_some_and(f)
    }
}

fn is_boundary(c: char) -> bool {
    !(c.is_ascii_alphanumeric() || "_-./:=@$".contains(c))
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
///
/// Each `aws` starts a lexer there (quotes before it, such as a prose apostrophe, mean nothing).
/// To stay linear in the text, the next `aws` is looked for from the first word the parser did
/// not take (the word that ended the last command, or that showed this was none), and never
/// inside that word: each word is lexed a bounded number of times.
pub fn commands(text: &str) -> Vec<Command> {
    let mut out = Vec::new();
    let mut from = 0;
    // A word not to look inside: (start, end).
    let mut not_inside = (0, 0);
    while let Some(rel) = find_counted(&text[from..], "aws") {
        let at = from + rel;
        from = at + 3;
        if not_inside.0 < at && at < not_inside.1 {
            from = from.max(not_inside.1);
            continue;
        }
        let before_ok = text[..at].chars().next_back().is_none_or(is_boundary);
        let after_ok = text[at + 3..].chars().next().is_some_and(|c| c == ' ' || c == '\t' || c == '\\');
        if !(before_ok && after_ok) {
            continue;
        }
        let mut words = Words { lexer: Lexer { text, i: at, done: false }, words: Vec::new() };
        let (mut cmds, stop) = parse(&mut words);
        match words.get(stop).map(|w| (w.start, w.end)) {
            Some((s, e)) if stop > 0 => {
                from = from.max(s);
                not_inside = (s, e);
            }
            Some((_, e)) => from = from.max(e),
            None => from = from.max(words.lexer.i),
        }
        if let Some(last) = cmds.last() {
            from = from.max(last.end);
        }
        out.append(&mut cmds);
    }
    out
}

/// Parses the words of one line of shell into `aws iam` commands (several when flattened), and
/// says which word it stopped at (the first it did not take).
fn parse(words: &mut Words<'_>) -> (Vec<Command>, usize) {
    let mut out = Vec::new();
    let mut i = 0;
    let starts_command = |words: &mut Words<'_>, k: usize| words.is(k, |w| w.value == "aws") && words.is(k + 1, |w| w.value == "iam" || w.value.starts_with("--"));
    loop {
        let Some(first) = words.get(i) else { return (out, i) };
        if first.value != "aws" {
            return (out, i);
        }
        let start = first.start;
        let mut j = i + 1;
        while let Some(w) = words.get(j).filter(|w| w.value.starts_with("--")) {
            j += if GLOBAL_WITH_VALUE.contains(&w.value.as_str()) { 2 } else { 1 };
        }
        if !words.is(j, |w| w.value == "iam") {
            return (out, j.min(words.words.len()));
        }
        let Some(sub) = words.get(j + 1).filter(|w| !w.value.is_empty() && w.value.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')) else {
            return (out, j + 1);
        };
        let mut cmd = Command { name: sub.value.clone(), options: Vec::new(), start, end: sub.end };
        let mut k = j + 2;
        while words.get(k).is_some() && !starts_command(words, k) {
            let w = words.words[k].clone();
            if !is_option(&w) {
                break;
            }
            let (name, inline) = match w.value[2..].split_once('=') {
                Some((n, v)) => (n.to_owned(), Some(Word { value: v.to_owned(), start: w.start + 3 + n.len(), end: w.end })),
                None => (w.value[2..].to_owned(), None),
            };
            k += 1;
            let mut value = inline;
            if value.is_none() && !is_flag(&name) && words.is(k, |w| !is_option(w)) && !starts_command(words, k) {
                value = Some(words.words[k].clone());
                k += 1;
            }
            // An ARN printed with a space (`arn:aws: iam::aws:policy/...`): the next word is its rest.
            if let Some(v) = value.as_mut() {
                let mut colons = v.value.matches(':').count();
                while v.value.starts_with("arn:") && colons < 5 && words.is(k, |w| !is_option(w)) && !starts_command(words, k) {
                    let next = &words.words[k];
                    colons += next.value.matches(':').count();
                    v.value.push(' ');
                    v.value.push_str(&next.value);
                    v.end = next.end;
                    k += 1;
                }
            }
            cmd.end = value.as_ref().map_or(w.end, |v| v.end);
            cmd.options.push(Opt { name, value, start: w.start });
        }
        out.push(cmd);
        i = k;
    }
}

/// A JSON object found in the text: its span and, when it parses, its value.
#[derive(Debug, Clone)]
pub struct JsonObject {
    pub start: usize,
    pub end: usize,
}

/// Every outermost balanced `{...}` of the text, in one pass: outside brackets only `{` opens
/// one; inside, `{` and `[` open, `}` and `]` close (the pair is an object when `{` meets `}`),
/// and strings are minded. A string ends at its closing quote or at the end of its line (JSON
/// strings hold no raw newline), so an unterminated one cannot swallow the rest of the text;
/// an opener never closed hides nothing: the objects inside it are found.
pub fn objects(text: &str) -> Vec<JsonObject> {
    let b = text.as_bytes();
    step(b.len());
    let mut out: Vec<JsonObject> = Vec::new();
    let mut stack: Vec<usize> = Vec::new();
    let mut in_str = false;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if in_str {
            match c {
                b'\\' if b.get(i + 1) != Some(&b'\n') => i += 1,
                b'"' | b'\n' => in_str = false,
                _ => {}
            }
        } else if stack.is_empty() {
            if c == b'{' {
                stack.push(i);
            }
        } else {
            match c {
                b'"' => in_str = true,
                b'{' | b'[' => stack.push(i),
                b'}' | b']' => {
                    if let Some(s) = stack.pop() {
                        if b[s] == b'{' && c == b'}' {
                            // It holds the objects found since it opened.
                            while out.last().is_some_and(|o| o.start > s) {
                                out.pop();
                            }
                            out.push(JsonObject { start: s, end: i + 1 });
                        }
                    }
                }
                _ => {}
            }
        }
        i += 1;
    }
    out
}

/// A heredoc (`cat > NAME <<EOF ... EOF`): the file it writes and its body's span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heredoc {
    pub name: String,
    pub body: (usize, usize),
}

/// Every heredoc that writes a named file. Linear in the text: the name is looked for on the
/// heredoc's line no further back than the previous `<<` and no further on than the next, and
/// the body's end through an index of the text's whitespace-separated words.
pub fn heredocs(text: &str) -> Vec<Heredoc> {
    let mut out = Vec::new();
    let mut from = 0;
    let mut lines: Option<LineIndex<'_>> = None;
    let mut tokens: Option<std::collections::HashMap<&str, Vec<usize>>> = None;
    let mut prev_end = 0;
    while let Some(rel) = find_counted(&text[from..], "<<") {
        let at = from + rel;
        from = at + 2;
        let head_from = prev_end;
        prev_end = at + 2;
        let mut rest = &text[at + 2..];
        let before = rest.len();
        rest = rest.strip_prefix('-').unwrap_or(rest).trim_start_matches([' ', '\t']);
        step(before - rest.len());
        let quote = rest.chars().next().filter(|c| *c == '\'' || *c == '"');
        if let Some(q) = quote {
            rest = &rest[1..];
            let end = rest.find(q);
            step(end.unwrap_or(rest.len()));
            let Some(end) = end else { continue };
            rest = &rest[..end];
        }
        let delim: String = rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
        step(delim.len());
        if delim.is_empty() {
            continue;
        }
        let delim_end = find_counted(&text[at..], delim.as_str()).map_or(at, |i| at + i + delim.len() + usize::from(quote.is_some()));
        let lines = lines.get_or_insert_with(|| LineIndex::new(text));
        let line_start = lines.line_start(at).max(head_from);
        let line_end = lines.line_end(delim_end);
        let tail_end = find_counted(&text[delim_end..line_end.max(delim_end)], "<<").map_or(line_end.max(delim_end), |i| delim_end + i);
        let head = &text[line_start..at];
        step(head.len() + (tail_end - delim_end));
        let name = redirect_target(&head[head.rfind("cat").or_else(|| head.rfind("tee")).unwrap_or(0)..]).or_else(|| redirect_target(&text[delim_end..tail_end]));
        let Some(name) = name else { continue };
        // The body ends at the delimiter standing alone (on its own line, or flattened onto one):
        // the first whitespace-separated word equal to it after the opening.
        let tokens = tokens.get_or_insert_with(|| {
            step(text.len());
            let mut m: std::collections::HashMap<&str, Vec<usize>> = std::collections::HashMap::new();
            let mut i = 0;
            for word in text.split(char::is_whitespace) {
                if !word.is_empty() {
                    m.entry(word).or_default().push(i);
                }
                i += word.len();
                i += text[i..].chars().next().map_or(0, char::len_utf8);
            }
            m
        });
        step(1);
        let body_end = tokens.get(delim.as_str()).and_then(|at| at.get(at.partition_point(|s| *s < delim_end)).copied());
        if let Some(e) = body_end {
            out.push(Heredoc { name, body: (delim_end, e) });
            from = e;
            prev_end = e;
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
pub fn mentions(text: &str, skip: &Spans) -> Vec<Mention> {
    let mut out = Vec::new();
    let name_char = |c: char| c.is_ascii_alphanumeric() || "_.-".contains(c);
    // Where the run of name characters that reaches `scanned` starts.
    let (mut scanned, mut run_start) = (0, 0);
    for (at, _) in text.match_indices(".json") {
        step(at - scanned + 5);
        for (i, c) in text[scanned..at].char_indices() {
            if !name_char(c) {
                run_start = scanned + i + c.len_utf8();
            }
        }
        scanned = at;
        let end = at + ".json".len();
        if text[end..].chars().next().is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-') {
            continue;
        }
        let start = run_start;
        if start == at || text[..start].ends_with("://") || text[..start].ends_with('/') || skip.contains(start) {
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
pub fn fragments(text: &str, skip: &Spans) -> Vec<Fragment> {
    let mut out = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        step(line.len());
        let start = offset + (line.len() - line.trim_start().len());
        offset += line.len();
        let t = line.trim();
        if !t.starts_with('"') || skip.contains(start) {
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
        let objs = objects(t);
        assert_eq!(objs.len(), 2);
        assert_eq!(&t[objs[0].start..objs[0].end], "{ \"a\": { \"b\": \"}\" } }");
        let h = heredocs(t);
        assert_eq!(h.len(), 1);
        assert_eq!(h[0].name, "node.json");
        assert_eq!(t[h[0].body.0..h[0].body.1].trim(), "{ \"x\": 1 }");
        let m = mentions(t, &Spans::default());
        assert_eq!(m.iter().map(|m| m.name.as_str()).collect::<Vec<_>>(), vec!["trust.json", "node.json"]);
        let multi = "cat <<'END' > policy.json\n{\n}\nEND\n";
        assert_eq!(heredocs(multi)[0].name, "policy.json");
        assert_eq!(mentions("--policy-document file://x.json", &Spans::default()), vec![]);
    }

    #[test]
    fn an_unclosed_opener_or_string_hides_no_object() {
        let spans = |t: &str| objects(t).iter().map(|o| &t[o.start..o.end]).collect::<Vec<_>>().join(" | ");
        assert_eq!(spans("see {the note\n{\"a\": 1} and {\"b\": [{}]}"), "{\"a\": 1} | {\"b\": [{}]}");
        // A string ends at its line's end: the broken document is still one object.
        assert_eq!(spans("{ \"Version\": \"2012-10-17,\n  \"Statement\": [] }"), "{ \"Version\": \"2012-10-17,\n  \"Statement\": [] }");
        assert_eq!(spans("{ \"a\n{\"b\": \"}\"}"), "{\"b\": \"}\"}");
        // Brackets that do not pair as an object hold the objects inside them.
        assert_eq!(spans("[{\"a\": 1}] {{\"b\": 2}]"), "{\"a\": 1} | {\"b\": 2}");
    }

    #[test]
    fn aws_inside_a_failed_command_starts_the_next() {
        // `aws aws iam`: the second starts the command; `aws --profile aws ... iam` is one command.
        assert_eq!(commands("aws aws iam get-role --role-name r").len(), 1);
        let c = commands("aws --profile aws --profile aws iam get-role --role-name r");
        assert_eq!((c.len(), c[0].start), (1, 0));
        assert_eq!(commands("aws s3 ls; aws iam get-role --role-name r").len(), 1);
        assert!(commands("aws\\aws\\aws iam get-role").is_empty());
    }

    #[test]
    fn heredocs_end_at_their_own_delimiter() {
        let t = "cat > a.json <<A\n{}\nB\ncat > b.json <<B\n{}\nB\nA\n";
        let h = heredocs(t);
        assert_eq!(h.iter().map(|h| (h.name.as_str(), t[h.body.0..h.body.1].trim())).collect::<Vec<_>>(), vec![("a.json", "{}\nB\ncat > b.json <<B\n{}\nB")]);
        // Several on one line: each takes the name next to it.
        let one = "cat >a.json <<EOF {} EOF cat >b.json <<EOF [] EOF";
        assert_eq!(heredocs(one).iter().map(|h| h.name.as_str()).collect::<Vec<_>>(), vec!["a.json", "b.json"]);
        assert!(heredocs("cat > x.json <<EOF\n{}\nnever closed").is_empty());
    }

    #[test]
    fn fragments_are_single_members() {
        let t = "Add this line:\n\n    \"aws:SourceArn\": \"arn:aws:eks:region-code:111122223333:fargateprofile/my-cluster/*\",\n\n\"not\": 1, \"two\": 2\n";
        let f = fragments(t, &Spans::default());
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
