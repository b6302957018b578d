//! The lab's answer: `counter_race::sharded` (labs/lab-03-counter-race/src/sharded.rs).
pub use counter_race::sharded::ShardedCounter;
