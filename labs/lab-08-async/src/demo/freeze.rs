//! The freeze: other clients' latency while `/block` requests run.
//!
//! `blocked` clients each ask for `/block?ms=B`; once their requests are written, a probe
//! client asks for `/` again and again until they are answered. The probe's worst
//! latency is how long everyone else was frozen.

use super::clients::{get_timed, median_and_max_ms};
use super::running::{Flavor, Running};
use crate::blocking::Blocking;
use crate::server::Options;
use labkit::trace::Parts;
use serde::Serialize;
use std::io;
use std::sync::mpsc;
use std::time::Duration;

/// One freeze measured.
#[derive(Debug, Clone, Serialize)]
pub struct FreezeRun {
    /// The runtime.
    pub flavor: Flavor,
    /// Where `/block` ran.
    pub blocking: Blocking,
    /// `/block` requests in flight at once.
    pub blocked: usize,
    /// How long each blocked.
    pub block_ms: u64,
    /// `/` requests the probe made meanwhile.
    pub probes: usize,
    /// Their median latency.
    pub probe_median_ms: f64,
    /// Their worst latency: how long everyone else was frozen.
    pub probe_max_ms: f64,
}

impl FreezeRun {
    /// True when the probe waited at least half a block: the others were frozen.
    pub fn froze(&self) -> bool {
        self.probe_max_ms >= self.block_ms as f64 / 2.0
    }
}

/// Measure one freeze on a fresh server.
pub fn measure(
    flavor: Flavor,
    blocking: Blocking,
    blocked: usize,
    block_ms: u64,
) -> io::Result<FreezeRun> {
    let options = Options {
        blocking,
        ..Options::default()
    };
    let server = Running::on_loopback(flavor, options)?;
    let addr = server.addr();
    let (sent_tx, sent) = mpsc::channel();
    let blockers: Vec<_> = (0..blocked)
        .map(|_| {
            let sent_tx = sent_tx.clone();
            let path = format!("/block?ms={block_ms}");
            std::thread::spawn(move || get_timed(addr, &path, Some(sent_tx)))
        })
        .collect();
    for _ in 0..blocked {
        let _ = sent.recv();
    }
    let mut probes = Vec::new();
    while probes.is_empty() || blockers.iter().any(|b| !b.is_finished()) {
        probes.push(get_timed(addr, "/", None).took);
        std::thread::sleep(Duration::from_millis(10));
    }
    for blocker in blockers {
        let _ = blocker.join();
    }
    server.shutdown();
    let (probe_median_ms, probe_max_ms) = median_and_max_ms(&probes);
    Ok(FreezeRun {
        flavor,
        blocking,
        blocked,
        block_ms,
        probes: probes.len(),
        probe_median_ms,
        probe_max_ms,
    })
}

/// The four runs the demo shows: one thread blocked in a task, the fix, and a
/// `workers`-thread runtime with one fewer and one more blocked task than workers;
/// each recorded into `parts` as a process of its own when tracing.
pub fn runs(workers: usize, block_ms: u64, parts: &mut Parts) -> io::Result<Vec<FreezeRun>> {
    let multi = Flavor::MultiThread { workers };
    let mut plan = vec![
        (Flavor::CurrentThread, Blocking::InTask, 1),
        (Flavor::CurrentThread, Blocking::SpawnBlocking, 1),
    ];
    if workers >= 2 {
        plan.push((multi, Blocking::InTask, workers - 1));
    }
    plan.push((multi, Blocking::InTask, workers + 1));
    plan.into_iter()
        .map(|(flavor, blocking, blocked)| {
            let name = format!("{}, {blocked} /block {}", flavor.label(), blocking.label());
            parts.run(&name, 1, || measure(flavor, blocking, blocked, block_ms))
        })
        .collect()
}
