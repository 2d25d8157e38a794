//! What rolecall prints is safe to print: no secret, whatever a server echoes back, and in text
//! no control character from outside rolecall that a terminal would obey.
//!
//! Two layers. Values from outside (IAM's answers, file contents, the command line) are escaped
//! where they enter a text message ([`escape`]); then every line, text or JSON, passes through
//! [`line`] on its way out, which redacts secrets and escapes whatever control character is left,
//! except the newlines and the color sequences rolecall itself writes. JSON is escaped by JSON's
//! own rules and otherwise left exact.

use std::borrow::Cow;
use std::sync::LazyLock;

use rolecall_aws::Secrets;

use crate::global::Env;

/// What stands in for a secret.
pub const REDACTED: &str = "[REDACTED]";

static SECRETS: LazyLock<Secrets> = LazyLock::new(Secrets::default);

/// The secrets to keep out of the output: the environment's, and those the AWS backend notes as
/// credentials are resolved (profiles, SSO, credential_process...).
pub fn secrets() -> &'static Secrets {
    &SECRETS
}

/// Notes the secrets of the environment's credentials.
pub fn note_env(env: &dyn Env) {
    for k in ["AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_SECURITY_TOKEN"] {
        if let Some(v) = env.var(k) {
            SECRETS.add(v.trim());
        }
    }
}

/// Characters a terminal may act on: C0 controls, DEL, C1 controls, and the bidirectional
/// embedding, override and isolate controls.
fn is_control(c: char) -> bool {
    matches!(c, '\0'..='\x1f' | '\x7f' | '\u{80}'..='\u{9f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

fn push_escaped(out: &mut String, c: char) {
    out.extend(c.escape_unicode());
}

/// A value from outside rolecall, made visible: every control character (newlines too) becomes
/// `\u{1b}`-style text.
pub fn escape(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_control) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if is_control(c) {
            push_escaped(&mut out, c);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// The length of a color sequence (`ESC [ digits and ; m`) at the start of `s`, if there is one.
fn sgr_len(s: &str) -> Option<usize> {
    let rest = s.strip_prefix("\x1b[")?;
    let n = rest.bytes().take_while(|b| b.is_ascii_digit() || *b == b';').count();
    (rest.as_bytes().get(n) == Some(&b'm')).then_some(2 + n + 1)
}

/// A text line on its way out: newlines and, on a colored terminal, color sequences stay; any
/// other control character is escaped.
fn text(s: &str, keep_color: bool) -> Cow<'_, str> {
    if !s.chars().any(|c| is_control(c) && c != '\n') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    let mut i = 0;
    while let Some(c) = s[i..].chars().next() {
        if c == '\x1b' && keep_color {
            if let Some(n) = sgr_len(&s[i..]) {
                out.push_str(&s[i..i + n]);
                i += n;
                continue;
            }
        }
        if is_control(c) && c != '\n' {
            push_escaped(&mut out, c);
        } else {
            out.push(c);
        }
        i += c.len_utf8();
    }
    Cow::Owned(out)
}

/// How a line is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Text for people; `true` keeps rolecall's own color sequences.
    Text(bool),
    /// A JSON document: already escaped by JSON's rules.
    Json,
}

/// Everything rolecall prints passes here.
pub fn line(s: &str, kind: Kind) -> String {
    let s = match kind {
        Kind::Text(color) => text(s, color),
        Kind::Json => Cow::Borrowed(s),
    };
    redact(&s, &SECRETS.all()).into_owned()
}

/// Characters of a secret, a signature or a credential scope, as they appear in headers and
/// query strings.
fn is_token_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || "/+=_.%-".contains(c)
}

/// Header names and fields whose value is secret, and whether their value runs to the end of
/// the line (the Authorization header) or is one token.
const KEYS: [(&str, bool); 8] = [
    ("signature", false),
    ("credential", false),
    ("x-amz-security-token", false),
    ("authorization", true),
    ("aws_secret_access_key", false),
    ("aws_session_token", false),
    ("secretaccesskey", false),
    ("sessiontoken", false),
];

/// Where the value after a key starts: after separators (`=`, `:`, `>`, quotes, spaces), at
/// least one of which must be `=`, `:` or `>`. `Signature=` and `Credential=` take only `=`.
fn value_start(s: &str, key_end: usize, strict_equals: bool) -> Option<usize> {
    let rest = &s[key_end..];
    if strict_equals {
        return rest.starts_with('=').then_some(key_end + 1);
    }
    let mut seen = false;
    let mut n = 0;
    for c in rest.chars().take(8) {
        match c {
            '=' | ':' | '>' => seen = true,
            ' ' | '\t' | '"' | '\'' | '\\' => {}
            _ => break,
        }
        n += c.len_utf8();
    }
    seen.then_some(key_end + n)
}

