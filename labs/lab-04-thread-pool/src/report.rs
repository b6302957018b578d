//! The runner's display: the comparison table and the sweep. Declared by `main.rs`:
//! the library measures and judges, this prints.

use labkit::plot::{LineChart, Series};
use labkit::report::{Report, Table, format_figure, group_thousands, or_missing};
use labkit::verdict::Verdict;
use thread_pool::demo::measure::RunReport;
use thread_pool::demo::sweep::SweepPoint;

fn mib(kib: Option<u64>) -> String {
    or_missing(kib, |k| format_figure(k as f64 / 1024.0))
}

fn figure(v: Option<f64>) -> String {
    or_missing(v, format_figure)
}

/// The strategies side by side, a chart of wall time, and the lesson.
pub fn runs(runs: &[RunReport], work: &str, latency_ms: Option<f64>, verdict: &Verdict) -> Report {
    let tasks = runs.first().map_or(0, |r| r.tasks);
    let mut out = Report::new(&format!(
        "lab-04: {} tasks ({work})",
        group_thousands(tasks as i64)
    ));
    if let Some(ms) = latency_ms {
        out.note(&format!(
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
            r.strategy.name().to_string(),
            done,
            r.workers.to_string(),
            format_figure(r.wall_ms),
            format_figure(r.tasks_per_sec),
            or_missing(r.peak_threads, |t| t.to_string()),
            mib(r.peak_rss_kib),
            figure(r.bound_ms),
            figure(r.percent_of_bound()),
        ]);
    }
    out.table(&table);
    out.note(
        "bound = Little's law: tasks x one task's wait / workers. No pool of that size can finish sooner.",
    );
    let bars: Vec<(String, f64)> = runs
        .iter()
        .map(|r| (r.strategy.name().to_string(), r.wall_ms))
        .collect();
    out.bars("wall time (lower is better)", &bars, "ms");
    out.verdicts(std::slice::from_ref(verdict));
    out
}

/// A sweep: measured throughput next to the Little's-law line.
pub fn sweep(points: &[SweepPoint], work: &str, verdict: &Verdict) -> Report {
    let mut out = Report::new(&format!("lab-04 sweep: pool size vs throughput ({work})"));
    let mut table = Table::new(&["workers", "tasks/s", "limit/s", "% of limit"]);
    for p in points {
        table.row(&[
            p.workers.to_string(),
            format_figure(p.tasks_per_sec),
            figure(p.limit_per_sec),
            figure(p.percent_of_limit()),
        ]);
    }
    out.table(&table);
    let bars: Vec<(String, f64)> = points
        .iter()
        .map(|p| (format!("{} workers", p.workers), p.tasks_per_sec))
        .collect();
    out.bars("tasks per second", &bars, "tasks/s");
    out.verdicts(std::slice::from_ref(verdict));
    out
}

/// The sweep as a picture: tasks per second against workers, with the Little's-law line.
pub fn sweep_picture(points: &[SweepPoint], work: &str) -> LineChart {
    let measured = Series {
        name: "measured".into(),
        points: points
            .iter()
            .map(|p| (p.workers as f64, p.tasks_per_sec))
            .collect(),
    };
    let limit: Vec<(f64, f64)> = points
        .iter()
        .filter_map(|p| Some((p.workers as f64, p.limit_per_sec?)))
        .collect();
    let mut series = vec![measured];
    if !limit.is_empty() {
        series.push(Series {
            name: "Little's law: workers / one task's wait".into(),
            points: limit,
        });
    }
    LineChart {
        title: format!("lab-04: throughput against pool size ({work})"),
        x_label: "workers".into(),
        y_label: "tasks per second".into(),
        series,
        log_x: true,
        log_y: true,
    }
}
