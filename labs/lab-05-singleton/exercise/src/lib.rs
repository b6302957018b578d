//! Your room for lab-05: two singletons that build once, however many threads ask.
//!
//! Each file below is one exercise, with `todo!()` where your code goes. Grade them with
//! `cargo run -p course -- check lab-05` (or plain cargo:
//! `cargo test -p lab-05-exercise -- --include-ignored`).
//!
//! | exercise            | file               | the way                                   |
//! |---------------------|--------------------|-------------------------------------------|
//! | `05-once-lock`      | [`once_lock`]      | `std::sync::OnceLock`                     |
//! | `05-double-checked` | [`double_checked`] | an atomic pointer, a Mutex, two checks     |
//! | `05-cache` (challenge) | [`cache`] | many keys, each built once, none waiting for another |
//!
//! **中文：** 这里是实验 05 的练习：每个文件一个练习，`todo!()` 处由你来写。评分用 `cargo run -p course -- check lab-05`，提示用 `cargo run -p course -- hint 练习编号 --lang zh-CN`。

// An untouched stub leaves its fields and imports unused: expected, not a warning. Its
// parameters are not allowed to go unused: each todo!() message names them, so once you
// replace it, a parameter you forget (`+= 1` written for `+= delta`) is a warning.
#![allow(unused_imports, dead_code)]

pub mod cache;
pub mod double_checked;
pub mod once_lock;
