//! Turns the flags into the one validated [`Request`] the core uses, naming the bad value when
//! there is one. What only the backend can settle (its partition, the region of clusters given
//! without one) waits in a [`Draft`] around the request.

use rolecall_core::engine::Request;
use rolecall_core::input::{AccountId, Field, IamPath, InputError, Region, RoleName, Rule};
use rolecall_core::permissions::Command as PermCommand;
use rolecall_core::role::{ClusterArg, ClusterScope, Context, RoleKind, Scope, Variant};
use rolecall_core::Partition;

use crate::flags::{self, Args, Cmd, Flag};
use crate::global::Global;

/// The partition a flag implies, and the flag (with its value) that implies it.
#[derive(Debug, Clone)]
pub struct Implied {
    pub partition: Partition,
    pub field: Field,
    pub because: String,
}

impl Implied {
    /// Rejects a backend in another partition, naming the flag's value.
    pub fn agrees(implied: &Option<Implied>, backend_partition: Partition, backend_region: Option<&str>) -> Result<(), InputError> {
        match implied {
            Some(i) if i.partition != backend_partition => {
                let value = i.because.rsplit(' ').next().unwrap_or(&i.because).to_owned();
                Err(InputError::new(i.field, value, Rule::Conflicts { other: format!("{backend_partition} ({})", backend_region.unwrap_or("?")) }))
            }
            _ => Ok(()),
        }
    }
}

/// Records that a flag implies a partition, rejecting a contradiction.
fn imply(slot: &mut Option<Implied>, partition: Partition, field: Field, value: &str) -> Result<(), InputError> {
    match slot {
        Some(have) if have.partition != partition => Err(InputError::new(field, value, Rule::Conflicts { other: have.because.clone() })),
        Some(_) => Ok(()),
        None => {
            *slot = Some(Implied { partition, field, because: value.to_owned() });
            Ok(())
        }
    }
}

/// A validated request whose partition, and the region of clusters given without one, come
/// from the backend ([`Draft::finish`]). Until then the request's partition is the implied one
/// (or `aws`) and its clusters are empty.
#[derive(Debug, Clone)]
pub struct Draft {
    pub request: Request,
    /// The partition the flags imply.
    pub implied: Option<Implied>,
    /// `--cluster` values as given, placed in a region by `finish`.
    clusters: Vec<ClusterArg>,
    cluster_region: Option<Scope<Region>>,
    /// show, create and repair refuse a role whose service is not available in the partition;
    /// check reports it.
    refuse_unavailable: bool,
}

/// `--partition`, if given.
pub fn partition_flag(a: &Args<'_>) -> Result<Option<Partition>, InputError> {
    a.value(flags::PARTITION).map(Partition::parse).transpose()
}

/// The command `permissions` is asked about.
pub fn permissions_command(a: &Args<'_>) -> Result<PermCommand, InputError> {
    let v = a.positional(flags::FOR);
    PermCommand::ALL
        .into_iter()
        .find(|c| c.slug() == v)
        .ok_or_else(|| InputError::new(Field::RoleKind, v, Rule::OneOf(PermCommand::ALL.iter().map(|c| c.slug()).collect())))
}

/// The partition the flags of a command without a role context imply (audit): `--partition`, `--region`.
pub fn implied_partition(a: &Args<'_>, g: &Global) -> Result<Option<Implied>, InputError> {
    let mut partition = None;
    if let Some(p) = a.value(flags::PARTITION) {
        imply(&mut partition, Partition::parse(p)?, Field::Partition, &format!("--partition {p}"))?;
    }
    if let Some(r) = &g.region {
        imply(&mut partition, Partition::of_region(r), Field::Region, &format!("--region {r}"))?;
    }
    Ok(partition)
}

