//! The role model: the kinds of role and what each guide defines (`role`), partitions, typed
//! input values, the ARNs of the partitions rolecall knows, IAM as a backend sees it
//! (`backend`), an EKS cluster as `doctor` reads it (`cluster`), and the permissions rolecall itself needs. Imports nothing from the other rooms.

pub mod arn;
pub mod backend;
pub mod cluster;
pub mod input;
pub mod managed_documents;
pub mod needs;
pub mod partition;
pub mod permissions;
pub mod role;
