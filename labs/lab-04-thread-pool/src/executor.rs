//! What both our pools offer: run a job, or submit a task and get its result back.

use crate::task::{TaskHandle, TaskPanicked, task_channel};
use std::fmt;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;

/// A unit of work.
pub type Job = Box<dyn FnOnce() + Send + 'static>;

/// Submitting to a pool that was shut down.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PoolClosed;

impl fmt::Display for PoolClosed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the pool was shut down and takes no more jobs")
    }
}

impl std::error::Error for PoolClosed {}

/// A pool of threads that runs jobs. Implementors provide `execute_job`; the rest follows.
pub trait Executor {
    /// Queue a boxed job.
    fn execute_job(&self, job: Job) -> Result<(), PoolClosed>;

    /// Queue `job` to run on some worker.
    fn execute(&self, job: impl FnOnce() + Send + 'static) -> Result<(), PoolClosed>
    where
        Self: Sized,
    {
        self.execute_job(Box::new(job))
    }

    /// Queue `task` and get a handle to its result (or its panic).
    fn submit<T: Send + 'static>(
        &self,
        task: impl FnOnce() -> T + Send + 'static,
    ) -> Result<TaskHandle<T>, PoolClosed>
    where
        Self: Sized,
    {
        submit(self, task)
    }

    /// Run `task` on every item; the results come back in input order.
    fn map<I, R>(
        &self,
        items: I,
        task: impl Fn(I::Item) -> R + Send + Sync + 'static,
    ) -> Result<Vec<Result<R, TaskPanicked>>, PoolClosed>
    where
        Self: Sized,
        I: IntoIterator,
        I::Item: Send + 'static,
        R: Send + 'static,
    {
        let task = Arc::new(task);
        let handles = items
            .into_iter()
            .map(|item| {
                let task = Arc::clone(&task);
                self.submit(move || task(item))
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(handles.into_iter().map(TaskHandle::join).collect())
    }
}

/// Queue `task` on `pool` and get a handle to its result (or its panic): the worker
/// runs it under `catch_unwind` and sends the outcome down a one-shot channel.
pub fn submit<P: Executor, T: Send + 'static>(
    pool: &P,
    task: impl FnOnce() -> T + Send + 'static,
) -> Result<TaskHandle<T>, PoolClosed> {
    let (done, handle) = task_channel();
    pool.execute_job(Box::new(move || {
        let result = catch_unwind(AssertUnwindSafe(task)).map_err(TaskPanicked::from_payload);
        // The caller may have dropped the handle; then nobody wants the result.
        let _ = done.send(result);
    }))?;
    Ok(handle)
}

/// Run a job, counting (not propagating) its panic: a worker must outlive its jobs.
pub fn run_job(job: Job, panics: &std::sync::atomic::AtomicU64) {
    if catch_unwind(AssertUnwindSafe(job)).is_err() {
        // Relaxed: a tally, read after the workers are joined or as an estimate.
        panics.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    }
}