/// Reads and validates every flag of show, check, create and repair.
pub fn draft(a: &Args<'_>, g: &Global) -> Result<Draft, InputError> {
    let kind = RoleKind::parse(a.positional(flags::KIND))?;
    let spec = kind.spec();
    let mut partition = None;
    if let Some(p) = a.value(flags::PARTITION) {
        imply(&mut partition, Partition::parse(p)?, Field::Partition, &format!("--partition {p}"))?;
    }
    let mut account = a.value(flags::ACCOUNT).map(AccountId::parse).transpose()?;
    let cluster_region = match a.value(flags::CLUSTER_REGION) {
        None => None,
        Some("*") => Some(Scope::All),
        Some(r) => {
            let region = Region::parse_for(Field::ClusterRegion, r)?;
            imply(&mut partition, Partition::of_region(r), Field::ClusterRegion, &format!("--cluster-region {r}"))?;
            Some(Scope::One(region))
        }
    };
    let mut clusters = Vec::new();
    for c in a.values(flags::CLUSTER) {
        let arg = ClusterArg::parse(c)?;
        if let Some(p) = arg.partition {
            imply(&mut partition, p, Field::Cluster, c)?;
        }
        if let Some(acct) = &arg.account {
            match &account {
                Some(have) if have != acct => return Err(InputError::new(Field::Cluster, c, Rule::Conflicts { other: format!("--account {have}") })),
                Some(_) => {}
                None => account = Some(acct.clone()),
            }
        }
        if arg.region.is_some() && cluster_region.is_some() {
            return Err(InputError::new(Field::Cluster, c, Rule::Conflicts { other: "--cluster-region".into() }));
        }
        clusters.push(arg);
    }
    if !spec.trustee.wants_source_arn() {
        if let Some(r) = a.value(flags::CLUSTER_REGION) {
            return Err(InputError::new(Field::ClusterRegion, r, Rule::Conflicts { other: kind.slug().to_owned() }));
        }
    }
    // --cni and --with each ask for the kind's optional permissions the flag table gives them.
    let mut permissions = Vec::new();
    let cni = flags::selectable(Flag::Cni, kind);
    if let Some(v) = a.value(flags::CNI) {
        if cni.is_empty() {
            return Err(InputError::new(Field::Cni, v, Rule::Conflicts { other: kind.slug().to_owned() }));
        }
        if v != flags::CNI_NONE {
            let p = cni.iter().copied().find(|p| p.flag_value() == v).ok_or_else(|| {
                InputError::new(Field::Cni, v, Rule::OneOf(std::iter::once(flags::CNI_NONE).chain(cni.iter().map(|p| p.flag_value())).collect()))
            })?;
            permissions.push(p);
        }
    }
    let allowed = flags::selectable(Flag::With, kind);
    let withs = a.values(flags::WITH);
    if let Some(first) = withs.first() {
        if allowed.is_empty() {
            return Err(InputError::new(Field::Permission, *first, Rule::Conflicts { other: kind.slug().to_owned() }));
        }
    }
    for w in withs {
        let p = allowed
            .iter()
            .copied()
            .find(|p| p.flag_value() == w)
            .ok_or_else(|| InputError::new(Field::Permission, w, Rule::OneOf(allowed.iter().map(|p| p.flag_value()).collect())))?;
        if !permissions.contains(&p) {
            permissions.push(p);
        }
    }
    let variant = if a.switch(flags::AUTO_MODE) { Variant::AutoMode } else { Variant::Standard };
    if variant == Variant::AutoMode && spec.auto_mode.is_none() {
        return Err(InputError::new(Field::RoleKind, kind.slug(), Rule::Conflicts { other: "--auto-mode".into() }));
    }
    // --secret: the user's secrets, parameters and keys that scoped permissions are limited to.
    let scoped = permissions.iter().any(|p| p.takes_resources());
    let mut secrets: Vec<String> = Vec::new();
    for s in a.values(flags::SECRET) {
        if !scoped {
            if !allowed.iter().any(|p| p.takes_resources()) {
                return Err(InputError::new(Field::Secret, s, Rule::Conflicts { other: kind.slug().to_owned() }));
            }
            // --secret limits a permission that was not asked for.
            return Err(InputError::new(Field::Permission, "", Rule::Required));
        }
        let shape = Rule::ArnShape("arn:PARTITION:secretsmanager|ssm|kms:REGION:ACCOUNT:RESOURCE");
        let arn = rolecall_core::arn::parse(s).map_err(|_| InputError::new(Field::Secret, s, shape.clone()))?;
        if !["secretsmanager", "ssm", "kms"].contains(&arn.service.as_str()) || arn.region.is_empty() || arn.account.is_empty() {
            return Err(InputError::new(Field::Secret, s, shape));
        }
        imply(&mut partition, Partition::parse(&arn.partition)?, Field::Secret, s)?;
        if !secrets.iter().any(|have| have == s) {
            secrets.push(s.to_owned());
        }
    }
    if scoped && secrets.is_empty() {
        return Err(InputError::new(Field::Secret, "", Rule::Required));
    }
    let role_name = a.value(flags::ROLE_NAME).map(RoleName::parse).transpose()?;
    if spec.name_required && role_name.is_none() {
        return Err(InputError::new(Field::RoleName, "", Rule::Required));
    }
    let path = a.value(flags::PATH).map(IamPath::parse).transpose()?.unwrap_or_else(IamPath::root);
    let need_clusters = a.cmd() != Cmd::Check;
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
    let context = Context {
        partition: partition.as_ref().map_or(Partition::Aws, |i| i.partition),
        account,
        role_name,
        path,
        clusters: Vec::new(),
        permissions,
        secrets,
    };
    let refuse_unavailable = a.cmd() != Cmd::Check;
    Ok(Draft { request: Request { kind, variant, context }, implied: partition, clusters, cluster_region, refuse_unavailable })
}

