//! The runner's contract: --json figures for each strategy, http tasks really fetched,
//! bad flags exit 2.

use labkit::testkit::{run_json, run_usage_error};

const LAB_04: &str = env!("CARGO_BIN_EXE_lab-04");

#[test]
fn json_reports_each_strategy_with_its_bound() {
    let doc = run_json(
        LAB_04,
        &[
            "--tasks",
            "200",
            "--workers",
            "4",
            "--strategy",
            "pool,rayon",
            "--json",
        ],
    );
    let results = doc["results"].as_array().unwrap();
    assert_eq!(results.len(), 2);
    for r in results {
        assert_eq!(
            (
                r["tasks"].as_u64(),
                r["completed"].as_u64(),
                r["workers"].as_u64()
            ),
            (Some(200), Some(200), Some(4))
        );
        let bound = r["bound_ms"].as_f64().unwrap();
        assert!(bound >= 50.0, "200 x ~1 ms / 4 workers");
        assert!(
            r["wall_ms"].as_f64().unwrap() >= bound * 0.9,
            "no pool beats Little's law"
        );
        assert!(r.get("peak_threads").is_some() && r.get("peak_rss_kib").is_some());
    }
    let verdicts = doc["verdicts"].as_array().unwrap();
    assert_eq!(verdicts.len(), 1);
    assert_eq!(verdicts[0]["ok"], true, "every task ran exactly once");
    assert_eq!(
        verdicts[0]["text"],
        "every task that got a thread ran exactly once"
    );
    for r in results {
        let rate = r["completed"].as_f64().unwrap() / (r["wall_ms"].as_f64().unwrap() / 1e3);
        let reported = r["tasks_per_sec"].as_f64().unwrap();
        assert!(
            (rate - reported).abs() <= rate * 0.01,
            "tasks/s counts the tasks that ran: {reported} vs {rate}"
        );
    }
}

/// The pool's peak memory, in a run of `order`.
fn pool_peak_kib(order: &str) -> Option<u64> {
    let doc = run_json(
        LAB_04,
        &[
            "--tasks",
            "3000",
            "--strategy",
            order,
            "--task-ms",
            "0",
            "--json",
        ],
    );
    let results = doc["results"].as_array().unwrap();
    let pool = results.iter().find(|r| r["strategy"] == "pool").unwrap();
    pool["peak_rss_kib"].as_u64()
}

/// Peak RSS is a high-water mark of a whole process, so each strategy is measured in a
/// process of its own: running thread-per-task first must not raise the pool's figure.
#[test]
fn a_strategy_s_memory_does_not_depend_on_what_ran_before_it() {
    let (Some(alone), Some(after)) = (
        pool_peak_kib("pool,thread-per-task"),
        pool_peak_kib("thread-per-task,pool"),
    ) else {
        return; // no /proc: peak RSS is not measured on this OS
    };
    let (low, high) = (alone.min(after), alone.max(after));
    assert!(
        high <= low + low / 8 + 256,
        "the pool's peak RSS was {alone} KiB first and {after} KiB after thread-per-task"
    );
}

#[test]
fn sweep_json_carries_the_little_s_law_verdict() {
    let doc = run_json(
        LAB_04,
        &["sweep", "--sizes", "1,2", "--tasks", "40", "--json"],
    );
    let points = doc["results"].as_array().unwrap();
    assert_eq!(points.len(), 2);
    let verdict = &doc["verdicts"][0];
    assert_eq!(verdict["threshold"].as_f64(), Some(0.85));
    // The verdict's figure is the largest pool on the line, and is one of the sizes run.
    if verdict["ok"] == true {
        let on_line = verdict["figure"].as_f64().unwrap();
        assert!(on_line == 1.0 || on_line == 2.0, "{verdict}");
    }
}

/// With `--task-ms 0` there is no wait: the verdict says the cores bound it, instead of
/// a Little's-law line that no pool could reach.
#[test]
fn a_sweep_with_no_wait_is_judged_by_the_cores_not_by_little_s_law() {
    let doc = run_json(
        LAB_04,
        &[
            "sweep",
            "--sizes",
            "1,2",
            "--tasks",
            "200",
            "--task-ms",
            "0",
            "--json",
        ],
    );
    let verdict = &doc["verdicts"][0];
    let text = verdict["text"].as_str().unwrap_or_default();
    assert!(!text.contains("fell short"), "{verdict}");
    assert!(text.contains("no waiting in the tasks"), "{verdict}");
    assert_eq!(verdict["ok"], true, "{verdict}");
}

#[test]
fn http_tasks_fetch_real_urls_from_lab_02_s_server() {
    let doc = run_json(
        LAB_04,
        &[
            "--tasks",
            "100",
            "--workers",
            "8",
            "--work",
            "http",
            "--strategy",
            "pool",
            "--json",
        ],
    );
    let pool = &doc["results"][0];
    assert_eq!(
        (pool["completed"].as_u64(), pool["failed"].as_u64()),
        (Some(100), Some(0))
    );
}

#[test]
fn zero_workers_is_a_usage_error_with_exit_2() {
    assert!(run_usage_error(LAB_04, &["--workers", "0"]).contains("--workers"));
}

#[test]
fn a_sweep_size_past_4096_workers_is_refused_before_any_thread_starts() {
    let stderr = run_usage_error(LAB_04, &["sweep", "--sizes", "100000"]);
    assert!(stderr.contains("100000 is not in 1..=4096"), "{stderr}");
}

#[test]
fn sweep_plot_writes_a_well_formed_svg_with_the_little_s_law_line() {
    labkit::testkit::assert_plot(
        LAB_04,
        &["sweep", "--sizes", "1,2,4", "--tasks", "40"],
        &["workers", "tasks per second", "Little", "CPUs"],
    );
}
