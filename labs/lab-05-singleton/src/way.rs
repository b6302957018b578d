//! The one interface every way meets, and the list of ways.

use crate::config::{Builder, Config, Pause};
use serde::Serialize;

/// A way of making one shared config.
pub trait Way: Sync {
    /// The config, built on first use.
    fn get(&self) -> &Config;
    /// How many configs this way built (1 is right; 0 means the compiler built it).
    fn constructions(&self) -> usize;

    /// Time `accesses` calls to `get`. A provided method, so it is compiled for each
    /// way's own type: the loop calls `get` directly, with no virtual call to measure.
    fn time_gets(&self, accesses: u64) -> std::time::Duration {
        let start = std::time::Instant::now();
        for _ in 0..accesses {
            std::hint::black_box(self.get());
        }
        start.elapsed()
    }
}

/// The ways, in the lecture's order, then Rust's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, clap::ValueEnum)]
#[serde(rename_all = "kebab-case")]
pub enum WayName {
    /// Wrong on purpose: check, build, store, no lock.
    Naive,
    /// A Mutex on every access.
    Locked,
    /// Acquire load; Mutex, check again, build, Release store only the first time.
    DoubleChecked,
    /// `std::sync::OnceLock`.
    OnceLock,
    /// `once_cell::sync::Lazy`: the classic "lazy static".
    OnceCellLazy,
    /// `std::sync::LazyLock`: the same, in std since Rust 1.80.
    LazyLock,
    /// A `static` the compiler builds: Python's "module import" singleton.
    StaticItem,
    /// `thread_local!`: one per thread, by design. The contrast.
    ThreadLocal,
}

impl WayName {
    /// Every way.
    pub const ALL: [WayName; 8] = [
        Self::Naive,
        Self::Locked,
        Self::DoubleChecked,
        Self::OnceLock,
        Self::OnceCellLazy,
        Self::LazyLock,
        Self::StaticItem,
        Self::ThreadLocal,
    ];

    /// The kebab-case name used on the command line and in JSON.
    pub fn name(self) -> &'static str {
        match self {
            Self::Naive => "naive",
            Self::Locked => "locked",
            Self::DoubleChecked => "double-checked",
            Self::OnceLock => "once-lock",
            Self::OnceCellLazy => "once-cell-lazy",
            Self::LazyLock => "lazy-lock",
            Self::StaticItem => "static-item",
            Self::ThreadLocal => "thread-local",
        }
    }

    /// How many distinct instances this way should give out across `threads` threads.
    pub fn expected_instances(self, threads: usize) -> usize {
        if self == Self::ThreadLocal {
            threads
        } else {
            1
        }
    }

    /// A fresh, unbuilt instance of this way whose builder calls `pause`.
    pub fn fresh(self, pause: Pause) -> Box<dyn Way> {
        let builder = Builder::new(pause);
        match self {
            Self::Naive => Box::new(crate::naive::NaiveSingleton::new(builder)),
            Self::Locked => Box::new(crate::locked::LockedSingleton::new(builder)),
            Self::DoubleChecked => Box::new(crate::double_checked::DoubleChecked::new(builder)),
            Self::OnceLock => Box::new(crate::once_lock::OnceLockSingleton::new(builder)),
            Self::OnceCellLazy => Box::new(crate::lazy::OnceCellLazy::new(builder)),
            Self::LazyLock => Box::new(crate::lazy::StdLazyLock::new(builder)),
            Self::StaticItem => Box::new(crate::static_item::StaticItem),
            Self::ThreadLocal => Box::new(crate::thread_local::PerThread::new(builder)),
        }
    }
}