impl Draft {
    pub fn partition_hint(&self) -> Option<Partition> {
        self.implied.as_ref().map(|i| i.partition)
    }

    /// Completes the request with the backend's partition and region.
    pub fn finish(self, backend_partition: Partition, backend_region: Option<&str>) -> Result<Request, InputError> {
        Implied::agrees(&self.implied, backend_partition, backend_region)?;
        if self.refuse_unavailable && !self.request.spec().trustee.available_in(backend_partition) {
            // Named by the flag that chose the partition, else by the partition itself.
            let (field, value) = match &self.implied {
                Some(i) => (i.field, i.because.rsplit(' ').next().unwrap_or(&i.because).to_owned()),
                None => (Field::Partition, backend_partition.id().to_owned()),
            };
            return Err(InputError::new(field, value, Rule::FargateUnavailable(backend_partition)));
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
        let mut request = self.request;
        request.context.partition = backend_partition;
        request.context.clusters = clusters;
        Ok(request)
    }
}

/// What `show --format` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    CloudFormation,
    Terraform,
}

/// `show --format`, which cannot be combined with `--output json`.
pub fn format(a: &Args<'_>, g: &Global) -> Result<Option<Format>, InputError> {
    let Some(v) = a.value(flags::FORMAT) else { return Ok(None) };
    let f = match v {
        "cloudformation" => Format::CloudFormation,
        "terraform" => Format::Terraform,
        other => return Err(InputError::new(Field::Format, other, Rule::OneOf(flags::FORMATS.to_vec()))),
    };
    if g.output.is_json() {
        return Err(InputError::new(Field::Format, v, Rule::Conflicts { other: "--output json".into() }));
    }
    Ok(Some(f))
}

#[cfg(test)]
mod tests {
    use super::*;
    use rolecall_core::role::Permission;

    /// The request that `rolecall create ecs-task-execution ...` builds, partition from its flags.
    #[test]
    fn one_request_from_flags() {
        let m = rolecall_i18n::Messages::new("en");
        let argv = [
            "rolecall",
            "create",
            "ecs-task-execution",
            "--with",
            "secrets",
            "--secret",
            "arn:aws-cn:secretsmanager:cn-north-1:111122223333:secret:s",
            "--role-name",
            "exec",
        ];
        let matches = crate::app::command(&m).try_get_matches_from(argv).unwrap_or_else(|e| panic!("{e}"));
        let (cmd, sub) = Cmd::matched(&matches).unwrap_or_else(|| panic!("a command"));
        let g = crate::global::global(&Args::new(Cmd::Root, &matches), &crate::global::ProcessEnv).unwrap_or_else(|_| panic!("global flags"));
        let draft = draft(&Args::new(cmd, sub), &g).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(draft.partition_hint(), Some(Partition::AwsCn));
        let req = draft.clone().finish(Partition::AwsCn, Some("cn-north-1")).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!((req.kind, req.variant, req.context.permissions.as_slice()), (RoleKind::EcsTaskExecution, Variant::Standard, &[Permission::Secrets][..]));
        assert_eq!(req.context.role_name.as_ref().map(|n| n.as_str()), Some("exec"));
        // The backend's partition must be the one the flags imply.
        assert_eq!(draft.finish(Partition::Aws, Some("us-east-1")).map(|_| ()).unwrap_err().field, Field::Secret);
    }
}
