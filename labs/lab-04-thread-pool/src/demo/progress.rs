//! A progress bar while a strategy runs, drawn from the tasks' own tally.
//!
//! The bar polls the tracker every 50 ms instead of being ticked by each task, so a
//! no-op task pays nothing for it. indicatif draws only on a terminal; in a pipe or
//! CI log the bar is silent and the report's table says the same.

use crate::strategy::Batch;
use indicatif::{ProgressBar, ProgressStyle};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::JoinHandle;
use std::time::Duration;

/// A running progress bar; call [`Progress::finish`] when the strategy is done.
pub struct Progress {
    stop: Arc<AtomicBool>,
    watcher: Option<JoinHandle<()>>,
}

/// Show a bar labelled `label` for `batch` (hidden when stderr is not a terminal).
pub fn watch(label: &str, batch: &Arc<Batch>) -> Progress {
    let bar = ProgressBar::new(batch.tracker.tasks() as u64);
    if let Ok(style) =
        ProgressStyle::with_template("{prefix:>16} [{bar:40}] {pos}/{len} tasks {elapsed}")
    {
        bar.set_style(style.progress_chars("=> "));
    }
    bar.set_prefix(label.to_string());
    let stop = Arc::new(AtomicBool::new(false));
    let (watch_stop, watch_batch) = (Arc::clone(&stop), Arc::clone(batch));
    let watcher = std::thread::Builder::new()
        .name("progress".into())
        .spawn(move || {
            // Relaxed: the flag carries no data; join() orders the end.
            while !watch_stop.load(Ordering::Relaxed) {
                bar.set_position(watch_batch.tracker.done());
                std::thread::sleep(Duration::from_millis(50));
            }
            bar.finish_and_clear();
        })
        .ok();
    Progress { stop, watcher }
}

impl Progress {
    /// Stop and clear the bar.
    pub fn finish(mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(watcher) = self.watcher.take() {
            let _ = watcher.join();
        }
    }
}
