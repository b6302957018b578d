//! The recorder: one per process, off until [`start`].
//!
//! A thread's first event gives it a track of its own, named after the thread; a
//! [`Track`](super::Track) is a track that belongs to no thread (a connection, whose requests an
//! event loop interleaves on one thread, so they cannot nest on the thread's track).

mod cost;

use super::event::Event;
use super::file::Trace;
use cost::cost_per_event;
use std::cell::Cell;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering::Relaxed};
use std::time::Instant;

/// Whether marks are recorded: the one load a mark costs when they are not.
static RECORDING: AtomicBool = AtomicBool::new(false);
/// Track ids, for threads and named tracks alike (0 is the process's own: counters).
pub(super) static NEXT_TRACK: AtomicU64 = AtomicU64::new(1);
/// Threads that have asked for a track, sampled or not.
static THREADS_SEEN: AtomicU64 = AtomicU64::new(0);
/// Named tracks made in this recording (a runner caps its connection tracks with it).
pub(super) static NAMED_TRACKS: AtomicU64 = AtomicU64::new(0);
/// Which recording this is: a thread's track from an earlier one is stale.
static GENERATION: AtomicU64 = AtomicU64::new(0);

pub(super) struct State {
    began: Option<Instant>,
    events: Vec<Event>,
    sample_every: u64,
    /// Events not kept because [`MAX_EVENTS`] were already.
    dropped: u64,
}

/// Most events one recording keeps (about 150 MB): a `serve --trace` left running for
/// a day must not eat the machine's memory. Later events are counted, not kept.
pub const MAX_EVENTS: usize = 1_000_000;

impl State {
    pub(super) fn record(&mut self, event: Event) {
        if self.events.len() < MAX_EVENTS {
            self.events.push(event);
        } else {
            self.dropped += 1;
        }
    }
}

static STATE: Mutex<State> = Mutex::new(State {
    began: None,
    events: Vec::new(),
    sample_every: 1,
    dropped: 0,
});

/// A thread's track once it has one; [`UNSAMPLED`] for a thread left out by sampling.
const UNSAMPLED: u64 = u64::MAX;

thread_local! {
    /// (the recording it belongs to, the track).
    static THREAD_TRACK: Cell<(u64, u64)> = const { Cell::new((0, 0)) };
}

pub(super) fn state() -> std::sync::MutexGuard<'static, State> {
    // A panic while pushing an event leaves the vector whole: keep recording.
    STATE
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Begin recording (again, from nothing), giving every thread a track.
pub fn start() {
    start_sampled(1);
}

/// Begin recording, giving a track only to every `every`-th thread that marks a span:
/// for 30,000 short-lived threads, where a track each would bury the picture.
pub fn start_sampled(every: u64) {
    let mut state = state();
    state.began = Some(Instant::now());
    state.events.clear();
    state.dropped = 0;
    state.sample_every = every.max(1);
    THREADS_SEEN.store(0, Relaxed);
    NAMED_TRACKS.store(0, Relaxed);
    GENERATION.fetch_add(1, Relaxed);
    RECORDING.store(true, Relaxed);
}

/// Threads a sampled recording keeps a track for: enough to see them come and go, few
/// enough to read.
pub const SAMPLED_TRACKS: u64 = 16;

/// For a run expected to start `threads` threads, one thread in how many gets a track so
/// that about [`SAMPLED_TRACKS`] do (1, every thread, for a run of 16 or fewer): the
/// argument of [`start_sampled`] and [`crate::trace::Parts::run`].
pub fn one_thread_in(threads: u64) -> u64 {
    threads.div_ceil(SAMPLED_TRACKS).max(1)
}

/// True while recording.
pub fn enabled() -> bool {
    RECORDING.load(Relaxed)
}

/// Microseconds from the trace's start to `at` (0 before it).
pub(super) fn micros(state: &State, at: Instant) -> f64 {
    state.began.map_or(0.0, |began| {
        // Whole nanoseconds: the clock has no more, and the JSON stays short.
        at.saturating_duration_since(began).as_nanos() as f64 / 1e3
    })
}

pub(super) fn push(event: Event) {
    state().record(event);
}

/// This thread's track, made (and named) on its first event; None if sampled out.
pub(super) fn thread_track() -> Option<u64> {
    thread_track_named(None)
}

/// This thread's track, made on its first event and named `name` (else the thread's
/// own name); None if sampled out.
pub(super) fn thread_track_named(name: Option<&str>) -> Option<u64> {
    let generation = GENERATION.load(Relaxed);
    let track = THREAD_TRACK.with(|t| {
        if t.get().0 != generation {
            let every = state().sample_every;
            let seen = THREADS_SEEN.fetch_add(1, Relaxed);
            let track = if seen.is_multiple_of(every) {
                let id = NEXT_TRACK.fetch_add(1, Relaxed);
                let thread = std::thread::current();
                let name = name
                    .or(thread.name())
                    .map_or_else(|| format!("thread {id}"), str::to_owned);
                push(Event::track_name(id, &name));
                id
            } else {
                UNSAMPLED
            };
            t.set((generation, track));
        }
        t.get().1
    });
    (track != UNSAMPLED).then_some(track)
}

/// A span on the calling thread's track, recorded when it is dropped.
#[must_use = "a span covers the code until it is dropped"]
#[derive(Debug)]
pub struct Span {
    open: Option<(u64, &'static str, Instant, serde_json::Value)>,
}

impl Span {
    /// Attach details (a task's id) shown when the span is selected; `args` runs only
    /// while recording, so an unrecorded span builds nothing.
    pub fn with_args(mut self, args: impl FnOnce() -> serde_json::Value) -> Self {
        if let Some(open) = &mut self.open {
            open.3 = args();
        }
        self
    }
}

impl Drop for Span {
    fn drop(&mut self) {
        if let Some((tid, name, begin, args)) = self.open.take() {
            complete_at(tid, name, begin, Instant::now(), args);
        }
    }
}

/// Mark the span from now until the returned guard drops, on this thread's track.
pub fn span(name: &'static str) -> Span {
    let open = enabled()
        .then(thread_track)
        .flatten()
        .map(|tid| (tid, name, Instant::now(), serde_json::Value::Null));
    Span { open }
}

pub(super) fn complete_at(
    tid: u64,
    name: &str,
    begin: Instant,
    end: Instant,
    args: serde_json::Value,
) {
    let mut state = state();
    let ts = micros(&state, begin);
    let dur = (micros(&state, end) - ts).max(0.0);
    state.record(Event {
        dur: Some(dur),
        args,
        ..Event::new('X', name, tid, ts)
    });
}

/// Stop recording and take what was recorded, named `process`, with the measured cost
/// of one event (so the runner can say what recording added).
pub fn finish(process: &str) -> Trace {
    let (events, dropped) = {
        let mut state = state();
        RECORDING.store(false, Relaxed);
        (std::mem::take(&mut state.events), state.dropped)
    };
    let mut trace = Trace::new(events, process);
    trace.set_cost_per_event(cost_per_event());
    trace.set_threads_seen(THREADS_SEEN.load(Relaxed));
    trace.other.dropped = dropped;
    trace
}
