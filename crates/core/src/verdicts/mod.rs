//! Verdicts: what a role as IAM has it means against the role as its guide defines it. The
//! findings (`finding`), the trust policy's request model, verdict and edits (`trust`), the one
//! comparison (`diff`) and its views: plans (`plan`) and checks (`check`); what an EKS cluster's links to its
//! roles mean (`wiring`). Builds on the model.

pub mod check;
pub mod diff;
pub mod finding;
pub mod granted;
pub mod plan;
pub mod trust;
pub mod wiring;
