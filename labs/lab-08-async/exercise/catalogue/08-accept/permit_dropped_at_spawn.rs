//! Mistake: the place is taken, but it stays in the loop and is dropped at the end of
//! the iteration, not when the connection ends: no limit in effect.
use async_server::server::Serve;
use std::sync::Arc;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;

/// Holds the permit only while spawning.
pub async fn accept_loop(listener: TcpListener, limit: usize, serve: Serve) {
    let places = Arc::new(Semaphore::new(limit));
    loop {
        let _place = places.acquire().await.expect("never closed");
        if let Ok((stream, _)) = listener.accept().await {
            tokio::spawn(serve(stream));
        }
    }
}
