//! Exercise `02-thread-per-connection`: a new thread for every connection.
//!
//! **Task.** Write `dispatch` and `finish`.
//! - `dispatch`: spawn a thread that serves the stream (`self.connections.serve(stream)`)
//!   and keep its `JoinHandle`; return `Ok(())` at once, so the accept loop goes back to
//!   `accept` while the connection is served. (Forget handles of finished threads, with
//!   `is_finished`, so the list does not grow for ever.)
//! - `finish`: join every thread, so in-flight requests complete before the server stops.
//!
//! This is Python's `ThreadingMixIn`: one line of difference in Python, one `spawn` here.
//!
//! **What passing proves.** 4 requests are inside the handler at the same moment (the
//! handler answers 200 only when all 4 meet); a client that connects and sends
//! nothing does not stop the next one from being served; and when the server stops, a
//! request still in the handler is answered before `finish` returns.
//!
//! **Read afterwards:** `threaded_server::dispatch::ThreadPerConnection`
//! (`labs/lab-02-threaded-server/src/dispatch.rs`).
//!
//! Grade it: `cargo run -p course -- check 02-thread-per-connection`.
//!
//! **中文：** 练习 `02-thread-per-connection`。任务：每个连接一个线程：accept 循环把每个连接交给一个新线程。
//! 通过说明：4 个请求同一时刻都在处理函数里；一个连上却不说话的客户端，挡不住下一个客户端得到服务；服务器停下时，还在处理函数里的请求会在 finish 返回之前得到回答。
//! 提示和评分：`cargo run -p course -- hint 02-thread-per-connection --lang zh-CN`，`cargo run -p course -- check 02-thread-per-connection`。

use std::net::TcpStream;
use std::thread::JoinHandle;
use threaded_server::dispatch::{Connections, Dispatch};

/// A new thread per connection.
pub struct ThreadPerConnection {
    connections: Connections,
    threads: Vec<JoinHandle<()>>,
}

impl ThreadPerConnection {
    /// One thread per connection, no bound.
    pub fn new(connections: Connections) -> Self {
        Self {
            connections,
            threads: Vec::new(),
        }
    }
}

impl Dispatch for ThreadPerConnection {
    fn dispatch(&mut self, stream: TcpStream) -> Result<(), TcpStream> {
        todo!(
            "spawn a thread that serves the stream ({:p}); keep its handle; return at once",
            &stream
        )
    }

    fn finish(self: Box<Self>) {
        todo!("join every thread")
    }
}
