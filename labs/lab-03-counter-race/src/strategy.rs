//! The one interface every strategy meets, and the list of strategies.

use serde::Serialize;

/// A counter that several threads update together.
///
/// A strategy writes [`Counter::add`], one step, and [`Counter::total`]. Each thread
/// calls [`Counter::run_thread`] once with its delta (+1 or -1) and its number of
/// steps, and by default that is `add` in a loop. Only the strategies whose thread does
/// something else write their own: the sharded counter counts locally and combines
/// once, and the slot counters pick the thread's own slot.
pub trait Counter: Sync {
    /// Add `delta` once: the step whose read and write must not be split.
    fn add(&self, delta: i64);
    /// The total after every thread has finished.
    fn total(&self) -> i64;
    /// Thread number `thread`'s whole part: `delta`, `loops` times.
    fn run_thread(&self, _thread: usize, delta: i64, loops: u64) {
        for _ in 0..loops {
            self.add(delta);
        }
    }
}

/// Which way the threads share the count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, clap::ValueEnum)]
#[serde(rename_all = "kebab-case")]
pub enum Strategy {
    /// Wrong on purpose: read, then write, as two separate steps.
    Racy,
    /// `std::sync::Mutex` around the read-modify-write.
    Mutex,
    /// `parking_lot::Mutex`: the same idea, a faster lock.
    ParkingLot,
    /// `parking_lot::ReentrantMutex`: Python's `RLock`, lockable again by its owner.
    Reentrant,
    /// One atomic `fetch_add`: the hardware does the read-modify-write.
    Atomic,
    /// Each thread counts locally; one combine at the end.
    Sharded,
    /// Per-thread atomics in adjacent slots: one cache line, false sharing.
    Adjacent,
    /// Per-thread atomics each on its own cache line (`CachePadded`).
    Padded,
}

impl Strategy {
    /// Every strategy, racy first, then the fixes from slowest idea to fastest.
    pub const ALL: [Strategy; 8] = [
        Self::Racy,
        Self::Mutex,
        Self::ParkingLot,
        Self::Reentrant,
        Self::Atomic,
        Self::Sharded,
        Self::Adjacent,
        Self::Padded,
    ];

    /// The strategies that must give the exact total.
    pub fn fixes() -> impl Iterator<Item = Strategy> {
        Self::ALL.into_iter().filter(|s| *s != Self::Racy)
    }

    /// The kebab-case name used on the command line and in JSON.
    pub fn name(self) -> &'static str {
        match self {
            Self::Racy => "racy",
            Self::Mutex => "mutex",
            Self::ParkingLot => "parking-lot",
            Self::Reentrant => "reentrant",
            Self::Atomic => "atomic",
            Self::Sharded => "sharded",
            Self::Adjacent => "adjacent",
            Self::Padded => "padded",
        }
    }

    /// A fresh counter of this strategy for `threads` threads.
    pub fn counter(self, threads: usize) -> Box<dyn Counter> {
        match self {
            Self::Racy => Box::new(crate::racy::RacyCounter::default()),
            Self::Mutex => Box::new(crate::mutex::MutexCounter::default()),
            Self::ParkingLot => Box::new(crate::parking_lot::ParkingLotCounter::default()),
            Self::Reentrant => Box::new(crate::reentrant::ReentrantCounter::default()),
            Self::Atomic => Box::new(crate::atomic::AtomicCounter::default()),
            Self::Sharded => Box::new(crate::sharded::ShardedCounter::default()),
            Self::Adjacent => Box::new(crate::false_sharing::AdjacentSlots::new(threads)),
            Self::Padded => Box::new(crate::false_sharing::PaddedSlots::new(threads)),
        }
    }
}
