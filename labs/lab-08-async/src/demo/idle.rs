//! Memory per idle connection: tokio's tasks, lab-07's loop, lab-02's thread each.
//!
//! Each server holds the same idle connections in this process, one server at a time,
//! and the resident memory they added is divided by their number. lab-07's rows are
//! lab-07's own measurement (`event_loop::demo::c10k`), with a short load so they stay quick.

use super::running::{Flavor, Running};
use crate::server::Options;
use event_loop::demo::c10k::{
    C10kConfig, IDLE_TIMEOUT, ModelRow, event_loop_row, hold_idle, threaded_row,
};
use labkit::probe::{live_threads, rss_kib};
use serde::Serialize;
use std::io;
use std::time::{Duration, Instant};
use threaded_server::Model;

/// One server holding the idle connections.
#[derive(Debug, Clone, Serialize)]
pub struct IdleRow {
    /// Which server.
    pub server: String,
    /// Idle connections it held.
    pub connections: u64,
    /// Threads alive in this process meanwhile (the clients' side included).
    pub threads: Option<u64>,
    /// Resident memory the connections added, KiB.
    pub rss_kib: Option<u64>,
}

impl IdleRow {
    /// Resident memory per idle connection, KiB.
    pub fn per_connection_kib(&self) -> Option<f64> {
        self.rss_kib
            .map(|k| k as f64 / self.connections.max(1) as f64)
    }

    fn from_lab_07(row: ModelRow) -> Self {
        Self {
            server: row.model.label(),
            connections: row.connections,
            threads: row.threads,
            rss_kib: row.rss_kib,
        }
    }
}

/// lab-08 on one thread, with room for `n` idle connections that may stay idle for
/// lab-07's idle timeout (two minutes).
pub fn idle_server(n: usize) -> io::Result<Running> {
    let options = Options {
        max_connections: n + 64,
        head_timeout: IDLE_TIMEOUT,
        ..Options::default()
    };
    Running::on_loopback(Flavor::CurrentThread, options)
}

/// tokio holding `n` idle connections on one thread.
pub fn tokio_row(n: usize) -> io::Result<IdleRow> {
    let server = idle_server(n)?;
    let before = rss_kib();
    let idle = hold_idle(server.addr(), n)?;
    let deadline = Instant::now() + Duration::from_secs(10);
    while (server.stats().totals().accepted as usize) < n && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(5));
    }
    let row = IdleRow {
        server: "tokio (current_thread, 1 thread)".into(),
        connections: server.stats().totals().accepted,
        threads: live_threads(),
        rss_kib: before.and_then(|b| Some(rss_kib()?.saturating_sub(b))),
    };
    // The server closes its ends first, so the clients' ports do not linger in TIME_WAIT.
    server.shutdown();
    drop(idle);
    Ok(row)
}

/// The three servers, each holding `n` idle connections.
pub fn rows(n: usize) -> io::Result<Vec<IdleRow>> {
    let config = C10kConfig {
        connections: n,
        clients: 2,
        duration: Duration::from_millis(100),
    };
    let threads = Model::ThreadPerConnection { cap: Some(n + 128) };
    Ok(vec![
        tokio_row(n)?,
        IdleRow::from_lab_07(event_loop_row(&config)?),
        IdleRow::from_lab_07(threaded_row(&config, threads, n)?),
    ])
}
