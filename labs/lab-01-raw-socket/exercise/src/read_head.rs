//! Exercise `01-read-head`: read a whole request head, up to the blank line, within 8 KiB.
//!
//! **Task.** Write `read_request`. The lecture's server called `recv(1024)` once, and a
//! head longer than one read was cut short. Instead, keep reading into a buffer of
//! `MAX_HEAD_BYTES` (8 KiB) until `parse_head` says the head is complete:
//! - `parse_head(&buf[..filled])` gives `Ok(Some(request))` (done), `Ok(None)` (read
//!   more), or an error (pass it on: garbage becomes 400);
//! - a read of 0 bytes means the client closed: `Err(RequestError::Closed)`;
//! - a full buffer and still no blank line: `Err(RequestError::HeadTooLarge)` (431);
//! - `timeout` is for the whole head, not for each read (a client that sends a byte a
//!   second would otherwise never time out): work out a deadline once, and before each
//!   read set the read timeout to the time left (`stream.set_read_timeout`); a timed-out
//!   read (`netkit::request::is_timeout`), or no time left, is `Err(RequestError::Timeout)` (408).
//!
//! **What passing proves.** With the lab's own accept loop serving real sockets: a
//! 2,000-byte head that arrives in two pieces gets 200 and a clean close (no reset), a
//! 16 KiB head gets 431 even in one burst, garbage gets 400, and a client that goes
//! quiet, or drips its head a line at a time, gets 408 once the timeout has passed.
//!
//! **Read afterwards:** `netkit::request::read_request` (`crates/netkit/src/request.rs`),
//! and `raw_socket::naive::read_once` for the lecture's one read.
//!
//! Grade it: `cargo run -p course -- check 01-read-head`.
//!
//! **中文：** 练习 `01-read-head`。任务：完整读取请求头，一直读到空行为止，最多 8 KiB。
//! 通过说明：用真实的套接字验证：分两段到达的 2,000 字节请求头得到 200 并且干净地关闭；16 KiB 的请求头即使一次全部到达也得到 431；格式不对的请求得到 400；发了半个请求头就不出声、或者一行一行慢慢滴的客户端，超时一到就得到 408。
//! 提示和评分：`cargo run -p course -- hint 01-read-head --lang zh-CN`，`cargo run -p course -- check 01-read-head`。

use netkit::request::{MAX_HEAD_BYTES, Request, RequestError, is_timeout, parse_head};
use std::io::Read;
use std::net::TcpStream;
use std::time::Duration;

/// Read one request head from `stream`: at most [`MAX_HEAD_BYTES`], within `timeout`.
pub fn read_request(stream: &mut TcpStream, timeout: Duration) -> Result<Request, RequestError> {
    todo!(
        "read from the stream ({stream:p}) until parse_head gives a request, at most MAX_HEAD_BYTES, within {timeout:?} in all"
    )
}
