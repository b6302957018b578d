//! The lab's outcome checks, generic over any [`Dispatch`], against real sockets.
//!
//! One check, two callers: the lab's tests run them on its models, and the exercise
//! (`labs/lab-02-threaded-server/exercise`) runs them on a student's accept-loop model.
//! Each check starts the lab's server on 127.0.0.1 port 0 with the dispatch that `make`
//! builds, and panics with a sentence in the student's words when the expectation fails.

use crate::dispatch::{Connections, Dispatch};
use crate::server::{ServerHandle, serve_dispatched};
use labkit::testkit::{TEST_TIMEOUT, within};
use netkit::client::get_with_timeout;
use netkit::request::Request;
use netkit::response::Response;
use std::io;
use std::net::TcpStream;
use std::sync::{Arc, Condvar, Mutex, PoisonError};
use std::time::{Duration, Instant};

/// Builds the dispatch under test from the server's connections.
pub type MakeDispatch = Box<dyn FnOnce(Connections) -> io::Result<Box<dyn Dispatch>> + Send>;

/// How long a check may take before it fails as a hang.
pub const TIME_LIMIT: Duration = Duration::from_secs(30);

/// Requests that must be in the handler together in [`n_requests_in_the_handler_at_once`].
pub const N: usize = 4;

const HANG: &str = "does finish() wait for a thread that never ends, or does dispatch block?";

fn start(
    make: MakeDispatch,
    handler: impl Fn(&Request) -> Response + Send + Sync + 'static,
) -> ServerHandle {
    let listener = netkit::bind::bind("127.0.0.1:0".parse().expect("a valid address"))
        .expect("port 0 on loopback binds");
    serve_dispatched(listener, Arc::new(handler), TEST_TIMEOUT, false, make)
        .unwrap_or_else(|e| panic!("the server did not start: {e}"))
}

/// A handler that answers 200 only when `n` requests are inside it together; a request
/// that waits `patience` without that company answers 504. Requests count themselves
/// in and out, so only requests inside at the same moment count.
pub fn all_together(n: usize, patience: Duration) -> impl Fn(&Request) -> Response + Send + Sync {
    // (inside now, whether n were ever inside at once)
    let state = Arc::new((Mutex::new((0usize, false)), Condvar::new()));
    move |_| {
        let (lock, cv) = &*state;
        let mut guard = lock.lock().unwrap_or_else(PoisonError::into_inner);
        guard.0 += 1;
        if guard.0 == n {
            guard.1 = true;
            cv.notify_all();
        }
        let (mut guard, _) = cv
            .wait_timeout_while(guard, patience, |g| !g.1)
            .unwrap_or_else(PoisonError::into_inner);
        guard.0 -= 1;
        if guard.1 {
            Response::text(200, "together\n")
        } else {
            Response::text(504, "alone\n")
        }
    }
}

/// [`N`] clients at once; the handler answers 200 only if all N are inside it together.
pub fn n_requests_in_the_handler_at_once(make: MakeDispatch) {
    within(TIME_LIMIT, HANG, move || {
        let server = start(make, all_together(N, Duration::from_secs(2)));
        let addr = server.addr();
        let statuses: Vec<u16> = std::thread::scope(|s| {
            let clients: Vec<_> = (0..N)
                .map(|_| {
                    s.spawn(move || {
                        get_with_timeout(addr, "/", TEST_TIMEOUT).map_or(0, |r| r.status)
                    })
                })
                .collect();
            clients.into_iter().map(|c| c.join().unwrap_or(0)).collect()
        });
        server.shutdown();
        assert!(
            statuses.iter().all(|&s| s == 200),
            "{N} requests should all be in the handler at the same moment, but they got \
             {statuses:?} (504: a request waited alone): serve each connection on its own \
             thread, and return from dispatch at once"
        );
    });
}

/// A client that connects and sends nothing holds its thread, but the next client is
/// still served.
pub fn an_idle_client_does_not_block_others(make: MakeDispatch) {
    within(TIME_LIMIT, HANG, move || {
        let server = start(make, |_| Response::text(200, "hello\n"));
        let idle = TcpStream::connect(server.addr()).expect("connect to the server");
        let status = get_with_timeout(server.addr(), "/", Duration::from_secs(3)).map(|r| r.status);
        drop(idle);
        server.shutdown();
        assert!(
            matches!(status, Ok(200)),
            "with one client connected and silent, the next GET got {status:?} instead of \
             200: the silent client must not hold the accept loop"
        );
    });
}

/// With every worker and every queue slot taken by silent clients, the next client gets
/// 503 within a second, not after a timeout.
pub fn a_full_pool_refuses_with_503_at_once(make: MakeDispatch, workers: usize, queue: usize) {
    within(TIME_LIMIT, HANG, move || {
        let server = start(make, |_| Response::text(200, "hello\n"));
        let held: Vec<_> = (0..workers + queue)
            .map(|_| TcpStream::connect(server.addr()).expect("connect to the server"))
            .collect();
        let started = Instant::now();
        let status = get_with_timeout(server.addr(), "/", Duration::from_secs(3)).map(|r| r.status);
        let waited = started.elapsed();
        drop(held);
        let totals = server.shutdown();
        assert!(
            matches!(status, Ok(503)) && waited < Duration::from_secs(1),
            "with {workers} workers busy and {queue} connections queued, the next client \
             got {status:?} after {waited:.1?}; it should get 503 within a second: when \
             workers + queue connections are inside, hand the stream back with Err(stream)"
        );
        assert!(
            totals.refused == 1,
            "the server counted {} refusals, not 1",
            totals.refused
        );
    });
}
