//! Exercise `03-mutex`: fix the counter with a Mutex.
//!
//! **Task.** Write `add` and `total`. The value lives behind a `Mutex<i64>`: `add`
//! locks it, adds `delta`, and unlocks (the guard unlocks when it is dropped), so no
//! other thread can read between this thread's read and its write.
//!
//! **What passing proves.** With 2, 4 and 8 threads released together, the counter
//! ends at the exact total in every run; and loom, trying every interleaving of one
//! thread adding and one subtracting, finds none that loses an update.
//!
//! **Read afterwards:** `counter_race::mutex` (`labs/lab-03-counter-race/src/mutex.rs`).
//!
//! Grade it: `cargo run -p course -- check 03-mutex`.
//!
//! **中文：** 练习 `03-mutex`。任务：用 Mutex 修好计数器：加锁、加一、解锁。
//! 通过说明：2、4、8 个线程同时起跑，总数分毫不差；loom 穷举所有交错执行，找不到任何一次丢失更新。
//! 提示和评分：`cargo run -p course -- hint 03-mutex --lang zh-CN`，`cargo run -p course -- check 03-mutex`。

use counter_race::strategy::Counter;
// std's Mutex in a normal build, loom's when the grading runs the model checker.
use counter_race::sync::Mutex;

/// A counter behind a Mutex.
#[derive(Debug)]
pub struct MutexCounter {
    value: Mutex<i64>,
}

impl Default for MutexCounter {
    fn default() -> Self {
        Self {
            value: Mutex::new(0),
        }
    }
}

impl Counter for MutexCounter {
    /// Lock, add `delta`, unlock.
    fn add(&self, delta: i64) {
        todo!("lock self.value and add {delta} to what it guards")
    }

    fn total(&self) -> i64 {
        todo!("lock self.value and return the value it guards")
    }
}
