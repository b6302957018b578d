//! A row of the c10k table: which server it measured, and what holding the idle
//! connections cost it.

use serde::Serialize;
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
