//! One file per command: each reads its flags, runs the core's workflow and prints its report
//! through [`Out`](crate::render::Out).

pub mod audit;
pub mod check;
pub mod completions;
pub mod lint;
pub mod mock_serve;
pub mod permissions;
pub mod plan;
pub mod role;
pub mod roles;
pub mod show;

use rolecall_core::backend::{ErrorCode, IamError, IoStep};

use crate::exit::Failure;

/// The tokio runtime (current-thread) of a command that needs a backend.
pub fn runtime() -> Result<tokio::runtime::Runtime, Failure> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure::Backend(IamError::new(ErrorCode::Io(IoStep::Runtime), e.to_string())))
}
