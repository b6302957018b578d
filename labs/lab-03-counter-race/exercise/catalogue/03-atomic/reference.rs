//! The lab's answer: `counter_race::atomic` (labs/lab-03-counter-race/src/atomic.rs).
pub use counter_race::atomic::AtomicCounter;
