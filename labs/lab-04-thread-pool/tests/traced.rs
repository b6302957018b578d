//! `--trace` and `--timeline`: a pool's workers are its tracks, every task appears once,
//! and 30,000 threads are sampled to a legible few with a counter for them all.

use labkit::testkit::traced::run_traced;
use labkit::trace::SAMPLED_TRACKS;

#[test]
fn a_pool_of_w_workers_has_w_tracks_and_every_task_appears_once() {
    // 2 ms tasks keep every worker busy for the whole run (400 x 2 ms / 4 = 200 ms),
    // so each runs tasks and has its track (a thread's first task makes its track).
    let args = ["--tasks", "400", "--workers", "4", "--task-ms", "2"];
    let args = [&args[..], &["--strategy", "pool,thread-per-task"]].concat();
    let (trace, stdout) = run_traced(env!("CARGO_BIN_EXE_lab-04"), &args, "lab-04-trace");

    let pool = trace.pid_of("pool").expect("a process for the pool");
    let workers = trace.lanes_of(pool);
    assert_eq!(workers.len(), 4, "one track per worker: {workers:?}");
    assert!(
        workers.iter().all(|w| w.name.contains("pool-worker-")),
        "{workers:?}"
    );
    let mut tasks: Vec<u64> = trace
        .spans("task")
        .filter(|e| e.pid == pool)
        .map(|e| e.args["task"].as_u64().expect("a task id"))
        .collect();
    tasks.sort_unstable();
    assert_eq!(tasks, (0..400).collect::<Vec<u64>>(), "every task once");

    let each = trace
        .pid_of("thread-per-task")
        .expect("a process for thread-per-task");
    let sampled = trace.lanes_of(each).len();
    assert!(
        (2..=SAMPLED_TRACKS as usize + 1).contains(&sampled),
        "{sampled} tracks for 400 threads"
    );
    let counted = trace
        .events
        .iter()
        .any(|e| e.pid == each && e.ph == 'C' && e.name == "live threads");
    assert!(
        counted,
        "a live-threads counter for the threads without a track"
    );
    assert!(
        stdout.contains("has a track"),
        "the runner says it sampled: {stdout}"
    );
    assert!(
        stdout.contains("recording cost"),
        "and what recording cost: {stdout}"
    );
}

#[test]
fn a_sweep_refuses_to_trace_in_one_sentence() {
    let trace =
        std::env::temp_dir().join(format!("lab-04-sweep-trace-{}.json", std::process::id()));
    let err = labkit::testkit::run_usage_error(
        env!("CARGO_BIN_EXE_lab-04"),
        &["--trace", &trace.to_string_lossy(), "sweep"],
    );
    assert!(err.contains("not a sweep"), "{err}");
    assert!(!trace.exists(), "a refused run leaves no empty file behind");
}
