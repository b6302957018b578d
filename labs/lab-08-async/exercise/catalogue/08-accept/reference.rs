//! The lab's answer: `async_server::server::accept_until` (labs/lab-08-async/src/server.rs),
//! with a stop signal that never comes.
use async_server::server::{Serve, Stats, accept_until};
use tokio::net::TcpListener;
use tokio_util::sync::CancellationToken;

/// Accept forever, a task per connection, at most `limit` at once.
pub async fn accept_loop(listener: TcpListener, limit: usize, serve: Serve) {
    let never = CancellationToken::new();
    accept_until(listener, limit, &never, serve, &Stats::default()).await;
}
