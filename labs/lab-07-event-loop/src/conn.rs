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

use mio::net::TcpStream;
use std::io::{self, Read, Write};

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
}

/// What a read or write step found.
#[derive(Debug, PartialEq, Eq)]
pub enum Progress {
    /// Wait for the next readiness event.
    Blocked,
    /// The peer closed, or the socket failed: drop the connection.
    Closed,
    /// The step finished its job (the head may be complete; the response is sent).
    Done,
}

impl Conn {
    /// A connection waiting for its request.
    pub fn new(stream: TcpStream) -> Self {
        Self {
            stream,
            state: State::Reading { head: Vec::new() },
        }
    }

    /// True if the client has sent nothing yet (safe to close at shutdown).
    pub fn is_idle(&self) -> bool {
        matches!(&self.state, State::Reading { head } if head.is_empty())
            || matches!(self.state, State::Draining)
    }

    /// Read what is available into the head buffer, up to `limit` bytes in all.
    pub fn read_head(&mut self, limit: usize) -> Progress {
        let State::Reading { head } = &mut self.state else {
            return Progress::Blocked;
        };
        let mut chunk = [0u8; 4096];
        loop {
            match self.stream.read(&mut chunk) {
                Ok(0) => return Progress::Closed,
                Ok(n) => {
                    head.extend_from_slice(&chunk[..n]);
                    if head.len() >= limit {
                        return Progress::Done;
                    }
                }
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => return Progress::Done,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(_) => return Progress::Closed,
            }
        }
    }

    /// Write as much of the response as the socket takes.
    pub fn write_some(&mut self) -> Progress {
        let State::Writing { out, sent } = &mut self.state else {
            return Progress::Blocked;
        };
        while *sent < out.len() {
            match self.stream.write(&out[*sent..]) {
                Ok(0) => return Progress::Closed,
                Ok(n) => *sent += n,
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => return Progress::Blocked,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(_) => return Progress::Closed,
            }
        }
        Progress::Done
    }

    /// Read and discard until the client closes (Closed) or has nothing more now (Blocked).
    pub fn drain(&mut self) -> Progress {
        let mut scratch = [0u8; 4096];
        loop {
            match self.stream.read(&mut scratch) {
                Ok(0) => return Progress::Closed,
                Ok(_) => {}
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => return Progress::Blocked,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(_) => return Progress::Closed,
            }
        }
    }
}
