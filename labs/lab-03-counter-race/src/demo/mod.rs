//! How the runner measures the lesson: the apparatus, not the lesson.
//!
//! - [`start_line`]: a spinning start line, so every thread is running when the race starts.
//! - [`harness`]: run a strategy concurrently (pinned or not) or sequentially; the
//!   pinning policy.
//! - [`outcome`]: the live demo as data: its runs, the floor, the goals and verdicts.
//! - [`replay`]: one lost update, forced step by step, and the same steps with a lock.
//! - [`runs`]: `--mode`: one strategy, `--runs` times, and whether every run was exact.
//! - [`step_lock`]: the lock fixes driven one step at a time, for the replay.
//! - [`sweep`]: every strategy as threads double, each point within a time budget.

pub mod harness;
pub mod outcome;
pub mod replay;
pub mod runs;
pub mod start_line;
pub mod step_lock;
pub mod sweep;
