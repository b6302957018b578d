//! What recording costs: one span on one thread, uncontended, measured once per process,
//! so a runner can say how much of its run the recording itself took.

use super::{micros, state};
use crate::trace::event::Event;
use std::time::{Duration, Instant};

/// What one span costs to record on one thread, uncontended: a lower bound, measured
/// once per process (a run of many parts needs it once).
pub(super) fn cost_per_event() -> Duration {
    static MEASURED: std::sync::OnceLock<Duration> = std::sync::OnceLock::new();
    *MEASURED.get_or_init(measure_cost_per_event)
}

fn measure_cost_per_event() -> Duration {
    const ROUNDS: u32 = 2_000;
    let mut scratch = Vec::with_capacity(ROUNDS as usize);
    let start = Instant::now();
    for _ in 0..ROUNDS {
        let begin = Instant::now();
        let state = state();
        let ts = micros(&state, begin);
        scratch.push(Event {
            dur: Some(micros(&state, Instant::now()) - ts),
            ..Event::new('X', "calibrate", 1, ts)
        });
        drop(state);
    }
    std::hint::black_box(&scratch);
    start.elapsed() / ROUNDS
}
