//! The outcome checks of lab-08: the lab's tests and the exercises' grading both call
//! them, so a student's code is held to exactly what the lab's own code passes.
//!
//! Each check names a property the lesson teaches (served at once, never more than the
//! limit, the runtime keeps running during a block, shutdown waits for work in flight)
//! and fails with one sentence in the lesson's terms. Where time matters, tokio's
//! paused clock makes the check exact ([`limit`]); where sockets matter, real clients on
//! 127.0.0.1 with bounded waits.

pub mod accept;
pub mod blocking;
pub mod executor;
pub mod held;
pub mod limit;
pub mod shutdown;
