//! `cargo xtask managed-policies [--from FILE]`: regenerates `crates/core/data/aws-managed-policies.txt`,
//! the path and name of every AWS managed policy, and `crates/core/data/aws-managed-policy-documents.json`,
//! the default version's document (with its version id and dates) of every AWS managed policy the
//! role model names, from a pinned release of moto (Apache-2.0), whose
//! `moto/iam/aws_managed_policies.py` holds them. Without `--from` it downloads that release's wheel
//! from PyPI with `pip download` and reads it with `unzip`; `--from` takes the wheel or the `.py` file.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The moto release the committed list comes from.
pub const MOTO_VERSION: &str = "5.2.5";
/// The file inside moto that lists the policies.
const MOTO_FILE: &str = "moto/iam/aws_managed_policies.py";
/// Where the list lives in the repository.
pub const DATA: &str = "crates/core/data/aws-managed-policies.txt";
/// Where the documents of the policies the model names live in the repository.
pub const DOCUMENTS: &str = "crates/core/data/aws-managed-policy-documents.json";
/// The date of `moto/iam/aws_managed_policies.py` in the pinned release's wheel (the date its
/// policies were read from AWS, at the latest).
pub const MOTO_DATE: &str = "2026-10-27";

type Error = Box<dyn std::error::Error>;

/// Downloads (or reads) the source, writes the data file; returns how many policies it holds.
pub fn run(root: &Path, from: Option<&Path>) -> Result<usize, Error> {
    let source = match from {
        Some(p) if p.extension().is_some_and(|e| e == "whl") => unzip(p)?,
        Some(p) => std::fs::read_to_string(p)?,
        None => download()?,
    };
    let text = render(&source)?;
    let documents = render_documents(&source, &rolecall_core::model::managed_documents::named())?;
    let count = text.lines().filter(|l| !l.starts_with('#') && !l.starts_with('[')).count();
    std::fs::write(root.join(DATA), text)?;
    std::fs::write(root.join(DOCUMENTS), documents)?;
    Ok(count)
}

fn download() -> Result<String, Error> {
    let dir = std::env::temp_dir().join(format!("rolecall-moto-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let status = Command::new("pip")
        .args(["download", &format!("moto=={MOTO_VERSION}"), "--no-deps", "--only-binary=:all:", "--quiet", "-d"])
        .arg(&dir)
        .status()
        .map_err(|e| format!("pip: {e}"))?;
    if !status.success() {
        return Err(format!("pip download moto=={MOTO_VERSION} failed ({status})").into());
    }
    let wheel: PathBuf = std::fs::read_dir(&dir)?
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|e| e == "whl"))
        .ok_or("pip downloaded no wheel")?;
    let text = unzip(&wheel);
    let _ = std::fs::remove_dir_all(&dir);
    text
}

fn unzip(wheel: &Path) -> Result<String, Error> {
    // The pinned release's file has the pinned date (MOTO_DATE, recorded in the documents file).
    let listing = Command::new("unzip").arg("-l").arg(wheel).arg(MOTO_FILE).output().map_err(|e| format!("unzip: {e}"))?;
    if !String::from_utf8_lossy(&listing.stdout).contains(MOTO_DATE) {
        return Err(format!("{MOTO_FILE} in {} is not dated {MOTO_DATE} (is it moto {MOTO_VERSION}?)", wheel.display()).into());
    }
    let out = Command::new("unzip").arg("-p").arg(wheel).arg(MOTO_FILE).output().map_err(|e| format!("unzip: {e}"))?;
    if !out.status.success() {
        return Err(format!("unzip -p {} {MOTO_FILE} failed", wheel.display()).into());
    }
    Ok(String::from_utf8(out.stdout)?)
}

/// moto's policies: name -> `{Path, DefaultVersionId, CreateDate, UpdateDate, Document...}`.
fn policies(moto_py: &str) -> Result<serde_json::Map<String, serde_json::Value>, Error> {
    let json = moto_py.split("\"\"\"").nth(1).ok_or("no \"\"\" string in the moto file")?;
    Ok(serde_json::from_str(json)?)
}

