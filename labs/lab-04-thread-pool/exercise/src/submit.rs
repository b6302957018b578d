//! Exercise `04-submit`: run a task on the pool and get its result back.
//!
//! **Task.** Write `submit`. Make a one-shot channel with `task_channel()`: the sending
//! end goes into the job, the `TaskHandle` goes back to the caller. The job runs the
//! task under `std::panic::catch_unwind`, turns a panic into `TaskPanicked` (with
//! `TaskPanicked::from_payload`), and sends `Ok(value)` or `Err(panic)` down the channel.
//!
//! **What passing proves.** 100 tasks each give back their own value through their
//! handle; a task that panics comes back as an error carrying its message, not as a
//! crash; and the pool serves the next task after it.
//!
//! **Read afterwards:** `thread_pool::executor::submit` and `thread_pool::task`
//! (`labs/lab-04-thread-pool/src/`).
//!
//! Grade it: `cargo run -p course -- check 04-submit`.
//!
//! **中文：** 练习 `04-submit`。任务：submit：把任务交给线程池运行，并取回它的返回值或 panic。
//! 通过说明：100 个任务各自取回自己的返回值；panic 的任务以带着原消息的错误返回；之后线程池照常服务下一个任务。
//! 提示和评分：`cargo run -p course -- hint 04-submit --lang zh-CN`，`cargo run -p course -- check 04-submit`。

use thread_pool::executor::{Executor, PoolClosed};
use thread_pool::task::{TaskHandle, TaskPanicked, task_channel};

/// Queue `task` on `pool` and return a handle to its result (or its panic).
pub fn submit<P: Executor, T: Send + 'static>(
    pool: &P,
    task: impl FnOnce() -> T + Send + 'static,
) -> Result<TaskHandle<T>, PoolClosed> {
    todo!(
        "a one-shot channel; a job for the pool ({:p}) runs the task ({:p}) under catch_unwind and sends the outcome",
        pool,
        &task
    )
}
