//! The free singleton: a `static` the compiler builds.
//!
//! When the value can be computed at compile time (a `const fn`), a plain `static` is
//! a singleton with no runtime cost at all: no check, no lock, built zero times at
//! run time. It is Python's "a module is imported once, so a module-level object is a
//! singleton", with the import done by the compiler.

use crate::config::Config;
use crate::way::Way;

/// The one config, built by the compiler.
pub static CONFIG: Config = Config::constant();

/// The way that returns [`CONFIG`].
#[derive(Debug, Clone, Copy)]
pub struct StaticItem;

impl Way for StaticItem {
    fn get(&self) -> &Config {
        &CONFIG
    }

    fn constructions(&self) -> usize {
        0
    }
}
