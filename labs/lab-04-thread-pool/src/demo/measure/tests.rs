//! Unit tests of `measure.rs`.

use super::*;

fn report(strategy: Strategy, workers: usize, wall_ms: f64, rss_mib: u64) -> RunReport {
    RunReport {
        strategy,
        tasks: 30_000,
        completed: 30_000,
        duplicated: 0,
        failed: 0,
        spawn_failures: 0,
        workers,
        wall_ms,
        tasks_per_sec: 30_000.0 / wall_ms * 1e3,
        max_running: workers,
        peak_threads: Some(workers as u64 + 1),
        peak_rss_kib: Some(rss_mib * 1024),
        bound_ms: Some(3_000.0),
    }
}

#[test]
fn the_lesson_names_whichever_finished_first_and_the_knob() {
    let pool = report(Strategy::Pool, 10, 3_200.0, 5);
    let slow_threads = report(Strategy::ThreadPerTask, 30_000, 3_900.0, 254);
    let fast_threads = report(Strategy::ThreadPerTask, 30_000, 2_500.0, 254);
    let pool_first = lesson(&[slow_threads, pool.clone()]);
    assert!(
        pool_first.contains("the pool of 10 finished first"),
        "{pool_first}"
    );
    let threads_first = lesson(&[fast_threads, pool]);
    assert!(
        threads_first.contains("one thread per task finished first (2,500 ms"),
        "{threads_first}"
    );
    assert!(
        threads_first.contains("100 workers would be held to 300 ms"),
        "{threads_first}"
    );
}
