//! Mistake: the panic is caught, but its message is replaced by a fixed one, so the
//! caller cannot tell one failure from another.

use thread_pool::executor::{Executor, PoolClosed};
use thread_pool::task::{TaskHandle, TaskPanicked, task_channel};

/// Catches the panic, forgets what it said.
pub fn submit<P: Executor, T: Send + 'static>(
    pool: &P,
    task: impl FnOnce() -> T + Send + 'static,
) -> Result<TaskHandle<T>, PoolClosed> {
    let (outcome, handle) = task_channel();
    pool.execute_job(Box::new(move || {
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(task));
        let _ = outcome.send(result.map_err(|_| TaskPanicked {
            message: "the task panicked".into(),
        }));
    }))?;
    Ok(handle)
}
