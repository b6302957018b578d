//! Your room for lab-03: three fixes for the counter that loses updates.
//!
//! Each file below is one exercise, with `todo!()` where your code goes. Grade them with
//! `cargo run -p course -- check lab-03` (or plain cargo:
//! `cargo test -p lab-03-exercise -- --include-ignored`).
//!
//! | exercise     | file          | the fix                                  |
//! |--------------|---------------|------------------------------------------|
//! | `03-mutex`   | [`mutex`]     | a `Mutex` around the read-modify-write   |
//! | `03-atomic`  | [`atomic`]    | one `fetch_add` instruction              |
//! | `03-sharded` | [`sharded`]   | count locally, combine once              |
//! | `03-spin-lock` (challenge) | [`spin_lock`] | a lock of your own: one atomic flag, spinning |
//!
//! Import `Mutex` and `AtomicI64` from `counter_race::sync`, as the stubs do: they are
//! std's in a normal build and loom's when the grading runs the model checker.
//!
//! **中文：** 这里是实验 03 的练习：每个文件一个练习，`todo!()` 处由你来写。评分用 `cargo run -p course -- check lab-03`，提示用 `cargo run -p course -- hint 练习编号 --lang zh-CN`。

// An untouched stub leaves its fields and imports unused: expected, not a warning. Its
// parameters are not allowed to go unused: each todo!() message names them, so once you
// replace it, a parameter you forget (`+= 1` written for `+= delta`) is a warning.
#![allow(unused_imports, dead_code)]

pub mod atomic;
pub mod mutex;
pub mod sharded;
pub mod spin_lock;
