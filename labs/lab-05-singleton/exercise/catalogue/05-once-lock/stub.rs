//! Exercise `05-once-lock`: a singleton in a `OnceLock`.
//!
//! **Task.** Write `get`: the first call builds the config with `self.builder.build()`
//! and stores it in `self.cell`; every call returns the one stored config. However many
//! threads call at once, exactly one builds; the others wait, then share its config.
//!
//! **What passing proves.** 50 threads released together get one config, built once;
//! and while the first builder is still inside the build (held there on purpose), no
//! second thread starts building.
//!
//! **Read afterwards:** `singleton::once_lock` (`labs/lab-05-singleton/src/once_lock.rs`).
//!
//! Grade it: `cargo run -p course -- check 05-once-lock`.
//!
//! **中文：** 练习 `05-once-lock`。任务：用 OnceLock 实现单例：第一次使用时构建，只构建一次，所有线程共用。
//! 通过说明：50 个线程同时起跑拿到的是同一个配置，只构建了一次；第一个线程还在构建时，第二个线程进不来。
//! 提示和评分：`cargo run -p course -- hint 05-once-lock --lang zh-CN`，`cargo run -p course -- check 05-once-lock`。

use singleton::config::{Builder, Config};
use singleton::way::Way;
use std::sync::OnceLock;

/// A config in a `OnceLock`.
#[derive(Debug)]
pub struct OnceLockSingleton {
    cell: OnceLock<Config>,
    builder: Builder,
}

impl OnceLockSingleton {
    /// An empty singleton.
    pub fn new(builder: Builder) -> Self {
        Self {
            cell: OnceLock::new(),
            builder,
        }
    }
}

impl Way for OnceLockSingleton {
    fn get(&self) -> &Config {
        todo!("build the config on the first call only, and return the stored one")
    }

    fn constructions(&self) -> usize {
        self.builder.constructions()
    }
}
