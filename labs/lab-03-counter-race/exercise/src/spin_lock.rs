//! Challenge `03-spin-lock`: build a lock from one atomic flag, then count with it.
//!
//! **Task.** Write `lock` and `unlock` of a spin lock: a lock that, instead of asking
//! the OS to put a waiting thread to sleep, keeps trying until the flag is free.
//! - `lock`: turn `locked` from false to true in one indivisible step; while another
//!   thread holds it, wait with plain loads until it looks free, calling `spin_loop()`
//!   (it tells the CPU, and loom, that this thread is waiting), then try again. A loop
//!   of bare swaps is a spin lock too, but loom cannot check it: every swap is a write,
//!   which looks like progress, so loom never runs the other thread (loom issue #162).
//! - `unlock`: set `locked` back to false.
//!
//! Then the counter below, a racy read-then-write, is exact, because the lock makes its
//! two steps one. Choose each `Ordering`, and say in a comment what it pairs with: what
//! one thread wrote inside the lock must be seen by the next thread that takes it.
//!
//! **What passing proves.** Threads released together end at the exact total, and loom,
//! trying every interleaving of two threads, finds none that loses an update.
//!
//! This is a challenge: its answer is not in the lab's lesson files. Hints:
//! `cargo run -p course -- hint 03-spin-lock`. Grade it:
//! `cargo run -p course -- check 03-spin-lock`.
//!
//! **中文：** 挑战 `03-spin-lock`：用一个原子标志自己造一把自旋锁，再用它计数。
//! 通过说明：同时起跑的线程总数分毫不差；loom 穷举两个线程的所有交错，找不到任何一次丢失更新。
//! 提示和评分：`cargo run -p course -- hint 03-spin-lock --lang zh-CN`，`cargo run -p course -- check 03-spin-lock`。

use counter_race::strategy::Counter;
// std's types in a normal build, loom's when the grading runs the model checker.
use counter_race::sync::{AtomicBool, AtomicI64, spin_loop};
use std::sync::atomic::Ordering;

/// A lock that spins until it is free.
#[derive(Debug)]
pub struct SpinLock {
    locked: AtomicBool,
}

impl SpinLock {
    /// An unlocked lock.
    pub fn new() -> Self {
        Self {
            locked: AtomicBool::new(false),
        }
    }

    /// Wait until the lock is free, and take it.
    pub fn lock(&self) {
        todo!("false -> true in one step; while that fails, spin_loop() and try again")
    }

    /// Let the lock go.
    pub fn unlock(&self) {
        todo!("locked back to false")
    }
}

impl Default for SpinLock {
    fn default() -> Self {
        Self::new()
    }
}

/// The racy read-then-write, made exact by the spin lock around it.
#[derive(Debug, Default)]
pub struct SpinLockCounter {
    lock: SpinLock,
    value: AtomicI64,
}

impl Counter for SpinLockCounter {
    /// Lock, read, write, unlock: the two steps cannot interleave with another thread's.
    fn add(&self, delta: i64) {
        self.lock.lock();
        // Relaxed is enough here: the lock's own orderings carry these to the next holder.
        let seen = self.value.load(Ordering::Relaxed);
        self.value.store(seen + delta, Ordering::Relaxed);
        self.lock.unlock();
    }

    fn total(&self) -> i64 {
        self.lock.lock();
        let total = self.value.load(Ordering::Relaxed);
        self.lock.unlock();
        total
    }
}
