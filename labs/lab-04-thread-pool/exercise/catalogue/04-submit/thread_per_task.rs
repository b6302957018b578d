//! Mistake: submit starts a thread for each task instead of giving it to the pool, so
//! the pool's bound means nothing.

use thread_pool::executor::{Executor, PoolClosed};
use thread_pool::task::{TaskHandle, TaskPanicked, task_channel};

/// Runs `task` on a new thread; `pool` is not used.
pub fn submit<P: Executor, T: Send + 'static>(
    _pool: &P,
    task: impl FnOnce() -> T + Send + 'static,
) -> Result<TaskHandle<T>, PoolClosed> {
    let (outcome, handle) = task_channel();
    std::thread::spawn(move || {
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(task));
        let _ = outcome.send(result.map_err(TaskPanicked::from_payload));
    });
    Ok(handle)
}
