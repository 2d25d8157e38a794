//! IAM and STS over HTTP, in front of the mock's state file (`rolecall mock serve`).
//!
//! hyper reads the requests; [`crate::query`] answers them. Each request takes the state file's
//! lock (shared to read, exclusive to write), answers and lets go, so other runs of the mock
//! backend keep working beside the server, and every write is saved atomically before its answer
//! is sent. The state is parsed once per version of the file and shared by the requests
//! ([`StateCache`]). The partition is the one the server was given, else the one of the region
//! the request was signed for (SigV4's credential scope), else `aws`.
//!
//! Only what an SDK sends is answered: a request without a SigV4 `Authorization` header (any key
//! is accepted), with an `Origin` header (a web page's), or for a `Host` other than the loopback
//! names or the address it came to, on the served port (DNS rebinding), is refused with 403 in
//! the protocol's own error shape. Slow clients are cut off ([`Limits`]), connections over the
//! cap are answered 503, and a shutdown closes every connection at once.

use std::convert::Infallible;
use std::future::Future;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, AtomicU8, AtomicUsize, Ordering};
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use http_body_util::{BodyExt, Full, Limited};
use hyper::body::{Bytes, Incoming};
use hyper::header::{HeaderMap, HeaderValue, AUTHORIZATION, CONNECTION, CONTENT_TYPE, HOST, ORIGIN};
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use rolecall_core::backend::{Detail, ErrorCode, IamError, IoStep};
use rolecall_core::Partition;
use serde_json::json;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinSet;

use crate::{query, MockIam, StateCache};

/// The largest request body accepted; IAM's largest documents are a few KiB.
pub const MAX_BODY: usize = 1 << 20;

/// How long a shutdown waits for the state writes in flight (their connections are closed at once).
pub const DRAIN: Duration = Duration::from_secs(10);

/// How long clients may take, and how many may be connected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// From a request's first byte to the end of its headers.
    pub header: Duration,
    /// From the end of the headers to the end of the body.
    pub body: Duration,
    /// A kept-alive connection with no request.
    pub idle: Duration,
    /// Connections at once; those over it are answered 503 and closed.
    pub connections: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { header: Duration::from_secs(10), body: Duration::from_secs(30), idle: Duration::from_secs(60), connections: 256 }
    }
}

/// One answered request, for a log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Served {
    /// The operation (`CreateRole`), or empty when the request named none.
    pub action: String,
    pub status: u16,
    pub elapsed: Duration,
    /// Why the state could not be used (a corrupt file, one that cannot be read or written).
    pub problem: Option<IamError>,
}

type Log = Arc<dyn Fn(&Served) + Send + Sync>;

struct Shared {
    state: PathBuf,
    partition: Option<Partition>,
    log: Option<Log>,
    limits: Limits,
    cache: Arc<StateCache>,
    /// Held (shared) by each state operation in flight; a shutdown waits for them.
    inflight: Arc<tokio::sync::RwLock<()>>,
}

/// A listening server.
pub struct Server {
    listener: TcpListener,
    shared: Shared,
}

impl std::fmt::Debug for Server {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Server").field("addr", &self.listener.local_addr().ok()).field("state", &self.shared.state).field("limits", &self.shared.limits).finish_non_exhaustive()
    }
}

/// The region of a SigV4 `Authorization` header's credential scope (`Credential=AKID/DATE/REGION/iam/aws4_request`).
pub fn signing_region(headers: &HeaderMap) -> Option<String> {
    let auth = headers.get(AUTHORIZATION)?.to_str().ok()?;
    let scope = auth.split("Credential=").nth(1)?.split([',', ' ']).next()?;
    let region = scope.split('/').nth(2)?;
    (!region.is_empty()).then(|| region.to_owned())
}

/// Whether an address is on the loopback interface: a server elsewhere answers anyone who can
/// reach it, with no authentication.
pub fn is_loopback(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => v4.is_loopback(),
        IpAddr::V6(v6) => v6.is_loopback() || v6.to_ipv4_mapped().is_some_and(|v4| v4.is_loopback()),
    }
}

