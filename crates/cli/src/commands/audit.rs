//! `rolecall audit`: every role of an account that serves one of the purposes, checked; with
//! `--organization` or `--accounts`, of many accounts.

use rolecall_core::org::AccountAudit;
use rolecall_mock::Access;

use crate::backend::{Backend, Calls};
use crate::commands::runtime;
use crate::exit::{ExitStatus, Failure};
use crate::flags::{self, Args};
use crate::global::{Env, Global};
use crate::org::{self, OrgBackend, OrgRequest};
use crate::render::Out;
use crate::request::{self, Implied};

/// How many roles are observed at a time by default.
const DEFAULT_CONCURRENCY: usize = 8;

pub fn run(a: &Args<'_>, g: &Global, env: &dyn Env, out: &mut Out<'_>) -> Result<ExitStatus, Failure> {
    let concurrency = a.number(flags::CONCURRENCY)?.map_or(DEFAULT_CONCURRENCY, |n| n as usize);
    let implied = request::implied_partition(a, g)?;
    let org_request = org::request(a)?;
    runtime()?.block_on(async {
        let hint = implied.as_ref().map(|i| i.partition);
        let be = Backend::open(g, env, hint, Access::Read, out.progress_sink(g.verbose), Calls::Many).await?;
        Implied::agrees(&implied, be.partition(), be.region().as_deref())?;
        if let Some(req) = org_request {
            return organization(be, req, concurrency, out).await;
        }
        let mut bar = out.audit_progress();
        let report = rolecall_core::audit::audit(&be, be.partition(), concurrency, |scanned, found| bar.tick(scanned, found)).await;
        bar.clear();
        let report = report?;
        out.emit(&out.audit(&report))?;
        Ok(if report.has_errors() { ExitStatus::Findings } else { ExitStatus::Ok })
    })
}

/// `audit --organization` / `--accounts`: every account reported (faults stay in their account),
/// then the summary. Exit 3 when an account could not be read, else 1 on any error finding.
async fn organization(be: Backend, req: OrgRequest, concurrency: usize, out: &mut Out<'_>) -> Result<ExitStatus, Failure> {
    let partition = be.partition();
    let org = OrgBackend::new(be, req.role);
    let mut bar = out.org_progress();
    let mut results = Vec::new();
    // The first account whose lines could not be written: the audit goes on, the run fails.
    let mut unwritten = None;
    let summary = rolecall_core::org::audit_organization(&org, &req.accounts, partition, req.account_concurrency, concurrency, |a, listed| {
        bar.tick(results.len() + 1, listed);
        if let Err(f) = out.org_account(&a) {
            unwritten.get_or_insert(f);
        }
        results.push(a);
    })
    .await?;
    bar.clear();
    if let Some(f) = unwritten {
        return Err(f);
    }
    out.org_summary(&results, &summary)?;
    Ok(if summary.accounts_failed > 0 {
        ExitStatus::Backend
    } else if results.iter().any(AccountAudit::has_errors) {
        ExitStatus::Findings
    } else {
        ExitStatus::Ok
    })
}
