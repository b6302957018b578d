//! Exercise `08-shutdown`: stop accepting when told, wait for the work in flight.
//!
//! **Task.** Write `serve_until`: accept connections from `listener` and serve each
//! with `serve` in a task of its own, until `stop` is cancelled. Then stop accepting,
//! wait until every connection already being served has ended, and return how many
//! connections you served. Never wait for something that cannot end.
//!
//! **What passing proves.** With nothing in flight, `serve_until` returns soon after
//! the token is cancelled; with two connections in flight it returns only after both
//! have ended; and it says how many it served.
//!
//! **Read afterwards:** `async_server::server::accept_until` and
//! `async_server::shutdown` (`labs/lab-08-async/src/`), and mini-redis's shutdown.
//!
//! Grade it: `cargo run -p course -- check 08-shutdown`.
//!
//! **中文：** 练习 `08-shutdown`。任务：写 `serve_until`：从 `listener` 接受连接，每个连接一个任务，直到 `stop` 被取消；然后不再接受新连接，等所有正在服务的连接都结束，再返回一共服务了多少个连接。绝不要去等一个永远不会结束的东西。
//! 通过说明：没有进行中的工作时，令牌一取消就很快返回；有两个连接正在服务时，要等它们都结束才返回；返回值是服务过的连接数。
//! 提示和评分：`cargo run -p course -- hint 08-shutdown --lang zh-CN`，`cargo run -p course -- check 08-shutdown`。

use async_server::server::Serve;
use tokio::net::TcpListener;
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

/// Serve `listener` until `stop` is cancelled; then wait for every connection in
/// flight, and return how many were served.
pub async fn serve_until(listener: TcpListener, stop: CancellationToken, serve: Serve) -> usize {
    let _ = &serve; // `serve` cannot be printed; this line only keeps the stub warning-free
    todo!(
        "accept from the listener on {:?} and serve each connection in a task until `stop` is cancelled (now: {}); then wait for those tasks and return how many",
        listener.local_addr(),
        stop.is_cancelled()
    )
}
