//! Hint level 3 for `08-accept`: a whole solution.
use async_server::server::Serve;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;

/// Accept forever; each connection in its own task, holding one of `limit` places.
pub async fn accept_loop(listener: TcpListener, limit: usize, serve: Serve) {
    let places = Arc::new(Semaphore::new(limit));
    loop {
        // Take a place first: when all are taken, we stop accepting until one is free.
        let place = places.clone().acquire_owned().await.expect("never closed");
        match listener.accept().await {
            Ok((stream, _)) => {
                let connection = serve(stream);
                tokio::spawn(async move {
                    connection.await;
                    drop(place); // this connection is over: its place is free
                });
            }
            Err(_) => tokio::time::sleep(Duration::from_millis(50)).await,
        }
    }
}
