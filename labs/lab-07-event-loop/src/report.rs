//! The runner's display: the c10k table, its chart and its verdict. Declared by
//! `main.rs`: the library measures and judges, this prints.

use event_loop::demo::c10k::{C10k, ModelRow};
use event_loop::demo::connections_sweep::{SweepPoint, Swept};
use labkit::plot::{LineChart, Series};
use labkit::report::{Report, Table, format_figure, or_missing};

/// The demo's rows as a report.
pub fn c10k(demo: &C10k, connections: usize, clients: usize, lowered: Option<&str>) -> Report {
    let mut out = Report::new(&format!(
        "lab-07: {connections} idle connections, then {clients} active clients"
    ));
    if let Some(why) = lowered {
        out.warn(why);
    }
    let mut table = Table::new(&[
        "model",
        "connections held",
        "threads",
        "RSS added MiB",
        "req/s",
        "p99 ms",
        "errors",
    ]);
    for r in &demo.results {
        table.row(&[
            r.model.label(),
            r.connections.to_string(),
            or_missing(r.threads, |t| t.to_string()),
            or_missing(r.rss_kib, |k| format_figure(k as f64 / 1024.0)),
            format_figure(r.requests_per_sec),
            format_figure(r.p99_ms),
            r.errors.to_string(),
        ]);
    }
    out.table(&table);
    out.note(
        "threads: alive in this process (clients included); RSS added: by opening the idle connections and serving the load",
    );
    let bars: Vec<(String, f64)> = demo
        .results
        .iter()
        .map(|r| (r.model.label(), r.requests_per_sec))
        .collect();
    out.bars(
        "requests per second with the idle connections held",
        &bars,
        "req/s",
    );
    out.section(&format!(
        "the same {clients} clients, each on one kept-alive connection"
    ));
    let mut kept = Table::new(&["model", "clients served", "req/s", "errors"]);
    for r in &demo.keep_alive {
        kept.row(&[
            r.model.label(),
            format!("{} of {}", r.clients_served, r.clients),
            format_figure(r.requests_per_sec),
            r.errors.to_string(),
        ]);
    }
    out.table(&kept);
    out.note("a kept-alive client holds a pool worker between its requests; in the loop it holds a small struct");
    out.verdicts(&demo.verdicts);
    out
}

/// The connections sweep as a table, its slopes and their verdict.
pub fn sweep(swept: &Swept, lowered: Option<&str>) -> Report {
    let (points, per) = (&swept.results, &swept.per_connection_kib);
    let mut out = Report::new("lab-07 sweep: what idle connections cost");
    if let Some(why) = lowered {
        out.warn(why);
    }
    let mut table = Table::new(&[
        "connections",
        "event loop MiB",
        "event loop threads",
        "per-connection MiB",
        "per-connection threads",
    ]);
    let mib = |r: &ModelRow| or_missing(r.rss_kib, |k| format_figure(k as f64 / 1024.0));
    let threads = |r: &ModelRow| or_missing(r.threads, |t| t.to_string());
    for p in points {
        table.row(&[
            p.connections.to_string(),
            mib(&p.event_loop),
            threads(&p.event_loop),
            mib(&p.threads),
            threads(&p.threads),
        ]);
    }
    out.table(&table);
    out.note("MiB: resident memory added by holding the connections; threads: alive in this process, clients included");
    // A slope at or below 0 is the allocator's noise over too few points, not a saving.
    let kib = |k: Option<f64>| match k {
        Some(k) if k <= 0.0 => "too small for this sweep to tell".to_string(),
        k => or_missing(k, |k| format!("{} KiB", format_figure(k))),
    };
    out.line(format!(
        "per idle connection (the slope through every point): event loop {}, a thread per connection {}",
        kib(per.event_loop_kib),
        kib(per.threads_kib)
    ));
    out.verdicts(&swept.verdicts);
    out
}

/// The connections sweep as two pictures side by side: memory, and threads.
pub fn sweep_pictures(points: &[SweepPoint]) -> Vec<LineChart> {
    let series = |name: &str, pick: &dyn Fn(&SweepPoint) -> Option<f64>| Series {
        name: name.to_string(),
        points: points
            .iter()
            .filter_map(|p| Some((p.connections as f64, pick(p)?)))
            .collect(),
    };
    let mib = |r: &ModelRow| r.rss_kib.map(|k| k as f64 / 1024.0);
    let threads = |r: &ModelRow| r.threads.map(|t| t as f64);
    vec![
        LineChart {
            title: "lab-07: memory held by idle connections".into(),
            x_label: "idle connections".into(),
            y_label: "resident memory added (MiB)".into(),
            series: vec![
                series("event loop", &|p| mib(&p.event_loop)),
                series("thread per connection", &|p| mib(&p.threads)),
            ],
            log_x: true,
            log_y: true,
        },
        LineChart {
            title: "lab-07: threads for idle connections".into(),
            x_label: "idle connections".into(),
            y_label: "threads alive".into(),
            series: vec![
                series("event loop", &|p| threads(&p.event_loop)),
                series("thread per connection", &|p| threads(&p.threads)),
            ],
            log_x: true,
            log_y: true,
        },
    ]
}
