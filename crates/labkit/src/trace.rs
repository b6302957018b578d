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
//! - [`record`]: the recorder: spans on the calling thread, spans on named tracks,
//!   counters, flows.
//! - [`file`]: a finished trace: merge, write, read, and the checks Perfetto relies on.
//! - [`lanes`]: the SVG timeline.
//! - [`args`]: the two flags every traced runner shares.

pub mod args;
pub mod event;
pub mod file;
pub mod lanes;
pub mod record;

pub use args::{TraceArgs, print_lines};
pub use event::Event;
pub use file::Trace;
pub use record::{
    Parts, Span, Track, complete, counter, enabled, finish, flow, instant, span, start,
    start_sampled,
};
