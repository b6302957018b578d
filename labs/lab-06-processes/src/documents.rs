//! What `--json` prints, as types: each command's figures, then its verdicts.

use labkit::verdict::Verdict;
use processes::isolation::IsolationReport;
use processes::join_vs_lock::DemoLogs;
use processes::results::Outcome;
use serde::Serialize;

/// `results --json`: a value back three ways, then the same with a panic in each.
#[derive(Debug, Serialize)]
pub struct ResultsBack<'a> {
    /// The three ways, every thread succeeding.
    pub succeeding: &'a [Outcome],
    /// The three ways, one thread panicking in each.
    pub panicking: &'a [Outcome],
}

/// The default's `--json`: every demo's figures, and the thread and process start-up
/// costs, in one document.
#[derive(Debug, Serialize)]
pub struct AllDemos<'a> {
    /// The three logs of join vs lock.
    #[serde(flatten)]
    pub logs: &'a DemoLogs,
    /// Results back from threads, every thread succeeding.
    pub results: &'a [Outcome],
    /// The same, one thread panicking in each way.
    pub results_when_panicking: &'a [Outcome],
    /// The child's list against the thread's.
    pub isolation: &'a IsolationReport,
    /// Median microseconds to start and join a thread.
    pub thread_spawn_us: f64,
    /// Median microseconds to start and wait for a process.
    pub process_spawn_us: f64,
    /// The parent's list after the child ran (unchanged).
    pub parent_list: &'a [i32],
    /// What the child said its list was.
    pub child_list: &'a [i32],
    /// Every demo's verdicts, the closing one last.
    pub verdicts: &'a [Verdict],
}
