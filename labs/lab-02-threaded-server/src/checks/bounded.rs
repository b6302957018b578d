//! A bounded pool: never more than W in the handler, and 503 at once when full.

use super::{Got, HANG, MakeDispatch, PATIENCE, TIME_LIMIT, listed, start, status_within};
use labkit::testkit::{Gate, Occupancy, TEST_TIMEOUT, within};
use netkit::response::Response;
use std::net::TcpStream;
use std::time::{Duration, Instant};

/// With W workers and room for 2 more in the queue, W + 2 requests at once: exactly W
/// are in the handler, never more; every one is answered; and afterwards the pool
/// still takes new requests (each connection was counted out when it was done).
pub fn never_more_than_w_requests_in_the_handler(make: MakeDispatch, workers: usize, queue: usize) {
    within(TIME_LIMIT, HANG, move || {
        let (inside, gate) = (Occupancy::new(), Gate::new());
        let (counting, held) = (inside.clone(), gate.clone());
        let server = start(make, move |_| {
            counting.enter();
            held.wait_for(PATIENCE);
            counting.leave();
            Response::text(200, "hello\n")
        });
        let addr = server.addr();
        let clients: Vec<_> = (0..workers + queue)
            .map(|_| std::thread::spawn(move || status_within(addr, TEST_TIMEOUT)))
            .collect();
        let most = inside.most_after(workers, PATIENCE, Duration::from_millis(300));
        gate.open();
        let statuses: Vec<u16> = clients
            .into_iter()
            .map(|c| match c.join().unwrap_or(Got::Nothing) {
                Got::Status(s) => s,
                Got::Nothing => 0,
            })
            .collect();
        let later: Vec<Got> = (0..2 * (workers + queue))
            .map(|_| status_within(addr, Duration::from_secs(3)))
            .collect();
        server.shutdown();
        assert!(
            most <= workers,
            "{most} requests were in the handler at once on a pool of {workers} workers: a \
             pool serves at most {workers} at a time, and the rest wait in its queue"
        );
        assert!(
            statuses.iter().all(|&s| s == 200),
            "of {} requests that fit in the pool and its queue, the answers were {}: each \
             should be served (200) once a worker is free",
            workers + queue,
            listed(&statuses)
        );
        assert!(
            later.iter().all(|&g| g == Got::Status(200)),
            "after {} requests had finished, {} of the next {} got no 200: count a \
             connection out when its worker is done with it, or the pool fills up for good",
            workers + queue,
            later.iter().filter(|&&g| g != Got::Status(200)).count(),
            later.len()
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
        let status = status_within(server.addr(), Duration::from_secs(3));
        let waited = started.elapsed();
        drop(held);
        let totals = server.shutdown();
        assert!(
            status == Got::Status(503) && waited < Duration::from_secs(1),
            "with {workers} workers busy and {queue} connections queued, the next client \
             got {status} after {:.1} s; it should get 503 within a second: when workers + \
             queue connections are inside, hand the stream back with Err(stream)",
            waited.as_secs_f64()
        );
        assert!(
            totals.refused == 1,
            "the server counted {} refusals, not 1",
            totals.refused
        );
    });
}