/// The documents file for moto's `aws_managed_policies.py`: the source, then for each policy
/// named (sorted by name) its name, path, default version id, dates and document, exactly as
/// moto has them. The canonical form is serde_json's pretty printing of that value, keys in this
/// order (the core's test re-serialises the committed file and compares the bytes).
pub fn render_documents(moto_py: &str, named: &[rolecall_core::role::ManagedPolicy]) -> Result<String, Error> {
    let all = policies(moto_py)?;
    let mut names: Vec<&str> = named.iter().map(|m| m.name).collect();
    names.sort_unstable();
    names.dedup();
    let mut out = Vec::new();
    for name in names {
        let p = all.get(name).ok_or_else(|| format!("{name}: not in moto {MOTO_VERSION}"))?;
        let field = |k: &str| p.get(k).and_then(|v| v.as_str()).map(str::to_owned).ok_or_else(|| format!("{name}: no {k}"));
        let document = p.get("Document").filter(|d| d.is_object()).ok_or_else(|| format!("{name}: no Document"))?;
        let path = field("Path")?;
        let model = named.iter().find(|m| m.name == name).map_or("", |m| m.path);
        if path != format!("/{model}") {
            return Err(format!("{name}: moto's path {path:?} is not the model's \"/{model}\"").into());
        }
        out.push(serde_json::json!({
            "name": name,
            "path": path,
            "default_version_id": field("DefaultVersionId")?,
            "create_date": field("CreateDate")?,
            "update_date": field("UpdateDate")?,
            "document": document,
        }));
    }
    let file = serde_json::json!({
        "source": format!("moto {MOTO_VERSION} (PyPI, Apache-2.0), {MOTO_FILE}"),
        "moto_version": MOTO_VERSION,
        "moto_date": MOTO_DATE,
        "generated_by": "cargo xtask managed-policies; do not edit",
        "policies": out,
    });
    let mut text = serde_json::to_string_pretty(&file)?;
    text.push('\n');
    Ok(text)
}

/// The data file for moto's `aws_managed_policies.py`: a header naming the source, then each path
/// in brackets followed by its policies' names, sorted.
pub fn render(moto_py: &str) -> Result<String, Error> {
    let all = policies(moto_py)?;
    let mut by_path: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    for (name, policy) in &all {
        let path = policy.get("Path").and_then(|p| p.as_str()).ok_or_else(|| format!("{name}: no Path"))?;
        if !(path.starts_with('/') && path.ends_with('/')) {
            return Err(format!("{name}: unexpected path {path:?}").into());
        }
        by_path.entry(path.to_owned()).or_default().push(name);
    }
    let mut out = format!(
        "# The path and name of every AWS managed policy (rolecall lint checks policy ARNs against it).\n\
         # source: moto {MOTO_VERSION} (PyPI, Apache-2.0), {MOTO_FILE}\n\
         # Generated by `cargo xtask managed-policies`; do not edit.\n"
    );
    for (path, mut names) in by_path {
        names.sort_unstable();
        out.push_str(&format!("[{path}]\n"));
        for n in names {
            out.push_str(n);
            out.push('\n');
        }
    }
    Ok(out)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // Tests fail loudly on purpose.
mod tests {
    use super::*;

    #[test]
    fn renders_paths_and_names() {
        let py = "# Imported\naws_managed_policies_data = \"\"\"\n{\"B\":{\"Path\":\"/service-role/\",\"Document\":{}},\"C\":{\"Path\":\"/\"},\"A\":{\"Path\":\"/\"}}\n\"\"\"\n";
        let text = render(py).unwrap();
        assert!(text.ends_with("[/]\nA\nC\n[/service-role/]\nB\n"), "{text}");
        assert!(text.contains(&format!("moto {MOTO_VERSION}")));
        assert!(render("no data").is_err());
    }

    #[test]
    fn renders_the_documents_of_the_policies_named() {
        let py = "x = \"\"\"\n{\"B\":{\"Path\":\"/service-role/\",\"DefaultVersionId\":\"v2\",\"CreateDate\":\"c\",\"UpdateDate\":\"u\",\"Document\":{\"Version\":\"2012-10-17\",\"Statement\":[]}},\"A\":{\"Path\":\"/\"}}\n\"\"\"\n";
        let b = rolecall_core::role::ManagedPolicy { path: "service-role/", name: "B" };
        let text = render_documents(py, &[b, b]).unwrap();
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["policies"].as_array().unwrap().len(), 1);
        assert_eq!(v["policies"][0]["default_version_id"], "v2");
        assert_eq!(v["moto_version"], MOTO_VERSION);
        // A policy moto lacks, without a document, or at another path than the model's: refused.
        assert!(render_documents(py, &[rolecall_core::role::ManagedPolicy { path: "", name: "C" }]).is_err());
        assert!(render_documents(py, &[rolecall_core::role::ManagedPolicy { path: "", name: "A" }]).is_err());
        assert!(render_documents(py, &[rolecall_core::role::ManagedPolicy { path: "", name: "B" }]).is_err());
    }

    #[test]
    fn committed_documents_come_from_the_pinned_release() {
        let text = std::fs::read_to_string(crate::workspace().join(DOCUMENTS)).unwrap();
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["source"], format!("moto {MOTO_VERSION} (PyPI, Apache-2.0), {MOTO_FILE}"), "regenerate with cargo xtask managed-policies");
        assert_eq!(v["moto_date"], MOTO_DATE);
    }

    #[test]
    fn committed_list_comes_from_the_pinned_release() {
        let text = std::fs::read_to_string(crate::workspace().join(DATA)).unwrap();
        assert!(text.lines().any(|l| l == format!("# source: moto {MOTO_VERSION} (PyPI, Apache-2.0), {MOTO_FILE}")), "regenerate with cargo xtask managed-policies");
    }
}
