//! Two threads, one counter: how updates get lost, and four ways to stop it.
//!
//! One thread adds 1 ten million times, another subtracts 1 ten million times. Run
//! one after the other, the counter ends at 0. Run together, with a counter whose
//! update is "read, then write", it does not: updates are lost between the two steps.
//!
//! # Read it in this order
//! 1. [`racy`]: wrong on purpose: read, then write; what you will see, and what fixes it.
//! 2. [`strategy`]: the [`strategy::Counter`] interface every fix implements, and the list.
//! 3. [`mutex`], [`parking_lot`], [`reentrant`]: a lock around the update.
//! 4. [`atomic`]: one `fetch_add` instruction.
//! 5. [`sharded`]: each thread counts alone, one combine at the end (the floor).
//! 6. [`false_sharing`]: per-thread atomics, adjacent vs cache-padded.
//! 7. [`compile_time`]: the races Rust refuses to compile (doctests).
//!
//! Then [`sync`] (std's `Mutex` and atomics, or loom's under `--cfg loom`), and
//! [`checks`]: the outcome checks, generic over any [`strategy::Counter`], which the
//! lab's tests and the exercise's grading both call.
//!
//! # How the runner measures it
//! [`demo`]: the start line, the harness and its pinning policy, the demo's typed
//! outcome, the step-by-step replay, and the sweep.
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

// The lesson, in reading order (a blank line keeps rustfmt from sorting it).
pub mod racy;

pub mod strategy;

pub mod mutex;

pub mod parking_lot;

pub mod reentrant;

pub mod atomic;

pub mod sharded;

pub mod false_sharing;

pub mod compile_time;

pub mod sync;

pub mod checks;

// How the runner measures it.
pub mod demo;

#[cfg(all(test, loom))]
mod loom_models;
