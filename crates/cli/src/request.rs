//! Turns the context flags into a validated [`Request`], naming the bad value when there is one.

use clap::ArgMatches;
use rolecall_core::engine::Request;
use rolecall_core::input::{AccountId, Field, IamPath, InputError, Region, RoleName, Rule};
use rolecall_core::permissions::Command as PermCommand;
use rolecall_core::role::{ClusterArg, ClusterScope, Permission, RoleKind, Scope};
use rolecall_core::Partition;

use crate::Global;

/// A request whose partition and region may still come from the backend's configuration.
#[derive(Debug, Clone)]
pub struct Draft {
    pub kind: RoleKind,
    /// The partition the flags imply, and the flag that implies it.
    pub partition: Option<(Partition, Field, String)>,
    pub account: Option<AccountId>,
    pub role_name: Option<RoleName>,
    pub path: IamPath,
    pub clusters: Vec<ClusterArg>,
    pub cluster_region: Option<Scope<Region>>,
    pub permissions: Vec<Permission>,
    /// EKS Auto Mode's variant (`--auto-mode`).
    pub auto_mode: bool,
    /// `--secret` ARNs, for permissions scoped to the user's resources.
    pub secrets: Vec<String>,
}

fn get<'a>(m: &'a ArgMatches, id: &str) -> Option<&'a String> {
    m.try_get_one::<String>(id).ok().flatten()
}

fn all<'a>(m: &'a ArgMatches, id: &str) -> Vec<&'a String> {
    m.try_get_many::<String>(id).ok().flatten().map(Iterator::collect).unwrap_or_default()
}

/// `--partition`, if given.
pub fn partition_flag(m: &ArgMatches) -> Result<Option<Partition>, InputError> {
    get(m, "partition").map(|p| Partition::parse(p)).transpose()
}

/// The command `permissions` is asked about.
pub fn permissions_command(m: &ArgMatches) -> Result<PermCommand, InputError> {
    let v = get(m, "for").map_or("", String::as_str);
    PermCommand::ALL
        .into_iter()
        .find(|c| c.slug() == v)
        .ok_or_else(|| InputError::new(Field::RoleKind, v, Rule::OneOf(PermCommand::ALL.iter().map(|c| c.slug()).collect())))
}

/// Records that a flag implies a partition, rejecting a contradiction.
fn imply(slot: &mut Option<(Partition, Field, String)>, p: Partition, field: Field, value: &str) -> Result<(), InputError> {
    match slot {
        Some((have, _, because)) if *have != p => Err(InputError::new(field, value, Rule::Conflicts { other: because.clone() })),
        Some(_) => Ok(()),
        None => {
            *slot = Some((p, field, value.to_owned()));
            Ok(())
        }
    }
}

