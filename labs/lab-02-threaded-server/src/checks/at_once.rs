//! N requests in the handler at once, and a silent client that must not hold the others.

use super::{Got, HANG, MakeDispatch, N, TIME_LIMIT, listed, start, status_within};
use labkit::testkit::{TEST_TIMEOUT, within};
use netkit::client::get_with_timeout;
use netkit::request::Request;
use netkit::response::Response;
use std::net::TcpStream;
use std::sync::{Arc, Condvar, Mutex, PoisonError};
use std::time::Duration;

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
            !statuses.contains(&503),
            "{N} requests at once got {} from a server with room for {N}: a 503 while \
             workers were free. Full means every worker busy and the queue full, counted \
             as connections come in and go out, not how full a channel happens to be \
             before the workers have taken from it",
            listed(&statuses)
        );
        assert!(
            statuses.iter().all(|&s| s == 200),
            "{N} requests should all be in the handler at the same moment, but they got {} \
             (504: a request waited alone): serve each connection on its own thread, and \
             return from dispatch at once",
            listed(&statuses)
        );
    });
}

/// A client that connects and sends nothing holds its thread, but the next client is
/// still served.
pub fn an_idle_client_does_not_block_others(make: MakeDispatch) {
    within(TIME_LIMIT, HANG, move || {
        let server = start(make, |_| Response::text(200, "hello\n"));
        let idle = TcpStream::connect(server.addr()).expect("connect to the server");
        let status = status_within(server.addr(), Duration::from_secs(3));
        drop(idle);
        server.shutdown();
        assert!(
            status == Got::Status(200),
            "with one client connected and silent, the next GET got {status} instead of \
             200: the silent client must not hold the accept loop"
        );
    });
}
