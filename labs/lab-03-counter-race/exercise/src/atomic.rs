//! Exercise `03-atomic`: fix the counter with one atomic instruction.
//!
//! **Task.** Write `add` and `total` with an `AtomicI64`: `add` is a single
//! `fetch_add`, so the CPU does the read, the add and the write as one step that no
//! other core can split. Choose the `Ordering` and say in a comment why it is enough.
//!
//! **What passing proves.** With 2, 4 and 8 threads released together, the counter
//! ends at the exact total in every run; and loom, trying every interleaving, finds
//! none that loses an update. A `load` followed by a `store` fails it, every time.
//!
//! **Read afterwards:** `counter_race::atomic` (`labs/lab-03-counter-race/src/atomic.rs`).
//!
//! Grade it: `cargo run -p course -- check 03-atomic`.
//!
//! **中文：** 练习 `03-atomic`。任务：用一条原子指令（fetch_add）修好计数器。
//! 通过说明：2、4、8 个线程同时起跑，总数分毫不差；loom 穷举所有交错执行，找不到任何一次丢失更新。
//! 提示和评分：`cargo run -p course -- hint 03-atomic --lang zh-CN`，`cargo run -p course -- check 03-atomic`。

use counter_race::strategy::Counter;
// std's AtomicI64 in a normal build, loom's when the grading runs the model checker.
use counter_race::sync::AtomicI64;

/// A counter updated with one atomic instruction per step.
#[derive(Debug, Default)]
pub struct AtomicCounter {
    value: AtomicI64,
}

impl Counter for AtomicCounter {
    /// Add `delta` in one indivisible step.
    fn add(&self, delta: i64) {
        todo!("one fetch_add of {delta} on self.value")
    }

    fn total(&self) -> i64 {
        todo!("load self.value")
    }
}
