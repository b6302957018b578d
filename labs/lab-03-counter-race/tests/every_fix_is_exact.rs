//! Every correct strategy gives exactly the expected total, whatever the thread count.

use counter_race::demo::harness::{Pinning, expected_total, run_concurrent, run_sequential};
use counter_race::strategy::Strategy;

const LOOPS: u64 = 20_000;

#[test]
fn every_fix_gives_the_exact_total_at_2_4_and_8_threads() {
    for threads in [2, 4, 8] {
        for strategy in Strategy::fixes() {
            let run = run_concurrent(strategy, threads, LOOPS, Pinning::Unpinned);
            assert_eq!(
                run.result,
                run.expected,
                "{} at {threads} threads",
                strategy.name()
            );
            assert_eq!(run.lost_updates, 0);
        }
    }
}

#[test]
fn odd_thread_counts_expect_one_thread_s_worth() {
    assert_eq!(expected_total(3, LOOPS), LOOPS as i64);
    assert_eq!(
        run_concurrent(Strategy::Atomic, 3, LOOPS, Pinning::Unpinned).result,
        LOOPS as i64
    );
}

#[test]
fn even_the_racy_counter_is_exact_when_threads_run_one_after_another() {
    let run = run_sequential(Strategy::Racy, 2, 1_000_000);
    assert_eq!(
        (run.result, run.expected),
        (0, 0),
        "join orders the threads: nothing to race"
    );
}

#[test]
fn a_reentrant_lock_can_be_taken_again_by_the_thread_that_holds_it() {
    let counter = counter_race::reentrant::ReentrantCounter::default();
    counter.add_twice_nested(1);
    counter.add_twice_nested(1);
    use counter_race::strategy::Counter;
    assert_eq!(
        counter.total(),
        4,
        "each add_twice_nested adds twice, once under each lock level"
    );
}

/// The exercise's grading check, run on the lab's own fixes: it must pass on each.
#[test]
fn every_fix_passes_the_exercise_grading_check() {
    use counter_race::checks::exact_total_when_released_together as check;
    check(counter_race::mutex::MutexCounter::default);
    check(counter_race::parking_lot::ParkingLotCounter::default);
    check(counter_race::atomic::AtomicCounter::default);
    check(counter_race::sharded::ShardedCounter::default);
}
