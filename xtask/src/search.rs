//! mdBook's search for Japanese and Chinese.
//!
//! mdBook's index splits text on white space only, so a Japanese or Chinese paragraph becomes one
//! long token and a search for 信頼ポリシー finds nothing. For those books the index is rebuilt
//! from mdBook's own document store with a tokenizer that indexes every run of 1 to
//! [`MAX_GRAM`] CJK characters, and with an empty pipeline, so that elasticlunr.js looks the
//! query up as typed (its English trimmer would drop CJK characters).

use std::path::{Path, PathBuf};

use elasticlunr::{Index, IndexBuilder, Language, Pipeline};
use serde_json::Value;

/// The longest CJK query that matches exactly (longer ones match by prefix expansion).
pub const MAX_GRAM: usize = 16;
const PREFIX: &str = "window.search = Object.assign(window.search, JSON.parse('";
const SUFFIX: &str = "'));";

/// Whether a character is written without spaces between words (Han, kana, CJK symbols).
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x31F0..=0x31FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xFF66..=0xFF9F | 0x20000..=0x2FA1F)
}

/// Words for Latin text as mdBook splits them; every 1..=MAX_GRAM-character run for CJK text.
pub fn tokenize(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    let mut run: Vec<char> = Vec::new();
    let flush_run = |run: &mut Vec<char>, out: &mut Vec<String>| {
        for i in 0..run.len() {
            for n in 1..=MAX_GRAM.min(run.len() - i) {
                out.push(run[i..i + n].iter().collect());
            }
        }
        run.clear();
    };
    for c in text.chars() {
        if is_cjk(c) {
            if !word.is_empty() {
                out.push(std::mem::take(&mut word).to_lowercase());
            }
            run.push(c);
        } else {
            flush_run(&mut run, &mut out);
            if c.is_whitespace() || c == '-' || c.is_ascii_punctuation() && c != '_' && c != '.' || ('\u{3000}'..='\u{303F}').contains(&c) || ('\u{FF00}'..='\u{FF0F}').contains(&c) {
                if !word.is_empty() {
                    out.push(std::mem::take(&mut word).to_lowercase());
                }
            } else {
                word.push(c);
            }
        }
    }
    flush_run(&mut run, &mut out);
    if !word.is_empty() {
        out.push(word.to_lowercase());
    }
    out.retain(|t| t.len() <= 80);
    out
}

struct Cjk;

impl Language for Cjk {
    fn name(&self) -> String {
        "CJK".into()
    }
    fn code(&self) -> String {
        "cjk".into()
    }
    fn tokenize(&self, text: &str) -> Vec<String> {
        tokenize(text)
    }
    fn make_pipeline(&self) -> Pipeline {
        Pipeline { queue: Vec::new() }
    }
}

fn find_index(dir: &Path) -> Option<PathBuf> {
    std::fs::read_dir(dir).ok()?.flatten().map(|e| e.path()).find(|p| {
        p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with("searchindex") && n.ends_with(".js"))
    })
}

fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('\\') => out.push('\\'),
                Some('\'') => out.push('\''),
                Some(other) => {
                    out.push('\\');
                    out.push(other);
                }
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Rebuilds the search index of a built book in a CJK locale; other locales are left alone.
pub fn reindex(book: &Path, locale: &str) -> Result<(), Box<dyn std::error::Error>> {
    if !matches!(locale, "ja" | "zh-TW" | "zh-CN") {
        return Ok(());
    }
    let path = find_index(book).ok_or_else(|| format!("{}: no searchindex*.js", book.display()))?;
    let text = std::fs::read_to_string(&path)?;
    let inner = text.trim().strip_prefix(PREFIX).and_then(|t| t.strip_suffix(SUFFIX)).ok_or("unexpected searchindex.js format")?;
    let mut json: Value = serde_json::from_str(&unescape(inner))?;
    let fields: Vec<String> = json["index"]["fields"].as_array().ok_or("no fields")?.iter().filter_map(|f| f.as_str().map(str::to_owned)).collect();
    let docs = json["index"]["documentStore"]["docs"].as_object().ok_or("no document store")?.clone();
    let mut builder = IndexBuilder::with_language(Box::new(Cjk));
    for f in &fields {
        builder = builder.add_field(f);
    }
    let mut index: Index = builder.build();
    let mut refs: Vec<&String> = docs.keys().collect();
    refs.sort_by_key(|r| r.parse::<u64>().unwrap_or(u64::MAX));
    for r in refs {
        let doc = &docs[r];
        // Cannot hide a failure: mdBook's index gives every field of every document.
        index.add_doc(r, fields.iter().map(|f| doc[f].as_str().unwrap_or_default().to_owned()));
    }
    json["index"] = serde_json::to_value(&index)?;
    let out = serde_json::to_string(&json)?;
    std::fs::write(&path, format!("{PREFIX}{}{SUFFIX}", out.replace('\\', "\\\\").replace('\'', "\\'")))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cjk_runs_become_grams_latin_words_stay_words() {
        let t = tokenize("IAM ロール の信任政策 trust-policy");
        for want in ["iam", "ロール", "ロ", "信任政策", "信任", "政策", "trust", "policy"] {
            assert!(t.contains(&want.to_owned()), "{want} in {t:?}");
        }
        assert!(!t.iter().any(|s| s.contains(' ')));
        // A run longer than MAX_GRAM is indexed in windows.
        let long = "あいうえおかきくけこさしすせそたちつてと";
        let t = tokenize(long);
        assert!(t.contains(&long.chars().take(MAX_GRAM).collect::<String>()));
        assert!(!t.contains(&long.to_owned()));
        assert!(tokenize("インスタンスプロファイル").contains(&"インスタンスプロファイル".to_owned()));
    }
}
