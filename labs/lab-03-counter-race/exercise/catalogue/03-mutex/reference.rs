//! The lab's answer: `counter_race::mutex` (labs/lab-03-counter-race/src/mutex.rs).
pub use counter_race::mutex::MutexCounter;
