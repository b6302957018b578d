//! 30,000 "download this URL" tasks: one thread each, or a pool, and why the pool's
//! size is the knob.
//!
//! A pool of W workers finishes N tasks of latency d in no less than N x d / W
//! (Little's law). For slow I/O a pool of 10 is therefore the *slowest* sensible
//! choice; for CPU work more threads than cores only adds cost; and a thread per task
//! pays creation and memory per task, with no bound at all.
//!
//! # Layout
//! - [`executor`]: what a pool offers: `execute`, `submit` (a result back), ordered `map`.
//! - [`checks`]: the outcome checks, generic over any [`executor::Executor`]: the lab's
//!   tests and the exercise's grading both call them.
//! - [`naive_pool`]: wrong on purpose: the Book's `while let` pool, one job at a time.
//! - [`pool`]: our pool: W workers on one crossbeam channel.
//! - [`stealing`]: a work-stealing pool: an injector and a deque per worker (rayon's idea).
//! - [`task`]: a task's result, or its panic, travelling back to the caller.
//! - [`work`]: what a task does: sleep, hash, or a real HTTP GET; `--work` builds it.
//! - [`tracker`]: per-task run flags and a high-water mark of tasks running at once.
//! - [`strategy`]: thread-per-task, pool, stealing, rayon, scoped: running a batch.
//! - [`measure`]: one run measured: wall time, threads, memory, the bound; the lesson.
//! - [`alone`]: each strategy measured in a process of its own, so its memory is its own.
//! - [`sweep`]: our pool at several sizes against the Little's-law line, and its verdict.
//! - [`progress`]: the progress bar (on a terminal only).
//! - [`traced`]: `--trace` and `--timeline`: each strategy's part, merged into one trace.
//!
//! | strategy          | threads     | queue                 | bound                 |
//! |-------------------|-------------|-----------------------|-----------------------|
//! | `thread-per-task` | one per task| none                  | none: N threads       |
//! | `pool`            | W           | one shared channel    | W at a time           |
//! | `stealing`        | W           | injector + deques     | W at a time           |
//! | `rayon`           | W           | rayon's deques        | W at a time           |
//! | `scoped`          | W           | none: fixed chunks    | W at a time           |

pub mod alone;
pub mod checks;
pub mod executor;
pub mod measure;
pub mod naive_pool;
pub mod pool;
pub mod progress;
pub mod stealing;
pub mod strategy;
pub mod sweep;
pub mod task;
pub mod traced;
pub mod tracker;
pub mod work;
