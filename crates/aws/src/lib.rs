//! rolecall-aws: the [`Iam`] trait over AWS IAM, through aws-sdk-iam.
//!
//! Configuration follows the AWS CLI: the standard credential chain, `--profile`, `--region`,
//! `--endpoint-url` and the `AWS_ENDPOINT_URL` / `AWS_ENDPOINT_URL_IAM` variables (read by
//! aws-config itself). An observation issues its independent calls concurrently. Right after a
//! create, IAM's eventual consistency is waited out with a bounded retry.

mod credentials;
pub mod org;
mod policies;

use std::future::Future;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use aws_config::timeout::TimeoutConfig;
use aws_config::{BehaviorVersion, Region};
use aws_sdk_iam::error::{ProvideErrorMetadata, SdkError};
use aws_sdk_iam::Client;
use aws_smithy_runtime_api::http::Response as HttpResponse;
use percent_encoding::percent_decode_str;
use rolecall_core::backend::{
    Action, AttachedPolicy, BadAnswer, Detail, DetailsPage, ErrorCode, Iam, IamError, InstanceProfileInfo, Observation, ObserveRequest, ObservedRole, Oversized,
    RolePage, RolePolicies, RoleSummary, ScpRead,
};
use rolecall_core::input::AccountId;
use rolecall_policy::document::MAX_DOCUMENT_BYTES;
use rolecall_core::Partition;

pub use credentials::{shared_file, Secrets};

/// What the user chose on the command line.
#[derive(Debug, Clone, Default)]
pub struct AwsOptions {
    pub profile: Option<String>,
    pub region: Option<String>,
    pub endpoint_url: Option<String>,
    /// Per-attempt read timeout (the AWS CLI's `--cli-read-timeout`) [default: 60 s].
    pub read_timeout: Option<Duration>,
    /// Per-attempt connect timeout (the AWS CLI's `--cli-connect-timeout`) [default: 60 s].
    pub connect_timeout: Option<Duration>,
    /// The bound on one IAM call with all its attempts (the SDK's operation timeout) [default: 120 s].
    pub operation_timeout: Option<Duration>,
    /// How long to wait out IAM's eventual consistency after a create, and how often to retry.
    pub consistency: Consistency,
    /// Client-side rate limiting that backs off when IAM throttles (for many calls, as in audit),
    /// unless `AWS_RETRY_MODE` chooses a mode.
    pub adaptive_retry: bool,
    /// Where the secrets of the credentials in use are noted, so that no message shows them.
    pub secrets: Secrets,
}

/// The bounded retry for IAM's eventual consistency: waits that start at `interval` and double
/// up to `max_interval`, for at most `limit` of waiting in all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Consistency {
    pub interval: Duration,
    pub max_interval: Duration,
    pub limit: Duration,
}

impl Default for Consistency {
    fn default() -> Self {
        Consistency { interval: Duration::from_secs(1), max_interval: Duration::from_secs(8), limit: Duration::from_secs(120) }
    }
}

impl Consistency {
    /// The waits between attempts, in order: exponential from `interval`, capped at
    /// `max_interval`, ending before their sum would pass `limit`. A pure sequence, so the
    /// schedule is tested without a clock.
    pub fn waits(self) -> impl Iterator<Item = Duration> {
        let mut next = self.interval;
        let mut total = Duration::ZERO;
        std::iter::from_fn(move || {
            let wait = next.min(self.max_interval);
            if wait.is_zero() || total + wait > self.limit {
                return None;
            }
            total += wait;
            next = next.saturating_mul(2);
            Some(wait)
        })
    }
}

