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
use std::sync::PoisonError;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering, fence};
use std::sync::{Arc, Condvar, Mutex};
use std::thread::JoinHandle;

struct Shared {
    injector: Injector<Job>,
    stealers: Vec<Stealer<Job>>,
    /// Workers with nothing to do that are still looking (not yet asleep).
    searching: AtomicUsize,
    /// Workers asleep, or about to be.
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
            searching: AtomicUsize::new(0),
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
            let _guard = self
                .shared
                .sleep
                .lock()
                .unwrap_or_else(PoisonError::into_inner);
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
        // The fence pairs with the one in `worker_loop` (Dekker's pattern): either this
        // thread sees the worker counted as searching or asleep, or that worker's final
        // look at the queues sees this job. So a job is never left with everyone asleep.
        fence(Ordering::SeqCst);
        // A searching worker will find the job; wake a sleeper only if nobody is looking.
        // While workers are busy this is two loads: no lock, no syscall per job.
        if shared.searching.load(Ordering::SeqCst) == 0 {
            wake_one_if_asleep(shared);
        }
        Ok(())
    }
}

impl Drop for StealingPool {
    fn drop(&mut self) {
        self.shutdown();
    }
}

/// True when some job is visible in the injector or any worker's deque.
fn work_visible(shared: &Shared) -> bool {
    !shared.injector.is_empty() || shared.stealers.iter().any(|s| !s.is_empty())
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

/// Wake one sleeping worker, if any (under the lock the sleepers wait with, so the
/// wake-up cannot fall between a sleeper's check and its wait).
fn wake_one_if_asleep(shared: &Shared) {
    if shared.sleepers.load(Ordering::SeqCst) > 0 {
        let _guard = shared.sleep.lock().unwrap_or_else(PoisonError::into_inner);
        shared.wake.notify_one();
    }
}

/// Failed searches a worker makes, yielding between them, before it goes to sleep: a
/// burst of submissions usually refills the queue within that time, and a sleep and its
/// wake-up cost two syscalls.
const SPINS_BEFORE_SLEEP: u32 = 64;

fn worker_loop(local: &Worker<Job>, shared: &Shared) {
    loop {
        // 1. Find: our own deque first, then a batch from the injector, then steal.
        if let Some(job) = find_job(local, shared) {
            // Someone asleep, nobody looking, and more work queued: wake one more worker
            // (a chain, not a crowd: each woken worker wakes at most the next). Cheapest
            // checks first: on the busy path this is one load of `sleepers`.
            if shared.sleepers.load(Ordering::Relaxed) > 0
                && shared.searching.load(Ordering::SeqCst) == 0
                && !shared.injector.is_empty()
            {
                wake_one_if_asleep(shared);
            }
            run_job(job, &shared.panics);
            continue;
        }
        // 2. Steal: nothing at hand, so search a while (yielding) before giving up.
        if let Some(job) = search(local, shared) {
            run_job(job, &shared.panics);
            continue;
        }
        // 3. Sleep: announce it, check once more under the lock (a job pushed just now
        //    must not be missed), then wait; or leave, when the pool is closed and idle.
        let guard = shared.sleep.lock().unwrap_or_else(PoisonError::into_inner);
        shared.sleepers.fetch_add(1, Ordering::SeqCst);
        // Pairs with the fence in `execute_job`: see the comment there.
        fence(Ordering::SeqCst);
        let idle = !work_visible(shared);
        if idle && shared.closed.load(Ordering::SeqCst) {
            shared.sleepers.fetch_sub(1, Ordering::SeqCst);
            return;
        }
        if idle {
            drop(
                shared
                    .wake
                    .wait(guard)
                    .unwrap_or_else(PoisonError::into_inner),
            );
        }
        shared.sleepers.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Look for work a while, counted as searching, before going to sleep.
fn search(local: &Worker<Job>, shared: &Shared) -> Option<Job> {
    shared.searching.fetch_add(1, Ordering::SeqCst);
    let found = (0..SPINS_BEFORE_SLEEP).find_map(|_| {
        // Yield rather than spin: with more workers than cores, a spinning worker takes
        // the CPU the submitting thread needs to produce the next job.
        std::thread::yield_now();
        find_job(local, shared)
    });
    shared.searching.fetch_sub(1, Ordering::SeqCst);
    // Leaving the search with a job while more wait: hand the search on.
    if found.is_some() && !shared.injector.is_empty() {
        wake_one_if_asleep(shared);
    }
    found
}
