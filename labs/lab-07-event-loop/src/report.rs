//! The c10k table and verdict.

use crate::c10k::ModelRow;
use labkit::report::{Table, bar_chart, format_figure, note, title, verdict};

/// Print the demo's rows.
pub fn print_c10k(rows: &[ModelRow], connections: usize, clients: usize) {
    title(&format!(
        "lab-07: {connections} idle connections, then {clients} active clients"
    ));
    let mut table = Table::new(&[
        "model",
        "connections held",
        "threads",
        "RSS added MiB",
        "req/s",
        "p99 ms",
        "errors",
    ]);
    for r in rows {
        table.row(&[
            r.model.clone(),
            r.connections.to_string(),
            r.threads.map_or("n/a".into(), |t| t.to_string()),
            r.rss_kib
                .map_or("n/a".into(), |k| format_figure(k as f64 / 1024.0)),
            format_figure(r.requests_per_sec),
            format_figure(r.p99_ms),
            r.errors.to_string(),
        ]);
    }
    table.print();
    note(
        "threads: alive in this process (clients included); RSS added: by opening the idle connections and serving the load",
    );
    let bars: Vec<(String, f64)> = rows
        .iter()
        .map(|r| (r.model.clone(), r.requests_per_sec))
        .collect();
    bar_chart(
        "requests per second with the idle connections held",
        &bars,
        "req/s",
    );
    labkit::report::debug_build_note();
    let event_loop = &rows[0];
    let ok = event_loop.connections as usize == connections && event_loop.errors == 0;
    verdict(
        ok,
        &format!(
            "one thread held {} idle connections and still served {} req/s",
            event_loop.connections,
            format_figure(event_loop.requests_per_sec)
        ),
    );
}
