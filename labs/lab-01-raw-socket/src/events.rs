//! What the server is doing, one step at a time.
//!
//! The runner prints each event as it happens, so a student watching two terminals
//! sees the server sit in `accept` or `read` while a second client waits its turn.

use std::fmt;
use std::net::SocketAddr;

/// One step of the accept loop.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// Blocked in `accept()`: no client yet.
    WaitingInAccept,
    /// A client connected.
    Accepted(SocketAddr),
    /// Blocked in `read()`: the client has not sent its request yet.
    WaitingForRequest,
    /// A request arrived.
    RequestRead {
        /// The request line, e.g. `GET / HTTP/1.1`.
        line: String,
        /// Bytes read from the socket.
        bytes: usize,
    },
    /// The response went out.
    Responded {
        /// Status code sent.
        status: u16,
        /// Bytes written.
        bytes: usize,
    },
    /// The request was refused with an error status.
    Rejected {
        /// Status code sent (400, 431, 408).
        status: u16,
        /// Why, in words.
        why: String,
    },
    /// The client went away or the socket failed; nothing was sent.
    Dropped(String),
}

impl fmt::Display for Event {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::WaitingInAccept => write!(f, "… waiting in accept() for the next client"),
            Self::Accepted(peer) => write!(f, "→ accepted a connection from {peer}"),
            Self::WaitingForRequest => write!(f, "… waiting in read() for the request"),
            Self::RequestRead { line, bytes } => write!(f, "← read {bytes} bytes: {line}"),
            Self::Responded { status, bytes } => {
                write!(f, "→ wrote {status} ({bytes} bytes), closed")
            }
            Self::Rejected { status, why } => write!(f, "✗ answered {status}: {why}"),
            Self::Dropped(why) => write!(f, "✗ no answer sent: {why}"),
        }
    }
}
