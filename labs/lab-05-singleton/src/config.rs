//! The object every way hands out: a small config that is slow to build.
//!
//! Each [`Builder`] counts how many times it built, so a test can see a second
//! construction, and pauses while building, so the window between "check" and
//! "store" is wide enough to see on any machine.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

/// The singleton's value.
#[derive(Debug, PartialEq, Eq)]
pub struct Config {
    /// Which construction this was: 1 for the first, 2 for a second (a bug), ...
    pub serial: usize,
    /// A setting, so there is something to read.
    pub max_connections: u32,
}

impl Config {
    /// The config a compiler can build: no I/O, no allocation (for `static`).
    pub const fn constant() -> Self {
        Self {
            serial: 0,
            max_connections: 128,
        }
    }
}

/// What a builder does while "building": sleep, or wait on a test's barrier.
pub type Pause = Arc<dyn Fn() + Send + Sync>;

/// How long the default pause lasts: long enough that 50 threads all pass a naive check.
pub const BUILD_TIME: Duration = Duration::from_millis(20);

/// The default pause: sleep for [`BUILD_TIME`], like reading a config file.
pub fn slow_build() -> Pause {
    Arc::new(|| std::thread::sleep(BUILD_TIME))
}

/// Builds configs and counts how many it built.
pub struct Builder {
    constructions: AtomicUsize,
    pause: Pause,
    /// Under loom: what the build wrote, so loom can check who sees it.
    #[cfg(loom)]
    proof: crate::build_proof::BuildProof,
}

impl Builder {
    /// A builder that calls `pause` inside every construction.
    pub fn new(pause: Pause) -> Self {
        Self {
            constructions: AtomicUsize::new(0),
            pause,
            #[cfg(loom)]
            proof: Default::default(),
        }
    }

    /// Build one config (slowly) and count it.
    pub fn build(&self) -> Config {
        // Relaxed: a tally read after the threads are joined; join orders it.
        let serial = self.constructions.fetch_add(1, Ordering::Relaxed) + 1;
        (self.pause)();
        // Only the first build writes the proof: a second build (the naive way's bug) is
        // counted by `constructions`, not reported as two writes racing on the proof.
        #[cfg(loom)]
        if serial == 1 {
            self.proof.write(serial);
        }
        Config {
            serial,
            max_connections: 128,
        }
    }

    /// Under loom: a handle on what the builds write, for [`crate::checks`].
    #[cfg(loom)]
    pub fn proof(&self) -> crate::build_proof::BuildProof {
        self.proof.clone()
    }

    /// How many configs were built so far.
    pub fn constructions(&self) -> usize {
        self.constructions.load(Ordering::Relaxed)
    }
}

impl std::fmt::Debug for Builder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Builder")
            .field("constructions", &self.constructions())
            .finish()
    }
}
