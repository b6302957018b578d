//! The contrast: `thread_local!` gives one instance *per thread*, by design.
//!
//! Sometimes that is what you want (a per-thread buffer or random generator, no
//! locking at all); it is never a process-wide singleton. 50 threads, 50 instances.
//!
//! ```
//! use std::cell::Cell;
//! thread_local! { static CALLS: Cell<u32> = const { Cell::new(0) }; }
//! CALLS.set(CALLS.get() + 1);
//! let other = std::thread::spawn(|| CALLS.get()).join().unwrap();
//! assert_eq!((CALLS.get(), other), (1, 0)); // the other thread has its own
//! ```

use crate::config::{Builder, Config};
use crate::way::Way;
use std::cell::RefCell;

thread_local! {
    /// This thread's configs, one per `PerThread` instance (keyed by its address), so
    /// several instances can live in one process (the runner makes a fresh one per run).
    static MINE: RefCell<Vec<(usize, &'static Config)>> = const { RefCell::new(Vec::new()) };
}

/// One config per thread.
#[derive(Debug)]
pub struct PerThread {
    builder: Builder,
}

impl PerThread {
    /// A per-thread config, built in each thread on its first use.
    pub fn new(builder: Builder) -> Self {
        Self { builder }
    }
}

impl Way for PerThread {
    fn get(&self) -> &Config {
        let key = self as *const Self as usize;
        MINE.with_borrow_mut(|mine| match mine.iter().find(|(k, _)| *k == key) {
            Some((_, config)) => *config,
            None => {
                let config: &'static Config = Box::leak(Box::new(self.builder.build()));
                mine.push((key, config));
                config
            }
        })
    }

    fn constructions(&self) -> usize {
        self.builder.constructions()
    }
}
