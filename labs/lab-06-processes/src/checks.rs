//! The lab's outcome checks for getting results back from threads.
//!
//! One check, two callers: the lab's tests run them on [`crate::results`], and the
//! exercise (`labs/lab-06-processes/exercise`) runs them on a student's code. Each check
//! panics with a sentence in the student's words when the expectation fails.

use crate::results::Task;
use labkit::panics::panic_message;
use labkit::testkit::{Gate, Occupancy, Rendezvous, within};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

/// How long a check may take before it fails as a hang.
pub const TIME_LIMIT: Duration = Duration::from_secs(30);

/// How long a task waits for the others (to meet, or to finish first): well inside
/// [`TIME_LIMIT`], so a check's own sentence is the one a student reads.
pub const PATIENCE: Duration = Duration::from_millis(500);

const HANG: &str = "does a join wait for a thread that never ends?";

/// Runs tasks on threads and gives back their results: `results::run_all`, or a student's.
pub type RunAll = fn(Vec<Task>) -> Vec<Result<u64, String>>;

/// Sums a slice on scoped threads: `results::sum_in_parallel`, or a student's.
pub type SumInParallel = fn(&[u64], usize, &(dyn Fn(&[u64]) -> u64 + Sync)) -> Result<u64, String>;

/// Results in words, without `Ok(..)` and `Err(..)` for a student to decode.
fn described(results: &[Result<u64, String>]) -> String {
    results.iter().map(one).collect::<Vec<_>>().join(", ")
}

fn one(result: &Result<u64, String>) -> String {
    match result {
        Ok(value) => value.to_string(),
        Err(message) => format!("an error saying \"{message}\""),
    }
}

/// A panic's message in words: std's text for `unwrap()` on a failed join shows Rust's
/// debug output (`Err` value: Any { .. }), which says nothing to a student.
fn panic_in_words(panic: &(dyn std::any::Any + Send)) -> String {
    let message = panic_message(panic);
    if message.starts_with("called `Result::unwrap()` on an `Err` value") {
        "an unwrap() of a join whose thread had panicked".into()
    } else {
        message
    }
}

/// Opens its gate when dropped: when its task returns, and when it panics.
struct OpensWhenDone(Gate);

impl Drop for OpensWhenDone {
    fn drop(&mut self) {
        self.0.open();
    }
}

/// Makes items that run at once finish last to first: item `i` waits (up to
/// [`PATIENCE`]) for item `i + 1` to finish before it goes on.
#[derive(Clone)]
struct LastToFirst(Vec<Gate>);

impl LastToFirst {
    fn new(items: usize) -> Self {
        Self((0..items).map(|_| Gate::new()).collect())
    }

    /// Wait for the item after `i`; the guard that says `i` is done, when it drops
    /// (whether item `i` returns or panics).
    fn hold(&self, i: usize) -> OpensWhenDone {
        let mine = OpensWhenDone(self.0[i].clone());
        if let Some(next) = self.0.get(i + 1) {
            next.wait_for(PATIENCE);
        }
        mine
    }
}

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

/// Call the student's sum, turning a panic in it into a sentence about the case.
fn summed(
    sum: SumInParallel,
    numbers: &[u64],
    threads: usize,
    task: &(dyn Fn(&[u64]) -> u64 + Sync),
) -> Result<u64, String> {
    catch_unwind(AssertUnwindSafe(|| sum(numbers, threads, task))).unwrap_or_else(|panic| {
        panic!(
            "summing {} numbers on {threads} thread(s) panicked instead of returning ({}): \
             {}",
            numbers.len(),
            panic_in_words(panic.as_ref()),
            if numbers.len() < threads {
                "an empty slice, or fewer numbers than threads, must still work (a chunk size of 0 is not allowed)"
            } else {
                "a chunk that panics must come back as Err with its message: match on what join gives back"
            }
        )
    })
}

