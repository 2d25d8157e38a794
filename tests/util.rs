//! The one launcher every test uses: the rolecall binary in a clean environment (nothing from
//! the machine: no AWS configuration, credentials or instance metadata, no locale), and the mock
//! sandbox most tests run in.

use std::path::{Path, PathBuf};

use serde_json::{json, Value};

/// `rolecall` with only `HOME` set (and the AWS shared files pointed at nothing in it).
pub fn rolecall(home: &Path) -> std::process::Command {
    let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_rolecall"));
    c.env_clear()
        .env("HOME", home)
        .env("AWS_CONFIG_FILE", home.join("no-config"))
        .env("AWS_SHARED_CREDENTIALS_FILE", home.join("no-credentials"))
        .env("AWS_EC2_METADATA_DISABLED", "true");
    c
}

/// The same, in English.
pub fn english(home: &Path) -> std::process::Command {
    let mut c = rolecall(home);
    c.env("LANG", "C");
    c
}

/// A temporary home with a mock backend's state file in it.
pub struct Sandbox {
    _dir: tempfile::TempDir,
    pub state: PathBuf,
    pub root: PathBuf,
}

impl Sandbox {
    pub fn new() -> Sandbox {
        let dir = tempfile::tempdir().unwrap();
        let state = dir.path().join("state").join("iam.json");
        let root = dir.path().to_owned();
        Sandbox { _dir: dir, state, root }
    }

    /// `rolecall --backend mock --state FILE ...` in a clean environment, in English.
    pub fn cmd(&self) -> assert_cmd::Command {
        assert_cmd::Command::from_std(self.std_cmd())
    }

    /// The same, as a plain `std::process::Command` (to pipe, or to run in the background).
    pub fn std_cmd(&self) -> std::process::Command {
        let mut c = english(&self.root);
        c.args(["--backend", "mock", "--state"]).arg(&self.state);
        c
    }

    pub fn run(&self, args: &[&str]) -> (i32, String, String) {
        let out = self.cmd().args(args).output().unwrap();
        (out.status.code().unwrap_or(-1), String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
    }

    pub fn json(&self, args: &[&str]) -> (i32, Value) {
        let mut a = vec!["--output", "json"];
        a.extend_from_slice(args);
        let (code, out, err) = self.run(&a);
        let v = serde_json::from_str(&out).unwrap_or_else(|e| panic!("not JSON ({e}): {out}\n{err}"));
        (code, v)
    }

    pub fn state_bytes(&self) -> Option<Vec<u8>> {
        std::fs::read(&self.state).ok()
    }

    /// Writes a state file holding one role, as a user might have made it by hand.
    pub fn seed_role(&self, name: &str, trust: &str, attached: &[&str]) {
        let state = json!({
            "format": 1,
            "partitions": { "aws": { "roles": { name.to_ascii_lowercase(): {
                "name": name, "path": "/", "id": "AROASEED", "arn": format!("arn:aws:iam::111122223333:role/{name}"),
                "trust": trust, "created": "2024-01-01T00:00:00Z", "attached": attached
            } } } }
        });
        std::fs::create_dir_all(self.state.parent().unwrap()).unwrap();
        std::fs::write(&self.state, serde_json::to_vec(&state).unwrap()).unwrap();
    }
}
