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

use crate::conn::{Conn, IoSteps, Progress, State};
use crate::offload::{Offload, call};
use crate::timers::{Due, Timers};
use mio::net::{TcpListener, TcpStream};
use mio::{Events, Interest, Poll, Token, Waker};
use netkit::request::{MAX_HEAD_BYTES, Request, parse_head};
use netkit::response::Response;
use std::collections::HashMap;
use std::io;
use std::net::{Shutdown, SocketAddr};
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
        listener: Some(TcpListener::from_std(listener)),
        conns: HashMap::new(),
        next: FIRST_CONN,
        timers: Timers::default(),
        options,
        offload,
        stop: Arc::clone(&stop),
        stats: Arc::clone(&stats),
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
    listener: Option<TcpListener>,
    conns: HashMap<Token, Conn>,
    next: usize,
    timers: Timers,
    options: Options,
    offload: Option<Offload>,
    stop: Arc<AtomicBool>,
    stats: Arc<Stats>,
}

impl EventLoop {
    fn run(&mut self) {
        let mut events = Events::with_capacity(1024);
        if let Some(listener) = &mut self.listener {
            // Without the listener registered, the loop cannot serve; it then just stops.
            if self
                .poll
                .registry()
                .register(listener, LISTENER, Interest::READABLE)
                .is_err()
            {
                return;
            }
        }
        loop {
            if self.stop.load(Ordering::Acquire) {
                self.begin_shutdown();
                if self.conns.is_empty() {
                    break;
                }
            }
            let timeout = self.timers.until_next(Instant::now());
            if let Err(e) = self.poll.poll(&mut events, timeout)
                && e.kind() != io::ErrorKind::Interrupted
            {
                break;
            }
            for event in events.iter() {
                match event.token() {
                    LISTENER => self.accept_all(),
                    WAKER => self.collect_offloaded(),
                    token => self.on_ready(token),
                }
            }
            for (token, due) in self.timers.pop_due(Instant::now()) {
                self.on_timer(token, due);
            }
        }
        if let Some(offload) = &mut self.offload {
            offload.shutdown();
        }
    }

    fn accept_all(&mut self) {
        loop {
            let Some(listener) = &self.listener else {
                return;
            };
            match listener.accept() {
                Ok((stream, _)) => self.add(stream),
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => return,
                // Out of file descriptors or a reset in the queue: try again on the next event.
                Err(_) => return,
            }
        }
    }

    fn add(&mut self, mut stream: TcpStream) {
        let token = Token(self.next);
        self.next += 1;
        if self
            .poll
            .registry()
            .register(&mut stream, token, Interest::READABLE)
            .is_err()
        {
            return;
        }
        self.conns.insert(token, Conn::new(stream));
        self.timers.at(
            Instant::now() + self.options.read_timeout,
            token,
            Due::HeadDeadline,
        );
        let open = self.stats.open.fetch_add(1, Ordering::Relaxed) + 1;
        self.stats.peak_open.fetch_max(open, Ordering::Relaxed);
    }

    fn on_ready(&mut self, token: Token) {
        let Some(conn) = self.conns.get_mut(&token) else {
            return;
        };
        let progress = match conn.state {
            State::Reading { .. } => conn.read_head(MAX_HEAD_BYTES, &self.options.steps),
            State::Writing { .. } => conn.write_some(&self.options.steps),
            State::Draining => conn.drain(),
            State::Sleeping(_) | State::Working => Progress::Blocked,
        };
        match (progress, &conn.state) {
            (Progress::Closed, _) => self.close(token),
            (Progress::Done, State::Reading { .. }) => self.on_head(token),
            (Progress::Done, State::Writing { .. }) => self.start_drain(token),
            _ => {}
        }
    }

    fn on_head(&mut self, token: Token) {
        let Some(Conn {
            state: State::Reading { head },
            ..
        }) = self.conns.get(&token)
        else {
            return;
        };
        match parse_head(head) {
            Ok(Some(request)) => self.route(token, request),
            Ok(None) if head.len() >= MAX_HEAD_BYTES => self.reject(token, 431),
            Ok(None) => {}
            Err(e) => self.reject(token, e.status().unwrap_or(400)),
        }
    }

