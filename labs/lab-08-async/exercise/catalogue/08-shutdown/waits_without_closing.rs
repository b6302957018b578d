//! Mistake: waits on the tracker without closing it: `wait` ends only once the tracker
//! is closed *and* empty, so it never returns.
use async_server::server::Serve;
use tokio::net::TcpListener;
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

/// Waits on a tracker that is never closed.
pub async fn serve_until(listener: TcpListener, stop: CancellationToken, serve: Serve) -> usize {
    let tracker = TaskTracker::new();
    let mut served = 0;
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                if let Ok((stream, _)) = accepted {
                    served += 1;
                    tracker.spawn(serve(stream));
                }
            }
            () = stop.cancelled() => break,
        }
    }
    tracker.wait().await;
    served
}
