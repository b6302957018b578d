//! The lab's answer: `event_loop::conn::read_available` and `write_available`
//! (labs/lab-07-event-loop/src/conn/steps.rs).
pub use event_loop::conn::{read_available, write_available};
