//! Exercise `08-limit`: lab-04's URL tasks as tasks, at most `limit` at a time.
//!
//! **Task.** Write `at_most`: run every job in `jobs` (each a future), at most `limit`
//! at the same time, starting the next job the moment one ends, and return their
//! outputs in the jobs' order (job i's output at index i, whatever order they finish
//! in). Each job runs as a task of its own (`tokio::spawn`).
//!
//! **What passing proves.** On tokio's paused clock (every time exact): 50 jobs with a
//! limit of 10 never run more than 10 at once; they take exactly the time of 10 places
//! always busy (not one at a time, nor batches of ten that wait for their slowest job);
//! and outputs come back in the jobs' order though later jobs finish first.
//!
//! **Read afterwards:** `async_server::tasks` (`labs/lab-08-async/src/tasks.rs`), and
//! lab-04's pool of 10, which gets the same time with 10 threads instead of 10 tasks.
//!
//! Grade it: `cargo run -p course -- check 08-limit`.
//!
//! **中文：** 练习 `08-limit`。任务：写 `at_most`：运行 `jobs` 里的每个 future，同时最多 `limit` 个，有一个结束就立刻开始下一个；按任务原来的顺序返回结果（第 i 个任务的结果放在第 i 位，不管谁先完成）。
//! 通过说明：在 tokio 暂停的时钟上（时间分毫不差）：50 个任务、上限 10，任何时刻都不超过 10 个在跑；总用时恰好等于 10 个名额始终不空闲的用时（既不是一个一个跑，也不是十个一批、每批等最慢的那个）；后面的任务先完成，结果仍按原顺序返回。
//! 提示和评分：`cargo run -p course -- hint 08-limit --lang zh-CN`，`cargo run -p course -- check 08-limit`。

use std::future::Future;
use std::sync::Arc;
use tokio::sync::Semaphore;

/// Run `jobs`, at most `limit` at a time; their outputs, in the jobs' order.
pub async fn at_most<T, F>(limit: usize, jobs: Vec<F>) -> Vec<T>
where
    F: Future<Output = T> + Send + 'static,
    T: Send + 'static,
{
    todo!(
        "run the {} jobs, at most {limit} at a time, and return their outputs in order",
        jobs.len()
    )
}
