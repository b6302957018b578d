//! Exercise `05-double-checked`: double-checked locking, with the right orderings.
//!
//! **Task.** Write `get` and `build_once`.
//! 1. `get`, the fast path: load the pointer from `self.slot`. Not null? Return the config
//!    it points to. No lock at all.
//! 2. `build_once`, the slow path: lock `self.building`, then **check again** (another
//!    thread may have built while you waited). Still null: build with
//!    `self.builder.build()`, leak it (`Box::leak`) so it lives for ever, store the
//!    pointer, and return the config.
//!
//! Choose each atomic `Ordering` and say in a comment what it pairs with. Turning a
//! loaded pointer back into `&Config` takes `unsafe` (`ptr.as_ref()`): write the
//! `// SAFETY:` comment that says why it is sound.
//!
//! **What passing proves.** 50 threads released together get one config; while the first
//! builder is still inside the build, no second thread builds; and loom, trying every
//! interleaving, finds one build and no thread that sees the pointer before the writes
//! that built the config. With `Relaxed` on the store or the load, loom fails it.
//!
//! **Read afterwards:** `singleton::double_checked` and `singleton::leaked`
//! (`labs/lab-05-singleton/src/`).
//!
//! Grade it: `cargo run -p course -- check 05-double-checked`.
//!
//! **中文：** 练习 `05-double-checked`。任务：用原子指针、Mutex 和正确的内存序实现双重检查锁。
//! 通过说明：50 个线程只得到一个配置；第一个线程构建时没有第二个构建者；loom 穷举所有交错，既没有两次构建，也没有线程在构建完成前就看到指针。
//! 提示和评分：`cargo run -p course -- hint 05-double-checked --lang zh-CN`，`cargo run -p course -- check 05-double-checked`。
#![allow(unsafe_code)] // the lesson needs one `unsafe` block, with its SAFETY comment

use singleton::config::{Builder, Config};
// std's types in a normal build, loom's when the grading runs the model checker.
use singleton::sync::{AtomicPtr, Mutex};
use singleton::way::Way;

/// Double-checked locking over an atomic pointer to a leaked config.
#[derive(Debug)]
pub struct DoubleChecked {
    slot: AtomicPtr<Config>,
    building: Mutex<()>,
    builder: Builder,
}

impl DoubleChecked {
    /// An empty singleton.
    pub fn new(builder: Builder) -> Self {
        Self {
            slot: AtomicPtr::new(std::ptr::null_mut()),
            building: Mutex::new(()),
            builder,
        }
    }

    /// The slow path: lock, check again, build, leak, store.
    fn build_once(&self) -> &'static Config {
        todo!("lock, check again, and only if still empty: build, leak, store")
    }
}

impl Way for DoubleChecked {
    fn get(&self) -> &Config {
        todo!("load the pointer: built? return it; else take the slow path")
    }

    fn constructions(&self) -> usize {
        self.builder.constructions()
    }
}
