//! The sweep's display: ns per step by strategy and thread count, as a table, bars and
//! a picture.

use counter_race::demo::harness::Pinning;
use counter_race::demo::sweep::{SweepOutcome, SweepPlan, SweepPoint};
use labkit::plot::{LineChart, Series};
use labkit::report::{Report, Table, format_figure};

/// A sweep: ns per step by strategy and thread count.
pub fn sweep(outcome: &SweepOutcome) -> Report {
    let (plan, points) = (&outcome.plan, &outcome.results);
    let mut out = Report::new("lab-03 sweep: contention made visible");
    let spent_ms = points.iter().map(|p| p.point_ms).sum::<f64>() / points.len().max(1) as f64;
    out.note(&format!(
        "points chosen for {} CPUs; each point the median of up to {} runs (fewer where one run would overrun its budget), {:.0} ms per point on average (probe included); threads {}",
        plan.cpus,
        counter_race::demo::sweep::REPEATS,
        spent_ms,
        match plan.pinning {
            Pinning::Pinned => "pinned to CPUs (--pin)",
            Pinning::Unpinned => "unpinned, as in your own program",
        }
    ));
    let mut headers = vec!["strategy".to_string()];
    headers.extend(plan.thread_counts.iter().map(|t| format!("{t} thr")));
    let mut table = Table::new(&headers);
    for &strategy in &plan.strategies {
        let mut row = vec![strategy.name().to_string()];
        let cell = |t: usize| {
            points
                .iter()
                .find(|p| p.run.strategy == strategy && p.run.threads == t)
                .map_or(String::new(), |p| {
                    format!(
                        "{} ±{:.0}%",
                        format_figure(p.run.nanos_per_op),
                        p.spread * 50.0
                    )
                })
        };
        row.extend(plan.thread_counts.iter().map(|&t| cell(t)));
        table.row(&row);
    }
    out.table(&table);
    out.note("ns per step, wall clock, all threads together; lower is faster; ± is half the range of a point's runs");
    let top = plan.thread_counts.last().copied().unwrap_or(1);
    let bars: Vec<(String, f64)> = points
        .iter()
        .filter(|p| p.run.threads == top)
        .map(|p| (p.run.strategy.name().to_string(), p.run.nanos_per_op))
        .collect();
    out.bars(&format!("ns per step at {top} threads"), &bars, "ns");
    out.judged(&outcome.verdicts);
    out
}

/// The sweep as a picture: ns per step against threads, one line per strategy, log scales.
pub fn sweep_picture(plan: &SweepPlan, points: &[SweepPoint]) -> LineChart {
    let series = plan
        .strategies
        .iter()
        .map(|&strategy| Series {
            name: strategy.name().to_string(),
            points: points
                .iter()
                .filter(|p| p.run.strategy == strategy)
                .map(|p| (p.run.threads as f64, p.run.nanos_per_op))
                .collect(),
        })
        .collect();
    LineChart {
        // The machine is in every title; name --cpus only when it plans for another one.
        title: if plan.cpus == labkit::probe::cpu_count() {
            "lab-03: ns per step as threads grow".to_string()
        } else {
            format!(
                "lab-03: ns per step as threads grow, points chosen for {} CPUs",
                plan.cpus
            )
        },
        x_label: "threads".into(),
        y_label: "ns per step (all threads together)".into(),
        series,
        log_x: true,
        log_y: true,
    }
}
