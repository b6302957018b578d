//! The lecture's questions, answered with running code: join vs lock, getting a
//! result back from a thread, and processes vs threads.
//!
//! # Layout
//! - [`join_vs_lock`]: join orders whole tasks; a lock makes one region exclusive.
//! - [`results`]: a value back by `join`, by a channel, by a scoped borrow, and panics in each.
//! - [`checks`]: the outcome checks for results from threads: the lab's tests and the
//!   exercise's grading both call them.
//! - [`isolation`]: a child process appends to its own list; a thread appends to yours.
//! - [`cost`]: the time and memory of a thread next to a process.
//!
//! | question | answer in Rust |
//! |----------|----------------|
//! | join or lock? | `JoinHandle::join` waits for a task; `Mutex` guards a region |
//! | how do I get a result? | `join()` returns it; or a channel; or a scoped thread borrowing your data |
//! | why doesn't the child see my list? | a process has its own memory; `Command` starts a fresh program ("spawn") |

pub mod checks;
pub mod cost;
pub mod isolation;
pub mod join_vs_lock;
pub mod results;
