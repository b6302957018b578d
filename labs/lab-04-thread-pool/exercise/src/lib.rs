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
//! | `04-backpressure` (challenge) | [`backpressure`] | a bounded queue that makes submitters wait |
//!
//! **中文：** 这里是实验 04 的练习：每个文件一个练习，`todo!()` 处由你来写。评分用 `cargo run -p course -- check lab-04`，提示用 `cargo run -p course -- hint 练习编号 --lang zh-CN`。

// An untouched stub leaves its fields and imports unused: expected, not a warning. Its
// parameters are not allowed to go unused: each todo!() message names them, so once you
// replace it, a parameter you forget (`+= 1` written for `+= delta`) is a warning.
#![allow(unused_imports, dead_code)]

pub mod backpressure;
pub mod pool;
pub mod submit;
