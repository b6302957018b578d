//! Exercise `07-nonblocking`: one connection's read and write steps, on a non-blocking socket.
//!
//! **Task.** Write `read_available` and `write_available`. The event loop calls them when
//! mio reports the socket readable or writable; neither may ever wait.
//! - `read_available`: read into a 4 KiB chunk and append to `head`, **again and again**,
//!   until `read` returns `WouldBlock` (return `ReadOutcome::Appended`: the loop parses
//!   what came) or `head` reaches `limit` (`ReadOutcome::Full`: read no more). `Ok(0)` is
//!   the client closing, and any other error ends the connection: `ReadOutcome::Closed`.
//!   Retry on `Interrupted`.
//! - `write_available`: write `out[*sent..]`, adding what each `write` took to `*sent`,
//!   until all is sent (`WriteOutcome::AllSent`) or `write` returns `WouldBlock`
//!   (`WriteOutcome::WouldBlock`: the loop calls you again when the socket is writable).
//!   `Ok(0)` or another error: `WriteOutcome::Closed`.
//!
//! Why "again and again": mio's readiness is edge-triggered. The OS says "readable" once
//! when bytes arrive; bytes you leave unread get no second event.
//!
//! **What passing proves.** With 200 idle clients held open, 64 active clients are all
//! served; a 6,000-byte head (more than one read) and a head sent in three pieces both
//! get answers; a 16 MiB response reaches a client that starts reading late, intact; a
//! 16 KiB head gets 431 even in one burst; and while one client goes quiet halfway
//! through its head and another stops reading, every other client is still answered.
//!
//! **Read afterwards:** `event_loop::conn::read_available` and `write_available`
//! (`labs/lab-07-event-loop/src/conn/steps.rs`), and `event_loop::naive_steps` for what goes wrong.
//! The lab's read step also stops at a read shorter than it asked for, one system call
//! fewer per request; its doc says why that is safe, and what it costs.
//!
//! Grade it: `cargo run -p course -- check 07-nonblocking`.
//!
//! **中文：** 练习 `07-nonblocking`。任务：一个连接的非阻塞读写步骤：处理 WouldBlock 和部分写入。
//! 通过说明：保持 200 个空闲连接的同时，64 个活跃客户端全部得到服务；超过一次读取长度的请求头、分几段发来的请求头都有回应；16 MiB 的响应完整送达一个迟迟才开始读的客户端；16 KiB 的请求头即使一次到达也得到 431；一个客户端发了半个请求头就不出声、另一个不读响应时，其他客户端照样得到回答。
//! 提示和评分：`cargo run -p course -- hint 07-nonblocking --lang zh-CN`，`cargo run -p course -- check 07-nonblocking`。

use event_loop::conn::{ReadOutcome, WriteOutcome};
use mio::net::TcpStream;
use std::io::{self, Read, Write};

/// Read until the socket would block, or `head` holds `limit` bytes.
pub fn read_available(stream: &mut TcpStream, head: &mut Vec<u8>, limit: usize) -> ReadOutcome {
    todo!(
        "read from the socket ({stream:p}) in a loop into the head ({} bytes so far) until WouldBlock (Appended) or {limit} bytes (Full); EOF or an error: Closed",
        head.len()
    )
}

/// Write as much of `out[*sent..]` as the socket takes.
pub fn write_available(stream: &mut TcpStream, out: &[u8], sent: &mut usize) -> WriteOutcome {
    todo!(
        "write to the socket ({stream:p}) in a loop, advancing sent ({sent}), until all {} bytes are sent (AllSent) or WouldBlock (WouldBlock)",
        out.len()
    )
}
