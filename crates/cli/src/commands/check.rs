//! `rolecall check`: the role as IAM has it, against the role as it should be.

use rolecall_core::check::Status;
use rolecall_core::engine;
use rolecall_core::finding::Severity;
use rolecall_mock::Access;

use crate::commands::{role, runtime};
use crate::exit::{ExitStatus, Failure};
use crate::flags::{self, Args};
use crate::global::{Env, Global};
use crate::render::Out;
use crate::request;

pub fn run(a: &Args<'_>, g: &Global, env: &dyn Env, out: &mut Out<'_>) -> Result<ExitStatus, Failure> {
    let draft = request::draft(a, g)?;
    role::validate_early(&draft, g, env)?;
    runtime()?.block_on(async {
        let (be, req) = role::open(draft, g, env, Access::Read, out).await?;
        let report = engine::check(&be, &req).await?;
        out.emit(&out.check(&report))?;
        let strict = a.switch(flags::STRICT);
        let worst = report.findings.iter().map(|f| f.severity()).max();
        let failed = report.status == Status::Undecided
            || match worst {
                Some(Severity::Error) => true,
                Some(Severity::Warning) => strict,
                _ => false,
            };
        Ok(if failed { ExitStatus::Findings } else { ExitStatus::Ok })
    })
}
