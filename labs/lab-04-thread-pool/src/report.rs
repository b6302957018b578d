//! What the runner prints: the comparison table and the sweep.

use crate::measure::RunReport;
use labkit::report::{Table, bar_chart, format_figure, note, title, verdict};
use serde::Serialize;

fn mib(kib: Option<u64>) -> String {
    kib.map_or("n/a".to_string(), |k| format_figure(k as f64 / 1024.0))
}

fn opt(v: Option<f64>) -> String {
    v.map_or("n/a".to_string(), format_figure)
}

/// Print the strategies side by side, a chart of wall time, and the lesson.
pub fn print_runs(runs: &[RunReport], work: &str, measured_latency_ms: Option<f64>) {
    let Some(first) = runs.first() else { return };
    title(&format!(
        "lab-04: {} tasks ({work})",
        labkit::report::group_thousands(first.tasks as i64)
    ));
    if let Some(ms) = measured_latency_ms {
        note(&format!(
            "one task's wait, measured here: {ms:.3} ms (the bound below uses this, not the requested time)"
        ));
    }
    let mut table = Table::new(&[
        "strategy",
        "done",
        "workers",
        "wall ms",
        "tasks/s",
        "peak threads",
        "peak RSS MiB",
        "bound ms",
        "% of bound",
    ]);
    for r in runs {
        let done = if r.spawn_failures > 0 {
            format!("{} ({} threads not created)", r.completed, r.spawn_failures)
        } else {
            r.completed.to_string()
        };
        table.row(&[
            r.strategy.to_string(),
            done,
            r.workers.to_string(),
            format_figure(r.wall_ms),
            format_figure(r.tasks_per_sec),
            r.peak_threads.map_or("n/a".into(), |t| t.to_string()),
            mib(r.peak_rss_kib),
            opt(r.bound_ms),
            opt(r.percent_of_bound()),
        ]);
    }
    table.print();
    note(
        "bound = Little's law: tasks x one task's wait / workers. No pool of that size can finish sooner.",
    );
    let bars: Vec<(String, f64)> = runs
        .iter()
        .map(|r| (r.strategy.to_string(), r.wall_ms))
        .collect();
    bar_chart("wall time (lower is better)", &bars, "ms");
    labkit::report::debug_build_note();
    let all_once = runs
        .iter()
        .all(|r| r.duplicated == 0 && r.completed + r.spawn_failures as usize == r.tasks);
    verdict(all_once, &lesson(runs));
}

/// The one-line lesson the figures support.
fn lesson(runs: &[RunReport]) -> String {
    let find = |name: &str| runs.iter().find(|r| r.strategy == name);
    match (find("pool"), find("thread-per-task")) {
        (Some(pool), Some(each)) => format!(
            "every task that got a thread ran exactly once; the pool of {} used {} threads and {} MiB, one thread per task used {} and {} MiB{}",
            pool.workers,
            pool.peak_threads.map_or("?".into(), |t| t.to_string()),
            mib(pool.peak_rss_kib),
            each.peak_threads.map_or("?".into(), |t| t.to_string()),
            mib(each.peak_rss_kib),
            if each.spawn_failures > 0 {
                format!(
                    ", and {} of its threads could not even be created",
                    each.spawn_failures
                )
            } else {
                String::new()
            }
        ),
        _ => "every task that got a thread ran exactly once".to_string(),
    }
}

/// One point of a sweep over pool sizes.
#[derive(Debug, Clone, Serialize)]
pub struct SweepPoint {
    /// Workers in the pool.
    pub workers: usize,
    /// Tasks per second measured.
    pub tasks_per_sec: f64,
    /// Little's-law limit: workers / latency (None for CPU work).
    pub limit_per_sec: Option<f64>,
}

/// Print a sweep: measured throughput next to the Little's-law line.
pub fn print_sweep(points: &[SweepPoint], work: &str, cpus: usize) {
    title(&format!("lab-04 sweep: pool size vs throughput ({work})"));
    let mut table = Table::new(&["workers", "tasks/s", "limit/s", "% of limit"]);
    for p in points {
        let pct = p.limit_per_sec.map(|l| 100.0 * p.tasks_per_sec / l);
        table.row(&[
            p.workers.to_string(),
            format_figure(p.tasks_per_sec),
            opt(p.limit_per_sec),
            opt(pct),
        ]);
    }
    table.print();
    let bars: Vec<(String, f64)> = points
        .iter()
        .map(|p| (format!("{} workers", p.workers), p.tasks_per_sec))
        .collect();
    bar_chart("tasks per second", &bars, "tasks/s");
    labkit::report::debug_build_note();
    if points.iter().any(|p| p.limit_per_sec.is_some()) {
        // The largest pool up to which every size reached 85% of the line.
        let on_line = points
            .iter()
            .take_while(|p| p.limit_per_sec.is_some_and(|l| p.tasks_per_sec >= 0.85 * l))
            .last();
        let text = match on_line {
            Some(p) => format!(
                "waiting work: throughput followed the Little's-law line (workers / latency) up to {} workers; past that, starting and switching threads on {cpus} cores costs more than the waits",
                p.workers
            ),
            None => "waiting work: even the smallest pool fell short of the Little's-law line"
                .to_string(),
        };
        verdict(on_line.is_some(), &text);
    } else {
        let best = points
            .iter()
            .max_by(|a, b| a.tasks_per_sec.total_cmp(&b.tasks_per_sec))
            .map_or(0, |p| p.workers);
        verdict(
            true,
            &format!(
                "CPU work: throughput flattens at the core count ({cpus} here); the best pool had {best} workers"
            ),
        );
    }
}
