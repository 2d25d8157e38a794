//! `rolecall mock serve`: the mock backend's IAM and STS over HTTP, until Ctrl-C or SIGTERM.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};

use rolecall_core::backend::{Detail, ErrorCode, IamError, IoStep};
use rolecall_core::input::{Field, InputError, Rule};
use rolecall_core::Partition;
use rolecall_mock::serve::{Limits, Server};
use rolecall_mock::{Access, MockIam};

use crate::commands::runtime;
use crate::exit::{ExitStatus, Failure};
use crate::flags::{self, Args};
use crate::global::Global;
use crate::render::Out;
use crate::request;

/// Where to listen: `--listen` (an address, optionally with its port) and `--port`.
fn address(a: &Args<'_>) -> Result<SocketAddr, InputError> {
    // Within a port's bounds, so no port is lost.
    let port = a.number(flags::PORT)?.map(|p| p as u16);
    let addr = match a.value(flags::LISTEN) {
        None => SocketAddr::new(IpAddr::V4(Ipv4Addr::LOCALHOST), 0),
        Some(v) => match (v.parse::<SocketAddr>(), v.parse::<IpAddr>()) {
            (Ok(a), _) => {
                if let Some(p) = port.filter(|p| *p != a.port()) {
                    return Err(InputError::new(Field::Port, p.to_string(), Rule::Conflicts { other: format!("--listen {v}") }));
                }
                a
            }
            (_, Ok(ip)) => SocketAddr::new(ip, 0),
            _ => return Err(InputError::new(Field::Listen, v, Rule::IpAddress)),
        },
    };
    Ok(match port {
        Some(p) => SocketAddr::new(addr.ip(), p),
        None => addr,
    })
}

/// Seconds, fractions allowed (tests use short ones): more than 0, at most an hour.
fn seconds(a: &Args<'_>, flag: flags::Value, field: Field, default: std::time::Duration) -> Result<std::time::Duration, InputError> {
    match a.value(flag) {
        None => Ok(default),
        Some(v) => v
            .parse::<f64>()
            .ok()
            .filter(|s| s.is_finite() && *s > 0.0 && *s <= 3600.0)
            .map(std::time::Duration::from_secs_f64)
            .ok_or_else(|| InputError::new(field, v, Rule::Range { min: 0, max: 3600 })),
    }
}

/// `--header-timeout`, `--body-timeout`, `--idle-timeout` and `--max-connections`.
fn limits(a: &Args<'_>) -> Result<Limits, InputError> {
    let d = Limits::default();
    // Within its bounds (at most 65,535), so the conversion loses nothing.
    let connections = a.number(flags::MAX_CONNECTIONS)?.map_or(d.connections, |n| n as usize);
    Ok(Limits {
        header: seconds(a, flags::HEADER_TIMEOUT, Field::HeaderTimeout, d.header)?,
        body: seconds(a, flags::BODY_TIMEOUT, Field::BodyTimeout, d.body)?,
        idle: seconds(a, flags::IDLE_TIMEOUT, Field::IdleTimeout, d.idle)?,
        connections,
    })
}

/// A future that completes when the process is asked to stop (Ctrl-C, SIGTERM). The handlers are
/// installed when this is called, before the URL is printed, so no signal is missed.
fn stop_signal() -> std::io::Result<impl std::future::Future<Output = ()>> {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        let mut term = signal(SignalKind::terminate())?;
        let mut int = signal(SignalKind::interrupt())?;
        Ok(async move {
            tokio::select! {
                _ = int.recv() => {}
                _ = term.recv() => {}
            }
        })
    }
    #[cfg(not(unix))]
    {
        Ok(async {
            let _ = tokio::signal::ctrl_c().await;
        })
    }
}

/// Serves until a signal stops it.
pub fn run(a: &Args<'_>, g: &Global, out: &mut Out<'_>) -> Result<ExitStatus, Failure> {
    let addr = address(a)?;
    let limits = limits(a)?;
    let partition = match request::partition_flag(a)? {
        Some(p) => Some(p),
        None => g.region.as_deref().map(Partition::of_region),
    };
    let state = crate::backend::state_path(g)?;
    // A state file that cannot be read is reported now, not at the first request.
    MockIam::open(&state, partition.unwrap_or(Partition::Aws), Access::Read)?;
    let rt = runtime()?;
    rt.block_on(async {
        let listen = |e: std::io::Error| Failure::Backend(IamError::new(ErrorCode::Io(IoStep::Listen), e.to_string()).with(Detail::Address, addr.to_string()));
        let server = Server::bind(addr, state.clone(), partition).await.map_err(listen)?.with_limits(limits);
        let local = server.local_addr().map_err(listen)?;
        let stop = stop_signal().map_err(|e| Failure::Backend(IamError::new(ErrorCode::Io(IoStep::Signal), e.to_string())))?;
        out.serve_ready(&format!("http://{local}"), &state)?;
        if !rolecall_mock::serve::is_loopback(local.ip()) {
            out.serve_unauthenticated(&local.ip().to_string());
        }
        server.with_log(out.serve_log(g.verbose)).run(stop).await;
        out.serve_stopped();
        Ok(ExitStatus::Ok)
    })
}
