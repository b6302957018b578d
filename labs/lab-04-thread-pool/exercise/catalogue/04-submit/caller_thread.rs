//! Mistake: submit runs the task itself, on the caller's thread, and only then returns
//! the handle. The pool is never used: nothing runs in parallel.

use thread_pool::executor::{Executor, PoolClosed};
use thread_pool::task::{TaskHandle, TaskPanicked, task_channel};

/// Runs `task` right here; `pool` is not used.
pub fn submit<P: Executor, T: Send + 'static>(
    _pool: &P,
    task: impl FnOnce() -> T + Send + 'static,
) -> Result<TaskHandle<T>, PoolClosed> {
    let (outcome, handle) = task_channel();
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(task));
    let _ = outcome.send(result.map_err(TaskPanicked::from_payload));
    Ok(handle)
}
