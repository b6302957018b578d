//! The Rust Book's counter-example pool, wrong on purpose: it runs one job at a time.
//!
//! **What is wrong:** the workers share a `Mutex<Receiver>` and loop with
//! `while let Ok(job) = receiver.lock().unwrap().recv()`. The lock guard is a temporary
//! of the `while let` expression, so it lives until the end of the loop body: a worker
//! holds the lock *while its job runs*, and every other worker waits in `lock()`.
//!
//! **What you will see:** W workers, and never more than one job running. A test that
//! needs W jobs at once (a rendezvous) times out.
//!
//! **What fixes it:** take the job in a `let` statement, so the guard is dropped before
//! the job runs (the Book's final code), or use a multi-consumer channel with no lock
//! at all, as [`crate::pool`] does.

use crate::executor::{Executor, Job, PoolClosed, run_job};
use std::sync::atomic::AtomicU64;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;

/// A pool whose workers hold the queue's lock while they run a job.
pub struct NaivePool {
    jobs: Option<Sender<Job>>,
    workers: Vec<JoinHandle<()>>,
}

impl NaivePool {
    /// Start `workers` threads (at least 1).
    pub fn new(workers: usize) -> std::io::Result<Self> {
        let (jobs, queue) = channel::<Job>();
        let queue: Arc<Mutex<Receiver<Job>>> = Arc::new(Mutex::new(queue));
        let panics = Arc::new(AtomicU64::new(0));
        let workers = (0..workers.max(1))
            .map(|i| {
                let (queue, panics) = (Arc::clone(&queue), Arc::clone(&panics));
                std::thread::Builder::new()
                    .name(format!("naive-worker-{i}"))
                    .spawn(move || {
                        // The bug: the guard from `lock()` lives to the end of the body.
                        while let Ok(job) =
                            queue.lock().unwrap_or_else(PoisonError::into_inner).recv()
                        {
                            run_job(job, &panics);
                        }
                    })
            })
            .collect::<std::io::Result<Vec<_>>>()?;
        Ok(Self {
            jobs: Some(jobs),
            workers,
        })
    }
}

impl Executor for NaivePool {
    fn execute_job(&self, job: Job) -> Result<(), PoolClosed> {
        let jobs = self.jobs.as_ref().ok_or(PoolClosed)?;
        jobs.send(job).map_err(|_| PoolClosed)
    }
}

impl Drop for NaivePool {
    fn drop(&mut self) {
        drop(self.jobs.take());
        for worker in self.workers.drain(..) {
            let _ = worker.join();
        }
    }
}
