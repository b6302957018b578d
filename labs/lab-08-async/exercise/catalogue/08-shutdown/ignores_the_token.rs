//! Mistake: the token is checked only after an accept, so a server with no new client
//! never notices the signal.
use async_server::server::Serve;
use tokio::net::TcpListener;
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

/// Checks the token between accepts only.
pub async fn serve_until(listener: TcpListener, stop: CancellationToken, serve: Serve) -> usize {
    let tracker = TaskTracker::new();
    let mut served = 0;
    while !stop.is_cancelled() {
        if let Ok((stream, _)) = listener.accept().await {
            served += 1;
            tracker.spawn(serve(stream));
        }
    }
    tracker.close();
    tracker.wait().await;
    served
}
