//! Our thread pool: W named workers fed by one crossbeam channel.
//!
//! The Rust Book's pool shares a `Mutex<Receiver>`; its final code takes each job with
//! `let message = receiver.lock().unwrap().recv();`, a `let` statement, so the guard
//! is dropped before the job runs. The Book shows the `while let` version only as the
//! counter-example: there the guard lives to the end of the loop body, a worker holds
//! the lock *while its job runs*, and the pool runs one job at a time
//! ([`crate::naive_pool`] is that version, kept as the wrong-on-purpose control).
//! A crossbeam channel is multi-consumer: every worker calls `recv` on its own clone,
//! and there is no lock to hold at all.

use crate::executor::{Executor, Job, PoolClosed, run_job};
use crossbeam_channel::{Sender, unbounded};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::thread::JoinHandle;

/// A fixed pool of worker threads sharing one queue.
pub struct ThreadPool {
    jobs: Option<Sender<Job>>,
    workers: Vec<JoinHandle<()>>,
    panics: Arc<AtomicU64>,
}

impl ThreadPool {
    /// Start `workers` threads (at least 1), named `pool-worker-N`.
    pub fn new(workers: usize) -> std::io::Result<Self> {
        let (jobs, queue) = unbounded::<Job>();
        let panics = Arc::new(AtomicU64::new(0));
        let workers = (0..workers.max(1))
            .map(|i| {
                let (queue, panics) = (queue.clone(), Arc::clone(&panics));
                std::thread::Builder::new()
                    .name(format!("pool-worker-{i}"))
                    .spawn(move || {
                        // Ends when the pool drops its sender and the queue is empty.
                        for job in queue.iter() {
                            run_job(job, &panics);
                        }
                    })
            })
            .collect::<std::io::Result<Vec<_>>>()?;
        Ok(Self {
            jobs: Some(jobs),
            workers,
            panics,
        })
    }

    /// Worker threads in the pool (it never shrinks: panics are caught).
    pub fn workers(&self) -> usize {
        self.workers.len()
    }

    /// Jobs that panicked so far.
    pub fn panicked_jobs(&self) -> u64 {
        self.panics.load(Ordering::Relaxed)
    }

    /// Stop taking jobs, run everything already queued, and join every worker.
    pub fn shutdown(&mut self) {
        drop(self.jobs.take());
        for worker in self.workers.drain(..) {
            // Jobs run under catch_unwind, so a worker does not panic; nothing to report.
            let _ = worker.join();
        }
    }
}

impl Executor for ThreadPool {
    fn execute_job(&self, job: Job) -> Result<(), PoolClosed> {
        let jobs = self.jobs.as_ref().ok_or(PoolClosed)?;
        jobs.send(job).map_err(|_| PoolClosed)
    }
}

impl Drop for ThreadPool {
    fn drop(&mut self) {
        self.shutdown();
    }
}
