//! `cargo xtask iac`: a development-time check of `rolecall show --format`. Writes the template
//! of every role in every partition, with and without each optional permission, under
//! `target/iac/`, parses every Terraform file with hcl-rs, and runs `cfn-lint` on the
//! CloudFormation templates when it is installed (`pip install cfn-lint`). Not part of CI: it
//! needs a tool CI does not have; the tests parse the templates back on every run.

use std::path::{Path, PathBuf};
use std::process::Command;

use rolecall_core::export;
use rolecall_core::input::{AccountId, ClusterName, IamPath, Region};
use rolecall_core::role::{ClusterScope, Context, Permission, RoleKind, Scope};
use rolecall_core::Partition;

/// Every context worth a template: each kind in each partition, bare and with each optional permission.
fn contexts() -> Vec<(String, RoleKind, Context)> {
    let mut out = Vec::new();
    for kind in RoleKind::ALL {
        let spec = kind.spec();
        for partition in Partition::ALL {
            let clusters = if spec.trustee.wants_source_arn() {
                vec![ClusterScope {
                    name: ClusterName::parse("my-cluster").map_or(Scope::All, Scope::One),
                    region: Region::parse(partition.example_region()).map_or(Scope::All, Scope::One),
                }]
            } else {
                Vec::new()
            };
            let mut sets: Vec<(String, Vec<Permission>)> = vec![(String::new(), Vec::new())];
            sets.extend(spec.permissions.iter().map(|p| (format!("-{}", p.slug()), vec![*p])));
            for (suffix, permissions) in sets {
                for account in [None, AccountId::parse("111122223333").ok()] {
                    let name = format!("{}-{}{suffix}{}", kind.slug(), partition.id(), if account.is_some() { "-account" } else { "" });
                    let ctx = Context { partition, account, role_name: None, path: IamPath::root(), clusters: clusters.clone(), secrets: Vec::new(), permissions: permissions.clone() };
                    out.push((name, kind, ctx));
                }
            }
        }
    }
    out
}

/// Writes and checks the templates; returns how many failed.
pub fn run(root: &Path) -> Result<usize, Box<dyn std::error::Error>> {
    let dir = root.join("target").join("iac");
    if dir.exists() {
        std::fs::remove_dir_all(&dir)?;
    }
    std::fs::create_dir_all(&dir)?;
    let mut failed = 0;
    let mut cfn: Vec<PathBuf> = Vec::new();
    for (name, kind, ctx) in contexts() {
        let desired = kind.spec().desired(&ctx);
        let yaml = dir.join(format!("{name}.yaml"));
        std::fs::write(&yaml, export::cloudformation(&desired))?;
        cfn.push(yaml);
        let tf = export::terraform(&desired);
        std::fs::write(dir.join(format!("{name}.tf")), &tf)?;
        if let Err(e) = hcl::from_str::<hcl::Body>(&tf) {
            println!("HCL   {name}.tf: {e}");
            failed += 1;
        }
    }
    println!("wrote {} CloudFormation templates and as many Terraform files to {}; HCL parsed", cfn.len(), dir.display());
    match Command::new("cfn-lint").arg("--version").output() {
        Ok(v) if v.status.success() => {
            let out = Command::new("cfn-lint").args(&cfn).output()?;
            print!("{}", String::from_utf8_lossy(&out.stdout));
            if out.status.success() {
                println!("cfn-lint {}: no findings", String::from_utf8_lossy(&v.stdout).trim());
            } else {
                failed += 1;
            }
        }
        _ => println!("cfn-lint is not installed (pip install cfn-lint); CloudFormation templates not linted"),
    }
    Ok(failed)
}