/// Reads and validates every context flag of show, check, create and repair.
pub fn draft(kind: RoleKind, m: &ArgMatches, g: &Global, command: &str) -> Result<Draft, InputError> {
    let spec = kind.spec();
    let mut partition = None;
    if let Some(p) = get(m, "partition") {
        imply(&mut partition, Partition::parse(p)?, Field::Partition, &format!("--partition {p}"))?;
    }
    let mut account = get(m, "account").map(|a| AccountId::parse(a)).transpose()?;
    let cluster_region = match get(m, "cluster-region").map(String::as_str) {
        None => None,
        Some("*") => Some(Scope::All),
        Some(r) => {
            let region = Region::parse_for(Field::ClusterRegion, r)?;
            imply(&mut partition, Partition::of_region(r), Field::ClusterRegion, &format!("--cluster-region {r}"))?;
            Some(Scope::One(region))
        }
    };
    let mut clusters = Vec::new();
    for c in all(m, "cluster") {
        let arg = ClusterArg::parse(c)?;
        if let Some(p) = arg.partition {
            imply(&mut partition, p, Field::Cluster, c)?;
        }
        if let Some(a) = &arg.account {
            match &account {
                Some(have) if have != a => return Err(InputError::new(Field::Cluster, c.as_str(), Rule::Conflicts { other: format!("--account {have}") })),
                Some(_) => {}
                None => account = Some(a.clone()),
            }
        }
        if arg.region.is_some() && cluster_region.is_some() {
            return Err(InputError::new(Field::Cluster, c.as_str(), Rule::Conflicts { other: "--cluster-region".into() }));
        }
        clusters.push(arg);
    }
    if !spec.trustee.wants_source_arn() {
        if let Some(r) = get(m, "cluster-region") {
            return Err(InputError::new(Field::ClusterRegion, r.as_str(), Rule::Conflicts { other: kind.slug().to_owned() }));
        }
    }
    let mut permissions = Vec::new();
    let cni_kind = spec.permissions.contains(&Permission::CniIpv4);
    if let Some(cni) = get(m, "cni") {
        if !cni_kind {
            return Err(InputError::new(Field::Cni, cni.as_str(), Rule::Conflicts { other: kind.slug().to_owned() }));
        }
        match cni.as_str() {
            "none" => {}
            "ipv4" => permissions.push(Permission::CniIpv4),
            "ipv6" => permissions.push(Permission::CniIpv6),
            other => return Err(InputError::new(Field::Cni, other, Rule::OneOf(vec!["none", "ipv4", "ipv6"]))),
        }
    }
    // --with takes the kind's optional permissions other than the VPC CNI's (those are --cni).
    let allowed: Vec<Permission> = spec.permissions.iter().copied().filter(|p| !matches!(p, Permission::CniIpv4 | Permission::CniIpv6)).collect();
    let withs = all(m, "with");
    if let Some(first) = withs.first() {
        if allowed.is_empty() {
            return Err(InputError::new(Field::Permission, first.as_str(), Rule::Conflicts { other: kind.slug().to_owned() }));
        }
    }
    for w in withs {
        let p = allowed
            .iter()
            .copied()
            .find(|p| p.flag_value() == w.as_str())
            .ok_or_else(|| InputError::new(Field::Permission, w.as_str(), Rule::OneOf(allowed.iter().map(|p| p.flag_value()).collect())))?;
        if !permissions.contains(&p) {
            permissions.push(p);
        }
    }
    let auto_mode = m.try_get_one::<bool>("auto-mode").ok().flatten().copied().unwrap_or(false);
    if auto_mode && spec.auto_mode.is_none() {
        return Err(InputError::new(Field::RoleKind, kind.slug(), Rule::Conflicts { other: "--auto-mode".into() }));
    }
    // --secret: the user's secrets, parameters and keys that scoped permissions are limited to.
    let scoped = permissions.iter().any(|p| p.takes_resources());
    let mut secrets: Vec<String> = Vec::new();
    for s in all(m, "secret") {
        if !scoped {
            if !allowed.iter().any(|p| p.takes_resources()) {
                return Err(InputError::new(Field::Secret, s.as_str(), Rule::Conflicts { other: kind.slug().to_owned() }));
            }
            // --secret limits a permission that was not asked for.
            return Err(InputError::new(Field::Permission, "", Rule::Required));
        }
        let shape = Rule::ArnShape("arn:PARTITION:secretsmanager|ssm|kms:REGION:ACCOUNT:RESOURCE");
        let arn = rolecall_core::arn::Arn::parse(s).map_err(|_| InputError::new(Field::Secret, s.as_str(), shape.clone()))?;
        if !["secretsmanager", "ssm", "kms"].contains(&arn.service.as_str()) || arn.region.is_empty() || arn.account.is_empty() {
            return Err(InputError::new(Field::Secret, s.as_str(), shape));
        }
        imply(&mut partition, arn.partition, Field::Secret, s)?;
        if !secrets.contains(s) {
            secrets.push(s.clone());
        }
    }
    if scoped && secrets.is_empty() {
        return Err(InputError::new(Field::Secret, "", Rule::Required));
    }
    let role_name = get(m, "role-name").map(|n| RoleName::parse(n)).transpose()?;
    if spec.name_required && role_name.is_none() {
        return Err(InputError::new(Field::RoleName, "", Rule::Required));
    }
    let path = get(m, "path").map(|p| IamPath::parse(p)).transpose()?.unwrap_or_else(IamPath::root);
    let need_clusters = command != "check";
    if spec.trustee.wants_source_arn() && need_clusters && clusters.is_empty() {
        return Err(InputError::new(Field::Cluster, "", Rule::Required));
    }
    if !spec.trustee.wants_source_arn() {
        if let Some(c) = clusters.first() {
            return Err(InputError::new(Field::Cluster, c.name.as_str(), Rule::Conflicts { other: kind.slug().to_owned() }));
        }
    }
    if let Some(r) = &g.region {
        imply(&mut partition, Partition::of_region(r), Field::Region, &format!("--region {r}"))?;
    }
    Ok(Draft { kind, partition, account, role_name, path, clusters, cluster_region, permissions, auto_mode, secrets })
}

