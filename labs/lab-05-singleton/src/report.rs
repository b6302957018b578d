//! The runner's display: constructions and instances per way, access costs, the goals
//! and the verdict. Declared by `main.rs`: the library measures, this prints.

use labkit::report::{Report, Table, format_figure, mark};
use singleton::demo::measure::{Measured, WayResult};

/// The report for every measured way.
pub fn report(measured: &Measured) -> Report {
    let results = &measured.results;
    let threads = results.first().map_or(0, |r| r.threads);
    let mut out = Report::new(&format!(
        "lab-05: singletons, {threads} threads released together"
    ));
    out.section("who built what");
    out.table(&who_built_what(results));
    out.line(
        "   (thread-local is right to give one per thread; static-item was built by the compiler)",
    );
    let bars = |access: fn(&WayResult) -> f64| -> Vec<(String, f64)> {
        results
            .iter()
            .map(|r| (r.way.name().to_string(), access(r)))
            .collect()
    };
    out.bars(
        "cost of one access after the first, one thread (ns)",
        &bars(|r| r.access_ns),
        "ns",
    );
    out.bars(
        &format!(
            "the same with all {} CPUs reading (ns)",
            labkit::probe::cpu_count()
        ),
        &bars(|r| r.access_ns_all_cpus),
        "ns",
    );
    out.judged(&measured.verdicts);
    out
}

fn who_built_what(results: &[WayResult]) -> Table {
    let mut table = Table::new(&[
        "way",
        "constructions",
        "instances",
        "",
        "ns/access",
        "all CPUs",
    ]);
    for r in results {
        table.row(&[
            r.way.name().to_string(),
            r.constructions.to_string(),
            r.distinct_instances.to_string(),
            mark(r.is_correct()),
            format_figure(r.access_ns),
            format_figure(r.access_ns_all_cpus),
        ]);
    }
    table
}
