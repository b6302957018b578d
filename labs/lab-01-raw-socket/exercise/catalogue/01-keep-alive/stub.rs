//! Challenge `01-keep-alive`: one connection, many requests (HTTP/1.1 keep-alive).
//!
//! **Task.** Write `serve_keep_alive`: answer request after request on one connection,
//! each with `handler`, for as long as the client wants:
//! - read each request head within `timeout` (a client that sends nothing more for
//!   that long is done: close);
//! - answer with `Connection: keep-alive`, or `Connection: close` when the request asks
//!   for it (`Request::wants_keep_alive`), and then close;
//! - requests may arrive several in one write (pipelining): the bytes after one head
//!   are the start of the next, so never drop them.
//!
//! Close with `netkit::close::finish(stream)`, so the client sees EOF, not a reset.
//!
//! **What passing proves.** Two requests on one connection are both answered, saying
//! keep-alive; three requests in one write get three answers, in order; `Connection:
//! close` is honoured; and a quiet connection is closed once the timeout passes.
//!
//! This is a challenge: its answer is not in the lab's lesson files. Hints:
//! `cargo run -p course -- hint 01-keep-alive`. Grade it:
//! `cargo run -p course -- check 01-keep-alive`.
//!
//! **中文：** 挑战 `01-keep-alive`：一个连接上处理多个请求（HTTP/1.1 长连接）。
//! 通过说明：同一连接上的两个请求都得到回答，并声明 keep-alive；一次写入的三个请求按顺序得到三个回答；遵守 Connection: close；安静的连接超时后被关闭。
//! 提示和评分：`cargo run -p course -- hint 01-keep-alive --lang zh-CN`，`cargo run -p course -- check 01-keep-alive`。

use netkit::incoming::Incoming;
use netkit::request::Request;
use netkit::response::Response;
use std::io::Write;
use std::net::TcpStream;
use std::time::Duration;

/// Answer every request on `stream` with `handler`, until the client is done.
pub fn serve_keep_alive(
    stream: TcpStream,
    timeout: Duration,
    handler: &(dyn Fn(&Request) -> Response + Sync),
) {
    todo!(
        "read request after request from {:p} (each within {timeout:?}), answer each with the handler (a {}), keep-alive unless asked to close",
        &stream,
        std::any::type_name_of_val(handler)
    )
}
