//! The demo: hold N idle connections against each model, then serve load through them.
//!
//! Idle connections are what browsers, phones and keep-alive clients leave behind.
//! A thread per connection pays a thread for each; a pool's workers get stuck on them;
//! an event loop pays a small struct.

use crate::demo::keep_alive_demo::{KeepAliveRow, keep_alive_rows, keep_alive_verdict};
use crate::server::{Handler, Options, serve};
use labkit::probe::{live_threads, rss_kib};
use labkit::report::format_figure;
use labkit::verdict::Verdict;
use netkit::load::{LoadConfig, run};
use netkit::response::Response;
use serde::Serialize;
use std::io;
use std::net::{SocketAddr, TcpStream};
use std::sync::Arc;
use std::time::{Duration, Instant};
use threaded_server::Model;

pub use crate::demo::c10k_rows::{ModelRow, RowModel};
pub use crate::demo::idle_clients::{fit_connections, hold_idle};

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

/// The demo's rows, and what they showed.
#[derive(Debug, Clone, Serialize)]
pub struct C10k {
    /// One row per server.
    pub results: Vec<ModelRow>,
    /// The same clients, each on one kept-alive connection: the pool of 16 and the loop.
    pub keep_alive: Vec<KeepAliveRow>,
    /// The event loop held every idle connection and served the load without errors.
    pub verdicts: Vec<Verdict>,
    /// With `--trace`, every row's threads and requests: one process per row.
    #[serde(skip)]
    pub trace: Option<labkit::trace::Trace>,
}

/// Run the demo and judge it; with `traced`, record each row as a process of its own.
pub fn demo(config: &C10kConfig, traced: bool) -> io::Result<C10k> {
    let mut parts = labkit::trace::Parts::new(traced);
    let results = run_demo(config, &mut parts)?;
    let keep_alive = keep_alive_rows(config.clients, config.duration.min(Duration::from_secs(1)))?;
    let verdicts = vec![
        verdict(&results, config.connections),
        keep_alive_verdict(&keep_alive),
    ];
    Ok(C10k {
        results,
        keep_alive,
        verdicts,
        trace: parts.merged(),
    })
}

/// One thread held every idle connection and still served the load without errors.
pub fn verdict(rows: &[ModelRow], connections: usize) -> Verdict {
    let event_loop = rows
        .iter()
        .find(|r| matches!(r.model, RowModel::EventLoop { .. }));
    match event_loop {
        Some(r) => Verdict {
            ok: r.connections as usize == connections && r.errors == 0,
            text: format!(
                "one thread held {} idle connections and still served {} req/s",
                r.connections,
                format_figure(r.requests_per_sec)
            ),
            figure: Some(r.connections as f64),
            threshold: Some(connections as f64),
        },
        None => Verdict::new(false, "the event loop did not run"),
    }
}

/// Every row of the demo: the event loop, a thread per connection and a pool of 16,
/// each holding the idle connections, then the same pool with none (its baseline);
/// each recorded into `parts` when tracing.
pub fn run_demo(
    config: &C10kConfig,
    parts: &mut labkit::trace::Parts,
) -> io::Result<Vec<ModelRow>> {
    let cap = (config.connections + config.clients + 64).min(30_000);
    let pool = Model::Pool {
        workers: 16,
        queue: 64,
    };
    let per_connection = Model::ThreadPerConnection { cap: Some(cap) };
    // A thread per idle connection: keep about 16 of their tracks.
    let every = labkit::trace::one_thread_in(config.connections as u64);
    Ok(vec![
        parts.run("event loop", 1, || event_loop_row(config))?,
        parts.run("thread per connection", every, || {
            threaded_row(config, per_connection, config.connections)
        })?,
        parts.run("pool(16)", 1, || {
            threaded_row(config, pool, config.connections)
        })?,
        parts.run("pool(16), no idle clients", 1, || {
            threaded_row(config, pool, 0)
        })?,
    ])
}
