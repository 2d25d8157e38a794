//! Workflows: the commands' steps written once against the `Iam` trait, as plain `async fn`s:
//! check, plan and apply one role (`engine`), audit an account (`audit`) and an organization
//! (`org`). Build on the model, the verdicts and the lint.

pub mod audit;
pub mod engine;
pub mod org;
