//! Checks for graceful shutdown (exercise `08-shutdown`): stop accepting when told,
//! wait for the connections in flight, never wait forever, count what was served.
//!
//! The function under test is `serve_until(listener, token, serve) -> served`.

pub use super::held::Serve;
use super::held::{Held, PATIENCE, clients, listener, panicked, reaches, runtime};
use std::future::Future;
use std::time::Duration;
use tokio::net::TcpListener;
use tokio_util::sync::CancellationToken;

/// Start `serve_until` as a task; its handle, its token, the held connections, its address.
async fn start<F, Fut>(
    serve_until: F,
) -> (
    tokio::task::JoinHandle<usize>,
    CancellationToken,
    Held,
    std::net::SocketAddr,
)
where
    F: FnOnce(TcpListener, CancellationToken, Serve) -> Fut,
    Fut: Future<Output = usize> + Send + 'static,
{
    let listener = listener().await;
    let addr = listener
        .local_addr()
        .expect("a bound listener has an address");
    let token = CancellationToken::new();
    let (serve, held) = Held::new();
    let task = tokio::spawn(serve_until(listener, token.clone(), serve));
    (task, token, held, addr)
}

/// Wait for the task's result within `within`; a panic in it is reported as such.
async fn result_within(
    task: &mut tokio::task::JoinHandle<usize>,
    within: Duration,
) -> Option<usize> {
    match tokio::time::timeout(within, &mut *task).await {
        Ok(Ok(served)) => Some(served),
        Ok(Err(e)) => match crate::blocking::panic_message(e) {
            Some(message) => panic!("serve_until panicked: {message}"),
            None => None,
        },
        Err(_) => None,
    }
}

/// With nothing in flight, `serve_until` returns soon after the token is cancelled.
pub fn stops_when_told<F, Fut>(serve_until: F)
where
    F: FnOnce(TcpListener, CancellationToken, Serve) -> Fut,
    Fut: Future<Output = usize> + Send + 'static,
{
    runtime().block_on(async {
        let (mut task, token, _held, _) = start(serve_until).await;
        tokio::task::yield_now().await;
        token.cancel();
        if result_within(&mut task, PATIENCE).await.is_none() {
            if let Some(message) = panicked(task).await {
                panic!("serve_until panicked: {message}");
            }
            panic!(
                "serve_until had not returned {} s after the shutdown signal, with nothing in flight: \
                 stop accepting when the token is cancelled (select! on it), and close the tracker before you wait on it",
                PATIENCE.as_secs()
            );
        }
    });
}

/// Two connections in flight at shutdown: `serve_until` returns only after both end.
pub fn waits_for_work_in_flight<F, Fut>(serve_until: F)
where
    F: FnOnce(TcpListener, CancellationToken, Serve) -> Fut,
    Fut: Future<Output = usize> + Send + 'static,
{
    runtime().block_on(async {
        let (mut task, token, mut held, addr) = start(serve_until).await;
        let _clients = clients(addr, 2).await;
        assert!(
            held.started_reaches(2, PATIENCE).await,
            "two clients connected, but only {} began to be served: serve each in a task of its own",
            *held.started.borrow()
        );
        token.cancel();
        // Long enough for a loop that does not wait to have returned already.
        tokio::time::sleep(Duration::from_millis(200)).await;
        assert!(
            !task.is_finished(),
            "serve_until returned while 2 connections were still being served: \
             wait for the tasks in flight (a TaskTracker, or a JoinSet you join) before returning"
        );
        held.release(2);
        let served = result_within(&mut task, PATIENCE).await;
        let finished = *held.finished.borrow();
        assert!(
            served.is_some(),
            "serve_until had not returned {} s after its last connection ended: wait for the tasks, not forever",
            PATIENCE.as_secs()
        );
        assert!(
            finished == 2,
            "serve_until returned while {} of 2 connections were still being served: \
             wait for the tasks in flight (a TaskTracker, or a JoinSet you join) before returning",
            2 - finished
        );
    });
}

/// `serve_until` returns how many connections it served: 3 here.
pub fn says_how_many_it_served<F, Fut>(serve_until: F)
where
    F: FnOnce(TcpListener, CancellationToken, Serve) -> Fut,
    Fut: Future<Output = usize> + Send + 'static,
{
    runtime().block_on(async {
        let (mut task, token, mut held, addr) = start(serve_until).await;
        let _clients = clients(addr, 3).await;
        held.release(3);
        let all_done = reaches(&mut held.finished, 3, PATIENCE).await;
        assert!(
            all_done,
            "three clients connected, but {} were served",
            *held.finished.borrow()
        );
        token.cancel();
        let served = result_within(&mut task, PATIENCE).await;
        assert!(
            served == Some(3),
            "serve_until served 3 connections and returned {}: count each connection you accept",
            served.map_or(format!("nothing within {} s", PATIENCE.as_secs()), |n| n
                .to_string())
        );
    });
}
