//! Every interleaving, explored by loom. Run with (or `.ci/loom`):
//! `RUSTFLAGS="--cfg loom" cargo test -p lab-03 --lib --release`
//!
//! A unit-test file rather than `tests/`, so the loom build skips the runner binary.

use crate::atomic::AtomicCounter;
use crate::mutex::MutexCounter;
use crate::racy::RacyCounter;
use crate::strategy::Counter;
use loom::sync::Arc;
use std::collections::BTreeSet;

/// Run `+1` on a spawned thread and `-1` on the model's main thread, for every
/// interleaving loom can find, and collect the final totals.
fn outcomes<C: Send + Sync + 'static>(
    new: fn() -> C,
    add: fn(&C, i64),
    total: fn(&C) -> i64,
) -> BTreeSet<i64> {
    let seen = std::sync::Arc::new(std::sync::Mutex::new(BTreeSet::new()));
    let record = seen.clone();
    loom::model(move || {
        let counter = Arc::new(new());
        let theirs = counter.clone();
        let adder = loom::thread::spawn(move || add(&theirs, 1));
        add(&counter, -1);
        adder.join().unwrap();
        record.lock().unwrap().insert(total(&counter));
    });
    let totals = seen.lock().unwrap().clone();
    totals
}

#[test]
fn some_interleaving_of_the_racy_counter_loses_an_update() {
    let totals = outcomes(RacyCounter::default, RacyCounter::add, RacyCounter::read);
    assert!(
        totals.contains(&0),
        "some interleavings are fine: {totals:?}"
    );
    assert!(
        totals.contains(&1) && totals.contains(&-1),
        "and some lose either update: {totals:?}"
    );
}

#[test]
fn no_interleaving_of_any_fix_loses_an_update() {
    use crate::checks::loom_model::no_interleaving_loses_an_update;
    no_interleaving_loses_an_update::<MutexCounter>();
    no_interleaving_loses_an_update::<AtomicCounter>();
    no_interleaving_loses_an_update::<crate::sharded::ShardedCounter>();
}

/// The grading check can fail: on the racy counter it fails in every build, because
/// loom always finds the interleaving that loses an update.
#[test]
#[should_panic(expected = "an update was lost")]
fn the_racy_counter_fails_the_grading_check() {
    crate::checks::loom_model::no_interleaving_loses_an_update::<RacyCounter>();
}
