//! Exercise `04-pool`: a thread pool of W workers sharing one queue.
//!
//! **Task.** Write `new`, `execute_job` and `drop`.
//! - `new(workers)`: make a channel (`crossbeam_channel::unbounded`, which many workers
//!   can receive from), and start `workers` threads (at least 1) that each take jobs
//!   from it and run them with `run_job`, until the channel is closed and empty.
//! - `execute_job`: send the job to the queue; `Err(PoolClosed)` if the pool is shut.
//! - `drop`: close the queue (drop the sender), then join every worker, so every job
//!   already queued runs before `drop` returns.
//!
//! `run_job` runs a job under `catch_unwind`: a task that panics costs only itself.
//!
//! **What passing proves.** 30,000 tasks each run exactly once, never more than W at
//! once; W tasks that wait for each other really do run at the same time; after tasks
//! panic, all W workers still serve; and `drop` waits for every queued task.
//!
//! **Read afterwards:** `thread_pool::pool` (`labs/lab-04-thread-pool/src/pool.rs`), and
//! `thread_pool::naive_pool` for the Rust Book's trap: a lock held while the job runs.
//!
//! Grade it: `cargo run -p course -- check 04-pool`.
//!
//! **中文：** 练习 `04-pool`。任务：线程池：new、execute 和 Drop，W 个工作线程共用一个队列。
//! 通过说明：30,000 个任务每个恰好运行一次、同时运行的不超过 W 个；W 个任务真的同时在跑；panic 只毁掉它自己那个任务；Drop 会等队列里的任务全部跑完。
//! 提示和评分：`cargo run -p course -- hint 04-pool --lang zh-CN`，`cargo run -p course -- check 04-pool`。

use crossbeam_channel::Sender;
use std::sync::Arc;
use std::sync::atomic::AtomicU64;
use std::thread::JoinHandle;
use thread_pool::executor::{Executor, Job, PoolClosed, run_job};

/// A fixed pool of worker threads sharing one queue.
pub struct ThreadPool {
    jobs: Option<Sender<Job>>,
    workers: Vec<JoinHandle<()>>,
    panics: Arc<AtomicU64>,
}

impl ThreadPool {
    /// Start `workers` threads (at least 1).
    pub fn new(workers: usize) -> std::io::Result<Self> {
        todo!("a channel, then {workers} threads that run every job they receive")
    }
}

impl Executor for ThreadPool {
    fn execute_job(&self, job: Job) -> Result<(), PoolClosed> {
        todo!("send the job ({job:p}) to the queue, or Err(PoolClosed) once the pool is shut")
    }
}

impl Drop for ThreadPool {
    fn drop(&mut self) {
        todo!("close the queue, then join every worker")
    }
}
