//! Every interleaving of two threads asking for the singleton at once, explored by loom.
//! Run with `.ci/loom` (or `RUSTFLAGS="--cfg loom" cargo test -p lab-05 --lib --release`).

use crate::config::Builder;
use crate::double_checked::DoubleChecked;
use crate::naive::NaiveSingleton;
use crate::way::Way;
use loom::sync::Arc;
use std::collections::BTreeSet;

/// Two threads call `get` on a fresh instance; collect how many configs were built.
fn constructions_seen<W: Way + Send + 'static>(new: fn(Builder) -> W) -> BTreeSet<usize> {
    let seen = std::sync::Arc::new(std::sync::Mutex::new(BTreeSet::new()));
    let record = seen.clone();
    loom::model(move || {
        let way = Arc::new(new(Builder::new(std::sync::Arc::new(|| {}))));
        let theirs = way.clone();
        let other = loom::thread::spawn(move || theirs.get().serial);
        let mine = way.get().serial;
        let _ = (mine, other.join().unwrap());
        record.lock().unwrap().insert(way.constructions());
    });
    let outcomes = seen.lock().unwrap().clone();
    outcomes
}

#[test]
fn some_interleaving_of_the_naive_singleton_builds_twice() {
    let outcomes = constructions_seen(NaiveSingleton::new);
    assert_eq!(
        outcomes,
        BTreeSet::from([1, 2]),
        "sometimes once, sometimes twice"
    );
}

#[test]
fn every_interleaving_of_double_checked_locking_builds_once() {
    assert_eq!(constructions_seen(DoubleChecked::new), BTreeSet::from([1]));
}