/// Whether a `Host` header names this server: 127.0.0.1, localhost, [::1] or the address the
/// connection came to, on the served port (80 when the header names none).
pub fn host_allowed(host: &str, local: SocketAddr) -> bool {
    let host = host.trim().to_ascii_lowercase();
    let (name, port) = match host.strip_prefix('[') {
        Some(rest) => match rest.split_once(']') {
            Some((ip, tail)) => (format!("[{ip}]"), tail.strip_prefix(':')),
            None => return false,
        },
        None => match host.rsplit_once(':') {
            Some((n, p)) => (n.to_owned(), Some(p)),
            None => (host.clone(), None),
        },
    };
    let port_ok = match port {
        Some(p) => p.parse::<u16>().is_ok_and(|p| p == local.port()),
        None => local.port() == 80,
    };
    let own = match local.ip() {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => v4.to_string(),
            None => format!("[{v6}]"),
        },
    };
    port_ok && (name == "127.0.0.1" || name == "localhost" || name == "[::1]" || name == own)
}

impl Server {
    /// Listens on `addr` (port 0: a free port) for the state file at `state`. With `partition`,
    /// every request is answered in that partition.
    pub async fn bind(addr: SocketAddr, state: PathBuf, partition: Option<Partition>) -> std::io::Result<Server> {
        let listener = TcpListener::bind(addr).await?;
        let shared = Shared { state, partition, log: None, limits: Limits::default(), cache: Arc::new(StateCache::new()), inflight: Arc::new(tokio::sync::RwLock::new(())) };
        Ok(Server { listener, shared })
    }

    /// Calls `f` after each answer.
    pub fn with_log(mut self, f: impl Fn(&Served) + Send + Sync + 'static) -> Self {
        self.shared.log = Some(Arc::new(f));
        self
    }

    /// Other timeouts and connection cap than [`Limits::default`].
    pub fn with_limits(mut self, limits: Limits) -> Self {
        self.shared.limits = limits;
        self
    }

    pub fn local_addr(&self) -> std::io::Result<SocketAddr> {
        self.listener.local_addr()
    }

    /// Serves until `shutdown` completes, then closes every connection at once and waits (at
    /// most [`DRAIN`]) for the state operations already under way, so that no write is cut off.
    pub async fn run(self, shutdown: impl Future<Output = ()>) {
        let shared = Arc::new(self.shared);
        let started = Instant::now();
        let active = Arc::new(AtomicUsize::new(0));
        let mut tasks = JoinSet::new();
        let mut shutdown = std::pin::pin!(shutdown);
        loop {
            tokio::select! {
                accepted = self.listener.accept() => {
                    let stream = match accepted {
                        Ok((stream, _)) => stream,
                        Err(_) => {
                            // Out of file descriptors and the like: let it pass.
                            tokio::time::sleep(Duration::from_millis(20)).await;
                            continue;
                        }
                    };
                    if active.load(Ordering::Acquire) >= shared.limits.connections {
                        refuse_busy(&stream, shared.limits.connections);
                        continue;
                    }
                    active.fetch_add(1, Ordering::AcqRel);
                    let guard = Active(active.clone());
                    tasks.spawn(connection(stream, shared.clone(), started, guard));
                }
                Some(_) = tasks.join_next(), if !tasks.is_empty() => {}
                () = &mut shutdown => break,
            }
        }
        drop(self.listener);
        tasks.shutdown().await;
        let _ = tokio::time::timeout(DRAIN, shared.inflight.write()).await;
    }
}

/// Counts a connection until it ends.
struct Active(Arc<AtomicUsize>);

impl Drop for Active {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::AcqRel);
    }
}

