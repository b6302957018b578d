//! Deterministic outcomes: the order join proves, the region a lock guards, each
//! result path, and the child's list that never reaches the parent.

use processes::isolation::{run_child, run_isolation};
use processes::join_vs_lock::{
    join_orders_tasks, lock_makes_a_region_exclusive, regions_never_overlap,
    without_a_lock_regions_overlap,
};
use processes::results::{all_ways, by_channel, by_join, by_scope};
use std::path::Path;

fn exe() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_lab-06"))
}

#[test]
fn join_runs_a_whole_task_before_the_next_starts() {
    assert_eq!(
        join_orders_tasks(2),
        ["A step 0", "A step 1", "B step 0", "B step 1"]
    );
}

#[test]
fn a_lock_keeps_b_out_while_a_is_inside() {
    let log = lock_makes_a_region_exclusive();
    assert_eq!(
        log,
        [
            "A enters",
            "B tries to enter: locked, waits",
            "A leaves",
            "B enters",
            "B leaves"
        ]
    );
    assert!(regions_never_overlap(&log));
}

#[test]
fn without_the_lock_b_walks_in_while_a_is_inside() {
    let log = without_a_lock_regions_overlap();
    assert_eq!(log, ["A enters", "B enters", "A leaves", "B leaves"]);
    assert!(!regions_never_overlap(&log));
}

#[test]
fn every_result_path_returns_the_value() {
    for outcome in all_ways(false) {
        assert_eq!(outcome.got, Ok(5050), "{}", outcome.way.name());
    }
}

#[test]
fn a_panicking_thread_gives_err_and_the_program_goes_on() {
    assert!(
        by_join(10, true)
            .got
            .unwrap_err()
            .contains("failed on purpose")
    );
    assert!(
        by_channel(10, true)
            .got
            .unwrap_err()
            .contains("dropped without sending")
    );
    assert!(
        by_scope(&[1, 2], true)
            .got
            .unwrap_err()
            .contains("failed on purpose")
    );
    assert_eq!(
        by_join(10, false).got,
        Ok(55),
        "still running after three panics"
    );
}

#[test]
fn a_child_process_appends_to_its_own_list_and_the_parent_s_is_unchanged() {
    let report = run_isolation(exe()).unwrap();
    assert_eq!(report.child.list, [1, 2, 3, 4]);
    assert_ne!(report.child.pid, report.parent_pid);
    assert_eq!(report.parent_list_after_child, [1, 2, 3]);
    assert_eq!(
        report.list_after_thread,
        [1, 2, 3, 4],
        "a thread's append is visible"
    );
}

#[test]
fn a_missing_child_program_is_an_error_not_a_panic() {
    let err = run_child(Path::new("/nonexistent/lab-06"), 4).unwrap_err();
    assert!(err.to_string().contains("could not start"));
}

/// The exercise's grading checks, run on the lab's own code: they must pass.
#[test]
fn the_reference_results_pass_the_exercise_grading_checks() {
    use processes::checks::*;
    use processes::results::{run_all, sum_in_parallel};
    results_come_back_in_order_with_panics(run_all);
    tasks_run_at_the_same_time(run_all);
    the_parallel_sum_is_exact_and_reports_a_panic(sum_in_parallel);
    the_chunks_are_summed_at_the_same_time(sum_in_parallel);
}

/// And they can fail: running the tasks one after another on the caller's thread.
#[test]
#[should_panic(expected = "met the others")]
fn tasks_run_one_by_one_fail_the_exercise_grading_check() {
    processes::checks::tasks_run_at_the_same_time(|tasks| {
        tasks.into_iter().map(|task| Ok(task())).collect()
    });
}
