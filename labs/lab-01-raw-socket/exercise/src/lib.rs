//! Your room for lab-01: the two steps the lecture's server gets wrong.
//!
//! Each file below is one exercise, with `todo!()` where your code goes. The lab's accept
//! loop and connection handling run your step; real sockets on 127.0.0.1 grade it.
//! Grade them with `cargo run -p course -- check lab-01` (or plain cargo:
//! `cargo test -p lab-01-exercise -- --include-ignored`).
//!
//! | exercise        | file          | the step                                         |
//! |-----------------|---------------|--------------------------------------------------|
//! | `01-read-head`  | [`read_head`] | read up to the blank line, never more than 8 KiB |
//! | `01-response`   | [`response`]  | status line, headers with `Content-Length`, body |
//! | `01-keep-alive` (challenge) | [`keep_alive`] | many requests on one connection |
//!
//! **中文：** 这里是实验 01 的练习：每个文件一个练习，`todo!()` 处由你来写。评分用 `cargo run -p course -- check lab-01`，提示用 `cargo run -p course -- hint 练习编号 --lang zh-CN`。

// An untouched stub leaves its fields and imports unused: expected, not a warning. Its
// parameters are not allowed to go unused: each todo!() message names them, so once you
// replace it, a parameter you forget (`+= 1` written for `+= delta`) is a warning.
#![allow(unused_imports, dead_code)]

pub mod keep_alive;
pub mod read_head;
pub mod response;
