//! Fix 4: the lazy static: a value with its initialiser attached, built on first deref.
//!
//! `once_cell::sync::Lazy` was how Rust wrote global singletons for years (it replaced
//! the `lazy_static!` macro); `std::sync::LazyLock` (Rust 1.80) is the same thing in
//! std. Both are a `OnceLock` plus the closure that fills it:
//!
//! ```
//! use std::sync::LazyLock;
//! static CONFIG: LazyLock<Vec<u32>> = LazyLock::new(|| vec![1, 2, 3]);
//! assert_eq!(CONFIG.len(), 3); // built here, on first use
//! ```

use crate::config::{Builder, Config};
use crate::way::Way;
use std::sync::{Arc, LazyLock};

/// The initialiser both lazies carry: build with our counting builder.
type Init = Box<dyn FnOnce() -> Config + Send>;

fn init(builder: &Arc<Builder>) -> Init {
    let builder = Arc::clone(builder);
    Box::new(move || builder.build())
}

/// A config in a `once_cell::sync::Lazy`.
pub struct OnceCellLazy {
    lazy: once_cell::sync::Lazy<Config, Init>,
    builder: Arc<Builder>,
}

impl OnceCellLazy {
    /// An unbuilt lazy config.
    pub fn new(builder: Builder) -> Self {
        let builder = Arc::new(builder);
        Self {
            lazy: once_cell::sync::Lazy::new(init(&builder)),
            builder,
        }
    }
}

impl Way for OnceCellLazy {
    fn get(&self) -> &Config {
        &self.lazy
    }

    fn constructions(&self) -> usize {
        self.builder.constructions()
    }
}

/// A config in a `std::sync::LazyLock`.
pub struct StdLazyLock {
    lazy: LazyLock<Config, Init>,
    builder: Arc<Builder>,
}

impl StdLazyLock {
    /// An unbuilt lazy config.
    pub fn new(builder: Builder) -> Self {
        let builder = Arc::new(builder);
        Self {
            lazy: LazyLock::new(init(&builder)),
            builder,
        }
    }
}

impl Way for StdLazyLock {
    fn get(&self) -> &Config {
        &self.lazy
    }

    fn constructions(&self) -> usize {
        self.builder.constructions()
    }
}
