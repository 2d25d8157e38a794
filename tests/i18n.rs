//! rolecall in every locale: snapshots of what an operator sees, and how the locale is chosen.
//!
//! Snapshots live in `tests/snapshots/<locale>/`. After a deliberate change of wording, run
//! `UPDATE_SNAPSHOTS=1 cargo test -p rolecall-cli --test i18n` and review the diff.



use std::path::{Path, PathBuf};


use serde_json::{json, Value};
use unicode_width::UnicodeWidthStr;

const LOCALES: [&str; 5] = ["en", "es", "ja", "zh-TW", "zh-CN"];

fn snapshot_dir(locale: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/snapshots").join(locale)
}

fn rolecall(state: &Path, env: &[(&str, &str)], args: &[&str]) -> (i32, String, String) {
    let mut c = crate::util::rolecall(state.parent().unwrap());
    c.args(["--backend", "mock", "--state"]).arg(state);
    for (k, v) in env {
        c.env(k, v);
    }
    let out = c.args(args).output().unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
}

/// A state with a node role that follows the older guide and has an extra principal and the CNI policy.
fn seeded_state(dir: &Path) -> PathBuf {
    let state = dir.join("iam.json");
    let trust = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":["ec2.amazonaws.com","ssm.amazonaws.com"]},"Action":"sts:AssumeRole"}]}"#;
    // A standard cluster role (checked for Auto Mode), a Pod Identity role scoped to one
    // namespace, and a task execution role with the guide's bare trust.
    let cluster = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"eks.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#;
    let pods = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"pods.eks.amazonaws.com"},"Action":["sts:AssumeRole","sts:TagSession"],"Condition":{"StringEquals":{"aws:RequestTag/kubernetes-namespace":"shop"}}}]}"#;
    let tasks = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ecs-tasks.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#;
    let rec = |name: &str, trust: &str, attached: &[&str]| {
        json!({"name": name, "path": "/", "id": "AROASEED", "arn": format!("arn:aws:iam::111122223333:role/{name}"), "trust": trust, "created": "2024-01-01T00:00:00Z", "attached": attached})
    };
    let v = json!({"format": 1, "partitions": {"aws": {"roles": {
        "amazoneksnoderole": rec("AmazonEKSNodeRole", trust, &["arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly", "arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy"]),
        "eksclusterrole": rec("eksClusterRole", cluster, &["arn:aws:iam::aws:policy/AmazonEKSClusterPolicy"]),
        "web": rec("web", pods, &[]),
        "ecstaskexecutionrole": rec("ecsTaskExecutionRole", tasks, &["arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"]),
    }}}});
    std::fs::write(&state, serde_json::to_vec(&v).unwrap()).unwrap();
    state
}

fn check_snapshot(locale: &str, name: &str, actual: &str) {
    assert!(!actual.contains(['\u{2068}', '\u{2069}', '\u{2066}', '\u{2067}']), "{locale}/{name}: isolation marks");
    let path = snapshot_dir(locale).join(format!("{name}.txt"));
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("missing snapshot {}: run with UPDATE_SNAPSHOTS=1", path.display()));
    assert_eq!(actual, expected, "{locale}/{name} differs from {}", path.display());
}

#[test]
fn snapshots_in_every_locale() {
    let dir = tempfile::tempdir().unwrap();
    let state = seeded_state(dir.path());
    for locale in LOCALES {
        let lang = ["--lang", locale];
        let (code, help, _) = rolecall(&state, &[], &[&lang[..], &["--help"]].concat());
        assert_eq!(code, 0);
        check_snapshot(locale, "help", &help);
        let (_, help, _) = rolecall(&state, &[], &[&lang[..], &["check", "--help"]].concat());
        check_snapshot(locale, "check-help", &help);
        let (code, roles, _) = rolecall(&state, &[], &[&lang[..], &["roles"]].concat());
        assert_eq!(code, 0);
        check_snapshot(locale, "roles", &roles);
        let (code, check, _) = rolecall(&state, &[], &[&lang[..], &["check", "eks-node"]].concat());
        assert_eq!(code, 1);
        check_snapshot(locale, "check", &check);
        let (code, _, err) = rolecall(&state, &[], &[&lang[..], &["check", "eks-node", "--account", "12345"]].concat());
        assert_eq!(code, 2);
        check_snapshot(locale, "bad-input", &err);
        let (code, _, err) = rolecall(&state, &[], &[&lang[..], &["check", "eks-node", "--acount", "1"]].concat());
        assert_eq!(code, 2, "clap's errors exit 2 in {locale}");
        check_snapshot(locale, "unknown-flag", &err);
        let (code, out, _) = rolecall(&state, &[], &[&lang[..], &["check", "eks-cluster", "--auto-mode", "--role-name", "eksClusterRole"]].concat());
        assert_eq!(code, 1);
        check_snapshot(locale, "check-auto-mode", &out);
        let (code, out, _) = rolecall(&state, &[], &[&lang[..], &["check", "eks-pod-identity", "--role-name", "web"]].concat());
        assert_eq!(code, 0);
        check_snapshot(locale, "check-pod-identity", &out);
        let (code, out, _) = rolecall(&state, &[], &[&lang[..], &["audit"]].concat());
        assert_eq!(code, 1, "the node role has errors");
        check_snapshot(locale, "audit", &out);
        let (code, _, err) = rolecall(&state, &[], &[&lang[..], &["check", "eks-pod-identity"]].concat());
        assert_eq!(code, 2);
        check_snapshot(locale, "missing-role-name", &err);
    }
}

