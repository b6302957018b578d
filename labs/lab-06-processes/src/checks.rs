//! The lab's outcome checks for getting results back from threads.
//!
//! One check, two callers: the lab's tests run them on [`crate::results`], and the
//! exercise (`labs/lab-06-processes/exercise`) runs them on a student's code. Each check
//! panics with a sentence in the student's words when the expectation fails.

use crate::results::Task;
use labkit::testkit::{Rendezvous, within};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

/// How long a check may take before it fails as a hang.
pub const TIME_LIMIT: Duration = Duration::from_secs(30);

const HANG: &str = "does a join wait for a thread that never ends?";

/// Runs tasks on threads and gives back their results: `results::run_all`, or a student's.
pub type RunAll = fn(Vec<Task>) -> Vec<Result<u64, String>>;

/// Sums a slice on scoped threads: `results::sum_in_parallel`, or a student's.
pub type SumInParallel = fn(&[u64], usize, &(dyn Fn(&[u64]) -> u64 + Sync)) -> Result<u64, String>;

/// Each task's value comes back in order; a panicking task comes back as its message,
/// and the others are not lost.
pub fn results_come_back_in_order_with_panics(run_all: RunAll) {
    within(TIME_LIMIT, HANG, move || {
        let tasks: Vec<Task> = (0..8u64)
            .map(|i| -> Task {
                Box::new(move || {
                    assert!(i != 5, "task 5 failed on purpose");
                    i * 10
                })
            })
            .collect();
        let got = run_all(tasks);
        let want: Vec<Result<u64, String>> = (0..8u64)
            .map(|i| {
                if i == 5 {
                    Err("task 5 failed on purpose".into())
                } else {
                    Ok(i * 10)
                }
            })
            .collect();
        assert!(
            got == want,
            "8 tasks, the 6th panicking, gave {got:?}; expected {want:?}: join each thread \
             and turn a panic's payload into its message (labkit::exit::panic_message)"
        );
    });
}

/// 4 tasks that wait for each other all meet: the tasks really run at the same time.
pub fn tasks_run_at_the_same_time(run_all: RunAll) {
    within(TIME_LIMIT, HANG, move || {
        let meeting = Rendezvous::new(4);
        let tasks: Vec<Task> = (0..4)
            .map(|_| -> Task {
                let meeting = meeting.clone();
                Box::new(move || u64::from(meeting.wait_for(Duration::from_secs(2))))
            })
            .collect();
        let met: u64 = run_all(tasks).into_iter().map(|r| r.unwrap_or(0)).sum();
        assert!(
            met == 4,
            "of 4 tasks that wait for each other, {met} met the others: spawn every thread \
             before you join any of them"
        );
    });
}

/// The parallel sum is exact for every size and thread count (even an empty slice, or
/// fewer numbers than threads), and a chunk that panics gives `Err` with its message.
pub fn the_parallel_sum_is_exact_and_reports_a_panic(sum: SumInParallel) {
    within(TIME_LIMIT, HANG, move || {
        let plain = |part: &[u64]| part.iter().sum::<u64>();
        for len in [0u64, 1, 7, 1000] {
            let numbers: Vec<u64> = (1..=len).collect();
            for threads in [1, 2, 3, 8] {
                let got = sum(&numbers, threads, &plain);
                let want = numbers.iter().sum::<u64>();
                assert!(
                    got == Ok(want),
                    "the sum of 1..={len} on {threads} thread(s) gave {got:?}, not Ok({want}): \
                     does every number land in exactly one chunk?"
                );
            }
        }
        let unlucky = |part: &[u64]| {
            assert!(
                !part.contains(&13),
                "a chunk with 13 in it failed on purpose"
            );
            part.iter().sum::<u64>()
        };
        let numbers: Vec<u64> = (1..=100).collect();
        let got = sum(&numbers, 4, &unlucky);
        assert!(
            got == Err("a chunk with 13 in it failed on purpose".into()),
            "a chunk that panicked gave {got:?}: join each scoped thread and return its panic \
             message as Err"
        );
    });
}

/// With 4 threads, the 4 chunks are summed at the same time.
pub fn the_chunks_are_summed_at_the_same_time(sum: SumInParallel) {
    within(TIME_LIMIT, HANG, move || {
        let meeting = Rendezvous::new(4);
        let all_met = Arc::new(AtomicBool::new(true));
        let task = |part: &[u64]| {
            if !meeting.wait_for(Duration::from_secs(2)) {
                all_met.store(false, Ordering::Relaxed);
            }
            part.iter().sum::<u64>()
        };
        let numbers: Vec<u64> = (1..=400).collect();
        let got = sum(&numbers, 4, &task);
        assert!(
            got == Ok(80_200),
            "the sum of 1..=400 on 4 threads gave {got:?}"
        );
        assert!(
            all_met.load(Ordering::Relaxed),
            "the 4 chunks were not all being summed at the same time: spawn every scoped \
             thread first, then join them"
        );
    });
}