/// Answers a connection over the cap with 503, without waiting for it.
fn refuse_busy(stream: &TcpStream, cap: usize) {
    let r = query::error_response(ErrorCode::Other("ServiceUnavailable".into()), &format!("The server is answering {cap} connections, its limit; try again."));
    let head = format!("HTTP/1.1 503 Service Unavailable\r\ncontent-type: text/xml\r\ncontent-length: {}\r\nconnection: close\r\n\r\n", r.body.len());
    let _ = stream.try_write(format!("{head}{}", r.body).as_bytes());
}

const IDLE: u8 = 0;
const HEAD: u8 = 1;
const BUSY: u8 = 2;

/// Where a connection is: idle (waiting for a request), reading a request's headers, or in a
/// request (its body, its answer), and since when (milliseconds from the server's start).
struct Phase {
    phase: AtomicU8,
    since: AtomicU64,
    started: Instant,
}

impl Phase {
    fn now(&self) -> u64 {
        self.started.elapsed().as_millis() as u64
    }

    fn set(&self, phase: u8) {
        self.since.store(self.now(), Ordering::Release);
        self.phase.store(phase, Ordering::Release);
    }

    /// When the connection is to be closed if nothing changes (`None`: not while a request is answered).
    fn deadline(&self, limits: &Limits) -> Option<u64> {
        let since = self.since.load(Ordering::Acquire);
        match self.phase.load(Ordering::Acquire) {
            IDLE => Some(since + limits.idle.as_millis() as u64),
            HEAD => Some(since + limits.header.as_millis() as u64),
            _ => None,
        }
    }
}

/// A connection's socket, noting the first byte of each request.
struct Watched {
    stream: TcpStream,
    phase: Arc<Phase>,
}

impl AsyncRead for Watched {
    fn poll_read(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<std::io::Result<()>> {
        let this = self.get_mut();
        let before = buf.filled().len();
        let r = Pin::new(&mut this.stream).poll_read(cx, buf);
        if matches!(r, Poll::Ready(Ok(()))) && buf.filled().len() > before && this.phase.phase.load(Ordering::Acquire) == IDLE {
            this.phase.set(HEAD);
        }
        r
    }
}

impl AsyncWrite for Watched {
    fn poll_write(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<std::io::Result<usize>> {
        Pin::new(&mut self.get_mut().stream).poll_write(cx, buf)
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.get_mut().stream).poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.get_mut().stream).poll_shutdown(cx)
    }

    fn poll_write_vectored(self: Pin<&mut Self>, cx: &mut Context<'_>, bufs: &[std::io::IoSlice<'_>]) -> Poll<std::io::Result<usize>> {
        Pin::new(&mut self.get_mut().stream).poll_write_vectored(cx, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        self.stream.is_write_vectored()
    }
}

/// Serves one connection until it ends, or until it is idle or slow for longer than the limits.
async fn connection(stream: TcpStream, shared: Arc<Shared>, started: Instant, _active: Active) {
    let local = match stream.local_addr() {
        Ok(a) => a,
        Err(_) => return,
    };
    let phase = Arc::new(Phase { phase: AtomicU8::new(IDLE), since: AtomicU64::new(0), started });
    phase.set(IDLE);
    let service = {
        let (shared, phase) = (shared.clone(), phase.clone());
        hyper::service::service_fn(move |req| {
            phase.set(BUSY);
            let (shared, phase) = (shared.clone(), phase.clone());
            async move {
                let r = answer(req, shared, local).await;
                phase.set(IDLE);
                r
            }
        })
    };
    let io = TokioIo::new(Watched { stream, phase: phase.clone() });
    let conn = hyper::server::conn::http1::Builder::new().header_read_timeout(None).serve_connection(io, service);
    let mut conn = std::pin::pin!(conn);
    let limits = shared.limits;
    loop {
        let wake = match phase.deadline(&limits) {
            Some(at) => started + Duration::from_millis(at),
            None => Instant::now() + limits.idle.min(Duration::from_secs(1)),
        };
        tokio::select! {
            _ = conn.as_mut() => return,
            () = tokio::time::sleep_until(wake.into()) => {
                if phase.deadline(&limits).is_some_and(|at| phase.now() >= at) {
                    // Dropping the connection closes it.
                    return;
                }
            }
        }
    }
}

