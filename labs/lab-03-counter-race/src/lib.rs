//! Two threads, one counter: how updates get lost, and four ways to stop it.
//!
//! One thread adds 1 ten million times, another subtracts 1 ten million times. Run
//! one after the other, the counter ends at 0. Run together, with a counter whose
//! update is "read, then write", it does not: updates are lost between the two steps.
//!
//! # Layout
//! - [`checks`]: the outcome checks, generic over any [`strategy::Counter`]: the lab's
//!   tests and the exercise's grading both call them.
//! - [`sync`]: std's `Mutex` and atomics, or loom's under `--cfg loom`.
//! - [`strategy`]: the [`strategy::Counter`] interface and the list of strategies.
//! - [`racy`]: wrong on purpose: read, then write.
//! - [`mutex`], [`parking_lot`], [`reentrant`]: a lock around the update.
//! - [`atomic`]: one `fetch_add` instruction.
//! - [`sharded`]: each thread counts alone, one combine at the end (the floor).
//! - [`false_sharing`]: per-thread atomics, adjacent vs cache-padded.
//! - [`start_line`]: a spinning start line, so every thread is running when the race starts.
//! - [`harness`]: run a strategy concurrently (pinned or not) or sequentially.
//! - [`sweep`]: every strategy as threads double, each point within a time budget.
//! - [`demo`]: the live demo as data: its runs, the floor, the goals and verdicts.
//! - [`replay`]: one lost update, forced step by step, and the same steps with each lock.
//! - [`step_lock`]: the lock fixes driven one step at a time, for the replay.
//! - [`compile_time`]: the races Rust refuses to compile (doctests).
//!
//! | strategy      | correct | how                               | cost (2 threads, release, 2-core VM) |
//! |---------------|---------|-----------------------------------|------------------|
//! | `racy`        | no      | load, then store                  | fast and wrong   |
//! | `mutex`       | yes     | `std::sync::Mutex` per step       | highest          |
//! | `parking-lot` | yes     | `parking_lot::Mutex` per step     | a little lower   |
//! | `reentrant`   | yes     | `ReentrantMutex` (Python's RLock) | like `mutex`     |
//! | `atomic`      | yes     | `fetch_add`                       | a few ns         |
//! | `sharded`     | yes     | local sums, one combine           | the floor        |
//! | `adjacent`    | yes     | per-thread atomics, one line      | false sharing    |
//! | `padded`      | yes     | per-thread atomics, own lines     | near the floor of atomics |

pub mod atomic;
pub mod checks;
pub mod compile_time;
pub mod demo;
pub mod false_sharing;
pub mod harness;
pub mod mutex;
pub mod parking_lot;
pub mod racy;
pub mod reentrant;
pub mod replay;
pub mod sharded;
pub mod start_line;
pub mod step_lock;
pub mod strategy;
pub mod sweep;
pub mod sync;

#[cfg(all(test, loom))]
mod loom_models;
