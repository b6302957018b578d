//! `--trace`: when each runtime thread was parked (idle, waiting for I/O or a timer),
//! from tokio's park and unpark hooks. A thread frozen by a blocking call shows no
//! parked spans at all; one that serves well is parked most of the time.

use labkit::trace::{self, Track};
use std::cell::Cell;
use std::time::Instant;

thread_local! {
    static PARKED_AT: Cell<Option<Instant>> = const { Cell::new(None) };
}

/// tokio's `on_thread_park`: this thread goes idle now.
pub fn began() {
    if trace::enabled() {
        PARKED_AT.set(Some(Instant::now()));
    }
}

/// tokio's `on_thread_unpark`: this thread has work again.
pub fn ended() {
    if let Some(at) = PARKED_AT.take()
        && let Some(track) = Track::this_thread()
    {
        trace::complete(track, "parked", at, Instant::now(), serde_json::Value::Null);
    }
}
