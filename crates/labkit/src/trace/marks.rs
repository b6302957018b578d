//! Marks that are not a thread's own span: named tracks (a connection, a lock), spans
//! with their own times, instants, flow arrows and counters.

use super::event::Event;
use super::record::{
    NAMED_TRACKS, NEXT_TRACK, complete_at, enabled, micros, push, state, thread_track,
    thread_track_named,
};
use std::sync::atomic::Ordering::Relaxed;
use std::time::Instant;

/// A track of its own, not a thread's: a connection, a lock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Track(pub u64);

impl Track {
    /// A new track named `name` (None while not recording).
    pub fn named(name: &str) -> Option<Self> {
        enabled().then(|| {
            NAMED_TRACKS.fetch_add(1, Relaxed);
            let id = NEXT_TRACK.fetch_add(1, Relaxed);
            push(Event::track_name(id, name));
            Self(id)
        })
    }

    /// A new track named by `name()`, unless `most` have been made in this recording
    /// (a cap keeps 10,000 connections from being 10,000 tracks).
    pub fn named_within(most: u64, name: impl FnOnce() -> String) -> Option<Self> {
        (enabled() && NAMED_TRACKS.load(Relaxed) < most)
            .then(|| Self::named(&name()))
            .flatten()
    }

    /// The calling thread's track (None while not recording, or if sampled out).
    pub fn this_thread() -> Option<Self> {
        enabled().then(thread_track).flatten().map(Self)
    }

    /// The calling thread's track, named `name` if this is its first event (threads
    /// a scope spawns have no name of their own).
    pub fn this_thread_named(name: &str) -> Option<Self> {
        enabled()
            .then(|| thread_track_named(Some(name)))
            .flatten()
            .map(Self)
    }
}

/// Record a span that ran from `begin` to `end` on `track` (nothing while not recording).
pub fn complete(track: Track, name: &str, begin: Instant, end: Instant, args: serde_json::Value) {
    if enabled() {
        complete_at(track.0, name, begin, end, args);
    }
}

/// Record an instant on `track` at `at`; returns where it is, for a [`flow`].
pub fn instant(track: Track, name: &str, at: Instant, args: serde_json::Value) -> Option<f64> {
    enabled().then(|| {
        let mut state = state();
        let ts = micros(&state, at);
        state.record(Event {
            s: Some('t'),
            args,
            ..Event::new('i', name, track.0, ts)
        });
        ts
    })
}

/// An arrow `id` from `from` on one track to `to` on another, each bound to the span
/// that encloses it there.
pub fn flow(id: u64, name: &str, from: (Track, Instant), to: (Track, Instant)) {
    if !enabled() {
        return;
    }
    let mut state = state();
    let (start, end) = (micros(&state, from.1), micros(&state, to.1));
    state.record(Event {
        id: Some(id),
        ..Event::new('s', name, from.0.0, start)
    });
    state.record(Event {
        id: Some(id),
        bp: Some('e'),
        ..Event::new('f', name, to.0.0, end)
    });
}

/// Record the value of counter `name` now (queue depth, live threads).
pub fn counter(name: &str, value: f64) {
    if enabled() {
        let mut state = state();
        let ts = micros(&state, Instant::now());
        state.record(Event {
            args: serde_json::json!({ name: value }),
            ..Event::new('C', name, 0, ts)
        });
    }
}
