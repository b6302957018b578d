//! The waiting pool (a challenge): 503 after its wait, or the place freed in time.

use super::{Got, HANG, TIME_LIMIT, start, status_within};
use crate::dispatch::{Connections, Dispatch};
use crate::server::ServerHandle;
use labkit::testkit::within;
use netkit::response::Response;
use std::io;
use std::net::TcpStream;
use std::time::{Duration, Instant};

/// Builds a pool that waits up to `wait` for room: a challenge's constructor.
pub type MakeWaiting = fn(Connections, usize, usize, Duration) -> io::Result<Box<dyn Dispatch>>;

/// Workers and queue of the waiting-pool checks, and how long the pool may wait.
const WAITING: (usize, usize, Duration) = (2, 1, Duration::from_millis(1200));

/// Start the waiting pool and take every worker and queue place with silent clients.
fn start_full(make: MakeWaiting) -> (ServerHandle, Vec<TcpStream>) {
    let (workers, queue, wait) = WAITING;
    let server = start(
        Box::new(move |connections| make(connections, workers, queue, wait)),
        |_| Response::text(200, "hello\n"),
    );
    let held: Vec<_> = (0..workers + queue)
        .map(|_| {
            let client = TcpStream::connect(server.addr()).expect("connect to the server");
            // One at a time: each is placed (a worker takes it, or it queues) before the next.
            std::thread::sleep(Duration::from_millis(100));
            client
        })
        .collect();
    (server, held)
}

/// With every worker and queue place taken, the next client gets 503 once the pool's
/// wait is over: not at once, and not never.
pub fn a_full_pool_answers_503_after_its_wait(make: MakeWaiting) {
    within(TIME_LIMIT, HANG, move || {
        let (_, _, wait) = WAITING;
        let (server, held) = start_full(make);
        let started = Instant::now();
        let status = status_within(server.addr(), wait + Duration::from_secs(2));
        let waited = started.elapsed();
        drop(held);
        server.shutdown();
        assert!(
            status == Got::Status(503) && waited + Duration::from_millis(200) >= wait,
            "with the pool full and a wait of {:.1} s, the next client got {status} after \
             {:.1} s: the wait is bounded, so give up after it and hand the stream back for a 503",
            wait.as_secs_f64(),
            waited.as_secs_f64()
        );
    });
}

/// With the pool full, a place that frees up a third of the way into the wait is
/// taken at once: the waiting client gets 200, long before the wait is over.
pub fn a_place_freed_in_time_is_taken(make: MakeWaiting) {
    within(TIME_LIMIT, HANG, move || {
        let (_, _, wait) = WAITING;
        let (server, held) = start_full(make);
        let addr = server.addr();
        let started = Instant::now();
        let client = std::thread::spawn(move || {
            let status = status_within(addr, wait + Duration::from_secs(2));
            (status, started.elapsed())
        });
        std::thread::sleep(wait / 3);
        // The silent clients leave: their workers are free again.
        drop(held);
        let (status, waited) = client.join().unwrap_or((Got::Nothing, wait * 3));
        server.shutdown();
        assert!(
            status == Got::Status(200) && waited < wait * 2 / 3,
            "with the pool full, places freed {:.1} s into a wait of {:.1} s; the waiting \
             client got {status} after {:.1} s: wait up to the limit for a place, and take it \
             as soon as it frees up",
            (wait / 3).as_secs_f64(),
            wait.as_secs_f64(),
            waited.as_secs_f64()
        );
    });
}
