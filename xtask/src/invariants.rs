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
    let allowed = ["rolecall-policy", "serde", "serde_json", "futures-util", "schemars"];
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
fn the_policy_language_knows_nothing_of_roles() {
    let allowed = ["serde", "serde_json", "schemars"];
    let deps = dependencies("policy");
    assert!(!deps.is_empty());
    for d in &deps {
        assert!(allowed.contains(&d.as_str()), "rolecall-policy depends on {d}; only {allowed:?} are allowed");
    }
    let mut kinds: Vec<String> = ["rolecall_core", "RoleKind", "RoleSpec", "Trustee", "Partition"].map(String::from).to_vec();
    for k in rolecall_core::RoleKind::ALL {
        kinds.push(k.slug().to_owned());
        kinds.extend(k.spec().default_name.split('/').filter(|n| !n.is_empty()).map(str::to_owned));
    }
    let sources = sources("policy");
    assert!(sources.len() > 3);
    for (path, text) in sources {
        for word in &kinds {
            assert!(!text.contains(word.as_str()), "{} mentions {word}", path.display());
        }
        for forbidden in ["std::fs", "std::io", "std::net::Tcp", "println!", "eprintln!"] {
            assert!(!text.contains(forbidden), "{} mentions {forbidden}", path.display());
        }
    }
}

