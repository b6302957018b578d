//! One instance, many threads: from the naive singleton to `OnceLock`.
//!
//! A singleton built on first use must make "is it built? no: build it, store it" one
//! step, or threads that arrive together each build their own. The lecture's
//! progression (naive, lock every time, double-checked locking, a module-level object)
//! ends, in Rust, in the standard library.
//!
//! # Layout
//! - [`config`]: the config every way hands out, and a builder that counts and pauses.
//! - [`way`]: the [`way::Way`] interface and the list of ways.
//! - [`naive`]: wrong on purpose: check, build, store, no lock.
//! - [`locked`]: a Mutex on every access.
//! - [`double_checked`]: Acquire load, lock, check again, build, Release store.
//! - [`relaxed`]: wrong on purpose: double-checked locking with Relaxed orderings.
//! - [`sync`]: std's `Mutex` and `AtomicPtr`, or loom's under `--cfg loom`.
//! - `build_proof` (loom only): a cell the builder writes, so loom sees who reads the build.
//! - [`checks`]: the outcome checks, generic over any [`way::Way`]: the lab's tests and
//!   the exercise's grading both call them.
//! - [`leaked`]: the atomic slot the naive and double-checked ways share (the one `unsafe`).
//! - [`once_lock`]: the standard library's `OnceLock`.
//! - [`lazy`]: `once_cell::sync::Lazy` and `std::sync::LazyLock`.
//! - [`static_item`]: a `static` the compiler builds.
//! - [`thread_local`](mod@thread_local): one per thread, the contrast.
//! - [`measure`]: race a way with many threads; time an access; the run's verdicts.
//!
//! | way              | builds (50 threads) | cost per access after the first |
//! |------------------|---------------------|---------------------------------|
//! | `naive`          | up to 50            | one load (and wrong)            |
//! | `locked`         | 1                   | a lock, every time; worse under contention |
//! | `double-checked` | 1                   | one Acquire load                |
//! | `once-lock`      | 1                   | one Acquire load                |
//! | `once-cell-lazy`, `lazy-lock` | 1      | one Acquire load                |
//! | `static-item`    | 0 (compile time)    | a plain load                    |
//! | `thread-local`   | 1 per thread        | a thread-local lookup           |

#[cfg(loom)]
pub mod build_proof;
pub mod checks;
pub mod config;
pub mod double_checked;
pub mod lazy;
pub mod leaked;
pub mod locked;
pub mod measure;
pub mod naive;
pub mod once_lock;
pub mod relaxed;
pub mod static_item;
pub mod sync;
pub mod thread_local;
pub mod way;

#[cfg(all(test, loom))]
mod loom_models;
