//! The lesson Python cannot teach: in Rust, most races do not compile.
//!
//! Python's question "which operations are thread-safe?" has a list for an answer,
//! learned by heart. Rust's answer is two marker traits the compiler checks: `Send`
//! (may move to another thread) and `Sync` (may be shared between threads). Each
//! example below fails to compile, and is followed by the fix, which compiles.
//!
//! **Two threads mutating one plain counter** is rejected outright: two `&mut` at once.
//!
//! ```compile_fail
//! let mut counter = 0i64;
//! std::thread::scope(|s| {
//!     s.spawn(|| for _ in 0..1000 { counter += 1 });
//!     s.spawn(|| for _ in 0..1000 { counter -= 1 }); // error: second mutable borrow
//! });
//! ```
//!
//! The fix: a type whose shared (`&`) access is safe, such as an atomic.
//!
//! ```
//! use std::sync::atomic::{AtomicI64, Ordering};
//! let counter = AtomicI64::new(0);
//! std::thread::scope(|s| {
//!     s.spawn(|| for _ in 0..1000 { counter.fetch_add(1, Ordering::Relaxed); });
//!     s.spawn(|| for _ in 0..1000 { counter.fetch_sub(1, Ordering::Relaxed); });
//! });
//! assert_eq!(counter.into_inner(), 0);
//! ```
//!
//! **An `Rc` cannot be sent to another thread**: its reference count is not atomic.
//!
//! ```compile_fail
//! use std::{cell::Cell, rc::Rc};
//! let counter = Rc::new(Cell::new(0));
//! let theirs = Rc::clone(&counter);
//! std::thread::spawn(move || theirs.set(theirs.get() + 1)).join().unwrap(); // error: Rc is not Send
//! ```
//!
//! The fix: `Arc` (an atomic reference count) around a `Mutex`.
//!
//! ```
//! use std::sync::{Arc, Mutex};
//! let counter = Arc::new(Mutex::new(0));
//! let theirs = Arc::clone(&counter);
//! std::thread::spawn(move || *theirs.lock().unwrap() += 1).join().unwrap();
//! assert_eq!(*counter.lock().unwrap(), 1);
//! ```
//!
//! **A borrow of a local cannot go to `thread::spawn`**: the thread might outlive it.
//!
//! ```compile_fail
//! let counts = vec![1, 2, 3];
//! let view = &counts;
//! std::thread::spawn(move || println!("{view:?}")).join().unwrap(); // error: `counts` does not live long enough
//! ```
//!
//! The fix: a scoped thread, which is joined before the scope ends, so the borrow is safe.
//!
//! ```
//! let counts = vec![1, 2, 3];
//! let sum = std::thread::scope(|s| s.spawn(|| counts.iter().sum::<i32>()).join().unwrap());
//! assert_eq!(sum, 6);
//! ```
