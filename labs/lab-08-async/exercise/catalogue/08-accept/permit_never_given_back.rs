//! Mistake: each connection's place is forgotten instead of given back, so after
//! `limit` connections the server never serves again.
use async_server::server::Serve;
use std::sync::Arc;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;

/// Forgets every permit.
pub async fn accept_loop(listener: TcpListener, limit: usize, serve: Serve) {
    let places = Arc::new(Semaphore::new(limit));
    loop {
        places.acquire().await.expect("never closed").forget();
        if let Ok((stream, _)) = listener.accept().await {
            tokio::spawn(serve(stream));
        }
    }
}