/// Something worth telling a person while it happens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Progress {
    /// A call is retried while IAM catches up with a create (after waiting `wait`).
    WaitingForConsistency { operation: &'static str, attempt: u32, wait: Duration },
    /// The retries of that call are over (it succeeded, or failed for good).
    DoneWaiting { operation: &'static str },
    /// A call finished (for `--verbose`).
    Call { operation: &'static str, millis: u128, ok: bool },
}

type Listener = Arc<dyn Fn(&Progress) + Send + Sync>;

/// IAM in an AWS account.
#[derive(Clone)]
pub struct AwsIam {
    /// The configuration the clients were built from (for the clients of other accounts).
    conf: Arc<aws_config::SdkConfig>,
    secrets: Secrets,
    iam: Client,
    sts: aws_sdk_sts::Client,
    /// Organizations, for the SCPs above the account (and `audit --organization`'s accounts).
    orgs: aws_sdk_organizations::Client,
    region: String,
    /// Whether the region came from the options or the configuration (not a fallback).
    region_configured: bool,
    partition: Partition,
    consistency: Consistency,
    created: Arc<AtomicBool>,
    listener: Option<Listener>,
    profile: Option<String>,
    /// Why credentials are missing, worked out once.
    no_credentials: Arc<tokio::sync::OnceCell<Option<IamError>>>,
}

impl std::fmt::Debug for AwsIam {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the config: it can hold credentials.
        f.debug_struct("AwsIam").field("region", &self.region).field("partition", &self.partition).finish_non_exhaustive()
    }
}

/// The region IAM is reached through when none is configured.
pub const DEFAULT_REGION: &str = "us-east-1";

/// How long one attempt waits for the first byte of an answer, as the AWS CLI's default.
pub const DEFAULT_READ_TIMEOUT: Duration = Duration::from_secs(60);
/// How long one attempt waits for a connection, as the AWS CLI's default.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(60);
/// How long one IAM call may take with all its attempts, so that a stalled endpoint ends the run.
pub const DEFAULT_OPERATION_TIMEOUT: Duration = Duration::from_secs(120);

/// The timeouts the clients are built with: the options, else the defaults above. One attempt
/// is bounded by its connect and read timeouts together (an answer that starts and then stalls
/// ends there too); one call, with every retry, by the operation timeout, which by default is
/// never shorter than one whole attempt (raising the read timeout alone is not cut short).
pub fn timeout_config(opts: &AwsOptions) -> TimeoutConfig {
    let read = opts.read_timeout.unwrap_or(DEFAULT_READ_TIMEOUT);
    let connect = opts.connect_timeout.unwrap_or(DEFAULT_CONNECT_TIMEOUT);
    let operation = opts.operation_timeout.unwrap_or(DEFAULT_OPERATION_TIMEOUT.max(read + connect));
    TimeoutConfig::builder()
        .read_timeout(read)
        .connect_timeout(connect)
        .operation_attempt_timeout(read + connect)
        .operation_timeout(operation)
        .build()
}

/// The one HTTP client of every SDK client rolecall builds (IAM, STS, Organizations, and the
/// credential providers aws-config makes): hyper 1 with rustls on ring, trusting the system's
/// certificate store. The SDK crates are built without a client of their own (see the workspace
/// `Cargo.toml`), so a client made without this one fails on its first request instead of quietly
/// using a second TLS stack. The system's certificates are read on the first request, not when a
/// client is built: a command that sends nothing (`show` of a role that needs no account) does
/// not read them.
pub fn http_client() -> aws_smithy_runtime_api::client::http::SharedHttpClient {
    use aws_smithy_http_client::tls::{rustls_provider::CryptoMode, Provider};
    let inner = aws_smithy_http_client::Builder::new().tls_provider(Provider::Rustls(CryptoMode::Ring)).build_https();
    aws_smithy_runtime_api::client::http::SharedHttpClient::new(FirstRequest(inner))
}

/// An HTTP client whose connector (and trust store) is made on the first request: the SDK's
/// client validates its configuration when built, and hyper's client loads the system's
/// certificates then; this one skips that step.
#[derive(Debug)]
struct FirstRequest(aws_smithy_runtime_api::client::http::SharedHttpClient);

impl aws_smithy_runtime_api::client::http::HttpClient for FirstRequest {
    fn http_connector(
        &self,
        settings: &aws_smithy_runtime_api::client::http::HttpConnectorSettings,
        components: &aws_smithy_runtime_api::client::runtime_components::RuntimeComponents,
    ) -> aws_smithy_runtime_api::client::http::SharedHttpConnector {
        self.0.http_connector(settings, components)
    }

    fn connector_metadata(&self) -> Option<aws_smithy_runtime_api::client::connector_metadata::ConnectorMetadata> {
        self.0.connector_metadata()
    }
}

impl AwsIam {
    /// Loads the shared configuration and builds the clients. Nothing is sent yet.
    /// `fallback_region` is used when neither the options nor the configuration name one.
    /// A `--profile` that is in neither shared file is an error here, before any call, even when
    /// the environment holds credentials (as the AWS CLI says "The config profile could not be
    /// found"): the profile the user named wins over what the SDK would fall back to.
    pub async fn connect(opts: &AwsOptions, fallback_region: Option<&str>) -> Result<AwsIam, IamError> {
        let mut loader = aws_config::defaults(BehaviorVersion::latest()).http_client(http_client());
        if let Some(p) = &opts.profile {
            if let Some(e) = credentials::explicit_profile_problem(p).await {
                return Err(e);
            }
            loader = loader.profile_name(p);
        }
        if let Some(r) = &opts.region {
            loader = loader.region(Region::new(r.clone()));
        }
        if let Some(u) = &opts.endpoint_url {
            loader = loader.endpoint_url(u);
        }
        loader = loader.timeout_config(timeout_config(opts));
        if opts.adaptive_retry && std::env::var_os("AWS_RETRY_MODE").is_none() {
            let attempts = std::env::var("AWS_MAX_ATTEMPTS").ok().and_then(|v| v.parse::<u32>().ok()).filter(|n| *n >= 1).unwrap_or(5);
            loader = loader.retry_config(aws_config::retry::RetryConfig::adaptive().with_max_attempts(attempts));
        }
        Ok(AwsIam::from_sdk_config(loader.load().await, opts, fallback_region))
    }

    /// The clients of a configuration already loaded (an embedding program's, or a test's), with
    /// the options `connect` does not load: the consistency waits, where secrets are noted, the
    /// profile named in messages. Its HTTP client should be [`http_client`]. Nothing is sent yet.
    pub fn from_sdk_config(mut conf: aws_config::SdkConfig, opts: &AwsOptions, fallback_region: Option<&str>) -> AwsIam {
        let region_configured = conf.region().is_some();
        let region = match conf.region() {
            Some(r) => r.to_string(),
            None => {
                let r = fallback_region.unwrap_or(DEFAULT_REGION).to_owned();
                conf = conf.into_builder().region(Region::new(r.clone())).build();
                r
            }
        };
        if let Some(inner) = conf.credentials_provider() {
            let noting = credentials::Noting { inner, secrets: opts.secrets.clone() };
            conf = conf.into_builder().credentials_provider(aws_credential_types::provider::SharedCredentialsProvider::new(noting)).build();
        }
        AwsIam {
            iam: Client::new(&conf),
            sts: aws_sdk_sts::Client::new(&conf),
            orgs: aws_sdk_organizations::Client::new(&conf),
            secrets: opts.secrets.clone(),
            conf: Arc::new(conf),
            partition: Partition::of_region(&region),
            region,
            region_configured,
            consistency: opts.consistency,
            created: Arc::new(AtomicBool::new(false)),
            listener: None,
            profile: opts.profile.clone(),
            no_credentials: Arc::new(tokio::sync::OnceCell::new()),
        }
    }

    /// The same client options with another configuration (another account's credentials).
    pub(crate) fn with_config(&self, conf: aws_config::SdkConfig) -> AwsIam {
        AwsIam {
            iam: Client::new(&conf),
            sts: aws_sdk_sts::Client::new(&conf),
            orgs: aws_sdk_organizations::Client::new(&conf),
            conf: Arc::new(conf),
            secrets: self.secrets.clone(),
            region: self.region.clone(),
            region_configured: self.region_configured,
            partition: self.partition,
            consistency: self.consistency,
            created: Arc::new(AtomicBool::new(false)),
            listener: self.listener.clone(),
            profile: self.profile.clone(),
            no_credentials: Arc::new(tokio::sync::OnceCell::new()),
        }
    }

    /// Calls `f` for progress worth showing.
    pub fn with_listener(mut self, f: impl Fn(&Progress) + Send + Sync + 'static) -> Self {
        self.listener = Some(Arc::new(f));
        self
    }

    /// The region the clients use.
    pub fn region(&self) -> &str {
        &self.region
    }

    /// The region, if the options or the configuration chose it (rather than a fallback).
    pub fn configured_region(&self) -> Option<&str> {
        self.region_configured.then_some(self.region.as_str())
    }

    /// The partition of that region.
    pub fn partition(&self) -> Partition {
        self.partition
    }

    /// The timeouts the IAM client was built with.
    pub fn timeouts(&self) -> Option<TimeoutConfig> {
        self.iam.config().timeout_config().cloned()
    }

    fn tell(&self, p: Progress) {
        if let Some(l) = &self.listener {
            l(&p);
        }
    }

    /// Times a call for `--verbose` and turns its error into an [`IamError`].
    async fn call<T, E, F>(&self, operation: &'static str, f: F) -> Result<T, IamError>
    where
        F: Future<Output = Result<T, SdkError<E, HttpResponse>>>,
        E: ProvideErrorMetadata + std::error::Error + 'static,
    {
        let start = Instant::now();
        let r = f.await;
        self.tell(Progress::Call { operation, millis: start.elapsed().as_millis(), ok: r.is_ok() });
        match r {
            Ok(v) => Ok(v),
            Err(e) => {
                let e = to_iam_error(&e);
                if e.code != ErrorCode::NoCredentials {
                    return Err(e.during(operation));
                }
                let why = self.no_credentials.get_or_init(|| credentials::diagnose(self.profile.as_deref())).await;
                Err(why.clone().unwrap_or(e).during(operation))
            }
        }
    }
}

/// Decodes a policy document as IAM sends it (URL-encoded JSON). A document over
/// [`MAX_DOCUMENT_BYTES`] is an error, not something to parse: IAM's own largest are a few KB.
pub fn decode_document(s: &str, operation: &str) -> Result<String, IamError> {
    let too_large = |size: usize| {
        IamError::of(ErrorCode::TooLarge(Oversized::PolicyDocument))
            .with(Detail::Size, size.to_string())
            .with(Detail::Limit, MAX_DOCUMENT_BYTES.to_string())
            .during(operation)
    };
    // Each decoded byte takes one to three characters.
    if s.len() > 3 * MAX_DOCUMENT_BYTES {
        return Err(too_large(s.len()));
    }
    let doc = percent_decode_str(s).decode_utf8_lossy().into_owned();
    if doc.len() > MAX_DOCUMENT_BYTES {
        return Err(too_large(doc.len()));
    }
    Ok(doc)
}

fn chain_mentions(e: &(dyn std::error::Error + 'static), needle: &str) -> bool {
    let mut cur: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(err) = cur {
        if err.to_string().to_ascii_lowercase().contains(needle) {
            return true;
        }
        cur = err.source();
    }
    false
}

/// An answer that is not IAM's: its HTTP status and content type.
fn not_iam(raw: &HttpResponse) -> IamError {
    // Cannot hide a failure: the content type only describes an answer already refused.
    let content_type = raw.headers().get("content-type").unwrap_or_default();
    IamError::of(ErrorCode::NotIam)
        .with(Detail::Status, raw.status().as_u16().to_string())
        .with(Detail::ContentType, content_type.chars().take(100).collect::<String>())
}

/// Whether an answer says it is XML, as every IAM answer does.
fn is_xml(raw: &HttpResponse) -> bool {
    raw.headers().get("content-type").is_some_and(|t| t.to_ascii_lowercase().contains("xml"))
}

/// Maps an SDK error to rolecall's terms. The message is IAM's own, or none (the code says what
/// happened): nothing from the request (which is signed with credentials) is ever copied in.
pub fn to_iam_error<E>(e: &SdkError<E, HttpResponse>) -> IamError
where
    E: ProvideErrorMetadata + std::error::Error + 'static,
{
    match e {
        SdkError::ServiceError(se) => {
            let err = se.err();
            match err.code() {
                // Cannot hide a failure: the error keeps IAM's code; the message is only IAM's words.
                Some(code) => IamError::new(ErrorCode::from_code(code), err.message().unwrap_or_default()),
                // An error without IAM's ErrorResponse: a proxy's page, a load balancer, noise.
                None => not_iam(se.raw()),
            }
        }
        SdkError::TimeoutError(_) => IamError::of(ErrorCode::Timeout),
        SdkError::DispatchFailure(d) => {
            if d.is_timeout() {
                IamError::of(ErrorCode::Timeout)
            } else if chain_mentions(e, "credential") {
                IamError::of(ErrorCode::NoCredentials)
            } else {
                // A connection that failed, or a request that could not be sent.
                IamError::of(ErrorCode::Unreachable)
            }
        }
        SdkError::ResponseError(re) if !is_xml(re.raw()) => not_iam(re.raw()),
        SdkError::ResponseError(_) => IamError::of(ErrorCode::BadResponse(BadAnswer::Unreadable)),
        SdkError::ConstructionFailure(_) => {
            if chain_mentions(e, "credential") {
                IamError::of(ErrorCode::NoCredentials)
            } else {
                IamError::of(ErrorCode::RequestConstruction)
            }
        }
        _ => {
            if chain_mentions(e, "credential") {
                IamError::of(ErrorCode::NoCredentials)
            } else {
                IamError::of(ErrorCode::Unknown)
            }
        }
    }
}

fn absent<T>(r: Result<T, IamError>) -> Result<Option<T>, IamError> {
    match r {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.code == ErrorCode::NoSuchEntity => Ok(None),
        Err(e) => Err(e),
    }
}

impl AwsIam {
    async fn get_role(&self, name: &str) -> Result<Option<aws_sdk_iam::types::Role>, IamError> {
        let out = absent(self.call("GetRole", self.iam.get_role().role_name(name).send()).await)?;
        match out {
            None => Ok(None),
            Some(o) => match o.role {
                // The SDK's XML reader is lenient: a truncated answer can yield an empty Role.
                Some(r) if !r.role_name().is_empty() && !r.arn().is_empty() => Ok(Some(r)),
                // A success without the role is an answer we could not read, not a missing role.
                _ => Err(IamError::of(ErrorCode::BadResponse(BadAnswer::NoRole)).during("GetRole")),
            },
        }
    }

    async fn attached(&self, role: &str) -> Result<Option<Vec<AttachedPolicy>>, IamError> {
        let mut out = Vec::new();
        let mut marker: Option<String> = None;
        loop {
            let page = self.call("ListAttachedRolePolicies", self.iam.list_attached_role_policies().role_name(role).max_items(1000).set_marker(marker.clone()).send());
            let Some(page) = absent(page.await)? else { return Ok(None) };
            for p in page.attached_policies() {
                let (Some(name), Some(arn)) = (p.policy_name(), p.policy_arn()) else {
                    return Err(IamError::of(ErrorCode::BadResponse(BadAnswer::Unreadable)).during("ListAttachedRolePolicies"));
                };
                out.push(AttachedPolicy { name: name.to_owned(), arn: arn.to_owned() });
            }
            marker = page.marker().filter(|_| page.is_truncated()).map(str::to_owned);
            if marker.is_none() {
                return Ok(Some(out));
            }
        }
    }

    async fn profiles(&self, role: &str) -> Result<Option<Vec<InstanceProfileInfo>>, IamError> {
        let mut out = Vec::new();
        let mut marker: Option<String> = None;
        loop {
            let page = self.call(
                "ListInstanceProfilesForRole",
                self.iam.list_instance_profiles_for_role().role_name(role).max_items(1000).set_marker(marker.clone()).send(),
            );
            let Some(page) = absent(page.await)? else { return Ok(None) };
            out.extend(page.instance_profiles().iter().map(profile_info));
            marker = page.marker().filter(|_| page.is_truncated()).map(str::to_owned);
            if marker.is_none() {
                return Ok(Some(out));
            }
        }
    }

    async fn inline(&self, role: &str, name: &str) -> Result<Option<(String, String)>, IamError> {
        let r = self.call("GetRolePolicy", self.iam.get_role_policy().role_name(role).policy_name(name).send()).await;
        absent(r)?.map(|o| Ok((name.to_owned(), decode_document(o.policy_document(), "GetRolePolicy")?))).transpose()
    }

    async fn policy_exists(&self, arn: &str) -> Result<(String, bool), IamError> {
        let r = self.call("GetPolicy", self.iam.get_policy().policy_arn(arn).send()).await;
        Ok((arn.to_owned(), absent(r)?.is_some()))
    }

    async fn instance_profile(&self, name: &str) -> Result<Option<InstanceProfileInfo>, IamError> {
        let r = self.call("GetInstanceProfile", self.iam.get_instance_profile().instance_profile_name(name).send()).await;
        Ok(absent(r)?.and_then(|o| o.instance_profile.as_ref().map(profile_info)))
    }

    async fn send(&self, action: &Action) -> Result<(), IamError> {
        let iam = &self.iam;
        let op = action.api_name();
        fn done<T>(r: Result<T, IamError>) -> Result<(), IamError> {
            r.map(|_| ())
        }
        let r = match action.clone() {
            Action::CreateRole { role_name, path, assume_role_policy_document, description } => done(
                self.call(op, iam.create_role().role_name(role_name).path(path).assume_role_policy_document(assume_role_policy_document).description(description).send())
                    .await,
            ),
            Action::UpdateAssumeRolePolicy { role_name, policy_document } => {
                done(self.call(op, iam.update_assume_role_policy().role_name(role_name).policy_document(policy_document).send()).await)
            }
            Action::CreatePolicy { policy_name, policy_document } => {
                done(self.call(op, iam.create_policy().policy_name(policy_name).policy_document(policy_document).send()).await)
            }
            Action::AttachRolePolicy { role_name, policy_arn } => {
                done(self.call(op, iam.attach_role_policy().role_name(role_name).policy_arn(policy_arn).send()).await)
            }
            Action::DetachRolePolicy { role_name, policy_arn } => {
                done(self.call(op, iam.detach_role_policy().role_name(role_name).policy_arn(policy_arn).send()).await)
            }
            Action::PutRolePolicy { role_name, policy_name, policy_document } => {
                done(self.call(op, iam.put_role_policy().role_name(role_name).policy_name(policy_name).policy_document(policy_document).send()).await)
            }
            Action::CreateInstanceProfile { instance_profile_name, path } => {
                done(self.call(op, iam.create_instance_profile().instance_profile_name(instance_profile_name).path(path).send()).await)
            }
            Action::AddRoleToInstanceProfile { instance_profile_name, role_name } => {
                done(self.call(op, iam.add_role_to_instance_profile().instance_profile_name(instance_profile_name).role_name(role_name).send()).await)
            }
        };
        // Once something is created, IAM may not show it everywhere at once.
        if r.is_ok() && action.is_create() {
            self.created.store(true, Ordering::SeqCst);
        }
        r
    }
}

/// The AWS managed policy an action attaches, if it attaches one (`arn:PARTITION:iam::aws:policy/...`).
pub fn attached_aws_managed_policy(action: &Action) -> Option<&str> {
    match action {
        Action::AttachRolePolicy { policy_arn, .. } if policy_arn.split(':').nth(4) == Some("aws") && policy_arn.split(':').nth(5).is_some_and(|r| r.starts_with("policy/")) => {
            Some(policy_arn)
        }
        _ => None,
    }
}

impl AwsIam {
    /// After a `NoSuchEntity` on attaching an AWS managed policy: the error that names the
    /// policy and the partition when GetPolicy finds no such policy. `None` when the policy is
    /// there (the missing entity is the role) or GetPolicy cannot tell.
    async fn missing_managed_policy(&self, action: &Action, e: &IamError) -> Option<IamError> {
        let arn = attached_aws_managed_policy(action).filter(|_| e.code == ErrorCode::NoSuchEntity)?;
        match self.policy_exists(arn).await {
            Ok((_, false)) => Some(
                IamError::new(ErrorCode::ManagedPolicyMissing, e.message.clone())
                    .with(Detail::Policy, arn)
                    .with(Detail::Partition, self.partition.id())
                    .during(action.api_name()),
            ),
            _ => None,
        }
    }
}

/// Whether an error is IAM catching up with something just created.
pub fn is_eventual_consistency(action: &Action, e: &IamError) -> bool {
    match e.code {
        ErrorCode::NoSuchEntity => !action.is_create(),
        ErrorCode::MalformedPolicyDocument => e.message.contains("Invalid principal in policy"),
        _ => false,
    }
}

fn profile_info(p: &aws_sdk_iam::types::InstanceProfile) -> InstanceProfileInfo {
    InstanceProfileInfo {
        name: p.instance_profile_name().to_owned(),
        arn: p.arn().to_owned(),
        roles: p.roles().iter().map(|r| r.role_name().to_owned()).collect(),
    }
}

impl Iam for AwsIam {
    async fn account_id(&self) -> Result<AccountId, IamError> {
        let out = self.call("GetCallerIdentity", self.sts.get_caller_identity().send()).await?;
        // Cannot hide a failure: an empty account ID is refused just below (`NoAccountId`).
        let account = out.account().unwrap_or_default();
        AccountId::parse(account).map_err(|_| IamError::of(ErrorCode::BadResponse(BadAnswer::NoAccountId)).during("GetCallerIdentity"))
    }

    /// One round trip, or with [`ObserveRequest::permissions`] at most three: GetRole,
    /// ListAttachedRolePolicies, ListRolePolicies, ListInstanceProfilesForRole and the request's
    /// own reads first; then GetRolePolicy for every other inline policy, GetPolicy for every
    /// attached policy and the boundary; then GetPolicyVersion for each. Each chain goes on as soon
    /// as its own answer arrives. With `permissions`, GetRole is read even for a role ListRoles
    /// gave (ListRoles has neither the boundary nor the tags).
    async fn observe(&self, req: &ObserveRequest) -> Result<Observation, IamError> {
        let name = req.role.as_str();
        let inline = async {
            let mut out = Vec::new();
            let found = futures_util::future::join_all(req.inline_policies.iter().map(|n| self.inline(name, n))).await;
            for r in found {
                out.extend(r?);
            }
            Ok::<_, IamError>(out)
        };
        // Every other inline policy, after ListRolePolicies.
        let other_inline = async {
            if !req.permissions {
                return Ok(None);
            }
            let Some(names) = self.inline_names(name).await? else { return Ok(None) };
            let rest = policies::read_rest(self, name, &names, &req.inline_policies).await?;
            Ok::<_, IamError>(Some((names, rest)))
        };
        // The attached policies, and with `permissions` each one's default version.
        let attached = async {
            let list = self.attached(name).await?;
            let mut versions = Vec::new();
            if let (true, Some(list)) = (req.permissions, &list) {
                for v in futures_util::future::join_all(list.iter().map(|p| self.default_version(&p.arn))).await {
                    versions.extend(v?);
                }
            }
            Ok::<_, IamError>((list, versions))
        };
        let policies = async {
            let found = futures_util::future::join_all(req.customer_policies.iter().map(|a| self.policy_exists(a))).await;
            found.into_iter().collect::<Result<Vec<_>, _>>()
        };
        let profile = async {
            match &req.instance_profile {
                Some(n) => self.instance_profile(n).await,
                None => Ok(None),
            }
        };
        let role = async {
            match &req.listed {
                // ListRoles already gave the role and its trust: no GetRole.
                Some(l) if !req.permissions => Ok(Some((l.name.clone(), l.arn.clone(), l.path.clone(), l.trust.clone(), None))),
                _ => match self.get_role(name).await? {
                    None => Ok(None),
                    Some(r) => {
                        // Cannot hide a failure: a role without a trust policy reads as an empty one, which is reported (`trust-invalid`).
                        let trust = decode_document(r.assume_role_policy_document().unwrap_or_default(), "GetRole")?;
                        let extra = if req.permissions {
                            let arn = r.permissions_boundary().and_then(|b| b.permissions_boundary_arn()).map(str::to_owned);
                            let tags: Vec<(String, String)> = r.tags().iter().map(|t| (t.key().to_owned(), t.value().to_owned())).collect();
                            Some((self.boundary(name, arn).await?, tags))
                        } else {
                            None
                        };
                        Ok(Some((r.role_name().to_owned(), r.arn().to_owned(), r.path().to_owned(), trust, extra)))
                    }
                },
            }
        };
        // Every chain at once: each is at most three calls deep.
        let (role, attached, profiles, inline, other_inline, policies, profile) =
            tokio::join!(role, attached, self.profiles(name), inline, other_inline, policies, profile);
        let role = role?.map(|(name, arn, path, trust, extra)| -> Result<ObservedRole, IamError> {
            let (attached, versions) = attached?;
            let inline = inline?;
            let policies = match extra {
                None => None,
                Some((boundary, tags)) => {
                    // Cannot hide a failure: `None` is a role deleted while it was observed, as above.
                    let (names, rest) = other_inline?.unwrap_or_default();
                    Some(RolePolicies { inline: policies::all_inline(&names, &inline, &rest), attached: versions, boundary, tags })
                }
            };
            Ok(ObservedRole {
                name,
                arn,
                path,
                trust,
                // Cannot hide a failure: Both lines: `None` is a role deleted while it was observed; IAM now lists nothing for it.
                attached: attached.unwrap_or_default(),
                instance_profiles: profiles?.unwrap_or_default(),
                inline,
                policies,
                create_date: None,
            })
        });
        Ok(Observation { role: role.transpose()?, customer_policies: policies?, instance_profile: profile?, scps: None, permissions_read: req.permissions })
    }

    async fn service_control_policies(&self, account: Option<&AccountId>) -> ScpRead {
        self.scps(account).await
    }

    async fn authorization_details(&self, marker: Option<String>) -> Result<DetailsPage, IamError> {
        self.details(marker).await
    }

    async fn list_roles(&self, marker: Option<String>) -> Result<RolePage, IamError> {
        let page = self.call("ListRoles", self.iam.list_roles().max_items(1000).set_marker(marker).send()).await?;
        let roles = page
            .roles()
            .iter()
            .map(|r| {
                Ok(RoleSummary {
                    name: r.role_name().to_owned(),
                    arn: r.arn().to_owned(),
                    path: r.path().to_owned(),
                    // Cannot hide a failure: a role without a trust policy reads as an empty one, which is reported (`audit-trust-unreadable`).
                    trust: decode_document(r.assume_role_policy_document().unwrap_or_default(), "ListRoles")?,
                })
            })
            .collect::<Result<_, IamError>>()?;
        Ok(RolePage { roles, marker: page.marker().filter(|_| page.is_truncated()).map(str::to_owned) })
    }

    async fn customer_policy_document(&self, name: &str) -> Result<Option<String>, IamError> {
        let account = self.account_id().await?;
        let arn = rolecall_core::arn::customer_policy(self.partition, account.as_str(), name);
        let Some(policy) = absent(self.call("GetPolicy", self.iam.get_policy().policy_arn(&arn).send()).await)?.and_then(|o| o.policy) else {
            return Ok(None);
        };
        let Some(version) = policy.default_version_id() else { return Ok(None) };
        let out = absent(self.call("GetPolicyVersion", self.iam.get_policy_version().policy_arn(&arn).version_id(version).send()).await)?;
        out.and_then(|o| o.policy_version).and_then(|v| v.document().map(|d| decode_document(d, "GetPolicyVersion"))).transpose()
    }

    async fn apply(&self, action: &Action) -> Result<(), IamError> {
        let operation = action.api_name();
        let mut waits = self.consistency.waits();
        let mut attempt = 0u32;
        let mut looked = false;
        let r = loop {
            let e = match self.send(action).await {
                Ok(()) => break Ok(()),
                Err(e) => e,
            };
            // An AWS managed policy is never just created: one GetPolicy tells a policy the
            // partition lacks (a failure now) from a role IAM has not caught up with.
            if !looked {
                looked = true;
                if let Some(missing) = self.missing_managed_policy(action, &e).await {
                    break Err(missing);
                }
            }
            let wait = if self.created.load(Ordering::SeqCst) && is_eventual_consistency(action, &e) { waits.next() } else { None };
            let Some(wait) = wait else { break Err(e) };
            attempt += 1;
            self.tell(Progress::WaitingForConsistency { operation, attempt, wait });
            tokio::time::sleep(wait).await;
        };
        if attempt > 0 {
            self.tell(Progress::DoneWaiting { operation });
        }
        r
    }
}

/// Runs futures concurrently and collects their outputs in order.
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_timeouts_are_the_aws_clis_and_bound_each_call() {
        let t = timeout_config(&AwsOptions::default());
        assert_eq!(t.read_timeout(), Some(Duration::from_secs(60)));
        assert_eq!(t.connect_timeout(), Some(Duration::from_secs(60)));
        assert_eq!(t.operation_attempt_timeout(), Some(Duration::from_secs(120)));
        assert_eq!(t.operation_timeout(), Some(Duration::from_secs(120)));
    }

    #[test]
    fn timeout_options_replace_the_defaults() {
        let opts = AwsOptions {
            read_timeout: Some(Duration::from_secs(5)),
            connect_timeout: Some(Duration::from_secs(2)),
            operation_timeout: Some(Duration::from_secs(9)),
            ..AwsOptions::default()
        };
        let t = timeout_config(&opts);
        assert_eq!((t.read_timeout(), t.connect_timeout()), (Some(Duration::from_secs(5)), Some(Duration::from_secs(2))));
        assert_eq!(t.operation_attempt_timeout(), Some(Duration::from_secs(7)));
        assert_eq!(t.operation_timeout(), Some(Duration::from_secs(9)));
        // A longer read timeout alone lengthens the default bound to one whole attempt.
        let t = timeout_config(&AwsOptions { read_timeout: Some(Duration::from_secs(300)), ..AwsOptions::default() });
        assert_eq!(t.operation_timeout(), Some(Duration::from_secs(360)));
    }

    /// The clients are built with those timeouts (not the SDK's own defaults, which have no
    /// read or operation timeout).
    #[tokio::test]
    async fn the_clients_are_built_with_the_timeouts() {
        let opts = AwsOptions { region: Some("us-west-2".into()), endpoint_url: Some("http://127.0.0.1:9".into()), ..AwsOptions::default() };
        let iam = AwsIam::connect(&opts, None).await.unwrap();
        assert_eq!(iam.timeouts(), Some(timeout_config(&AwsOptions::default())));
        let opts = AwsOptions { operation_timeout: Some(Duration::from_secs(3)), ..opts };
        let iam = AwsIam::connect(&opts, None).await.unwrap();
        assert_eq!(iam.timeouts().and_then(|t| t.operation_timeout()), Some(Duration::from_secs(3)));
    }

    #[test]
    fn documents_are_decoded() {
        assert_eq!(decode_document("%7B%22Version%22%3A%222012-10-17%22%7D", "GetRole").unwrap(), r#"{"Version":"2012-10-17"}"#);
        assert_eq!(decode_document("a%20b+c", "GetRole").unwrap(), "a b+c");
    }

    #[test]
    fn documents_over_the_bound_are_refused_before_parsing() {
        let at_bound = "a".repeat(MAX_DOCUMENT_BYTES);
        assert_eq!(decode_document(&at_bound, "GetRole").unwrap().len(), MAX_DOCUMENT_BYTES);
        let e = decode_document(&format!("{at_bound}a"), "GetRole").unwrap_err();
        assert_eq!((&e.code, e.operation.as_deref(), e.detail(Detail::Size)), (&ErrorCode::TooLarge(Oversized::PolicyDocument), Some("GetRole"), Some("1048577")));
        // Encoded, each byte takes three characters.
        assert!(decode_document(&"%20".repeat(MAX_DOCUMENT_BYTES), "ListRoles").is_ok());
        let e = decode_document(&"%20".repeat(MAX_DOCUMENT_BYTES + 1), "ListRoles").unwrap_err();
        assert_eq!(e.code, ErrorCode::TooLarge(Oversized::PolicyDocument));
    }

    /// The waits double from one second to eight and stop within two minutes: 17 retries, not
    /// the 119 of a fixed one-second interval.
    #[test]
    fn consistency_waits_back_off_and_stop_at_the_limit() {
        let secs = |v: &[u64]| v.iter().map(|s| Duration::from_secs(*s)).collect::<Vec<_>>();
        let waits: Vec<Duration> = Consistency::default().waits().collect();
        assert_eq!(waits[..6], secs(&[1, 2, 4, 8, 8, 8])[..]);
        assert_eq!((waits.len(), waits.iter().sum::<Duration>()), (17, Duration::from_secs(119)));
        let short = Consistency { interval: Duration::from_millis(50), max_interval: Duration::from_millis(400), limit: Duration::from_secs(1) };
        assert!(short.waits().all(|w| w <= Duration::from_millis(400)));
        assert!(short.waits().sum::<Duration>() <= Duration::from_secs(1));
        assert_eq!(Consistency { interval: Duration::ZERO, ..Consistency::default() }.waits().count(), 0);
    }

    #[test]
    fn only_aws_managed_policies_are_looked_up_after_no_such_entity() {
        let attach = |arn: &str| Action::AttachRolePolicy { role_name: "r".into(), policy_arn: arn.into() };
        assert_eq!(attached_aws_managed_policy(&attach("arn:aws-cn:iam::aws:policy/AmazonEKSWorkerNodePolicy")), Some("arn:aws-cn:iam::aws:policy/AmazonEKSWorkerNodePolicy"));
        assert!(attached_aws_managed_policy(&attach("arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role")).is_some());
        // A customer managed policy may just have been created: IAM catching up, not missing.
        assert_eq!(attached_aws_managed_policy(&attach("arn:aws:iam::111122223333:policy/AmazonEKS_CNI_IPv6_Policy")), None);
        assert_eq!(attached_aws_managed_policy(&Action::DetachRolePolicy { role_name: "r".into(), policy_arn: "arn:aws:iam::aws:policy/X".into() }), None);
    }

    #[test]
    fn consistency_errors() {
        let attach = Action::AttachRolePolicy { role_name: "r".into(), policy_arn: "a".into() };
        let create = Action::CreateRole { role_name: "r".into(), path: "/".into(), assume_role_policy_document: "{}".into(), description: String::new() };
        assert!(is_eventual_consistency(&attach, &IamError::new(ErrorCode::NoSuchEntity, "x")));
        assert!(!is_eventual_consistency(&create, &IamError::new(ErrorCode::NoSuchEntity, "x")));
        assert!(is_eventual_consistency(&create, &IamError::new(ErrorCode::MalformedPolicyDocument, "Invalid principal in policy: x")));
        assert!(!is_eventual_consistency(&create, &IamError::new(ErrorCode::MalformedPolicyDocument, "This policy contains invalid Json")));
    }
}
