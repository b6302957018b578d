//! Mistake: returns how many tasks are still in the tracker, not how many were served.
use async_server::server::Serve;
use tokio::net::TcpListener;
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

/// Returns the tracker's length instead of a count.
pub async fn serve_until(listener: TcpListener, stop: CancellationToken, serve: Serve) -> usize {
    let tracker = TaskTracker::new();
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                if let Ok((stream, _)) = accepted {
                    tracker.spawn(serve(stream));
                }
            }
            () = stop.cancelled() => break,
        }
    }
    tracker.close();
    let left = tracker.len();
    tracker.wait().await;
    left
}
