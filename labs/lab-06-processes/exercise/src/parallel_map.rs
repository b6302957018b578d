//! Challenge `06-parallel-map`: a parallel map over scoped threads, results in order.
//!
//! **Task.** Write `parallel_map`: `f` applied to every item, on `threads` scoped
//! threads (at least 1) working at the same time, never more, with the results in the
//! order of the items, whatever order they finish in. An empty slice, or fewer items
//! than threads, must work too.
//!
//! **What passing proves.** Every size and thread count gives every item's result in
//! its place, even when the items finish last to first; and 12 items on 4 threads run
//! 4 calls at once, never more.
//!
//! This is a challenge: its answer is not in the lab's lesson files. Hints:
//! `cargo run -p course -- hint 06-parallel-map`. Grade it:
//! `cargo run -p course -- check 06-parallel-map`.
//!
//! **中文：** 挑战 `06-parallel-map`：用作用域线程做并行 map，结果按输入顺序返回。
//! 通过说明：任意长度和线程数下，每个元素的结果都在它自己的位置上，哪怕元素是从后往前完成的；12 个元素、4 个线程时，同时运行 4 次调用，绝不更多。
//! 提示和评分：`cargo run -p course -- hint 06-parallel-map --lang zh-CN`，`cargo run -p course -- check 06-parallel-map`。

/// `f` of every item, on `threads` scoped threads at once, in the items' order.
pub fn parallel_map(items: &[u64], threads: usize, f: &(dyn Fn(u64) -> u64 + Sync)) -> Vec<u64> {
    todo!(
        "{threads} scoped threads mapping {} items with f (a {}), results in the items' order",
        items.len(),
        std::any::type_name_of_val(f)
    )
}
