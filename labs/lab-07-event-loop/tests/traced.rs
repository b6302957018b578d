//! `--trace` on `serve`: the blocking handler runs on the loop's own track, for as long
//! as it blocks, and the `/block` request waits on its connection's track meanwhile.

use labkit::testkit::traced_server::trace_a_block;

#[test]
fn a_blocking_handler_is_one_long_slice_on_the_loop_thread() {
    let trace = trace_a_block(env!("CARGO_BIN_EXE_lab-07"), &[], 300, "INT");
    let lanes = trace.lanes();
    let event_loop = lanes
        .iter()
        .find(|l| l.name == "event-loop")
        .expect("the loop's track");
    let longest = |lane: &labkit::trace::file::Lane, name: &str| {
        lane.spans
            .iter()
            .filter(|s| s.2 == name)
            .map(|s| s.1 - s.0)
            .fold(0.0, f64::max)
    };
    assert!(
        longest(event_loop, "handler") >= 300e3,
        "the handler held the loop 300 ms"
    );
    assert!(
        event_loop.spans.iter().any(|s| s.2 == "poll"),
        "and the loop waited in poll"
    );
    let block = lanes
        .iter()
        .find(|l| l.spans.iter().any(|s| s.2 == "/block"))
        .expect("a /block request");
    assert!(block.name.starts_with("conn "), "{}", block.name);
    assert!(longest(block, "/block") >= 300e3);
    assert!(
        lanes.iter().any(|l| l.spans.iter().any(|s| s.2 == "/")),
        "and the / request"
    );
}

#[test]
fn a_sweep_refuses_to_trace_in_one_sentence() {
    let trace =
        std::env::temp_dir().join(format!("lab-07-sweep-trace-{}.json", std::process::id()));
    let err = labkit::testkit::run_usage_error(
        env!("CARGO_BIN_EXE_lab-07"),
        &["--trace", &trace.to_string_lossy(), "sweep"],
    );
    assert!(err.contains("not a sweep"), "{err}");
    assert!(!trace.exists(), "a refused run leaves no empty file behind");
}
