//! Mistake: no catch_unwind in the job. A task that panics never sends its outcome, so
//! the caller learns only that the result went missing, not what the panic said.

use thread_pool::executor::{Executor, PoolClosed};
use thread_pool::task::{TaskHandle, task_channel};

/// Sends the value; a panic unwinds past the send.
pub fn submit<P: Executor, T: Send + 'static>(
    pool: &P,
    task: impl FnOnce() -> T + Send + 'static,
) -> Result<TaskHandle<T>, PoolClosed> {
    let (outcome, handle) = task_channel();
    pool.execute_job(Box::new(move || {
        let _ = outcome.send(Ok(task()));
    }))?;
    Ok(handle)
}
