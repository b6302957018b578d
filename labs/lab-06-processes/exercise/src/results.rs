//! Exercise `06-results`: values back from threads, and panics too.
//!
//! **Task.** Write `run_all`: start one thread per task (all of them first), then join
//! them in order. `join` returns `Ok(value)`, or `Err(payload)` when the thread panicked:
//! turn the payload into its message with `labkit::panics::panic_message(payload.as_ref())`.
//! (A channel per task works too: a panicking thread drops its sender unsent.)
//!
//! Python's `threading.Thread` has no return value; `concurrent.futures` gives you
//! `future.result()`, which re-raises the thread's exception. `join` is that, as a value.
//!
//! **What passing proves.** 8 tasks give back their 8 values in order, the one that
//! panics as its message and without losing the others; and 4 tasks that wait for each
//! other all meet, so they really ran at the same time.
//!
//! **Read afterwards:** `processes::results` (`labs/lab-06-processes/src/results.rs`).
//!
//! Grade it: `cargo run -p course -- check 06-results`.
//!
//! **中文：** 练习 `06-results`。任务：用 join 按顺序取回各线程的返回值，panic 则取回它的消息。
//! 通过说明：8 个任务按顺序交回各自的值，panic 的那个交回它的消息；4 个互相等待的任务确实是同时运行的。
//! 提示和评分：`cargo run -p course -- hint 06-results --lang zh-CN`，`cargo run -p course -- check 06-results`。

use processes::results::Task;

/// Run every task on its own thread at once; each one's value in order, or its panic's message.
pub fn run_all(tasks: Vec<Task>) -> Vec<Result<u64, String>> {
    todo!(
        "spawn all {} tasks, then join each handle in order; a panic becomes Err(message)",
        tasks.len()
    )
}
