//! A run of several parts, each its own process in the trace.

use super::file::Trace;
use super::record::{finish, start_sampled};

/// A run of several parts (one per model or strategy), each recorded as a process of
/// its own when tracing is on, and merged at the end.
#[derive(Debug, Default)]
pub struct Parts {
    on: bool,
    parts: Vec<Trace>,
}

impl Parts {
    /// Parts that are recorded if `on`.
    pub fn new(on: bool) -> Self {
        Self {
            on,
            parts: Vec::new(),
        }
    }

    /// Run `body`; recording on, record it as a process named `name`, giving a track to
    /// every `every`-th thread.
    pub fn run<T>(&mut self, name: &str, every: u64, body: impl FnOnce() -> T) -> T {
        if !self.on {
            return body();
        }
        start_sampled(every);
        let value = body();
        self.parts.push(finish(name));
        value
    }

    /// Every part recorded, one process each, or None if recording was off.
    pub fn merged(self) -> Option<Trace> {
        self.on.then(|| Trace::merge(self.parts))
    }
}
