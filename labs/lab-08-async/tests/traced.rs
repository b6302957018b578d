//! `--trace` on `serve`: a blocking call in a task is one long slice on the runtime's
//! only thread, which is never parked meanwhile; each connection has its own track.

use labkit::testkit::traced_server::trace_a_block;

#[test]
fn a_blocking_call_holds_the_runtime_thread_and_it_is_parked_otherwise() {
    let trace = trace_a_block(env!("CARGO_BIN_EXE_lab-08"), &[], 300, "TERM");
    let lanes = trace.lanes();
    let runtime = lanes
        .iter()
        .find(|l| l.name == "tokio-server")
        .expect("the runtime's thread");
    let call = runtime
        .spans
        .iter()
        .find(|s| s.2 == "blocking call")
        .expect("the blocking call on the runtime's thread");
    assert!(call.1 - call.0 >= 300e3, "it held the thread 300 ms");
    assert!(
        runtime.spans.iter().any(|s| s.2 == "parked"),
        "the thread parks when idle"
    );
    let connections = lanes.iter().filter(|l| l.name.starts_with("conn ")).count();
    assert!(connections >= 2, "a track per connection: {connections}");
}

#[test]
fn spawn_blocking_moves_the_call_to_the_blocking_pool() {
    let trace = trace_a_block(
        env!("CARGO_BIN_EXE_lab-08"),
        &["--blocking", "spawn-blocking"],
        300,
        "TERM",
    );
    let lanes = trace.lanes();
    let call = lanes
        .iter()
        .find(|l| l.spans.iter().any(|s| s.2 == "blocking call"))
        .expect("the blocking call was recorded");
    assert_ne!(call.name, "tokio-server", "it ran off the runtime's thread");
    let runtime = lanes
        .iter()
        .find(|l| l.name == "tokio-server")
        .expect("the runtime's thread");
    let longest_busy = runtime
        .spans
        .windows(2)
        .map(|w| w[1].0 - w[0].1)
        .fold(0.0, f64::max);
    assert!(
        longest_busy < 300e3,
        "and the runtime's thread was never kept from parking 300 ms"
    );
}
