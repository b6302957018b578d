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
    crate::checks::loom_model::builds_once_and_every_reader_sees_the_build(DoubleChecked::new);
}

/// The grading check can fail: on double-checked locking with Relaxed orderings, loom
/// always finds a reader that sees the pointer before the build.
#[test]
#[should_panic(expected = "Causality violation")]
fn relaxed_double_checked_locking_fails_the_grading_check() {
    crate::checks::loom_model::builds_once_and_every_reader_sees_the_build(
        crate::relaxed::RelaxedDoubleChecked::new,
    );
}

/// Why the orderings matter, shown by loom: publish a freshly built value through an
/// atomic pointer with the given orderings, and read it on another thread.
///
/// The value lives in a `loom::cell::UnsafeCell`, so loom tracks which writes the reader
/// is allowed to see. With Relaxed, seeing the pointer does not mean seeing the write
/// that filled it, and loom reports the read as a data race (a causality violation):
/// the half-built object of broken double-checked locking. With Release/Acquire it
/// cannot happen, in any interleaving.
#[allow(unsafe_code)]
mod publication {
    use loom::cell::UnsafeCell;
    use loom::sync::Arc;
    use loom::sync::atomic::AtomicPtr;
    use std::sync::atomic::Ordering;

    struct Built {
        value: UnsafeCell<u64>,
    }

    /// One writer builds and publishes; one reader loads and, if it sees the pointer, reads.
    pub fn publish_and_read(store: Ordering, load: Ordering) {
        loom::model(move || {
            let slot = Arc::new(AtomicPtr::<Built>::new(std::ptr::null_mut()));
            let writer_slot = slot.clone();
            let writer = loom::thread::spawn(move || {
                let built = Box::into_raw(Box::new(Built {
                    value: UnsafeCell::new(0),
                }));
                // SAFETY: `built` was just allocated and no other thread has it yet.
                unsafe { (*built).value.with_mut(|v| *v = 42) };
                writer_slot.store(built, store);
            });
            let seen = slot.load(load);
            if !seen.is_null() {
                // SAFETY: a non-null pointer came from the writer's Box and is freed only
                // below, after both threads are done. Whether the value's write is visible
                // is exactly what loom checks here.
                let value = unsafe { (*seen).value.with(|v| *v) };
                assert_eq!(value, 42, "saw the pointer but not the value");
            }
            writer.join().unwrap();
            let last = slot.load(Ordering::Acquire);
            // SAFETY: the writer is joined and the reader is done: nobody else holds it.
            drop(unsafe { Box::from_raw(last) });
        });
    }
}

#[test]
#[should_panic(expected = "Causality violation")]
fn a_relaxed_publication_lets_a_reader_see_the_pointer_before_the_value() {
    publication::publish_and_read(
        std::sync::atomic::Ordering::Relaxed,
        std::sync::atomic::Ordering::Relaxed,
    );
}

#[test]
fn a_release_acquire_publication_never_shows_an_unbuilt_value() {
    publication::publish_and_read(
        std::sync::atomic::Ordering::Release,
        std::sync::atomic::Ordering::Acquire,
    );
}
