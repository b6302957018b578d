//! The lecture's questions, answered with running code: join vs lock, getting a
//! result back from a thread, and processes vs threads.
//!
//! # Read it in this order
//! 1. [`join_vs_lock`]: join orders whole tasks; a lock makes one region exclusive.
//! 2. [`results`]: a value back by `join`, by a channel, by a scoped borrow, and panics in each.
//! 3. [`isolation`]: a child process appends to its own list; a thread appends to yours.
//! 4. [`cost`]: the time and memory of a thread next to a process.
//!
//! Then [`checks`]: the outcome checks for results from threads, which the lab's tests
//! and the exercise's grading both call.
//!
//! | question | answer in Rust |
//! |----------|----------------|
//! | join or lock? | `JoinHandle::join` waits for a task; `Mutex` guards a region |
//! | how do I get a result? | `join()` returns it; or a channel; or a scoped thread borrowing your data |
//! | why doesn't the child see my list? | a process has its own memory; `Command` starts a fresh program ("spawn") |

// The lesson, in reading order (a blank line keeps rustfmt from sorting it).
pub mod join_vs_lock;

pub mod results;

pub mod isolation;

pub mod cost;

pub mod checks;
