//! `--trace` on `join-vs-lock`: with the lock, B's time inside begins after A's ends;
//! without it, the two overlap.

use labkit::testkit::traced::run_traced;

#[test]
fn the_lock_keeps_the_regions_apart_and_without_it_they_overlap() {
    let (trace, _) = run_traced(
        env!("CARGO_BIN_EXE_lab-06"),
        &["join-vs-lock"],
        "lab-06-trace",
    );
    let inside = |process: &str, who: &str| {
        let pid = trace.pid_of(process).expect("a process per demo");
        let lane = trace
            .lanes_of(pid)
            .into_iter()
            .find(|l| l.name.ends_with(&format!(": {who}")))
            .unwrap_or_else(|| panic!("{process} has a track for {who}"));
        lane.spans
            .into_iter()
            .find(|s| s.2 == "inside the region")
            .unwrap_or_else(|| panic!("{who} was inside in {process}"))
    };
    let (a, b) = (
        inside("a lock around the region", "A"),
        inside("a lock around the region", "B"),
    );
    assert!(
        b.0 >= a.1,
        "with the lock B entered ({:.1} us) after A left ({:.1} us)",
        b.0,
        a.1
    );
    let (a, b) = (inside("no lock", "A"), inside("no lock", "B"));
    assert!(
        b.0 < a.1,
        "without it B entered ({:.1} us) before A left ({:.1} us)",
        b.0,
        a.1
    );
}

#[test]
fn a_trace_file_that_cannot_be_written_is_refused_before_the_run() {
    let err = labkit::testkit::run_usage_error(
        env!("CARGO_BIN_EXE_lab-06"),
        &["join-vs-lock", "--trace", "/nonexistent-dir/trace.json"],
    );
    assert!(
        err.contains("cannot write /nonexistent-dir/trace.json"),
        "{err}"
    );
}
