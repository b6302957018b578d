//! Exercise `01-response`: write a response a browser, curl and wrk all accept.
//!
//! **Task.** Write `response_bytes`: the bytes of an HTTP/1.1 response, in order:
//! - the status line, `HTTP/1.1 200 OK` (the reason phrase from `reason(status)`);
//! - the headers `Content-Type` (from `response.content_type`), `Content-Length` (the
//!   body's length in bytes) and `Connection: close`, each ending in `\r\n`;
//! - a blank line (`\r\n`), then the body.
//!
//! The lecture sent only a status line and the body: the client could not tell where
//! the body ends except by waiting for the close.
//!
//! **What passing proves.** A real client gets a 200 whose `Content-Length` equals its
//! body's length and which says `Connection: close`; and a 2,000-byte request still gets
//! a clean 200.
//!
//! **Read afterwards:** `netkit::response::Response::to_bytes`
//! (`crates/netkit/src/response.rs`), and `raw_socket::naive::bare_response_bytes`.
//!
//! Grade it: `cargo run -p course -- check 01-response`.
//!
//! **中文：** 练习 `01-response`。任务：写出带 Content-Length 和 Connection: close 的响应。
//! 通过说明：真实的客户端收到 200 响应，其 Content-Length 与正文长度一致，并且带有 Connection: close。
//! 提示和评分：`cargo run -p course -- hint 01-response --lang zh-CN`，`cargo run -p course -- check 01-response`。

use netkit::response::{Response, reason};

/// The full bytes of `response`: status line, headers, blank line, body.
pub fn response_bytes(response: &Response) -> Vec<u8> {
    todo!("status line, Content-Type, Content-Length, Connection: close, blank line, body")
}
