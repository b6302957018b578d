//! One connection as one `async fn`: the state machine lab-07 wrote by hand.
//!
//! lab-07's `Conn` is an enum (`Reading`, `Sleeping`, `Working`, `Writing`, `Draining`)
//! and the loop moves it one step per readiness event. Here the compiler writes that
//! enum: each `.await` below is a state the task can be parked in, and the runtime
//! polls it again when the socket or the timer it waits on is ready.
//!
//! ```text
//!  read_head(..).await ──▶ answer(..).await ──▶ write_all(..).await ──▶ keep alive? ─┐
//!     (Reading)             (Sleeping/Working)      (Writing)                        │
//!         ▲─────────────────────────────── yes ──────────────────────────────────────┘
//!                                                                no ──▶ finish(..).await (Draining)
//! ```

use crate::head::read_head;
use crate::routes::answer;
use crate::server::Context;
use netkit::close::{DRAIN_LIMIT, DRAIN_TIMEOUT};
use netkit::request::RequestError;
use netkit::response::Response;
use std::sync::Arc;
use std::sync::atomic::Ordering::Relaxed;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::time::{Instant, timeout};

/// Serve one connection: request after request while it is kept alive, each answer
/// written within the write deadline, then a polite close. Runs as its own task.
pub async fn serve_conn(mut stream: TcpStream, ctx: Arc<Context>, accepted: Instant) {
    let options = &ctx.options;
    let mut buf = Vec::new();
    // The first head's deadline runs from accept, so a slow client's time in the
    // backlog of the Semaphore is not a gift.
    let mut deadline = accepted + options.head_timeout;
    loop {
        let request = tokio::select! {
            read = read_head(&mut stream, &mut buf, deadline) => read,
            // An idle kept-alive connection is closed at shutdown; it asked nothing.
            () = ctx.shutdown.stopping(), if buf.is_empty() => Err(RequestError::Closed),
        };
        let request = match request {
            Ok(request) => request,
            Err(e) => return refuse(stream, e, &ctx).await,
        };
        let keep_alive = options.keep_alive
            && request.wants_keep_alive()
            && request.body_len == 0
            && !ctx.shutdown.is_stopping();
        let response = tokio::select! {
            response = answer(&request, options.blocking) => response,
            // In flight when shutdown began and still not done after the grace: 503.
            () = ctx.shutdown.grace_over() => {
                ctx.stats.cut_at_shutdown.fetch_add(1, Relaxed);
                Response::text(503, "shutting down: this request ran out of time\n")
            }
        };
        let keep_alive = keep_alive && response.status < 500;
        let bytes = response.to_bytes_for(&request.method, keep_alive);
        // A client that never reads gets the write deadline, not our task forever.
        match timeout(options.write_timeout, stream.write_all(&bytes)).await {
            Ok(Ok(())) => ctx.stats.answered.fetch_add(1, Relaxed),
            _ => return drop_non_reader(&ctx),
        };
        if !keep_alive {
            return finish(stream).await;
        }
        deadline = Instant::now() + options.head_timeout;
    }
}

/// A head that could not be read: answer its status (400, 408, 431, 501) and close;
/// a peer that closed or reset gets nothing.
async fn refuse(mut stream: TcpStream, error: RequestError, ctx: &Context) {
    let Some(status) = error.status() else { return };
    ctx.stats.rejected.fetch_add(1, Relaxed);
    let bytes = Response::error(status).to_bytes();
    if timeout(ctx.options.write_timeout, stream.write_all(&bytes))
        .await
        .is_ok()
    {
        finish(stream).await;
    }
}

fn drop_non_reader(ctx: &Context) {
    ctx.stats.dropped_non_readers.fetch_add(1, Relaxed);
}

/// Half-close, then read and discard what the client still sends (bounded), so it
/// sees our FIN after the response and never a reset (netkit's `close::finish`, async).
pub async fn finish(mut stream: TcpStream) {
    if stream.shutdown().await.is_err() {
        return;
    }
    let drain = async {
        // On the heap, and only while draining: a 4 KiB array here would sit in every
        // connection's future (a future is as large as its largest state), idle or not.
        let mut scratch = vec![0u8; 4096];
        let mut drained = 0;
        while drained < DRAIN_LIMIT {
            match stream.read(&mut scratch).await {
                Ok(0) | Err(_) => break,
                Ok(n) => drained += n,
            }
        }
    };
    let _ = timeout(DRAIN_TIMEOUT, drain).await;
}

#[cfg(test)]
mod tests {
    use super::serve_conn;
    use crate::server::Context;
    use crate::shutdown::Shutdown;
    use std::sync::Arc;
    use std::time::Duration;

    // A future is as large as its largest state: a 4 KiB buffer in any of them would be
    // 4 KiB in every idle connection (it was: 4,944 bytes, before `finish` moved its
    // scratch to the heap).
    #[test]
    fn a_connection_future_holds_no_buffer_while_idle() {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(async {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            let stream = tokio::net::TcpStream::connect(listener.local_addr().unwrap())
                .await
                .unwrap();
            let ctx = Arc::new(Context {
                options: Default::default(),
                stats: Default::default(),
                shutdown: Shutdown::new(Duration::from_secs(1)),
            });
            let conn = serve_conn(stream, ctx, tokio::time::Instant::now());
            let bytes = std::mem::size_of_val(&conn);
            assert!(bytes < 2048, "a connection's future is {bytes} bytes");
        });
    }
}
