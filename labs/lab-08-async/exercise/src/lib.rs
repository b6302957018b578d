//! Your room for lab-08: the event loop is tokio's; the rules are still yours.
//!
//! Each file below is one exercise, with `todo!()` where your code goes. Grade them with
//! `cargo run -p course -- check lab-08` (or plain cargo:
//! `cargo test -p lab-08-exercise -- --include-ignored`).
//!
//! | exercise        | file          | what you write                                        |
//! |-----------------|---------------|-------------------------------------------------------|
//! | `08-accept`     | [`accept`]    | a task per connection, at most `limit` at once         |
//! | `08-blocking`   | [`blocking`]  | a blocking call that does not stop the runtime         |
//! | `08-limit`      | [`limit`]     | 30,000 jobs, N at a time, outputs in order            |
//! | `08-shutdown`   | [`shutdown`]  | stop accepting, wait for work in flight, then return   |
//! | `08-executor` (challenge) | [`executor`] | a tiny executor on mio: poll a task only after its wake |
//!
//! **中文：** 这里是实验 08 的练习：每个文件一个练习，`todo!()` 处由你来写。评分用 `cargo run -p course -- check lab-08`，提示用 `cargo run -p course -- hint 练习编号 --lang zh-CN`。

// An untouched stub leaves its imports unused: expected, not a warning. Its parameters
// are not allowed to go unused: each todo!() message names them.
#![allow(unused_imports, dead_code)]

pub mod accept;
pub mod blocking;
pub mod executor;
pub mod limit;
pub mod shutdown;
