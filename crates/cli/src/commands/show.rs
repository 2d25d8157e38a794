//! `rolecall show`: the role as rolecall would make it, as JSON or text, or as a CloudFormation
//! template or Terraform configuration.

use rolecall_mock::Access;

use crate::commands::{role, runtime};
use crate::exit::{ExitStatus, Failure};
use crate::flags::Args;
use crate::global::{Env, Global};
use crate::render::Out;
use crate::report::ShowOutput;
use crate::request::{self, Format};

pub fn run(a: &Args<'_>, g: &Global, env: &dyn Env, out: &mut Out<'_>) -> Result<ExitStatus, Failure> {
    let draft = request::draft(a, g)?;
    let format = request::format(a, g)?;
    role::validate_early(&draft, g, env)?;
    runtime()?.block_on(async {
        let (be, req) = role::open(draft, g, env, Access::Read, out).await?;
        match format {
            // A template takes the account from the stack unless one is given: no STS call.
            Some(format) => {
                let desired = req.desired();
                out.document(&match format {
                    Format::Terraform => rolecall_core::export::terraform(&desired),
                    Format::CloudFormation => rolecall_core::export::cloudformation(&desired),
                });
            }
            None => {
                let account = req.account(&be, None).await?;
                let desired = req.spec().desired(&req.in_account(account));
                out.emit(&ShowOutput::from(&desired))?;
            }
        }
        Ok(ExitStatus::Ok)
    })
}
