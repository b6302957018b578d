//! Mistake: stops accepting, and returns at once: connections in flight are left to
//! be cut off when the runtime ends.
use async_server::server::Serve;
use tokio::net::TcpListener;
use tokio_util::sync::CancellationToken;

/// Returns without waiting for its tasks.
pub async fn serve_until(listener: TcpListener, stop: CancellationToken, serve: Serve) -> usize {
    let mut served = 0;
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                if let Ok((stream, _)) = accepted {
                    served += 1;
                    tokio::spawn(serve(stream));
                }
            }
            () = stop.cancelled() => break,
        }
    }
    served
}