/// Non-English output really is translated: the findings and help differ from English's.
#[test]
fn locales_are_translated() {
    let dir = tempfile::tempdir().unwrap();
    let state = seeded_state(dir.path());
    let (_, en, _) = rolecall(&state, &[], &["--lang", "en", "check", "eks-node"]);
    for locale in &LOCALES[1..] {
        let (_, other, _) = rolecall(&state, &[], &["--lang", locale, "check", "eks-node"]);
        let shared = en.lines().zip(other.lines()).filter(|(a, b)| a == b && !a.trim().starts_with('[')).count();
        assert!(shared <= 1, "{locale}: {shared} lines identical to English:\n{other}");
    }
}

#[test]
fn json_keeps_english_keys_and_codes_with_localized_messages() {
    let dir = tempfile::tempdir().unwrap();
    let state = seeded_state(dir.path());
    let (_, en, _) = rolecall(&state, &[], &["--output", "json", "check", "eks-node"]);
    let (_, ja, _) = rolecall(&state, &[], &["--lang", "ja", "--output", "json", "check", "eks-node"]);
    let (en, ja): (Value, Value) = (serde_json::from_str(&en).unwrap(), serde_json::from_str(&ja).unwrap());
    assert_eq!(en["status"], ja["status"]);
    let codes = |v: &Value| v["findings"].as_array().unwrap().iter().map(|f| (f["code"].clone(), f["severity"].clone(), f["arguments"].clone())).collect::<Vec<_>>();
    assert_eq!(codes(&en), codes(&ja));
    assert_ne!(en["findings"][0]["message"], ja["findings"][0]["message"]);
}

#[test]
fn locale_choice_follows_posix() {
    let dir = tempfile::tempdir().unwrap();
    let state = seeded_state(dir.path());
    let title = |locale: &str| {
        let (_, out, _) = rolecall(&state, &[], &["--lang", locale, "check", "eks-node"]);
        out.lines().next().unwrap().to_owned()
    };
    let (es, ja, tw, cn, en) = (title("es"), title("ja"), title("zh-TW"), title("zh-CN"), title("en"));
    let first = |env: &[(&str, &str)], extra: &[&str]| {
        let (_, out, _) = rolecall(&state, env, &[extra, &["check", "eks-node"]].concat());
        out.lines().next().unwrap().to_owned()
    };
    assert_eq!(first(&[("LANG", "es_MX.UTF-8")], &[]), es);
    assert_eq!(first(&[("LC_MESSAGES", "ja_JP.UTF-8"), ("LANG", "es_ES.UTF-8")], &[]), ja);
    assert_eq!(first(&[("LC_ALL", "zh_TW.UTF-8"), ("LC_MESSAGES", "ja_JP.UTF-8")], &[]), tw);
    assert_eq!(first(&[("LC_ALL", "zh_HK")], &[]), tw);
    assert_eq!(first(&[("LANG", "zh_SG.UTF-8")], &[]), cn);
    assert_eq!(first(&[("LANG", "zh")], &[]), cn);
    assert_eq!(first(&[("LANG", "C")], &[]), en);
    assert_eq!(first(&[("LANG", "de_DE.UTF-8")], &[]), en);
    assert_eq!(first(&[("LC_ALL", "ja_JP.UTF-8")], &["--lang", "es"]), es, "--lang wins");
    assert_eq!(first(&[], &["--lang=zh-Hant"]), tw);
}

/// Columns line up by display width, whatever the script.
#[test]
fn cjk_tables_stay_aligned() {
    let dir = tempfile::tempdir().unwrap();
    let state = seeded_state(dir.path());
    for locale in LOCALES {
        let (_, out, _) = rolecall(&state, &[], &["--lang", locale, "roles"]);
        let cols: Vec<usize> = out
            .lines()
            .skip(1)
            .map(|l| {
                let i = ["AmazonEKS", "ecsInstanceRole", "eksClusterRole", "ecsTaskExecutionRole", "—"].iter().find_map(|n| l.find(n)).unwrap();
                UnicodeWidthStr::width(&l[..i])
            })
            .collect();
        assert!(cols.windows(2).all(|w| w[0] == w[1]), "{locale}: {cols:?}\n{out}");
    }
}
