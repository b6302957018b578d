//! How the runner measures the lesson: the apparatus, not the lesson.
//!
//! - [`running`]: a server on a runtime of its own thread, started and stopped from
//!   blocking code (the runner, the tests).
//! - [`freeze`]: other clients' latency while `/block` runs: in the task, on the
//!   blocking pool, and with every worker of a multi-thread runtime blocked.
//! - [`waiting`]: a full Semaphore (clients wait) against lab-02's full pool (503).
//! - [`tasks`]: the 30,000 tasks, each strategy in a process of its own.
//! - [`clients`]: the blocking, timed clients that drive them.
//! - [`idle`]: memory per idle connection: tokio, lab-07's loop, a thread each.
//! - [`kept_alive`]: persistent clients: tokio and lab-07's loop serve them all, a pool its workers.
//! - [`outcome`]: the demo's typed outcome and its verdicts.
//! - [`parked`]: `--trace`: when each runtime thread was parked (idle).

pub mod clients;
pub mod freeze;
pub mod idle;
pub mod kept_alive;
pub mod outcome;
pub mod parked;
pub mod running;
pub mod tasks;
pub mod waiting;
