//! Keep-alive's trap and the way out: persistent clients against lab-02's pool of 16,
//! where each kept-alive client holds a worker between its requests, and against the
//! event loop, where a kept-alive client holds only a small struct.

use crate::loops::Loops;
use crate::server::{Options, serve};
use labkit::verdict::Verdict;
use netkit::load::{LoadConfig, LoadReport, run};
use netkit::response::Response;
use serde::Serialize;
use std::io;
use std::sync::Arc;
use std::time::Duration;
use threaded_server::Model;

/// Workers in the pool the event loop is compared with.
pub const POOL_WORKERS: usize = 16;

/// The server a keep-alive row measured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeptServer {
    /// lab-02's pool with keep-alive on.
    Pool {
        /// Its workers.
        workers: usize,
    },
    /// The event loop with keep-alive on.
    EventLoop,
    /// Several loops sharing the port ([`crate::loops`]), keep-alive on.
    EventLoops {
        /// How many.
        loops: usize,
    },
}

/// Loops in the demo's row of several: one per core of a student's 2-core laptop.
pub const DEMO_LOOPS: usize = 2;

impl KeptServer {
    /// How tables and JSON name it.
    pub fn label(&self) -> String {
        match self {
            Self::Pool { workers } => format!("pool({workers}), keep-alive"),
            Self::EventLoop => "event loop, keep-alive".to_string(),
            Self::EventLoops { loops } => format!("{loops} event loops, keep-alive"),
        }
    }
}

fn by_label<S: serde::Serializer>(server: &KeptServer, out: S) -> Result<S::Ok, S::Error> {
    out.serialize_str(&server.label())
}

/// One server under persistent clients.
#[derive(Debug, Clone, Serialize)]
pub struct KeepAliveRow {
    /// The server (in JSON by its label).
    #[serde(serialize_with = "by_label")]
    pub model: KeptServer,
    /// Persistent clients, each on one kept-alive connection.
    pub clients: usize,
    /// Clients that got at least one answer.
    pub clients_served: usize,
    /// Requests per second.
    pub requests_per_sec: f64,
    /// Requests that failed (a client left waiting times out).
    pub errors: u64,
}

fn row(model: KeptServer, report: &LoadReport) -> KeepAliveRow {
    KeepAliveRow {
        model,
        clients: report.clients,
        clients_served: report.clients_served,
        requests_per_sec: report.requests_per_sec,
        errors: report.errors,
    }
}

/// The load every keep-alive row offers: `clients` clients, each on one kept-alive
/// connection asking for `/` for `duration` (lab-08 offers its tokio rows the same).
pub fn kept_alive_load(clients: usize, duration: Duration) -> LoadConfig {
    LoadConfig {
        clients,
        max_requests: u64::MAX,
        max_duration: duration,
        path: "/".into(),
        // A client the pool never reaches gives up soon after the run.
        timeout: duration + Duration::from_millis(500),
        keep_alive: true,
    }
}

/// `clients` persistent clients for `duration` against the pool of 16, the event loop,
/// and [`DEMO_LOOPS`] loops sharing the port.
pub fn keep_alive_rows(clients: usize, duration: Duration) -> io::Result<Vec<KeepAliveRow>> {
    let any_port = || netkit::bind::bind("127.0.0.1:0".parse().expect("a literal address"));
    let pool = threaded_server::server::serve_with(
        any_port()?,
        Model::Pool {
            workers: POOL_WORKERS,
            queue: clients.max(64),
        },
        threaded_server::routes::demo_handler(Duration::ZERO),
        duration * 4,
        true,
    )?;
    let pool_row = row(
        KeptServer::Pool {
            workers: POOL_WORKERS,
        },
        &run(pool.addr(), &kept_alive_load(clients, duration)),
    );
    pool.shutdown();
    let event_loop = serve(
        any_port()?,
        Options {
            read_timeout: duration * 4,
            keep_alive: true,
            ..Options::new(Arc::new(|_| Response::error(404)))
        },
    )?;
    let loop_row = row(
        KeptServer::EventLoop,
        &run(event_loop.addr(), &kept_alive_load(clients, duration)),
    );
    event_loop.shutdown();
    let mut rows = vec![pool_row, loop_row];
    // Where the OS cannot share a port (no SO_REUSEPORT), the row of several is left out.
    let options = Options {
        read_timeout: duration * 4,
        keep_alive: true,
        ..Options::new(Arc::new(|_| Response::error(404)))
    };
    if let Ok(loops) = Loops::serve(
        "127.0.0.1:0".parse().expect("a literal address"),
        DEMO_LOOPS,
        options,
    ) {
        let server = KeptServer::EventLoops { loops: loops.len() };
        rows.push(row(
            server,
            &run(loops.addr(), &kept_alive_load(clients, duration)),
        ));
        loops.shutdown();
    }
    Ok(rows)
}

/// The event loop served every persistent client; the pool only as many as it has workers.
pub fn keep_alive_verdict(rows: &[KeepAliveRow]) -> Verdict {
    let served = |server: KeptServer| {
        rows.iter()
            .find(|r| r.model == server)
            .map(|r| (r.clients_served, r.clients))
    };
    let pool = served(KeptServer::Pool {
        workers: POOL_WORKERS,
    });
    match (pool, served(KeptServer::EventLoop)) {
        (Some((pool_served, clients)), Some((loop_served, _))) => Verdict {
            ok: loop_served == clients && pool_served <= POOL_WORKERS.min(clients),
            text: format!(
                "with keep-alive, the pool of {POOL_WORKERS} served {pool_served} of {clients} clients; the event loop served {loop_served}"
            ),
            figure: Some(loop_served as f64),
            threshold: Some(clients as f64),
        },
        _ => Verdict::new(false, "the keep-alive rows did not run"),
    }
}
