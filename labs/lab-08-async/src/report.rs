//! The runner's display: the freeze, the Semaphore against the pool, the tasks, and
//! the verdicts. Declared by `main.rs`: the library measures and judges, this prints.

use async_server::demo::outcome::{Demo, DemoConfig};
use labkit::report::{Report, Table, format_figure, group_thousands, mark, or_missing};
use labkit::verdict::Verdict;

/// The demo as a report, its sections numbered here.
pub fn demo(demo: &Demo, config: &DemoConfig) -> Report {
    let mut out = Report::new("lab-08: the event loop, written for you (tokio)");
    let mut n = Numbered(0);
    // A section that did not run (`lab-08 block`, `lab-08 urls`) has no rows: left out.
    if !demo.freeze.is_empty() {
        freeze(&mut out, &mut n, demo, config);
    }
    if !demo.waiting.is_empty() {
        waiting(&mut out, &mut n, demo);
    }
    if !demo.tasks.is_empty() {
        tasks(&mut out, &mut n, demo, config);
    }
    if !demo.idle.is_empty() {
        idle(&mut out, &mut n, demo);
    }
    if !demo.kept_alive.is_empty() {
        kept_alive(&mut out, &mut n, demo);
    }
    out.verdicts(std::slice::from_ref(&demo.verdicts.closing));
    out
}

/// Section numbers, counted as the sections are shown.
struct Numbered(usize);

impl Numbered {
    fn next(&mut self, title: &str) -> String {
        self.0 += 1;
        format!("{}) {title}", self.0)
    }
}

fn lines(out: &mut Report, verdicts: &[Verdict]) {
    for v in verdicts {
        out.line(format!("   {} {}", mark(v.ok), v.text));
    }
}

fn freeze(out: &mut Report, n: &mut Numbered, demo: &Demo, config: &DemoConfig) {
    out.section(&n.next(&format!(
        "a blocking call in async code: other clients' wait during a {} ms /block",
        config.block_ms
    )));
    let mut freeze = Table::new(&[
        "runtime",
        "/block runs",
        "blocked at once",
        "others' median ms",
        "others' worst ms",
    ]);
    for run in &demo.freeze {
        freeze.row(&[
            run.flavor.label(),
            run.blocking.label().into(),
            run.blocked.to_string(),
            format_figure(run.probe_median_ms),
            format_figure(run.probe_max_ms),
        ]);
    }
    out.table(&freeze);
    lines(out, &demo.verdicts.freeze);
}

fn waiting(out: &mut Report, n: &mut Numbered, demo: &Demo) {
    out.section(&n.next(&format!(
        "full: a Semaphore makes clients wait, a bounded pool says 503 ({})",
        demo.burst.label()
    )));
    let mut waiting = Table::new(&[
        "server",
        "200",
        "503",
        "200 median ms",
        "200 worst ms",
        "503 worst ms",
    ]);
    for row in &demo.waiting {
        waiting.row(&[
            row.server.clone(),
            row.ok.to_string(),
            row.refused.to_string(),
            format_figure(row.ok_median_ms),
            format_figure(row.ok_max_ms),
            format_figure(row.refused_max_ms),
        ]);
    }
    out.table(&waiting);
    lines(out, demo.verdicts.waiting.as_slice());
}

fn tasks(out: &mut Report, n: &mut Numbered, demo: &Demo, config: &DemoConfig) {
    out.section(&n.next(&format!(
        "{} URL tasks, {}, each strategy in a process of its own",
        group_thousands(config.tasks as i64),
        config.work.label(config.task_ms)
    )));
    let mut tasks = Table::new(&[
        "strategy",
        "ran",
        "failed",
        "most at once",
        "wall ms",
        "% of Little's bound",
        "peak threads",
        "peak RSS MiB",
    ]);
    for run in &demo.tasks {
        tasks.row(&[
            run.strategy.label().to_string(),
            group_thousands(run.completed as i64),
            run.failed.to_string(),
            run.max_running.to_string(),
            format_figure(run.wall_ms),
            or_missing(run.percent_of_bound(), |p| format!("{p:.1}%")),
            or_missing(run.peak_threads, |t| t.to_string()),
            or_missing(run.peak_rss_kib, |k| format_figure(k as f64 / 1024.0)),
        ]);
    }
    out.table(&tasks);
    out.note("Little's bound: the waits the tasks measured, summed, / 10 places (lab-04: tasks x a measured sleep / 10); peak threads and RSS: the whole child process");
    out.goals(&demo.verdicts.tasks);
}

fn idle(out: &mut Report, n: &mut Numbered, demo: &Demo) {
    out.section(&n.next("idle connections: what each costs in memory"));
    if let Some(why) = &demo.idle_lowered {
        out.warn(why);
    }
    let mut idle = Table::new(&[
        "server",
        "idle held",
        "threads",
        "RSS added MiB",
        "KiB per connection",
    ]);
    for row in &demo.idle {
        idle.row(&[
            row.server.clone(),
            group_thousands(row.connections as i64),
            or_missing(row.threads, |t| t.to_string()),
            or_missing(row.rss_kib, |k| format_figure(k as f64 / 1024.0)),
            or_missing(row.per_connection_kib(), format_figure),
        ]);
    }
    out.table(&idle);
    out.note("threads: alive in this process, the idle clients' side included; RSS added: by opening and holding the connections");
    lines(out, demo.verdicts.idle.as_slice());
}

fn kept_alive(out: &mut Report, n: &mut Numbered, demo: &Demo) {
    let clients = demo.kept_alive.first().map_or(0, |r| r.clients);
    out.section(&n.next(&format!(
        "{clients} kept-alive clients, {} ms each server: who serves them all",
        demo.kept_alive_ms
    )));
    let mut table = Table::new(&["server", "clients served", "requests/s", "failed"]);
    for row in &demo.kept_alive {
        table.row(&[
            row.server.clone(),
            format!("{} of {}", row.clients_served, row.clients),
            group_thousands(row.requests_per_sec.round() as i64),
            row.errors.to_string(),
        ]);
    }
    out.table(&table);
    out.note("each client asks again as soon as it is answered, on one connection; the clients run in this process, on the same CPUs");
    lines(out, demo.verdicts.kept_alive.as_slice());
}
