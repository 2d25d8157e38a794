//! `rolecall mock serve`: the mock backend's IAM and STS over HTTP, until Ctrl-C or SIGTERM.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};

use rolecall_core::backend::{Detail, ErrorCode, IamError, IoStep};
use rolecall_core::input::{Field, InputError, Rule};
use rolecall_core::Partition;
use rolecall_mock::serve::Server;
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
        let server = Server::bind(addr, state.clone(), partition).await.map_err(listen)?;
        let local = server.local_addr().map_err(listen)?;
        let stop = stop_signal().map_err(|e| Failure::Backend(IamError::new(ErrorCode::Io(IoStep::Signal), e.to_string())))?;
        out.serve_ready(&format!("http://{local}"), &state)?;
        match out.serve_log(g.verbose) {
            Some(log) => server.with_log(log).run(stop).await,
            None => server.run(stop).await,
        }
        out.serve_stopped();
        Ok(ExitStatus::Ok)
    })
}
