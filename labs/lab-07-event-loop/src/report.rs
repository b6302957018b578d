//! The runner's display: the c10k table, its chart and its verdict. Declared by
//! `main.rs`: the library measures and judges, this prints.

use event_loop::c10k::C10k;
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
