//! The lab's answer: `async_server::server::accept_until` (labs/lab-08-async/src/server.rs).
use async_server::server::{Serve, Stats, accept_until};
use tokio::net::TcpListener;
use tokio_util::sync::CancellationToken;

/// Serve until `stop`; wait for the tasks in flight; how many were served.
pub async fn serve_until(listener: TcpListener, stop: CancellationToken, serve: Serve) -> usize {
    accept_until(listener, 1024, &stop, serve, &Stats::default()).await
}
