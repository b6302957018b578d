//! 30,000 "download this URL" tasks: one thread each, or a pool, and why the pool's
//! size is the knob.
//!
//! A pool of W workers finishes N tasks of latency d in no less than N x d / W
//! (Little's law). For slow I/O a pool of 10 is therefore the *slowest* sensible
//! choice; for CPU work more threads than cores only adds cost; and a thread per task
//! pays creation and memory per task, with no bound at all.
//!
//! # Read it in this order
//! 1. [`naive_pool`]: wrong on purpose: the Book's `while let` pool, one job at a time.
//! 2. [`pool`]: our pool: W workers on one crossbeam channel, joined on drop.
//! 3. [`task`]: a task's result, or its panic, travelling back to the caller.
//! 4. [`executor`]: what a pool offers: `execute`, `submit` (a result back), ordered `map`.
//! 5. [`stealing`]: a work-stealing pool: an injector and a deque per worker (rayon's idea).
//! 6. [`strategy`]: the five ways to run N tasks (thread-per-task, pool, stealing, rayon,
//!    scoped), side by side.
//!
//! Then [`checks`]: the outcome checks, generic over any [`executor::Executor`], which
//! the lab's tests and the exercise's grading both call.
//!
//! # How the runner measures it
//! [`demo`]: what a task does, the tracker, one run measured against Little's law, each
//! strategy in a process of its own, the sweep, the progress bar, and `--trace`.
//!
//! | strategy          | threads     | queue                 | bound                 |
//! |-------------------|-------------|-----------------------|-----------------------|
//! | `thread-per-task` | one per task| none                  | none: N threads       |
//! | `pool`            | W           | one shared channel    | W at a time           |
//! | `stealing`        | W           | injector + deques     | W at a time           |
//! | `rayon`           | W           | rayon's deques        | W at a time           |
//! | `scoped`          | W           | none: fixed chunks    | W at a time           |

// The lesson, in reading order (a blank line keeps rustfmt from sorting it).
pub mod naive_pool;

pub mod pool;

pub mod task;

pub mod executor;

pub mod stealing;

pub mod strategy;

pub mod checks;

// How the runner measures it.
pub mod demo;
