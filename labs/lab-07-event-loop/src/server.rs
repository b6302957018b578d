//! The event loop: one thread, `poll`, and a state machine per connection.
//!
//! ```text
//! loop {
//!     poll(&mut events, time until the next timer);   // the only place the thread waits
//!     for each event: accept / read a head / write a response / pick up pool results
//!     fire due timers: 408s, finished /sleeps, drains that waited long enough
//! }
//! ```
//!
//! Nothing in the loop may block: a `/sleep?ms=N` is a timer, not `thread::sleep`. Any
//! other path goes to the application handler; with `offload_workers` it runs on a pool
//! ([`crate::offload`]); without, it runs on the loop thread, and if it blocks, every
//! connection freezes with it.

use crate::conn::{Conn, IoSteps};
use crate::offload::Offload;
use crate::timers::Timers;
use mio::net::TcpListener;
use mio::{Poll, Token, Waker};
use std::collections::HashMap;
use std::io;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// Application code for every path but `/` and `/sleep` (netkit's, shared with lab-02).
pub use netkit::handler::Handler;

const LISTENER: Token = Token(0);
const WAKER: Token = Token(1);
const FIRST_CONN: usize = 2;

/// How long a client may take to close after our response (the same as the blocking labs').
pub use netkit::close::DRAIN_TIMEOUT;

/// How the loop runs.
#[derive(Clone)]
pub struct Options {
    /// How long a client may take to send its request head (then 408).
    pub read_timeout: Duration,
    /// Application handler for other paths.
    pub handler: Handler,
    /// Run the handler on this many pool threads; `None` runs it on the loop (the trap).
    pub offload_workers: Option<usize>,
    /// The non-blocking read and write steps ([`crate::conn::NON_BLOCKING`], or an exercise's).
    pub steps: IoSteps,
    /// HTTP/1.1 keep-alive: after a response, read the connection's next request (pipelined
    /// ones included) instead of closing; an idle connection closes after `read_timeout`.
    pub keep_alive: bool,
    /// At shutdown, how long a `/sleep` in flight may still take before it is answered
    /// 503 (netkit's grace, the same as lab-08's).
    pub grace: Duration,
}

impl Options {
    /// `handler` on the loop thread, netkit's read timeout, the lab's non-blocking steps,
    /// one request per connection; change a field with `Options { .., ..Options::new(h) }`.
    pub fn new(handler: Handler) -> Self {
        Self {
            read_timeout: netkit::request::DEFAULT_READ_TIMEOUT,
            handler,
            offload_workers: None,
            steps: crate::conn::NON_BLOCKING,
            keep_alive: false,
            grace: netkit::stop::IN_FLIGHT_GRACE,
        }
    }
}

/// Counters the loop keeps (Relaxed: independent tallies, read after join or as estimates).
#[derive(Debug, Default)]
pub struct Stats {
    /// Connections open right now.
    pub open: AtomicU64,
    /// Most connections open at once.
    pub peak_open: AtomicU64,
    /// Requests answered (any status from a route or handler).
    pub served: AtomicU64,
    /// Bad requests answered 400, 431 or 408.
    pub rejected: AtomicU64,
    /// Connections waiting on a `/sleep` timer right now.
    pub sleeping: AtomicU64,
}

/// A running event loop.
pub struct EventLoopHandle {
    addr: SocketAddr,
    stop: Arc<AtomicBool>,
    waker: Arc<Waker>,
    stats: Arc<Stats>,
    thread: JoinHandle<()>,
    threads: usize,
}

/// Start the loop on `listener` (a std listener, made non-blocking here).
pub fn serve(listener: std::net::TcpListener, options: Options) -> io::Result<EventLoopHandle> {
    listener.set_nonblocking(true)?;
    let addr = listener.local_addr()?;
    let poll = Poll::new()?;
    let waker = Arc::new(Waker::new(poll.registry(), WAKER)?);
    let offload = options
        .offload_workers
        .map(|w| Offload::start(w, Arc::clone(&options.handler), Arc::clone(&waker)))
        .transpose()?;
    let threads = 1 + offload.as_ref().map_or(0, Offload::workers);
    let (stop, stats) = (Arc::new(AtomicBool::new(false)), Arc::new(Stats::default()));
    let mut event_loop = EventLoop {
        poll,
        read_again: Vec::new(),
        listener: Some(TcpListener::from_std(listener)),
        conns: HashMap::new(),
        next: FIRST_CONN,
        timers: Timers::default(),
        options,
        offload,
        stop: Arc::clone(&stop),
        stats: Arc::clone(&stats),
        shutdown_began: None,
        requests: traced::RequestTracks::default(),
    };
    let thread = std::thread::Builder::new()
        .name("event-loop".into())
        .spawn(move || event_loop.run())?;
    Ok(EventLoopHandle {
        addr,
        stop,
        waker,
        stats,
        thread,
        threads,
    })
}

impl EventLoopHandle {
    /// The bound address.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The loop's counters.
    pub fn stats(&self) -> &Stats {
        &self.stats
    }

    /// Threads this server uses: the loop, plus the offload pool.
    pub fn threads(&self) -> usize {
        self.threads
    }

    /// Stop accepting, close idle connections, finish in-flight ones, join the loop.
    /// Returns (served, rejected).
    pub fn shutdown(self) -> (u64, u64) {
        // Release: pairs with the loop's Acquire load at the top of each turn
        // (`run_loop.rs`), the load that begins the shutdown.
        self.stop.store(true, Ordering::Release);
        let _ = self.waker.wake();
        let _ = self.thread.join();
        (
            self.stats.served.load(Ordering::Relaxed),
            self.stats.rejected.load(Ordering::Relaxed),
        )
    }
}

struct EventLoop {
    poll: Poll,
    /// Kept-alive connections to read on the next turn, whatever `poll` says
    /// (`keep_alive.rs`).
    read_again: Vec<Token>,
    listener: Option<TcpListener>,
    conns: HashMap<Token, Conn>,
    next: usize,
    timers: Timers,
    options: Options,
    offload: Option<Offload>,
    stop: Arc<AtomicBool>,
    stats: Arc<Stats>,
    /// When shutdown began: requests in flight then have `options.grace` to finish.
    shutdown_began: Option<Instant>,
    /// `--trace` only: each request on its connection's track.
    requests: traced::RequestTracks,
}

mod closing;
mod keep_alive;
mod ready;
mod respond;
mod routing;
mod run_loop;
mod traced;
