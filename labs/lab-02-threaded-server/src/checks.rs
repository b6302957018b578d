//! The lab's outcome checks, generic over any [`Dispatch`], against real sockets.
//!
//! One check, two callers: the lab's tests run them on its models, and the exercise
//! (`labs/lab-02-threaded-server/exercise`) runs them on a student's accept-loop model.
//! Each check starts the lab's server on 127.0.0.1 port 0 with the dispatch that `make`
//! builds, and panics with a sentence in the student's words when the expectation fails.

use crate::dispatch::{Connections, Dispatch};
use crate::server::{ServerHandle, serve_dispatched};
use labkit::testkit::{Gate, Occupancy, TEST_TIMEOUT, within};
use netkit::client::get_with_timeout;
use netkit::request::Request;
use netkit::response::Response;
use std::io;
use std::net::TcpStream;
use std::sync::atomic::{AtomicBool, Ordering};
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

/// What a client got: a status, or nothing in time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Got {
    Status(u16),
    Nothing,
}

impl std::fmt::Display for Got {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Status(status) => write!(f, "{status}"),
            Self::Nothing => f.write_str("no answer"),
        }
    }
}

fn status_within(addr: std::net::SocketAddr, wait: Duration) -> Got {
    get_with_timeout(addr, "/", wait).map_or(Got::Nothing, |r| Got::Status(r.status))
}

/// Statuses as a student reads them: `200, 504, 504` (0 is no answer).
fn listed(statuses: &[u16]) -> String {
    let words: Vec<String> = statuses
        .iter()
        .map(|&s| {
            if s == 0 {
                "no answer".into()
            } else {
                s.to_string()
            }
        })
        .collect();
    words.join(", ")
}

/// How long requests held in the handler wait for the check to let them go.
pub const PATIENCE: Duration = Duration::from_secs(3);

/// A request still being handled keeps working this long after it is let go, so a
/// finish that does not join returns while it runs.
const STILL_WORKING: Duration = Duration::from_millis(200);

/// The dispatch under test, watched: its `finish` lets the held requests go, then says
/// whether the request in flight had finished by the time `finish` returned.
struct Watched {
    inner: Box<dyn Dispatch>,
    gate: Gate,
    handled: Arc<AtomicBool>,
    finished_in_time: Arc<AtomicBool>,
}

impl Dispatch for Watched {
    fn dispatch(&mut self, stream: TcpStream) -> Result<(), TcpStream> {
        self.inner.dispatch(stream)
    }

    fn finish(self: Box<Self>) {
        let Self {
            inner,
            gate,
            handled,
            finished_in_time,
        } = *self;
        // Released only now: the request is in flight while finish runs.
        gate.open();
        inner.finish();
        // Acquire: pairs with the handler's Release store.
        finished_in_time.store(handled.load(Ordering::Acquire), Ordering::Release);
    }
}

/// A request in the handler when the server shuts down (it is let go as `finish`
/// begins) has been answered by the time `finish` returns: finish joins its threads.
pub fn finish_waits_for_a_request_in_flight(make: MakeDispatch) {
    within(TIME_LIMIT, HANG, move || {
        let (gate, handled) = (Gate::new(), Arc::new(AtomicBool::new(false)));
        let finished_in_time = Arc::new(AtomicBool::new(false));
        let watched = (
            gate.clone(),
            Arc::clone(&handled),
            Arc::clone(&finished_in_time),
        );
        let make: MakeDispatch = Box::new(move |connections| {
            let inner = make(connections)?;
            let (gate, handled, finished_in_time) = watched;
            Ok(Box::new(Watched {
                inner,
                gate,
                handled,
                finished_in_time,
            }) as Box<dyn Dispatch>)
        });
        let (entered, has_entered) = std::sync::mpsc::channel();
        let entered = Mutex::new(entered);
        let (held, done) = (gate.clone(), Arc::clone(&handled));
        let server = start(make, move |_| {
            let _ = entered
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .send(());
            held.wait_for(PATIENCE);
            std::thread::sleep(STILL_WORKING);
            // Release: pairs with the Acquire load in Watched::finish.
            done.store(true, Ordering::Release);
            Response::text(200, "finished\n")
        });
        let addr = server.addr();
        let client = std::thread::spawn(move || status_within(addr, TEST_TIMEOUT));
        assert!(
            has_entered.recv_timeout(PATIENCE).is_ok(),
            "a request never reached the handler"
        );
        server.shutdown();
        let status = client.join().unwrap_or(Got::Nothing);
        assert!(
            finished_in_time.load(Ordering::Acquire),
            "finish returned while a request was still being handled (its client got {status} \
             later): finish must join every thread it started, so no request is cut off \
             when the server stops"
        );
    });
}

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
