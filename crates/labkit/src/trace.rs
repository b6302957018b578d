//! `--trace FILE.json` and `--timeline FILE.svg`: what every thread did, and when.
//!
//! A runner turns recording on, its apparatus (a harness, a pool's job wrapper, a
//! server's dispatch) marks spans, and at the end the events are written in the Chrome
//! Trace Event Format, which Perfetto UI (ui.perfetto.dev, opened as a local file: the
//! trace stays on the machine) and `chrome://tracing` read; or drawn as one lane per
//! track for a projector.
//!
//! Off, recording costs one relaxed load per mark: the lesson's code never calls it.
//! On, every event takes one short lock; the runner prints that cost, measured.
//!
//! - [`event`]: the format's events, as serde structs.
//! - [`record`]: the recorder, and spans on the calling thread's track.
//! - [`marks`]: named tracks (a connection), spans with their own times, instants,
//!   flow arrows, counters.
//! - [`parts`]: a run of several parts (models, strategies), one process each.
//! - [`file`](mod@file): a finished trace: merge, write, read, and the checks Perfetto relies on.
//! - [`lanes`]: the SVG timeline.
//! - [`args`]: the two flags every traced runner shares.

pub mod args;
pub mod event;
pub mod file;
pub mod lanes;
pub mod marks;
mod nesting;
pub mod parts;
pub mod record;

pub use args::{TraceArgs, print_lines};
pub use event::Event;
pub use file::Trace;
pub use marks::{Track, complete, counter, flow, instant};
pub use parts::Parts;
pub use record::{
    SAMPLED_TRACKS, Span, enabled, finish, one_thread_in, span, start, start_sampled,
};
