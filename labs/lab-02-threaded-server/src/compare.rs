//! Each model under the same closed-loop load, measured against Little's law.
//!
//! Little's law: in a steady system, requests in flight = throughput x latency. With
//! C clients each waiting for its answer, and each request taking at least d in the
//! handler, throughput can be at most min(C, slots) / d, where slots is how many
//! requests the model lets into the handler at once (1, unbounded, or W workers).

use crate::model::Model;
use crate::routes::demo_handler;
use crate::server::serve;
use labkit::report::{Table, bar_chart, format_figure, mark, note, section, title, verdict};
use netkit::load::{LoadConfig, run};
use serde::Serialize;
use std::io;
use std::time::Duration;

/// The load to offer every model.
#[derive(Debug, Clone)]
pub struct CompareConfig {
    /// Concurrent clients.
    pub clients: usize,
    /// Time each request spends in the handler.
    pub delay: Duration,
    /// How long to offer load to each model.
    pub duration: Duration,
    /// Most requests per model.
    pub max_requests: u64,
}

/// One model's figures.
#[derive(Debug, Clone, Serialize)]
pub struct ModelResult {
    /// `sequential`, `thread-per-connection` or `pool`.
    pub model: &'static str,
    /// `pool(16)` etc.
    pub label: String,
    /// Workers, for the pool.
    pub workers: Option<usize>,
    /// Concurrent clients.
    pub clients: usize,
    /// Requests answered 200.
    pub requests: u64,
    /// Requests that failed.
    pub errors: u64,
    /// Throughput.
    pub requests_per_sec: f64,
    /// Median latency.
    pub p50_ms: f64,
    /// 99th-percentile latency.
    pub p99_ms: f64,
    /// Little's-law limit: min(clients, slots) / delay; `None` at 0 ms delay.
    pub limit_per_sec: Option<f64>,
    /// Throughput as a percentage of the limit.
    pub percent_of_limit: Option<f64>,
    /// Most serving threads alive at once (the accept thread included).
    pub peak_threads: u64,
}

/// Little's law: the most requests per second `clients` closed-loop clients can get
/// through a model admitting `slots` at once (`None`: unbounded), `delay` each.
pub fn little_limit(clients: usize, slots: Option<usize>, delay: Duration) -> Option<f64> {
    let in_flight = slots.map_or(clients, |s| s.min(clients));
    (!delay.is_zero()).then(|| in_flight as f64 / delay.as_secs_f64())
}

/// Start `model` on a free loopback port, drive it, shut it down, report.
pub fn run_model(model: Model, config: &CompareConfig) -> io::Result<ModelResult> {
    let listener = netkit::bind::bind("127.0.0.1:0".parse().expect("a literal address"))?;
    let server = serve(
        listener,
        model,
        demo_handler(Duration::ZERO),
        netkit::request::DEFAULT_READ_TIMEOUT,
    )?;
    let load = LoadConfig {
        clients: config.clients,
        max_requests: config.max_requests,
        max_duration: config.duration,
        path: format!("/sleep?ms={}", config.delay.as_millis()),
        // A sequential server makes the 64th client wait 64 x delay: allow for it.
        timeout: Duration::from_secs(10) + config.delay * config.clients as u32,
    };
    let report = run(server.addr(), &load);
    let totals = server.shutdown();
    let limit = little_limit(config.clients, model.concurrency(), config.delay);
    Ok(ModelResult {
        model: model.name(),
        label: model.label(),
        workers: match model {
            Model::Pool { workers, .. } => Some(workers),
            _ => None,
        },
        clients: config.clients,
        requests: report.requests,
        errors: report.errors,
        requests_per_sec: report.requests_per_sec,
        p50_ms: report.p50_ms,
        p99_ms: report.p99_ms,
        limit_per_sec: limit,
        percent_of_limit: limit.map(|l| 100.0 * report.requests_per_sec / l),
        peak_threads: totals.peak_threads,
    })
}

/// The models `compare` runs: sequential, a thread per connection, and pools of the given sizes.
pub fn default_models(pool_sizes: &[usize], clients: usize) -> Vec<Model> {
    let mut models = vec![Model::Sequential, Model::ThreadPerConnection { cap: None }];
    models.extend(pool_sizes.iter().map(|&workers| Model::Pool {
        workers,
        queue: clients.max(64),
    }));
    models
}

/// Print the comparison table, chart and verdict.
pub fn print_compare(results: &[ModelResult], config: &CompareConfig) {
    title(&format!(
        "lab-02: {} clients, {} ms in the handler",
        config.clients,
        config.delay.as_millis()
    ));
    let mut table = Table::new(&[
        "model",
        "requests",
        "req/s",
        "p50 ms",
        "p99 ms",
        "limit/s",
        "% of limit",
        "peak threads",
    ]);
    for r in results {
        let opt = |v: Option<f64>| v.map_or("n/a".to_string(), format_figure);
        table.row(&[
            r.label.clone(),
            r.requests.to_string(),
            format_figure(r.requests_per_sec),
            format_figure(r.p50_ms),
            format_figure(r.p99_ms),
            opt(r.limit_per_sec),
            opt(r.percent_of_limit),
            r.peak_threads.to_string(),
        ]);
    }
    table.print();
    note(
        "limit = Little's law: min(clients, workers) / handler time. A closed loop cannot beat it.",
    );
    let bars: Vec<(String, f64)> = results
        .iter()
        .map(|r| (r.label.clone(), r.requests_per_sec))
        .collect();
    bar_chart("requests per second", &bars, "req/s");
    section("expectations");
    let near_limit =
        |r: &ModelResult| r.percent_of_limit.is_none_or(|p| p >= 90.0) && r.errors == 0;
    for r in results {
        labkit::outln!(
            "   {} {}: {} errors, {} of its limit",
            mark(near_limit(r)),
            r.label,
            r.errors,
            r.percent_of_limit
                .map_or("n/a".into(), |p| format!("{p:.0}%"))
        );
    }
    labkit::report::debug_build_note();
    let ok = results.iter().all(near_limit);
    let best = results
        .iter()
        .map(|r| r.requests_per_sec)
        .fold(0.0, f64::max);
    let sequential = results
        .iter()
        .find(|r| r.model == "sequential")
        .map_or(0.0, |r| r.requests_per_sec);
    let speedup = if sequential > 0.0 {
        best / sequential
    } else {
        0.0
    };
    verdict(
        ok,
        &format!(
            "every model reached 90% of its Little's-law limit or more; threads served {speedup:.0}x what one-at-a-time did"
        ),
    );
}
