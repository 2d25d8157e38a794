#![allow(clippy::print_stdout, clippy::print_stderr)] // A task runner reports on the terminal.
//! `cargo xtask book [--check]`: generates the localized book from the role model and builds it.
//! `cargo xtask codegen [--check]`: the message-id constants (`crates/i18n/src/ids.rs`) from
//! `locales/en/`.
//! `cargo xtask man`: the manual pages. `cargo xtask iac`: every template, HCL parsed and
//! cfn-lint run when installed. `cargo xtask bench`: offline measurements. `cargo xtask
//! cross-check`: rolecall's trust-policy evaluator against iam-simulate (needs Node). The last
//! two of those and iac are dev-time tools, never run by CI.
//! `cargo xtask managed-policies [--from FILE]`: regenerates the list of AWS managed policies.

mod bench;
mod book;
mod crosscheck;
mod diagram;
mod iac;
mod invariants;
mod man;
mod managed;
mod permcheck;
mod search;
mod shape;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn workspace() -> PathBuf {
    // Cannot hide a failure: the xtask crate always lies in the workspace.
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().map(Path::to_owned).unwrap_or_default()
}

fn usage() -> ExitCode {
    eprintln!("usage: cargo xtask book [--check] | cargo xtask codegen [--check] | cargo xtask man | cargo xtask iac | cargo xtask bench [lint] | cargo xtask cross-check [--cases N] [--seed S] [--known] [--permissions] | cargo xtask managed-policies [--from FILE]\n  book          generate book/<lang>/ from the role model and build target/book/<lang>/index.html\n  book --check  fail when the committed book/ is stale (builds nothing)\n  codegen       write {} (a constant per message of locales/en/); --check fails when it is stale\n  man           write the manual pages of every language to target/man/<lang>/ (man -l target/man/ja/rolecall.1)\n  iac           write every role's CloudFormation and Terraform to target/iac/, parse the HCL, run cfn-lint if installed\n  bench         measure start-up, check, audit, policy operations and lint's worst cases (offline; prints tables)\n  bench lint    measure only lint on 64 KiB and 1 MiB of each worst case of its scanner\n  cross-check   compare rolecall's trust-policy evaluator with @cloud-copilot/iam-simulate on N generated\n                cases (default 500, seed 1; needs Node and npm); --known also generates the known,\n                explained classes of difference; fails on an unexplained disagreement;\n                --permissions compares permission verdicts (identity policies, boundary, SCP levels)\n  managed-policies [--from FILE]\n                regenerate {} and {} from moto {} (downloads it with pip, or reads FILE: its wheel or aws_managed_policies.py)", rolecall_i18n::codegen::IDS_RS, managed::DATA, managed::DOCUMENTS, managed::MOTO_VERSION);
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = workspace();
    let book_dir = root.join("book");
    match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["book", "--check"] => {
            let stale = book::stale(&book_dir, &book::generate());
            if stale.is_empty() {
                println!("book/ is up to date");
                ExitCode::SUCCESS
            } else {
                eprintln!("book/ is stale; run `cargo xtask book` and commit the result:");
                for p in stale {
                    eprintln!("  {}", p.display());
                }
                ExitCode::FAILURE
            }
        }
        ["codegen", rest @ ..] if rest.is_empty() || rest == ["--check"] => {
            let path = root.join(rolecall_i18n::codegen::IDS_RS);
            let want = rolecall_i18n::codegen::ids_rs();
            let fresh = std::fs::read_to_string(&path).ok().as_deref() == Some(want.as_str());
            match (fresh, rest.is_empty()) {
                (true, _) => {
                    println!("{} is up to date", rolecall_i18n::codegen::IDS_RS);
                    ExitCode::SUCCESS
                }
                (false, false) => {
                    eprintln!("{} is stale; run `cargo xtask codegen` and commit the result", rolecall_i18n::codegen::IDS_RS);
                    ExitCode::FAILURE
                }
                (false, true) => match std::fs::write(&path, want) {
                    Ok(()) => {
                        println!("wrote {}", rolecall_i18n::codegen::IDS_RS);
                        ExitCode::SUCCESS
                    }
                    Err(e) => {
                        eprintln!("cargo xtask codegen: {e}");
                        ExitCode::FAILURE
                    }
                },
            }
        }
        ["book"] => match build(&root, &book_dir) {
            Ok(index) => {
                println!("built {}", index.display());
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("cargo xtask book: {e:#}");
                ExitCode::FAILURE
            }
        },
        ["man"] => match man::write(&root.join("target").join("man")) {
            Ok(dirs) => {
                for d in dirs {
                    println!("wrote {}", d.display());
                }
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("cargo xtask man: {e}");
                ExitCode::FAILURE
            }
        },
        ["iac"] => match iac::run(&root) {
            Ok(0) => ExitCode::SUCCESS,
            Ok(n) => {
                eprintln!("cargo xtask iac: {n} check(s) failed");
                ExitCode::FAILURE
            }
            Err(e) => {
                eprintln!("cargo xtask iac: {e}");
                ExitCode::FAILURE
            }
        },
        ["bench", rest @ ..] if rest.is_empty() || rest == ["lint"] => match bench::run(&root, rest.first().copied()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("cargo xtask bench: {e}");
                ExitCode::FAILURE
            }
        },
        ["cross-check", rest @ ..] => match crosscheck::Options::parse(rest) {
            Ok(opts) => match crosscheck::run(&root, &opts) {
                Ok(true) => ExitCode::SUCCESS,
                Ok(false) => ExitCode::FAILURE,
                Err(e) => {
                    eprintln!("cargo xtask cross-check: {e}");
                    ExitCode::FAILURE
                }
            },
            Err(e) => {
                eprintln!("cargo xtask cross-check: {e}");
                ExitCode::from(2)
            }
        },
        ["managed-policies", rest @ ..] => {
            let from = match rest {
                [] => None,
                ["--from", f] => Some(PathBuf::from(f)),
                _ => return usage(),
            };
            match managed::run(&root, from.as_deref()) {
                Ok(n) => {
                    println!("wrote {} ({n} policies) and {}, moto {}", managed::DATA, managed::DOCUMENTS, managed::MOTO_VERSION);
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("cargo xtask managed-policies: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        _ => usage(),
    }
}

fn build(root: &Path, book_dir: &Path) -> Result<PathBuf, Box<dyn std::error::Error>> {
    let files = book::generate();
    book::write(book_dir, &files)?;
    let out = root.join("target").join("book");
    // The JSON Schemas, beside the books that link to them (`../schemas/` from a book's page).
    let schemas = out.join(book::SCHEMAS);
    std::fs::create_dir_all(&schemas)?;
    for (name, schema) in rolecall_cli::report::schemas() {
        std::fs::write(schemas.join(name), schema)?;
    }
    for locale in rolecall_i18n::LOCALES {
        let md = mdbook_driver::MDBook::load(book_dir.join(locale)).map_err(|e| format!("{locale}: {e:#}"))?;
        md.build().map_err(|e| format!("{locale}: {e:#}"))?;
        search::reindex(&out.join(locale), locale)?;
    }
    let index = out.join("index.html");
    std::fs::write(&index, book::landing(&theme_stylesheets(&out.join("en"))?))?;
    Ok(index)
}

/// The English book's theme stylesheets (mdBook names them by content hash), relative to `target/book/`.
fn theme_stylesheets(book: &Path) -> std::io::Result<Vec<String>> {
    let mut out = Vec::new();
    for (dir, prefixes) in [("fonts", &["fonts"][..]), ("css", &["variables", "general"][..])] {
        let mut names: Vec<String> = std::fs::read_dir(book.join(dir))?.flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect();
        names.sort();
        for p in prefixes {
            if let Some(n) = names.iter().find(|n| n.starts_with(&format!("{p}-")) && n.ends_with(".css")) {
                out.push(format!("en/{dir}/{n}"));
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use rolecall_i18n::ids;

    use super::*;

    #[test]
    fn committed_book_is_fresh() {
        let stale = book::stale(&workspace().join("book"), &book::generate());
        assert!(stale.is_empty(), "book/ is stale; run `cargo xtask book`: {stale:?}");
    }

    /// Every message the book uses exists in every locale and is given every argument it names:
    /// a translated page never falls back to an English sentence, and no `{$arg}` is left raw.
    #[test]
    fn translated_books_never_fall_back_to_english() {
        let files = book::generate();
        // Prose lines: outside code blocks, with words of their own outside code spans and links.
        let prose = |text: &str| -> Vec<String> {
            let mut out = Vec::new();
            let mut code = false;
            for line in text.lines() {
                if line.starts_with("```") {
                    code = !code;
                    continue;
                }
                let words = line.split('`').step_by(2).collect::<String>();
                // Cannot hide a failure: `split` yields at least one piece.
                let words = words.split("](").next().unwrap_or_default().to_owned();
                if !code && !line.starts_with('|') && !line.starts_with("<!--") && words.split_whitespace().filter(|w| w.chars().all(char::is_alphabetic)).count() >= 4 {
                    out.push(line.to_owned());
                }
            }
            out
        };
        for (path, text) in files.iter().filter(|(p, _)| p.starts_with("en") && p.extension().is_some_and(|e| e == "md")) {
            let english: std::collections::BTreeSet<String> = prose(text).into_iter().collect();
            assert!(!english.is_empty() || !path.ends_with("SUMMARY.md"), "{}", path.display());
            for locale in rolecall_i18n::LOCALES.iter().filter(|l| **l != "en") {
                let translated = PathBuf::from(locale).join(path.strip_prefix("en").unwrap_or(path));
                let Some(t) = files.get(&translated) else { panic!("{} has no {locale} page", path.display()) };
                for line in prose(t) {
                    assert!(!english.contains(&line), "{}: English fallback: {line}", translated.display());
                }
            }
        }
        for locale in rolecall_i18n::LOCALES {
            let all: String = files.iter().filter(|(p, _)| p.starts_with(locale)).map(|(_, t)| t.as_str()).collect();
            assert!(!all.contains("{$") && !all.contains("{ $"), "{locale}: a message argument the book does not give");
        }
    }

    /// Walks elasticlunr's character trie for a token; true when documents hold it.
    fn indexed(index: &serde_json::Value, field: &str, token: &str) -> bool {
        let mut node = &index["index"]["index"][field]["root"];
        for c in token.chars() {
            node = &node[c.to_string()];
        }
        node["docs"].as_object().is_some_and(|d| !d.is_empty())
    }

    #[test]
    fn japanese_and_chinese_books_are_searchable() {
        let out = std::env::temp_dir().join(format!("rolecall-book-test-{}", std::process::id()));
        for (locale, word) in [("ja", "信頼ポリシー"), ("zh-TW", "信任政策"), ("zh-CN", "信任策略"), ("en", "trust")] {
            let mut md = mdbook_driver::MDBook::load(workspace().join("book").join(locale)).unwrap();
            let dir = out.join(locale);
            md.config.build.build_dir = dir.clone();
            md.build().unwrap();
            search::reindex(&dir, locale).unwrap();
            let file = std::fs::read_dir(&dir).unwrap().flatten().map(|e| e.path()).find(|p| p.file_name().unwrap().to_string_lossy().starts_with("searchindex")).unwrap();
            let text = std::fs::read_to_string(file).unwrap();
            let json = text.split_once("JSON.parse('").unwrap().1.rsplit_once("'));").unwrap().0.replace("\\'", "'").replace("\\\\", "\\");
            let v: serde_json::Value = serde_json::from_str(&json).unwrap();
            assert!(indexed(&v, "body", word), "{locale}: {word} is not in the search index");
            if locale != "en" {
                assert_eq!(v["index"]["pipeline"], serde_json::json!([]), "{locale}: the query is looked up as typed");
            } else {
                // Flags in prose keep their two hyphens (no smart punctuation).
                let page = std::fs::read_to_string(dir.join("roles/eks-node.html")).unwrap();
                assert!(page.contains("--output json") && !page.contains("–output"), "flags were mangled");
            }
        }
        let _ = std::fs::remove_dir_all(out);
    }

    /// Every code block of every book lints clean: the documents, the aws iam commands, the help.
    /// (The errata quote the guides' mistakes in prose, never in a code block.)
    #[test]
    fn every_code_block_of_the_book_lints_clean() {
        let mut blocks = 0;
        for (path, text) in book::generate() {
            let mut rest = text.as_str();
            while let Some(i) = rest.find("```") {
                let after = &rest[i + 3..];
                let body = &after[after.find('\n').unwrap() + 1..];
                let end = body.find("\n```").unwrap();
                let block = &body[..end];
                rest = &body[end + 4..];
                let r = rolecall_core::lint::text::lint_text(block, None);
                assert!(r.findings.is_empty(), "{}: {:?} in\n{block}", path.display(), r.findings);
                blocks += 1;
            }
        }
        assert!(blocks > 200, "only {blocks} code blocks");
    }

    #[test]
    fn man_pages_in_every_language_with_localized_headings() {
        let english = ["NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "EXTRA", "VERSION", "SUBCOMMANDS", "EXAMPLES", "EXIT STATUS"];
        for locale in rolecall_i18n::LOCALES {
            let m = rolecall_i18n::Messages::with_book(locale);
            let pages = man::pages(locale);
            let names: Vec<&str> = pages.iter().map(|(n, _)| n.as_str()).collect();
            let mut want = vec!["rolecall.1".to_owned()];
            for sub in rolecall_cli::command(&m).get_subcommands() {
                want.push(format!("rolecall-{}.1", sub.get_name()));
                want.extend(sub.get_subcommands().map(|n| format!("rolecall-{}-{}.1", sub.get_name(), n.get_name())));
            }
            for w in &want {
                assert!(names.contains(&w.as_str()), "{locale}: {w} missing from {names:?}");
            }
            assert!(names.contains(&"rolecall-mock-serve.1") && names.len() == want.len());
            for (name, text) in &pages {
                assert!(text.contains("\n.TH "), "{locale}/{name}");
                let headings: Vec<&str> = text.lines().filter_map(|l| l.strip_prefix(".SH ")).collect();
                for id in [ids::MAN_NAME, ids::MAN_SYNOPSIS, ids::MAN_DESCRIPTION, ids::MAN_EXIT_STATUS, ids::MAN_VERSION] {
                    let h = m.get(id);
                    assert!(headings.iter().any(|x| x.trim_matches('"') == h), "{locale}/{name} lacks {h}: {headings:?}");
                }
                if locale != "en" {
                    for e in english {
                        assert!(!headings.iter().any(|x| x.trim_matches('"') == e), "{locale}/{name} has the English heading {e}");
                    }
                }
            }
            let check = &pages.iter().find(|(n, _)| n == "rolecall-check.1").unwrap().1;
            let first_words: String = m.get(ids::CMD_CHECK_LONG).chars().take(12).collect();
            assert!(check.contains(&first_words), "{locale}: the description is the localized help");
            assert!(check.contains("\\-\\-strict") || check.contains("--strict"), "{locale}: options of the subcommand");
            assert!(check.contains("\\-\\-lang") || check.contains("--lang"), "{locale}: global options too");
        }
    }

    #[test]
    fn every_role_chapter_opens_with_its_diagram() {
        let files = book::generate();
        for locale in rolecall_i18n::LOCALES {
            let m = rolecall_i18n::Messages::with_book(locale);
            for kind in rolecall_core::RoleKind::ALL {
                let page = page_of(&files, locale, &format!("roles/{}.md", kind.slug()));
                let after_title = page.split_once("\n# ").unwrap().1.split_once("\n\n").unwrap().1;
                assert!(after_title.starts_with(&format!("![{}", m.text(ids::BookDiagramTitle { role: m.get(rolecall_cli::words::kind(kind)) }))), "{locale}/{kind:?}");
                assert!(after_title.split("\n").next().unwrap().ends_with(&format!("]({}.svg)", kind.slug())));
                let svg = page_of(&files, locale, &format!("roles/{}.svg", kind.slug()));
                assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\"") && svg.trim_end().ends_with("</svg>"));
                let spec = kind.spec();
                for s in [spec.default_name, spec.trustee.principal(rolecall_core::Partition::Aws), "sts:AssumeRole"] {
                    assert!(svg.contains(s), "{locale}/{kind:?} lacks {s}");
                }
                for r in spec.required {
                    assert!(svg.contains(r.policy.name), "{locale}/{kind:?} lacks {}", r.policy.name);
                }
                for p in spec.permissions {
                    // A permission the guide's policies already grant is shown on that policy.
                    let shown = if p.covered_by().is_empty() { p.policy_name() } else { p.covered_by()[0].name };
                    assert!(svg.contains(shown) && svg.contains(p.flag_value()), "{locale}/{kind:?} lacks the optional {}", p.policy_name());
                }
                for id in [ids::BOOK_DIAGRAM_PRINCIPAL, ids::BOOK_DIAGRAM_ROLE, ids::BOOK_DIAGRAM_AWS_MANAGED] {
                    if id == ids::BOOK_DIAGRAM_AWS_MANAGED && spec.required.is_empty() {
                        // EKS Pod Identity roles carry the user's policies, none of AWS's.
                        continue;
                    }
                    assert!(svg.contains(&m.get(id).replace('&', "&amp;")), "{locale}/{kind:?}: {id} is in the locale's words");
                }
                if kind == rolecall_core::RoleKind::FargatePodExecution {
                    assert!(svg.contains("aws:SourceArn") && svg.contains(":fargateprofile/my-cluster/*"));
                }
                match spec.instance_profile_suffix {
                    Some(suffix) => assert!(svg.contains(&format!("{}{suffix}", spec.default_name)) && svg.contains(&m.get(ids::BOOK_DIAGRAM_PROFILE)), "{locale}/{kind:?}"),
                    None => assert!(!svg.contains(&m.get(ids::BOOK_DIAGRAM_PROFILE)), "{locale}/{kind:?}"),
                }
            }
        }
    }

    fn page_of<'a>(files: &'a std::collections::BTreeMap<PathBuf, String>, locale: &str, page: &str) -> &'a str {
        &files[&PathBuf::from(locale).join("src").join(page)]
    }

    /// The JSON chapter has a section per JSON output rolecall prints, in every language, each
    /// with its shape and a link to a schema the generator writes.
    #[test]
    fn json_chapter_covers_every_output_and_links_its_schema() {
        let files = book::generate();
        for locale in rolecall_i18n::LOCALES {
            let page = page_of(&files, locale, "json.md");
            let m = rolecall_i18n::Messages::with_book(locale);
            for p in rolecall_cli::report::PUBLISHED {
                assert!(m.has(p.book_message), "{locale}: {}", p.book_message);
                let file = format!("{}.schema.json", p.name);
                assert!(page.contains(&format!("## {}\n\n{}\n", p.name, m.get(p.book_message))), "{locale}: {}", p.name);
                assert!(page.contains(&format!("(../{}/{file})", book::SCHEMAS)), "{locale}: no link to {file}");
                assert!(files.contains_key(&PathBuf::from(book::SCHEMAS).join(&file)), "{file} is not generated");
            }
            assert_eq!(page.matches("```text\n{").count(), rolecall_cli::report::PUBLISHED.len(), "{locale}: a shape per output");
        }
    }

    /// The exit-status table is ExitStatus::ALL, and the options table the CLI's flag table.
    #[test]
    fn exit_and_option_tables_come_from_the_types() {
        let files = book::generate();
        for locale in rolecall_i18n::LOCALES {
            let m = rolecall_i18n::Messages::with_book(locale);
            let exit = page_of(&files, locale, "exit-status.md");
            let rows: Vec<&str> = exit.lines().filter(|l| l.starts_with("| ") && l.chars().nth(2).is_some_and(|c| c.is_ascii_digit())).collect();
            let want: Vec<String> = rolecall_cli::ExitStatus::ALL.iter().map(|s| format!("| {} | {} |", s.code(), m.get(s.book_message()))).collect();
            assert_eq!(rows, want, "{locale}");
            let cli = page_of(&files, locale, "cli.md");
            for d in rolecall_cli::flags::FLAGS {
                let first = match d.kind {
                    rolecall_cli::flags::Kind::Positional => format!("| `<{}>` |", d.value_name.map(|v| m.get(v)).unwrap_or_else(|| panic!("{} takes a value but names none", d.spelling()))),
                    _ => format!("`{}` |", d.spelling()),
                };
                assert!(cli.lines().any(|l| l.contains(&first) && l.ends_with(&format!("| {} |", m.get(d.help).replace('|', "\\|")))), "{locale}: {}", d.name);
            }
        }
    }

    /// Every relative link of every page leads to a page, picture or schema the book has (the
    /// HTML layout: `LOCALE/src/PAGE.md` is served as `LOCALE/PAGE.html`; the landing page is
    /// `index.html` beside the books).
    #[test]
    fn every_link_in_every_book_resolves() {
        let files = book::generate();
        let mut checked = 0;
        for (path, text) in files.iter().filter(|(p, _)| p.extension().is_some_and(|e| e == "md")) {
            let mut parts = path.components().map(|c| c.as_os_str().to_string_lossy().into_owned());
            let (Some(locale), Some(_src)) = (parts.next(), parts.next()) else { continue };
            let mut dir: Vec<String> = std::iter::once(locale.clone()).chain(parts).collect();
            dir.pop();
            for (i, _) in text.match_indices("](") {
                let rest = &text[i + 2..];
                let Some(end) = rest.find(')') else { continue };
                // Cannot hide a failure: `split` yields at least one piece.
                let target = rest[..end].split(['#', '?']).next().unwrap_or_default();
                if target.is_empty() || target.contains("://") || target.starts_with("mailto:") {
                    continue;
                }
                let mut at = dir.clone();
                for seg in target.split('/') {
                    match seg {
                        ".." => {
                            at.pop();
                        }
                        "." | "" => {}
                        s => at.push(s.to_owned()),
                    }
                }
                let joined = at.join("/");
                let found = if joined == "index.html" {
                    true
                } else if let Some(page) = joined.strip_suffix(".html") {
                    let (l, rest) = page.split_once('/').unwrap_or((page, "index"));
                    files.contains_key(&PathBuf::from(format!("{l}/src/{rest}.md")))
                } else {
                    let (l, rest) = joined.split_once('/').unwrap_or((&joined, ""));
                    files.contains_key(&PathBuf::from(format!("{l}/src/{rest}"))) || files.contains_key(&PathBuf::from(&joined))
                };
                assert!(found, "{}: the link {target} leads nowhere ({joined})", path.display());
                checked += 1;
            }
        }
        assert!(checked > 100, "only {checked} links");
    }

    #[test]
    fn pages_link_to_themselves_in_every_language() {
        let files = book::generate();
        let page = &files[&PathBuf::from("es/src/roles/eks-node.md")];
        for l in ["en", "ja", "zh-TW", "zh-CN"] {
            assert!(page.contains(&format!("(../../{l}/roles/eks-node.html)")), "{l}");
        }
        let landing = book::landing(&["en/css/variables-0.css".to_owned()]);
        assert!(landing.contains("href=\"zh-CN/index.html\"") && landing.contains("en/css/variables-0.css"));
        for l in ["en", "es", "ja", "zh-TW", "zh-CN"] {
            let m = rolecall_i18n::Messages::with_book(l);
            assert!(landing.contains(&m.get(ids::BOOK_LANDING_PITCH)), "{l}: the landing introduces rolecall in every language");
            assert!(page_of(&files, l, "index.md").contains("(../index.html?choose)"), "{l}: the book links back to the landing page");
            assert!(page_of(&files, l, "roles/eks-node.md").contains("(../../index.html?choose)"));
        }
    }
}
