//! The book never disagrees with the tool: every JSON block of every locale's book is exactly what
//! `rolecall show --output json` prints for the command written above it, and every template what
//! `rolecall show --format cloudformation|terraform` prints.



use std::path::{Path, PathBuf};


use serde_json::Value;

fn markdown_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            markdown_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "md") {
            out.push(p);
        }
    }
}

#[test]
fn every_block_equals_rolecall_show() {
    let book = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../book");
    let mut files = Vec::new();
    markdown_files(&book, &mut files);
    let state = tempfile::tempdir().unwrap();
    let mut checked = 0;
    let mut templates = 0;
    let mut locales = std::collections::BTreeSet::new();
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        let mut rest = text.as_str();
        while let Some(i) = rest.find("<!-- rolecall: ") {
            rest = &rest[i + "<!-- rolecall: ".len()..];
            let (args, after) = rest.split_once(" -->\n```").unwrap_or_else(|| panic!("{}: annotation without a code block", f.display()));
            let (lang, after) = after.split_once('\n').unwrap();
            let (block, after) = after.split_once("\n```").unwrap();
            rest = after;
            // The arguments are plain words; '*' is quoted for shells in the book.
            let words: Vec<String> = args.split_whitespace().map(|w| w.trim_matches('\'').to_owned()).collect();
            let out = crate::util::rolecall(state.path())
                .args(["--backend", "mock", "--state"])
                .arg(state.path().join("iam.json"))
                .args(&words)
                .output()
                .unwrap();
            assert_eq!(out.status.code(), Some(0), "{}: rolecall {args}: {}", f.display(), String::from_utf8_lossy(&out.stderr));
            match lang {
                "json" => {
                    let expected: Value = serde_json::from_str(block).unwrap();
                    let actual: Value = serde_json::from_slice(&out.stdout).unwrap();
                    assert_eq!(actual, expected, "{}: rolecall {args}", f.display());
                }
                // Templates, exactly as printed.
                "yaml" | "hcl" => {
                    assert_eq!(String::from_utf8(out.stdout).unwrap().trim_end(), block, "{}: rolecall {args}", f.display());
                    templates += 1;
                }
                other => panic!("{}: rolecall {args}: a {other} block", f.display()),
            }
            checked += 1;
            locales.insert(f.strip_prefix(&book).unwrap().components().next().unwrap().as_os_str().to_owned());
        }
    }
    assert_eq!(locales.len(), 5, "every locale's book has JSON blocks");
    assert!(checked >= 5 * 8, "only {checked} blocks");
    assert_eq!(templates, 5 * rolecall_core::RoleKind::ALL.len() * 2, "a CloudFormation and a Terraform block per role and locale");
}
