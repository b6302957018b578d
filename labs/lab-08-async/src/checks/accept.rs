//! Checks for the accept loop (exercise `08-accept`): a task per connection, at most
//! `limit` at once, a place given back when a connection ends.
//!
//! The loop under test is `accept_loop(listener, limit, serve)`: it runs until dropped.

pub use super::held::Serve;
use super::held::{Held, PATIENCE, clients, listener, panicked, runtime};
use std::future::Future;
use std::net::SocketAddr;
use std::time::Duration;
use tokio::net::TcpListener;

/// Run `check` against a freshly started loop; a panic in the loop is reported as such.
fn with_loop<F, Fut, C, CFut>(limit: usize, accept_loop: F, check: C)
where
    F: FnOnce(TcpListener, usize, Serve) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
    C: FnOnce(SocketAddr, Held) -> CFut,
    CFut: Future<Output = Option<String>>,
{
    runtime().block_on(async {
        let listener = listener().await;
        let addr = listener
            .local_addr()
            .expect("a bound listener has an address");
        let (serve, held) = Held::new();
        let task = tokio::spawn(accept_loop(listener, limit, serve));
        if let Some(failure) = check(addr, held).await {
            match panicked(task).await {
                Some(message) => panic!("your accept loop panicked: {message}"),
                None => panic!("{failure}"),
            }
        }
    });
}

/// Three clients, a limit of 8: all three are being served at the same time.
pub fn connections_are_served_at_once<F, Fut>(accept_loop: F)
where
    F: FnOnce(TcpListener, usize, Serve) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    with_loop(8, accept_loop, |addr, mut held: Held| async move {
        let _clients = clients(addr, 3).await;
        if held.started_reaches(3, PATIENCE).await {
            return None;
        }
        let started = *held.started.borrow();
        Some(format!(
            "only {started} of 3 clients began to be served while the first was still being served: \
             serve each connection in a task of its own (tokio::spawn), not inline in the accept loop"
        ))
    });
}

/// Four clients, a limit of 2: two are served, and no third while they last.
pub fn never_more_than_the_limit<F, Fut>(accept_loop: F)
where
    F: FnOnce(TcpListener, usize, Serve) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    with_loop(2, accept_loop, |addr, mut held: Held| async move {
        let _clients = clients(addr, 4).await;
        if !held.started_reaches(2, PATIENCE).await {
            let started = *held.started.borrow();
            return Some(format!(
                "only {started} of 4 clients were served with 2 places: serve up to the limit at once"
            ));
        }
        // A loop without a bound takes the third at once; give it ample time to show.
        if held.started_reaches(3, Duration::from_millis(300)).await {
            let started = *held.started.borrow();
            return Some(format!(
                "{started} connections were being served at once with a limit of 2: \
                 take a place in a Semaphore before each spawn, and keep it until the connection ends"
            ));
        }
        None
    });
}

/// A limit of 1: when the first connection ends, the second is served.
pub fn a_finished_connection_frees_its_place<F, Fut>(accept_loop: F)
where
    F: FnOnce(TcpListener, usize, Serve) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    with_loop(1, accept_loop, |addr, mut held: Held| async move {
        let _clients = clients(addr, 2).await;
        if !held.started_reaches(1, PATIENCE).await {
            return Some("the first client was never served".to_string());
        }
        held.release(1);
        if held.started_reaches(2, PATIENCE).await {
            return None;
        }
        Some(
            "the first connection ended, but the second was never served: \
             the place must be given back when a connection's task ends (drop the permit there)"
                .to_string(),
        )
    });
}
