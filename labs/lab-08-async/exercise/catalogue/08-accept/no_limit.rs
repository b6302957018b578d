//! Mistake: a task per connection and no limit at all.
use async_server::server::Serve;
use tokio::net::TcpListener;

/// Spawns for every connection, however many are being served.
pub async fn accept_loop(listener: TcpListener, limit: usize, serve: Serve) {
    let _ = limit;
    loop {
        if let Ok((stream, _)) = listener.accept().await {
            tokio::spawn(serve(stream));
        }
    }
}
