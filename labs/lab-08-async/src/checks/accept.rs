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

/// A listen backlog of 1 and a limit of 2: a loop that takes its place before it
/// accepts leaves the clients past the limit in the backlog, and past the backlog they
/// cannot even connect; a loop that accepts everyone and waits inside the task holds a
/// task and a socket for each.
pub fn clients_past_the_limit_wait_in_the_backlog<F, Fut>(accept_loop: F)
where
    F: FnOnce(TcpListener, usize, Serve) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    const CLIENTS: usize = 10;
    runtime().block_on(async {
        let socket = tokio::net::TcpSocket::new_v4().expect("a socket");
        socket
            .bind("127.0.0.1:0".parse().expect("a literal address"))
            .expect("a free port on 127.0.0.1");
        let listener = socket.listen(1).expect("listen with a backlog of 1");
        let addr = listener.local_addr().expect("a bound listener has an address");
        let (serve, mut held) = Held::new();
        let task = tokio::spawn(accept_loop(listener, 2, serve));
        let mut connected = Vec::new();
        for _ in 0..CLIENTS {
            let connect = tokio::net::TcpStream::connect(addr);
            if let Ok(Ok(client)) = tokio::time::timeout(Duration::from_millis(300), connect).await {
                connected.push(client);
            }
        }
        let failure = if !held.started_reaches(2, PATIENCE).await {
            Some(format!(
                "only {} of {CLIENTS} clients were served with 2 places: serve up to the limit at once",
                *held.started.borrow()
            ))
        } else if connected.len() == CLIENTS {
            Some(format!(
                "all {CLIENTS} clients were accepted while only 2 could be served: take the place before you accept, \
                 so the clients past the limit wait in the listen backlog instead of holding a task and a socket each"
            ))
        } else {
            None
        };
        if let Some(failure) = failure {
            match panicked(task).await {
                Some(message) => panic!("your accept loop panicked: {message}"),
                None => panic!("{failure}"),
            }
        }
    });
}
