//! Hint level 3 for `04-submit`: a whole solution, in other words than the lab's.

use thread_pool::executor::{Executor, PoolClosed};
use thread_pool::task::{TaskHandle, TaskPanicked, task_channel};

/// Queue `task` on `pool` and return a handle to its result (or its panic).
pub fn submit<P: Executor, T: Send + 'static>(
    pool: &P,
    task: impl FnOnce() -> T + Send + 'static,
) -> Result<TaskHandle<T>, PoolClosed> {
    let (outcome, handle) = task_channel();
    pool.execute_job(Box::new(move || {
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(task));
        // Nobody may be waiting any more (the handle was dropped): then the send fails, harmlessly.
        let _ = outcome.send(result.map_err(TaskPanicked::from_payload));
    }))?;
    Ok(handle)
}
