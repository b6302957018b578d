//! The demo: hold N idle connections against each model, then serve load through them.
//!
//! Idle connections are what browsers, phones and keep-alive clients leave behind.
//! A thread per connection pays a thread for each; a pool's workers get stuck on them;
//! an event loop pays a small struct.

use crate::demo::keep_alive_demo::{KeepAliveRow, keep_alive_rows, keep_alive_verdict};
use labkit::report::format_figure;
use labkit::verdict::Verdict;
use serde::Serialize;
use std::io;
use std::time::Duration;
use threaded_server::Model;

pub use crate::demo::c10k_rows::{
    C10kConfig, IDLE_TIMEOUT, ModelRow, RowModel, event_loop_row, threaded_row,
};
pub use crate::demo::idle_clients::{fit_connections, hold_idle};

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
