//! `rolecall create` and `rolecall repair`: the plan of IAM writes, shown (`--dry-run`) or
//! carried out.

use rolecall_core::engine::{self, Locate};
use rolecall_core::finding::Severity;
use rolecall_core::plan::PlanOptions;
use rolecall_mock::Access;

use crate::commands::{role, runtime};
use crate::exit::{ExitStatus, Failure};
use crate::flags::{self, Args, Cmd};
use crate::global::{Env, Global};
use crate::render::Out;
use crate::request;

pub fn run(a: &Args<'_>, g: &Global, env: &dyn Env, out: &mut Out<'_>) -> Result<ExitStatus, Failure> {
    let repair = a.cmd() == Cmd::Repair;
    let draft = request::draft(a, g)?;
    role::validate_early(&draft, g, env)?;
    let dry_run = a.switch(flags::DRY_RUN);
    let access = if dry_run { Access::Read } else { Access::Write };
    runtime()?.block_on(async {
        let (be, req) = role::open(draft, g, env, access, out).await?;
        let (locate, opts) = if repair {
            (Locate::Search, PlanOptions { replace_outdated: a.switch(flags::REPLACE_OUTDATED), restrict_trust: a.switch(flags::RESTRICT_TRUST) })
        } else {
            (Locate::Named, PlanOptions::default())
        };
        let planned = engine::plan_changes(&be, &req, locate, opts).await?;
        if !repair && planned.role_existed() {
            // A role whose trust policy is exactly the one create writes is one an
            // earlier create left unfinished: finishing it only adds. Any other
            // role is left alone; repair is the way.
            let interrupted = planned.interrupted_create();
            if !interrupted {
                out.emit(&out.not_run(&planned))?;
                return Ok(ExitStatus::Ok);
            }
            out.resuming(&planned);
        }
        if repair && !planned.role_existed() {
            out.emit(&out.not_run(&planned))?;
            return Ok(ExitStatus::Findings);
        }
        if dry_run {
            out.emit(&out.dry_run(&planned))?;
        } else {
            let mut progress = out.start_apply(&planned);
            let r = engine::apply(&be, &planned.plan.actions, |a, r| progress.step(a, r)).await;
            let written = out.emit(&progress.finish(&r));
            if let Err(e) = r {
                // On stderr; with --output json the error is also in the plan's object.
                out.failure_line(&Failure::Backend(e));
                return Ok(ExitStatus::Backend);
            }
            written?;
        }
        // Something only the user can decide remains: a refusal, or an error left.
        let unfinished = !planned.plan.blocked.is_empty() || planned.plan.left.iter().any(|f| f.severity() == Severity::Error);
        Ok(if unfinished { ExitStatus::Findings } else { ExitStatus::Ok })
    })
}
