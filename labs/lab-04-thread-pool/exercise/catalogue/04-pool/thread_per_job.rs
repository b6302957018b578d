//! Mistake: a thread per job. Every job starts a thread of its own, so nothing bounds
//! how many run at once: 30,000 URL tasks would be 30,000 threads.

use std::sync::atomic::AtomicU64;
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use thread_pool::executor::{Executor, Job, PoolClosed, run_job};

/// Looks like a pool; starts a thread for every job.
pub struct ThreadPool {
    running: Mutex<Vec<JoinHandle<()>>>,
    panics: Arc<AtomicU64>,
}

impl ThreadPool {
    /// `workers` is ignored: that is the mistake.
    pub fn new(_workers: usize) -> std::io::Result<Self> {
        Ok(Self {
            running: Mutex::new(Vec::new()),
            panics: Arc::new(AtomicU64::new(0)),
        })
    }
}

impl Executor for ThreadPool {
    fn execute_job(&self, job: Job) -> Result<(), PoolClosed> {
        let panics = Arc::clone(&self.panics);
        let handle = std::thread::spawn(move || run_job(job, &panics));
        self.running.lock().unwrap().push(handle);
        Ok(())
    }
}

impl Drop for ThreadPool {
    fn drop(&mut self) {
        for handle in self.running.lock().unwrap().drain(..) {
            let _ = handle.join();
        }
    }
}
