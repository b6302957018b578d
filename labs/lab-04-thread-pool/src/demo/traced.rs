//! `--trace` and `--timeline`: every strategy's tasks, one process per strategy.
//!
//! Each strategy already runs in a process of its own ([`crate::demo::alone`]); traced, each
//! child records its tasks and writes its part, and the runner merges the parts, one
//! process each in the viewer, all starting at 0 so they line up. A pool's workers
//! are its tracks; a thread per task would be 30,000 tracks, so that strategy keeps
//! about [`SAMPLED_TRACKS`] of them, spread over the run, and its `live threads` counter.

use crate::strategy::Strategy;
use labkit::trace::{SAMPLED_TRACKS, Trace};
use std::path::{Path, PathBuf};

/// Give a track to one thread in this many (1: every thread).
pub fn sample_every(strategy: Strategy, tasks: usize) -> u64 {
    match strategy {
        Strategy::ThreadPerTask => labkit::trace::one_thread_in(tasks as u64),
        _ => 1,
    }
}

/// Where the child running `strategy` writes its part of the trace.
pub fn part_path(dir: &Path, strategy: Strategy) -> PathBuf {
    dir.join(format!(
        "lab-04-trace-{}-{}.json",
        std::process::id(),
        strategy.name()
    ))
}

/// Read the parts back (and remove them), merged in the order given.
pub fn merge_parts(dir: &Path, strategies: &[Strategy]) -> Result<Trace, String> {
    let parts = strategies
        .iter()
        .map(|&s| {
            let path = part_path(dir, s);
            let part = Trace::read(&path);
            let _ = std::fs::remove_file(&path);
            part
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Trace::merge(parts))
}

/// What the runner says about sampling, when it sampled.
pub fn sampling_note(strategies: &[Strategy], tasks: usize) -> Option<String> {
    let every = sample_every(Strategy::ThreadPerTask, tasks);
    (strategies.contains(&Strategy::ThreadPerTask) && every > 1).then(|| {
        format!(
            "thread-per-task: 1 thread in {every} has a track (about {SAMPLED_TRACKS} of {tasks}); its `live threads` counter counts them all"
        )
    })
}
