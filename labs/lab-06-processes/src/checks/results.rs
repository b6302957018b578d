//! Results from threads: back in order, a panic as its message, and the tasks at the same time.

use super::{HANG, LastToFirst, PATIENCE, RunAll, TIME_LIMIT, described, panic_in_words};
use crate::results::Task;
use labkit::testkit::{Rendezvous, within};
use std::panic::{AssertUnwindSafe, catch_unwind};

/// Eight tasks, the 6th panicking, each waiting for the one after it to finish: run at
/// once, they finish last to first. Their results must still come back in the order
/// the tasks were given, the panic as its message, and none lost.
pub fn results_come_back_in_order_with_panics(run_all: RunAll) {
    within(TIME_LIMIT, HANG, move || {
        let order = LastToFirst::new(8);
        let tasks: Vec<Task> = (0..8u64)
            .map(|i| -> Task {
                let order = order.clone();
                Box::new(move || {
                    let _done = order.hold(i as usize);
                    assert!(i != 5, "task 5 failed on purpose");
                    i * 10
                })
            })
            .collect();
        let got = catch_unwind(AssertUnwindSafe(|| run_all(tasks))).unwrap_or_else(|panic| {
            panic!(
                "run_all itself panicked ({}) when one task panicked: a task's panic must come \
                 back as its message in an error, not end run_all. Match on what join gives \
                 back instead of unwrap",
                panic_in_words(panic.as_ref())
            )
        });
        let want: Vec<Result<u64, String>> = (0..8u64)
            .map(|i| {
                if i == 5 {
                    Err("task 5 failed on purpose".into())
                } else {
                    Ok(i * 10)
                }
            })
            .collect();
        let mut sorted = got.clone();
        sorted.sort_by_key(|r| r.as_ref().map_or(50, |v| *v));
        let hint = if got != want && sorted == want {
            "results must come back in the order the tasks were given, whatever order they \
             finish in: keep the JoinHandles in a Vec and join them in that order"
        } else {
            "join each thread and turn a panic's payload into its message \
             (labkit::panics::panic_message)"
        };
        assert!(
            got == want,
            "8 tasks, the 6th panicking, gave back [{}]; expected [{}]: {hint}",
            described(&got),
            described(&want)
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
                Box::new(move || u64::from(meeting.wait_for(PATIENCE)))
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
