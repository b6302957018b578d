//! A full Semaphore against a full pool: who is told "no", and when.
//!
//! The same burst of clients, each asking for `/sleep?ms=D`, against lab-08 with room
//! for `places` connections and against lab-02's pool of `places` workers (and a queue
//! as long): tokio's clients all get 200, the late ones after waiting their turn; the
//! pool's late ones get 503 at once.

use super::clients::{Timed, all_at_once, median_and_max_ms};
use super::running::{Flavor, Running};
use crate::server::Options;
use serde::Serialize;
use std::io;
use std::time::Duration;
use threaded_server::Model;

/// One server's answers to the burst.
#[derive(Debug, Clone, Serialize)]
pub struct WaitRow {
    /// Which server: `tokio, Semaphore(4)` or `lab-02 pool(4), queue 4`.
    pub server: String,
    /// Clients in the burst.
    pub clients: usize,
    /// Answered 200.
    pub ok: usize,
    /// Answered 503.
    pub refused: usize,
    /// Median latency of the 200s.
    pub ok_median_ms: f64,
    /// Worst latency of the 200s.
    pub ok_max_ms: f64,
    /// Worst latency of the 503s (how soon "no" came).
    pub refused_max_ms: f64,
}

fn row(server: String, answers: &[Timed]) -> WaitRow {
    let took = |status: u16| -> Vec<Duration> {
        answers
            .iter()
            .filter(|a| a.status == status)
            .map(|a| a.took)
            .collect()
    };
    let (ok, refused) = (took(200), took(503));
    let (ok_median_ms, ok_max_ms) = median_and_max_ms(&ok);
    WaitRow {
        server,
        clients: answers.len(),
        ok: ok.len(),
        refused: refused.len(),
        ok_median_ms,
        ok_max_ms,
        refused_max_ms: median_and_max_ms(&refused).1,
    }
}

/// A burst: `clients` at once, each asking for `/sleep?ms={sleep_ms}`, against servers
/// with `places` each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Burst {
    /// Connections (tokio) or workers (lab-02) each server has.
    pub places: usize,
    /// Clients sent at once.
    pub clients: usize,
    /// Each request's sleep, ms.
    pub sleep_ms: u64,
}

impl Burst {
    /// The demo's: three clients per place, each holding its place 300 ms.
    pub const DEMO: Self = Self {
        places: 4,
        clients: 12,
        sleep_ms: 300,
    };

    /// `12 clients, /sleep?ms=300, 4 places`, for the report.
    pub fn label(&self) -> String {
        format!(
            "{} clients, /sleep?ms={}, {} places",
            self.clients, self.sleep_ms, self.places
        )
    }
}

/// `burst` against both servers.
pub fn rows(burst: Burst) -> io::Result<Vec<WaitRow>> {
    let Burst {
        places,
        clients,
        sleep_ms,
    } = burst;
    let path = format!("/sleep?ms={sleep_ms}");
    let options = Options {
        max_connections: places,
        ..Options::default()
    };
    let tokio = Running::on_loopback(Flavor::CurrentThread, options)?;
    let tokio_row = row(
        format!("tokio, Semaphore({places})"),
        &all_at_once(tokio.addr(), &path, clients),
    );
    tokio.shutdown();
    let model = Model::Pool {
        workers: places,
        queue: places,
    };
    let handler = threaded_server::routes::demo_handler(Duration::ZERO);
    let pool = threaded_server::server::serve(
        netkit::bind::bind("127.0.0.1:0".parse().expect("a literal address"))?,
        model,
        handler,
        Duration::from_secs(5),
    )?;
    let pool_row = row(
        format!("lab-02 {}", model.label()),
        &all_at_once(pool.addr(), &path, clients),
    );
    pool.shutdown();
    Ok(vec![tokio_row, pool_row])
}
