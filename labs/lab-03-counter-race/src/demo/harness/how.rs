//! How a run is done: its threads one at a time or released together, pinned to CPUs or
//! wherever the scheduler puts them, and the runner's policy for which runs are pinned.

use crate::strategy::Strategy;
use serde::Serialize;

/// How the threads are scheduled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Schedule {
    /// Start, join, start, join: never two at once.
    Sequential,
    /// All started, then released together from a spinning [`StartLine`](crate::demo::start_line::StartLine).
    Concurrent,
}

/// Whether each racing thread is pinned to a CPU of its own.
///
/// Pinning makes two racing threads really overlap, so the race shows in almost every run; but it
/// also stops the scheduler from moving a thread that waits for a lock, and with more
/// threads than CPUs a pinned waiter queues behind a pinned holder on the same CPU. So
/// the race is shown pinned, and the fixes' costs are measured as a student's own
/// program runs: unpinned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Pinning {
    /// One thread per CPU (round robin), where the OS allows it.
    Pinned,
    /// Wherever the scheduler puts them.
    Unpinned,
}

impl Pinning {
    /// The runner's policy. `--pin` pins every run and `--no-pin` none; otherwise the
    /// racy runs are pinned, so the race shows on every machine, and the fixes run
    /// unpinned, as a student's own program would.
    pub fn for_run(strategy: Strategy, pin: bool, no_pin: bool) -> Self {
        match (pin, no_pin, strategy) {
            (true, _, _) => Self::Pinned,
            (_, true, _) => Self::Unpinned,
            (_, _, Strategy::Racy) => Self::Pinned,
            _ => Self::Unpinned,
        }
    }
}
