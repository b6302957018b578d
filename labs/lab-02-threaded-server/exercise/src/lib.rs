//! Your room for lab-02: two ways to run the connections the accept loop hands over.
//!
//! Each file below is one exercise, with `todo!()` where your code goes. The lab's server
//! accepts; your [`Dispatch`](threaded_server::dispatch::Dispatch) decides where each
//! connection runs. Real clients on 127.0.0.1 grade it. Grade them with
//! `cargo run -p course -- check lab-02` (or plain cargo:
//! `cargo test -p lab-02-exercise -- --include-ignored`).
//!
//! | exercise                   | file                        | the model                           |
//! |----------------------------|-----------------------------|-------------------------------------|
//! | `02-thread-per-connection` | [`thread_per_connection`]   | a new thread for every connection   |
//! | `02-bounded-pool`          | [`bounded_pool`]            | W workers, a queue, 503 when full   |
//! | `02-waiting-pool` (challenge) | [`waiting_pool`] | a pool that waits a bounded time, then 503 |
//!
//! **中文：** 这里是实验 02 的练习：每个文件一个练习，`todo!()` 处由你来写。评分用 `cargo run -p course -- check lab-02`，提示用 `cargo run -p course -- hint 练习编号 --lang zh-CN`。

// An untouched stub leaves its fields and imports unused: expected, not a warning. Its
// parameters are not allowed to go unused: each todo!() message names them, so once you
// replace it, a parameter you forget (`+= 1` written for `+= delta`) is a warning.
#![allow(unused_imports, dead_code)]

pub mod bounded_pool;
pub mod thread_per_connection;
pub mod waiting_pool;
