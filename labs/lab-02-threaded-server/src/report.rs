//! The runner's display: the comparison table, its chart and its verdicts. Declared by
//! `main.rs`: the library runs and judges, this prints.

use labkit::plot::BarChart;
use labkit::report::{Report, Table, format_figure, mark, or_missing};
use threaded_server::demo::compare::{CompareConfig, Comparison};

/// The comparison as a report.
pub fn compare(comparison: &Comparison, config: &CompareConfig) -> Report {
    let mut out = Report::new(&format!(
        "lab-02: {} clients, {} ms in the handler",
        config.clients,
        config.delay.as_millis()
    ));
    let mut table = Table::new(&[
        "model",
        "requests",
        "req/s",
        "p50 ms",
        "p99 ms",
        "limit/s",
        "% of limit",
        "peak threads",
    ]);
    let figure = |v: Option<f64>| or_missing(v, format_figure);
    for r in &comparison.results {
        table.row(&[
            r.label.clone(),
            r.requests.to_string(),
            format_figure(r.requests_per_sec),
            format_figure(r.p50_ms),
            format_figure(r.p99_ms),
            figure(r.limit_per_sec),
            figure(r.percent_of_limit),
            r.peak_threads.to_string(),
        ]);
    }
    out.table(&table);
    out.note(
        "limit = Little's law: min(clients, workers) / handler time. A closed loop cannot beat it.",
    );
    let bars: Vec<(String, f64)> = comparison
        .results
        .iter()
        .map(|r| (r.label.clone(), r.requests_per_sec))
        .collect();
    out.bars("requests per second", &bars, "req/s");
    // Not speed goals (judged in every build): what Little's law says each model reaches.
    let expectations = &comparison.verdicts.goals;
    if !expectations.is_empty() {
        out.section("expectations");
    }
    for v in expectations {
        out.line(format!("   {} {}", mark(v.ok), v.text));
    }
    out.verdicts(std::slice::from_ref(&comparison.verdicts.closing));
    out
}

/// The comparison as a picture: each model's requests per second beside its limit.
pub fn picture(comparison: &Comparison, config: &CompareConfig) -> BarChart {
    BarChart {
        title: format!(
            "lab-02: {} clients, {} ms in the handler",
            config.clients,
            config.delay.as_millis()
        ),
        y_label: "requests per second".into(),
        value_names: vec!["measured".into(), "Little's-law limit".into()],
        groups: comparison
            .results
            .iter()
            .map(|r| {
                (
                    r.label.clone(),
                    vec![Some(r.requests_per_sec), r.limit_per_sec],
                )
            })
            .collect(),
    }
}
