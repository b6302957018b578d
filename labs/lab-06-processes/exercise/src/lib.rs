//! Your room for lab-06: getting results back from threads.
//!
//! Each file below is one exercise, with `todo!()` where your code goes. Grade them with
//! `cargo run -p course -- check lab-06` (or plain cargo:
//! `cargo test -p lab-06-exercise -- --include-ignored`).
//!
//! | exercise      | file        | what you write                                          |
//! |---------------|-------------|---------------------------------------------------------|
//! | `06-results`  | [`results`] | values (or panics) back from threads, in order           |
//! | `06-scope`    | [`scope`]   | a sum on scoped threads that borrow the caller's slice  |
//! | `06-parallel-map` (challenge) | [`parallel_map`] | a bounded parallel map, results in order |
//!
//! **中文：** 这里是实验 06 的练习：每个文件一个练习，`todo!()` 处由你来写。评分用 `cargo run -p course -- check lab-06`，提示用 `cargo run -p course -- hint 练习编号 --lang zh-CN`。

// An untouched stub leaves its fields and imports unused: expected, not a warning. Its
// parameters are not allowed to go unused: each todo!() message names them, so once you
// replace it, a parameter you forget (`+= 1` written for `+= delta`) is a warning.
#![allow(unused_imports, dead_code)]

pub mod parallel_map;
pub mod results;
pub mod scope;