#[test]
fn backends_depend_on_the_model_alone() {
    for krate in ["mock", "aws"] {
        let workspace: Vec<String> = dependencies(krate).into_iter().filter(|d| d.starts_with("rolecall-")).collect();
        assert!(workspace.contains(&"rolecall-core".to_owned()), "rolecall-{krate}");
        assert!(workspace.iter().all(|d| ["rolecall-core", "rolecall-policy"].contains(&d.as_str())), "rolecall-{krate} depends on {workspace:?}");
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
    for dir in ["policy", "core", "mock", "aws", "i18n", "cli"] {
        let text = std::fs::read_to_string(root().join("crates").join(dir).join("Cargo.toml")).unwrap_or_default();
        assert!(text.contains(&format!("name = \"rolecall-{dir}\"")), "crates/{dir}");
    }
}

/// rolecall-core's rooms, in order: each imports only from the rooms before it (and itself).
const CORE_LAYERS: [&str; 5] = ["model", "verdicts", "lint", "workflows", "export"];

/// A source file's module path inside its crate: `src/verdicts/trust/edit.rs` is
/// `["verdicts", "trust", "edit"]`; `lib.rs` is the root, `[]`.
fn module_of(krate: &str, path: &Path) -> Vec<String> {
    let src = root().join("crates").join(krate).join("src");
    let rel = path.strip_prefix(&src).unwrap_or(path);
    let mut parts: Vec<String> = rel.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    let file = parts.pop().unwrap_or_default();
    let stem = file.trim_end_matches(".rs");
    if !["lib", "main", "mod"].contains(&stem) {
        parts.push(stem.to_owned());
    }
    parts
}

/// Every `crate::…` and `super::…` path in a file's code (comments left out), resolved to an
/// absolute path of segments, `{…}` groups expanded to their first segment. `super` counts from
/// the module the line is in, inline `mod name {` blocks included.
fn paths(module: &[String], text: &str) -> Vec<(usize, Vec<String>)> {
    located_paths(module, text).into_iter().map(|(line, _, segs)| (line, segs)).collect()
}

/// [`paths`], each with the module its line is in (an inline `mod tests { … }` is a module of
/// its own).
fn located_paths(module: &[String], text: &str) -> Vec<(usize, Vec<String>, Vec<String>)> {
    let mut out = Vec::new();
    let mut inline: Vec<(usize, String)> = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let code = line.split("//").next().unwrap_or("");
        let indent = line.len() - line.trim_start().len();
        if line.trim_start().starts_with('}') {
            inline.retain(|(i, _)| *i < indent);
        }
        let trimmed = code.trim();
        if let Some(rest) = trimmed.strip_prefix("mod ").or_else(|| trimmed.strip_prefix("pub mod ")) {
            if let Some(name) = rest.strip_suffix('{') {
                inline.push((indent, name.trim().to_owned()));
                continue;
            }
        }
        let here: Vec<String> = module.iter().cloned().chain(inline.iter().map(|(_, m)| m.clone())).collect();
        let bytes = code.as_bytes();
        let mut i = 0;
        while i < code.len() {
            let at = &code[i..];
            let start_ok = i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_' || bytes[i - 1] == b':');
            let head = if at.starts_with("crate::") { Some("crate") } else if at.starts_with("super::") { Some("super") } else { None };
            let Some(head) = head.filter(|_| start_ok) else {
                i += at.chars().next().map_or(1, char::len_utf8);
                continue;
            };
            let mut segs: Vec<String> = if head == "crate" { Vec::new() } else { here[..here.len().saturating_sub(1)].to_vec() };
            let mut j = i + head.len();
            while code[j..].starts_with("::") {
                j += 2;
                if code[j..].starts_with('{') {
                    j += 1;
                }
                let word: String = code[j..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
                if word.is_empty() {
                    break;
                }
                j += word.len();
                if word == "super" {
                    segs.pop();
                } else {
                    segs.push(word);
                }
            }
            out.push((n + 1, here.clone(), segs));
            i = j.max(i + 1);
        }
    }
    out
}

/// The module graph of a crate: an edge from each module (a file, or an inline `mod` in one) to
/// the module each of its `crate::`/`super::` paths lands in (the longest module prefix of the
/// path); a module's use of its own items or an enclosing module's is no edge.
fn module_graph(krate: &str) -> std::collections::BTreeMap<Vec<String>, std::collections::BTreeSet<Vec<String>>> {
    let files: Vec<(Vec<String>, String)> = sources(krate).into_iter().map(|(p, t)| (module_of(krate, &p), t)).collect();
    let located: Vec<(Vec<String>, Vec<String>)> = files.iter().flat_map(|(m, t)| located_paths(m, t).into_iter().map(|(_, here, segs)| (here, segs))).collect();
    let modules: std::collections::BTreeSet<Vec<String>> = files.iter().map(|(m, _)| m.clone()).chain(located.iter().map(|(here, _)| here.clone())).collect();
    let mut graph: std::collections::BTreeMap<Vec<String>, std::collections::BTreeSet<Vec<String>>> = files.iter().map(|(m, _)| (m.clone(), Default::default())).collect();
    for (from, segs) in located {
        let to = (1..=segs.len()).rev().map(|k| segs[..k].to_vec()).find(|m| modules.contains(m));
        if let Some(to) = to.filter(|t| *t != from && !from.starts_with(t)) {
            graph.entry(from).or_default().insert(to);
        }
    }
    graph
}

/// The crate root's re-exports of whole modules (`pub use model::{arn, role};`): the first
/// segment a path may use for a module that lives in a room.
fn root_aliases(krate: &str) -> Vec<(String, String)> {
    let lib = std::fs::read_to_string(root().join("crates").join(krate).join("src/lib.rs")).unwrap_or_default();
    let mut out = Vec::new();
    for line in lib.lines().filter_map(|l| l.trim().strip_prefix("pub use ")) {
        let Some((room, rest)) = line.split_once("::") else { continue };
        let names = rest.trim_end_matches(';').trim_start_matches('{').trim_end_matches('}');
        for name in names.split(',').map(str::trim) {
            let last = name.rsplit("::").next().unwrap_or(name).to_owned();
            out.push((last, room.to_owned()));
        }
    }
    out
}

#[test]
fn core_rooms_import_only_from_lower_rooms() {
    let aliases = root_aliases("core");
    let layer = |seg: &str| -> Option<usize> {
        let room = aliases.iter().find(|(a, _)| a == seg).map_or(seg, |(_, r)| r.as_str());
        CORE_LAYERS.iter().position(|l| *l == room)
    };
    let mut checked = 0;
    for (path, text) in sources("core") {
        let module = module_of("core", &path);
        let Some(own) = module.first().and_then(|m| layer(m)) else { continue };
        for (line, segs) in paths(&module, &text) {
            let Some(to) = segs.first().and_then(|s| layer(s)) else { continue };
            checked += 1;
            assert!(to <= own, "{}:{line}: the {} room imports `{}` from the higher {} room", path.display(), CORE_LAYERS[own], segs.join("::"), CORE_LAYERS[to]);
        }
    }
    assert!(checked > 100, "only {checked} paths found");
    for room in CORE_LAYERS {
        assert!(root().join("crates/core/src").join(room).is_dir(), "crates/core/src/{room}/");
    }
}

#[test]
fn no_import_circles_inside_a_crate() {
    for krate in ["policy", "core", "mock", "aws", "i18n", "cli"] {
        let graph = module_graph(krate);
        assert!(!graph.is_empty(), "{krate}");
        // Depth-first search; a module met again while on the stack closes a circle.
        fn visit(
            m: &Vec<String>,
            graph: &std::collections::BTreeMap<Vec<String>, std::collections::BTreeSet<Vec<String>>>,
            stack: &mut Vec<Vec<String>>,
            done: &mut std::collections::BTreeSet<Vec<String>>,
        ) -> Option<Vec<String>> {
            if let Some(at) = stack.iter().position(|s| s == m) {
                return Some(stack[at..].iter().chain([m]).map(|s| s.join("::")).collect());
            }
            if !done.insert(m.clone()) {
                return None;
            }
            stack.push(m.clone());
            for next in graph.get(m).into_iter().flatten() {
                if let Some(circle) = visit(next, graph, stack, done) {
                    return Some(circle);
                }
            }
            stack.pop();
            None
        }
        let mut done = std::collections::BTreeSet::new();
        for m in graph.keys() {
            let mut stack = Vec::new();
            if let Some(circle) = visit(m, &graph, &mut stack, &mut done) {
                panic!("rolecall-{krate}: import circle {}", circle.join(" -> "));
            }
        }
    }
}

#[test]
fn the_path_reader_resolves_inline_and_relative_paths() {
    let module = vec!["verdicts".to_owned(), "trust".to_owned(), "edit".to_owned()];
    let text = "use super::request::{a, b};\n// crate::lint::x in a comment\nfn f() { crate::arn::glob_match(); }\nmod tests {\n    use super::*;\n}\n";
    let got: Vec<String> = paths(&module, text).into_iter().map(|(_, s)| s.join("::")).collect();
    assert_eq!(got, ["verdicts::trust::request::a", "arn::glob_match", "verdicts::trust::edit::*"].map(String::from).to_vec().into_iter().map(|s| s.trim_end_matches("::*").to_owned()).collect::<Vec<_>>());
}