    fn route(&mut self, token: Token, request: Request) {
        match (request.path(), request.query("ms").map(str::parse::<u64>)) {
            ("/", _) => self.respond(
                token,
                Response::html(
                    200,
                    "<!doctype html><h1>lab-07: one thread, many connections</h1>\n",
                ),
            ),
            ("/sleep", Some(Ok(ms))) => {
                // A timer, not thread::sleep: the loop goes on serving everyone else meanwhile.
                let body = Response::text(200, format!("slept {ms} ms\n")).to_bytes();
                self.set_state(token, State::Sleeping(body));
                self.timers.at(
                    Instant::now() + Duration::from_millis(ms),
                    token,
                    Due::SleepDone,
                );
            }
            ("/sleep", _) => self.respond(token, Response::text(400, "use /sleep?ms=N\n")),
            _ => match &self.offload {
                Some(pool) => {
                    pool.submit(token, request);
                    self.set_state(token, State::Working);
                }
                // The trap: the handler runs here, on the loop thread. If it blocks, so does everyone.
                None => {
                    let response = call(&self.options.handler, &request);
                    self.respond(token, response);
                }
            },
        }
    }

    fn set_state(&mut self, token: Token, state: State) {
        if let Some(conn) = self.conns.get_mut(&token) {
            conn.state = state;
        }
    }

    fn reject(&mut self, token: Token, status: u16) {
        self.stats.rejected.fetch_add(1, Ordering::Relaxed);
        self.send(token, Response::error(status).to_bytes());
    }

    fn respond(&mut self, token: Token, response: Response) {
        self.stats.served.fetch_add(1, Ordering::Relaxed);
        self.send(token, response.to_bytes());
    }

    /// Start writing `out`; most responses fit the socket buffer and go at once.
    fn send(&mut self, token: Token, out: Vec<u8>) {
        let Some(conn) = self.conns.get_mut(&token) else {
            return;
        };
        conn.state = State::Writing { out, sent: 0 };
        match conn.write_some(&self.options.steps) {
            Progress::Done => self.start_drain(token),
            Progress::Closed => self.close(token),
            Progress::Blocked => {
                let _ =
                    self.poll
                        .registry()
                        .reregister(&mut conn.stream, token, Interest::WRITABLE);
            }
        }
    }

    /// Response sent: shut down our side, then wait (bounded) for the client to close.
    fn start_drain(&mut self, token: Token) {
        let Some(conn) = self.conns.get_mut(&token) else {
            return;
        };
        let _ = conn.stream.shutdown(Shutdown::Write);
        conn.state = State::Draining;
        let _ = self
            .poll
            .registry()
            .reregister(&mut conn.stream, token, Interest::READABLE);
        self.timers
            .at(Instant::now() + DRAIN_TIMEOUT, token, Due::DrainDeadline);
        if conn.drain() == Progress::Closed {
            self.close(token);
        }
    }

    fn on_timer(&mut self, token: Token, due: Due) {
        let Some(conn) = self.conns.get_mut(&token) else {
            return;
        };
        match (due, &mut conn.state) {
            (Due::HeadDeadline, State::Reading { .. }) => self.reject(token, 408),
            (Due::SleepDone, State::Sleeping(body)) => {
                let body = std::mem::take(body);
                self.stats.served.fetch_add(1, Ordering::Relaxed);
                self.send(token, body);
            }
            (Due::DrainDeadline, State::Draining) => self.close(token),
            _ => {} // the connection moved on; this timer is stale
        }
    }

    fn collect_offloaded(&mut self) {
        let done: Vec<_> = self
            .offload
            .as_ref()
            .map(|o| o.done.try_iter().collect())
            .unwrap_or_default();
        for (token, response) in done {
            if matches!(
                self.conns.get(&token),
                Some(Conn {
                    state: State::Working,
                    ..
                })
            ) {
                self.respond(token, response);
            }
        }
    }

    fn close(&mut self, token: Token) {
        if let Some(mut conn) = self.conns.remove(&token) {
            let _ = self.poll.registry().deregister(&mut conn.stream);
            self.stats.open.fetch_sub(1, Ordering::Relaxed);
        }
    }

    /// Stop accepting and close every connection that has not sent a request.
    fn begin_shutdown(&mut self) {
        if let Some(mut listener) = self.listener.take() {
            let _ = self.poll.registry().deregister(&mut listener);
        }
        let idle: Vec<Token> = self
            .conns
            .iter()
            .filter(|(_, c)| c.is_idle())
            .map(|(t, _)| *t)
            .collect();
        for token in idle {
            self.close(token);
        }
    }
}