/// Removes secrets: the values given (and their URL-encoded forms), and the values of the keys
/// above, whatever their case.
pub fn redact<'a>(s: &'a str, secrets: &[String]) -> Cow<'a, str> {
    let mut out = Cow::Borrowed(s);
    for secret in secrets.iter().filter(|x| x.len() >= 8) {
        let encoded_upper = secret.replace('/', "%2F").replace('+', "%2B").replace('=', "%3D");
        let encoded_lower = secret.replace('/', "%2f").replace('+', "%2b").replace('=', "%3d");
        for form in [secret.as_str(), encoded_upper.as_str(), encoded_lower.as_str()] {
            if out.contains(form) {
                out = Cow::Owned(out.replace(form, REDACTED));
            }
        }
    }
    let lower = out.to_ascii_lowercase();
    if !KEYS.iter().any(|(k, _)| lower.contains(k)) {
        return out;
    }
    // Spans to blank, found on the lower-cased copy (same byte offsets: ASCII case only).
    let mut spans: Vec<(usize, usize)> = Vec::new();
    for (key, to_line_end) in KEYS {
        let strict = key == "signature" || key == "credential";
        let mut from = 0;
        while let Some(at) = lower[from..].find(key) {
            let key_end = from + at + key.len();
            from = key_end;
            let Some(start) = value_start(&lower, key_end, strict) else { continue };
            let len: usize = if to_line_end {
                lower[start..].chars().take_while(|c| !matches!(c, '\n' | '\r' | '"' | '\\' | '<')).map(char::len_utf8).sum()
            } else {
                lower[start..].chars().take_while(|c| is_token_char(*c)).map(char::len_utf8).sum()
            };
            let value = &out[start..start + len];
            if len > 0 && value.trim() != REDACTED && !value.starts_with(REDACTED) {
                spans.push((start, start + len));
            }
        }
    }
    if spans.is_empty() {
        return out;
    }
    spans.sort_unstable();
    let mut result = String::with_capacity(out.len());
    let mut at = 0;
    for (start, end) in spans {
        if end <= at {
            continue;
        }
        let start = start.max(at);
        result.push_str(&out[at..start]);
        result.push_str(REDACTED);
        at = end;
    }
    result.push_str(&out[at..]);
    Cow::Owned(result)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_from_outside_are_made_visible() {
        assert_eq!(escape("plain ünïcode 日本"), "plain ünïcode 日本");
        assert_eq!(escape("\x1b]0;PWNED\x07\x1b[2J"), "\\u{1b}]0;PWNED\\u{7}\\u{1b}[2J");
        assert_eq!(escape("a\nb\tc\x7f\u{9b}\u{202e}\u{2066}"), "a\\u{a}b\\u{9}c\\u{7f}\\u{9b}\\u{202e}\\u{2066}");
    }

    #[test]
    fn lines_keep_rolecalls_newlines_and_colors_only() {
        assert_eq!(text("one\ntwo", false), "one\ntwo");
        assert_eq!(text("\x1b[31;1merror\x1b[0m \x1b]0;x\x07", true), "\x1b[31;1merror\x1b[0m \\u{1b}]0;x\\u{7}");
        assert_eq!(text("\x1b[31;1merror\x1b[0m", false), "\\u{1b}[31;1merror\\u{1b}[0m");
        assert_eq!(text("\x1b[2J\x1b", true), "\\u{1b}[2J\\u{1b}");
        assert_eq!(text("\u{202e}gnp.exe", true), "\\u{202e}gnp.exe");
    }

    #[test]
    fn secrets_and_signatures_are_redacted() {
        let secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYSECRETKEY".to_owned();
        let token = "FQoGZXIvYXdzEPT//////////wEaDEXAMPLE+TOKEN==".to_owned();
        let secrets = [secret.clone(), token.clone()];
        let echoed = format!(
            "headers: authorization: AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20240101/us-east-1/iam/aws4_request, SignedHeaders=host;x-amz-date, Signature=fe5f80f77d5fa3beca038a248ff027d0445342fe2855ddc963176630326f1024\nx-amz-security-token: {token}\nsecret {secret} and %2F{}",
            token.replace('/', "%2F").replace('+', "%2B").replace('=', "%3D")
        );
        let r = redact(&echoed, &secrets);
        for leaked in [secret.as_str(), token.as_str(), "AKIAIOSFODNN7EXAMPLE", "fe5f80f77d", "FQoGZXIvYXdzEPT"] {
            assert!(!r.contains(leaked), "{leaked} in {r}");
        }
        assert!(r.contains("headers: authorization: [REDACTED]\nx-amz-security-token: [REDACTED]"), "{r}");
        let q = redact("?X-Amz-Credential=AKIA%2F2024&X-Amz-Signature=abc123&X-Amz-Security-Token=tok", &[]);
        assert_eq!(q, "?X-Amz-Credential=[REDACTED]&X-Amz-Signature=[REDACTED]&X-Amz-Security-Token=[REDACTED]");
        // In JSON text the quotes and escapes stay intact.
        let j = redact(r#"{"message": "Signature=abc123, x-amz-security-token: \"tok\""}"#, &[]);
        assert_eq!(j, r#"{"message": "Signature=[REDACTED], x-amz-security-token: \"[REDACTED]\""}"#);
        assert!(serde_json::from_str::<serde_json::Value>(&j).is_ok());
    }

    #[test]
    fn ordinary_text_is_left_alone() {
        for s in [
            "No AWS credentials were found. Set them up with aws configure",
            "User: arn:aws:iam::111122223333:user/ci is not authorized to perform: iam:CreateRole",
            "Authorization header requires 'Credential' parameter",
            "the credentials file /home/me/.aws/credentials",
            "short ab",
        ] {
            assert_eq!(redact(s, &["ab".to_owned()]), s);
        }
    }
}