/// The partition flags of a command that takes no role context (audit).
pub fn draft_partition(m: &ArgMatches, g: &Global) -> Result<Draft, InputError> {
    let mut partition = None;
    if let Some(p) = get(m, "partition") {
        imply(&mut partition, Partition::parse(p)?, Field::Partition, &format!("--partition {p}"))?;
    }
    if let Some(r) = &g.region {
        imply(&mut partition, Partition::of_region(r), Field::Region, &format!("--region {r}"))?;
    }
    Ok(Draft {
        kind: RoleKind::EksNode,
        partition,
        account: None,
        role_name: None,
        path: IamPath::root(),
        clusters: Vec::new(),
        cluster_region: None,
        permissions: Vec::new(),
        auto_mode: false,
        secrets: Vec::new(),
    })
}

impl Draft {
    pub fn partition_hint(&self) -> Option<Partition> {
        self.partition.as_ref().map(|(p, _, _)| *p)
    }

    /// Completes the request with the backend's partition and region.
    pub fn finish(self, backend_partition: Partition, backend_region: Option<&str>) -> Result<Request, InputError> {
        if let Some((p, field, because)) = &self.partition {
            if *p != backend_partition {
                let value = because.rsplit(' ').next().unwrap_or(because).to_owned();
                return Err(InputError::new(*field, value, Rule::Conflicts { other: format!("{backend_partition} ({})", backend_region.unwrap_or("?")) }));
            }
        }
        let mut clusters = Vec::new();
        for c in &self.clusters {
            let region = match (&c.region, &self.cluster_region) {
                (Some(r), _) => Scope::One(r.clone()),
                (None, Some(r)) => r.clone(),
                (None, None) => match backend_region {
                    Some(r) => Scope::One(Region::parse_for(Field::ClusterRegion, r)?),
                    None => return Err(InputError::new(Field::ClusterRegion, "", Rule::Required)),
                },
            };
            clusters.push(ClusterScope { name: c.name.clone(), region });
        }
        Ok(Request {
            kind: self.kind,
            partition: backend_partition,
            account: self.account,
            role_name: self.role_name,
            path: self.path,
            clusters,
            permissions: self.permissions,
            auto_mode: self.auto_mode,
            secrets: self.secrets,
        })
    }
}

/// What `show --format` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    CloudFormation,
    Terraform,
}

/// `show --format`, which cannot be combined with `--output json`.
pub fn format(m: &ArgMatches, g: &Global) -> Result<Option<Format>, InputError> {
    let Some(v) = get(m, "format") else { return Ok(None) };
    let f = match v.as_str() {
        "cloudformation" => Format::CloudFormation,
        "terraform" => Format::Terraform,
        other => return Err(InputError::new(Field::Format, other, Rule::OneOf(crate::app::FORMATS.to_vec()))),
    };
    if g.json {
        return Err(InputError::new(Field::Format, v.as_str(), Rule::Conflicts { other: "--output json".into() }));
    }
    Ok(Some(f))
}
