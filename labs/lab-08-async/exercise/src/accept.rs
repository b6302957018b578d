//! Exercise `08-accept`: the accept loop, one task per connection, at most `limit` at once.
//!
//! **Task.** Write `accept_loop`: forever, accept a connection from `listener` and run
//! `serve(stream)` in a task of its own (`tokio::spawn`), so that connections are served
//! at the same time, but never more than `limit` at once. When `limit` connections are
//! being served, the next one waits (in the listen backlog) until one of them ends.
//! A failed `accept` (out of file descriptors, say) is not the end: pause briefly, go on.
//!
//! **What passing proves.** Three clients are served at the same time; with a limit of
//! 2, four clients see two served and no third while those last; and when a connection
//! ends, its place goes to the next client.
//!
//! **Read afterwards:** `async_server::server::accept_until`
//! (`labs/lab-08-async/src/server.rs`), mini-redis's `Listener::run`, and lab-02's
//! bounded pool, which answers 503 where this loop makes clients wait.
//!
//! Grade it: `cargo run -p course -- check 08-accept`.
//!
//! **中文：** 练习 `08-accept`。任务：写接受循环：每个连接一个任务（`tokio::spawn`），同时最多 `limit` 个；满了，下一个连接就在监听队列里等，直到有连接结束。
//! 通过说明：3 个客户端同时得到服务；上限为 2 时，4 个客户端里只有 2 个在被服务，前两个没结束就没有第三个；一个连接结束，它的名额立即交给下一个。
//! 提示和评分：`cargo run -p course -- hint 08-accept --lang zh-CN`，`cargo run -p course -- check 08-accept`。

use async_server::server::Serve;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;

/// Accept from `listener` forever; serve each connection with `serve` in a task of its
/// own, at most `limit` at once.
pub async fn accept_loop(listener: TcpListener, limit: usize, serve: Serve) {
    let _ = &serve; // `serve` cannot be printed; this line only keeps the stub warning-free
    todo!(
        "accept from the listener on {:?} forever, each connection served by `serve` in a task of its own, at most {limit} at once",
        listener.local_addr()
    )
}