fn reply(status: u16, body: String) -> Response<Full<Bytes>> {
    reply_as(status, "text/xml", body)
}

fn reply_as(status: u16, content_type: &'static str, body: String) -> Response<Full<Bytes>> {
    let mut r = Response::new(Full::new(Bytes::from(body)));
    *r.status_mut() = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    r.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
    r
}

/// The protocols the server speaks, whose errors have different shapes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Protocol {
    /// IAM and STS: `ErrorResponse` XML.
    Query,
    /// Organizations: `{"__type": ..., "Message": ...}`.
    Json,
}

/// An error in the protocol's own shape: status, content type, body.
fn refusal(protocol: Protocol, status: u16, code: &str, message: &str) -> (u16, &'static str, String) {
    match protocol {
        Protocol::Query => {
            let r = query::error_response(ErrorCode::Other(code.to_owned()), message);
            (status, "text/xml", r.body)
        }
        Protocol::Json => (status, "application/x-amz-json-1.1", json!({ "__type": code, "Message": message }).to_string()),
    }
}

/// Why a request is not answered: a web page's, one for another host, or one that is not signed.
fn refused(headers: &HeaderMap, local: SocketAddr) -> Option<(&'static str, String)> {
    if let Some(origin) = headers.get(ORIGIN) {
        let origin = String::from_utf8_lossy(origin.as_bytes()).into_owned();
        return Some(("AccessDenied", format!("Requests from web pages are refused (Origin: {origin}).")));
    }
    let host = headers.get(HOST).map(|h| String::from_utf8_lossy(h.as_bytes()).into_owned()).unwrap_or_default();
    if !host_allowed(&host, local) {
        return Some(("AccessDenied", format!("Requests for host {host:?} are refused: this server answers 127.0.0.1, localhost, [::1] and {local}.")));
    }
    let signed = headers.get(AUTHORIZATION).and_then(|v| v.to_str().ok()).is_some_and(|v| v.starts_with("AWS4-HMAC-SHA256 ") && v.contains("Credential="));
    if !signed {
        return Some(("MissingAuthenticationToken", "Request is missing a SigV4 Authorization header (any access key is accepted).".to_owned()));
    }
    None
}

/// What a state that cannot be used answers, naming the problem (IAM's words are English).
pub fn describe(e: &IamError) -> String {
    let d = |k| e.detail(k).unwrap_or("?");
    let file = d(Detail::File);
    match &e.code {
        ErrorCode::Io(IoStep::NotStateFile) => format!("The state file {file} is not a rolecall state file (line {}, column {}).", d(Detail::Line), d(Detail::Column)),
        ErrorCode::StateFormat => format!("The state file {file} was written by a newer rolecall (format {}; this one knows format {}).", d(Detail::Format), d(Detail::Known)),
        ErrorCode::TooLarge(_) => format!("The state file {file} is (or would be) {} bytes, over rolecall's limit of {} bytes.", d(Detail::Size), d(Detail::Limit)),
        ErrorCode::Io(IoStep::NotWritable) => format!("The state file {file} may not be written."),
        ErrorCode::Io(step) => format!("The state file {file} could not be used ({step:?}): {}", e.message),
        other => format!("{}: {}", other.as_str(), e.message),
    }
}