/// The parallel sum is exact for every size and thread count (even an empty slice, or
/// fewer numbers than threads), and a chunk that panics gives `Err` with its message.
pub fn the_parallel_sum_is_exact_and_reports_a_panic(sum: SumInParallel) {
    within(TIME_LIMIT, HANG, move || {
        let plain = |part: &[u64]| part.iter().sum::<u64>();
        for len in [0u64, 1, 7, 1000] {
            let numbers: Vec<u64> = (1..=len).collect();
            for threads in [1, 2, 3, 8] {
                let got = summed(sum, &numbers, threads, &plain);
                let want = numbers.iter().sum::<u64>();
                assert!(
                    got == Ok(want),
                    "the sum of 1..={len} on {threads} thread(s) gave {}, not {want}: does every \
                     number land in exactly one chunk?",
                    one(&got)
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
        let got = summed(sum, &numbers, 4, &unlucky);
        assert!(
            got == Err("a chunk with 13 in it failed on purpose".into()),
            "a chunk that panicked gave {}: join each scoped thread and return its panic \
             message as Err",
            one(&got)
        );
    });
}

/// With 4 threads, the 4 chunks are summed at the same time.
pub fn the_chunks_are_summed_at_the_same_time(sum: SumInParallel) {
    within(TIME_LIMIT, HANG, move || {
        let meeting = Rendezvous::new(4);
        let all_met = Arc::new(AtomicBool::new(true));
        let task = |part: &[u64]| {
            if !meeting.wait_for(PATIENCE) {
                all_met.store(false, Ordering::Relaxed);
            }
            part.iter().sum::<u64>()
        };
        let numbers: Vec<u64> = (1..=400).collect();
        let got = summed(sum, &numbers, 4, &task);
        assert!(
            got == Ok(80_200),
            "the sum of 1..=400 on 4 threads gave {}, not 80200",
            one(&got)
        );
        assert!(
            all_met.load(Ordering::Relaxed),
            "the 4 chunks were not all being summed at the same time: spawn every scoped \
             thread first, then join them"
        );
    });
}

/// Maps items on scoped threads, results in input order: a challenge's answer.
pub type ParallelMap = fn(&[u64], usize, &(dyn Fn(u64) -> u64 + Sync)) -> Vec<u64>;

/// Results as a student reads them: `1, 3, 5`.
fn listed(values: &[u64]) -> String {
    values
        .iter()
        .map(u64::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// Every size and thread count (an empty slice, fewer items than threads) gives every
/// item's result, in the order of the items; so do 8 items that finish last to first.
pub fn results_come_back_in_input_order(map: ParallelMap) {
    within(TIME_LIMIT, HANG, move || {
        let f = |x: u64| 2 * x + 1;
        for len in [0u64, 1, 5, 100] {
            let items: Vec<u64> = (0..len).collect();
            for threads in [1, 3, 8] {
                let got = map(&items, threads, &f);
                let want: Vec<u64> = items.iter().map(|&x| f(x)).collect();
                let mut sorted = got.clone();
                sorted.sort_unstable();
                assert!(
                    got == want || sorted != want,
                    "mapping {len} item(s) on {threads} thread(s) gave every result, but not in \
                     the items' order: results must come back in the order of the items, \
                     whatever order they finish in (got [{}])",
                    listed(&got)
                );
                assert!(
                    got == want,
                    "mapping {len} item(s) on {threads} thread(s) gave {} result(s), not {len} in \
                     order: every item must be mapped once, and its result kept in its place{}",
                    got.len(),
                    if len <= 5 {
                        format!(" (got [{}], expected [{}])", listed(&got), listed(&want))
                    } else {
                        String::new()
                    }
                );
            }
        }
        let order = LastToFirst::new(8);
        let f = |x: u64| {
            let _done = order.hold(x as usize);
            10 * x
        };
        let items: Vec<u64> = (0..8).collect();
        let got = map(&items, 8, &f);
        let want: Vec<u64> = (0..8).map(|x| 10 * x).collect();
        assert!(
            got == want,
            "8 items that finish last to first gave [{}], not [{}]: results must come back in \
             the order of the items, whatever order they finish in",
            listed(&got),
            listed(&want)
        );
    });
}

/// 12 items on 4 threads, each call held at a gate until the check has seen how many
/// run at once: 4 calls run together, and never more than 4.
pub fn threads_calls_run_at_once_and_never_more(map: ParallelMap) {
    within(TIME_LIMIT, HANG, move || {
        let (running, gate) = (Occupancy::new(), Gate::new());
        let f = |x: u64| {
            running.enter();
            gate.wait_for(PATIENCE);
            running.leave();
            x
        };
        let items: Vec<u64> = (0..12).collect();
        let most = std::thread::scope(|s| {
            let mapper = s.spawn(|| map(&items, 4, &f));
            let most = running.most_after(4, PATIENCE, Duration::from_millis(300));
            gate.open();
            let _ = mapper.join();
            most
        });
        assert!(
            most <= 4,
            "{most} calls ran at once on 4 threads: never more than `threads` at once; a \
             thread per item is not bounded"
        );
        assert!(
            most == 4,
            "12 items on 4 threads: the calls never ran 4 at once (at most {most}): spawn \
             every scoped thread before you join any of them"
        );
    });
}
