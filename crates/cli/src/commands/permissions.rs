//! `rolecall permissions`: the least-privilege policy rolecall itself needs for a command.

use rolecall_core::input::{AccountId, Field, InputError, Rule};
use rolecall_core::permissions::Command;
use rolecall_core::Partition;

use crate::exit::{ExitStatus, Failure};
use crate::flags::{self, Args};
use crate::global::Global;
use crate::org;
use crate::render::Out;
use crate::request;

pub fn run(a: &Args<'_>, g: &Global, out: &mut Out<'_>) -> Result<ExitStatus, Failure> {
    let cmd = request::permissions_command(a)?;
    let partition = request::partition_flag(a)?.or_else(|| g.region.as_deref().map(Partition::of_region)).unwrap_or(Partition::Aws);
    let account = a.value(flags::ACCOUNT).map(AccountId::parse).transpose()?;
    let member = org::member_role_flags(a)?;
    match (a.switch(flags::ORGANIZATION), cmd) {
        (true, Command::Audit) => out.emit(&out.organization_permissions(partition, account.as_ref().map(|a| a.as_str()), &member))?,
        (true, other) => return Err(InputError::new(Field::RoleKind, other.slug(), Rule::OneOf(vec!["audit"])).into()),
        (false, _) => out.emit(&out.permissions(cmd, partition, account.as_ref().map(|a| a.as_str())))?,
    }
    Ok(ExitStatus::Ok)
}
