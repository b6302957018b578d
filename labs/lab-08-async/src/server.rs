//! The accept loop: one task per connection, at most `max_connections` at once.
//!
//! ```text
//! loop {
//!     permit = semaphore.acquire().await     // full? wait here: clients wait in the backlog
//!     stream = listener.accept().await
//!     tracker.spawn(serve_conn(stream))      // the permit goes with the task, freed when it ends
//! }
//! ```
//!
//! mini-redis's pattern. Compare lab-02's bounded pool: there a full pool answers 503 at
//! once; here a full Semaphore makes the next client wait (its connect succeeds, the
//! kernel holds it in the listen backlog) until a connection ends. Both are bounds;
//! they differ in who is told "no" and when.

use crate::blocking::Blocking;
use crate::conn::{finish, serve_conn};
use crate::shutdown::Shutdown;
use netkit::response::Response;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::Ordering::Relaxed;
use std::task::Poll;
use std::time::Duration;
use tokio::io::AsyncWriteExt;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Semaphore;
use tokio::time::Instant;
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

mod stats;
mod traced;
pub use stats::{Stats, Totals};

/// How the server runs.
#[derive(Debug, Clone)]
pub struct Options {
    /// Connections served at once; the next waits for one to end (the `Semaphore`).
    pub max_connections: usize,
    /// HTTP/1.1 keep-alive (pipelining too), on by default as HTTP/1.1 says; off, one
    /// request per connection, each answer with `Connection: close`.
    pub keep_alive: bool,
    /// How long a client may take to send a head, from accept or from our last answer (408).
    pub head_timeout: Duration,
    /// How long writing one answer may take before a client that does not read is dropped.
    pub write_timeout: Duration,
    /// Where `/block` runs its blocking call.
    pub blocking: Blocking,
}

impl Default for Options {
    /// 1,024 connections, kept alive, netkit's head timeout for both deadlines (an
    /// idle kept-alive connection is closed when it runs out), and `/block` on the
    /// blocking pool.
    fn default() -> Self {
        Self {
            max_connections: 1024,
            keep_alive: true,
            head_timeout: netkit::request::DEFAULT_READ_TIMEOUT,
            write_timeout: netkit::request::DEFAULT_READ_TIMEOUT,
            blocking: Blocking::SpawnBlocking,
        }
    }
}

/// What every connection task of one server shares.
#[derive(Debug)]
pub struct Context {
    /// How the server runs.
    pub options: Options,
    /// Its counters.
    pub stats: Arc<Stats>,
    /// Its stop signal.
    pub shutdown: Shutdown,
}

/// What the server does with one accepted connection: a future per connection.
pub type Serve = Arc<dyn Fn(TcpStream) -> Pin<Box<dyn Future<Output = ()> + Send>> + Send + Sync>;

/// The HTTP server: [`accept_until`] with lab-08's connections ([`serve_conn`]) and counters.
pub async fn serve(listener: TcpListener, ctx: Arc<Context>) -> Totals {
    let conn_ctx = ctx.clone();
    let serve: Serve = Arc::new(move |stream| {
        let id = conn_ctx.stats.accepted.load(Relaxed);
        traced::connection(id, serve_conn(stream, conn_ctx.clone(), Instant::now()))
    });
    let limit = ctx.options.max_connections;
    accept_until(listener, limit, ctx.shutdown.token(), serve, &ctx.stats).await;
    ctx.stats.totals()
}

/// Accept until `stop` is cancelled, serving each connection in a task of its own, at
/// most `limit` at once. Then answer the backlog with 503, wait for every task, and
/// return how many connections were served.
pub async fn accept_until(
    listener: TcpListener,
    limit: usize,
    stop: &CancellationToken,
    serve: Serve,
    stats: &Stats,
) -> usize {
    let places = Arc::new(Semaphore::new(limit));
    let tracker = TaskTracker::new();
    let mut served = 0;
    loop {
        if places.available_permits() == 0 {
            stats.waited_for_a_place.fetch_add(1, Relaxed);
        }
        // Full? Wait here: the next client waits in the listen backlog, unanswered.
        let place = tokio::select! {
            place = places.clone().acquire_owned() => place.expect("the semaphore is never closed"),
            () = stop.cancelled() => break,
        };
        let accepted = tokio::select! {
            accepted = listener.accept() => accepted,
            () = stop.cancelled() => break,
        };
        match accepted {
            Ok((stream, _peer)) => {
                stats.accepted.fetch_add(1, Relaxed);
                served += 1;
                let connection = serve(stream);
                tracker.spawn(async move {
                    connection.await;
                    drop(place); // the place is free again
                });
            }
            Err(_) => {
                // Out of file descriptors, most likely: pause instead of spinning on it.
                stats.accept_errors.fetch_add(1, Relaxed);
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        }
    }
    let refused = refuse_backlog(&listener, &tracker).await;
    stats.refused_at_shutdown.fetch_add(refused, Relaxed);
    // Stop accepting new tasks into the tracker, then wait for the last one to end.
    tracker.close();
    tracker.wait().await;
    served
}

/// Answer every connection already queued in the listen backlog with 503 and
/// `Connection: close`, rather than dropping the listener on them (a reset each).
/// How many were answered.
async fn refuse_backlog(listener: &TcpListener, tracker: &TaskTracker) -> u64 {
    let ready = || std::future::poll_fn(|cx| Poll::Ready(listener.poll_accept(cx)));
    let mut refused = 0;
    while let Poll::Ready(Ok((mut stream, _))) = ready().await {
        refused += 1;
        tracker.spawn(async move {
            let bytes = Response::text(503, "shutting down\n").to_bytes();
            let write = tokio::time::timeout(REFUSE_WITHIN, stream.write_all(&bytes));
            if let Ok(Ok(())) = write.await {
                finish(stream).await;
            }
        });
    }
    refused
}

/// How long a 503 to a backlog client may take to write (it fits in any socket buffer).
const REFUSE_WITHIN: Duration = Duration::from_secs(1);
