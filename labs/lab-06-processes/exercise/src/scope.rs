//! Exercise `06-scope`: sum a borrowed slice on scoped threads.
//!
//! **Task.** Write `sum_in_parallel`: split `numbers` into `threads` chunks (at least 1;
//! `chunks(len.div_ceil(threads).max(1))`), and inside `std::thread::scope` spawn one
//! thread per chunk that runs `task` on it. The threads borrow `numbers` directly: no
//! `Arc`, no copy, because the scope joins them before it returns. Add up what the joins
//! give; a chunk whose thread panicked makes the whole answer `Err(message)`.
//!
//! **What passing proves.** The sum is exact for every size (even empty, even fewer
//! numbers than threads) and thread count; a panicking chunk comes back as its message;
//! and the 4 chunks of a 4-thread sum are really summed at the same time.
//!
//! **Read afterwards:** `processes::results::sum_in_parallel` and `by_scope`
//! (`labs/lab-06-processes/src/results.rs`).
//!
//! Grade it: `cargo run -p course -- check 06-scope`.
//!
//! **中文：** 练习 `06-scope`。任务：用作用域线程对借来的切片求和，每个线程负责一块。
//! 通过说明：任意长度、任意线程数下求和都准确；panic 的那一块交回它的消息；各块确实是同时在求和。
//! 提示和评分：`cargo run -p course -- hint 06-scope --lang zh-CN`，`cargo run -p course -- check 06-scope`。

/// Sum `numbers` on `threads` scoped threads, each running `task` on its own chunk.
pub fn sum_in_parallel(
    numbers: &[u64],
    threads: usize,
    task: &(dyn Fn(&[u64]) -> u64 + Sync),
) -> Result<u64, String> {
    todo!(
        "std::thread::scope: {threads} threads, one per chunk of the {} numbers, each running the task (a {}), then join them all and add up",
        numbers.len(),
        std::any::type_name_of_val(task)
    )
}
