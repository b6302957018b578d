//! What the runner prints: constructions and instances per way, then access costs.

use crate::measure::WayResult;
use labkit::report::{Table, bar_chart, format_figure, mark, section, title, verdict};

/// Print the report for every measured way.
pub fn print_report(results: &[WayResult]) {
    let threads = results.first().map_or(0, |r| r.threads);
    title(&format!(
        "lab-05: singletons, {threads} threads released together"
    ));
    section("who built what");
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
            r.way.to_string(),
            r.constructions.to_string(),
            r.distinct_instances.to_string(),
            mark(r.is_correct()),
            format_figure(r.access_ns),
            format_figure(r.access_ns_all_cpus),
        ]);
    }
    table.print();
    labkit::outln!(
        "   (thread-local is right to give one per thread; static-item was built by the compiler)"
    );
    let single: Vec<(String, f64)> = results
        .iter()
        .map(|r| (r.way.to_string(), r.access_ns))
        .collect();
    bar_chart(
        "cost of one access after the first, one thread (ns)",
        &single,
        "ns",
    );
    let all: Vec<(String, f64)> = results
        .iter()
        .map(|r| (r.way.to_string(), r.access_ns_all_cpus))
        .collect();
    bar_chart(
        &format!(
            "the same with all {} CPUs reading (ns)",
            labkit::exit::cpu_count()
        ),
        &all,
        "ns",
    );
    print_goals(results);
    labkit::report::debug_build_note();
    let naive = results.iter().find(|r| r.way == "naive");
    let correct = results
        .iter()
        .filter(|r| r.way != "naive")
        .all(WayResult::is_correct);
    let text = match naive {
        Some(n) => format!(
            "naive built {} configs for {threads} threads; {} other way gave what it promises",
            n.constructions,
            if correct { "every" } else { "NOT every" }
        ),
        None => format!(
            "{} way gave what it promises",
            if correct { "every" } else { "NOT every" }
        ),
    };
    verdict(correct && naive.is_none_or(|n| !n.is_correct()), &text);
}

/// The handout's performance goals, checked against this run.
fn print_goals(results: &[WayResult]) {
    let find = |name: &str| results.iter().find(|r| r.way == name);
    let Some(plain) = find("static-item") else {
        return;
    };
    section("goals (ratios from this run)");
    for name in ["once-lock", "once-cell-lazy", "lazy-lock", "double-checked"] {
        if let Some(r) = find(name) {
            let ratio = r.access_ns / plain.access_ns;
            labkit::outln!(
                "   {} {name} within 2x of a plain static  (ratio {ratio:.2})",
                mark(ratio <= 2.0)
            );
        }
    }
    if let Some(locked) = find("locked") {
        let ratio = locked.access_ns / plain.access_ns;
        labkit::outln!(
            "   {} locked at least 10x slower than a plain static  (ratio {ratio:.1})",
            mark(ratio >= 10.0)
        );
        let worse = locked.access_ns_all_cpus / locked.access_ns;
        labkit::outln!(
            "   {} locked worse with all CPUs reading  (ratio {worse:.1})",
            mark(worse > 1.0)
        );
    }
}
