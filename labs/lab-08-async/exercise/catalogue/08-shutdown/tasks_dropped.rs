//! Mistake: the tasks live in a `JoinSet` that is dropped on return, which aborts
//! every connection still being served.
use async_server::server::Serve;
use tokio::net::TcpListener;
use tokio_util::sync::CancellationToken;

/// Aborts its tasks by dropping the `JoinSet`.
pub async fn serve_until(listener: TcpListener, stop: CancellationToken, serve: Serve) -> usize {
    let mut tasks = tokio::task::JoinSet::new();
    let mut served = 0;
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                if let Ok((stream, _)) = accepted {
                    served += 1;
                    tasks.spawn(serve(stream));
                }
            }
            () = stop.cancelled() => break,
        }
    }
    served
}
