//! Persistent clients: each on one kept-alive connection, asking again as soon as it is
//! answered, against tokio (one thread, and a worker per `--workers`), lab-07's loop
//! (one, and two sharing the port) and lab-02's pool of 16.
//!
//! A kept-alive client holds what serves it between its requests: a worker of the pool
//! (so the pool serves only as many clients as it has workers), a small struct of the
//! loop, a task of tokio. lab-07's rows are lab-07's own measurement
//! (`event_loop::demo::keep_alive_demo`), offered the same load.

use super::running::{Flavor, Running};
use crate::server::Options;
use event_loop::demo::keep_alive_demo::{KeepAliveRow, KeptServer, POOL_WORKERS, kept_alive_load};
use labkit::verdict::Verdict;
use netkit::load::LoadReport;
use serde::Serialize;
use std::io;
use std::time::Duration;

/// One server under the persistent clients.
#[derive(Debug, Clone, Serialize)]
pub struct KeptRow {
    /// Which server.
    pub server: String,
    /// Persistent clients, each on one kept-alive connection.
    pub clients: usize,
    /// Clients that got at least one answer.
    pub clients_served: usize,
    /// Requests answered per second.
    pub requests_per_sec: f64,
    /// Requests that failed (a client never reached times out).
    pub errors: u64,
}

impl KeptRow {
    fn from_load(server: String, report: &LoadReport) -> Self {
        Self {
            server,
            clients: report.clients,
            clients_served: report.clients_served,
            requests_per_sec: report.requests_per_sec,
            errors: report.errors,
        }
    }

    fn from_lab_07(row: KeepAliveRow) -> Self {
        Self {
            server: lab_07_label(row.model),
            clients: row.clients,
            clients_served: row.clients_served,
            requests_per_sec: row.requests_per_sec,
            errors: row.errors,
        }
    }

    /// Every client served, none failed.
    fn served_all(&self) -> bool {
        self.clients_served == self.clients && self.errors == 0
    }
}

/// Label of a row lab-07's demo measured: lab-02's pool beside lab-07's own loops.
fn lab_07_label(model: KeptServer) -> String {
    let lab = match model {
        KeptServer::Pool { .. } => "lab-02",
        KeptServer::EventLoop | KeptServer::EventLoops { .. } => "lab-07",
    };
    format!("{lab} {}", model.label())
}

/// Label of the tokio row on `flavor`.
pub fn tokio_label(flavor: Flavor) -> String {
    format!("tokio {}, keep-alive", flavor.label())
}

/// tokio on `flavor` (keep-alive, its default) under `clients` persistent clients.
pub fn tokio_row(flavor: Flavor, clients: usize, duration: Duration) -> io::Result<KeptRow> {
    let options = Options {
        max_connections: clients.max(64),
        // A client waits at most the run for its next request: never a 408 mid-run.
        head_timeout: duration * 4,
        ..Options::default()
    };
    let server = Running::on_loopback(flavor, options)?;
    let report = netkit::load::run(server.addr(), &kept_alive_load(clients, duration));
    server.shutdown();
    Ok(KeptRow::from_load(tokio_label(flavor), &report))
}

/// tokio on one thread and on `workers`, then lab-07's rows (the pool, one loop, two).
pub fn rows(clients: usize, duration: Duration, workers: usize) -> io::Result<Vec<KeptRow>> {
    let mut rows = vec![
        tokio_row(Flavor::CurrentThread, clients, duration)?,
        tokio_row(Flavor::MultiThread { workers }, clients, duration)?,
    ];
    let lab_07 = event_loop::demo::keep_alive_demo::keep_alive_rows(clients, duration)?;
    rows.extend(lab_07.into_iter().map(KeptRow::from_lab_07));
    Ok(rows)
}

/// tokio on one thread served every persistent client, where the pool of 16 served at
/// most as many clients as it has workers.
pub fn verdict(rows: &[KeptRow]) -> Option<Verdict> {
    let tokio = rows
        .iter()
        .find(|r| r.server == tokio_label(Flavor::CurrentThread))?;
    let pool_label = lab_07_label(KeptServer::Pool {
        workers: POOL_WORKERS,
    });
    let pool = rows.iter().find(|r| r.server == pool_label)?;
    let ok = tokio.served_all() && pool.clients_served <= POOL_WORKERS.min(pool.clients);
    Some(Verdict::new(
        ok,
        format!(
            "tokio on one thread served {} of {} kept-alive clients ({} failed); lab-02's pool of {POOL_WORKERS} served {}",
            tokio.clients_served, tokio.clients, tokio.errors, pool.clients_served
        ),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(server: &str, clients: usize, served: usize, errors: u64) -> KeptRow {
        KeptRow {
            server: server.into(),
            clients,
            clients_served: served,
            requests_per_sec: 1000.0,
            errors,
        }
    }

    #[test]
    fn the_verdict_holds_only_when_tokio_served_everyone_and_the_pool_its_workers() {
        let tokio = tokio_label(Flavor::CurrentThread);
        let pool = "lab-02 pool(16), keep-alive";
        let judged = |t: KeptRow, p: KeptRow| verdict(&[t, p]).map(|v| v.ok);
        assert_eq!(
            judged(row(&tokio, 64, 64, 0), row(pool, 64, 16, 48)),
            Some(true)
        );
        assert_eq!(
            judged(row(&tokio, 64, 63, 0), row(pool, 64, 16, 48)),
            Some(false)
        );
        assert_eq!(
            judged(row(&tokio, 64, 64, 2), row(pool, 64, 16, 48)),
            Some(false)
        );
        assert_eq!(
            judged(row(&tokio, 64, 64, 0), row(pool, 64, 40, 0)),
            Some(false)
        );
        assert!(verdict(&[row(&tokio, 64, 64, 0)]).is_none(), "no pool row");
    }
}
