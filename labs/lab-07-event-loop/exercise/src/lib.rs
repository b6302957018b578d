//! Your room for lab-07: the two steps that move one connection along, without blocking.
//!
//! The lab's event loop calls your steps when the OS reports a socket ready; real
//! clients on 127.0.0.1 grade them. Grade it with `cargo run -p course -- check lab-07`
//! (or plain cargo: `cargo test -p lab-07-exercise -- --include-ignored`).
//!
//! | exercise          | file                | what you write                          |
//! |-------------------|---------------------|-----------------------------------------|
//! | `07-nonblocking`  | [`nonblocking`]     | read until WouldBlock; partial writes   |
//! | `07-deadlines` (challenge) | [`deadlines`] | head deadlines that can be re-armed and disarmed |
//!
//! **中文：** 这里是实验 07 的练习：每个文件一个练习，`todo!()` 处由你来写。评分用 `cargo run -p course -- check lab-07`，提示用 `cargo run -p course -- hint 练习编号 --lang zh-CN`。

// An untouched stub leaves its fields and imports unused: expected, not a warning. Its
// parameters are not allowed to go unused: each todo!() message names them, so once you
// replace it, a parameter you forget (`+= 1` written for `+= delta`) is a warning.
#![allow(unused_imports, dead_code)]
// The read step's `&mut Vec<u8>` is the loop's buffer type (`event_loop::conn::ReadStep`):
// it grows, so a slice will not do, whatever clippy sees in an unwritten stub.
#![allow(clippy::ptr_arg)]

pub mod deadlines;
pub mod nonblocking;
