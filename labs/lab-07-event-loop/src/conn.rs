//! One connection's state machine: the whole per-client story, without a thread.
//!
//! ```text
//! Reading ──head complete──▶ (route) ──▶ Writing ──all sent──▶ Draining ──EOF──▶ closed
//!    │                          ├─ /sleep ─▶ Sleeping ──timer──▶ Writing
//!    │                          └─ handler offloaded ─▶ Working ──pool done──▶ Writing
//!    └─ too big: 431 / garbage: 400 / too slow: 408 ──▶ Writing
//! ```
//!
//! A thread-per-connection server keeps this state on each thread's stack, implicitly,
//! in "where the code is"; an event loop keeps it in this enum, explicitly, and one
//! thread moves every connection along as the OS reports it ready.

mod kept_alive;
mod steps;
mod watch;

pub use kept_alive::KeptAlive;
pub use steps::{
    IoSteps, NON_BLOCKING, ReadOutcome, ReadStep, WriteOutcome, WriteStep, read_available,
    write_available,
};

use mio::net::TcpStream;
use std::io::{self, Read};
use std::time::Instant;

/// Where a connection is in its life.
#[derive(Debug)]
pub enum State {
    /// Collecting the request head.
    Reading {
        /// Bytes so far.
        head: Vec<u8>,
    },
    /// A `/sleep` is waiting for its timer; this response goes out when it fires.
    Sleeping(Vec<u8>),
    /// The handler is running on the pool.
    Working,
    /// Sending the response.
    Writing {
        /// The whole response.
        out: Vec<u8>,
        /// How much is sent.
        sent: usize,
    },
    /// Response sent and our side shut down; reading until the client closes.
    Draining,
}

/// A client connection and its state.
#[derive(Debug)]
pub struct Conn {
    /// The non-blocking socket.
    pub stream: TcpStream,
    /// Where it is.
    pub state: State,
    /// Keep the connection open after this response (HTTP/1.1 keep-alive).
    pub keep_alive: bool,
    /// The request is a HEAD: its answer is the head alone, no body.
    pub head_only: bool,
    /// The request is HTTP/1.1, whose clients accept an interim `100 Continue`.
    pub http11: bool,
    /// The client closed its sending side (end of file) after a whole head: no next
    /// request can come, so this answer is the last, even on a kept-alive connection.
    pub input_closed: bool,
    /// The client's side closed while its answer was pending, and was asked once
    /// whether it is still there (`src/conn/watch.rs`).
    pub probed: bool,
    /// When the response being written is due out; a client that reads slower is
    /// dropped, so it can hold neither the connection nor shutdown for ever.
    pub write_deadline: Instant,
    /// The socket is registered for writable events (a response that did not fit);
    /// otherwise for readable ones, which is how every connection starts.
    pub wants_writable: bool,
    /// Keep-alive's bookkeeping (`src/conn/kept_alive.rs`): skip it on a first reading.
    pub kept: KeptAlive,
}

/// What draining a connection, or watching one that waits for its answer, found.
#[derive(Debug, PartialEq, Eq)]
pub enum Peer {
    /// Nothing more to read now; the client is still there.
    Quiet,
    /// The client closed, or the socket failed: drop the connection.
    Gone,
}

impl Conn {
    /// A connection waiting for its request head until `read_deadline`.
    pub fn new(stream: TcpStream, read_deadline: Instant) -> Self {
        Self {
            stream,
            state: State::Reading { head: Vec::new() },
            keep_alive: false,
            head_only: false,
            http11: false,
            input_closed: false,
            probed: false,
            write_deadline: read_deadline,
            wants_writable: false,
            kept: KeptAlive::new(read_deadline),
        }
    }

    /// True if the client has sent nothing yet (safe to close at shutdown).
    pub fn is_idle(&self) -> bool {
        matches!(&self.state, State::Reading { head } if head.is_empty())
            || matches!(self.state, State::Draining)
    }

    /// True if the head buffer holds a whole request head.
    pub fn has_whole_head(&self) -> bool {
        matches!(&self.state, State::Reading { head } if matches!(netkit::request::parse_head(head), Ok(Some(_))))
    }

    /// Read what is available into the head buffer, up to `limit` bytes in all.
    pub fn read_head(&mut self, limit: usize, steps: &IoSteps) -> ReadOutcome {
        let outcome = match &mut self.state {
            State::Reading { head } => (steps.read)(&mut self.stream, head, limit),
            // Not reading a head: nothing to add to one.
            _ => ReadOutcome::Appended,
        };
        // Stopped at the limit, not at `WouldBlock`: what is left brings no new event.
        self.kept.unread = outcome == ReadOutcome::Full;
        outcome
    }

    /// Write as much of the response as the socket takes.
    pub fn write_some(&mut self, steps: &IoSteps) -> WriteOutcome {
        match &mut self.state {
            State::Writing { out, sent } => (steps.write)(&mut self.stream, out, sent),
            // Nothing to write: wait for the next event.
            _ => WriteOutcome::WouldBlock,
        }
    }

    /// Read and discard until the client closes (Gone) or has nothing more now (Quiet).
    pub fn drain(&mut self) -> Peer {
        let mut scratch = [0u8; 4096];
        loop {
            match self.stream.read(&mut scratch) {
                Ok(0) => return Peer::Gone,
                Ok(_) => {}
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => return Peer::Quiet,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(_) => return Peer::Gone,
            }
        }
    }
}
