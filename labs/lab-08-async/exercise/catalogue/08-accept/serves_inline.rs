//! Mistake: each connection is served in the accept loop itself, so the next accept
//! waits until it ends: one client at a time.
use async_server::server::Serve;
use tokio::net::TcpListener;

/// Serves inline: no task per connection.
pub async fn accept_loop(listener: TcpListener, limit: usize, serve: Serve) {
    let _ = limit;
    loop {
        if let Ok((stream, _)) = listener.accept().await {
            serve(stream).await;
        }
    }
}
