//! Exercise `03-sharded`: do not share. Each thread counts alone and combines once.
//!
//! **Task.** Write `run_thread` and `total`. A thread adds `delta` to a *local*
//! variable `loops` times (wrap `delta` in `std::hint::black_box`, or the compiler turns
//! the loop into one multiplication), then adds its local sum to the shared atomic in
//! one `fetch_add` (`add`, given, does it). Only the final total is shared, and it is
//! touched once per thread: `Counter`'s default `run_thread`, `add` at every step, is
//! what you replace.
//!
//! **What passing proves.** The exact total at 2, 4 and 8 threads released together,
//! in every run; and loom finds no interleaving of two threads' combines that loses one.
//! Run `cargo run -p lab-03 --release` afterwards: this is the fastest fix, the floor.
//!
//! **Read afterwards:** `counter_race::sharded` (`labs/lab-03-counter-race/src/sharded.rs`).
//!
//! Grade it: `cargo run -p course -- check 03-sharded`.
//!
//! **中文：** 练习 `03-sharded`。任务：实现分片计数器：各线程先在本地计数，最后每个线程只合并一次。
//! 通过说明：2、4、8 个线程同时起跑，总数分毫不差；loom 穷举各线程合并的所有交错，一次也不会丢。
//! 提示和评分：`cargo run -p course -- hint 03-sharded --lang zh-CN`，`cargo run -p course -- check 03-sharded`。

use counter_race::strategy::Counter;
// std's AtomicI64 in a normal build, loom's when the grading runs the model checker.
use counter_race::sync::AtomicI64;

/// Per-thread local sums, combined once per thread.
#[derive(Debug, Default)]
pub struct ShardedCounter {
    combined: AtomicI64,
}

impl Counter for ShardedCounter {
    /// Given: one add straight into the shared total. Each thread should need it once.
    fn add(&self, delta: i64) {
        self.combined
            .fetch_add(delta, std::sync::atomic::Ordering::Relaxed);
    }

    fn run_thread(&self, _thread: usize, delta: i64, loops: u64) {
        todo!("sum {delta} locally {loops} times, then one fetch_add of the sum")
    }

    fn total(&self) -> i64 {
        todo!("load self.combined")
    }
}
