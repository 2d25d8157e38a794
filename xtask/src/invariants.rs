//! ARCHITECTURE.md's invariants, checked: which crates each crate may depend on, and where
//! terminals, clap, Fluent and the AWS SDK may appear.

#![cfg(test)]

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().map(Path::to_owned).unwrap_or_default()
}

/// The names under `[dependencies]` of a crate's Cargo.toml.
fn dependencies(krate: &str) -> Vec<String> {
    let text = std::fs::read_to_string(root().join("crates").join(krate).join("Cargo.toml")).unwrap_or_default();
    let mut out = Vec::new();
    let mut inside = false;
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            inside = line == "[dependencies]";
            continue;
        }
        if inside && !line.is_empty() && !line.starts_with('#') {
            if let Some((name, _)) = line.split_once(['=', '.']) {
                out.push(name.trim().to_owned());
            }
        }
    }
    out
}

/// Every `.rs` file under a crate's `src/`, with its text.
fn sources(krate: &str) -> Vec<(PathBuf, String)> {
    fn walk(dir: &Path, out: &mut Vec<(PathBuf, String)>) {
        for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push((p.clone(), std::fs::read_to_string(&p).unwrap_or_default()));
            }
        }
    }
    let mut out = Vec::new();
    walk(&root().join("crates").join(krate).join("src"), &mut out);
    out
}

#[test]
fn core_depends_only_on_pure_crates() {
    let allowed = ["serde", "serde_json", "futures-util", "schemars"];
    let deps = dependencies("core");
    assert!(!deps.is_empty());
    for d in &deps {
        assert!(allowed.contains(&d.as_str()), "rolecall-core depends on {d}; only {allowed:?} are allowed");
    }
    for (path, text) in sources("core") {
        for forbidden in ["tokio", "aws_sdk", "aws_config", "clap", "fluent", "IsTerminal", "std::io::stdout", "std::io::stderr", "println!", "eprintln!"] {
            assert!(!text.contains(forbidden), "{} mentions {forbidden}", path.display());
        }
    }
}

#[test]
fn backends_depend_on_the_core_alone() {
    for krate in ["mock", "aws"] {
        let workspace: Vec<String> = dependencies(krate).into_iter().filter(|d| d.starts_with("rolecall-")).collect();
        assert_eq!(workspace, ["rolecall-core"], "rolecall-{krate}");
        for (path, text) in sources(krate) {
            for forbidden in ["clap", "fluent", "IsTerminal", "println!", "eprintln!"] {
                assert!(!text.contains(forbidden), "{} mentions {forbidden}", path.display());
            }
        }
    }
}

#[test]
fn only_the_cli_knows_terminals() {
    for krate in ["core", "mock", "aws", "i18n"] {
        for (path, text) in sources(krate) {
            assert!(!text.contains("IsTerminal") && !text.contains("\\x1b["), "{} knows about terminals", path.display());
        }
    }
    assert!(sources("cli").iter().any(|(_, t)| t.contains("IsTerminal")));
}

#[test]
fn crate_directories_match_their_package_names() {
    for dir in ["core", "mock", "aws", "i18n", "cli"] {
        let text = std::fs::read_to_string(root().join("crates").join(dir).join("Cargo.toml")).unwrap_or_default();
        assert!(text.contains(&format!("name = \"rolecall-{dir}\"")), "crates/{dir}");
    }
}
