//! Mistake: every client is accepted at once, and each task waits for its place
//! inside: what is served is bounded, but every client holds a task and a socket while
//! it waits, where taking the place before `accept` leaves it in the listen backlog.
use async_server::server::Serve;
use std::sync::Arc;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;

/// Accepts first, waits for a place afterwards.
pub async fn accept_loop(listener: TcpListener, limit: usize, serve: Serve) {
    let places = Arc::new(Semaphore::new(limit));
    loop {
        if let Ok((stream, _)) = listener.accept().await {
            let (places, serve) = (places.clone(), serve.clone());
            tokio::spawn(async move {
                let _place = places.acquire().await;
                serve(stream).await;
            });
        }
    }
}
