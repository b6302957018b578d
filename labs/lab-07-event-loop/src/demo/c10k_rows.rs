//! A row of the c10k table: which server it measured, and what holding the idle
//! connections cost it; and how one row is measured.

use crate::demo::idle_clients::hold_idle;
use crate::server::{Handler, Options, serve};
use labkit::probe::{live_threads, rss_kib};
use netkit::load::{LoadConfig, run};
use netkit::response::Response;
use serde::Serialize;
use std::io;
use std::net::{SocketAddr, TcpStream};
use std::sync::Arc;
use std::time::{Duration, Instant};
use threaded_server::Model;

/// Which server a row measured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowModel {
    /// The event loop, on this many threads.
    EventLoop {
        /// Threads the loop ran on.
        threads: usize,
    },
    /// lab-02's server with one of its models.
    Threaded {
        /// The model.
        model: Model,
        /// Whether the idle connections were held (false: the baseline row).
        idle_held: bool,
    },
}

impl RowModel {
    /// How tables and JSON name it: `event loop (1 thread)`, `pool(16)`.
    pub fn label(&self) -> String {
        match *self {
            Self::EventLoop { threads } => format!("event loop ({threads} thread)"),
            Self::Threaded {
                model,
                idle_held: true,
            } => model.label(),
            Self::Threaded { model, .. } => format!("{}, no idle connections", model.label()),
        }
    }
}

fn by_label<S: serde::Serializer>(model: &RowModel, out: S) -> Result<S::Ok, S::Error> {
    out.serialize_str(&model.label())
}

/// One model's row.
#[derive(Debug, Clone, Serialize)]
pub struct ModelRow {
    /// The model (in JSON by its label).
    #[serde(serialize_with = "by_label")]
    pub model: RowModel,
    /// Idle connections the server held.
    pub connections: u64,
    /// Threads alive in this process while they were held.
    pub threads: Option<u64>,
    /// How much resident memory holding them added, KiB.
    pub rss_kib: Option<u64>,
    /// Requests per second served to the active clients meanwhile.
    pub requests_per_sec: f64,
    /// 99th-percentile latency of those requests.
    pub p99_ms: f64,
    /// Requests that failed (refused, reset or timed out).
    pub errors: u64,
}

/// How long idle connections may stay idle in the demo (both servers).
pub const IDLE_TIMEOUT: Duration = Duration::from_secs(120);

/// The demo's knobs.
#[derive(Debug, Clone)]
pub struct C10kConfig {
    /// Idle connections to hold.
    pub connections: usize,
    /// Active closed-loop clients during the load phase.
    pub clients: usize,
    /// Length of the load phase per model.
    pub duration: Duration,
}

/// Wait (bounded) until `held()` reaches `n`: the server accepts asynchronously.
fn settle(n: u64, held: impl Fn() -> u64) -> u64 {
    let deadline = Instant::now() + Duration::from_secs(10);
    while held() < n && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(5));
    }
    held()
}

fn load(addr: SocketAddr, config: &C10kConfig) -> netkit::load::LoadReport {
    let load = LoadConfig {
        clients: config.clients,
        max_requests: u64::MAX,
        max_duration: config.duration,
        path: "/".into(),
        timeout: Duration::from_secs(2),
        keep_alive: false,
    };
    run(addr, &load)
}

fn row(
    model: RowModel,
    held: u64,
    threads: Option<u64>,
    before: Option<u64>,
    report: &netkit::load::LoadReport,
) -> ModelRow {
    ModelRow {
        model,
        connections: held,
        threads,
        rss_kib: before.and_then(|b| Some(rss_kib()?.saturating_sub(b))),
        requests_per_sec: report.requests_per_sec,
        p99_ms: report.p99_ms,
        errors: report.errors,
    }
}

/// The event loop holding `config.connections` idle connections while serving load.
pub fn event_loop_row(config: &C10kConfig) -> io::Result<ModelRow> {
    let handler: Handler = Arc::new(|_| Response::error(404));
    let listener = netkit::bind::bind("127.0.0.1:0".parse().expect("a literal address"))?;
    let server = serve(
        listener,
        Options {
            read_timeout: IDLE_TIMEOUT,
            ..Options::new(handler)
        },
    )?;
    let before = rss_kib();
    let idle = hold_idle(server.addr(), config.connections)?;
    let held = settle(config.connections as u64, || {
        server
            .stats()
            .open
            .load(std::sync::atomic::Ordering::Relaxed)
    });
    let threads = live_threads();
    let report = load(server.addr(), config);
    let result = row(
        RowModel::EventLoop {
            threads: server.threads(),
        },
        held,
        threads,
        before,
        &report,
    );
    drop(idle);
    server.shutdown();
    Ok(result)
}

/// lab-02's server with `model`, holding `config.connections` idle connections (or
/// `idle` = 0 for a baseline) while serving load.
pub fn threaded_row(config: &C10kConfig, model: Model, idle: usize) -> io::Result<ModelRow> {
    let listener = netkit::bind::bind("127.0.0.1:0".parse().expect("a literal address"))?;
    let server = threaded_server::server::serve(
        listener,
        model,
        threaded_server::routes::demo_handler(Duration::ZERO),
        IDLE_TIMEOUT,
    )?;
    let before = rss_kib();
    let idle_streams = hold_idle(server.addr(), idle)?;
    let expected = model.concurrency().map_or(idle, |c| c.min(idle)) as u64;
    let held = settle(expected, || server.totals().live_threads.min(idle as u64));
    let threads = live_threads();
    let report = load(server.addr(), config);
    let label = RowModel::Threaded {
        model,
        idle_held: idle > 0,
    };
    let result = row(label, held, threads, before, &report);
    close_server_first(server.shutdown(), idle_streams);
    Ok(result)
}

/// Drop the idle clients only after the server has closed its ends (`_shut_down` is the
/// proof). Whoever closes first keeps the port pair in TIME_WAIT for a minute: if
/// thousands of clients closed first, their ports would be unusable for the next row.
fn close_server_first<T>(_shut_down: T, idle: Vec<TcpStream>) {
    drop(idle);
}
