//! Hint level 3 for `08-shutdown`: a whole solution.
use async_server::server::Serve;
use tokio::net::TcpListener;
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

/// Serve until `stop`; then wait for every connection task; how many were served.
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
    drop(listener); // stop accepting: new clients are refused from here on
    tracker.close(); // no more tasks will join, so `wait` can end
    tracker.wait().await;
    served
}
