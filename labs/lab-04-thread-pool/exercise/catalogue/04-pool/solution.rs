//! Hint level 3 for `04-pool`: a whole solution, in other words than the lab's.

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
        let (jobs, queue) = crossbeam_channel::unbounded::<Job>();
        let panics = Arc::new(AtomicU64::new(0));
        let mut handles = Vec::new();
        for _ in 0..workers.max(1) {
            let queue = queue.clone();
            let panics = Arc::clone(&panics);
            // Each worker takes the next job; the loop ends when the queue is closed and empty.
            handles.push(std::thread::Builder::new().spawn(move || {
                while let Ok(job) = queue.recv() {
                    run_job(job, &panics);
                }
            })?);
        }
        Ok(Self {
            jobs: Some(jobs),
            workers: handles,
            panics,
        })
    }
}

impl Executor for ThreadPool {
    fn execute_job(&self, job: Job) -> Result<(), PoolClosed> {
        match &self.jobs {
            Some(jobs) => jobs.send(job).map_err(|_| PoolClosed),
            None => Err(PoolClosed),
        }
    }
}

impl Drop for ThreadPool {
    fn drop(&mut self) {
        // Close the queue first: a worker waiting for a job then sees the end.
        self.jobs = None;
        for worker in std::mem::take(&mut self.workers) {
            let _ = worker.join();
        }
    }
}
