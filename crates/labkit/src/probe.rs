//! What the operating system can tell us about this process, read live.
//!
//! On Linux every figure but the CPU count comes from `/proc/self/status`; elsewhere
//! each of those probes returns `None` and reports print "n/a" rather than a made-up
//! number.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::thread::JoinHandle;
use std::time::Duration;

/// How many CPUs this process may run on (1 when the OS will not say).
pub fn cpu_count() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// One field of `/proc/self/status`, e.g. `Threads` or `VmHWM`, as a number.
fn status_field(name: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status.lines().find_map(|line| {
        let rest = line.strip_prefix(name)?.strip_prefix(':')?;
        rest.split_whitespace().next()?.parse().ok()
    })
}

/// Threads alive in this process right now (including main).
pub fn live_threads() -> Option<u64> {
    status_field("Threads")
}

/// Current resident memory in KiB.
pub fn rss_kib() -> Option<u64> {
    status_field("VmRSS")
}

/// Peak resident memory (high-water mark) in KiB since start or the last [`reset_peak_rss`].
pub fn peak_rss_kib() -> Option<u64> {
    status_field("VmHWM")
}

/// Reset the peak-RSS mark so the next phase is measured on its own (Linux 4.0+).
/// Returns false where the OS does not support it.
pub fn reset_peak_rss() -> bool {
    std::fs::write("/proc/self/clear_refs", "5").is_ok()
}

/// Samples [`live_threads`] in the background and keeps the highest count seen.
///
/// Peak thread counts are what distinguish a bounded pool from a thread per task; a
/// sampler thread every millisecond sees them without touching the code under test.
/// The sampler's own thread is subtracted from the peak.
pub struct ThreadSampler {
    stop: Arc<AtomicBool>,
    peak: Arc<AtomicU64>,
    handle: Option<JoinHandle<()>>,
}

impl ThreadSampler {
    /// Start sampling every `every`.
    pub fn start(every: Duration) -> Self {
        let stop = Arc::new(AtomicBool::new(false));
        let peak = Arc::new(AtomicU64::new(0));
        let (s, p) = (stop.clone(), peak.clone());
        let handle = std::thread::Builder::new()
            .name("thread-sampler".into())
            .spawn(move || {
                // Relaxed: the flag carries no data; join() orders the final read of `peak`.
                while !s.load(Ordering::Relaxed) {
                    if let Some(n) = live_threads() {
                        p.fetch_max(n, Ordering::Relaxed);
                        // Less the sampler itself, as `finish` reports it.
                        crate::trace::counter("live threads", n.saturating_sub(1) as f64);
                    }
                    std::thread::sleep(every);
                }
            })
            .ok();
        Self { stop, peak, handle }
    }

    /// Stop sampling and return the peak thread count, minus the sampler itself.
    /// `None` where the OS gives no thread count or the sampler could not start.
    pub fn finish(mut self) -> Option<u64> {
        self.stop.store(true, Ordering::Relaxed);
        self.handle.take()?.join().ok()?;
        let peak = self.peak.load(Ordering::Relaxed);
        (peak > 0).then(|| peak - 1)
    }
}

/// Memory mappings this process holds now (lines of `/proc/self/maps`).
pub fn memory_maps() -> Option<usize> {
    Some(
        std::fs::read_to_string("/proc/self/maps")
            .ok()?
            .lines()
            .count(),
    )
}

/// The kernel's limit on memory mappings per process (`vm.max_map_count`).
pub fn max_map_count() -> Option<usize> {
    std::fs::read_to_string("/proc/sys/vm/max_map_count")
        .ok()?
        .trim()
        .parse()
        .ok()
}
