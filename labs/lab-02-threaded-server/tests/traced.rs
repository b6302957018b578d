//! `--trace` and `--timeline` on `compare`: each model a process, its threads its tracks.

use labkit::testkit::traced::run_traced;

#[test]
fn each_model_is_a_process_and_a_pool_of_w_has_w_worker_tracks() {
    let args = [
        "--duration-ms",
        "300",
        "--clients",
        "4",
        "--delay-ms",
        "10",
        "--workers",
        "2",
    ];
    let (trace, _) = run_traced(env!("CARGO_BIN_EXE_lab-02"), &args, "lab-02-trace");

    let sequential = trace
        .pid_of("sequential")
        .expect("a process for sequential");
    assert_eq!(
        trace.lanes_of(sequential).len(),
        1,
        "one thread served every connection"
    );
    let pool = trace.pid_of("pool(2)").expect("a process for pool(2)");
    let workers = trace.lanes_of(pool);
    assert_eq!(workers.len(), 2, "{workers:?}");
    assert!(
        workers.iter().all(|w| w.name.contains("worker-")),
        "{workers:?}"
    );
    let per_connection = trace.pid_of("thread-per-connection").expect("its process");
    assert!(
        trace.lanes_of(per_connection).len() >= 2,
        "a thread per connection"
    );
    let counted = trace
        .events
        .iter()
        .any(|e| e.pid == per_connection && e.ph == 'C' && e.name == "serving threads");
    assert!(counted, "a serving-threads counter");
}
