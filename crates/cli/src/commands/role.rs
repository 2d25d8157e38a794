//! What `show`, `check`, `create` and `repair` share: one role, from one request, on one backend.

use rolecall_core::engine::Request;
use rolecall_mock::Access;

use crate::backend::{Backend, Calls};
use crate::exit::Failure;
use crate::global::{Env, Global};
use crate::render::Out;
use crate::request::Draft;

/// Validates the whole request before the backend is opened, when the backend's partition and
/// region are known without asking it (so the mock's state is never opened for writing first).
pub fn validate_early(draft: &Draft, g: &Global, env: &dyn Env) -> Result<(), Failure> {
    if let Some((partition, region)) = Backend::planned_target(g, env, draft.partition_hint()) {
        draft.clone().finish(partition, region.as_deref())?;
    }
    Ok(())
}

/// Opens the backend and settles the request on it.
pub async fn open(draft: Draft, g: &Global, env: &dyn Env, access: Access, out: &Out<'_>) -> Result<(Backend, Request), Failure> {
    let be = Backend::open(g, env, draft.partition_hint(), access, out.progress_sink(g.verbose), Calls::Few).await?;
    let req = draft.finish(be.partition(), be.region().as_deref())?;
    Ok((be, req))
}
