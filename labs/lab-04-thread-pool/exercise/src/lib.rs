//! Your room for lab-04: the thread pool, and getting a result back from it.
//!
//! Each file below is one exercise, with `todo!()` where your code goes. Grade them with
//! `cargo run -p course -- check lab-04` (or plain cargo:
//! `cargo test -p lab-04-exercise -- --include-ignored`).
//!
//! | exercise     | file       | what you build                                         |
//! |--------------|------------|--------------------------------------------------------|
//! | `04-pool`    | [`pool`]   | `new`, `execute`, `Drop`: W workers on one queue       |
//! | `04-submit`  | [`submit`] | a task's value (or its panic) back through a handle    |

pub mod pool;
pub mod submit;
