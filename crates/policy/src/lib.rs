//! rolecall-policy: the IAM policy language, knowing nothing of roles.
//!
//! - [`document`]: policy documents, parsed strictly (a key given twice is an error), their
//!   normal form, comparison by meaning and IAM's size measure; [`document::PolicyError`] says
//!   why a text is not one, as data.
//! - [`arn`]: strict ARN parsing (a partition is a string here) and the ARN-glob matching of
//!   `ArnLike` and `StringLike`.
//! - [`request`]: who calls, which actions, and the context keys a request carries.
//! - [`eval`]: IAM's evaluation of a set of policies by type ([`eval::Policies`]: identity
//!   policies, permissions boundary, SCP levels, session policy, resource policy) against a
//!   request, three-valued, naming the statements and conditions that decided; symbolic sets
//!   of values answered exactly through the automata of `automaton.rs`.
//! - [`permission`]: what a principal may do: identity policies, permissions boundary, SCPs by
//!   level and session policy, for an action on a resource or on every member of a set of
//!   resources, each answer naming the policies and statements that decided it.
//!
//! No I/O; depends on serde, serde_json and schemars only.

pub mod arn;
mod automaton;
pub mod document;
pub mod eval;
pub mod permission;
pub mod request;