async fn answer(req: Request<Incoming>, shared: Arc<Shared>, local: SocketAddr) -> Result<Response<Full<Bytes>>, Infallible> {
    let started = Instant::now();
    let partition = shared.partition.or_else(|| signing_region(req.headers()).map(|r| Partition::of_region(&r))).unwrap_or(Partition::Aws);
    let method = req.method().clone();
    // Cannot hide a failure: a request without a query string has an empty one.
    let query_string = req.uri().query().unwrap_or_default().to_owned();
    // Which account signed the request (assumed credentials name theirs), and, for
    // Organizations' JSON protocol, which operation it asks for.
    let header = |k: &str| req.headers().get(k).and_then(|v| v.to_str().ok()).map(str::to_owned);
    let authorization = header("authorization");
    let target = header("x-amz-target");
    let protocol = if target.is_some() { Protocol::Json } else { Protocol::Query };
    let log = |action: &str, status: u16, problem: Option<IamError>| {
        if let Some(log) = &shared.log {
            log(&Served { action: action.to_owned(), status, elapsed: started.elapsed(), problem });
        }
    };
    if let Some((code, message)) = refused(req.headers(), local) {
        let (status, content_type, body) = refusal(protocol, 403, code, &message);
        log("", status, None);
        return Ok(reply_as(status, content_type, body));
    }
    let body = match tokio::time::timeout(shared.limits.body, Limited::new(req.into_body(), MAX_BODY).collect()).await {
        Ok(Ok(b)) => b.to_bytes(),
        Ok(Err(_)) => {
            let r = query::error_response(ErrorCode::Other("RequestEntityTooLarge".into()), "The request body is too large.");
            return Ok(reply(413, r.body));
        }
        Err(_) => {
            let r = query::error_response(ErrorCode::Other("RequestTimeout".into()), "The request body was not received in time.");
            let mut r = reply(408, r.body);
            r.headers_mut().insert(CONNECTION, HeaderValue::from_static("close"));
            log("", 408, None);
            return Ok(r);
        }
    };
    // The Query protocol takes its parameters from the form body of a POST, or from the query
    // string of a GET.
    let form = match method {
        Method::POST if query_string.is_empty() => String::from_utf8_lossy(&body).into_owned(),
        Method::POST => format!("{query_string}&{}", String::from_utf8_lossy(&body)),
        Method::GET => query_string,
        _ => {
            let r = query::error_response(ErrorCode::Other("MethodNotAllowed".into()), "Use POST (or GET) with the Query protocol.");
            return Ok(reply(405, r.body));
        }
    };
    // Cannot hide a failure: `rsplit` yields at least one piece, and an empty action is answered
    // as unknown.
    let action = match &target {
        Some(t) => t.rsplit('.').next().unwrap_or_default().to_owned(),
        None => query::action_of(&form).unwrap_or_default(),
    };
    let writes = !action.is_empty()
        && match target {
            None => query::is_mutating(&action) && action != "AssumeRole",
            Some(_) => crate::org::is_mutating(&action),
        };
    let access = if writes { crate::Access::Write } else { crate::Access::Read };
    let state = shared.state.clone();
    let cache = shared.cache.clone();
    let inflight = shared.inflight.clone().read_owned().await;
    let answered = tokio::task::spawn_blocking(move || {
        let _inflight = inflight;
        match MockIam::open_cached(&state, partition, access, Some(cache)) {
            // Dropping the mock releases the state file's lock before the answer goes out.
            Ok(iam) => (query::handle_http(&iam, authorization.as_deref(), target.as_deref(), &form), None),
            Err(e) => (refusal(protocol, 500, "ServiceFailure", &describe(&e)), Some(e)),
        }
    })
    .await;
    let ((status, content_type, body), problem) = answered.unwrap_or_else(|_| (refusal(protocol, 500, "ServiceFailure", "The request could not be answered."), None));
    log(&action, status, problem);
    Ok(reply_as(status, content_type, body))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signing_region_is_read_from_the_credential_scope() {
        let mut h = HeaderMap::new();
        assert_eq!(signing_region(&h), None);
        h.insert(
            AUTHORIZATION,
            HeaderValue::from_static("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20240101/cn-north-1/iam/aws4_request, SignedHeaders=host, Signature=abc"),
        );
        assert_eq!(signing_region(&h).as_deref(), Some("cn-north-1"));
        h.insert(AUTHORIZATION, HeaderValue::from_static("Bearer x"));
        assert_eq!(signing_region(&h), None);
    }
}
