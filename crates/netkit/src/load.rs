//! A closed-loop load generator: N clients, each sending its next request only when
//! the last one is answered: a new connection per request, or one kept-alive connection
//! per client.
//!
//! Closed-loop means the offered load adapts to the server: throughput is then
//! clients / latency (Little's law), which is exactly what the server labs measure.

use crate::client::get_with_timeout;
use serde::Serialize;
use std::net::SocketAddr;
use std::sync::Barrier;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// How much load to offer, bounded by both count and time so a slow server cannot stall a run.
#[derive(Debug, Clone)]
pub struct LoadConfig {
    /// Concurrent client threads.
    pub clients: usize,
    /// Stop after this many requests in all.
    pub max_requests: u64,
    /// Stop starting new requests after this long.
    pub max_duration: Duration,
    /// The path each request asks for.
    pub path: String,
    /// Per-request timeout (connect, and each read).
    pub timeout: Duration,
    /// Each client keeps one connection (HTTP/1.1 keep-alive) instead of one per request.
    pub keep_alive: bool,
}

/// What the load generator saw.
#[derive(Debug, Clone, Serialize)]
pub struct LoadReport {
    /// Concurrent clients used.
    pub clients: usize,
    /// Clients that got at least one 200 before the run's time was up (with keep-alive,
    /// a pool of W serves only W of them).
    pub clients_served: usize,
    /// Requests answered with 200.
    pub requests: u64,
    /// Requests that failed or got another status.
    pub errors: u64,
    /// Wall time of the whole run.
    pub elapsed_ms: f64,
    /// Successful requests per second.
    pub requests_per_sec: f64,
    /// Median latency of successful requests.
    pub p50_ms: f64,
    /// 99th-percentile latency of successful requests.
    pub p99_ms: f64,
}

/// Drive `addr` with `config` and report throughput and latency.
pub fn run(addr: SocketAddr, config: &LoadConfig) -> LoadReport {
    let issued = AtomicU64::new(0);
    let errors = AtomicU64::new(0);
    let start_line = Barrier::new(config.clients + 1);
    let start = std::sync::OnceLock::new();
    let per_client: Vec<(Vec<Duration>, bool)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..config.clients)
            .map(|_| {
                scope.spawn(|| client_loop(addr, config, &start_line, &start, &issued, &errors))
            })
            .collect();
        // One start for every client, taken when all are ready: a client thread that the
        // OS runs late must not get a window of its own.
        start_line.wait();
        let _ = start.set(Instant::now());
        // A client thread only panics on a bug in this module; count its requests as lost.
        workers
            .into_iter()
            .map(|w| w.join().unwrap_or_default())
            .collect()
    });
    let clients_served = per_client.iter().filter(|(_, in_time)| *in_time).count();
    let mut latencies: Vec<Duration> = per_client.into_iter().flat_map(|(l, _)| l).collect();
    let elapsed = start.get().map_or(Duration::ZERO, Instant::elapsed);
    latencies.sort_unstable();
    LoadReport {
        clients: config.clients,
        clients_served,
        requests: latencies.len() as u64,
        errors: errors.into_inner(),
        elapsed_ms: elapsed.as_secs_f64() * 1e3,
        requests_per_sec: latencies.len() as f64 / elapsed.as_secs_f64().max(1e-9),
        p50_ms: percentile_ms(&latencies, 0.50),
        p99_ms: percentile_ms(&latencies, 0.99),
    }
}

fn client_loop(
    addr: SocketAddr,
    config: &LoadConfig,
    start_line: &Barrier,
    run_start: &std::sync::OnceLock<Instant>,
    issued: &AtomicU64,
    errors: &AtomicU64,
) -> (Vec<Duration>, bool) {
    let mut latencies = Vec::new();
    let mut served_in_time = false;
    let mut kept = config
        .keep_alive
        .then(|| crate::kept_alive::KeptAlive::new(addr, config.timeout));
    start_line.wait();
    let start = *run_start.wait();
    // Relaxed: the counter only hands out request numbers; nothing else is published through it.
    while start.elapsed() < config.max_duration
        && issued.fetch_add(1, Ordering::Relaxed) < config.max_requests
    {
        let sent = Instant::now();
        let response = match &mut kept {
            Some(connection) => connection.get(&config.path),
            None => get_with_timeout(addr, &config.path, config.timeout),
        };
        match response {
            Ok(r) if r.status == 200 => {
                latencies.push(sent.elapsed());
                served_in_time |= start.elapsed() < config.max_duration;
            }
            _ => {
                errors.fetch_add(1, Ordering::Relaxed);
            }
        }
    }
    (latencies, served_in_time)
}

/// The `p` quantile (0..=1) of sorted latencies in ms, nearest-rank; 0 when empty.
pub fn percentile_ms(sorted: &[Duration], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let rank = ((p * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len());
    sorted[rank - 1].as_secs_f64() * 1e3
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_rank_percentiles() {
        let ms: Vec<Duration> = (1..=100).map(Duration::from_millis).collect();
        assert_eq!(percentile_ms(&ms, 0.50), 50.0);
        assert_eq!(percentile_ms(&ms, 0.99), 99.0);
        assert_eq!(percentile_ms(&[], 0.5), 0.0);
    }
}
