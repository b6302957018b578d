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
//! **What passing proves.** Responses of several statuses, types and bodies each come
//! out as what they hold; `Content-Length` counts bytes, even for a body that is not
//! ASCII; every response says `Connection: close`; and a real client sending a
//! 2,000-byte request still gets a clean 200.
//!
//! **Read afterwards:** `netkit::response::Response::to_bytes`
//! (`crates/netkit/src/response.rs`), and `raw_socket::naive::bare_response_bytes`.
//!
//! Grade it: `cargo run -p course -- check 01-response`.
//!
//! **中文：** 练习 `01-response`。任务：写出带 Content-Length 和 Connection: close 的响应。
//! 通过说明：不同状态码、类型和正文的响应，都按各自的内容写出；Content-Length 按字节计，正文不是 ASCII 也一样；每个响应都带 Connection: close；真实客户端发 2,000 字节的请求，照样得到干净的 200。
//! 提示和评分：`cargo run -p course -- hint 01-response --lang zh-CN`，`cargo run -p course -- check 01-response`。

use netkit::response::{Response, reason};

/// The full bytes of `response`: status line, headers, blank line, body.
pub fn response_bytes(response: &Response) -> Vec<u8> {
    todo!(
        "status line ({}), Content-Type, Content-Length, Connection: close, blank line, body",
        response.status
    )
}
