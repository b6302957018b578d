//! Each model under the same closed-loop load, measured against Little's law.
//!
//! Little's law: in a steady system, requests in flight = throughput x latency. With
//! C clients each waiting for its answer, and each request taking at least d in the
//! handler, throughput can be at most min(C, slots) / d, where slots is how many
//! requests the model lets into the handler at once (1, unbounded, or W workers).

use crate::model::Model;
use crate::routes::demo_handler;
use crate::server::serve;
use labkit::verdict::Verdicts;
use netkit::load::{LoadConfig, run};
use serde::Serialize;
use std::io;
use std::time::Duration;

mod judged;
pub use judged::*;

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
    /// Record each model's threads for `--trace` (see [`Comparison::trace`]).
    pub trace: bool,
}

/// Give a track to one thread in so many while recording `model` under `config`: about
/// [`labkit::trace::SAMPLED_TRACKS`] of the connections expected, where each has a
/// thread (thousands of one-request threads would bury the picture).
fn sample_every(model: Model, config: &CompareConfig) -> u64 {
    match model {
        Model::ThreadPerConnection { .. } => {
            let per_client = config.duration.as_secs_f64() / config.delay.as_secs_f64().max(1e-3);
            let expected = (per_client * config.clients as f64).min(config.max_requests as f64);
            labkit::trace::one_thread_in(expected as u64)
        }
        _ => 1,
    }
}

/// One model's figures.
#[derive(Debug, Clone, Serialize)]
pub struct ModelResult {
    /// The model (in JSON by its name: `sequential`, `thread-per-connection` or `pool`).
    #[serde(serialize_with = "by_name")]
    pub model: Model,
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

fn by_name<S: serde::Serializer>(model: &Model, out: S) -> Result<S::Ok, S::Error> {
    out.serialize_str(model.name())
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
        keep_alive: false,
    };
    let report = run(server.addr(), &load);
    let totals = server.shutdown();
    let limit = little_limit(config.clients, model.concurrency(), config.delay);
    Ok(ModelResult {
        model,
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

/// Every model's figures, and what the run showed.
#[derive(Debug, Clone, Serialize)]
pub struct Comparison {
    /// One result per model, in the order run.
    pub results: Vec<ModelResult>,
    /// One expectation per model that has a Little's-law limit (the goals), and the
    /// closing verdict.
    #[serde(flatten)]
    pub verdicts: Verdicts,
    /// With [`CompareConfig::trace`], the models' traces merged: one process each.
    #[serde(skip)]
    pub trace: Option<labkit::trace::Trace>,
}

/// Run every model in `models` under `config`'s load, and judge the run;
/// `on_model(done, total)` after each model (for a progress bar).
pub fn compare(
    models: Vec<Model>,
    config: &CompareConfig,
    on_model: &mut dyn FnMut(usize, usize),
) -> io::Result<Comparison> {
    let total = models.len();
    let mut parts = labkit::trace::Parts::new(config.trace);
    let results = models
        .into_iter()
        .enumerate()
        .map(|(i, m)| {
            let result = parts.run(&m.label(), sample_every(m, config), || run_model(m, config));
            on_model(i + 1, total);
            result
        })
        .collect::<io::Result<Vec<_>>>()?;
    let verdicts = verdicts(&results);
    let trace = parts.merged();
    Ok(Comparison {
        results,
        verdicts,
        trace,
    })
}
