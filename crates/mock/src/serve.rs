//! IAM and STS over HTTP, in front of the mock's state file (`rolecall mock serve`).
//!
//! hyper reads the requests; [`crate::query`] answers them. Each request opens the state file,
//! takes its lock (shared to read, exclusive to write), answers and lets go, so other runs of the
//! mock backend keep working beside the server, and every write is saved atomically before its
//! answer is sent. The partition is the one the server was given, else the one of the region the
//! request was signed for (SigV4's credential scope), else `aws`.

use std::convert::Infallible;
use std::future::Future;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use http_body_util::{BodyExt, Full, Limited};
use hyper::body::{Bytes, Incoming};
use hyper::header::{HeaderMap, HeaderValue, AUTHORIZATION, CONTENT_TYPE};
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use hyper_util::server::graceful::GracefulShutdown;
use rolecall_core::backend::ErrorCode;
use rolecall_core::Partition;
use tokio::net::TcpListener;

use crate::{query, MockIam};

/// The largest request body accepted; IAM's largest documents are a few KiB.
pub const MAX_BODY: usize = 1 << 20;

/// How long a shutdown waits for requests in flight.
pub const DRAIN: Duration = Duration::from_secs(10);

/// One answered request, for a log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Served {
    /// The operation (`CreateRole`), or empty when the request named none.
    pub action: String,
    pub status: u16,
    pub elapsed: Duration,
}

type Log = Arc<dyn Fn(&Served) + Send + Sync>;

struct Shared {
    state: PathBuf,
    partition: Option<Partition>,
    log: Option<Log>,
}

/// A listening server.
pub struct Server {
    listener: TcpListener,
    shared: Shared,
}

impl std::fmt::Debug for Server {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Server").field("addr", &self.listener.local_addr().ok()).field("state", &self.shared.state).finish_non_exhaustive()
    }
}

/// The region of a SigV4 `Authorization` header's credential scope (`Credential=AKID/DATE/REGION/iam/aws4_request`).
pub fn signing_region(headers: &HeaderMap) -> Option<String> {
    let auth = headers.get(AUTHORIZATION)?.to_str().ok()?;
    let scope = auth.split("Credential=").nth(1)?.split([',', ' ']).next()?;
    let region = scope.split('/').nth(2)?;
    (!region.is_empty()).then(|| region.to_owned())
}

impl Server {
    /// Listens on `addr` (port 0: a free port) for the state file at `state`. With `partition`,
    /// every request is answered in that partition.
    pub async fn bind(addr: SocketAddr, state: PathBuf, partition: Option<Partition>) -> std::io::Result<Server> {
        let listener = TcpListener::bind(addr).await?;
        Ok(Server { listener, shared: Shared { state, partition, log: None } })
    }

    /// Calls `f` after each answer.
    pub fn with_log(mut self, f: impl Fn(&Served) + Send + Sync + 'static) -> Self {
        self.shared.log = Some(Arc::new(f));
        self
    }

    pub fn local_addr(&self) -> std::io::Result<SocketAddr> {
        self.listener.local_addr()
    }

    /// Serves until `shutdown` completes, then stops accepting and waits (at most [`DRAIN`]) for
    /// the requests in flight to be answered.
    pub async fn run(self, shutdown: impl Future<Output = ()>) {
        let graceful = GracefulShutdown::new();
        let shared = Arc::new(self.shared);
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
                    let shared = shared.clone();
                    let service = hyper::service::service_fn(move |req| answer(req, shared.clone()));
                    let conn = hyper::server::conn::http1::Builder::new().serve_connection(TokioIo::new(stream), service);
                    let conn = graceful.watch(conn);
                    tokio::spawn(async move {
                        let _ = conn.await;
                    });
                }
                () = &mut shutdown => break,
            }
        }
        drop(self.listener);
        let _ = tokio::time::timeout(DRAIN, graceful.shutdown()).await;
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

async fn answer(req: Request<Incoming>, shared: Arc<Shared>) -> Result<Response<Full<Bytes>>, Infallible> {
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
    let body = match Limited::new(req.into_body(), MAX_BODY).collect().await {
        Ok(b) => b.to_bytes(),
        Err(_) => {
            let r = query::error_response(ErrorCode::Other("RequestEntityTooLarge".into()), "The request body is too large.");
            return Ok(reply(413, r.body));
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
    let writes = target.is_none() && !action.is_empty() && query::is_mutating(&action) && action != "AssumeRole";
    let access = if writes { crate::Access::Write } else { crate::Access::Read };
    let state = shared.state.clone();
    let failed = |message: &str| {
        let r = query::error_response(ErrorCode::ServiceFailure, message);
        (r.status, "text/xml", r.body)
    };
    let (status, content_type, body) = tokio::task::spawn_blocking(move || match MockIam::open(&state, partition, access) {
        // Dropping the mock releases the state file's lock before the answer goes out.
        Ok(iam) => query::handle_http(&iam, authorization.as_deref(), target.as_deref(), &form),
        Err(e) => failed(&e.message),
    })
    .await
    .unwrap_or_else(|_| failed("The request could not be answered."));
    if let Some(log) = &shared.log {
        log(&Served { action, status, elapsed: started.elapsed() });
    }
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
