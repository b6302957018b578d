//! Handing an accepted connection to the model: Python's socketserver mixin, as a trait.
//!
//! The accept loop knows nothing about threads. It calls [`Dispatch::dispatch`] for each
//! connection, and the model decides: serve it right here ([`Sequential`]), on a new
//! thread ([`ThreadPerConnection`]), or on a fixed pool ([`crate::pool::BoundedPool`]).
//! A model that is full hands the connection back, and the server answers 503.

use crate::connection::serve_connection;
use crate::server::ServerState;
use std::net::TcpStream;
use std::sync::Arc;
use std::thread::JoinHandle;

/// How the accept loop hands over a connection.
pub trait Dispatch: Send {
    /// Start serving `stream`, or hand it back when the model is full: the server then
    /// answers 503 at once, so a full server costs a refused client milliseconds.
    fn dispatch(&mut self, stream: TcpStream) -> Result<(), TcpStream>;

    /// After the accept loop: let every connection finish, and join every thread.
    fn finish(self: Box<Self>);
}

/// What a model needs from its server: serve a connection to the end, and the counters
/// behind the totals (threads, for the peak-threads figure).
#[derive(Clone)]
pub struct Connections {
    state: Arc<ServerState>,
}

impl Connections {
    /// The connections of the server whose shared state is `state`.
    pub fn new(state: Arc<ServerState>) -> Self {
        Self { state }
    }

    /// Serve `stream` to the end: read, handle (panics caught), respond, close.
    pub fn serve(&self, stream: TcpStream) {
        // Marked for `--trace` on whichever thread the model chose; off, one load.
        let _span = labkit::trace::span("connection");
        serve_connection(stream, &self.state);
    }

    /// Count a thread that starts serving (for the peak-threads figure and the cap).
    pub fn thread_started(&self) {
        self.state.stats.thread_started();
        labkit::trace::counter("serving threads", self.live_threads() as f64);
    }

    /// Count a thread that is done.
    pub fn thread_ended(&self) {
        self.state.stats.thread_ended();
        labkit::trace::counter("serving threads", self.live_threads() as f64);
    }

    /// Threads serving right now.
    pub fn live_threads(&self) -> u64 {
        self.state.stats.live_threads()
    }
}

/// Serve each connection on the accept thread itself: one at a time.
pub struct Sequential {
    connections: Connections,
}

impl Sequential {
    /// A sequential model.
    pub fn new(connections: Connections) -> Self {
        Self { connections }
    }
}

impl Dispatch for Sequential {
    fn dispatch(&mut self, stream: TcpStream) -> Result<(), TcpStream> {
        // The accept thread serves: no thread beyond it (peak_threads reports 1).
        self.connections.serve(stream);
        Ok(())
    }

    fn finish(self: Box<Self>) {}
}

/// A new thread per connection, optionally capped.
pub struct ThreadPerConnection {
    connections: Connections,
    cap: Option<usize>,
    threads: Vec<JoinHandle<()>>,
}

impl ThreadPerConnection {
    /// One thread per connection; with `cap`, at most that many at once (503 beyond it).
    pub fn new(connections: Connections, cap: Option<usize>) -> Self {
        Self {
            connections,
            cap,
            threads: Vec::new(),
        }
    }
}

impl Dispatch for ThreadPerConnection {
    fn dispatch(&mut self, stream: TcpStream) -> Result<(), TcpStream> {
        // 1. Forget threads that are done, so the list does not grow for ever.
        self.threads.retain(|t| !t.is_finished());
        // 2. At the cap: hand the connection back for a 503.
        if self
            .cap
            .is_some_and(|cap| self.connections.live_threads() >= cap as u64)
        {
            return Err(stream);
        }
        // 3. Count the thread before it runs, so the next accept already sees it.
        self.connections.thread_started();
        let connections = self.connections.clone();
        let spawned = std::thread::Builder::new()
            .name("connection".into())
            .spawn(move || {
                connections.serve(stream);
                connections.thread_ended();
            });
        match spawned {
            Ok(handle) => self.threads.push(handle),
            // Out of threads or memory: the stream went with the closure and is closed.
            Err(_) => self.connections.thread_ended(),
        }
        Ok(())
    }

    fn finish(self: Box<Self>) {
        for thread in self.threads {
            let _ = thread.join();
        }
    }
}
