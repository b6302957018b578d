//! A second design: a global injector plus a deque per worker, with stealing.
//!
//! One shared channel is one point every worker contends on: each `recv` is a
//! compare-and-swap on the same cache line, and each idle worker needs a wake-up. As
//! cores grow, so does that cost. Here submitted jobs go to a global `Injector`; an
//! idle worker takes a *batch* from it into its own deque, and works from there
//! without touching shared state; a worker with nothing steals from the others.
//! This is the idea behind rayon (and Go's and Tokio's schedulers).

use crate::executor::{Executor, Job, PoolClosed, run_job};
use crossbeam_deque::{Injector, Stealer, Worker};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::thread::JoinHandle;

struct Shared {
    injector: Injector<Job>,
    stealers: Vec<Stealer<Job>>,
    /// Jobs submitted and not yet taken by a worker.
    pending: AtomicUsize,
    /// Workers about to sleep or asleep.
    sleepers: AtomicUsize,
    closed: AtomicBool,
    sleep: Mutex<()>,
    wake: Condvar,
    panics: AtomicU64,
}

/// A work-stealing pool.
pub struct StealingPool {
    shared: Arc<Shared>,
    workers: Vec<JoinHandle<()>>,
}

impl StealingPool {
    /// Start `workers` threads (at least 1), named `steal-worker-N`.
    pub fn new(workers: usize) -> std::io::Result<Self> {
        let locals: Vec<Worker<Job>> = (0..workers.max(1)).map(|_| Worker::new_fifo()).collect();
        let shared = Arc::new(Shared {
            injector: Injector::new(),
            stealers: locals.iter().map(Worker::stealer).collect(),
            pending: AtomicUsize::new(0),
            sleepers: AtomicUsize::new(0),
            closed: AtomicBool::new(false),
            sleep: Mutex::new(()),
            wake: Condvar::new(),
            panics: AtomicU64::new(0),
        });
        let workers = locals
            .into_iter()
            .enumerate()
            .map(|(i, local)| {
                let shared = Arc::clone(&shared);
                std::thread::Builder::new()
                    .name(format!("steal-worker-{i}"))
                    .spawn(move || worker_loop(&local, &shared))
            })
            .collect::<std::io::Result<Vec<_>>>()?;
        Ok(Self { shared, workers })
    }

    /// Worker threads in the pool.
    pub fn workers(&self) -> usize {
        self.workers.len()
    }

    /// Stop taking jobs, run everything already queued, and join every worker.
    pub fn shutdown(&mut self) {
        self.shared.closed.store(true, Ordering::SeqCst);
        {
            let _guard = self.shared.sleep.lock().unwrap_or_else(|e| e.into_inner());
            self.shared.wake.notify_all();
        }
        for worker in self.workers.drain(..) {
            let _ = worker.join();
        }
    }
}

impl Executor for StealingPool {
    fn execute_job(&self, job: Job) -> Result<(), PoolClosed> {
        let shared = &self.shared;
        if shared.closed.load(Ordering::SeqCst) {
            return Err(PoolClosed);
        }
        shared.injector.push(job);
        // SeqCst with the worker's `sleepers` increment then `pending` read: either we see
        // a sleeper (and wake it, under the lock it waits with) or it sees our job.
        shared.pending.fetch_add(1, Ordering::SeqCst);
        if shared.sleepers.load(Ordering::SeqCst) > 0 {
            let _guard = shared.sleep.lock().unwrap_or_else(|e| e.into_inner());
            shared.wake.notify_one();
        }
        Ok(())
    }
}

impl Drop for StealingPool {
    fn drop(&mut self) {
        self.shutdown();
    }
}

/// Take a job: from our own deque, else a batch from the injector, else steal.
fn find_job(local: &Worker<Job>, shared: &Shared) -> Option<Job> {
    local.pop().or_else(|| {
        std::iter::repeat_with(|| {
            shared
                .injector
                .steal_batch_and_pop(local)
                .or_else(|| shared.stealers.iter().map(Stealer::steal).collect())
        })
        .find(|s| !s.is_retry())
        .and_then(|s| s.success())
    })
}

fn worker_loop(local: &Worker<Job>, shared: &Shared) {
    loop {
        if let Some(job) = find_job(local, shared) {
            // Counts jobs taken from the injector or stolen; batch members count when popped.
            shared.pending.fetch_sub(1, Ordering::SeqCst);
            run_job(job, &shared.panics);
            continue;
        }
        let guard = shared.sleep.lock().unwrap_or_else(|e| e.into_inner());
        shared.sleepers.fetch_add(1, Ordering::SeqCst);
        let idle = shared.pending.load(Ordering::SeqCst) == 0;
        if idle && shared.closed.load(Ordering::SeqCst) {
            shared.sleepers.fetch_sub(1, Ordering::SeqCst);
            return;
        }
        if idle {
            drop(shared.wake.wait(guard).unwrap_or_else(|e| e.into_inner()));
        }
        shared.sleepers.fetch_sub(1, Ordering::SeqCst);
    }
}
