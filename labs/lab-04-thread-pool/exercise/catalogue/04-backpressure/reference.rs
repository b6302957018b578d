//! The answer to challenge `04-backpressure` (also hint level 3): `04-pool` on a
//! bounded channel, whose `send` waits while the channel is full.

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
        // The bound is the backpressure: a full channel makes `send` wait for room.
        let (jobs, taken) = crossbeam_channel::bounded::<Job>(queue);
        let panics = Arc::new(AtomicU64::new(0));
        let workers = (0..workers.max(1))
            .map(|_| {
                let (taken, panics) = (taken.clone(), Arc::clone(&panics));
                std::thread::Builder::new().spawn(move || {
                    for job in taken.iter() {
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
}

impl Executor for BackpressurePool {
    fn execute_job(&self, job: Job) -> Result<(), PoolClosed> {
        // Waits while the queue is full; fails only once every worker is gone.
        let jobs = self.jobs.as_ref().ok_or(PoolClosed)?;
        jobs.send(job).map_err(|_| PoolClosed)
    }
}

impl Drop for BackpressurePool {
    fn drop(&mut self) {
        drop(self.jobs.take());
        for worker in self.workers.drain(..) {
            let _ = worker.join();
        }
    }
}
