//! One instance, many threads: from the naive singleton to `OnceLock`.
//!
//! A singleton built on first use must make "is it built? no: build it, store it" one
//! step, or threads that arrive together each build their own. The lecture's
//! progression (naive, lock every time, double-checked locking, a module-level object)
//! ends, in Rust, in the standard library.
//!
//! # Read it in this order
//! 1. [`config`]: the config every way hands out, and a builder that counts and pauses.
//! 2. [`way`]: the [`way::Way`] interface and the list of ways.
//! 3. [`naive`]: wrong on purpose: check, build, store, no lock.
//! 4. [`locked`]: a Mutex on every access.
//! 5. [`double_checked`]: Acquire load, lock, check again, build, Release store.
//! 6. [`relaxed`]: wrong on purpose: double-checked locking with Relaxed orderings.
//! 7. [`leaked`]: the atomic slot the naive and double-checked ways share (the one `unsafe`).
//! 8. [`once_lock`]: the standard library's `OnceLock`.
//! 9. [`lazy`]: `once_cell::sync::Lazy` and `std::sync::LazyLock`.
//! 10. [`static_item`]: a `static` the compiler builds.
//! 11. [`thread_local`](mod@thread_local): one per thread, the contrast.
//!
//! Then [`sync`] (std's `Mutex` and `AtomicPtr`, or loom's under `--cfg loom`),
//! `build_proof` (loom only: a cell the builder writes, so loom sees who reads the
//! build), and [`checks`]: the outcome checks, generic over any [`way::Way`], which the
//! lab's tests and the exercise's grading both call.
//!
//! # How the runner measures it
//! [`demo`]: race a way with many threads, time an access, and the run's verdicts.
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

// The lesson, in reading order (a blank line keeps rustfmt from sorting it).
pub mod config;

pub mod way;

pub mod naive;

pub mod locked;

pub mod double_checked;

pub mod relaxed;

pub mod leaked;

pub mod once_lock;

pub mod lazy;

pub mod static_item;

pub mod thread_local;

pub mod sync;

#[cfg(loom)]
pub mod build_proof;

pub mod checks;

// How the runner measures it.
pub mod demo;

#[cfg(all(test, loom))]
mod loom_models;
