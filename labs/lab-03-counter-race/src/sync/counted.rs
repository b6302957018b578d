//! std's `AtomicI64`, counting the writes each thread makes to any of them.
//!
//! Every call that writes (a store, an add, a swap, each compare-exchange attempt) adds
//! one to a counter of the calling thread's own, so counting costs no shared write
//! itself and threads never disturb each other's counts.

use std::cell::Cell;
use std::sync::atomic::Ordering;

thread_local! {
    static WRITES: Cell<u64> = const { Cell::new(0) };
}

/// Writes this thread has made to counted atomics so far.
pub fn writes_on_this_thread() -> u64 {
    WRITES.with(Cell::get)
}

fn wrote() {
    WRITES.with(|w| w.set(w.get() + 1));
}

/// An `AtomicI64` whose writes are counted per thread (see the module docs).
#[derive(Debug, Default)]
pub struct AtomicI64 {
    inner: std::sync::atomic::AtomicI64,
}

impl AtomicI64 {
    /// A new atomic holding `value`.
    pub const fn new(value: i64) -> Self {
        Self {
            inner: std::sync::atomic::AtomicI64::new(value),
        }
    }

    /// `AtomicI64::load` (a read: not counted).
    pub fn load(&self, order: Ordering) -> i64 {
        self.inner.load(order)
    }

    /// `AtomicI64::store`.
    pub fn store(&self, value: i64, order: Ordering) {
        wrote();
        self.inner.store(value, order);
    }

    /// `AtomicI64::fetch_add`.
    pub fn fetch_add(&self, value: i64, order: Ordering) -> i64 {
        wrote();
        self.inner.fetch_add(value, order)
    }

    /// `AtomicI64::fetch_sub`.
    pub fn fetch_sub(&self, value: i64, order: Ordering) -> i64 {
        wrote();
        self.inner.fetch_sub(value, order)
    }

    /// `AtomicI64::swap`.
    pub fn swap(&self, value: i64, order: Ordering) -> i64 {
        wrote();
        self.inner.swap(value, order)
    }

    /// `AtomicI64::compare_exchange` (each attempt is counted).
    pub fn compare_exchange(
        &self,
        current: i64,
        new: i64,
        success: Ordering,
        failure: Ordering,
    ) -> Result<i64, i64> {
        wrote();
        self.inner.compare_exchange(current, new, success, failure)
    }

    /// `AtomicI64::compare_exchange_weak` (each attempt is counted).
    pub fn compare_exchange_weak(
        &self,
        current: i64,
        new: i64,
        success: Ordering,
        failure: Ordering,
    ) -> Result<i64, i64> {
        wrote();
        self.inner
            .compare_exchange_weak(current, new, success, failure)
    }

    /// `AtomicI64::fetch_update` (each attempt is counted).
    pub fn fetch_update(
        &self,
        set: Ordering,
        fetch: Ordering,
        mut f: impl FnMut(i64) -> Option<i64>,
    ) -> Result<i64, i64> {
        self.inner.fetch_update(set, fetch, |v| {
            wrote();
            f(v)
        })
    }

    /// `AtomicI64::get_mut`: no other thread can see it, so it is not counted.
    pub fn get_mut(&mut self) -> &mut i64 {
        self.inner.get_mut()
    }

    /// `AtomicI64::into_inner`.
    pub fn into_inner(self) -> i64 {
        self.inner.into_inner()
    }
}
