//! Picks the backend the user asked for and forwards the core's [`Iam`] calls to it.

use std::sync::Arc;
use std::time::Duration;

use rolecall_aws::{AwsIam, AwsOptions, Consistency, Progress};
use rolecall_core::backend::{Action, DetailsPage, Iam, IamError, Observation, ObserveRequest, RolePage, ScpRead};
use rolecall_core::input::{AccountId, Field, InputError, Rule};
use rolecall_core::Partition;
use rolecall_mock::{Access, Fault, MockIam, StatePathProblem};

use crate::exit::{Failure, Usage};
use crate::global::{BackendKind, Env, Global};

/// How many IAM calls a command makes: many (audit) turns on the AWS SDK's adaptive retry, which
/// paces requests to IAM's rate limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Calls {
    Few,
    Many,
}

/// Where progress goes (rendered by the CLI, in the operator's language).
pub type Sink = Arc<dyn Fn(&Progress) + Send + Sync>;

/// The backend in use.
#[derive(Debug)]
pub enum Backend {
    Mock(MockIam, Option<String>),
    Aws(AwsIam),
}

fn seconds(env: &dyn Env, key: &str, field: Field) -> Result<Option<Duration>, InputError> {
    match env.var(key) {
        None => Ok(None),
        Some(v) => v
            .parse::<f64>()
            .ok()
            .filter(|s| s.is_finite() && *s > 0.0 && *s <= 3600.0)
            .map(|s| Some(Duration::from_secs_f64(s)))
            .ok_or_else(|| InputError::new(field, v, Rule::Range { min: 0, max: 3600 })),
    }
}

/// Where the mock backend will be, worked out without touching the disk.
fn mock_target(g: &Global, env: &dyn Env, hint: Option<Partition>) -> (Partition, Option<String>) {
    let region = g.region.clone().or_else(|| env.var("AWS_REGION")).or_else(|| env.var("AWS_DEFAULT_REGION")).filter(|r| !r.is_empty());
    let partition = hint.or_else(|| region.as_deref().map(Partition::of_region)).unwrap_or(Partition::Aws);
    let region = region.filter(|r| Partition::of_region(r) == partition).or_else(|| hint.map(|p| p.example_region().to_owned()));
    (partition, region)
}

/// The mock's state file: `--state`, else the default. A path that cannot be one is refused as
/// bad input before anything is created, locked or written.
pub fn state_path(g: &Global) -> Result<std::path::PathBuf, Failure> {
    let path = match g.state.clone().or_else(rolecall_mock::default_state_path) {
        Some(p) => p,
        None => return Err(Failure::Input(InputError::new(Field::Backend, "mock", Rule::Required))),
    };
    if let Some(problem) = rolecall_mock::state_path_problem(&path) {
        let file = path.display().to_string();
        return Err(Failure::Usage(match problem {
            StatePathProblem::LockName => Usage::StateLockName { file },
            StatePathProblem::NotAFile => Usage::StateNotAFile { file },
        }));
    }
    Ok(path)
}

impl Backend {
    /// The partition and region the mock backend would use, so that the request can be
    /// validated before anything is opened for writing; `None` for AWS (opening it writes nothing).
    pub fn planned_target(g: &Global, env: &dyn Env, hint: Option<Partition>) -> Option<(Partition, Option<String>)> {
        (g.backend == BackendKind::Mock).then(|| mock_target(g, env, hint))
    }

    /// Opens the backend; `hint` is the partition the flags imply.
    pub async fn open(g: &Global, env: &dyn Env, hint: Option<Partition>, access: Access, sink: Option<Sink>, calls: Calls) -> Result<Backend, Failure> {
        match g.backend {
            BackendKind::Mock => {
                let (partition, region) = mock_target(g, env, hint);
                let path = state_path(g)?;
                let mut m = MockIam::open(&path, partition, access)?;
                // Unset: no injected failure (a test's switch, not configuration).
                for spec in env.var("ROLECALL_MOCK_FAIL").unwrap_or_default().split(',').filter(|s| !s.is_empty()) {
                    if let Some(f) = Fault::parse(spec) {
                        m = m.with_fault(f);
                    }
                }
                Ok(Backend::Mock(m, region))
            }
            BackendKind::Aws => {
                let interval = seconds(env, "ROLECALL_CONSISTENCY_INTERVAL", Field::Timeout)?;
                let opts = AwsOptions {
                    profile: g.profile.clone(),
                    region: g.region.clone(),
                    endpoint_url: g.endpoint_url.clone(),
                    read_timeout: g.read_timeout,
                    connect_timeout: g.connect_timeout,
                    operation_timeout: g.operation_timeout,
                    // A shorter first wait (for tests) shortens the cap with it.
                    consistency: match interval {
                        Some(i) => Consistency { interval: i, max_interval: i * 8, ..Consistency::default() },
                        None => Consistency::default(),
                    },
                    adaptive_retry: calls == Calls::Many,
                    secrets: crate::clean::secrets().clone(),
                };
                let fallback = hint.map(Partition::example_region);
                let mut iam = AwsIam::connect(&opts, fallback).await?;
                if let Some(s) = sink {
                    iam = iam.with_listener(move |p| s(p));
                }
                Ok(Backend::Aws(iam))
            }
        }
    }

    pub fn partition(&self) -> Partition {
        match self {
            Backend::Mock(m, _) => m.partition(),
            Backend::Aws(a) => a.partition(),
        }
    }

    pub fn region(&self) -> Option<String> {
        match self {
            Backend::Mock(_, r) => r.clone(),
            // A fallback region is good enough to reach IAM, not to name a cluster's region.
            Backend::Aws(a) => a.configured_region().map(str::to_owned),
        }
    }
}

impl Iam for Backend {
    async fn account_id(&self) -> Result<AccountId, IamError> {
        match self {
            Backend::Mock(m, _) => m.account_id().await,
            Backend::Aws(a) => a.account_id().await,
        }
    }

    async fn observe(&self, req: &ObserveRequest) -> Result<Observation, IamError> {
        match self {
            Backend::Mock(m, _) => m.observe(req).await,
            Backend::Aws(a) => a.observe(req).await,
        }
    }

    async fn list_roles(&self, marker: Option<String>) -> Result<RolePage, IamError> {
        match self {
            Backend::Mock(m, _) => m.list_roles(marker).await,
            Backend::Aws(a) => a.list_roles(marker).await,
        }
    }

    async fn apply(&self, action: &Action) -> Result<(), IamError> {
        match self {
            Backend::Mock(m, _) => m.apply(action).await,
            Backend::Aws(a) => a.apply(action).await,
        }
    }

    async fn customer_policy_document(&self, name: &str) -> Result<Option<String>, IamError> {
        match self {
            Backend::Mock(m, _) => m.customer_policy_document(name).await,
            Backend::Aws(a) => a.customer_policy_document(name).await,
        }
    }

    async fn service_control_policies(&self, account: Option<&AccountId>) -> ScpRead {
        match self {
            Backend::Mock(m, _) => m.service_control_policies(account).await,
            Backend::Aws(a) => a.service_control_policies(account).await,
        }
    }

    async fn authorization_details(&self, marker: Option<String>) -> Result<DetailsPage, IamError> {
        match self {
            Backend::Mock(m, _) => m.authorization_details(marker).await,
            Backend::Aws(a) => a.authorization_details(marker).await,
        }
    }
}
