//! Challenge `04-backpressure`: a pool whose bounded queue makes submitters wait.
//!
//! **Task.** `04-pool`'s queue has no end: a submitter that is faster than the workers
//! fills memory with queued jobs. Write a pool of `workers` threads whose queue holds at
//! most `queue` jobs, and whose `execute_job` waits while it is full, going on as soon
//! as a worker takes a job. That wait is called backpressure: the slow part of the
//! system slows the fast part down, instead of drowning in its work.
//! - `new(workers, queue)`: start the workers (at least 1) on a queue of that bound.
//! - `execute_job`: wait for room, then queue the job; `Err(PoolClosed)` once shut.
//! - `drop`: close the queue, then join every worker.
//!
//! **What passing proves.** With 2 workers busy and 2 jobs queued, the next `execute`
//! waits: it neither refuses nor queues without end, and it goes on once there is room;
//! and everything `04-pool` proves still holds: never more than W at once, W really at
//! once, `drop` waits for running work, 30,000 tasks each run once.
//!
//! This is a challenge: its answer is not in the lab's lesson files. Hints:
//! `cargo run -p course -- hint 04-backpressure`. Grade it:
//! `cargo run -p course -- check 04-backpressure`.
//!
//! **中文：** 挑战 `04-backpressure`：队列有界、队列满时让提交者等待的线程池（背压）。
//! 通过说明：2 个工作线程都在忙、队列里已有 2 个任务时，下一次 execute 会等待：既不拒绝，也不无限排队，有空位就继续；
//! 此外 `04-pool` 证明的一切依然成立。提示和评分：`cargo run -p course -- hint 04-backpressure --lang zh-CN`，`cargo run -p course -- check 04-backpressure`。

use crossbeam_channel::Sender;
use std::sync::Arc;
use std::sync::atomic::AtomicU64;
use std::thread::JoinHandle;
use thread_pool::executor::{Executor, Job, PoolClosed, run_job};

/// A fixed pool of worker threads on a queue of bounded length.
pub struct BackpressurePool {
    jobs: Option<Sender<Job>>,
    workers: Vec<JoinHandle<()>>,
    panics: Arc<AtomicU64>,
}

impl BackpressurePool {
    /// Start `workers` threads (at least 1) on a queue that holds at most `queue` jobs.
    pub fn new(workers: usize, queue: usize) -> std::io::Result<Self> {
        todo!("a queue of at most {queue} jobs, then {workers} threads that run what they take")
    }
}

impl Executor for BackpressurePool {
    fn execute_job(&self, job: Job) -> Result<(), PoolClosed> {
        todo!("wait for room, then queue the job ({job:p}); Err(PoolClosed) once the pool is shut")
    }
}

impl Drop for BackpressurePool {
    fn drop(&mut self) {
        todo!("close the queue, then join every worker")
    }
}
